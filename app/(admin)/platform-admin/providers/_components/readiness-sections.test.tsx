// The AWS view of the readiness page, rendered from sample AWS answers (the browser test runs on
// the local providers): sandbox states in words, tables with captions and row headers, failed
// calls named with AWS's error name, the destination forms labelled, and no axe violations.
import axe from "axe-core";
import { JSDOM } from "jsdom";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { EmailReadiness, SmsReadiness } from "@/lib/services/platform-admin/provider-readiness";
import { initialFormState } from "@/lib/forms/form-state";
import { EmailSection, SmsSection } from "./readiness-sections";

const noAction = async () => initialFormState;

function render(element: ReactElement): JSDOM {
  return new JSDOM(`<!doctype html><html lang="en"><head><title>Provider readiness</title></head><body><main><h1>Provider readiness</h1><h2>Section</h2>${renderToStaticMarkup(element)}</main></body></html>`);
}

async function axeViolations(dom: JSDOM): Promise<string[]> {
  const results = await axe.run(dom.window.document.documentElement, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"], rules: { "color-contrast": { enabled: false } } });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(" | ")}`);
}

const text = (dom: JSDOM) => dom.window.document.body.textContent?.replace(/\s+/g, " ") ?? "";
const rowsOf = (dom: JSDOM, caption: string) => {
  const table = Array.from(dom.window.document.querySelectorAll("table")).find((t) => t.querySelector("caption")?.textContent === caption);
  return Array.from(table?.querySelectorAll("tbody tr") ?? []).map((row) => Array.from(row.children).map((cell) => cell.textContent));
};

const sesSandbox: EmailReadiness = {
  provider: "ses",
  region: "us-gov-west-1",
  configurationSet: "notify-staging-email",
  account: { ok: true, value: { productionAccessEnabled: false, sendingEnabled: true, max24HourSend: 200, maxSendRate: 1, sentLast24Hours: 12 } },
  identities: { ok: true, value: [{ name: "notify.example.gov", type: "DOMAIN", verifiedForSending: true, dkimStatus: "SUCCESS", dkimSigningEnabled: true }] },
};

const smsSandbox: SmsReadiness = {
  provider: "pinpoint",
  region: "us-gov-west-1",
  configurationSet: null,
  defaultOriginationIdentity: "arn:aws:sms-voice:us-gov-west-1:123456789012:pool/pool-1",
  accountTier: { ok: true, value: "SANDBOXED" },
  spendLimits: { ok: false, failure: { call: "SMS DescribeSpendLimits", errorName: "AccessDeniedException" } },
  numbers: { ok: true, value: [{ phoneNumber: "+18335550100", numberType: "TOLL_FREE", status: "ACTIVE", messagesPerSecond: 3, twoWayEnabled: true, registrationId: null }] },
  destinations: {
    ok: true,
    value: [
      { id: "verifieddestinationnumber-aaaa", phoneNumber: "+12025550123", status: "PENDING" },
      { id: "verifieddestinationnumber-bbbb", phoneNumber: "+12025550124", status: "VERIFIED" },
    ],
  },
};

describe("readiness sections", () => {
  it("runs axe for real here (it finds an unlabelled input)", async () => {
    expect(await axeViolations(render(<input id="x" />))).toEqual([expect.stringMatching(/^label:/)]);
  });

  it("shows the SES sandbox, quota and identities with DKIM", async () => {
    const dom = render(<EmailSection email={sesSandbox} fips />);
    expect(text(dom)).toContain("In the sandbox: emails only go to verified addresses.");
    expect(rowsOf(dom, "Amazon SES account")).toEqual(
      expect.arrayContaining([
        ["Region", "us-gov-west-1 (FIPS endpoints)"],
        ["Daily quota", "200 emails in 24 hours (12 sent in the last 24 hours)"],
        ["Maximum send rate", "1 emails a second"],
      ]),
    );
    expect(rowsOf(dom, "Sending identities with their verification and DKIM status")).toEqual([["notify.example.gov", "Domain", "Yes", "success, signing"]]);
    expect(await axeViolations(dom)).toEqual([]);
  });

  it("says when production access is granted, and names a failed call instead of the account", async () => {
    const granted = render(<EmailSection email={{ ...sesSandbox, account: { ok: true, value: { productionAccessEnabled: true, sendingEnabled: true, max24HourSend: 50000, maxSendRate: 14, sentLast24Hours: 0 } } }} fips={false} />);
    expect(text(granted)).toContain("Production access granted");
    const failed = render(<EmailSection email={{ ...sesSandbox, account: { ok: false, failure: { call: "SES GetAccount", errorName: "AccessDeniedException" } } }} fips={false} />);
    expect(text(failed)).toContain("Could not read this from AWS: SES GetAccount failed with AccessDeniedException.");
    expect(failed.window.document.querySelector("[role=alert]")).not.toBeNull();
    expect(await axeViolations(failed)).toEqual([]);
  });

  it("shows the SMS sandbox, numbers with MPS, destinations, a failed call, and the labelled forms", async () => {
    const dom = render(<SmsSection sms={smsSandbox} addAction={noAction} verifyAction={noAction} />);
    const document = dom.window.document;
    expect(text(dom)).toContain("In the sandbox: texts only go to verified destination numbers");
    expect(text(dom)).toContain("None: set SMS_CONFIGURATION_SET, or no delivery receipts arrive");
    expect(text(dom)).toContain("Could not read this from AWS: SMS DescribeSpendLimits failed with AccessDeniedException.");
    expect(rowsOf(dom, "Origination numbers with their type and messages per second")).toEqual([["+18335550100", "toll free", "active", "3", "Yes", "None"]]);
    expect(rowsOf(dom, "Verified destination numbers")).toEqual([
      ["+12025550123", "Waiting for its code"],
      ["+12025550124", "Verified"],
    ]);
    // Only the number still waiting can be verified.
    expect(Array.from(document.querySelectorAll("#destinationId option")).map((option) => option.textContent)).toEqual(["+12025550123"]);
    for (const id of ["destinationNumber", "destinationId", "verificationCode"]) {
      expect(document.querySelector(`label[for=${id}]`), id).not.toBeNull();
    }
    expect(await axeViolations(dom)).toEqual([]);
  });

  it("offers no verify form once every number is verified", () => {
    const dom = render(<SmsSection sms={{ ...smsSandbox, accountTier: { ok: true, value: "PRODUCTION" }, destinations: { ok: true, value: [] } }} addAction={noAction} verifyAction={noAction} />);
    expect(text(dom)).toContain("Out of the sandbox");
    expect(dom.window.document.querySelector("#verificationCode")).toBeNull();
    expect(text(dom)).toContain("There are no destination numbers yet.");
  });
});
