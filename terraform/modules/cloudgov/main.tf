# The cloud.gov side of one environment: the space's PostgreSQL, file and logo buckets (brokered), the
# app's route and the user-provided service that carries the app's secrets. The app itself is
# pushed with `cf push` (manifest.yml), which binds these by name.

data "cloudfoundry_org" "org" {
  name = var.cf_org_name
}

data "cloudfoundry_space" "space" {
  name = var.cf_space_name
  org  = data.cloudfoundry_org.org.id
}

data "cloudfoundry_service_plan" "database" {
  service_offering_name = "aws-rds"
  name                  = var.database_plan
}

data "cloudfoundry_service_plan" "bucket" {
  service_offering_name = "s3"
  name                  = var.bucket_plan
}

data "cloudfoundry_domain" "domain" {
  name = var.route_domain
}

# Data: never destroyed by terraform in any environment. To tear down a sandbox, remove these
# from the state (terraform state rm) and delete them with `cf delete-service` on purpose.
resource "cloudfoundry_service_instance" "database" {
  name         = "notify-db-${var.env}"
  type         = "managed"
  space        = data.cloudfoundry_space.space.id
  service_plan = data.cloudfoundry_service_plan.database.id
  json_params  = jsonencode({ version = var.postgres_version, storage = var.database_storage_gb })

  lifecycle {
    prevent_destroy = true
  }
}

resource "cloudfoundry_service_instance" "files" {
  name         = "notify-files-${var.env}"
  type         = "managed"
  space        = data.cloudfoundry_space.space.id
  service_plan = data.cloudfoundry_service_plan.bucket.id

  lifecycle {
    prevent_destroy = true
  }
}

# Files sent by email (DOCUMENTS_BUCKET): a private bucket of their own, so its objects never mix
# with spreadsheets and reports and its access can be audited alone. Objects are encrypted at rest
# by the broker's default and, again, by the app under a per-file key only the download link holds.
# The nightly retention task deletes each file when its period ends (at most 78 weeks).
resource "cloudfoundry_service_instance" "documents" {
  name         = "notify-documents-${var.env}"
  type         = "managed"
  space        = data.cloudfoundry_space.space.id
  service_plan = data.cloudfoundry_service_plan.bucket.id

  lifecycle {
    prevent_destroy = true
  }
}

# Agency logos for email branding. Private like the files bucket: the app serves each logo at
# NOTIFY_BASE_URL/email-logos/<sha-256>.<png|jpg> with its content type, nosniff and a year's
# immutable caching (app/email-logos), so the bucket needs no public policy and logo URLs in sent
# emails don't depend on where the bucket lives. Kept like data: sent emails point at these files.
resource "cloudfoundry_service_instance" "logos" {
  name         = "notify-logos-${var.env}"
  type         = "managed"
  space        = data.cloudfoundry_space.space.id
  service_plan = data.cloudfoundry_service_plan.bucket.id

  lifecycle {
    prevent_destroy = true
  }
}

# SECRET_KEY, ENCRYPTION_KEY and the other secrets lib/vcap.ts copies from user-provided services.
resource "cloudfoundry_service_instance" "secrets" {
  name        = "notify-secrets-${var.env}"
  type        = "user-provided"
  space       = data.cloudfoundry_space.space.id
  credentials = jsonencode(var.app_secrets)
}

resource "cloudfoundry_route" "app" {
  space  = data.cloudfoundry_space.space.id
  domain = data.cloudfoundry_domain.domain.id
  host   = var.route_host
}
