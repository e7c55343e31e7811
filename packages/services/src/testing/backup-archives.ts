import { readFile, writeFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';
import yazl from 'yazl';

// Damaging backup archives on purpose, for the tests that show a restore refuses them. Small archives only:
// every entry is held in memory.

/** Every entry of an archive, by name, in the archive's order. */
async function readArchiveEntries(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const entries = new Map<string, Buffer>();
  try {
    for await (const entry of zip.eachEntry())
      entries.set(entry.fileName, await buffer(await zip.openReadStreamPromise(entry)));
  } finally {
    zip.close();
  }
  return entries;
}

/** Writes entries as a new, well-formed archive. */
async function writeArchiveEntries(file: string, entries: Map<string, Buffer>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of entries) zip.addBuffer(content, name);
  zip.end();
  await writeFile(file, zip.outputStream);
}

/** A copy of an archive with its entries edited (a changed row, a dropped file, a wrong count…). */
export async function rewriteArchive(
  from: string,
  to: string,
  edit: (entries: Map<string, Buffer>) => void,
): Promise<void> {
  const entries = await readArchiveEntries(from);
  edit(entries);
  await writeArchiveEntries(to, entries);
}

/** A copy of an archive with one byte of an entry's stored (compressed) data flipped: damage on the disk. */
export async function flipByteOfEntry(from: string, to: string, name: string): Promise<void> {
  const zip = await yauzl.openPromise(from, { lazyEntries: true, autoClose: false });
  let offset = -1;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== name) continue;
      const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
      offset = fileDataStart + Math.floor(entry.compressedSize / 2);
    }
  } finally {
    zip.close();
  }
  if (offset < 0) throw new Error(`no entry ${name}`);
  const bytes = await readFile(from);
  bytes[offset] = bytes[offset]! ^ 0xff;
  await writeFile(to, bytes);
}
