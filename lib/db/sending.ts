// Everything a send needs to know, in one round trip: the service (trial/live, channels, limits,
// prefix, default sender and reply-to) and the template, scoped to that service. Plain SQL on the
// shared pool, and kept in memory between changes: this runs on every API send.
import type { ServiceProfile } from "./services";
import type { TemplateRow } from "./templates";
import { getPool } from "./pool";
import type { TemplateCategory } from "../domain/templates/categories";
import type { Lane } from "../jobs/lanes";
import { serviceCache } from "./service-changes";

type Row = {
  id: string;
  name: string;
  restricted: boolean;
  active: boolean;
  prefix_sms: boolean;
  email_from: string;
  sms_message_limit: number;
  email_message_limit: number;
  channels: string[];
  default_sms_sender: string | null;
  default_reply_to: string | null;
  has_contact_link: boolean;
  t_id: string | null;
  t_name: string;
  t_type: "sms" | "email";
  t_subject: string | null;
  t_content: string;
  t_version: number;
  t_archived: boolean;
  t_folder_id: string | null;
  t_category: TemplateCategory;
  t_lane_override: Lane | null;
  t_created_at: Date;
  t_updated_at: Date;
};

export type SendingContext = {
  profile: ServiceProfile;
  template: TemplateRow | null;
  /** Whether the service has contact details for its file download page (needed to send files by email). */
  canSendFiles: boolean;
};

// Kept in memory while database triggers' change notices are being heard (lib/db/service-changes.ts),
// so a busy API client costs no read per send; any change to the service or its templates drops it.
const contexts = serviceCache<Readonly<SendingContext>>("notifySendingContexts", { liveMs: 60_000 });

/** The service and the template (this service's, or null), read-only. Concurrent callers share one read. */
export async function findSendingContext(serviceId: string, templateId: string): Promise<Readonly<SendingContext> | null> {
  return contexts.get(serviceId, `${serviceId}/${templateId}`, async () => {
    const context = await readSendingContext(serviceId, templateId);
    return context && Object.freeze(context);
  });
}

async function readSendingContext(serviceId: string, templateId: string): Promise<SendingContext | null> {
  const { rows } = await getPool().query<Row>(
    `SELECT s.id, s.name, s.restricted, s.active, s.prefix_sms, s.email_from, s.sms_message_limit, s.email_message_limit,
       ARRAY(SELECT permission::text FROM service_permissions WHERE service_id = s.id) AS channels,
       (SELECT sms_sender FROM service_sms_senders WHERE service_id = s.id AND is_default AND NOT archived LIMIT 1) AS default_sms_sender,
       (SELECT email_address FROM service_email_reply_to WHERE service_id = s.id AND is_default AND NOT archived LIMIT 1) AS default_reply_to,
       (s.contact_link IS NOT NULL AND s.contact_link <> '') AS has_contact_link,
       t.id AS t_id, t.name AS t_name, t.template_type::text AS t_type, t.subject AS t_subject, t.content AS t_content, t.version AS t_version,
       t.archived AS t_archived, t.folder_id AS t_folder_id, t.category::text AS t_category, t.lane_override::text AS t_lane_override, t.created_at AS t_created_at, t.updated_at AS t_updated_at
     FROM services s LEFT JOIN templates t ON t.id = $2::uuid AND t.service_id = s.id AND NOT t.hidden
     WHERE s.id = $1::uuid`,
    [serviceId, templateId],
  );
  const row = rows[0];
  if (!row) return null;
  const profile: ServiceProfile = {
    id: row.id,
    name: row.name,
    restricted: row.restricted,
    active: row.active,
    prefixSms: row.prefix_sms,
    emailFrom: row.email_from,
    channels: row.channels as ServiceProfile["channels"],
    smsMessageLimit: row.sms_message_limit,
    emailMessageLimit: row.email_message_limit,
    defaultSmsSender: row.default_sms_sender,
    defaultReplyTo: row.default_reply_to,
  };
  const template: TemplateRow | null = row.t_id
    ? {
        id: row.t_id,
        serviceId: row.id,
        name: row.t_name,
        templateType: row.t_type,
        subject: row.t_subject,
        content: row.t_content,
        version: row.t_version,
        folderId: row.t_folder_id,
        archived: row.t_archived,
        category: row.t_category,
        laneOverride: row.t_lane_override,
        createdAt: row.t_created_at,
        updatedAt: row.t_updated_at,
      }
    : null;
  return { profile, template, canSendFiles: row.has_contact_link };
}
