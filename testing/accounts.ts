// Creates real, active accounts for integration tests by going through the sign-up journey
// (register → emailed link → texted code), reading messages from the local outbox. Needs a worker.
import { randomUUID } from "node:crypto";
import { getDb } from "../lib/db/client";
import { confirmEmail, registerUser, verifyMobile } from "../lib/services/auth/register";
import { codeIn, linkIn, waitForOutboxMessage } from "./outbox";

export const PASSWORD = "correct horse battery staple";

/** Registers and activates a user through the real journey; returns their details. */
export async function createActiveUser(overrides: { authType?: "sms_auth" | "email_auth" } = {}) {
  const id = randomUUID().slice(0, 8);
  const emailAddress = `person-${id}@agency.gov`;
  const mobileNumber = `+1202555${String(Math.floor(1000 + Math.random() * 8999))}`;
  const started = new Date();
  await registerUser({ name: `Person ${id}`, emailAddress, mobileNumber, password: PASSWORD });
  const email = await waitForOutboxMessage(emailAddress, started);
  const { pendingToken } = await confirmEmail(linkIn(email.body, "/verify-email"));
  const sms = await waitForOutboxMessage(mobileNumber, started);
  const session = await verifyMobile(pendingToken, codeIn(sms.body));
  if (overrides.authType) await getDb().user.update({ where: { id: session.userId }, data: { authType: overrides.authType } });
  return { emailAddress, mobileNumber, userId: session.userId, session };
}

