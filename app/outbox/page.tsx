import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Table } from "@/components/uswds/table";
import { listLocalOutbox } from "@/lib/services/operations/list-outbox";

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

// The local providers' outbox: every email and text message "sent" while no AWS provider is
// configured, so sign-in codes and invitations can be read on a laptop. 404 once AWS is set up.
export default async function OutboxPage() {
  const messages = await listLocalOutbox(50);
  if (!messages) notFound();
  return (
    <div className="grid-container">
      <h1>Local outbox</h1>
      <p className="usa-intro">
        Notify is using its local providers, so messages are not really sent. The 50 most recent appear here, newest first.
      </p>
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
                </>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
