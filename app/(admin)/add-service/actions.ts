"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formAction, pickFields } from "@/lib/forms/form-action";
import { formDataToObject, type FormState } from "@/lib/forms/form-state";
import { createServiceSchema } from "@/lib/schemas/services";
import { createService } from "@/lib/services/service/create-service";

export async function createServiceAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const fields = formDataToObject(formData);
  return formAction({
    schema: createServiceSchema,
    input: fields,
    refill: pickFields(fields, ["name"]),
    run: (input) => createService({ actor: user, input }),
    done: ({ serviceId }) => redirect(`/services/${serviceId}?created=1`),
  });
}
