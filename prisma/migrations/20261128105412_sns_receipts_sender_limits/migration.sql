-- CreateTable
CREATE TABLE "sns_seen_messages" (
    "message_id" VARCHAR(255) NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sns_seen_messages_pkey" PRIMARY KEY ("message_id")
);

-- CreateTable
CREATE TABLE "sender_rate_buckets" (
    "key" VARCHAR(255) NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "capacity" DOUBLE PRECISION NOT NULL,
    "rate_per_second" DOUBLE PRECISION NOT NULL,
    "refilled_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "sender_rate_buckets_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "sns_seen_messages_received_at_idx" ON "sns_seen_messages"("received_at");
