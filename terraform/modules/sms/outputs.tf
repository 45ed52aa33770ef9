output "phone_number_arns" {
  value = aws_pinpointsmsvoicev2_phone_number.origination[*].arn
}

output "phone_numbers" {
  description = "The numbers in E.164 form, for the sender settings and NOTIFY_SERVICE_SMS_SENDER."
  value       = aws_pinpointsmsvoicev2_phone_number.origination[*].phone_number
}

output "configuration_set_name" {
  description = "SMS_CONFIGURATION_SET for deploy-config."
  value       = aws_pinpointsmsvoicev2_configuration_set.events.name
}

output "configuration_set_arn" {
  value = aws_pinpointsmsvoicev2_configuration_set.events.arn
}

output "opt_out_list_name" {
  value = aws_pinpointsmsvoicev2_opt_out_list.texts.name
}
