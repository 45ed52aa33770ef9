terraform {
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
    cloudfoundry = {
      source  = "cloudfoundry/cloudfoundry"
      version = "~> 1.3"
    }
  }

  # State in the agency's state bucket (terraform/README.md, step 1), locked with a lock file:
  #   terraform init -backend-config="bucket=<state bucket>"
  backend "s3" {
    key          = "notify/staging/terraform.tfstate"
    region       = "us-west-2"
    encrypt      = true
    use_lockfile = true
  }
}
