-- AlterTable
ALTER TABLE "uploads" ADD COLUMN     "contact_list_id" UUID;

-- AddForeignKey
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_contact_list_id_fkey" FOREIGN KEY ("contact_list_id") REFERENCES "service_contact_list"("id") ON DELETE SET NULL ON UPDATE CASCADE;
