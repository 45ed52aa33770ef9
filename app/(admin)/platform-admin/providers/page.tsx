// Provider readiness (platform admins): the state of the AWS accounts this environment sends
// through, sandbox destination numbers, and test messages. Replaces the console click-steps.
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { NOTIFY_SERVICE_ID } from "@/lib/domain/platform-templates";
import { getProviderReadiness } from "@/lib/services/platform-admin/provider-readiness";
import { requirePlatformAdminPage } from "../_components/require-platform-admin-page";
import { TestEmailForm, TestSmsForm } from "./_components/provider-forms";
import { EmailSection, SmsSection } from "./_components/readiness-sections";
import { addSandboxDestinationAction, sendTestEmailAction, sendTestSmsAction, verifySandboxDestinationAction } from "./actions";

export const metadata: Metadata = { title: "Provider readiness" };
export const dynamic = "force-dynamic";

const DONE: Record<string, string> = {
  "destination-added": "Number added: AWS has texted it a verification code",
  "destination-verified": "Number verified: it can now receive texts from the sandbox",
  "test-email": "Test email queued",
  "test-sms": "Test text message queued",
};

export default async function ProviderReadinessPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePlatformAdminPage();
  const readiness = await getProviderReadiness({ actor });
  const { done, notification } = await searchParams;
  return (
    <div>
      {typeof done === "string" && DONE[done] ? (
        <Alert type="success" heading={DONE[done]}>
          {typeof notification === "string" && /^[0-9a-f-]{36}$/.test(notification) ? (
            <p className="margin-0">
              <Link className="usa-link" href={`/services/${NOTIFY_SERVICE_ID}/notification/${notification}`}>
                See the message and its status
              </Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      <h1>Provider readiness</h1>
      <p>What AWS says about the accounts this environment sends through, read when this page loads.</p>
      {readiness.localOutbox ? (
        <Alert type="info" heading="Local providers in use" headingLevel={2}>
          <p className="margin-0">
            Some messages are not sent to anyone: they go to the{" "}
            <Link className="usa-link" href="/outbox">
              outbox
            </Link>
            . Set EMAIL_PROVIDER and SMS_PROVIDER to use AWS.
          </p>
        </Alert>
      ) : null}

      <h2>Email</h2>
      <EmailSection email={readiness.email} fips={readiness.fipsEndpoints} />

      <h2>Text messages</h2>
      <SmsSection sms={readiness.sms} addAction={addSandboxDestinationAction} verifyAction={verifySandboxDestinationAction} />

      <h2>Send a test message</h2>
      <p>Sent by the Notify service through the normal sending path: stored, queued and delivered by the worker.</p>
      <h3>Test email</h3>
      <TestEmailForm action={sendTestEmailAction} />
      <h3>Test text message</h3>
      <TestSmsForm action={sendTestSmsAction} />
    </div>
  );
}
