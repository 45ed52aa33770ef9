// The API reference, generated from the same operation list and schemas as /v2/openapi.json.
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Table } from "@/components/uswds/table";
import { API_OPERATIONS } from "@/lib/api/openapi";
import { CATEGORY_DESCRIPTIONS, TEMPLATE_CATEGORIES } from "@/lib/domain/templates/categories";
import { JOB_LANE_RULE, LANE_DESCRIPTIONS } from "@/lib/domain/templates/delivery-order";
import { LANES } from "@/lib/jobs/lanes";

export const metadata: Metadata = { title: "API documentation" };

type Property = { name: string; type: string; required: boolean };

function requestFields(schema: z.ZodType | undefined): Property[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as { properties?: Record<string, { type?: string | string[]; anyOf?: { type?: string }[] }>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => {
    const types = prop.type ? [prop.type].flat() : (prop.anyOf ?? []).map((p) => p.type ?? "object");
    return { name, type: [...new Set(types)].join(" or "), required: json.required?.includes(name) ?? false };
  });
}

function anchor(path: string, method: string): string {
  return `${method}-${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}`;
}

export default function ApiDocumentationPage() {
  return (
    <div className="grid-container margin-y-4">
      <h1>API documentation</h1>
      <p>
        The Notify API is compatible with GOV.UK Notify and Notify.gov API v2. The official client libraries (Node.js, Python, Java, .NET, PHP and Ruby) work unchanged: give them this site’s address as the base URL and an API key from your service’s{" "}
        <strong>API integration</strong> page. The machine-readable description is at <Link className="usa-link" href="/v2/openapi.json">/v2/openapi.json</Link> (OpenAPI 3.1).
      </p>
      <h2>Authentication</h2>
      <p>
        Send <code>Authorization: Bearer &lt;token&gt;</code> with every request. The token is a JSON Web Token signed with HS256 using your key’s secret (its last 36 characters), with claims <code>iss</code> (your service ID, the 36 characters before the secret) and <code>iat</code> (the
        current time in seconds; it must be within 30 seconds of ours). The client libraries do this for you.
      </p>
      <h2>Keys</h2>
      <ul className="usa-list">
        <li>
          <strong>Live</strong> keys send to anyone (not available in trial mode).
        </li>
        <li>
          <strong>Team and guest list</strong> keys send only to your team and guest list.
        </li>
        <li>
          <strong>Test</strong> keys send nothing: messages get realistic statuses. Use them in automated tests.
        </li>
      </ul>
      <h2>What answers contain</h2>
      <ul className="usa-list">
        <li>
          Every address in an answer (<code>uri</code>, <code>template.uri</code>, <code>links.current</code>, <code>links.next</code>) is absolute, on this site’s public address, and can be fetched with the same key. A template’s <code>uri</code> is{" "}
          <code>/v2/template/&#123;id&#125;/version/&#123;version&#125;</code>.
        </li>
        <li>Email bodies keep the line endings the template was saved with (the portal saves CRLF, as browsers send it); text message bodies use LF.</li>
        <li>
          <code>cost_in_pounds</code> and <code>cost_details.sms_rate</code> keep GOV.UK Notify’s names but are in US dollars (or whatever currency this Notify is priced in). <code>is_cost_data_ready</code> is true once the message has been handed to the provider; the
          free allowance is not taken off.
        </li>
      </ul>
      <h2>Limits and retries</h2>
      <p>
        Each service may make 3,000 requests a minute per type of key; every response carries <code>RateLimit-Limit</code>, <code>RateLimit-Remaining</code> and <code>RateLimit-Reset</code>. Daily message limits apply per channel. Send an <code>Idempotency-Key</code> header with a
        POST to retry safely: the same key and body within 24 hours returns the first response and sends once; the same key with a different body is refused with 409.
      </p>
      <h2>Template categories and delivery lanes</h2>
      <p>
        Every template has a category: what it is for, chosen in the portal when the template is added or edited. The category decides the lane its messages are delivered from, so a sign-in code or an urgent alert never waits behind a newsletter.
      </p>
      <ul className="usa-list">
        {LANES.map((lane) => (
          <li key={lane}>
            <strong>{LANE_DESCRIPTIONS[lane].label}</strong> lane: messages are {LANE_DESCRIPTIONS[lane].meaning}.
          </li>
        ))}
      </ul>
      <p>
        {JOB_LANE_RULE} Messages sent one at a time (<code>POST /v2/notifications/sms</code>, <code>POST /v2/notifications/email</code> or a one-off send in the portal) use their template’s lane. A platform admin can give one template a different lane.
      </p>
      <Table
        caption="Template categories and the lane each is delivered from"
        rows={[...TEMPLATE_CATEGORIES]}
        rowKey={(c) => c}
        columns={[
          { header: "Category", isRowHeader: true, cell: (c) => CATEGORY_DESCRIPTIONS[c].label },
          { header: "What it is for", cell: (c) => CATEGORY_DESCRIPTIONS[c].hint },
          { header: "Lane", cell: (c) => LANE_DESCRIPTIONS[CATEGORY_DESCRIPTIONS[c].lane].label },
        ]}
      />
      <h2>Errors</h2>
      <p>
        Errors look like <code>{`{"status_code": 400, "errors": [{"error": "BadRequestError", "message": "Template not found"}]}`}</code>. Validation problems are all listed at once. A path the API doesn’t have answers 404 <code>NotFound</code>, and a method an endpoint doesn’t take answers 405{" "}
        <code>MethodNotAllowed</code> with an <code>Allow</code> header listing the ones it does, in the same shape.
      </p>
      <h2>Endpoints</h2>
      <ul className="usa-list">
        {API_OPERATIONS.map((op) => (
          <li key={`${op.method} ${op.path}`}>
            <a className="usa-link" href={`#${anchor(op.path, op.method)}`}>
              {op.summary}
            </a>
          </li>
        ))}
      </ul>
      {API_OPERATIONS.map((op) => {
        const fields = requestFields(op.request);
        return (
          <section key={`${op.method} ${op.path}`} aria-labelledby={anchor(op.path, op.method)} className="margin-top-4">
            <h3 id={anchor(op.path, op.method)}>{op.summary}</h3>
            <p>
              <code>
                {op.method.toUpperCase()} {op.path}
              </code>{" "}
              → {op.status}
            </p>
            <p>{op.description}</p>
            {op.query ? (
              <Table
                caption="Query parameters"
                rows={op.query}
                rowKey={(q) => q.name}
                columns={[
                  { header: "Name", isRowHeader: true, cell: (q) => <code>{q.name}</code> },
                  { header: "Meaning", cell: (q) => q.description },
                ]}
              />
            ) : null}
            {fields.length > 0 ? (
              <Table
                caption="Request body (JSON)"
                rows={fields}
                rowKey={(f) => f.name}
                columns={[
                  { header: "Field", isRowHeader: true, cell: (f) => <code>{f.name}</code> },
                  { header: "Type", cell: (f) => f.type },
                  { header: "Required", cell: (f) => (f.required ? "Yes" : "No") },
                ]}
              />
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
