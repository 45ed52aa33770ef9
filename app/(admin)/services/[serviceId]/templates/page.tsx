import type { Metadata } from "next";
import { TemplatesPage } from "./_components/templates-page";

export const metadata: Metadata = { title: "Templates" };

export default async function Page({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { serviceId } = await params;
  return <TemplatesPage serviceId={serviceId} folderId={null} flags={await searchParams} />;
}
