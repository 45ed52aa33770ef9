"use server";
// Server actions of the provider readiness page. Each parses its form with zod, calls one service
// function (which checks the user is a platform admin) and redirects with a banner; AWS refusals
// come back as the field's error, naming the call and AWS's error name.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { notFoundOn } from "@/app/_lib/expected-errors";
import { requireUser } from "@/lib/auth/session";
import { formAction } from "@/lib/forms/form-action";
import { formDataToObject, type FormState } from "@/lib/forms/form-state";
import { addSandboxDestinationSchema, testEmailSchema, testSmsSchema, verifySandboxDestinationSchema } from "@/lib/schemas/provider-readiness";
import { addSandboxDestination, sendTestEmail, sendTestSms, verifySandboxDestination } from "@/lib/services/platform-admin/provider-readiness";

const PAGE = "/platform-admin/providers";

/** Parse, run, then redirect with `done`; expected errors come back to the form. */
async function run<S extends z.ZodType>(schema: S, formData: FormData, action: (input: z.output<S>) => Promise<string>): Promise<FormState> {
  const values = formDataToObject(formData);
  return formAction({
    schema,
    input: values,
    refill: values,
    run: action,
    onAppError: notFoundOn(),
    done: (done) => {
      revalidatePath(PAGE);
      redirect(`${PAGE}?${done}`);
    },
  });
}

export async function addSandboxDestinationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return run(addSandboxDestinationSchema, formData, async (input) => {
    await addSandboxDestination({ actor, input });
    return "done=destination-added";
  });
}

export async function verifySandboxDestinationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return run(verifySandboxDestinationSchema, formData, async (input) => {
    await verifySandboxDestination({ actor, input });
    return "done=destination-verified";
  });
}

export async function sendTestEmailAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return run(testEmailSchema, formData, async (input) => {
    const { notificationId } = await sendTestEmail({ actor, input });
    return `done=test-email&notification=${notificationId}`;
  });
}

export async function sendTestSmsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return run(testSmsSchema, formData, async (input) => {
    const { notificationId } = await sendTestSms({ actor, input });
    return `done=test-sms&notification=${notificationId}`;
  });
}
