variable "env" {
  type        = string
  description = "Environment name: sandbox, staging or production."
}

variable "email_domain" {
  type        = string
  description = "Domain emails are sent from (NOTIFY_EMAIL_DOMAIN), like notify.example.gov."
}

variable "mail_from_subdomain" {
  type        = string
  description = "Subdomain of email_domain used as the MAIL FROM (bounce) domain."
  default     = "mail"
}

variable "events_topic_arn" {
  type        = string
  description = "SNS topic that receives the configuration set's events."
}
