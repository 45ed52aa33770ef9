output "route_url" {
  description = "Public address of the app."
  value       = "https://${var.route_host}.${var.route_domain}"
}

output "database_service_name" {
  value = cloudfoundry_service_instance.database.name
}

output "files_service_name" {
  value = cloudfoundry_service_instance.files.name
}

output "documents_service_name" {
  description = "The bucket of files sent by email (bind it and set DOCUMENTS_BUCKET to its bucket)."
  value       = cloudfoundry_service_instance.documents.name
}

output "logos_service_name" {
  description = "The email branding logos bucket (manifest.yml's LOGOS_SERVICE_NAME)."
  value       = cloudfoundry_service_instance.logos.name
}

output "secrets_service_name" {
  value = cloudfoundry_service_instance.secrets.name
}
