-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "auth_type" AS ENUM ('sms_auth', 'email_auth', 'webauthn_auth');

-- CreateEnum
CREATE TYPE "user_state" AS ENUM ('pending', 'active', 'inactive');

-- CreateEnum
CREATE TYPE "verify_code_type" AS ENUM ('sms', 'email');

-- CreateEnum
CREATE TYPE "organisation_type" AS ENUM ('federal', 'state', 'other');

-- CreateEnum
CREATE TYPE "permission_type" AS ENUM ('manage_users', 'manage_templates', 'manage_settings', 'send_texts', 'send_emails', 'manage_api_keys', 'view_activity');

-- CreateEnum
CREATE TYPE "service_permission_type" AS ENUM ('email', 'sms', 'international_sms', 'inbound_sms', 'schedule_notifications', 'email_auth', 'upload_document', 'edit_folder_permissions');

-- CreateEnum
CREATE TYPE "invite_status" AS ENUM ('pending', 'accepted', 'cancelled', 'expired');

-- CreateEnum
CREATE TYPE "key_type" AS ENUM ('normal', 'team', 'test');

-- CreateEnum
CREATE TYPE "template_type" AS ENUM ('sms', 'email');

-- CreateEnum
CREATE TYPE "template_process_type" AS ENUM ('normal', 'priority');

-- CreateEnum
CREATE TYPE "job_status" AS ENUM ('pending', 'in progress', 'finished', 'sending limits exceeded', 'scheduled', 'cancelled', 'ready to send', 'error');

-- CreateEnum
CREATE TYPE "notification_status" AS ENUM ('created', 'sending', 'pending', 'sent', 'delivered', 'temporary-failure', 'permanent-failure', 'technical-failure', 'failed', 'cancelled', 'validation-failed', 'pending-virus-check', 'virus-scan-failed');

-- CreateEnum
CREATE TYPE "notification_type" AS ENUM ('sms', 'email');

-- CreateEnum
CREATE TYPE "callback_type" AS ENUM ('delivery_status', 'complaint', 'inbound_sms');

-- CreateEnum
CREATE TYPE "guest_list_recipient_type" AS ENUM ('mobile', 'email');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "email_address" VARCHAR(255) NOT NULL,
    "mobile_number" VARCHAR(32),
    "password_hash" TEXT NOT NULL,
    "auth_type" "auth_type" NOT NULL DEFAULT 'sms_auth',
    "state" "user_state" NOT NULL DEFAULT 'pending',
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "logged_in_at" TIMESTAMP(3),
    "password_changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email_access_validated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "current_session_id" UUID,
    "platform_admin" BOOLEAN NOT NULL DEFAULT false,
    "preferred_timezone" TEXT NOT NULL DEFAULT 'America/New_York',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verify_codes" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "code_hash" TEXT NOT NULL,
    "code_type" "verify_code_type" NOT NULL,
    "expiry_datetime" TIMESTAMP(3) NOT NULL,
    "code_used" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verify_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "organisation_type" "organisation_type" NOT NULL DEFAULT 'federal',
    "domains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_to_organisation" (
    "organisation_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_to_organisation_pkey" PRIMARY KEY ("organisation_id","user_id")
);

-- CreateTable
CREATE TABLE "invited_organisation_users" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "invited_by_id" UUID NOT NULL,
    "email_address" VARCHAR(255) NOT NULL,
    "status" "invite_status" NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "invited_organisation_users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "services" (
    "id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "restricted" BOOLEAN NOT NULL DEFAULT true,
    "email_from" VARCHAR(255) NOT NULL,
    "prefix_sms" BOOLEAN NOT NULL DEFAULT true,
    "organisation_id" UUID,
    "sms_message_limit" INTEGER NOT NULL DEFAULT 50,
    "email_message_limit" INTEGER NOT NULL DEFAULT 50,
    "international_sms_message_limit" INTEGER NOT NULL DEFAULT 100,
    "total_message_limit" INTEGER NOT NULL DEFAULT 5000000,
    "rate_limit" INTEGER NOT NULL DEFAULT 3000,
    "message_retention_days" INTEGER NOT NULL DEFAULT 7,
    "contact_link" VARCHAR(255),
    "count_as_live" BOOLEAN NOT NULL DEFAULT true,
    "go_live_at" TIMESTAMP(3),
    "go_live_user_id" UUID,
    "volume_sms" INTEGER,
    "volume_email" INTEGER,
    "suspended_at" TIMESTAMP(3),
    "archived_at" TIMESTAMP(3),
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "services_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_permissions" (
    "service_id" UUID NOT NULL,
    "permission" "service_permission_type" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_permissions_pkey" PRIMARY KEY ("service_id","permission")
);

-- CreateTable
CREATE TABLE "user_to_service" (
    "service_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "permissions" "permission_type"[] DEFAULT ARRAY[]::"permission_type"[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_to_service_pkey" PRIMARY KEY ("service_id","user_id")
);

-- CreateTable
CREATE TABLE "invited_users" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "email_address" VARCHAR(255) NOT NULL,
    "permissions" "permission_type"[] DEFAULT ARRAY[]::"permission_type"[],
    "auth_type" "auth_type" NOT NULL DEFAULT 'sms_auth',
    "folder_permissions" UUID[] DEFAULT ARRAY[]::UUID[],
    "status" "invite_status" NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "invited_users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "secret" TEXT NOT NULL,
    "key_type" "key_type" NOT NULL,
    "expiry_date" TIMESTAMP(3),
    "last_used_at" TIMESTAMP(3),
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "template_folder" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "parent_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "template_folder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_folder_permissions" (
    "user_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "template_folder_id" UUID NOT NULL,

    CONSTRAINT "user_folder_permissions_pkey" PRIMARY KEY ("user_id","template_folder_id")
);

-- CreateTable
CREATE TABLE "templates" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "template_type" "template_type" NOT NULL,
    "subject" TEXT,
    "content" TEXT NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "process_type" "template_process_type" NOT NULL DEFAULT 'normal',
    "folder_id" UUID,
    "redact_personalisation" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "templates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "templates_history" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "service_id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "template_type" "template_type" NOT NULL,
    "subject" TEXT,
    "content" TEXT NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "process_type" "template_process_type" NOT NULL DEFAULT 'normal',
    "redact_personalisation" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "templates_history_pkey" PRIMARY KEY ("id","version")
);

-- CreateTable
CREATE TABLE "service_sms_senders" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "sms_sender" VARCHAR(255) NOT NULL,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "origination_identity" VARCHAR(255),
    "messages_per_second" INTEGER,
    "inbound_number_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_sms_senders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_email_reply_to" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "email_address" VARCHAR(255) NOT NULL,
    "is_default" BOOLEAN NOT NULL DEFAULT true,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_email_reply_to_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbound_numbers" (
    "id" UUID NOT NULL,
    "number" VARCHAR(32) NOT NULL,
    "provider" VARCHAR(64) NOT NULL,
    "service_id" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbound_numbers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbound_sms" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "notify_number" VARCHAR(32) NOT NULL,
    "user_number" VARCHAR(32) NOT NULL,
    "provider_date" TIMESTAMP(3) NOT NULL,
    "provider_reference" VARCHAR(255),
    "provider" VARCHAR(64) NOT NULL,
    "content" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbound_sms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "uploads" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "template_id" UUID,
    "original_file_name" VARCHAR(255) NOT NULL,
    "storage_key" VARCHAR(1024) NOT NULL,
    "row_count" INTEGER,
    "is_valid" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "uploads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jobs" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "template_id" UUID NOT NULL,
    "template_version" INTEGER NOT NULL,
    "original_file_name" VARCHAR(255) NOT NULL,
    "storage_key" VARCHAR(1024),
    "notification_count" INTEGER NOT NULL,
    "job_status" "job_status" NOT NULL DEFAULT 'pending',
    "scheduled_for" TIMESTAMP(3),
    "processing_started" TIMESTAMP(3),
    "processing_finished" TIMESTAMP(3),
    "contact_list_id" UUID,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "notification_type" "notification_type" NOT NULL,
    "template_id" UUID NOT NULL,
    "template_version" INTEGER NOT NULL,
    "to" VARCHAR(255) NOT NULL,
    "normalised_to" VARCHAR(255),
    "personalisation" TEXT,
    "notification_status" "notification_status" NOT NULL DEFAULT 'created',
    "reference" VARCHAR(255),
    "client_reference" VARCHAR(1000),
    "job_id" UUID,
    "job_row_number" INTEGER,
    "api_key_id" UUID,
    "key_type" "key_type" NOT NULL DEFAULT 'normal',
    "created_by_id" UUID,
    "sent_by" VARCHAR(64),
    "provider_response" TEXT,
    "carrier" VARCHAR(255),
    "billable_units" INTEGER NOT NULL DEFAULT 0,
    "message_cost" DECIMAL(10,5),
    "international" BOOLEAN NOT NULL DEFAULT false,
    "phone_prefix" VARCHAR(8),
    "rate_multiplier" DECIMAL(6,2),
    "reply_to_text" VARCHAR(255),
    "scheduled_for" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),
    "pending_at" TIMESTAMP(3),
    "delivered_at" TIMESTAMP(3),
    "failed_at" TIMESTAMP(3),
    "cancelled_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_history" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "notification_type" "notification_type" NOT NULL,
    "template_id" UUID NOT NULL,
    "template_version" INTEGER NOT NULL,
    "notification_status" "notification_status" NOT NULL,
    "reference" VARCHAR(255),
    "client_reference" VARCHAR(1000),
    "job_id" UUID,
    "job_row_number" INTEGER,
    "api_key_id" UUID,
    "key_type" "key_type" NOT NULL,
    "sent_by" VARCHAR(64),
    "billable_units" INTEGER NOT NULL DEFAULT 0,
    "message_cost" DECIMAL(10,5),
    "international" BOOLEAN NOT NULL DEFAULT false,
    "phone_prefix" VARCHAR(8),
    "rate_multiplier" DECIMAL(6,2),
    "created_at" TIMESTAMP(3) NOT NULL,
    "sent_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3),

    CONSTRAINT "notification_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaints" (
    "id" UUID NOT NULL,
    "notification_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "ses_feedback_id" VARCHAR(255),
    "complaint_type" VARCHAR(255),
    "complaint_date" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "complaints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_callback_api" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "callback_type" "callback_type" NOT NULL,
    "url" VARCHAR(255) NOT NULL,
    "bearer_token" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_callback_api_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_whitelist" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "recipient_type" "guest_list_recipient_type" NOT NULL,
    "recipient" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_whitelist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_data_retention" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "notification_type" "notification_type" NOT NULL,
    "days_of_retention" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_data_retention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_contact_list" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "original_file_name" VARCHAR(255) NOT NULL,
    "storage_key" VARCHAR(1024) NOT NULL,
    "row_count" INTEGER NOT NULL,
    "template_type" "template_type" NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_contact_list_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" UUID NOT NULL,
    "event_type" VARCHAR(100) NOT NULL,
    "service_id" UUID,
    "user_id" UUID,
    "api_key_id" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ft_notification_status" (
    "local_date" DATE NOT NULL,
    "service_id" UUID NOT NULL,
    "template_id" UUID NOT NULL,
    "job_id" UUID NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
    "notification_type" "notification_type" NOT NULL,
    "key_type" "key_type" NOT NULL,
    "notification_status" "notification_status" NOT NULL,
    "notification_count" INTEGER NOT NULL,
    "billable_units" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ft_notification_status_pkey" PRIMARY KEY ("local_date","service_id","template_id","job_id","notification_type","key_type","notification_status")
);

-- CreateTable
CREATE TABLE "annual_billing" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "financial_year_start" INTEGER NOT NULL,
    "free_sms_fragment_limit" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annual_billing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_counters" (
    "key" VARCHAR(255) NOT NULL,
    "window_start" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateTable
CREATE TABLE "local_outbox" (
    "id" UUID NOT NULL,
    "channel" "notification_type" NOT NULL,
    "to" VARCHAR(255) NOT NULL,
    "sender" VARCHAR(255),
    "reply_to" VARCHAR(255),
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "html_body" TEXT,
    "provider_reference" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "local_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "worker_heartbeats" (
    "id" VARCHAR(255) NOT NULL,
    "hostname" VARCHAR(255) NOT NULL,
    "pid" INTEGER NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL,
    "last_seen_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "worker_heartbeats_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_address_key" ON "users"("email_address");

-- CreateIndex
CREATE INDEX "verify_codes_user_id_created_at_idx" ON "verify_codes"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "user_sessions_token_hash_key" ON "user_sessions"("token_hash");

-- CreateIndex
CREATE INDEX "user_sessions_user_id_idx" ON "user_sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_name_key" ON "organisation"("name");

-- CreateIndex
CREATE INDEX "user_to_organisation_user_id_idx" ON "user_to_organisation"("user_id");

-- CreateIndex
CREATE INDEX "invited_organisation_users_organisation_id_status_idx" ON "invited_organisation_users"("organisation_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "services_name_key" ON "services"("name");

-- CreateIndex
CREATE UNIQUE INDEX "services_email_from_key" ON "services"("email_from");

-- CreateIndex
CREATE INDEX "services_organisation_id_idx" ON "services"("organisation_id");

-- CreateIndex
CREATE INDEX "user_to_service_user_id_idx" ON "user_to_service"("user_id");

-- CreateIndex
CREATE INDEX "invited_users_service_id_status_idx" ON "invited_users"("service_id", "status");

-- CreateIndex
CREATE INDEX "invited_users_email_address_idx" ON "invited_users"("email_address");

-- CreateIndex
CREATE INDEX "api_keys_service_id_expiry_date_idx" ON "api_keys"("service_id", "expiry_date");

-- CreateIndex
CREATE INDEX "template_folder_service_id_parent_id_idx" ON "template_folder"("service_id", "parent_id");

-- CreateIndex
CREATE INDEX "user_folder_permissions_service_id_idx" ON "user_folder_permissions"("service_id");

-- CreateIndex
CREATE INDEX "templates_service_id_archived_template_type_idx" ON "templates"("service_id", "archived", "template_type");

-- CreateIndex
CREATE INDEX "templates_folder_id_idx" ON "templates"("folder_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_sms_senders_inbound_number_id_key" ON "service_sms_senders"("inbound_number_id");

-- CreateIndex
CREATE INDEX "service_sms_senders_service_id_idx" ON "service_sms_senders"("service_id");

-- CreateIndex
CREATE INDEX "service_email_reply_to_service_id_idx" ON "service_email_reply_to"("service_id");

-- CreateIndex
CREATE UNIQUE INDEX "inbound_numbers_number_key" ON "inbound_numbers"("number");

-- CreateIndex
CREATE UNIQUE INDEX "inbound_numbers_service_id_key" ON "inbound_numbers"("service_id");

-- CreateIndex
CREATE INDEX "inbound_sms_service_id_created_at_idx" ON "inbound_sms"("service_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "uploads_service_id_created_at_idx" ON "uploads"("service_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "jobs_service_id_created_at_idx" ON "jobs"("service_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "jobs_job_status_scheduled_for_idx" ON "jobs"("job_status", "scheduled_for");

-- CreateIndex
CREATE INDEX "notifications_service_id_created_at_idx" ON "notifications"("service_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notifications_service_id_notification_type_notification_sta_idx" ON "notifications"("service_id", "notification_type", "notification_status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notifications_service_id_key_type_created_at_idx" ON "notifications"("service_id", "key_type", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notifications_service_id_client_reference_idx" ON "notifications"("service_id", "client_reference");

-- CreateIndex
CREATE INDEX "notifications_reference_idx" ON "notifications"("reference");

-- CreateIndex
CREATE INDEX "notifications_notification_status_created_at_idx" ON "notifications"("notification_status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_job_id_job_row_number_key" ON "notifications"("job_id", "job_row_number");

-- CreateIndex
CREATE INDEX "notification_history_service_id_created_at_idx" ON "notification_history"("service_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notification_history_job_id_idx" ON "notification_history"("job_id");

-- CreateIndex
CREATE INDEX "complaints_service_id_created_at_idx" ON "complaints"("service_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "service_callback_api_service_id_callback_type_key" ON "service_callback_api"("service_id", "callback_type");

-- CreateIndex
CREATE INDEX "service_whitelist_service_id_idx" ON "service_whitelist"("service_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_data_retention_service_id_notification_type_key" ON "service_data_retention"("service_id", "notification_type");

-- CreateIndex
CREATE INDEX "service_contact_list_service_id_archived_idx" ON "service_contact_list"("service_id", "archived");

-- CreateIndex
CREATE INDEX "audit_events_service_id_created_at_idx" ON "audit_events"("service_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_user_id_created_at_idx" ON "audit_events"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "ft_notification_status_service_id_local_date_idx" ON "ft_notification_status"("service_id", "local_date");

-- CreateIndex
CREATE UNIQUE INDEX "annual_billing_service_id_financial_year_start_key" ON "annual_billing"("service_id", "financial_year_start");

-- CreateIndex
CREATE INDEX "rate_limit_counters_expires_at_idx" ON "rate_limit_counters"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "local_outbox_provider_reference_key" ON "local_outbox"("provider_reference");

-- CreateIndex
CREATE INDEX "local_outbox_created_at_idx" ON "local_outbox"("created_at" DESC);

-- CreateIndex
CREATE INDEX "worker_heartbeats_last_seen_at_idx" ON "worker_heartbeats"("last_seen_at");

-- AddForeignKey
ALTER TABLE "verify_codes" ADD CONSTRAINT "verify_codes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_to_organisation" ADD CONSTRAINT "user_to_organisation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_to_organisation" ADD CONSTRAINT "user_to_organisation_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invited_organisation_users" ADD CONSTRAINT "invited_organisation_users_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invited_organisation_users" ADD CONSTRAINT "invited_organisation_users_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "services" ADD CONSTRAINT "services_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "services" ADD CONSTRAINT "services_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "services" ADD CONSTRAINT "services_go_live_user_id_fkey" FOREIGN KEY ("go_live_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_permissions" ADD CONSTRAINT "service_permissions_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_to_service" ADD CONSTRAINT "user_to_service_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_to_service" ADD CONSTRAINT "user_to_service_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invited_users" ADD CONSTRAINT "invited_users_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invited_users" ADD CONSTRAINT "invited_users_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "template_folder" ADD CONSTRAINT "template_folder_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "template_folder" ADD CONSTRAINT "template_folder_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "template_folder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_folder_permissions" ADD CONSTRAINT "user_folder_permissions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_folder_permissions" ADD CONSTRAINT "user_folder_permissions_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_folder_permissions" ADD CONSTRAINT "user_folder_permissions_template_folder_id_fkey" FOREIGN KEY ("template_folder_id") REFERENCES "template_folder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "templates" ADD CONSTRAINT "templates_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "templates" ADD CONSTRAINT "templates_folder_id_fkey" FOREIGN KEY ("folder_id") REFERENCES "template_folder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "templates" ADD CONSTRAINT "templates_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "templates_history" ADD CONSTRAINT "templates_history_id_fkey" FOREIGN KEY ("id") REFERENCES "templates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_sms_senders" ADD CONSTRAINT "service_sms_senders_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_sms_senders" ADD CONSTRAINT "service_sms_senders_inbound_number_id_fkey" FOREIGN KEY ("inbound_number_id") REFERENCES "inbound_numbers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_email_reply_to" ADD CONSTRAINT "service_email_reply_to_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbound_numbers" ADD CONSTRAINT "inbound_numbers_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbound_sms" ADD CONSTRAINT "inbound_sms_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "templates"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "templates"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_contact_list_id_fkey" FOREIGN KEY ("contact_list_id") REFERENCES "service_contact_list"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "templates"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_api_key_id_fkey" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_callback_api" ADD CONSTRAINT "service_callback_api_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_whitelist" ADD CONSTRAINT "service_whitelist_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_data_retention" ADD CONSTRAINT "service_data_retention_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_contact_list" ADD CONSTRAINT "service_contact_list_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_contact_list" ADD CONSTRAINT "service_contact_list_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_api_key_id_fkey" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE CASCADE;
