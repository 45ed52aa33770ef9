// The readiness page's sections, rendered from what the service read (server components, no I/O),
// so they can be checked with sample AWS answers (readiness-sections.test.tsx).
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/uswds/alert";
import { Table } from "@/components/uswds/table";
import type { AwsCallFailure, Checked, EmailReadiness, SmsReadiness } from "@/lib/services/platform-admin/provider-readiness";
import type { FormAction } from "../../_components/types";
import { AddDestinationForm, VerifyDestinationForm } from "./provider-forms";

const count = (n: number | null) => (n === null ? "unknown" : n.toLocaleString("en-US"));
const yesNo = (value: boolean) => (value ? "Yes" : "No");

type Fact = { name: string; value: ReactNode };

function Facts({ caption, facts }: { caption: string; facts: Fact[] }) {
  return <Table caption={caption} rowKey={(fact) => fact.name} rows={facts} columns={[{ header: "Setting", isRowHeader: true, cell: (fact) => fact.name }, { header: "Value", cell: (fact) => fact.value }]} />;
}

function CallFailed({ failure }: { failure: AwsCallFailure }) {
  return (
    <Alert type="error" isSlim>
      Could not read this from AWS: {failure.call} failed with {failure.errorName}. Check the app&rsquo;s IAM policy (terraform/modules/iam), its AWS keys and AWS_REGION.
    </Alert>
  );
}

/** The value of a checked call, or the failure in its place. */
function checked<T>(result: Checked<T>, render: (value: T) => ReactNode): ReactNode {
  return result.ok ? render(result.value) : <CallFailed failure={result.failure} />;
}

function LocalProvider({ channel }: { channel: string }) {
  return (
    <p>
      {channel} use the local provider: nothing is sent to AWS. Messages are kept in the{" "}
      <Link className="usa-link" href="/outbox">
        outbox
      </Link>
      .
    </p>
  );
}

export function EmailSection({ email, fips }: { email: EmailReadiness; fips: boolean }) {
  if (email.provider === "local") return <LocalProvider channel="Emails" />;
  return (
    <>
      {checked(email.account, (account) => (
        <Facts
          caption="Amazon SES account"
          facts={[
            { name: "Region", value: `${email.region}${fips ? " (FIPS endpoints)" : ""}` },
            { name: "Configuration set", value: email.configurationSet ?? "None: set SES_CONFIGURATION_SET, or no delivery receipts arrive" },
            {
              name: "SES sandbox",
              value: account.productionAccessEnabled ? "Production access granted" : "In the sandbox: emails only go to verified addresses. Request production access (terraform/README.md, step 9)",
            },
            { name: "Sending", value: account.sendingEnabled ? "Enabled" : "Paused by AWS: check the account's reputation in the SES console" },
            { name: "Daily quota", value: `${count(account.max24HourSend)} emails in 24 hours (${count(account.sentLast24Hours)} sent in the last 24 hours)` },
            { name: "Maximum send rate", value: `${count(account.maxSendRate)} emails a second` },
          ]}
        />
      ))}
      <h3>Sending identities</h3>
      {checked(email.identities, (identities) => (
        <Table
          caption="Sending identities with their verification and DKIM status"
          isCaptionHidden
          rowKey={(identity) => identity.name}
          rows={identities}
          emptyText="There are no sending identities. Apply terraform (modules/ses) to create the domain identity."
          columns={[
            { header: "Identity", isRowHeader: true, cell: (identity) => identity.name },
            { header: "Type", cell: (identity) => (identity.type === "DOMAIN" ? "Domain" : "Email address") },
            { header: "Verified for sending", cell: (identity) => yesNo(identity.verifiedForSending) },
            { header: "DKIM", cell: (identity) => `${identity.dkimStatus.toLowerCase().replace(/_/g, " ")}${identity.dkimSigningEnabled ? ", signing" : ", not signing"}` },
          ]}
        />
      ))}
    </>
  );
}

export function SmsSection({ sms, addAction, verifyAction }: { sms: SmsReadiness; addAction: FormAction; verifyAction: FormAction }) {
  if (sms.provider === "local") return <LocalProvider channel="Text messages" />;
  const pending = sms.destinations.ok ? sms.destinations.value.filter((destination) => destination.status !== "VERIFIED") : [];
  return (
    <>
      {checked(sms.accountTier, (tier) => (
        <Facts
          caption="AWS End User Messaging SMS account"
          facts={[
            { name: "Provider", value: sms.provider === "sns" ? "Amazon SNS" : "End User Messaging SMS (Pinpoint SMS Voice v2)" },
            { name: "Region", value: sms.region },
            { name: "Configuration set", value: sms.configurationSet ?? "None: set SMS_CONFIGURATION_SET, or no delivery receipts arrive" },
            { name: "Default origination identity", value: sms.defaultOriginationIdentity ?? "None" },
            {
              name: "SMS sandbox",
              value: tier === "PRODUCTION" ? "Out of the sandbox" : "In the sandbox: texts only go to verified destination numbers (below). Ask AWS to leave it (terraform/README.md, step 11)",
            },
          ]}
        />
      ))}
      <h3>Spend limits</h3>
      {checked(sms.spendLimits, (limits) => (
        <Table
          caption="Monthly spend limits in US dollars"
          isCaptionHidden
          rowKey={(limit) => limit.name}
          rows={limits}
          columns={[
            { header: "Limit", isRowHeader: true, cell: (limit) => limit.name.toLowerCase().replace(/_/g, " ") },
            { header: "In force", cell: (limit) => `$${count(limit.enforcedLimit)}` },
            { header: "Most allowed", cell: (limit) => `$${count(limit.maxLimit)}` },
            { header: "Raised by you", cell: (limit) => yesNo(limit.overridden) },
          ]}
        />
      ))}
      <h3>Origination numbers</h3>
      {checked(sms.numbers, (numbers) => (
        <Table
          caption="Origination numbers with their type and messages per second"
          isCaptionHidden
          rowKey={(number) => number.phoneNumber}
          rows={numbers}
          emptyText="There are no origination numbers. Apply terraform (modules/sms) to request one."
          columns={[
            { header: "Number", isRowHeader: true, cell: (number) => number.phoneNumber },
            { header: "Type", cell: (number) => number.numberType.toLowerCase().replace(/_/g, " ") },
            { header: "Status", cell: (number) => number.status.toLowerCase() },
            { header: "Messages per second", cell: (number) => count(number.messagesPerSecond) },
            { header: "Two-way", cell: (number) => yesNo(number.twoWayEnabled) },
            { header: "Registration", cell: (number) => number.registrationId ?? "None" },
          ]}
        />
      ))}
      <h3>Sandbox destination numbers</h3>
      {checked(sms.destinations, (destinations) => (
        <Table
          caption="Verified destination numbers"
          isCaptionHidden
          rowKey={(destination) => destination.id}
          rows={destinations}
          emptyText="There are no destination numbers yet."
          columns={[
            { header: "Number", isRowHeader: true, cell: (destination) => destination.phoneNumber },
            { header: "Status", cell: (destination) => (destination.status === "VERIFIED" ? "Verified" : "Waiting for its code") },
          ]}
        />
      ))}
      <h4>Add a destination number</h4>
      <p>AWS texts the number a code. Enter it below to let the sandbox send to that number.</p>
      <AddDestinationForm action={addAction} />
      {pending.length > 0 ? (
        <>
          <h4>Enter a verification code</h4>
          <VerifyDestinationForm action={verifyAction} pending={pending} />
        </>
      ) : null}
    </>
  );
}
