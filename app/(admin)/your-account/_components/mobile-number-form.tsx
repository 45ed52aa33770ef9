"use client";
import { ActionForm } from "@/components/auth/action-form";
import { TextInput } from "@/components/uswds/text-input";
import { changeMobileNumberAction } from "../actions";

export function MobileNumberForm() {
  return (
    <ActionForm action={changeMobileNumberAction} fieldOrder={["mobileNumber", "password"]} submitLabel="Continue">
      {({ error, value }) => (
        <>
          <TextInput id="mobileNumber" label="New mobile number" hint="We’ll text a code to this number to check it. For example, 202-555-0123" type="tel" autoComplete="tel" required error={error("mobileNumber")} defaultValue={value("mobileNumber")} />
          <TextInput id="password" label="Your password" type="password" autoComplete="current-password" required error={error("password")} />
        </>
      )}
    </ActionForm>
  );
}
