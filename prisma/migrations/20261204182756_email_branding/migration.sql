-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "email_branding_id" UUID;

-- AlterTable
ALTER TABLE "services" ADD COLUMN     "email_branding_id" UUID;

-- CreateTable
CREATE TABLE "email_logos" (
    "id" UUID NOT NULL,
    "key" VARCHAR(100) NOT NULL,
    "content_type" VARCHAR(50) NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byte_length" INTEGER NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "uploaded_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_logos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_branding" (
    "id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "logo_id" UUID NOT NULL,
    "alt_text" VARCHAR(255) NOT NULL,
    "banner_colour" VARCHAR(7),
    "banner_text" VARCHAR(255),
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "email_branding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "email_logos_key_key" ON "email_logos"("key");

-- CreateIndex
CREATE UNIQUE INDEX "email_branding_name_key" ON "email_branding"("name");

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_email_branding_id_fkey" FOREIGN KEY ("email_branding_id") REFERENCES "email_branding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "services" ADD CONSTRAINT "services_email_branding_id_fkey" FOREIGN KEY ("email_branding_id") REFERENCES "email_branding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_branding" ADD CONSTRAINT "email_branding_logo_id_fkey" FOREIGN KEY ("logo_id") REFERENCES "email_logos"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
