// The SES adapter sends a branded email's HTML exactly as rendered, through the real AWS SDK to
// the local SES v2 stand-in (aws-ses-v2-local, read back through its /store API): the layout, the
// logo's absolute URL, its alt text and the banner all arrive, and the text part is the plain one.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import sesLocal from "aws-ses-v2-local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brandedEmailHtml } from "../../domain/templates/email-layout";
import { renderEmail } from "../../domain/templates/render-email";
import { SesEmailProvider } from "./ses-email";

let server: Server;
let url: string;

beforeAll(async () => {
  server = await sesLocal({ host: "127.0.0.1", port: 0 });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

type StoredEmail = { destination: { to: string[] }; subject: string; body: { text?: string; html?: string } };

describe("a branded email through SES", () => {
  it("arrives with the same HTML the renderer made and the unchanged text part", async () => {
    const email = renderEmail({ subject: "Your ((thing)) is ready", content: "Hello ((name))\n\n^ Bring this email" }, { name: "Ada <Lovelace>", thing: "permit" });
    const html = brandedEmailHtml(
      { subject: email.subject, bodyHtml: email.html },
      { logoUrl: `https://notify.example.gov/email-logos/${"c".repeat(64)}.png`, logoWidth: 300, logoHeight: 100, altText: "Parks & Recreation", bannerColour: "#005ea2", bannerText: "Permits" },
    );
    const client = new SESv2Client({ region: "us-west-2", endpoint: url, credentials: { accessKeyId: "local", secretAccessKey: "local" } });
    const provider = new SesEmailProvider({ client });
    await provider.sendEmail({ to: "ada@example.gov", from: { name: "Parks", address: "parks@notify.example.gov" }, subject: email.subject, text: email.text, html });

    const stored = ((await (await fetch(`${url}/store`)).json()) as { emails: StoredEmail[] }).emails.find((e) => e.destination.to.includes("ada@example.gov"));
    expect(stored?.subject).toBe("Your permit is ready");
    expect(stored?.body.html).toBe(html);
    expect(stored?.body.html).toContain(`<img src="https://notify.example.gov/email-logos/${"c".repeat(64)}.png" alt="Parks &amp; Recreation" width="180" height="60"`);
    expect(stored?.body.html).toContain('role="presentation"');
    expect(stored?.body.text).toBe(email.text);
    expect(stored?.body.text).toBe("Hello Ada <Lovelace>\n\nBring this email");
  });
});
