import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TemplatesPage } from "../../_components/templates-page";

export const metadata: Metadata = { title: "Template folder" };

export default async function Page({ params, searchParams }: { params: Promise<{ serviceId: string; folderId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId, folderId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(folderId)) notFound();
  return <TemplatesPage serviceId={serviceId} folderId={folderId} flags={await searchParams} />;
}
