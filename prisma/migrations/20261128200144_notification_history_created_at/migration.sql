-- CreateIndex
CREATE INDEX "notification_history_created_at_idx" ON "notification_history"("created_at");
