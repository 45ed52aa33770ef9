import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { requireUser } from "@/lib/auth/session";
import { listYourServices } from "@/lib/services/service/service-access";

export const metadata: Metadata = { title: "Your services" };
export const dynamic = "force-dynamic";

export default async function ServicesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const services = await listYourServices(user);
  return (
    <div className="grid-container margin-y-4">
      {params.welcome ? <Alert type="success" heading="Your account has been created" /> : null}
      <h1>Your services</h1>
      <p>Signed in as {user.name} ({user.emailAddress}).</p>
      {services.length === 0 ? (
        <p>You are not a member of any services yet.</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {services.map((service) => (
            <li key={service.id} className="margin-bottom-1">
              <Link className="usa-link" href={`/services/${service.id}`}>
                {service.name}
              </Link>
              {service.restricted ? <span className="usa-hint"> (trial mode)</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link className="usa-button" href="/add-service">
          Add a new service
        </Link>
      </p>
    </div>
  );
}
