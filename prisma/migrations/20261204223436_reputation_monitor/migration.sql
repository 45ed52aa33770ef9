-- CreateEnum
CREATE TYPE "reputation_state" AS ENUM ('ok', 'warning', 'critical');

-- CreateTable
CREATE TABLE "reputation_sent_hours" (
    "service_id" UUID NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "notification_type" "notification_type" NOT NULL,
    "sender" VARCHAR(255) NOT NULL DEFAULT '',
    "sent" INTEGER NOT NULL,

    CONSTRAINT "reputation_sent_hours_pkey" PRIMARY KEY ("service_id","hour","notification_type","sender")
);

-- CreateTable
CREATE TABLE "service_reputation" (
    "service_id" UUID NOT NULL,
    "window_hours" INTEGER NOT NULL,
    "emails_sent" INTEGER NOT NULL,
    "bounced" INTEGER NOT NULL,
    "complained" INTEGER NOT NULL,
    "bounce_rate" DOUBLE PRECISION,
    "complaint_rate" DOUBLE PRECISION,
    "texts_sent" INTEGER NOT NULL,
    "texts_failed" INTEGER NOT NULL,
    "senders" JSONB NOT NULL DEFAULT '[]',
    "state" "reputation_state" NOT NULL DEFAULT 'ok',
    "warned_at" TIMESTAMP(3),
    "state_changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "computed_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "service_reputation_pkey" PRIMARY KEY ("service_id")
);

-- CreateIndex
CREATE INDEX "reputation_sent_hours_hour_idx" ON "reputation_sent_hours"("hour");

-- CreateIndex
CREATE INDEX "service_reputation_state_idx" ON "service_reputation"("state");

-- CreateIndex
CREATE INDEX "complaints_created_at_idx" ON "complaints"("created_at");

-- AddForeignKey
ALTER TABLE "service_reputation" ADD CONSTRAINT "service_reputation_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The built-in Notify service's email to a service's managers when its bounce or complaint rate
-- crosses a threshold (lib/services/reputation/monitor-reputation.ts). Data only.
INSERT INTO "templates" ("id", "service_id", "name", "template_type", "subject", "content", "category", "created_by_id", "updated_at")
VALUES
  ('a7d3e1f0-5c2b-4f8e-9a61-3b7c0d4e2f95', 'd6aa2c68-a2d9-4437-ab19-3ae8eb202553', 'Sending reputation warning', 'email', '((service_name)): ((headline))',
   E'Hi ((name)),\n\n((service_name)) ((summary))\n\nIn the last 7 days it sent ((emails_sent)) emails: ((bounce_rate)) bounced and ((complaint_rate)) were reported as spam. Amazon SES reviews an account whose bounce rate reaches 5% or whose complaint rate reaches 0.1%, and pauses its sending at 10% or 0.5%, which would stop email for every service on Notify.\n\nWhat to do:\n\n* check your recipient lists and remove addresses that bounced (the failed emails are on your dashboard)\n* only email people who asked to hear from you, and make it easy to unsubscribe\n* pause any large sends until the rates are back down\n\nSee the figures on your dashboard: ((dashboard_url))\n\nThe Notify team',
   'alert', '6a1e0c6c-4b1e-4c43-9d0a-0d7f1f6c0001', now());

INSERT INTO "templates_history" ("id", "version", "service_id", "name", "template_type", "subject", "content", "created_by_id")
SELECT "id", 1, "service_id", "name", "template_type", "subject", "content", "created_by_id" FROM "templates"
WHERE "id" = 'a7d3e1f0-5c2b-4f8e-9a61-3b7c0d4e2f95';
