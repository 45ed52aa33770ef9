"use client";
import { ActionForm } from "@/components/auth/action-form";
import { CheckboxGroup } from "@/components/uswds/checkbox-group";
import { RequiredFieldsNote } from "@/components/uswds/required-fields-note";
import { TextInput } from "@/components/uswds/text-input";
import type { FormAction } from "./types";

export type SmsSenderFormValues = { smsSender: string; originationIdentity: string; messagesPerSecond: string };

/** Add or change a text message sender; the "default" box is left out when it is already the default. */
export function SmsSenderForm({ action, current, isDefault, submitLabel }: { action: FormAction; current?: SmsSenderFormValues; isDefault: boolean; submitLabel: string }) {
  return (
    <ActionForm action={action} fieldOrder={["smsSender", "originationIdentity", "messagesPerSecond", "isDefault"]} submitLabel={submitLabel}>
      {({ error, value }) => (
        <>
          <RequiredFieldsNote />
          <TextInput
            id="smsSender"
            label="Text message sender"
            hint="A phone number, like (202) 555-0104, or a short code or sender ID of 3 to 11 letters and numbers"
            required
            autoComplete="off"
            error={error("smsSender")}
            defaultValue={value("smsSender") ?? current?.smsSender}
          />
          <TextInput
            id="originationIdentity"
            label="AWS origination identity"
            hint="The phone number ID or ARN that sends these messages, like phone-0123456789abcdef0123456789abcdef"
            autoComplete="off"
            spellCheck={false}
            error={error("originationIdentity")}
            defaultValue={value("originationIdentity") ?? current?.originationIdentity}
          />
          <TextInput
            id="messagesPerSecond"
            label="Messages per second"
            hint="How many messages a second this number may send (AWS sets this per number). Leave blank for the provider default."
            inputMode="numeric"
            width="sm"
            error={error("messagesPerSecond")}
            defaultValue={value("messagesPerSecond") ?? current?.messagesPerSecond}
          />
          {isDefault ? null : (
            <CheckboxGroup
              id="isDefault"
              label="Default sender"
              error={error("isDefault")}
              defaultValue={value("isDefault") === "yes" ? ["yes"] : []}
              options={[{ value: "yes", label: "Make this the default text message sender" }]}
            />
          )}
        </>
      )}
    </ActionForm>
  );
}
