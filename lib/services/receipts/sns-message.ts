// Amazon SNS HTTPS messages: parse the envelope, check that SNS signed it, and that it is fresh.
// Follows AWS's "Verifying the signatures of Amazon SNS messages": the signing certificate must
// come over https from an sns.<region>.amazonaws.com host, and the signature (SHA1withRSA for
// SignatureVersion 1, SHA256withRSA for 2) must match the canonical string of the message's fields.
// A valid signature proves only that *some* SNS topic sent it, so callers also check TopicArn.
import { createVerify, X509Certificate } from "node:crypto";
import { z } from "zod";

export const snsMessageSchema = z.object({
  Type: z.enum(["Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"]),
  MessageId: z.string().min(1).max(255),
  TopicArn: z.string().min(1),
  Message: z.string(),
  Timestamp: z.iso.datetime({ offset: true }),
  SignatureVersion: z.enum(["1", "2"]),
  Signature: z.string().min(1),
  SigningCertURL: z.string().min(1),
  Subject: z.string().optional(),
  SubscribeURL: z.string().optional(),
  UnsubscribeURL: z.string().optional(),
  Token: z.string().optional(),
});

export type SnsMessage = z.infer<typeof snsMessageSchema>;

/** Fetches a PEM certificate (or a SubscribeURL) over https. Injectable so tests never use the network. */
export type SnsHttpGet = (url: string) => Promise<string>;

export class SnsVerificationError extends Error {
  override name = "SnsVerificationError";
}

/** Messages older than this are refused as replays (AWS keeps retrying for at most about an hour). */
export const SNS_MAX_AGE_MS = 60 * 60 * 1000;
/** Allowance for clock skew on messages that claim to come from the future. */
const SNS_MAX_SKEW_MS = 5 * 60 * 1000;

/** True for https URLs on an SNS regional host (sns.us-west-2.amazonaws.com, sns.cn-north-1.amazonaws.com.cn). */
export function isSnsUrl(value: string, options: { pemPath?: boolean } = {}): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.port !== "" || url.username || url.password) return false;
  if (!/^sns\.[a-z]{2}(-[a-z]+)+-\d\.amazonaws\.com(\.cn)?$/.test(url.hostname)) return false;
  return !options.pemPath || url.pathname.endsWith(".pem");
}

/** The string SNS signs: selected fields as "Name\nvalue\n", in this fixed order (absent ones skipped). */
export function canonicalSnsString(message: SnsMessage): string {
  const fields =
    message.Type === "Notification"
      ? (["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"] as const)
      : (["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"] as const);
  return fields
    .filter((field) => message[field] !== undefined)
    .map((field) => `${field}\n${message[field]}\n`)
    .join("");
}

const certificateCache = new Map<string, X509Certificate>();

async function loadCertificate(url: string, httpGet: SnsHttpGet): Promise<X509Certificate> {
  const cached = certificateCache.get(url);
  if (cached) return cached;
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(await httpGet(url));
  } catch (error) {
    throw new SnsVerificationError(`could not load the signing certificate: ${(error as Error).message}`);
  }
  if (certificateCache.size > 50) certificateCache.clear();
  certificateCache.set(url, certificate);
  return certificate;
}

/**
 * Parses and verifies one SNS message. Throws SnsVerificationError for anything that isn't a fresh
 * message signed by SNS; the error message is safe to log (it holds no message content).
 */
export async function verifySnsMessage(raw: unknown, options: { httpGet: SnsHttpGet; now?: Date }): Promise<SnsMessage> {
  const parsed = snsMessageSchema.safeParse(raw);
  if (!parsed.success) throw new SnsVerificationError(`not an SNS message (${parsed.error.issues.map((i) => i.path.join(".") || i.message).join(", ")})`);
  const message = parsed.data;
  if (!isSnsUrl(message.SigningCertURL, { pemPath: true })) throw new SnsVerificationError("SigningCertURL is not an https URL on an SNS host");
  if (message.Type !== "Notification" && (!message.SubscribeURL || !message.Token)) throw new SnsVerificationError(`${message.Type} without SubscribeURL and Token`);

  const certificate = await loadCertificate(message.SigningCertURL, options.httpGet);
  const now = options.now ?? new Date();
  if (new Date(certificate.validTo) < now || new Date(certificate.validFrom) > now) throw new SnsVerificationError("signing certificate is outside its validity period");

  const verifier = createVerify(message.SignatureVersion === "1" ? "RSA-SHA1" : "RSA-SHA256");
  verifier.update(canonicalSnsString(message), "utf8");
  let isValid = false;
  try {
    isValid = verifier.verify(certificate.publicKey, message.Signature, "base64");
  } catch {
    isValid = false;
  }
  if (!isValid) throw new SnsVerificationError("signature does not match");

  const age = now.getTime() - new Date(message.Timestamp).getTime();
  if (age > SNS_MAX_AGE_MS) throw new SnsVerificationError("message is too old (replayed?)");
  if (age < -SNS_MAX_SKEW_MS) throw new SnsVerificationError("message timestamp is in the future");
  return message;
}

/** The default https GET: 5 s timeout, refuses redirects, 64 KB at most. */
export const httpsGet: SnsHttpGet = async (url) => {
  const response = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > 65_536) throw new Error("response too large");
  return text;
};
