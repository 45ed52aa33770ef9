"use client";
import { ActionForm } from "@/components/auth/action-form";
import { TextInput } from "@/components/uswds/text-input";
import type { FormAction } from "./types";

export function ServiceNameForm({ action, current }: { action: FormAction; current: string }) {
  return (
    <ActionForm action={action} fieldOrder={["name"]} submitLabel="Save">
      {({ error, value }) => (
        <TextInput
          id="name"
          label="Service name"
          hint="Your service name should tell people what the message is about as well as who it’s from. Your email sender name changes to match it."
          required
          maxLength={255}
          error={error("name")}
          defaultValue={value("name") ?? current}
        />
      )}
    </ActionForm>
  );
}
