import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/uswds/back-link";
import { requireServicePage } from "@/lib/auth/session";
import { listTemplatesPage } from "@/lib/services/templates/templates";
import { renameFolderAction } from "../../../actions";
import { FolderForm } from "../../../_components/folder-form";
import { looksLikeId } from "@/lib/domain/ids";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Rename folder" };

export default async function Page({ params }: { params: Promise<{ serviceId: string; folderId: string }> }) {
  const { serviceId, folderId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_templates");
  if (!looksLikeId(folderId)) notFound();
  const page = await orNotFound(listTemplatesPage({ actor: user, serviceId, folderId }), HIDDEN);
  return (
    <div>
      <BackLink href={`/services/${serviceId}/templates/folders/${folderId}`}>{`Back to ${page.folder?.name ?? "folder"}`}</BackLink>
      <h1 className="margin-top-0">Rename folder</h1>
      <FolderForm action={renameFolderAction.bind(null, serviceId, folderId)} initialName={page.folder?.name} submitLabel="Save" />
    </div>
  );
}
