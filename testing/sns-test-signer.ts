// Test support: a locally generated RSA key and self-signed X.509 certificate standing in for
// Amazon SNS's signing certificate, and a signer that produces SNS messages exactly as SNS signs
// them (SignatureVersion 1 = SHA1withRSA, 2 = SHA256withRSA). Node can't create certificates, so
// the certificate is encoded here in DER by hand (v1 fields only; enough for X509Certificate).
import { createSign, generateKeyPairSync, randomUUID, sign, type KeyObject } from "node:crypto";
import { canonicalSnsString, type SnsMessage } from "../lib/services/receipts/sns-message";

function der(tag: number, content: Buffer): Buffer {
  const length = content.length;
  let header: Buffer;
  if (length < 0x80) header = Buffer.from([tag, length]);
  else {
    const bytes: number[] = [];
    for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
    header = Buffer.from([tag, 0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([header, content]);
}

const sequence = (...parts: Buffer[]) => der(0x30, Buffer.concat(parts));

function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split(".").map(Number);
  const bytes = [40 * a + b];
  for (const value of rest) {
    const chunk = [value & 0x7f];
    for (let v = value >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
}

function utcTime(date: Date): Buffer {
  const iso = date.toISOString();
  return der(0x17, Buffer.from(`${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`));
}

const commonName = (cn: string) => sequence(der(0x31, sequence(oid("2.5.4.3"), der(0x0c, Buffer.from(cn)))));

/** A self-signed certificate (PEM) for `privateKey`/`publicKey`, valid from `notBefore` to `notAfter`. */
export function createSelfSignedCertificate(keys: { privateKey: KeyObject; publicKey: KeyObject }, options: { cn?: string; notBefore?: Date; notAfter?: Date } = {}): string {
  const algorithm = sequence(oid("1.2.840.113549.1.1.11"), der(0x05, Buffer.alloc(0)));
  const name = commonName(options.cn ?? "sns.amazonaws.com");
  const tbs = sequence(
    der(0x02, Buffer.from([0x01])),
    algorithm,
    name,
    sequence(utcTime(options.notBefore ?? new Date(Date.now() - 86_400_000)), utcTime(options.notAfter ?? new Date(Date.now() + 86_400_000))),
    name,
    keys.publicKey.export({ type: "spki", format: "der" }),
  );
  const signature = sign("sha256", tbs, keys.privateKey);
  const certificate = sequence(tbs, algorithm, der(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const base64 = certificate.toString("base64").replace(/(.{64})/g, "$1\n");
  return `-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`;
}

export type SnsTestSigner = {
  certUrl: string;
  certificatePem: string;
  /** An httpGet that serves the certificate at certUrl and records every other URL it is asked for. */
  httpGet: (url: string) => Promise<string>;
  requested: string[];
  /** Builds and signs a message; `fields` override anything (including the signature) afterwards. */
  sign: (message: Partial<SnsMessage> & Pick<SnsMessage, "Type" | "Message" | "TopicArn">, options?: { version?: "1" | "2" }) => SnsMessage;
};

export function createSnsTestSigner(options: { certUrl?: string; notBefore?: Date; notAfter?: Date } = {}): SnsTestSigner {
  const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const certificatePem = createSelfSignedCertificate(keys, options);
  const certUrl = options.certUrl ?? `https://sns.us-west-2.amazonaws.com/SimpleNotificationService-${randomUUID().slice(0, 8)}.pem`;
  const requested: string[] = [];
  return {
    certUrl,
    certificatePem,
    requested,
    httpGet: async (url) => {
      requested.push(url);
      if (url === certUrl) return certificatePem;
      return "<ConfirmSubscriptionResponse/>";
    },
    sign: (fields, signOptions = {}) => {
      const version = signOptions.version ?? "2";
      const message = {
        MessageId: randomUUID(),
        Timestamp: new Date().toISOString(),
        SignatureVersion: version,
        SigningCertURL: certUrl,
        Signature: "",
        ...fields,
      } as SnsMessage;
      const signer = createSign(version === "1" ? "RSA-SHA1" : "RSA-SHA256");
      signer.update(canonicalSnsString(message), "utf8");
      return { ...message, Signature: fields.Signature ?? signer.sign(keys.privateKey, "base64") };
    },
  };
}
