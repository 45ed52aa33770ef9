"use client";
import { ActionForm } from "@/components/auth/action-form";
import { Textarea } from "@/components/uswds/textarea";
import type { FormAction } from "./types";

export function RejectGoLiveForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} fieldOrder={["reason"]} submitLabel="Reject request">
      {({ error, value }) => <Textarea id="reason" label="Reason for rejecting" hint="Kept in the audit trail" rows={3} maxLength={1000} error={error("reason")} defaultValue={value("reason")} />}
    </ActionForm>
  );
}
