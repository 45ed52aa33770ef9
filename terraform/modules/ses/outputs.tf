output "identity_arn" {
  value = aws_sesv2_email_identity.domain.arn
}

output "configuration_set_name" {
  description = "SES_CONFIGURATION_SET for deploy-config."
  value       = aws_sesv2_configuration_set.events.configuration_set_name
}

output "configuration_set_arn" {
  value = aws_sesv2_configuration_set.events.arn
}

output "dns_records" {
  description = "Records to publish in the domain's DNS: three DKIM CNAMEs, and the MAIL FROM MX and SPF."
  value = concat(
    [for token in aws_sesv2_email_identity.domain.dkim_signing_attributes[0].tokens : {
      type  = "CNAME"
      name  = "${token}._domainkey.${var.email_domain}"
      value = "${token}.dkim.amazonses.com"
    }],
    [
      {
        type  = "MX"
        name  = aws_sesv2_email_identity_mail_from_attributes.domain.mail_from_domain
        value = "10 feedback-smtp.${data.aws_region.current.region}.amazonses.com"
      },
      {
        type  = "TXT"
        name  = aws_sesv2_email_identity_mail_from_attributes.domain.mail_from_domain
        value = "v=spf1 include:amazonses.com -all"
      },
    ],
  )
}
