import { receiveInboundSms } from "@/lib/services/inbound/receive-inbound-sms";

export const dynamic = "force-dynamic";

// POST /api/inbound/sns – text messages sent to a service's number, from Amazon SNS
export async function POST(request: Request) {
  const result = await receiveInboundSms({ messageTypeHeader: request.headers.get("x-amz-sns-message-type"), body: await request.text() });
  return Response.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store" } });
}
