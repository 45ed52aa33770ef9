import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/uswds/alert";
import { Table } from "@/components/uswds/table";
import { requireUser } from "@/lib/auth/session";
import { getProfile } from "@/lib/services/auth/profile";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

const CHANGED: Record<string, string> = {
  name: "Your name has been changed",
  password: "Your password has been changed",
  "security-code-method": "How you get security codes has been changed",
  "mobile-number": "Your mobile number has been changed",
  "email-address": "Your email address has been changed",
};

export default async function YourAccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const profile = await getProfile(user.userId);
  const changed = (await searchParams).changed;
  const rows = [
    { label: "Name", value: profile.name, href: "/your-account/name" },
    { label: "Email address", value: profile.emailAddress, href: "/your-account/email-address" },
    { label: "Mobile number", value: profile.mobileNumber ?? "Not set", href: "/your-account/mobile-number" },
    { label: "Security codes", value: profile.authType === "email_auth" ? "By email" : "By text message", href: "/your-account/security-code-method" },
    { label: "Password", value: "Last changed when you set it", href: "/your-account/password" },
  ];
  return (
    <div className="grid-container margin-y-4">
      {typeof changed === "string" && CHANGED[changed] ? <Alert type="success" heading={CHANGED[changed]} /> : null}
      <h1>Your account</h1>
      <Table
        caption="Your account details"
        isCaptionHidden
        isHeaderRowHidden
        rows={rows}
        rowKey={(row) => row.label}
        columns={[
          { header: "Detail", isRowHeader: true, cell: (row) => row.label },
          { header: "Value", cell: (row) => row.value },
          {
            header: "Action",
            cell: (row) => (
              <Link className="usa-link" href={row.href}>
                Change<span className="usa-sr-only"> {row.label.toLowerCase()}</span>
              </Link>
            ),
          },
        ]}
      />
      <p>
        <Link className="usa-link" href="/services">
          Your services
        </Link>
      </p>
    </div>
  );
}
