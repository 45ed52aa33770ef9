-- AlterTable
ALTER TABLE "services" ADD COLUMN     "go_live_requested_at" TIMESTAMP(3),
ADD COLUMN     "go_live_requested_by_id" UUID;
