# SES v2: the sending domain (Easy DKIM, 2048-bit keys), a custom MAIL FROM domain, and the
# configuration set the app names in SES_CONFIGURATION_SET, publishing every delivery event to an
# SNS topic that /api/receipts/sns is subscribed to. DNS records to publish are outputs.

resource "aws_sesv2_configuration_set" "events" {
  configuration_set_name = "notify-${var.env}-email"

  delivery_options {
    tls_policy = "REQUIRE"
  }

  reputation_options {
    reputation_metrics_enabled = true
  }

  sending_options {
    sending_enabled = true
  }

  suppression_options {
    suppressed_reasons = ["BOUNCE", "COMPLAINT"]
  }
}

resource "aws_sesv2_configuration_set_event_destination" "sns" {
  configuration_set_name = aws_sesv2_configuration_set.events.configuration_set_name
  event_destination_name = "notify-${var.env}-email-events"

  event_destination {
    enabled              = true
    matching_event_types = ["SEND", "DELIVERY", "BOUNCE", "COMPLAINT", "REJECT", "RENDERING_FAILURE", "DELIVERY_DELAY"]

    sns_destination {
      topic_arn = var.events_topic_arn
    }
  }
}

resource "aws_sesv2_email_identity" "domain" {
  email_identity         = var.email_domain
  configuration_set_name = aws_sesv2_configuration_set.events.configuration_set_name

  dkim_signing_attributes {
    next_signing_key_length = "RSA_2048_BIT"
  }
}

resource "aws_sesv2_email_identity_mail_from_attributes" "domain" {
  email_identity         = aws_sesv2_email_identity.domain.email_identity
  mail_from_domain       = "${var.mail_from_subdomain}.${var.email_domain}"
  behavior_on_mx_failure = "USE_DEFAULT_VALUE"
}

data "aws_region" "current" {}
