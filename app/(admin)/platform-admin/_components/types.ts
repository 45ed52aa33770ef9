import type { FormState } from "@/lib/forms/form-state";

/** A server action bound to its ids, as ActionForm calls it. */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;
