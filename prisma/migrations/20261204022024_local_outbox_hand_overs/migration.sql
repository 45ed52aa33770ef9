-- AlterTable
ALTER TABLE "local_outbox" ADD COLUMN     "hand_overs" INTEGER NOT NULL DEFAULT 1;
