# The app's AWS identity: an IAM user (cloud.gov apps run outside this AWS account, so they can't
# assume a role) with one least-privilege policy. Its access key is made by hand and given to the
# app with `cf set-env`, so the secret never sits in terraform state (terraform/README.md).

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  account = data.aws_caller_identity.current.account_id
  arn     = "arn:${data.aws_partition.current.partition}"
  region  = data.aws_region.current.region
}

data "aws_iam_policy_document" "app" {
  statement {
    sid       = "SendEmailFromTheDomainWithTheConfigurationSet"
    actions   = ["ses:SendEmail", "ses:SendRawEmail"]
    resources = [var.ses_identity_arn, var.ses_configuration_set_arn]
  }

  # The provider readiness page (/platform-admin/providers).
  statement {
    sid       = "ReadEmailAccount"
    actions   = ["ses:GetAccount", "ses:ListEmailIdentities"]
    resources = ["*"]
  }

  statement {
    sid       = "ReadEmailIdentities"
    actions   = ["ses:GetEmailIdentity"]
    resources = ["${local.arn}:ses:${local.region}:${local.account}:identity/*"]
  }

  statement {
    sid       = "SendTextsFromTheNumbers"
    actions   = ["sms-voice:SendTextMessage"]
    resources = concat(var.sms_phone_number_arns, var.sms_pool_arns, [var.sms_configuration_set_arn])
  }

  statement {
    sid = "ReadTextAccount"
    actions = [
      "sms-voice:DescribeAccountAttributes",
      "sms-voice:DescribeSpendLimits",
      "sms-voice:DescribePhoneNumbers",
      "sms-voice:DescribeVerifiedDestinationNumbers",
    ]
    resources = ["*"]
  }

  # Do-not-send lists kept in step with Notify's own (lib/providers/aws/suppression-lists.ts): the
  # account's opt-out lists and its SES suppression list (account-level, so no narrower resource).
  statement {
    sid       = "KeepTheOptOutLists"
    actions   = ["sms-voice:PutOptedOutNumber", "sms-voice:DeleteOptedOutNumber", "sms-voice:DescribeOptedOutNumbers"]
    resources = ["${local.arn}:sms-voice:${local.region}:${local.account}:opt-out-list/*"]
  }

  statement {
    sid       = "KeepTheEmailSuppressionList"
    actions   = ["ses:PutSuppressedDestination", "ses:DeleteSuppressedDestination", "ses:GetSuppressedDestination", "ses:ListSuppressedDestinations"]
    resources = ["*"]
  }

  # While SES is in its sandbox, each recipient is a verified identity too, and SendEmail is
  # authorised against it. Switch off (with the statement below) once both sandboxes are left.
  dynamic "statement" {
    for_each = var.allow_sandbox_destinations ? [1] : []
    content {
      sid       = "SendEmailToSandboxRecipients"
      actions   = ["ses:SendEmail", "ses:SendRawEmail"]
      resources = ["${local.arn}:ses:${local.region}:${local.account}:identity/*"]
    }
  }

  # Sandbox destination numbers, added and verified from the readiness page while the SMS account
  # is in its sandbox. Switch off once the account has left it.
  dynamic "statement" {
    for_each = var.allow_sandbox_destinations ? [1] : []
    content {
      sid = "ManageSandboxDestinations"
      actions = [
        "sms-voice:CreateVerifiedDestinationNumber",
        "sms-voice:SendDestinationNumberVerificationCode",
        "sms-voice:VerifyDestinationNumber",
      ]
      resources = ["${local.arn}:sms-voice:${local.region}:${local.account}:verified-destination-number/*"]
    }
  }

  # Only for a bucket of the agency's own; the cloud.gov-brokered bucket brings its own keys.
  dynamic "statement" {
    for_each = length(var.s3_bucket_arns) > 0 ? [1] : []
    content {
      sid       = "ReadWriteFileObjects"
      actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
      resources = [for bucket in var.s3_bucket_arns : "${bucket}/*"]
    }
  }
}

resource "aws_iam_user" "app" {
  name = "notify-${var.env}-app"
  path = "/notify/"
}

resource "aws_iam_policy" "app" {
  name        = "notify-${var.env}-app"
  description = "Notify ${var.env}: send email and texts, read provider readiness"
  policy      = data.aws_iam_policy_document.app.json
}

resource "aws_iam_user_policy_attachment" "app" {
  user       = aws_iam_user.app.name
  policy_arn = aws_iam_policy.app.arn
}
