// Hourly housekeeping for accounts (graphile cron): delete spent codes and old sessions, mark lapsed
// invitations expired (Notify does the same every hour or so).
import { deleteExpiredAuthData } from "../../db/users";
import { logger } from "../../logger";

export async function purgeExpiredAuthData(now = new Date()): Promise<void> {
  const result = await deleteExpiredAuthData(now);
  logger.info(result, "expired codes, sessions and invitations tidied");
}
