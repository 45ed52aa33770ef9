// Send a file by email with the official notifications-node-client, unchanged: what its
// prepareUpload makes is accepted as a personalisation value once the service has contact details,
// and the response's content.body is the email as sent, with the file's download link in place of
// the placeholder. Without contact details, or by text message, Notify's errors come back.
import { expect, test } from "@playwright/test";
import { NotifyClient } from "notifications-node-client";
import { createApiService, type ApiService } from "../fixtures/api";
import { addFileTemplate, setFilesContact } from "../fixtures/files";

let service: ApiService;
let client: NotifyClient;
let templateId = "";

const LINK = "https?://[^\\s/]+/d/[0-9a-f-]{36}/[0-9a-f-]{36}\\?key=[A-Za-z0-9_-]{43}";

test.beforeAll(async ({ baseURL }) => {
  service = await createApiService();
  client = new NotifyClient(baseURL ?? "", service.keys.normal);
  templateId = await addFileTemplate(service.serviceId);
});

type ClientError = { response: { status: number; data: { errors: Array<{ error: string; message: string }> } } };

async function refusal(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as ClientError | null;
  if (!error) throw new Error("expected the request to be refused");
  return { status: error.response.status, errors: error.response.data.errors };
}

test("a file needs the service's contact details first", async () => {
  const response = await refusal(client.sendEmail(templateId, "someone@example.com", { personalisation: { document: client.prepareUpload(Buffer.from("%PDF-1.5 testpdf")) } }));
  expect(response.status).toBe(400);
  expect(response.errors).toHaveLength(1);
  expect(response.errors[0]?.error).toBe("BadRequestError");
  expect(response.errors[0]?.message).toMatch(
    new RegExp(`^Send files by email has not been set up - add contact details for your service at https?://[^/]+/services/${service.serviceId}/service-settings/send-files-by-email$`),
  );
});

test.describe("with contact details", () => {
  test.beforeAll(async () => {
    await setFilesContact(service.serviceId, "https://www.agency.gov/contact");
  });

  test("sends a PDF, with the download link in content.body", async () => {
    const response = await client.sendEmail(templateId, "pdf-recipient@example.com", { personalisation: { document: client.prepareUpload(Buffer.from("%PDF-1.5 testpdf")) } });
    expect(response.status).toBe(201);
    expect(response.data.content.subject).toBe("Your file");
    expect(response.data.content.body).toMatch(new RegExp(`^Here is your file: ${LINK}$`));
    expect(response.data.content.body).toContain(`/d/${service.serviceId}/`);
  });

  test("sends a CSV named by the sender, without confirmation", async () => {
    const upload = client.prepareUpload(Buffer.from("a,b"), { filename: "report.csv", confirmEmailBeforeDownload: false, retentionPeriod: "4 weeks" });
    const response = await client.sendEmail(templateId, "csv-recipient@example.com", { personalisation: { document: upload } });
    expect(response.status).toBe(201);
    expect(response.data.content.body).toMatch(new RegExp(`^Here is your file: ${LINK}$`));
  });

  test("refuses what Notify refuses, in its words", async () => {
    const send = (document: unknown) => refusal(client.sendEmail(templateId, "someone@example.com", { personalisation: { document } as never }));
    expect((await send({ file: "not base64%" })).errors[0]?.message).toBe("Document is not base64 encoded");
    expect((await send({ ...client.prepareUpload(Buffer.from("a,b")), retention_period: "2 days" })).errors[0]?.message).toBe(
      "Unsupported value for retention_period '2 days'. Supported periods are from 1 to 78 weeks.",
    );
    expect((await send(client.prepareUpload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))).errors[0]?.message).toMatch(/^Unsupported file type 'application\/octet-stream'\. Supported types are: '\.csv'/);
    const text = await refusal(client.sendSms(service.smsTemplateId, "+12025550123", { personalisation: { name: client.prepareUpload(Buffer.from("a,b")) } as never }));
    expect(text.errors).toEqual([{ error: "BadRequestError", message: "Can only send a file by email" }]);
  });
});
