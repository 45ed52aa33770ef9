// File storage in Amazon S3 (uploaded spreadsheets, reports). Keys are checked like the local
// store's, so the same key works in both. Server-side encryption is requested on every object.
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { assertSafeStorageKey, type FileStorage } from "../storage";
import { classifyAwsError } from "./errors";

export class S3Storage implements FileStorage {
  readonly name = "s3";

  constructor(private readonly options: { client: S3Client; bucket: string }) {}

  async put(key: string, body: Buffer, options: { contentType?: string; metadata?: Record<string, string> } = {}): Promise<void> {
    assertSafeStorageKey(key);
    try {
      await this.options.client.send(
        new PutObjectCommand({
          Bucket: this.options.bucket,
          Key: key,
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

  async get(key: string): Promise<Buffer | null> {
    assertSafeStorageKey(key);
    try {
      const result = await this.options.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      if (!result.Body) return null;
      return Buffer.from(await result.Body.transformToByteArray());
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === "NoSuchKey" || name === "NotFound") return null;
      throw classifyAwsError(error, "S3 GetObject");
    }
  }

  async open(key: string): Promise<{ body: ReadableStream<Uint8Array>; length: number } | null> {
    assertSafeStorageKey(key);
    try {
      const result = await this.options.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      if (!result.Body) return null;
      return { body: result.Body.transformToWebStream() as ReadableStream<Uint8Array>, length: result.ContentLength ?? 0 };
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === "NoSuchKey" || name === "NotFound") return null;
      throw classifyAwsError(error, "S3 GetObject");
    }
  }

  async delete(key: string): Promise<void> {
    assertSafeStorageKey(key);
    try {
      await this.options.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
    } catch (error) {
      throw classifyAwsError(error, "S3 DeleteObject");
    }
  }
}
