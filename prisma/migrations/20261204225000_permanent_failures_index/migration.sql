-- The reputation monitor reads every permanent failure of the last 7 days on each run (lib/db/reputation.ts
-- countPermanentFailuresSince). Failures are a few percent of messages spread over every heap page, so
-- through the (notification_status, created_at) index that read touched nearly the whole table
-- (2,000,000 messages, 2 % failed: 34,000 pages, 340 ms); this partial index holds only failed rows
-- with the columns the monitor groups by, an index-only scan (290 pages, 23 ms). Rows enter it only
-- when they fail, and status updates are never HOT anyway (status is indexed), so sends pay nothing.
-- Not in schema.prisma (Prisma can't express INCLUDE with WHERE); see the note on Notification.
CREATE INDEX "notifications_permanent_failures_idx" ON "notifications" ("created_at") INCLUDE ("service_id", "notification_type", "reply_to_text", "key_type") WHERE "notification_status" = 'permanent-failure';
