import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TemplatesPage } from "../../_components/templates-page";
import { looksLikeId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "Template folder" };

export default async function Page({ params, searchParams }: { params: Promise<{ serviceId: string; folderId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId, folderId } = await params;
  if (!looksLikeId(folderId)) notFound();
  return <TemplatesPage serviceId={serviceId} folderId={folderId} flags={await searchParams} />;
}
