import type { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { EVIDENCE_FIELDS } from './workflow-labels.js';

/** The largest evidence file accepted: 20 MiB. */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
const FILE_NAME_MAX = 200;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // docx, xlsx, ofd
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // doc, xls

const startsWith = (signature: number[]) => (bytes: Uint8Array) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** Plain text must be UTF-8 without NUL bytes (which would mean a binary file under a text label). */
function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file types evidence may have (documents, scans, photos, the OFD format of Chinese e-government), each
 * with the bytes its content must start with: a file is accepted only when it is what its type says.
 */
const EVIDENCE_TYPES: Record<string, { label: string; matches: (bytes: Uint8Array) => boolean }> = {
  'application/pdf': { label: 'PDF', matches: startsWith(PDF) },
  'application/ofd': { label: 'OFD', matches: startsWith(ZIP) },
  'image/jpeg': { label: 'JPEG', matches: startsWith(JPEG) },
  'image/png': { label: 'PNG', matches: startsWith(PNG) },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'Word (docx)',
    matches: startsWith(ZIP),
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    label: 'Excel (xlsx)',
    matches: startsWith(ZIP),
  },
  'application/msword': { label: 'Word (doc)', matches: startsWith(OLE) },
  'application/vnd.ms-excel': { label: 'Excel (xls)', matches: startsWith(OLE) },
  'text/plain': { label: 'text', matches: isUtf8Text },
};

/** `Image/JPEG; charset=…` → `image/jpeg`. */
export const normaliseContentType = (value: string | null | undefined): string =>
  (value ?? '').split(';')[0]!.trim().toLowerCase();

/** The name without any folder a browser may send along, trimmed. */
export const normaliseFileName = (value: string | null | undefined): string =>
  (value ?? '').split(/[/\\]/).pop()!.trim();

/** Checks an upload's name, type, size and content, reporting every problem by field. */
export function checkEvidenceFile(
  v: Validator,
  file: { fileName: string; contentType: string; content: Uint8Array },
): void {
  v.required('fileName', EVIDENCE_FIELDS.fileName, file.fileName)
    .maxLength('fileName', EVIDENCE_FIELDS.fileName, file.fileName, FILE_NAME_MAX)
    .check(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
      !/[\u0000-\u001f\u007f]/.test(file.fileName),
      'fileName',
      'INVALID',
      messages.workflow.containsControlCharacters({ fileNameField: EVIDENCE_FIELDS.fileName }),
    );
  const type = EVIDENCE_TYPES[file.contentType];
  const accepted = Object.values(EVIDENCE_TYPES)
    .map((t) => t.label)
    .join(', ');
  if (!type) {
    v.add(
      'contentType',
      'UNSUPPORTED_TYPE',
      messages.workflow.unsupportedFileType({ contentType: file.contentType, accepted }),
    );
  }
  const mib = EVIDENCE_MAX_BYTES / 1024 / 1024;
  if (file.content.length === 0) {
    v.add('content', 'EMPTY', messages.workflow.fileEmpty);
  } else if (file.content.length > EVIDENCE_MAX_BYTES) {
    v.add('content', 'TOO_LARGE', messages.workflow.fileMayMostMb({ mib }));
  } else if (type && !type.matches(file.content)) {
    v.add('content', 'TYPE_MISMATCH', messages.workflow.contentNotFile({ label: type.label }));
  }
}

/** The size an upload declares (Content-Length), checked before its body is read. */
export function checkDeclaredSize(v: Validator, size: number): void {
  const mib = EVIDENCE_MAX_BYTES / 1024 / 1024;
  if (!Number.isInteger(size) || size < 0) {
    v.add('content', 'LENGTH_REQUIRED', messages.workflow.requestMustDeclareFileSize);
  } else if (size > EVIDENCE_MAX_BYTES) {
    v.add('content', 'TOO_LARGE', messages.workflow.fileMayMostMb({ mib }));
  }
}
