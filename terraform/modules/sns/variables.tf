variable "env" {
  type        = string
  description = "Environment name: sandbox, staging or production."
}

variable "receipt_endpoint_url" {
  type        = string
  description = "The app's delivery receipt endpoint, https://<route>/api/receipts/sns."
}

variable "inbound_endpoint_url" {
  type        = string
  description = "The app's inbound text endpoint, https://<route>/api/inbound/sns."
}
