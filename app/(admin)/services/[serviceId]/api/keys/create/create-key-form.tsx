"use client";
// Creating a key: name and type; on success the key is shown here once, with a copy button.
import Link from "next/link";
import { useActionState, useState } from "react";
import { FormErrorSummary } from "@/components/uswds/form-error-summary";
import { RadioGroup } from "@/components/uswds/radio-group";
import { TextInput } from "@/components/uswds/text-input";
import { fieldError, fieldValue, initialFormState, type FormState } from "@/lib/forms/form-state";

export function CreateKeyForm({ action, trialMode, keysHref }: { action: (state: FormState, formData: FormData) => Promise<FormState>; trialMode: boolean; keysHref: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [copied, setCopied] = useState(false);
  if (state.ok && state.message) {
    return (
      <>
        <h2>Copy your API key</h2>
        <p>This is the only time you will see it. Store it somewhere safe, like a password manager or your system’s secret store.</p>
        <p className="font-mono-sm bg-base-lightest padding-2 text-wrap" id="api-key" data-testid="api-key">
          {state.message}
        </p>
        <button
          className="usa-button usa-button--outline"
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(state.message ?? "").then(() => setCopied(true));
          }}
        >
          Copy API key to clipboard
        </button>
        <p aria-live="polite">{copied ? "Copied" : ""}</p>
        <p>
          <Link className="usa-button" href={keysHref}>
            Done
          </Link>
        </p>
      </>
    );
  }
  const options = [
    { value: "normal", label: "Live – sends to anyone", hint: trialMode ? "Not available while your service is in trial mode" : "Messages count towards your daily limit." },
    { value: "team", label: "Team and guest list – limits who you can send to", hint: "Sends only to members of your team and your guest list." },
    { value: "test", label: "Test – pretends to send messages", hint: "Nothing is sent; messages get realistic statuses." },
  ];
  return (
    <>
      <FormErrorSummary state={state} fieldOrder={["name", "keyType"]} />
      <form action={formAction} noValidate className="usa-form usa-form--large">
        <TextInput id="name" label="Name for this key" hint="For example, ‘Case management system’" required error={fieldError(state, "name")} defaultValue={fieldValue(state, "name")} />
        <RadioGroup id="keyType" label="Type of key" required options={options} error={fieldError(state, "keyType")} />
        <button className="usa-button" type="submit">
          Continue
        </button>
      </form>
    </>
  );
}
