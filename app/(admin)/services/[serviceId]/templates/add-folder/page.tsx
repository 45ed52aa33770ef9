import type { Metadata } from "next";
import { BackLink } from "@/components/uswds/back-link";
import { requireServicePage } from "@/lib/auth/session";
import { createFolderAction } from "../actions";
import { FolderForm } from "../_components/folder-form";
import { looksLikeId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "New folder" };

export default async function Page({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<{ folder?: string }> }) {
  const { serviceId } = await params;
  await requireServicePage(serviceId, "manage_templates");
  const { folder } = await searchParams;
  const parentId = typeof folder === "string" && looksLikeId(folder) ? folder : null;
  const back = parentId ? `/services/${serviceId}/templates/folders/${parentId}` : `/services/${serviceId}/templates`;
  return (
    <div>
      <BackLink href={back}>Back to templates</BackLink>
      <h1 className="margin-top-0">New folder</h1>
      <FolderForm action={createFolderAction.bind(null, serviceId, parentId)} submitLabel="Add folder" />
    </div>
  );
}
