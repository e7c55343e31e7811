import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  paginateListObjectsV2,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  checkedSize,
  type FileStore,
  type ListedFile,
  SHA256,
  type StoredFile,
  sha256Of,
} from './file-store.js';

/** Where an S3-compatible store is and how to sign in to it (RECTIFY_S3_* settings). */
export interface S3Settings {
  bucket: string;
  /** The service's address, for a store other than AWS (MinIO, Ceph, a cloud's OSS); AWS when unset. */
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export function s3Client(settings: S3Settings): S3Client {
  return new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    // Path-style addressing (`endpoint/bucket/key`) works with every S3-compatible server.
    forcePathStyle: settings.endpoint !== undefined,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Checksums only where the operation needs one: compatible servers do not all read the new trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

const isMissing = (error: unknown) =>
  error instanceof NoSuchKey ||
  error instanceof NotFound ||
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

/**
 * Files in an S3-compatible bucket under `files/<sha256>`, shared by every server that names the bucket. As
 * with the folder, the bytes are written before the record that refers to them: a failed upload leaves at
 * most an object nobody refers to, never a record without its file.
 */
export class S3FileStore implements FileStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  private keyOf = (sha256: string) => `files/${sha256}`;

  private async sizeOf(sha256: string): Promise<number | null> {
    try {
      const head = await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }),
      );
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async put(content: Uint8Array): Promise<StoredFile & { created: boolean }> {
    const sha256 = sha256Of(content);
    const existing = await this.sizeOf(sha256);
    if (existing !== null)
      return { sha256, size: checkedSize(existing, content.length, sha256), created: false };
    // Two writers of the same bytes write the same object: whichever lands last, the content is the same.
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.keyOf(sha256),
        Body: content,
        ContentLength: content.length,
        ContentType: 'application/octet-stream',
      }),
    );
    return { sha256, size: content.length, created: true };
  }

  async open(sha256: string): Promise<{ size: number; stream: Readable } | null> {
    if (!SHA256.test(sha256)) return null;
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }),
      );
      return { size: object.ContentLength ?? 0, stream: object.Body as Readable };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async *list(): AsyncIterable<ListedFile> {
    const pages = paginateListObjectsV2({ client: this.client }, { Bucket: this.bucket, Prefix: 'files/' });
    for await (const page of pages) {
      for (const object of page.Contents ?? []) {
        const sha256 = object.Key?.slice('files/'.length) ?? '';
        if (!SHA256.test(sha256)) continue;
        yield { sha256, size: object.Size ?? 0, storedAt: object.LastModified ?? new Date(0) };
      }
    }
  }

  async remove(sha256: string): Promise<void> {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }));
  }
}
