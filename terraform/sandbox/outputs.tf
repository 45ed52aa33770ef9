output "route_url" {
  value = module.environment.route_url
}

output "ses_configuration_set" {
  description = "ses_configuration_set in deploy-config/sandbox.yml."
  value       = module.environment.ses_configuration_set
}

output "ses_dns_records" {
  description = "DKIM and MAIL FROM records to publish before SES can verify the domain."
  value       = module.environment.ses_dns_records
}

output "sms_configuration_set" {
  description = "sms_configuration_set in deploy-config/sandbox.yml."
  value       = module.environment.sms_configuration_set
}

output "sms_phone_numbers" {
  value = module.environment.sms_phone_numbers
}

output "sms_phone_number_arns" {
  value = module.environment.sms_phone_number_arns
}

output "sms_events_topic_arn" {
  description = "Destination of the SMS configuration set's event destination (README step 6)."
  value       = module.environment.sms_events_topic_arn
}

output "sns_receipt_topic_arns" {
  description = "sns_receipt_topic_arns in deploy-config/sandbox.yml."
  value       = module.environment.sns_receipt_topic_arns
}

output "app_iam_user" {
  value = module.environment.app_iam_user
}
