"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formDataToObject, fromAppError, fromZodError, type FormState } from "@/lib/forms/form-state";
import { createServiceSchema } from "@/lib/schemas/services";
import { createService } from "@/lib/services/services/create-service";

export async function createServiceAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formDataToObject(formData);
  const keep = { name: values.name ?? "" };
  const parsed = createServiceSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, {}, keep);
  let serviceId: string;
  try {
    ({ serviceId } = await createService({ actor: user, input: parsed.data }));
  } catch (error) {
    if (error instanceof AppError) return fromAppError(error, keep);
    throw error;
  }
  redirect(`/services/${serviceId}?created=1`);
}
