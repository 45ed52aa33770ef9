"use server";
import { redirect } from "next/navigation";
import { formAction, pickFields } from "@/lib/forms/form-action";
import { formDataToObject, type FormState } from "@/lib/forms/form-state";
import { simulateInboundSmsSchema } from "@/lib/schemas/inbound";
import { simulateInboundSms } from "@/lib/services/inbound/simulate-inbound-sms";

// No sign-in, like the outbox itself: it exists only with the local SMS provider, which the
// service function checks (deployed environments can't be configured with it).
export async function simulateInboundSmsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const fields = formDataToObject(formData);
  return formAction({
    schema: simulateInboundSmsSchema,
    input: fields,
    refill: pickFields(fields, ["to", "from", "message"]),
    run: (input) => simulateInboundSms(input),
    done: () => redirect("/outbox?simulated=1"),
  });
}
