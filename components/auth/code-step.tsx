// The second step of signing in and of verifying a new account's mobile number: a code was sent,
// enter it here, or ask for a new one.
import { Alert } from "@/components/uswds/alert";
import type { FormState } from "@/lib/forms/form-state";
import { CodeForm } from "./code-form";

export function CodeStep({
  heading,
  intro,
  isResent,
  verifyAction,
  resendAction,
  resendLabel,
}: {
  heading: string;
  intro: string;
  isResent: boolean;
  verifyAction: (state: FormState, formData: FormData) => Promise<FormState>;
  resendAction: () => Promise<void>;
  resendLabel: string;
}) {
  return (
    <div className="grid-container margin-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          {isResent ? <Alert type="success" heading="We’ve sent you a new code" /> : null}
          <h1>{heading}</h1>
          <p>{intro}</p>
          <CodeForm action={verifyAction} />
          <form action={resendAction}>
            <button className="usa-button usa-button--unstyled" type="submit">
              {resendLabel}
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}
