// Re-encrypts every stored field-encrypted value with the current key, after ENCRYPTION_KEY has
// been replaced and the old key moved to ENCRYPTION_KEY_PREVIOUS (docs/operations.md). Safe to run
// while the app runs and to run again: values already sealed with the current key are skipped, and
// a value changed meanwhile is left as it is. Values no key given can open are counted, not changed.
import { ENCRYPTED_COLUMNS, findValuesNotSealedWith, replaceValues } from "../../db/encrypted-columns";
import { logger } from "../../logger";
import { decrypt, encrypt, sealedPrefix, type EncryptionKeys } from "../../security/encryption";

export type RotationResult = { table: string; column: string; reencrypted: number; unreadable: number };

export async function reencryptStoredValues(keys: EncryptionKeys, options: { batchSize?: number } = {}): Promise<RotationResult[]> {
  const batchSize = options.batchSize ?? 500;
  const current = sealedPrefix(keys.current);
  const results: RotationResult[] = [];
  for (const target of ENCRYPTED_COLUMNS) {
    const result: RotationResult = { ...target, reencrypted: 0, unreadable: 0 };
    let afterId: string | null = null;
    for (;;) {
      const values = await findValuesNotSealedWith(target, current, afterId, batchSize);
      if (values.length === 0) break;
      const changes = [];
      for (const { id, value } of values) {
        try {
          changes.push({ id, from: value, to: encrypt(decrypt(value, keys), keys.current) });
        } catch {
          result.unreadable += 1;
        }
      }
      result.reencrypted += await replaceValues(target, changes);
      afterId = values[values.length - 1]?.id ?? null;
    }
    logger.info(result, "re-encrypted stored values");
    results.push(result);
  }
  return results;
}
