"use client";
// Adding or editing a template: name, subject (emails), message. Text message templates get the
// live counter under the message box, and every template says what it is for (its category, which
// decides how soon its messages are delivered). Errors come back from the server action and keep the text.
import { useState } from "react";
import { ActionForm } from "@/components/auth/action-form";
import { classNames } from "@/components/uswds/field-a11y";
import { CheckboxGroup } from "@/components/uswds/checkbox-group";
import { controlProps, FieldFrame } from "@/components/uswds/field-parts";
import { RadioGroup } from "@/components/uswds/radio-group";
import { TextInput } from "@/components/uswds/text-input";
import { CATEGORY_DESCRIPTIONS, TEMPLATE_CATEGORIES, type TemplateCategory } from "@/lib/domain/templates/categories";
import { DELIVERY_ORDER_HINT } from "@/lib/domain/templates/delivery-order";
import type { FormState } from "@/lib/forms/form-state";
import { SmsCounter } from "./sms-counter";

/** `category` is empty for a new template, so the user has to choose one. */
export type TemplateFormValues = { name: string; subject: string; content: string; category?: TemplateCategory; hasUnsubscribeLink?: boolean };

const CATEGORY_OPTIONS = TEMPLATE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_DESCRIPTIONS[c].label, hint: CATEGORY_DESCRIPTIONS[c].hint }));

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
  const fieldOrder = channel === "email" ? ["name", "subject", "content", "category"] : ["name", "content", "category"];
  return (
    <ActionForm action={action} fieldOrder={fieldOrder} submitLabel={submitLabel}>
      {({ error, value }) => (
        <>
          {folderId ? <input type="hidden" name="folderId" value={folderId} /> : null}
          <TextInput id="name" label="Template name" hint="Your recipients will not see this" required error={error("name")} defaultValue={value("name") ?? initial.name} />
          {channel === "email" ? <TextInput id="subject" label="Subject line of the email" required error={error("subject")} defaultValue={value("subject") ?? initial.subject} /> : null}
          {/* Keyed by the submitted text so a failed submit shows exactly what was sent. */}
          <ContentField key={value("content") ?? "initial"} channel={channel} error={error("content")} initial={value("content") ?? initial.content} prefix={smsPrefix} />
          <RadioGroup
            id="category"
            label="What is this template for?"
            hint={DELIVERY_ORDER_HINT}
            required
            error={error("category")}
            options={CATEGORY_OPTIONS}
            defaultValue={value("category") ?? initial.category}
          />
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
