import { graphql, type ResultOf } from '../graphql.js';
import { acceptLanguage, storedLocale } from '../i18n/locale.js';
import { ApiError } from './api-error.js';
import { currentAccessToken } from './session.js';
import type { UserError } from './user-errors.js';

/** Files in and out of the console: GraphQL carries them as base64 (see GeneratedFile in the API). */

export const GeneratedFileFields = graphql(`
  fragment GeneratedFile on GeneratedFile { filename mimeType byteSize contentBase64 }
`);
type GeneratedFile = ResultOf<typeof GeneratedFileFields>;

/** Hands a generated file to the browser as a download. */
export function saveGeneratedFile(file: GeneratedFile): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  saveBlob(new Blob([bytes], { type: file.mimeType }), file.filename);
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
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

/** Evidence as the API describes it; `url` downloads it with the bearer token. */
export const EvidenceFields = graphql(`
  fragment Evidence on Evidence {
    id fileName contentType size sha256 uploadedByName uploadedAt url progressReportId
  }
`);
export type EvidenceRecord = ResultOf<typeof EvidenceFields>;

// Browsers leave the type empty for formats they do not know (OFD, the format of Chinese e-government).
const TYPE_BY_EXTENSION: Record<string, string> = {
  ofd: 'application/ofd',
  pdf: 'application/pdf',
  txt: 'text/plain',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const typeOf = (file: File) =>
  file.type ||
  TYPE_BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] ||
  'application/octet-stream';

/**
 * Uploads one evidence file to a task (and a progress report), as the raw body of `POST /files/evidence`.
 * The server's refusal (type, size, content) is thrown as a form error on `field`, the file input.
 */
export async function uploadEvidence(
  file: File,
  target: { taskId: number; progressReportId?: number | null },
  field = 'files',
): Promise<void> {
  const query = new URLSearchParams({ taskId: String(target.taskId), fileName: file.name });
  if (target.progressReportId != null) query.set('progressReportId', String(target.progressReportId));
  const token = await currentAccessToken();
  let response: Response;
  try {
    response = await fetch(`/files/evidence?${query}`, {
      method: 'POST',
      headers: {
        'content-type': typeOf(file),
        'accept-language': acceptLanguage(storedLocale()),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: file,
    });
  } catch {
    throw new ApiError('ra.notification.offline', 0, {}, 'NETWORK');
  }
  if (response.ok) return;
  const body = (await response.json().catch(() => ({}))) as { errors?: UserError[] };
  const message = `${file.name}: ${(body.errors ?? []).map((e) => e.message).join(';') || response.statusText}`;
  throw new ApiError(message, 400, { errors: { [field]: message, root: { serverError: message } } });
}

/**
 * An evidence file's content, typed as its record says (the link needs the bearer token, so the browser cannot
 * follow it alone).
 */
export function fetchEvidence(evidence: Pick<EvidenceRecord, 'url' | 'contentType'>): Promise<Blob> {
  return fetchFile(evidence.url, evidence.contentType);
}

/** A file the API serves to the signed-in user only (`/files/…`, with the bearer token). */
async function fetchFile(url: string, contentType: string): Promise<Blob> {
  const token = await currentAccessToken();
  const response = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new ApiError('ra.notification.http_error', response.status);
  return new Blob([await response.arrayBuffer()], { type: contentType });
}

/** Downloads a file the job queue generated for this user (`GET /files/generated/<id>`). */
export async function downloadGeneratedFile(file: {
  id: number;
  fileName: string | null;
  contentType: string | null;
}): Promise<void> {
  const type = file.contentType ?? 'application/octet-stream';
  saveBlob(await fetchFile(`/files/generated/${file.id}`, type), file.fileName ?? `file-${file.id}`);
}

/** Downloads an evidence file under its uploaded name. */
export async function downloadEvidence(
  evidence: Pick<EvidenceRecord, 'url' | 'fileName' | 'contentType'>,
): Promise<void> {
  saveBlob(await fetchEvidence(evidence), evidence.fileName);
}
