import { describe, expect, it } from "vitest";
import { POST } from "./route";

describe("POST /api/receipts/sns", () => {
  it("answers 400 with Notify's JSON to a request that isn't an SNS message", async () => {
    const response = await POST(new Request("http://localhost/api/receipts/sns", { method: "POST", body: "{}" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ result: "error", message: "Missing or unknown x-amz-sns-message-type header" });
  });

  it("answers 400 to an unsigned message without touching the network or the database", async () => {
    const body = JSON.stringify({ Type: "Notification", MessageId: "m", TopicArn: "arn:aws:sns:us-west-2:123456789012:t", Message: "{}", Timestamp: new Date().toISOString() });
    const response = await POST(new Request("http://localhost/api/receipts/sns", { method: "POST", headers: { "x-amz-sns-message-type": "Notification" }, body }));
    expect(response.status).toBe(400);
  });
});
