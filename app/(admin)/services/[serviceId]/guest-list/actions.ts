"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { HIDDEN, notFoundOn } from "@/app/_lib/expected-errors";
import { requireUser } from "@/lib/auth/session";
import { GUEST_LIST_MAX_EMAIL_ADDRESSES, GUEST_LIST_MAX_PHONE_NUMBERS } from "@/lib/domain/recipients/guest-list";
import { formAction } from "@/lib/forms/form-action";
import { formText, type FormState } from "@/lib/forms/form-state";
import { updateGuestList } from "@/lib/services/settings/guest-list";

const slots = (formData: FormData, name: string, count: number) => Array.from({ length: count }, (_, i) => formText(formData, `${name}-${i}`).slice(0, 320));

export async function updateGuestListAction(serviceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const emailAddresses = slots(formData, "emailAddresses", GUEST_LIST_MAX_EMAIL_ADDRESSES);
  const phoneNumbers = slots(formData, "phoneNumbers", GUEST_LIST_MAX_PHONE_NUMBERS);
  const values = Object.fromEntries([...emailAddresses.map((v, i) => [`emailAddresses-${i}`, v]), ...phoneNumbers.map((v, i) => [`phoneNumbers-${i}`, v])]);
  return formAction({
    refill: values,
    run: () => updateGuestList({ actor, serviceId, input: { emailAddresses, phoneNumbers } }),
    onAppError: notFoundOn(HIDDEN),
    done: () => {
      revalidatePath(`/services/${serviceId}/guest-list`);
      redirect(`/services/${serviceId}/guest-list?saved=1`);
    },
  });
}
