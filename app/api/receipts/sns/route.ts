import { receiveSnsReceipt } from "@/lib/services/receipts/receive-sns";

export const dynamic = "force-dynamic";

// POST /api/receipts/sns – delivery receipts from Amazon SNS (SES email events, SMS events)
export async function POST(request: Request) {
  const result = await receiveSnsReceipt({ messageTypeHeader: request.headers.get("x-amz-sns-message-type"), body: await request.text() });
  return Response.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store" } });
}
