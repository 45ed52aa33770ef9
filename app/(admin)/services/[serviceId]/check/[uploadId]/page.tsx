import type { Metadata } from "next";
import Link from "next/link";
import { after } from "next/server";
import { orNotFound } from "@/app/_lib/expected-errors";
import { MessagePreview } from "@/components/templates/message-preview";
import { Alert } from "@/components/uswds/alert";
import { Table, type TableColumn } from "@/components/uswds/table";
import { requireServicePage } from "@/lib/auth/session";
import { scheduleSlots } from "@/lib/domain/notifications/schedule";
import { checkStoredUpload } from "@/lib/services/bulk/uploads";
import { saveContactListAction, startJobAction } from "./actions";
import { StartForm } from "./start-form";

export const metadata: Metadata = { title: "Check your spreadsheet" };

type SpreadsheetRow = { rowNumber: number; recipient: string; personalisation: Record<string, unknown> };

/** The spreadsheet's own row number (as in the file), as each row's header. */
const ROW_NUMBER: TableColumn<SpreadsheetRow> = { header: "Row", isRowHeader: true, cell: (row) => row.rowNumber };

/** One column per spreadsheet column, in the file's order; the first is the recipient. */
function spreadsheetColumns(names: readonly string[]): TableColumn<SpreadsheetRow>[] {
  return names.map((name, i) => ({ header: name, key: `column-${i}`, cell: (row) => (i === 0 ? row.recipient : String(row.personalisation[name] ?? "")) }));
}

function duration(seconds: number): string {
  if (seconds < 60) return "less than a minute";
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `about ${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `about ${hours} hours`;
}

export default async function Page({ params }: { params: Promise<{ serviceId: string; uploadId: string }> }) {
  const { serviceId, uploadId } = await params;
  const { user } = await requireServicePage(serviceId, "send_messages");
  // A valid file's rows are prepared for sending once this page has gone (prepared-rows.ts).
  const result = await orNotFound(checkStoredUpload({ actor: user, serviceId, uploadId, prepare: after }));
  const uploadAgain = `/services/${serviceId}/send/${result.templateId}/csv`;
  if (!result.ok) {
    return (
      <div>
        <Alert type="error" heading={result.fileError.heading} headingLevel={1}>
          {result.fileError.body}
        </Alert>
        <p className="margin-top-3">
          <Link className="usa-button" href={uploadAgain}>
            Upload your file again
          </Link>
        </p>
      </div>
    );
  }
  const { check } = result;
  const columns = check.columns;
  if (!check.isValid) {
    return (
      <div>
        <Alert type="error" heading={`There’s a problem with ${result.fileName}`} headingLevel={1}>
          You need to {check.errorSummary.join(", ")}.
        </Alert>
        <Table
          caption={`${check.rowsWithErrors.toLocaleString("en-US")} ${check.rowsWithErrors === 1 ? "row has" : "rows have"} problems${check.shownErrorRows.length < check.rowsWithErrors ? ` (the first ${check.shownErrorRows.length} are shown)` : ""}`}
          rows={check.shownErrorRows}
          rowKey={(row) => String(row.rowNumber)}
          columns={[
            ROW_NUMBER,
            { header: "Problem", className: "text-secondary-dark", cell: (row) => row.errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join("; ") },
            ...spreadsheetColumns(columns),
          ]}
        />
        <p>
          <Link className="usa-button" href={uploadAgain}>
            Upload your file again
          </Link>
        </p>
      </div>
    );
  }
  const firstRows = check.rows.slice(0, 10);
  return (
    <div>
      <h1 className="margin-top-0">
        Send {check.rowCount.toLocaleString("en-US")} {check.rowCount === 1 ? "message" : "messages"}
      </h1>
      <p>
        From <strong>{result.fileName}</strong> using ‘{result.template.name}’.
        {result.template.templateType === "sms" ? ` ${check.smsParts.toLocaleString("en-US")} text message parts in all.` : ""} It should take {duration(result.estimatedSeconds)} to send them all.
      </p>
      {result.overDailyLimit ? (
        <Alert type="error" heading="You cannot send this file today">
          It has {check.rowCount.toLocaleString("en-US")} rows and your service can send {result.remainingToday.toLocaleString("en-US")} more messages today.
        </Alert>
      ) : null}
      {result.preview ? (
        <>
          <h2>Preview of the first message</h2>
          <MessagePreview preview={result.preview} recipient={check.rows[0]?.recipient} />
        </>
      ) : null}
      <Table
        caption={`The first ${firstRows.length} of ${check.rowCount.toLocaleString("en-US")} rows`}
        rows={firstRows}
        rowKey={(row) => String(row.rowNumber)}
        columns={[ROW_NUMBER, ...spreadsheetColumns(columns)]}
      />
      {result.overDailyLimit ? (
        <p>
          <Link className="usa-button" href={uploadAgain}>
            Upload a smaller file
          </Link>
        </p>
      ) : (
        <StartForm action={startJobAction.bind(null, serviceId, uploadId)} count={check.rowCount} scheduleOptions={scheduleSlots(new Date())} />
      )}
      <h2 className="margin-top-5">Send to these recipients again later</h2>
      <p>Save this file as a contact list to use it with your other {result.template.templateType === "sms" ? "text message" : "email"} templates. It is kept until your service’s data retention period ends.</p>
      <form action={saveContactListAction.bind(null, serviceId, uploadId)}>
        <button className="usa-button usa-button--outline" type="submit">
          Save as a contact list
        </button>
      </form>
    </div>
  );
}
