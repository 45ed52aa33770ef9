# SNS topics between AWS and the app: SES email events, SMS delivery events, and inbound (two-way)
# texts. Each is encrypted, may be published to only by the AWS service that feeds it from this
# account, and has an HTTPS subscription to the app; the app confirms subscriptions itself and
# checks every message's signature and topic (SNS_RECEIPT_TOPIC_ARNS).

data "aws_caller_identity" "current" {}

locals {
  topics = {
    email-events = { publisher = "ses.amazonaws.com", endpoint = var.receipt_endpoint_url }
    sms-events   = { publisher = "sms-voice.amazonaws.com", endpoint = var.receipt_endpoint_url }
    sms-inbound  = { publisher = "sms-voice.amazonaws.com", endpoint = var.inbound_endpoint_url }
  }
}

# A customer managed key: SES and SMS can't publish to topics encrypted with the AWS managed
# alias/aws/sns key, whose policy can't grant them its use.
data "aws_iam_policy_document" "key" {
  statement {
    sid       = "AccountAdministers"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }

  statement {
    sid       = "PublishersEncrypt"
    actions   = ["kms:GenerateDataKey*", "kms:Decrypt"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["ses.amazonaws.com", "sms-voice.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

data "aws_partition" "current" {}

resource "aws_kms_key" "topics" {
  description         = "notify-${var.env}: SNS topics for delivery events and inbound texts"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json
}

resource "aws_sns_topic" "topic" {
  for_each          = local.topics
  name              = "notify-${var.env}-${each.key}"
  kms_master_key_id = aws_kms_key.topics.arn
}

data "aws_iam_policy_document" "publish" {
  for_each = local.topics

  statement {
    sid       = "AllowPublishFromThisAccount"
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.topic[each.key].arn]

    principals {
      type        = "Service"
      identifiers = [each.value.publisher]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_sns_topic_policy" "publish" {
  for_each = local.topics
  arn      = aws_sns_topic.topic[each.key].arn
  policy   = data.aws_iam_policy_document.publish[each.key].json
}

resource "aws_sns_topic_subscription" "app" {
  for_each               = local.topics
  topic_arn              = aws_sns_topic.topic[each.key].arn
  protocol               = "https"
  endpoint               = each.value.endpoint
  endpoint_auto_confirms = true
  raw_message_delivery   = false
}
