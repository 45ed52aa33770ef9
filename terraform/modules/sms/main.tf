# AWS End User Messaging SMS (Pinpoint SMS Voice v2): an opt-out list, the origination numbers,
# and the configuration set the app names in SMS_CONFIGURATION_SET.
#
# The aws provider has no resource for pools or for configuration-set event destinations (it
# offers phone_number, opt_out_list and configuration_set only), so terraform/README.md gives the
# two `aws pinpoint-sms-voice-v2` commands (create-pool, create-event-destination) that complete
# this, run once per environment with the outputs below.

resource "aws_pinpointsmsvoicev2_opt_out_list" "texts" {
  name = "notify-${var.env}"
}

resource "aws_pinpointsmsvoicev2_configuration_set" "events" {
  name                 = "notify-${var.env}-sms"
  default_message_type = "TRANSACTIONAL"
}

# Toll-free and 10DLC numbers can only send once their registration is approved: request the
# registration in the console (or with create-registration), then set registration_id.
resource "aws_pinpointsmsvoicev2_phone_number" "origination" {
  count                         = var.phone_number_count
  iso_country_code              = "US"
  message_type                  = "TRANSACTIONAL"
  number_capabilities           = ["SMS"]
  number_type                   = var.number_type
  opt_out_list_name             = aws_pinpointsmsvoicev2_opt_out_list.texts.name
  registration_id               = var.registration_id
  self_managed_opt_outs_enabled = false
  two_way_channel_enabled       = true
  two_way_channel_arn           = var.inbound_topic_arn
  deletion_protection_enabled   = var.number_type != "SIMULATOR"
}
