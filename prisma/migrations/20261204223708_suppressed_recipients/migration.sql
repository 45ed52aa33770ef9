-- CreateEnum
CREATE TYPE "suppression_channel" AS ENUM ('sms', 'email');

-- CreateEnum
CREATE TYPE "suppression_reason" AS ENUM ('opt-out', 'hard-bounce', 'complaint', 'added-by-team');

-- CreateEnum
CREATE TYPE "suppression_source" AS ENUM ('inbound-sms', 'receipt', 'team', 'provider');

-- CreateTable
CREATE TABLE "suppressed_recipients" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "channel" "suppression_channel" NOT NULL,
    "recipient" VARCHAR(255) NOT NULL,
    "sending_number" VARCHAR(32) NOT NULL DEFAULT '',
    "reason" "suppression_reason" NOT NULL,
    "source" "suppression_source" NOT NULL,
    "created_by_id" UUID,
    "note" VARCHAR(500),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suppressed_recipients_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "suppressed_recipients_service_id_created_at_idx" ON "suppressed_recipients"("service_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "suppressed_recipients_service_id_channel_recipient_sending__key" ON "suppressed_recipients"("service_id", "channel", "recipient", "sending_number");

-- AddForeignKey
ALTER TABLE "suppressed_recipients" ADD CONSTRAINT "suppressed_recipients_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suppressed_recipients" ADD CONSTRAINT "suppressed_recipients_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- What the send path keeps in memory about a service includes its "do not send" list
-- (lib/db/suppressions.ts): announce every change to it (lib/db/service-changes.ts).
CREATE TRIGGER suppressed_recipients_changed AFTER INSERT OR UPDATE OR DELETE ON suppressed_recipients
  FOR EACH ROW EXECUTE FUNCTION notify_service_changed('service_id');
CREATE TRIGGER suppressed_recipients_truncated AFTER TRUNCATE ON suppressed_recipients FOR EACH STATEMENT EXECUTE FUNCTION notify_all_services_changed();
