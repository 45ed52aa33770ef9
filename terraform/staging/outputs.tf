output "route_url" {
  value = module.cloudgov.route_url
}

output "ses_configuration_set" {
  description = "ses_configuration_set in deploy-config/staging.yml."
  value       = module.ses.configuration_set_name
}

output "ses_dns_records" {
  description = "DKIM and MAIL FROM records to publish before SES can verify the domain."
  value       = module.ses.dns_records
}

output "sms_configuration_set" {
  description = "sms_configuration_set in deploy-config/staging.yml."
  value       = module.sms.configuration_set_name
}

output "sms_phone_numbers" {
  value = module.sms.phone_numbers
}

output "sms_phone_number_arns" {
  value = module.sms.phone_number_arns
}

output "sms_events_topic_arn" {
  description = "Destination of the SMS configuration set's event destination (README step 6)."
  value       = module.sns.sms_events_topic_arn
}

output "sns_receipt_topic_arns" {
  description = "sns_receipt_topic_arns in deploy-config/staging.yml."
  value       = module.sns.receipt_topic_arns
}

output "app_iam_user" {
  value = module.iam.user_name
}
