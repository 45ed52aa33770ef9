# Notify production: the cloud.gov space's services and the AWS side, from modules/environment.
# Every environment root calls it with the same inputs (checked by terraform/terraform.test.ts); only
# the backend key and the variables' defaults (variables.tf) differ.

provider "cloudfoundry" {
  # Credentials of a cloud.gov service account: CF_USER and CF_PASSWORD in the environment.
  api_url = "https://api.fr.cloud.gov"
}

provider "aws" {
  region = var.aws_region
  # Credentials from the environment (AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY).

  default_tags {
    tags = {
      project     = "notify"
      environment = local.env
    }
  }
}

locals {
  env = "production"
}

module "environment" {
  source = "../modules/environment"

  env                        = local.env
  cf_org_name                = var.cf_org_name
  cf_space_name              = var.cf_space_name
  email_domain               = var.email_domain
  route_host                 = var.route_host
  route_domain               = var.route_domain
  database_plan              = var.database_plan
  database_storage_gb        = var.database_storage_gb
  sms_number_type            = var.sms_number_type
  sms_phone_number_count     = var.sms_phone_number_count
  sms_registration_id        = var.sms_registration_id
  sms_pool_arns              = var.sms_pool_arns
  allow_sandbox_destinations = var.allow_sandbox_destinations
  app_secrets                = var.app_secrets
}
