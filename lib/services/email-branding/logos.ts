// Logos for email branding: platform admins upload them; anyone (an email client) may fetch them.
// An upload is checked from its bytes (lib/domain/images/logo-image.ts) before anything is stored,
// then kept in the logos store under the SHA-256 of its bytes, so a logo's URL never changes
// meaning and can be cached for ever.
import { createHash } from "node:crypto";
import { insertAuditEvent } from "../../db/audit";
import { findEmailLogoByKey, listEmailLogos, upsertEmailLogo, type EmailLogoRow } from "../../db/email-branding";
import { checkLogoImage, contentTypeForLogoKey } from "../../domain/images/logo-image";
import { AppError } from "../../errors";
import type { FileStorage } from "../../providers/storage";
import { LOGO_UPLOAD_ERRORS } from "../../schemas/email-branding";
import type { SessionUser } from "../auth/sessions";
import { getLogoStorage } from "../delivery/providers";
import { requirePlatformAdmin } from "../platform-admin/require-platform-admin";

const REASON_MESSAGES = {
  empty: LOGO_UPLOAD_ERRORS.noFile,
  "not-an-image": LOGO_UPLOAD_ERRORS.notAnImage,
  "too-big": LOGO_UPLOAD_ERRORS.tooBig,
  "too-large-dimensions": LOGO_UPLOAD_ERRORS.tooLargeDimensions,
} as const;

/**
 * Stores an uploaded logo and records it. Nothing is stored unless the bytes are a PNG or JPEG
 * within the limits. @throws AppError VALIDATION with a `logo` field error.
 */
export async function uploadEmailLogo({ actor, fileName, bytes, storage = getLogoStorage() }: { actor: SessionUser; fileName: string; bytes: Uint8Array; storage?: FileStorage }): Promise<EmailLogoRow> {
  requirePlatformAdmin(actor);
  const check = checkLogoImage(bytes);
  if (!check.ok) {
    throw new AppError("VALIDATION", `logo refused: ${check.reason}`, { fieldErrors: { logo: REASON_MESSAGES[check.reason] } });
  }
  const { image } = check;
  const key = `${createHash("sha256").update(bytes).digest("hex")}.${image.extension}`;
  await storage.put(key, Buffer.from(bytes), { contentType: image.contentType });
  const logo = await upsertEmailLogo({
    key,
    contentType: image.contentType,
    width: image.width,
    height: image.height,
    byteLength: bytes.length,
    fileName: fileName.slice(0, 255) || "logo",
    uploadedById: actor.userId,
  });
  await insertAuditEvent({ eventType: "email-logo-uploaded", userId: actor.userId, data: { logoId: logo.id, key } });
  return logo;
}

export async function listLogosForAdmin({ actor }: { actor: SessionUser }): Promise<EmailLogoRow[]> {
  requirePlatformAdmin(actor);
  return listEmailLogos();
}

/**
 * A logo's bytes for the public logo route: only keys that are a recorded logo's (so the route
 * can't be used to read anything else from the store). Null when there is no such logo.
 */
export async function readPublicLogo(key: string, storage: FileStorage = getLogoStorage()): Promise<{ body: Buffer; contentType: "image/png" | "image/jpeg" } | null> {
  const contentType = contentTypeForLogoKey(key);
  if (!contentType) return null;
  const logo = await findEmailLogoByKey(key);
  if (!logo) return null;
  const body = await storage.get(key);
  return body ? { body, contentType } : null;
}
