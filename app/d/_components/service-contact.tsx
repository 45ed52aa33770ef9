import { filesContactKind } from "@/lib/domain/documents/contact";

/** How to reach the service that sent a file: its web page, email address or phone number. */
export function ServiceContact({ serviceName, contact }: { serviceName: string; contact: string | null }) {
  if (!contact) return null;
  const kind = filesContactKind(contact);
  const target = kind === "url" ? <a className="usa-link" href={contact} rel="noreferrer">{contact}</a> : kind === "email" ? <a className="usa-link" href={`mailto:${contact}`}>{contact}</a> : <span>{contact}</span>;
  return (
    <>
      <h2>If you have a problem with this file</h2>
      <p>
        Contact {serviceName}: {target}
      </p>
    </>
  );
}
