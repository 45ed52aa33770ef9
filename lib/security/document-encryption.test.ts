import { describe, expect, it } from "vitest";
import { documentKeyHash, documentRecipientHash, isDocumentRecipient, isDocumentSecret, newDocumentSecret, openDocument, sealDocument } from "./document-encryption";

const ID = "0192f0c1-0000-7000-8000-000000000001";

describe("document encryption", () => {
  it("opens with the link's secret only", () => {
    const secret = newDocumentSecret();
    expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    const sealed = sealDocument(Buffer.from("%PDF-1.5 testpdf"), secret, ID);
    expect(sealed.includes(Buffer.from("testpdf"))).toBe(false);
    expect(openDocument(sealed, secret, ID).toString()).toBe("%PDF-1.5 testpdf");
    expect(() => openDocument(sealed, newDocumentSecret(), ID)).toThrow();
    expect(() => openDocument(sealed, secret, "0192f0c1-0000-7000-8000-000000000002")).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = (tampered.at(-1) ?? 0) ^ 1;
    expect(() => openDocument(tampered, secret, ID)).toThrow();
  });
  it("checks a secret and a recipient against their hashes", () => {
    const secret = newDocumentSecret();
    expect(isDocumentSecret(secret, documentKeyHash(secret))).toBe(true);
    expect(isDocumentSecret(newDocumentSecret(), documentKeyHash(secret))).toBe(false);
    const hash = documentRecipientHash("a@example.com", ID, "k");
    expect(isDocumentRecipient("a@example.com", ID, "k", hash)).toBe(true);
    expect(isDocumentRecipient("b@example.com", ID, "k", hash)).toBe(false);
    expect(isDocumentRecipient("a@example.com", ID, "other", hash)).toBe(false);
  });
});
