"use client";
// The one-off send journey on one URL: recipient → one question per placeholder → check and send.
// Values collected so far ride along as hidden fields; the server action checks each step and
// everything again on send. Works without JavaScript (the action re-renders the page).
import { useActionState } from "react";
import { MessagePreview } from "@/components/templates/message-preview";
import { Alert } from "@/components/uswds/alert";
import { ErrorSummary } from "@/components/uswds/error-summary";
import { Select } from "@/components/uswds/select";
import { TextInput } from "@/components/uswds/text-input";
import { initialOneOffState, type OneOffState } from "./state";

type Props = {
  action: (state: OneOffState, formData: FormData) => Promise<OneOffState>;
  channel: "sms" | "email";
  placeholders: { key: string; name: string }[];
  hasOwnRecipient: boolean;
  trialMode: boolean;
  scheduleOptions: { value: string; label: string }[];
};

function Hidden({ state, except }: { state: OneOffState; except?: string }) {
  return (
    <>
      <input type="hidden" name="stage" value={state.stage} />
      <input type="hidden" name="index" value={state.index} />
      {except === "recipient" ? null : <input type="hidden" name="recipient" value={state.recipient} />}
      {Object.entries(state.values).map(([key, value]) => (key === except ? null : <input key={key} type="hidden" name={`placeholder:${key}`} value={value} />))}
    </>
  );
}

function BackButton() {
  return (
    <button className="usa-button usa-button--unstyled margin-top-2" type="submit" name="intent" value="back" formNoValidate>
      Back
    </button>
  );
}

export function OneOffForm({ action, channel, placeholders, hasOwnRecipient, trialMode, scheduleOptions }: Props) {
  const [state, formAction] = useActionState(action, initialOneOffState);
  const errors = Object.entries(state.fieldErrors).map(([fieldId, message]) => ({ fieldId, message }));
  const summary = errors.length > 0 || state.formError ? <ErrorSummary errors={errors} description={state.formError} /> : null;
  const stepCount = placeholders.length + 2;

  if (state.stage === "check" && state.preview) {
    return (
      <>
        {summary}
        <h2 className="margin-top-0">Preview</h2>
        <p className="usa-hint">
          Step {stepCount} of {stepCount}
        </p>
        <MessagePreview preview={state.preview} recipient={state.recipient} />
        {state.chargeText ? <p>{state.chargeText}</p> : null}
        <form action={formAction} noValidate className="usa-form usa-form--large">
          <Hidden state={state} />
          <Select id="when" label="When should we send it?" required error={state.fieldErrors.when} options={[{ value: "now", label: "Now" }, ...scheduleOptions]} hint="You can schedule it up to 7 days ahead. Times are Eastern Time." />
          {state.formError ? null : (
            <button className="usa-button margin-top-3" type="submit" name="intent" value="send">
              Send {channel === "sms" ? "text message" : "email"}
            </button>
          )}
          <div>
            <BackButton />
          </div>
        </form>
      </>
    );
  }

  if (state.stage === "placeholder") {
    const placeholder = placeholders[state.index];
    if (!placeholder) return null;
    const id = `placeholder-${state.index}`;
    return (
      <>
        {summary}
        <p className="usa-hint">
          Step {state.index + 2} of {stepCount}
        </p>
        <form action={formAction} noValidate className="usa-form usa-form--large" key={`${state.stage}-${state.index}`}>
          <Hidden state={state} except={placeholder.key} />
          <TextInput id={id} name={`placeholder:${placeholder.key}`} label={placeholder.name} required error={state.fieldErrors[id]} defaultValue={state.values[placeholder.key] ?? ""} />
          <button className="usa-button" type="submit" name="intent" value="continue">
            Continue
          </button>
          <div>
            <BackButton />
          </div>
        </form>
      </>
    );
  }

  const label = channel === "sms" ? "Phone number" : "Email address";
  return (
    <>
      {summary}
      <p className="usa-hint">Step 1 of {stepCount}</p>
      {trialMode ? (
        <Alert type="info" isSlim className="margin-bottom-2">
          Your service is in trial mode. You can only send to yourself, members of your team and your guest list.
        </Alert>
      ) : null}
      <form action={formAction} noValidate className="usa-form usa-form--large" key="recipient">
        <Hidden state={state} except="recipient" />
        <TextInput
          id="recipient"
          label={label}
          required
          type={channel === "sms" ? "tel" : "email"}
          autoComplete="off"
          error={state.fieldErrors.recipient}
          defaultValue={state.recipient}
          hint={channel === "sms" ? "For example, (202) 555-0123 or +1 202 555 0123" : undefined}
        />
        <button className="usa-button" type="submit" name="intent" value="continue">
          Continue
        </button>
        {hasOwnRecipient ? (
          <div>
            <button className="usa-button usa-button--unstyled margin-top-2" type="submit" name="intent" value="use-mine">
              {channel === "sms" ? "Use my phone number" : "Use my email address"}
            </button>
          </div>
        ) : null}
      </form>
    </>
  );
}
