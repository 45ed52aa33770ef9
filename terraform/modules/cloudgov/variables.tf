variable "env" {
  type        = string
  description = "Environment name: sandbox, staging or production (used in service instance names)."
}

variable "cf_org_name" {
  type        = string
  description = "cloud.gov organization."
}

variable "cf_space_name" {
  type        = string
  description = "cloud.gov space of this environment."
}

variable "database_plan" {
  type        = string
  description = "aws-rds plan, like micro-psql (sandbox) or medium-gp-psql-redundant (production)."
}

variable "database_storage_gb" {
  type        = number
  description = "Allocated storage for the database in GB."
  default     = 20
}

variable "postgres_version" {
  type        = string
  description = "PostgreSQL major version (15 or later)."
  default     = "16"
}

variable "bucket_plan" {
  type        = string
  description = "s3 plan for the file bucket."
  default     = "basic"
}

variable "route_host" {
  type        = string
  description = "Host part of the app's route, like notify-staging."
}

variable "route_domain" {
  type        = string
  description = "Domain of the app's route, like app.cloud.gov."
  default     = "app.cloud.gov"
}

variable "app_secrets" {
  type        = map(string)
  description = "Credentials of the notify-secrets user-provided service: SECRET_KEY, ENCRYPTION_KEY and any other secret setting (names as in lib/env.ts)."
  sensitive   = true

  validation {
    condition     = alltrue([for key in ["SECRET_KEY", "ENCRYPTION_KEY"] : length(lookup(var.app_secrets, key, "")) >= 32])
    error_message = "app_secrets must hold SECRET_KEY and ENCRYPTION_KEY of at least 32 characters each (openssl rand -base64 48)."
  }
}
