"use client";
import { ActionForm } from "@/components/auth/action-form";
import { RadioGroup } from "@/components/uswds/radio-group";
import { TextInput } from "@/components/uswds/text-input";
import { changeSecurityCodeMethodAction } from "../actions";

export function SecurityCodeMethodForm({ current }: { current: "sms" | "email" }) {
  return (
    <ActionForm action={changeSecurityCodeMethodAction} fieldOrder={["method", "password"]} submitLabel="Save">
      {({ error, value }) => (
        <>
          <RadioGroup
            id="method"
            label="How do you want to get security codes?"
            required
            error={error("method")}
            defaultValue={value("method") ?? current}
            options={[
              { value: "sms", label: "Text message", hint: "We’ll text a code to your mobile number" },
              { value: "email", label: "Email", hint: "We’ll email a code to your email address" },
            ]}
          />
          <TextInput id="password" label="Your password" hint="To keep your account safe, enter your password to make this change" type="password" autoComplete="current-password" required error={error("password")} />
        </>
      )}
    </ActionForm>
  );
}
