import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TextInput } from "@/components/uswds/text-input";
import { getDownloadPage } from "@/lib/services/documents/download";
import { DownloadFrame } from "../../_components/download-frame";
import { ServiceContact } from "../../_components/service-contact";

type Props = { params: Promise<{ serviceId: string; documentId: string }>; searchParams: Promise<{ key?: string | string[] }> };

export const dynamic = "force-dynamic";

async function pageFor({ params, searchParams }: Props) {
  const [{ serviceId, documentId }, { key }] = await Promise.all([params, searchParams]);
  const link = { serviceId, documentId, key: typeof key === "string" ? key : "" };
  return { link, page: await getDownloadPage(link) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { page } = await pageFor(props);
  const title = page.state === "expired" ? "This file is no longer available" : page.state === "ready" && page.confirmEmail ? "Confirm your email address" : "Download your file";
  return { title, robots: { index: false, follow: false } };
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

// GET /d/{serviceId}/{documentId}?key=… – a file sent by email (public, no sign-in)
export default async function DownloadPage(props: Props) {
  const { link, page } = await pageFor(props);
  if (page.state === "not-available") redirect("/d/not-available");
  const downloadPath = `/d/${link.serviceId}/${link.documentId}/download`;
  if (page.state === "expired") {
    return (
      <DownloadFrame>
        <h1>This file is no longer available</h1>
        <p>{page.serviceName} sent you a file, but it was only kept for a limited time and has now been deleted.</p>
        <ServiceContact serviceName={page.serviceName} contact={page.contact} />
      </DownloadFrame>
    );
  }
  if (page.confirmEmail) {
    return (
      <DownloadFrame>
        <h1>Confirm your email address</h1>
        <p>{page.serviceName} sent you a file. To download it, enter the email address it was sent to.</p>
        <form method="post" action={downloadPath} noValidate>
          <input type="hidden" name="key" value={link.key} />
          <TextInput id="emailAddress" name="emailAddress" label="Email address" type="email" autoComplete="email" spellCheck={false} required />
          <button type="submit" className="usa-button margin-top-3">
            Continue
          </button>
        </form>
        <ServiceContact serviceName={page.serviceName} contact={page.contact} />
      </DownloadFrame>
    );
  }
  return (
    <DownloadFrame>
      <h1>Download your file</h1>
      <p>{page.serviceName} sent you a file.</p>
      <p>
        <a className="usa-button" href={`${downloadPath}?key=${encodeURIComponent(link.key)}`} download={page.filename}>
          Download this file
        </a>
      </p>
      <p className="usa-hint">
        {page.filename} ({formatSize(page.sizeBytes)})
      </p>
      <ServiceContact serviceName={page.serviceName} contact={page.contact} />
    </DownloadFrame>
  );
}
