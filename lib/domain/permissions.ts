// Who may do what in a service. Stored per member as Notify's seven permissions; the portal shows
// them as five groups (GSA's labels), and a group counts as held only when all of its parts are.

export const USER_PERMISSIONS = ["manage_users", "manage_templates", "manage_settings", "send_texts", "send_emails", "manage_api_keys", "view_activity"] as const;
export type UserPermission = (typeof USER_PERMISSIONS)[number];

export const UI_PERMISSIONS = {
  view_activity: { label: "See dashboard", stored: ["view_activity"] },
  send_messages: { label: "Send messages", stored: ["send_texts", "send_emails"] },
  manage_templates: { label: "Add and edit templates", stored: ["manage_templates"] },
  manage_service: { label: "Manage settings, team and usage", stored: ["manage_users", "manage_settings"] },
  manage_api_keys: { label: "Manage API integration", stored: ["manage_api_keys"] },
} as const satisfies Record<string, { label: string; stored: readonly UserPermission[] }>;
export type UiPermission = keyof typeof UI_PERMISSIONS;

/** The stored permissions for a set of portal checkboxes. */
export function toStoredPermissions(groups: readonly UiPermission[]): UserPermission[] {
  const stored = new Set<UserPermission>(groups.flatMap((group) => UI_PERMISSIONS[group].stored));
  return USER_PERMISSIONS.filter((p) => stored.has(p));
}

export function hasUiPermission(stored: readonly UserPermission[], group: UiPermission): boolean {
  return UI_PERMISSIONS[group].stored.every((p) => stored.includes(p));
}

/**
 * Notify's email_safe: the local part of a service's From address made from its name — lower
 * case, accents dropped, whitespace to ".", anything else not a letter/digit/dot removed, runs of
 * dots collapsed, no dot at either end.
 */
export function emailSafe(name: string, whitespace = "."): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, whitespace)
    .replace(new RegExp(`[^a-z0-9${whitespace === "." ? "." : "._"}]`, "g"), "")
    .replace(/\.{2,}/g, ".")
    .replace(/^\.+|\.+$/g, "");
}
