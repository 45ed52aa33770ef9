-- The notifications table is the one table written at volume (every send, every spreadsheet row),
-- so each insert should cost only what it must. Measured on 100,000 spreadsheet rows
-- (`npm run bench:bulk`): the five foreign-key checks cost more than the row and its eight index
-- entries together (INSERT … SELECT of 100,000 rows: 2.7–3.5 s with them, 1.0–1.3 s without).
--
-- 1. No foreign keys on notifications (notification_history has never had them). Nothing these
--    rows point at is ever deleted: services, templates, users and API keys are archived or
--    revoked, and jobs stay after retention takes their notifications. Every insert takes its ids
--    from rows it has just read for the same request or job (the authenticated key and its service,
--    the template it rendered, the job it is fanning out). schema.prisma keeps the relations so
--    queries can follow them; prisma/migrations.int.test.ts lists these constraints as the only
--    intended difference from it.
ALTER TABLE "notifications"
  DROP CONSTRAINT "notifications_service_id_fkey",
  DROP CONSTRAINT "notifications_template_id_fkey",
  DROP CONSTRAINT "notifications_job_id_fkey",
  DROP CONSTRAINT "notifications_api_key_id_fkey",
  DROP CONSTRAINT "notifications_created_by_id_fkey";

-- 2. The provider reference and the client reference are only ever looked up by value, and most
--    rows have neither when they are written (a spreadsheet row has no client reference, and no
--    message has a provider reference until it is sent), so only rows that have one are indexed.
--    Lookups by value still use these indexes (`reference = $1` implies `reference IS NOT NULL`).
DROP INDEX "notifications_reference_idx";
CREATE INDEX "notifications_reference_idx" ON "notifications"("reference") WHERE "reference" IS NOT NULL;
DROP INDEX "notifications_service_id_client_reference_idx";
CREATE INDEX "notifications_service_id_client_reference_idx" ON "notifications"("service_id", "client_reference") WHERE "client_reference" IS NOT NULL;
