-- CreateEnum
CREATE TYPE "template_category" AS ENUM ('authentication', 'alert', 'reminder', 'status_update', 'request', 'information', 'other');

-- CreateEnum
CREATE TYPE "delivery_lane" AS ENUM ('priority', 'normal', 'bulk');

-- AlterTable
ALTER TABLE "templates" DROP COLUMN "process_type",
ADD COLUMN     "category" "template_category" NOT NULL DEFAULT 'other',
ADD COLUMN     "lane_override" "delivery_lane";

-- AlterTable
ALTER TABLE "templates_history" DROP COLUMN "process_type";

-- DropEnum
DROP TYPE "template_process_type";
