"use client";
// Adding or editing a template: name, subject (emails), message. Text message templates get the
// live counter under the message box. Errors come back from the server action and keep the text.
import { useState } from "react";
import { ActionForm } from "@/components/auth/action-form";
import { classNames } from "@/components/uswds/field-a11y";
import { CheckboxGroup } from "@/components/uswds/checkbox-group";
import { controlProps, FieldFrame } from "@/components/uswds/field-parts";
import { TextInput } from "@/components/uswds/text-input";
import type { FormState } from "@/lib/forms/form-state";
import { SmsCounter } from "./sms-counter";

export type TemplateFormValues = { name: string; subject: string; content: string; hasUnsubscribeLink?: boolean };

const CONTENT_HINTS = {
  sms: "Use double brackets to add personalization, like ((first name)).",
  email: "Use double brackets to add personalization, like ((first name)). Use # for a heading, * for a bullet and --- for a horizontal line.",
} as const;

function ContentField({ channel, error, initial, prefix }: { channel: "sms" | "email"; error?: string; initial: string; prefix: string | null }) {
  const [content, setContent] = useState(initial);
  const field = { id: "content", label: "Message", hint: CONTENT_HINTS[channel], error, required: true };
  const props = controlProps(field);
  const counterId = "content-counter";
  return (
    <FieldFrame field={field}>
      <textarea
        {...props}
        aria-describedby={channel === "sms" ? [props["aria-describedby"], counterId].filter(Boolean).join(" ") : props["aria-describedby"]}
        className={classNames("usa-textarea", "height-card-lg", error && "usa-input--error")}
        value={content}
        onChange={(event) => setContent(event.target.value)}
        spellCheck
      />
      {channel === "sms" ? <SmsCounter id={counterId} content={content} prefix={prefix} /> : null}
    </FieldFrame>
  );
}

export function TemplateForm({
  action,
  channel,
  initial,
  smsPrefix,
  folderId,
  submitLabel = "Save",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  channel: "sms" | "email";
  initial: TemplateFormValues;
  smsPrefix: string | null;
  folderId?: string | null;
  submitLabel?: string;
}) {
  const fieldOrder = channel === "email" ? ["name", "subject", "content"] : ["name", "content"];
  return (
    <ActionForm action={action} fieldOrder={fieldOrder} submitLabel={submitLabel}>
      {({ error, value }) => (
        <>
          {folderId ? <input type="hidden" name="folderId" value={folderId} /> : null}
          <TextInput id="name" label="Template name" hint="Your recipients will not see this" required error={error("name")} defaultValue={value("name") ?? initial.name} />
          {channel === "email" ? <TextInput id="subject" label="Subject line of the email" required error={error("subject")} defaultValue={value("subject") ?? initial.subject} /> : null}
          {/* Keyed by the submitted text so a failed submit shows exactly what was sent. */}
          <ContentField key={value("content") ?? "initial"} channel={channel} error={error("content")} initial={value("content") ?? initial.content} prefix={smsPrefix} />
          {channel === "email" ? (
            <CheckboxGroup
              id="hasUnsubscribeLink"
              label="Unsubscribe link (optional)"
              hint="For newsletters and other emails people sign up to. Not for emails people need, like password resets or appointment reminders."
              error={error("hasUnsubscribeLink")}
              options={[{ value: "yes", label: "Add an unsubscribe link", hint: "Each email gets a link to unsubscribe, in the email and in its headers. You download the requests from your dashboard." }]}
              defaultValue={(value("hasUnsubscribeLink") ?? (initial.hasUnsubscribeLink ? "yes" : "")) === "yes" ? ["yes"] : []}
            />
          ) : null}
        </>
      )}
    </ActionForm>
  );
}
