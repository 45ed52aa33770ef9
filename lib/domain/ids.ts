// Ids in addresses and forms are UUIDs: anything else is answered as "not found" before any query.

/** True for a 36-character UUID-shaped id (hex digits and hyphens). */
export function looksLikeId(value: string): boolean {
  return /^[0-9a-f-]{36}$/i.test(value);
}
