import type { Metadata } from "next";
import Link from "next/link";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const invitation = typeof params.invitation === "string" ? params.invitation : undefined;
  const emailAddress = typeof params.email === "string" ? params.email.slice(0, 320) : undefined;
  return (
    <div className="grid-container margin-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>Create an account</h1>
          <RegisterForm invitation={invitation} emailAddress={emailAddress} />
          <p>
            Already have an account?{" "}
            <Link className="usa-link" href="/sign-in">
              Sign in
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
