-- CreateEnum
CREATE TYPE "NotificationReportStatus" AS ENUM ('pending', 'ready', 'failed');

-- CreateTable
CREATE TABLE "notification_reports" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "requested_by_id" UUID,
    "days" INTEGER NOT NULL,
    "notification_type" "notification_type",
    "status_group" VARCHAR(20),
    "status" "NotificationReportStatus" NOT NULL DEFAULT 'pending',
    "storage_key" VARCHAR(1024),
    "row_count" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMP(3),
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notification_reports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notification_reports_service_id_created_at_idx" ON "notification_reports"("service_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notification_reports_expires_at_idx" ON "notification_reports"("expires_at");

-- AddForeignKey
ALTER TABLE "notification_reports" ADD CONSTRAINT "notification_reports_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_reports" ADD CONSTRAINT "notification_reports_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
