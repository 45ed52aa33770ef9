// What each audit event means, in words a service manager reads on the audit trail page.

const LABELS: Record<string, string> = {
  "service-created": "Created the service",
  "service-name-changed": "Changed the service name",
  "service-email-from-changed": "Changed the email sender name",
  "service-sms-prefix-changed": "Changed the text message prefix",
  "service-international-sms-changed": "Changed international text messages",
  "service-data-retention-changed": "Changed how long messages are kept",
  "service-limits-changed": "Changed the daily limits",
  "sms-sender-added": "Added a text message sender",
  "sms-sender-changed": "Changed a text message sender",
  "sms-sender-deleted": "Deleted a text message sender",
  "email-reply-to-added": "Added a reply-to address",
  "email-reply-to-changed": "Changed a reply-to address",
  "email-reply-to-deleted": "Deleted a reply-to address",
  "guest-list-changed": "Changed the guest list",
  "go-live-requested": "Asked to go live",
  "go-live-approved": "Made the service live",
  "go-live-rejected": "Turned down the request to go live",
  "invite-sent": "Invited a team member",
  "invite-cancelled": "Cancelled an invitation",
  "invite-accepted": "Accepted an invitation",
  "team-member-permissions-changed": "Changed a team member’s permissions",
  "team-member-removed": "Removed a team member",
  "template-created": "Created a template",
  "template-updated": "Changed a template",
  "template-archived": "Deleted a template",
  "template-folder-created": "Created a template folder",
  "one-off-sent": "Sent a message",
  "one-off-scheduled": "Scheduled a message",
  "spreadsheet-uploaded": "Uploaded a spreadsheet",
  "job-started": "Started sending a spreadsheet",
  "job-scheduled": "Scheduled a spreadsheet",
  "job-cancelled": "Cancelled a spreadsheet",
  "contact-list-saved": "Saved a contact list",
  "contact-list-deleted": "Deleted a contact list",
  "api-key-created": "Created an API key",
  "api-key-revoked": "Revoked an API key",
};

export function auditEventLabel(eventType: string): string {
  return LABELS[eventType] ?? eventType.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
}
