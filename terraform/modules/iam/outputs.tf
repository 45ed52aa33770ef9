output "user_name" {
  description = "Make its access key with: aws iam create-access-key --user-name <this>."
  value       = aws_iam_user.app.name
}

output "policy_arn" {
  value = aws_iam_policy.app.arn
}
