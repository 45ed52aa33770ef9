import type { Metadata } from "next";
import { Alert } from "@/components/uswds/alert";
import { requireServicePage } from "@/lib/auth/session";
import { getGoLiveStatus } from "@/lib/services/settings/go-live";
import { GoLiveForm } from "../_components/go-live-form";
import { SettingsPage } from "../_components/settings-page";
import { requestToGoLiveAction } from "../actions";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Request to go live" };

export default async function RequestToGoLivePage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const { user } = await requireServicePage(serviceId, "manage_service");
  const goLive = await orNotFound(getGoLiveStatus({ actor: user, serviceId }), HIDDEN);
  const fixAt: Record<string, string> = {
    templates: `/services/${serviceId}/templates`,
    team: `/services/${serviceId}/team/invite`,
    "reply-to": `/services/${serviceId}/service-settings/reply-to/add`,
  };
  return (
    <SettingsPage title="Request to go live" back={`/services/${serviceId}/service-settings`}>
      {goLive.status === "live" ? (
        <Alert type="info" heading="Your service is already live" />
      ) : goLive.status === "requested" ? (
        <Alert type="info" heading="Your request to go live is being reviewed">
          We’ll let you know when your service is live.
        </Alert>
      ) : (
        <>
          <p>When your service is live you can send messages to anyone. Before you ask, you need to:</p>
          <GoLiveForm action={requestToGoLiveAction.bind(null, serviceId)} checklist={goLive.checklist.map((item) => ({ id: item.id, label: item.label, isDone: item.isDone, href: fixAt[item.id] ?? "#" }))} />
        </>
      )}
    </SettingsPage>
  );
}
