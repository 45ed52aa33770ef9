import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { ProviderPermanentError, ProviderRetryableError } from "../errors";
import { S3Storage } from "./s3-storage";

const s3Mock = mockClient(S3Client);
const storage = new S3Storage({ client: new S3Client({ region: "us-gov-west-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } }), bucket: "notify-files" });

afterEach(() => s3Mock.reset());

describe("S3Storage", () => {
  it("puts an encrypted object with content type and metadata, and reads it back", async () => {
    s3Mock.on(PutObjectCommand).resolves({});
    // The SDK's streaming body, reduced to the one method the adapter calls.
    const body = { transformToByteArray: async () => new Uint8Array(Buffer.from("phone number\n+12025550123\n")) };
    s3Mock.on(GetObjectCommand).resolves({ Body: body as never });
    await storage.put("uploads/svc/file.csv", Buffer.from("x"), { contentType: "text/csv", metadata: { rows: "1" } });
    expect(s3Mock.commandCalls(PutObjectCommand)[0]?.args[0].input).toMatchObject({
      Bucket: "notify-files",
      Key: "uploads/svc/file.csv",
      ContentType: "text/csv",
      Metadata: { rows: "1" },
      ServerSideEncryption: "AES256",
    });
    expect((await storage.get("uploads/svc/file.csv"))?.toString()).toBe("phone number\n+12025550123\n");
  });

  it("opens an object as a stream with its length", async () => {
    const body = { transformToWebStream: () => new Response("phone number\n+12025550123\n").body };
    s3Mock.on(GetObjectCommand).resolves({ Body: body as never, ContentLength: 26 });
    const opened = await storage.open("reports/svc/report.csv");
    expect(s3Mock.commandCalls(GetObjectCommand)[0]?.args[0].input).toEqual({ Bucket: "notify-files", Key: "reports/svc/report.csv" });
    expect(opened?.length).toBe(26);
    expect(await new Response(opened?.body).text()).toBe("phone number\n+12025550123\n");
  });

  it("returns null for a missing object and deletes by key", async () => {
    s3Mock.on(GetObjectCommand).rejects(new NoSuchKey({ message: "The specified key does not exist.", $metadata: { httpStatusCode: 404 } }));
    s3Mock.on(DeleteObjectCommand).resolves({});
    expect(await storage.get("uploads/missing.csv")).toBeNull();
    expect(await storage.open("uploads/missing.csv")).toBeNull();
    await storage.delete("uploads/old.csv");
    expect(s3Mock.commandCalls(DeleteObjectCommand)[0]?.args[0].input).toEqual({ Bucket: "notify-files", Key: "uploads/old.csv" });
  });

  it("classifies slow-down and timeouts as retryable, access denied as permanent", async () => {
    s3Mock.on(PutObjectCommand).rejects(Object.assign(new Error("Please reduce your request rate."), { name: "SlowDown", $fault: "server", $metadata: { httpStatusCode: 503 } }));
    await expect(storage.put("a.csv", Buffer.from("x"))).rejects.toBeInstanceOf(ProviderRetryableError);
    s3Mock.reset();
    s3Mock.on(PutObjectCommand).rejects(Object.assign(new Error("timed out"), { name: "TimeoutError" }));
    await expect(storage.put("a.csv", Buffer.from("x"))).rejects.toBeInstanceOf(ProviderRetryableError);
    s3Mock.reset();
    s3Mock.on(PutObjectCommand).rejects(Object.assign(new Error("Access Denied"), { name: "AccessDenied", $fault: "client", $metadata: { httpStatusCode: 403 } }));
    await expect(storage.put("a.csv", Buffer.from("x"))).rejects.toBeInstanceOf(ProviderPermanentError);
  });

  it("refuses keys that could escape the bucket prefix", async () => {
    await expect(storage.get("../etc/passwd")).rejects.toThrow("Storage keys must be relative paths");
    expect(s3Mock.calls()).toHaveLength(0);
  });
});
