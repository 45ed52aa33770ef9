-- AlterTable
ALTER TABLE "local_outbox" ADD COLUMN     "hand_overs" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "last_call_id" UUID;
