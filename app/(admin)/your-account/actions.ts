"use server";
// "Your account" changes. Each action checks who is signed in itself, then calls one service.
import { redirect } from "next/navigation";
import { clearFlowToken, getFlowToken, requireUser, setFlowToken } from "@/lib/auth/session";
import { formAction, pickFields, rethrow } from "@/lib/forms/form-action";
import { formDataToObject, formText, type FormState } from "@/lib/forms/form-state";
import { changeEmailAddressSchema, changeMobileNumberSchema, changeNameSchema, changePasswordSchema, securityCodeMethodSchema, verifyCodeSchema } from "@/lib/schemas/auth";
import {
  changeName,
  changePassword,
  changeSecurityCodeMethod,
  confirmEmailAddressChange,
  confirmMobileNumberChange,
  startEmailAddressChange,
  startMobileNumberChange,
} from "@/lib/services/auth/profile";

export async function changeNameAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const fields = formDataToObject(formData);
  return formAction({
    schema: changeNameSchema,
    input: fields,
    refill: pickFields(fields, ["name"]),
    run: (input) => changeName(user.userId, input.name),
    // Changing a name has no expected failure: an account that isn't active is for the error page.
    onAppError: rethrow,
    done: () => redirect("/your-account?changed=name"),
  });
}

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return formAction({
    schema: changePasswordSchema,
    input: formDataToObject(formData),
    run: (input) => changePassword(user.userId, { currentPassword: input.currentPassword, newPassword: input.password }, user.sessionId),
    done: () => redirect("/your-account?changed=password"),
  });
}

export async function changeSecurityCodeMethodAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const fields = formDataToObject(formData);
  return formAction({
    schema: securityCodeMethodSchema,
    input: fields,
    refill: pickFields(fields, ["method"]),
    run: (input) => changeSecurityCodeMethod(user.userId, input),
    done: () => redirect("/your-account?changed=security-code-method"),
  });
}

export async function changeMobileNumberAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const fields = formDataToObject(formData);
  return formAction({
    schema: changeMobileNumberSchema,
    input: fields,
    refill: pickFields(fields, ["mobileNumber"]),
    run: async (input) => {
      const { changeToken } = await startMobileNumberChange(user.userId, input);
      await setFlowToken("changeMobile", changeToken);
    },
    done: () => redirect("/your-account/mobile-number/verify"),
  });
}

export async function verifyNewMobileNumberAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return formAction({
    schema: verifyCodeSchema,
    input: formDataToObject(formData),
    run: async (input) => {
      const changeToken = await getFlowToken("changeMobile");
      if (!changeToken) redirect("/your-account/mobile-number");
      await confirmMobileNumberChange(user.userId, changeToken, input.code);
    },
    done: async () => {
      await clearFlowToken("changeMobile");
      redirect("/your-account?changed=mobile-number");
    },
  });
}

export async function changeEmailAddressAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const fields = formDataToObject(formData);
  return formAction({
    schema: changeEmailAddressSchema,
    input: fields,
    refill: pickFields(fields, ["emailAddress"]),
    run: (input) => startEmailAddressChange(user.userId, input),
    done: () => redirect("/your-account/email-address/check-email"),
  });
}

export async function confirmEmailAddressChangeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return formAction({
    run: () => confirmEmailAddressChange(user.userId, formText(formData, "token")),
    done: () => redirect("/your-account?changed=email-address"),
  });
}
