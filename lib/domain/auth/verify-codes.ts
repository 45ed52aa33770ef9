// One-time sign-in codes (Notify.gov's rules): 6 digits, valid 30 minutes, single use, at most 5
// outstanding at once; 10 failed password or code attempts lock the account until a reset.

export const CODE_LENGTH = 6;
export const CODE_TTL_MINUTES = 30;
export const MAX_ACTIVE_CODES = 5;
export const MAX_FAILED_LOGINS = 10;

export const CODE_ERRORS = {
  required: "Enter your security code",
  numbersOnly: "Numbers only",
  notEnough: "Not enough numbers",
  tooMany: "Too many numbers",
  wrong: "Code not found",
  expired: "Code has expired",
} as const;

/** A uniformly random 6-digit code, zero-padded (uses the platform's CSPRNG). */
export function generateVerifyCode(): string {
  const buffer = new Uint32Array(1);
  // Rejection sampling avoids modulo bias.
  const limit = Math.floor(0x1_0000_0000 / 1_000_000) * 1_000_000;
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0] as number;
    if (value < limit) return String(value % 1_000_000).padStart(CODE_LENGTH, "0");
  }
}

/** Checks what a person typed as a code, ignoring spaces; returns the digits or Notify's message. */
export function parseVerifyCodeInput(raw: string): { ok: true; code: string } | { ok: false; error: string } {
  const code = raw.replace(/\s+/g, "");
  if (!code) return { ok: false, error: CODE_ERRORS.required };
  if (!/^\d+$/.test(code)) return { ok: false, error: CODE_ERRORS.numbersOnly };
  if (code.length < CODE_LENGTH) return { ok: false, error: CODE_ERRORS.notEnough };
  if (code.length > CODE_LENGTH) return { ok: false, error: CODE_ERRORS.tooMany };
  return { ok: true, code };
}
