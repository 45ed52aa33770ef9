// Notify's API datetime format (responses and callbacks): ISO 8601 with microseconds and a Z.

export function notifyDateTime(date: Date | null): string | null {
  return date ? `${date.toISOString().slice(0, 23)}000Z` : null;
}
