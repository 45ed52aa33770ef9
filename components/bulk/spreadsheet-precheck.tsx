"use client";
// Instant feedback on the upload page: when a file is chosen, the browser reads it with the same
// whole-file rules and words as the server (lib/domain/csv/check-file: file type and size, too many
// rows, missing columns) and says what it found. It never blocks the upload: the server's check on
// the next page decides. Without JavaScript nothing renders and the form works as before.
import { useEffect, useState } from "react";
import { Alert } from "@/components/uswds/alert";
import { precheckSpreadsheet, uploadFileError, type TemplateForCheck } from "@/lib/domain/csv/check-file";

type Finding = { kind: "problem"; heading: string; body: string } | { kind: "ok"; text: string } | { kind: "reading" } | null;

export function SpreadsheetPrecheck({ inputId, template }: { inputId: string; template: TemplateForCheck }) {
  const [finding, setFinding] = useState<Finding>(null);

  useEffect(() => {
    const input = document.getElementById(inputId);
    if (!(input instanceof HTMLInputElement)) return;
    let latest = 0;
    const onChange = async () => {
      const run = (latest += 1);
      const file = input.files?.[0];
      if (!file) return setFinding(null);
      const problem = uploadFileError(file.name, file.size);
      if (problem) return setFinding({ kind: "problem", heading: "There’s a problem with your file", body: problem });
      setFinding({ kind: "reading" });
      const result = precheckSpreadsheet(new Uint8Array(await file.arrayBuffer()), { fileName: file.name, template });
      if (run !== latest) return;
      if (!result.ok) return setFinding({ kind: "problem", heading: result.fileError.heading, body: result.fileError.body });
      setFinding({ kind: "ok", text: `${file.name} has ${result.rowCount.toLocaleString("en-US")} ${result.rowCount === 1 ? "row" : "rows"} and the columns this template needs. Upload it to check every row.` });
    };
    const listener = () => void onChange();
    input.addEventListener("change", listener);
    return () => input.removeEventListener("change", listener);
  }, [inputId, template]);

  return (
    <div aria-live="polite" data-testid="spreadsheet-precheck" className="margin-top-2">
      {finding?.kind === "problem" ? (
        <Alert type="warning" isSlim>
          <strong>{finding.heading}</strong>
          <br />
          {finding.body}
        </Alert>
      ) : finding?.kind === "ok" ? (
        <p className="text-success-darker">{finding.text}</p>
      ) : finding?.kind === "reading" ? (
        <p>Reading your file…</p>
      ) : null}
    </div>
  );
}
