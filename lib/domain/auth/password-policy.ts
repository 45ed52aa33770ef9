// Password rules (Notify's): 8 to 255 characters, not one of the commonly used passwords, no
// composition rules. Checked on the server at sign-up, reset and change.
import commonPasswords from "fxa-common-password-list";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 255;

export const PASSWORD_ERRORS = {
  required: "Enter a password",
  tooShort: `Your password must be at least ${PASSWORD_MIN_LENGTH} characters`,
  tooLong: `Your password must be ${PASSWORD_MAX_LENGTH} characters or fewer`,
  common: "Choose a password that’s harder to guess",
} as const;

/** The first problem with a new password, or null when it is acceptable. */
export function checkPasswordPolicy(password: string): string | null {
  if (password.length === 0) return PASSWORD_ERRORS.required;
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN_LENGTH) return PASSWORD_ERRORS.tooShort;
  if (length > PASSWORD_MAX_LENGTH) return PASSWORD_ERRORS.tooLong;
  if (commonPasswords.test(password) || commonPasswords.test(password.toLowerCase())) return PASSWORD_ERRORS.common;
  return null;
}
