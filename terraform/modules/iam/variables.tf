variable "env" {
  type        = string
  description = "Environment name: sandbox, staging or production."
}

variable "ses_identity_arn" {
  type        = string
  description = "The SES domain identity the app sends from."
}

variable "ses_configuration_set_arn" {
  type        = string
  description = "The SES configuration set named in every SendEmail."
}

variable "sms_phone_number_arns" {
  type        = list(string)
  description = "Origination numbers the app may send from."
}

variable "sms_pool_arns" {
  type        = list(string)
  description = "Pools the app may send from (made with the CLI, see terraform/README.md)."
  default     = []
}

variable "sms_configuration_set_arn" {
  type        = string
  description = "The SMS configuration set named in every SendTextMessage."
}

variable "allow_sandbox_destinations" {
  type        = bool
  description = "While SES or SMS is in its sandbox: let the app send email to verified recipient identities and add and verify SMS destination numbers."
  default     = true
}

variable "s3_bucket_arns" {
  type        = list(string)
  description = "Buckets of the agency's own the app may use; empty with the cloud.gov-brokered bucket."
  default     = []
}
