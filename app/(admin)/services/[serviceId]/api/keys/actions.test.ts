// The revoke action reports "API key revoked" only when a key was revoked: the service refuses a
// key id that is not one of this service's live keys (another service's, or one already revoked).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";

const mocks = vi.hoisted(() => ({ revokeApiKey: vi.fn(), redirect: vi.fn() }));

vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    mocks.redirect(url);
    throw new Error("NEXT_REDIRECT");
  },
}));
vi.mock("@/lib/auth/session", () => ({ requireUser: async () => ({ sessionId: "s", userId: "u", name: "Ada", emailAddress: "ada@agency.gov", platformAdmin: false }) }));
vi.mock("@/lib/services/api-keys/api-keys", () => ({ revokeApiKey: mocks.revokeApiKey, createApiKey: vi.fn() }));

const { revokeApiKeyAction } = await import("./actions");

const SERVICE = "2f0e6a4c-2b4d-4a59-9c39-0b1ccf2d2ab1";
const KEY = "8d4f3c2a-1b0e-4f6a-9c8d-7e6f5a4b3c2d";

describe("revokeApiKeyAction", () => {
  beforeEach(() => vi.clearAllMocks());

  it("says the key was revoked when it was", async () => {
    mocks.revokeApiKey.mockResolvedValue(undefined);
    await expect(revokeApiKeyAction(SERVICE, KEY)).rejects.toThrow("NEXT_REDIRECT");
    expect(mocks.revokeApiKey).toHaveBeenCalledWith({ actor: expect.objectContaining({ userId: "u" }), serviceId: SERVICE, keyId: KEY });
    expect(mocks.redirect).toHaveBeenCalledWith(`/services/${SERVICE}/api/keys?revoked=1`);
  });

  it("goes back to the keys without saying anything was revoked when nothing was", async () => {
    mocks.revokeApiKey.mockRejectedValue(new AppError("NOT_FOUND", "no active key"));
    await expect(revokeApiKeyAction(SERVICE, KEY)).rejects.toThrow("NEXT_REDIRECT");
    expect(mocks.redirect).toHaveBeenCalledWith(`/services/${SERVICE}/api/keys`);
  });
});
