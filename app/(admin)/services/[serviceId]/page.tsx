import type { Metadata } from "next";
import { Alert } from "@/components/uswds/alert";
import { requireServicePage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function ServiceDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ serviceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { serviceId } = await params;
  const { service } = await requireServicePage(serviceId);
  const { created } = await searchParams;
  return (
    <div>
      {created ? <Alert type="success" heading="Your service has been added" /> : null}
      <h1 className="margin-top-0">Dashboard</h1>
      {service.restricted ? (
        <Alert type="info" heading="Your service is in trial mode">
          You can only send messages to yourself and members of your team.
        </Alert>
      ) : null}
      <p>No messages have been sent from this service yet.</p>
    </div>
  );
}
