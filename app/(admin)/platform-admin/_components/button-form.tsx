"use client";
import { ActionForm } from "@/components/auth/action-form";
import type { FormAction } from "./types";

/** A form that is only a button (approve, suspend, …); the action's errors show in the summary above it. */
export function ButtonForm({ action, submitLabel }: { action: FormAction; submitLabel: string }) {
  return (
    <ActionForm action={action} fieldOrder={[]} submitLabel={submitLabel}>
      {() => null}
    </ActionForm>
  );
}
