-- AlterTable
ALTER TABLE "worker_heartbeats" ADD COLUMN     "lane_throughput" JSONB NOT NULL DEFAULT '{}';
