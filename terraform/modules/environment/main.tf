# One Notify environment: the cloud.gov space's services and the AWS side, wired from the shared
# modules. Each root (sandbox, staging, production) calls this once with its own values.

module "cloudgov" {
  source = "../cloudgov"

  env                 = var.env
  cf_org_name         = var.cf_org_name
  cf_space_name       = var.cf_space_name
  database_plan       = var.database_plan
  database_storage_gb = var.database_storage_gb
  route_host          = var.route_host
  route_domain        = var.route_domain
  app_secrets         = var.app_secrets
}

module "sns" {
  source = "../sns"

  env                  = var.env
  receipt_endpoint_url = "${module.cloudgov.route_url}/api/receipts/sns"
  inbound_endpoint_url = "${module.cloudgov.route_url}/api/inbound/sns"
}

module "ses" {
  source = "../ses"

  env              = var.env
  email_domain     = var.email_domain
  events_topic_arn = module.sns.email_events_topic_arn
}

module "sms" {
  source = "../sms"

  env                = var.env
  number_type        = var.sms_number_type
  phone_number_count = var.sms_phone_number_count
  registration_id    = var.sms_registration_id
  inbound_topic_arn  = module.sns.sms_inbound_topic_arn
}

module "iam" {
  source = "../iam"

  env                        = var.env
  ses_identity_arn           = module.ses.identity_arn
  ses_configuration_set_arn  = module.ses.configuration_set_arn
  sms_phone_number_arns      = module.sms.phone_number_arns
  sms_pool_arns              = var.sms_pool_arns
  sms_configuration_set_arn  = module.sms.configuration_set_arn
  allow_sandbox_destinations = var.allow_sandbox_destinations
}
