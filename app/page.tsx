import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: { absolute: "Notify – Send text messages and emails to the public" } };

export default function HomePage() {
  return (
    <>
      <section className="usa-hero" aria-label="Introduction">
        <div className="grid-container">
          <div className="usa-hero__callout">
            <h1 className="usa-hero__heading">Send text messages and emails to the public</h1>
            <p>Notify lets government agencies tell people what they need to know, when they need to know it.</p>
          </div>
        </div>
      </section>
      <div className="grid-container">
        <div className="grid-row grid-gap margin-y-4">
          <div className="tablet:grid-col-8">
            <h2>What you can do with Notify</h2>
            <ul className="usa-list">
              <li>Write text message and email templates with personalised details, like names and appointment times.</li>
              <li>Send one message, or upload a spreadsheet to send to thousands of people at once.</li>
              <li>Connect your own systems with an API that works with the Notify client libraries you already use.</li>
              <li>See which messages were delivered, and download reports.</li>
            </ul>
            <p className="margin-top-3">
              <Link className="usa-button" href="/sign-in">
                Sign in
              </Link>
              <Link className="usa-button usa-button--outline" href="/register">
                Create an account
              </Link>
            </p>
          </div>
        </div>
      </div>
    </>
  );
}
