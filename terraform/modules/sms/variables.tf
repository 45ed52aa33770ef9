variable "env" {
  type        = string
  description = "Environment name: sandbox, staging or production."
}

variable "number_type" {
  type        = string
  description = "TOLL_FREE, TEN_DLC or SIMULATOR (sandbox only: delivers to simulator destinations)."
  default     = "TOLL_FREE"

  validation {
    condition     = contains(["TOLL_FREE", "TEN_DLC", "SIMULATOR"], var.number_type)
    error_message = "number_type must be TOLL_FREE, TEN_DLC or SIMULATOR."
  }
}

variable "phone_number_count" {
  type        = number
  description = "How many origination numbers to request (each toll-free number sends 3 parts a second until raised)."
  default     = 1
}

variable "registration_id" {
  type        = string
  description = "The approved toll-free or 10DLC registration the numbers belong to; null while it is pending."
  default     = null
}

variable "inbound_topic_arn" {
  type        = string
  description = "SNS topic that receives inbound (two-way) texts."
}
