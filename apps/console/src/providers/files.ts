/** Files in and out of the console: GraphQL carries them as base64 (see GeneratedFile in the API). */

export interface GeneratedFile {
  filename: string;
  mimeType: string;
  byteSize: number;
  contentBase64: string;
}

/** Hands a generated file to the browser as a download. */
export function saveGeneratedFile(file: GeneratedFile): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.click();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Reads a file the user picked as base64, ready for an upload mutation. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunked: String.fromCharCode with a whole file's bytes as arguments overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
