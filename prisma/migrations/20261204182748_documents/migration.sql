-- CreateTable
CREATE TABLE "documents" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "notification_id" UUID NOT NULL,
    "filename" VARCHAR(100),
    "mime_type" VARCHAR(255) NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "storage_key" VARCHAR(255) NOT NULL,
    "key_hash" VARCHAR(64) NOT NULL,
    "retention_weeks" INTEGER NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "confirm_email" BOOLEAN NOT NULL,
    "recipient_hash" VARCHAR(64) NOT NULL,
    "deleted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "documents_notification_id_idx" ON "documents"("notification_id");

-- CreateIndex
CREATE INDEX "documents_expires_at_idx" ON "documents"("expires_at");

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;
