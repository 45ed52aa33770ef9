# Notify production: the cloud.gov space's services and the AWS side, from the shared modules.
# Every environment root wires the same modules (checked by terraform/terraform.test.ts).

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

module "cloudgov" {
  source = "../modules/cloudgov"

  env                 = local.env
  cf_org_name         = var.cf_org_name
  cf_space_name       = var.cf_space_name
  database_plan       = var.database_plan
  database_storage_gb = var.database_storage_gb
  route_host          = var.route_host
  route_domain        = var.route_domain
  app_secrets         = var.app_secrets
}

module "sns" {
  source = "../modules/sns"

  env                  = local.env
  receipt_endpoint_url = "${module.cloudgov.route_url}/api/receipts/sns"
  inbound_endpoint_url = "${module.cloudgov.route_url}/api/inbound/sns"
}

module "ses" {
  source = "../modules/ses"

  env              = local.env
  email_domain     = var.email_domain
  events_topic_arn = module.sns.email_events_topic_arn
}

module "sms" {
  source = "../modules/sms"

  env                = local.env
  number_type        = var.sms_number_type
  phone_number_count = var.sms_phone_number_count
  registration_id    = var.sms_registration_id
  inbound_topic_arn  = module.sns.sms_inbound_topic_arn
}

module "iam" {
  source = "../modules/iam"

  env                        = local.env
  ses_identity_arn           = module.ses.identity_arn
  ses_configuration_set_arn  = module.ses.configuration_set_arn
  sms_phone_number_arns      = module.sms.phone_number_arns
  sms_pool_arns              = var.sms_pool_arns
  sms_configuration_set_arn  = module.sms.configuration_set_arn
  allow_sandbox_destinations = var.allow_sandbox_destinations
}
