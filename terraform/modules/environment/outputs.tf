output "route_url" {
  value = module.cloudgov.route_url
}

output "ses_configuration_set" {
  value = module.ses.configuration_set_name
}

output "ses_dns_records" {
  value = module.ses.dns_records
}

output "sms_configuration_set" {
  value = module.sms.configuration_set_name
}

output "sms_phone_numbers" {
  value = module.sms.phone_numbers
}

output "sms_phone_number_arns" {
  value = module.sms.phone_number_arns
}

output "sms_events_topic_arn" {
  value = module.sns.sms_events_topic_arn
}

output "sns_receipt_topic_arns" {
  value = module.sns.receipt_topic_arns
}

output "app_iam_user" {
  value = module.iam.user_name
}
