import type { Metadata } from "next";
import { orNotFound } from "@/app/_lib/expected-errors";
import { BackLink } from "@/components/uswds/back-link";
import { requireServicePage } from "@/lib/auth/session";
import { scheduleSlots } from "@/lib/domain/notifications/schedule";
import { APP_ERROR_CODES } from "@/lib/errors";
import { getOneOffContext } from "@/lib/services/notifications/send-one-off";
import { oneOffAction } from "./actions";
import { OneOffForm } from "./one-off-form";

export const metadata: Metadata = { title: "Send a message" };

export default async function Page({ params }: { params: Promise<{ serviceId: string; templateId: string }> }) {
  const { serviceId, templateId } = await params;
  const { user } = await requireServicePage(serviceId, "send_messages");
  const context = await orNotFound(getOneOffContext({ actor: user, serviceId, templateId }), APP_ERROR_CODES);
  return (
    <div>
      <BackLink href={`/services/${serviceId}/templates/${templateId}`}>{`Back to ${context.template.name}`}</BackLink>
      <h1 className="margin-top-0">Send ‘{context.template.name}’</h1>
      <OneOffForm
        action={oneOffAction.bind(null, serviceId, templateId)}
        channel={context.channel}
        placeholders={context.placeholders.map((p) => ({ key: p.key, name: p.name }))}
        hasOwnRecipient={context.ownRecipient !== null}
        trialMode={context.profile.restricted}
        scheduleOptions={scheduleSlots(new Date())}
      />
    </div>
  );
}
