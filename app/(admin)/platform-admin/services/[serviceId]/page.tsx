import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { BackLink } from "@/components/uswds/back-link";
import { CATEGORY_DESCRIPTIONS } from "@/lib/domain/templates/categories";
import { LANE_DESCRIPTIONS } from "@/lib/domain/templates/delivery-order";
import { getServiceForPlatformAdmin } from "@/lib/services/platform-admin/services";
import { listTemplateLaneOverrides } from "@/lib/services/platform-admin/template-lanes";
import { ButtonForm } from "../../_components/button-form";
import { DailyLimitsForm } from "../../_components/daily-limits-form";
import { RejectGoLiveForm } from "../../_components/reject-go-live-form";
import { requirePlatformAdminPage } from "../../_components/require-platform-admin-page";
import { approveGoLiveAction, changeDailyLimitsAction, rejectGoLiveAction, resumeServiceAction, suspendServiceAction } from "../../actions";
import { HIDDEN, orNotFound } from "@/app/_lib/expected-errors";

export const metadata: Metadata = { title: "Service – Platform admin" };

const DONE: Record<string, string> = {
  approved: "The service is now live",
  rejected: "The request to go live has been rejected",
  limits: "Daily limits saved",
  suspended: "The service has been suspended",
  resumed: "The service has been resumed",
};

const day = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export default async function PlatformAdminServicePage({ params, searchParams }: { params: Promise<{ serviceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePlatformAdminPage();
  const { serviceId } = await params;
  const service = await orNotFound(getServiceForPlatformAdmin({ actor, serviceId }), HIDDEN);
  const laneOverrides = await listTemplateLaneOverrides({ actor, serviceId: service.id });
  const done = (await searchParams).done;
  return (
    <div>
      <BackLink href="/platform-admin">Back to all services</BackLink>
      {typeof done === "string" && DONE[done] ? <Alert type="success" heading={DONE[done]} /> : null}
      <h1 className="margin-top-0">{service.name}</h1>
      <ul className="usa-list">
        <li>Status: {service.restricted ? "Trial mode" : `Live${service.goLiveAt ? ` since ${day(service.goLiveAt)}` : ""}`}</li>
        <li>{service.active ? "Active" : `Suspended${service.suspendedAt ? ` since ${day(service.suspendedAt)}` : ""}`}</li>
        <li>
          <Link className="usa-link" href={`/services/${service.id}`}>
            Open the service
          </Link>
        </li>
      </ul>

      <h2>Going live</h2>
      {service.restricted ? (
        <>
          {service.goLiveRequestedAt ? (
            <p>
              {service.goLiveRequestedBy ? `${service.goLiveRequestedBy.name} (${service.goLiveRequestedBy.emailAddress})` : "A team member"} asked for this service to go live on{" "}
              {day(service.goLiveRequestedAt)}.
            </p>
          ) : (
            <p>This service has not asked to go live.</p>
          )}
          <p>Making it live lets it send to anyone and sets its daily limits to 250,000 text messages and 250,000 emails.</p>
          <ButtonForm action={approveGoLiveAction.bind(null, service.id)} submitLabel="Make this service live" />
          {service.goLiveRequestedAt ? (
            <>
              <h3>Reject the request</h3>
              <RejectGoLiveForm action={rejectGoLiveAction.bind(null, service.id)} />
            </>
          ) : null}
        </>
      ) : (
        <p>This service is live.</p>
      )}

      <h2>Daily limits</h2>
      <DailyLimitsForm
        action={changeDailyLimitsAction.bind(null, service.id)}
        current={{
          smsMessageLimit: service.smsMessageLimit,
          emailMessageLimit: service.emailMessageLimit,
          internationalSmsMessageLimit: service.internationalSmsMessageLimit,
          totalMessageLimit: service.totalMessageLimit,
        }}
      />

      <h2>Delivery lanes</h2>
      {laneOverrides.length === 0 ? (
        <p>Every template’s messages are delivered from the lane its category gives.</p>
      ) : (
        <ul className="usa-list">
          {laneOverrides.map((t) => (
            <li key={t.id}>
              <Link className="usa-link" href={`/platform-admin/services/${service.id}/templates/${t.id}`}>
                {t.name}
              </Link>
              : {LANE_DESCRIPTIONS[t.laneOverride].label.toLowerCase()} lane (its category, {CATEGORY_DESCRIPTIONS[t.category].label}, gives {LANE_DESCRIPTIONS[CATEGORY_DESCRIPTIONS[t.category].lane].label.toLowerCase()})
            </li>
          ))}
        </ul>
      )}
      <p className="usa-hint">To change a template’s lane, open the template in the service and choose “Change the delivery lane”.</p>

      <h2>{service.active ? "Suspend this service" : "Resume this service"}</h2>
      {service.active ? (
        <>
          <p>A suspended service can’t send messages. Its team can still sign in and see it.</p>
          <ButtonForm action={suspendServiceAction.bind(null, service.id)} submitLabel="Suspend service" />
        </>
      ) : (
        <ButtonForm action={resumeServiceAction.bind(null, service.id)} submitLabel="Resume service" />
      )}
    </div>
  );
}
