-- CreateEnum
CREATE TYPE "report_form" AS ENUM ('recipients', 'counts');

-- CreateEnum
CREATE TYPE "report_downloads" AS ENUM ('with_recipients', 'counts_only');

-- AlterTable
ALTER TABLE "services" ADD COLUMN     "report_downloads" "report_downloads" NOT NULL DEFAULT 'with_recipients';

-- AlterTable
ALTER TABLE "notification_reports" ADD COLUMN     "form" "report_form" NOT NULL DEFAULT 'recipients';
