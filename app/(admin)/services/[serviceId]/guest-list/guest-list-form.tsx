"use client";
import { ActionForm } from "@/components/auth/action-form";
import { Fieldset } from "@/components/uswds/fieldset";
import { TextInput } from "@/components/uswds/text-input";
import type { FormState } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  current: { emailAddresses: string[]; phoneNumbers: string[] };
  emailSlots: number;
  phoneSlots: number;
};

/** Fixed slots: 5 email addresses and 5 phone numbers, all optional. */
export function GuestListForm({ action, current, emailSlots, phoneSlots }: Props) {
  const emailIds = Array.from({ length: emailSlots }, (_, i) => `emailAddresses-${i}`);
  const phoneIds = Array.from({ length: phoneSlots }, (_, i) => `phoneNumbers-${i}`);
  return (
    <ActionForm action={action} fieldOrder={[...emailIds, ...phoneIds]} submitLabel="Save">
      {({ error, value }) => (
        <>
          <Fieldset id="guest-list-emails" legend="Email addresses" isLegendLarge>
            {emailIds.map((id, i) => (
              <TextInput key={id} id={id} label={`Email address ${i + 1}`} type="email" autoComplete="off" spellCheck={false} error={error(id)} defaultValue={value(id) ?? current.emailAddresses[i] ?? ""} />
            ))}
          </Fieldset>
          <Fieldset id="guest-list-phones" legend="Mobile numbers" isLegendLarge>
            {phoneIds.map((id, i) => (
              <TextInput key={id} id={id} label={`Mobile number ${i + 1}`} type="tel" autoComplete="off" error={error(id)} defaultValue={value(id) ?? current.phoneNumbers[i] ?? ""} />
            ))}
          </Fieldset>
        </>
      )}
    </ActionForm>
  );
}
