variable "env" {
  type        = string
  description = "Environment name: sandbox, staging or production."
}

variable "cf_org_name" {
  type        = string
  description = "cloud.gov organization."
}

variable "cf_space_name" {
  type        = string
  description = "cloud.gov space of this environment."
}

variable "email_domain" {
  type        = string
  description = "Sending domain (NOTIFY_EMAIL_DOMAIN)."
}

variable "route_host" {
  type        = string
  description = "Host of the app's route."
}

variable "route_domain" {
  type        = string
  description = "Domain of the app's route."
}

variable "database_plan" {
  type        = string
  description = "cloud.gov aws-rds plan."
}

variable "database_storage_gb" {
  type        = number
  description = "Database storage in GB."
}

variable "sms_number_type" {
  type        = string
  description = "TOLL_FREE, TEN_DLC or SIMULATOR."
}

variable "sms_phone_number_count" {
  type        = number
  description = "How many origination numbers to request."
}

variable "sms_registration_id" {
  type        = string
  description = "Approved toll-free or 10DLC registration id; null while pending."
}

variable "sms_pool_arns" {
  type        = list(string)
  description = "Pools made with the CLI (terraform/README.md, step 6) the app may send from."
}

variable "allow_sandbox_destinations" {
  type        = bool
  description = "Let the app manage SMS sandbox destination numbers."
}

variable "app_secrets" {
  type        = map(string)
  description = "SECRET_KEY, ENCRYPTION_KEY (and other secret settings) for the notify-secrets-<env> user-provided service. Pass as TF_VAR_app_secrets, never in a committed file."
  sensitive   = true
}
