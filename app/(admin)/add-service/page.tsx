import type { Metadata } from "next";
import { BackLink } from "@/components/uswds/back-link";
import { requireUser } from "@/lib/auth/session";
import { AddServiceForm } from "./add-service-form";

export const metadata: Metadata = { title: "Add a new service" };

export default async function AddServicePage() {
  await requireUser();
  return (
    <div className="grid-container margin-y-4">
      <BackLink href="/services">Back to your services</BackLink>
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>Add a new service</h1>
          <p>Your service starts in trial mode: you can send messages only to yourself and your team until it goes live.</p>
          <AddServiceForm />
        </div>
      </div>
    </div>
  );
}
