output "email_events_topic_arn" {
  value = aws_sns_topic.topic["email-events"].arn
}

output "sms_events_topic_arn" {
  value = aws_sns_topic.topic["sms-events"].arn
}

output "sms_inbound_topic_arn" {
  value = aws_sns_topic.topic["sms-inbound"].arn
}

output "receipt_topic_arns" {
  description = "SNS_RECEIPT_TOPIC_ARNS for deploy-config (comma-separated)."
  value       = join(",", [for key in ["email-events", "sms-events", "sms-inbound"] : aws_sns_topic.topic[key].arn])
}
