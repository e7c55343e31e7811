import { readDocxText } from './docx/read-docx.js';
import { parseFeedbackDocument } from './parse-feedback-document.js';
import type { ParsedDocument } from './types.js';

/** The kinds of file a feedback or progress document is read from, by extension. */
const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx'] as const;

export class UnreadableDocumentError extends Error {
  constructor(
    readonly filename: string,
    reason: string,
  ) {
    super(`${filename}: ${reason}`);
    this.name = 'UnreadableDocumentError';
  }
}

/**
 * Reads a document file into a draft issue tree: DOCX by its paragraphs in order, with the numbers Word
 * shows for automatic numbering; Markdown without its markup; plain text as UTF-8 or, failing that,
 * GB18030 (what Chinese Windows editors save).
 */
export async function readLedgerDocument(filename: string, bytes: Uint8Array): Promise<ParsedDocument> {
  return parseFeedbackDocument(await documentText(filename, bytes));
}

async function documentText(filename: string, bytes: Uint8Array): Promise<string> {
  const name = filename.toLowerCase();
  if (name.endsWith('.docx')) return docxText(filename, bytes);
  if (name.endsWith('.md') || name.endsWith('.markdown')) return withoutMarkdown(decodeText(bytes));
  if (name.endsWith('.txt')) return decodeText(bytes);
  throw new UnreadableDocumentError(filename, `only ${DOCUMENT_EXTENSIONS.join(', ')} files can be read`);
}

function docxText(filename: string, bytes: Uint8Array): string {
  try {
    return readDocxText(bytes);
  } catch {
    throw new UnreadableDocumentError(filename, 'not a readable DOCX file');
  }
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Headings, quotes, emphasis and escapes stripped line by line: the numbering is in the text itself. */
export function withoutMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) =>
      line
        .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?)/u, '')
        .replace(/\*\*((?:\\.|[^*\\])+)\*\*/gu, '$1')
        .replace(/\\([\\`*_{}[\]()#+\-.!>])/gu, '$1'),
    )
    .join('\n');
}
