// The columns that hold field-encrypted values (lib/security/encryption.ts), read and rewritten a
// batch at a time when the encryption key is rotated.
import { getPool } from "./pool";

export const ENCRYPTED_COLUMNS = [
  { table: "notifications", column: "personalisation" },
  { table: "api_keys", column: "secret" },
  { table: "inbound_sms", column: "content" },
  { table: "service_callback_api", column: "bearer_token" },
] as const;

export type EncryptedColumn = (typeof ENCRYPTED_COLUMNS)[number];
export type EncryptedValue = { id: string; value: string };

/** The next values (by id, after `afterId`) that don't start with `sealedPrefix`. */
export async function findValuesNotSealedWith(target: EncryptedColumn, sealedPrefix: string, afterId: string | null, limit: number): Promise<EncryptedValue[]> {
  const { rows } = await getPool().query<EncryptedValue>(
    `SELECT id::text AS id, ${target.column} AS value FROM ${target.table}
      WHERE ${target.column} IS NOT NULL AND left(${target.column}, length($1)) <> $1 AND ($2::uuid IS NULL OR id > $2::uuid)
      ORDER BY id LIMIT $3`,
    [sealedPrefix, afterId, limit],
  );
  return rows;
}

/** Replaces each value that is still what was read (a value changed meanwhile is left alone). Returns how many changed. */
export async function replaceValues(target: EncryptedColumn, changes: readonly { id: string; from: string; to: string }[]): Promise<number> {
  if (changes.length === 0) return 0;
  const result = await getPool().query(
    `UPDATE ${target.table} t SET ${target.column} = c.to_value
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS c(id, from_value, to_value)
      WHERE t.id = c.id AND t.${target.column} = c.from_value`,
    [changes.map((c) => c.id), changes.map((c) => c.from), changes.map((c) => c.to)],
  );
  return result.rowCount ?? 0;
}
