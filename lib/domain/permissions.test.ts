import { describe, expect, it } from "vitest";
import { emailSafe, hasUiPermission, toStoredPermissions, USER_PERMISSIONS } from "./permissions";

describe("permissions", () => {
  it("maps portal groups to Notify's stored permissions", () => {
    expect(toStoredPermissions(["send_messages", "manage_service"])).toEqual(["manage_users", "manage_settings", "send_texts", "send_emails"]);
    expect(toStoredPermissions([])).toEqual([]);
  });

  it("holds a group only when every part is held", () => {
    expect(hasUiPermission(["send_texts"], "send_messages")).toBe(false);
    expect(hasUiPermission(["send_texts", "send_emails"], "send_messages")).toBe(true);
    expect(hasUiPermission([...USER_PERMISSIONS], "manage_api_keys")).toBe(true);
  });
});

describe("emailSafe", () => {
  it.each([
    ["City Permits Office", "city.permits.office"],
    ["  Département   des Impôts ", "departement.des.impots"],
    ["Parks & Rec (West)", "parks.rec.west"],
    ["...Dots...", "dots"],
  ])("%j → %j", (name, expected) => {
    expect(emailSafe(name)).toBe(expected);
  });

  it("can use underscores, as API key names do", () => {
    expect(emailSafe("My Key 1", "_")).toBe("my_key_1");
  });
});
