-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "unsubscribe_link" VARCHAR(2048);
