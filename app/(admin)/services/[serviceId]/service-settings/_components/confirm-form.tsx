"use client";
import { ActionForm } from "@/components/auth/action-form";
import type { FormAction } from "./types";

/** A form with only a button (a confirmed delete): errors from the action show in the summary above it. */
export function ConfirmForm({ action, submitLabel }: { action: FormAction; submitLabel: string }) {
  return (
    <ActionForm action={action} fieldOrder={[]} submitLabel={submitLabel}>
      {() => null}
    </ActionForm>
  );
}
