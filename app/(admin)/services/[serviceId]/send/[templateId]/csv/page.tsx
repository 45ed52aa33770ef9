import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/expected-errors";
import { BackLink } from "@/components/uswds/back-link";
import { Table } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { APP_ERROR_CODES } from "@/lib/errors";
import { exampleSpreadsheet } from "@/lib/services/bulk/uploads";
import { uploadSpreadsheetAction } from "./actions";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Upload a list of recipients" };

export default async function Page({ params }: { params: Promise<{ serviceId: string; templateId: string }> }) {
  const { serviceId, templateId } = await params;
  const { user } = await requireServicePage(serviceId, "send_messages");
  const example = await orNotFound(exampleSpreadsheet({ actor: user, serviceId, templateId }), APP_ERROR_CODES);
  const [header = "", sample = ""] = example.csv.split("\r\n");
  const columns = header.split(",");
  return (
    <div>
      <BackLink href={`/services/${serviceId}/templates/${templateId}`}>Back to the template</BackLink>
      <h1 className="margin-top-0">Upload a list of recipients</h1>
      <p>Your spreadsheet needs a column for each of these, in any order, with the names in the first row:</p>
      <Table
        caption="Columns your file needs"
        rows={[sample.split(",")]}
        rowKey={() => "example"}
        columns={columns.map((name, i) => ({ header: name, key: `column-${i}`, cell: (values: string[]) => values[i] }))}
      />
      <p>
        <a className="usa-link" href={`/services/${serviceId}/send/${templateId}/example.csv`} download={example.fileName}>
          Download an example spreadsheet
        </a>
      </p>
      <UploadForm action={uploadSpreadsheetAction.bind(null, serviceId, templateId)} template={example.template} />
      <p className="margin-top-4">
        Sent to these people before?{" "}
        <Link className="usa-link" href={`/services/${serviceId}/contact-lists`}>
          Use a saved contact list
        </Link>
      </p>
    </div>
  );
}
