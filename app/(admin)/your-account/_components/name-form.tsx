"use client";
import { ActionForm } from "@/components/auth/action-form";
import { TextInput } from "@/components/uswds/text-input";
import { changeNameAction } from "../actions";

export function NameForm({ current }: { current: string }) {
  return (
    <ActionForm action={changeNameAction} fieldOrder={["name"]} submitLabel="Save">
      {({ error, value }) => <TextInput id="name" label="Full name" autoComplete="name" required error={error("name")} defaultValue={value("name") ?? current} />}
    </ActionForm>
  );
}
