// File storage in Amazon S3 (uploaded spreadsheets, reports). Keys are checked like the local
// store's, so the same key works in both. Server-side encryption is requested on every object.
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { assertSafeStorageKey, type FileStorage } from "../storage";
import { classifyAwsError } from "./errors";

export class S3Storage implements FileStorage {
  readonly name = "s3";

  /** `prefix` ("documents/") puts every key under a folder of the bucket. */
  constructor(private readonly options: { client: S3Client; bucket: string; prefix?: string }) {}

  private keyFor(key: string): string {
    assertSafeStorageKey(key);
    return `${this.options.prefix ?? ""}${key}`;
  }

  async put(key: string, body: Buffer, options: { contentType?: string; metadata?: Record<string, string> } = {}): Promise<void> {
    const objectKey = this.keyFor(key);
    try {
      await this.options.client.send(
        new PutObjectCommand({
          Bucket: this.options.bucket,
          Key: objectKey,
          Body: body,
          ContentType: options.contentType,
          Metadata: options.metadata,
          ServerSideEncryption: "AES256",
        }),
      );
    } catch (error) {
      throw classifyAwsError(error, "S3 PutObject");
    }
  }

  /** The object, or null when there is no such object. */
  private async getObject(key: string) {
    const objectKey = this.keyFor(key);
    try {
      const result = await this.options.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: objectKey }));
      return result.Body ? { body: result.Body, length: result.ContentLength ?? 0 } : null;
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === "NoSuchKey" || name === "NotFound") return null;
      throw classifyAwsError(error, "S3 GetObject");
    }
  }

  async get(key: string): Promise<Buffer | null> {
    const object = await this.getObject(key);
    return object ? Buffer.from(await object.body.transformToByteArray()) : null;
  }

  async open(key: string): Promise<{ body: ReadableStream<Uint8Array>; length: number } | null> {
    const object = await this.getObject(key);
    return object ? { body: object.body.transformToWebStream() as ReadableStream<Uint8Array>, length: object.length } : null;
  }

  async delete(key: string): Promise<void> {
    const objectKey = this.keyFor(key);
    try {
      await this.options.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: objectKey }));
    } catch (error) {
      throw classifyAwsError(error, "S3 DeleteObject");
    }
  }
}
