// POST /v2/notifications/bulk: the same checks as a spreadsheet upload (every problem listed), then
// a job the worker fans out like any other.
import { expect, test } from "@playwright/test";
import { signHs256 } from "../../lib/security/jwt";
import { bulkResponseSchema } from "../../lib/schemas/api-responses";
import { createApiService } from "../fixtures/api";

function auth(key: string) {
  return { authorization: `Bearer ${signHs256({ iss: key.slice(-73, -37), iat: Math.floor(Date.now() / 1000) }, key.slice(-36))}` };
}

test("a bulk send is checked like an upload and then fanned out", async ({ request }) => {
  const service = await createApiService();
  const bad = await request.post("/v2/notifications/bulk", {
    headers: auth(service.keys.normal),
    data: { template_id: service.smsTemplateId, name: "bad batch", rows: [["phone number", "name"], ["12345", "Ada"], ["+12025550123", ""]] },
  });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({
    status_code: 400,
    errors: [
      { error: "BadRequestError", message: "Row 2 - phone number: Not enough digits" },
      { error: "BadRequestError", message: "Row 3 - name: Missing" },
    ],
  });
  const neither = await request.post("/v2/notifications/bulk", { headers: auth(service.keys.normal), data: { template_id: service.smsTemplateId, name: "x" } });
  expect((await neither.json()).errors).toEqual([{ error: "BadRequestError", message: "You should specify either rows or csv" }]);

  const good = await request.post("/v2/notifications/bulk", {
    headers: auth(service.keys.normal),
    data: { template_id: service.smsTemplateId, name: "april reminders", csv: "phone number,name\n+12025550123,Ada\n+12025550124,Bob\n" },
  });
  expect(good.status()).toBe(201);
  const job = bulkResponseSchema.parse(await good.json()).data;
  expect(job.notification_count).toBe(2);
  await expect
    .poll(async () => {
      const listed = await (await request.get("/v2/notifications?include_jobs=true", { headers: auth(service.keys.normal) })).json();
      return listed.notifications.filter((n: { status: string }) => n.status === "delivered").length;
    }, { timeout: 30_000 })
    .toBe(2);
  // Without include_jobs, spreadsheet messages aren't listed.
  const plain = await (await request.get("/v2/notifications", { headers: auth(service.keys.normal) })).json();
  expect(plain.notifications).toEqual([]);
});
