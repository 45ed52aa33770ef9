"use client";
import { ActionForm } from "@/components/auth/action-form";
import { RequiredFieldsNote } from "@/components/uswds/required-fields-note";
import { Select } from "@/components/uswds/select";
import { TextInput } from "@/components/uswds/text-input";
import { Textarea } from "@/components/uswds/textarea";
import { simulateInboundSmsAction } from "../actions";

export type SimulatorOption = { number: string; serviceName: string };

/** `messageLimit` comes from the page (lib/schemas/inbound.ts), so the phone rules stay out of the browser bundle. */
export function SimulateInboundForm({ numbers, messageLimit }: { numbers: readonly SimulatorOption[]; messageLimit: number }) {
  return (
    <ActionForm action={simulateInboundSmsAction} fieldOrder={["to", "from", "message"]} submitLabel="Simulate received text">
      {({ error, value }) => (
        <>
          <RequiredFieldsNote />
          <Select
            id="to"
            label="Sent to"
            hint="The service’s number the text was sent to"
            required
            error={error("to")}
            defaultValue={value("to") ?? (numbers.length === 1 ? numbers[0]?.number : undefined)}
            placeholderOption={numbers.length === 1 ? undefined : "- Select -"}
            options={numbers.map((n) => ({ value: n.number, label: `${n.number} (${n.serviceName})` }))}
          />
          <TextInput
            id="from"
            label="Sent from"
            hint="The sender’s phone number: a US number like 202-555-0123, or an international number starting with + and the country code, like +44 7700 900123"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            required
            error={error("from")}
            defaultValue={value("from")}
            width="md"
          />
          <Textarea
            id="message"
            label="Message"
            hint={`Up to ${messageLimit.toLocaleString("en-US")} characters`}
            required
            rows={4}
            error={error("message")}
            defaultValue={value("message")}
          />
        </>
      )}
    </ActionForm>
  );
}
