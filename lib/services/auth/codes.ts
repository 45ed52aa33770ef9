// Sending and checking one-time codes, shared by sign-in and phone verification.
import { CODE_ERRORS, CODE_TTL_MINUTES, generateVerifyCode, MAX_ACTIVE_CODES } from "../../domain/auth/verify-codes";
import { countActiveVerifyCodes, consumeVerifyCode, insertVerifyCode, listUnusedVerifyCodes, type UserForSignIn } from "../../db/users";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { hashSecret, isSameDigest } from "../../security/tokens";
import { sendPlatformMessage } from "../notifications/send-platform-message";
import { countedAttempt } from "./attempts";

export type CodeChannel = "sms" | "email";

/**
 * Sends a fresh code by text or email. With 5 unexpired codes already outstanding, quietly sends
 * nothing (Notify's limit), so hammering "send a new code" can't flood a phone.
 */
export async function sendCode(user: Pick<UserForSignIn, "id" | "name" | "emailAddress" | "mobileNumber">, channel: CodeChannel, purpose: "sign-in" | "verify-mobile"): Promise<boolean> {
  if ((await countActiveVerifyCodes(user.id)) >= MAX_ACTIVE_CODES) return false;
  const code = generateVerifyCode();
  const env = getEnv();
  await insertVerifyCode({ userId: user.id, codeHash: hashSecret(code, env.SECRET_KEY), codeType: channel, expiresAt: new Date(Date.now() + CODE_TTL_MINUTES * 60_000) });
  if (channel === "sms") {
    if (!user.mobileNumber) throw new AppError("BAD_REQUEST", "no mobile number", { userMessage: "Add a mobile number to your account to get codes by text message" });
    await sendPlatformMessage(purpose === "verify-mobile" ? "verifyMobile" : "smsCode", { to: user.mobileNumber, personalisation: { verify_code: code }, createdById: user.id });
  } else {
    await sendPlatformMessage("emailCode", {
      to: user.emailAddress,
      personalisation: { verify_code: code, name: user.name, url: `${env.NOTIFY_BASE_URL}/forgot-password` },
      createdById: user.id,
    });
  }
  return true;
}

/**
 * Checks a code the user typed, as one attempt towards the lockout (lib/services/auth/attempts.ts):
 * wrong, expired or reused codes count as failed attempts, and a locked account's codes are not
 * checked at all. Throws AppError('VALIDATION') with a message for the `code` field.
 */
export async function checkCode(user: Pick<UserForSignIn, "id">, channel: CodeChannel, code: string): Promise<void> {
  let failure: string = CODE_ERRORS.wrong;
  const outcome = await countedAttempt(user.id, "code", async () => {
    const wanted = hashSecret(code, getEnv().SECRET_KEY);
    const match = (await listUnusedVerifyCodes(user.id, channel)).find((c) => isSameDigest(c.codeHash, wanted));
    if (!match) return false;
    failure = CODE_ERRORS.expired;
    return !match.codeUsed && match.expiresAt > new Date() && (await consumeVerifyCode(match.id));
  });
  if (outcome === "locked") throw new AppError("VALIDATION", "account locked", { fieldErrors: { code: CODE_ERRORS.wrong } });
  if (outcome === "wrong") throw new AppError("VALIDATION", failure, { fieldErrors: { code: failure } });
}
