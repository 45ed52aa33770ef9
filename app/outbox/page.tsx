import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/uswds/alert";
import { Table } from "@/components/uswds/table";
import { SIMULATED_TEXT_LIMIT } from "@/lib/schemas/inbound";
import { getInboundSmsSimulator, type InboundSmsSimulator } from "@/lib/services/inbound/simulate-inbound-sms";
import { listLocalOutbox } from "@/lib/services/operations/list-outbox";
import { SimulateInboundForm } from "./_components/simulate-inbound-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Local outbox" };

const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g;

/** Shows message text with its web addresses as links (sign-in links, invitations). */
function Linkified({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="usa-link">
            {part}
          </a>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </>
  );
}

/** "Simulate a received text": the form, or what a service needs before it can receive one. */
function InboundSimulatorSection({ simulator }: { simulator: InboundSmsSimulator }) {
  const command = <code>npm run simulate-inbound-sms -- --give-number &lt;service ID&gt;</code>;
  return (
    <section aria-labelledby="simulate-heading" className="margin-bottom-5">
      <h2 id="simulate-heading">Simulate a received text</h2>
      <p>
        Texts people send to a service’s number come from AWS, which Notify is not using. Make one up here: it is stored and sent to the service’s received text callback the
        same way as a real one.
      </p>
      {simulator.numbers.length > 0 ? (
        <SimulateInboundForm numbers={simulator.numbers} messageLimit={SIMULATED_TEXT_LIMIT} />
      ) : (
        <p>
          No service can receive text messages yet. A service needs its own number and permission to receive text messages. In Notify a platform admin gives a service its
          number, which this portal can’t do yet. On this computer, run {command}. The service ID is in the service’s address in the portal, after /services/.
        </p>
      )}
      {simulator.blocked.length > 0 ? (
        <>
          <p>These numbers belong to services that can’t receive text messages yet (they need permission to). The same command turns it on for a service.</p>
          <ul className="usa-list">
            {simulator.blocked.map((n) => (
              <li key={n.number}>
                {n.number} ({n.serviceName}, service ID {n.serviceId})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

// The local providers' outbox: every email and text message "sent" while no AWS provider is
// configured, so sign-in codes and invitations can be read on a laptop. 404 once AWS is set up.
// With the local SMS provider it can also simulate a text received on a service's number.
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const messages = await listLocalOutbox(50);
  if (!messages) notFound();
  const simulator = await getInboundSmsSimulator();
  const { simulated } = await searchParams;
  return (
    <div className="grid-container">
      {simulated && simulator ? (
        <Alert type="success" heading="Received text simulated" className="margin-top-4">
          The worker stores it within a few seconds. Then it is in the service’s received text messages (GET /v2/received-text-messages) and counted on its dashboard, and
          it is sent to the service’s received text callback if it has one.
        </Alert>
      ) : null}
      <h1>Local outbox</h1>
      <p className="usa-intro">Notify is using its local providers, so messages are not really sent: the 50 most recent appear here, newest first.</p>
      {simulator ? <InboundSimulatorSection simulator={simulator} /> : null}
      <h2>Sent messages</h2>
      {messages.length === 0 ? (
        <p>No messages have been sent yet.</p>
      ) : (
        <Table
          caption="Messages sent through the local providers"
          rows={messages}
          rowKey={(message) => message.id}
          columns={[
            {
              header: "Sent",
              cell: (message) => <time dateTime={message.createdAt.toISOString()}>{message.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>,
            },
            { header: "Type", cell: (message) => (message.channel === "sms" ? "Text message" : "Email") },
            { header: "To", cell: (message) => message.to },
            {
              header: "Message",
              className: "outbox-message",
              cell: (message) => (
                <>
                  {message.subject ? <p className="text-bold margin-top-0">{message.subject}</p> : null}
                  <p className="margin-0 outbox-body">
                    <Linkified text={message.body} />
                  </p>
                  {message.listUnsubscribe ? <p className="margin-bottom-0 font-mono-xs">List-Unsubscribe: {message.listUnsubscribe}</p> : null}
                  {message.channel === "email" ? (
                    <p className="margin-bottom-0">
                      <Link className="usa-link" href={`/outbox/${message.id}`}>
                        View the HTML email<span className="usa-sr-only"> to {message.to}</span>
                      </Link>
                    </p>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
