"use client";
import { ActionForm } from "@/components/auth/action-form";
import { RadioGroup } from "@/components/uswds/radio-group";
import { REPORT_DOWNLOADS, REPORT_DOWNLOADS_LABELS, type ReportDownloads } from "@/lib/domain/reports/aggregate-report";
import type { FormAction } from "./types";

/** "Reports your team can download": with recipients, or counts only. */
export function ReportDownloadsForm({ action, value }: { action: FormAction; value: ReportDownloads }) {
  return (
    <ActionForm action={action} fieldOrder={["reportDownloads"]} submitLabel="Save">
      {({ error }) => (
        <RadioGroup
          id="reportDownloads"
          label="Reports your team can download"
          hint="With counts only, every member gets counts by day, template, job and status, and no report lists a phone number or an email address."
          required
          error={error("reportDownloads")}
          defaultValue={value}
          options={REPORT_DOWNLOADS.map((v) => ({ value: v, label: REPORT_DOWNLOADS_LABELS[v] }))}
        />
      )}
    </ActionForm>
  );
}
