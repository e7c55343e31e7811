import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import yauzl from 'yauzl';
import yazl from 'yazl';

/**
 * A zip file written entry by entry, each streamed in (yazl): nothing is held whole in memory. Entries are
 * added one at a time; `add` resolves once its stream has been read to the end.
 */
export class ZipWriter {
  private readonly zip = new yazl.ZipFile();
  private readonly out;
  /** Rejects on the first error of the zip or the file, so that no wait outlives a failure. */
  private readonly failed: Promise<never>;

  constructor(path: string) {
    this.out = createWriteStream(path, { flags: 'wx' });
    this.failed = new Promise<never>((_, reject) => {
      this.zip.on('error', reject);
      this.out.on('error', reject);
    });
    this.failed.catch(() => undefined);
    this.zip.outputStream.pipe(this.out);
  }

  async add(name: string, content: Readable, size?: number): Promise<void> {
    const read = finished(content);
    this.zip.addReadStream(content, name, size == null ? {} : { size });
    await Promise.race([read, this.failed]);
  }

  addBuffer(name: string, content: Buffer): void {
    this.zip.addBuffer(content, name);
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    const closed = finished(this.out);
    this.zip.end();
    await Promise.race([closed, this.failed]);
  }

  /** Stops writing after a failure (the caller removes the file). */
  async abort(): Promise<void> {
    this.zip.outputStream.unpipe(this.out);
    this.out.destroy();
    await finished(this.out).catch(() => undefined);
  }
}

/** A zip file read by its central directory (yauzl): any entry, in any order, streamed out. */
export class ZipReader {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    /** Names that appear more than once: a well-formed backup has none. */
    readonly duplicates: string[],
  ) {}

  static async open(path: string): Promise<ZipReader> {
    const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: true });
    const entries = new Map<string, yauzl.Entry>();
    const duplicates: string[] = [];
    try {
      for await (const entry of zip.eachEntry()) {
        if (entries.has(entry.fileName)) duplicates.push(entry.fileName);
        entries.set(entry.fileName, entry);
      }
    } catch (error) {
      zip.close();
      throw error;
    }
    return new ZipReader(zip, entries, duplicates);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's content, inflated; sizes are checked against the directory as it streams. */
  stream(name: string): Promise<Readable> {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`no entry ${name}`);
    return this.zip.openReadStreamPromise(entry);
  }

  close(): void {
    this.zip.close();
  }
}
