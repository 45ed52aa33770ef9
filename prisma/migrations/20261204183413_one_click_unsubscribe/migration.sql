-- AlterTable
ALTER TABLE "templates" ADD COLUMN     "has_unsubscribe_link" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "templates_history" ADD COLUMN     "has_unsubscribe_link" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "local_outbox" ADD COLUMN     "list_unsubscribe" VARCHAR(2048);

-- CreateTable
CREATE TABLE "unsubscribe_requests" (
    "id" UUID NOT NULL,
    "notification_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "template_id" UUID NOT NULL,
    "template_version" INTEGER NOT NULL,
    "email_address" VARCHAR(255) NOT NULL,
    "job_id" UUID,
    "notification_created_at" TIMESTAMP(3) NOT NULL,
    "report_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unsubscribe_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unsubscribe_request_reports" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "earliest_at" TIMESTAMP(3) NOT NULL,
    "latest_at" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "processed_at" TIMESTAMP(3),
    "processed_by_id" UUID,
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unsubscribe_request_reports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "unsubscribe_requests_notification_id_key" ON "unsubscribe_requests"("notification_id");

-- CreateIndex
CREATE INDEX "unsubscribe_requests_service_id_report_id_created_at_idx" ON "unsubscribe_requests"("service_id", "report_id", "created_at");

-- CreateIndex
CREATE INDEX "unsubscribe_requests_created_at_idx" ON "unsubscribe_requests"("created_at");

-- CreateIndex
CREATE INDEX "unsubscribe_request_reports_service_id_latest_at_idx" ON "unsubscribe_request_reports"("service_id", "latest_at" DESC);

-- AddForeignKey
ALTER TABLE "unsubscribe_requests" ADD CONSTRAINT "unsubscribe_requests_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unsubscribe_requests" ADD CONSTRAINT "unsubscribe_requests_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "unsubscribe_request_reports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unsubscribe_request_reports" ADD CONSTRAINT "unsubscribe_request_reports_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;
