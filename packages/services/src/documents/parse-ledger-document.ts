import { type ParsedDocument, readLedgerDocument, UnreadableDocumentError } from '@rectify/ledger-io';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { invalid } from '../kernel/errors.js';
import { messages } from '../messages/index.js';

export interface ParseLedgerDocumentInput {
  filename: string;
  /** The file's bytes, base64-encoded. */
  contentBase64: string;
}

/** 10 MB: a feedback document is tens of kB, a DOCX with images a few MB. */
const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Reads a feedback or progress document (.txt, .md, .docx) into a draft issue tree for the office to review.
 * Nothing is written: the reviewed draft is committed by importLedgerDraft.
 */
export async function parseLedgerDocument(
  ctx: ServiceContext,
  input: ParseLedgerDocumentInput,
): Promise<ParsedDocument> {
  authorize(ctx.actor, 'ledger.import');
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.byteLength === 0) {
    throw invalid([{ field: 'contentBase64', code: 'REQUIRED', message: messages.documents.fileEmpty }]);
  }
  if (bytes.byteLength > DOCUMENT_MAX_BYTES) {
    throw invalid([
      {
        field: 'contentBase64',
        code: 'TOO_LARGE',
        message: messages.documents.fileMustMost10Mb,
      },
    ]);
  }
  try {
    return await readLedgerDocument(input.filename, bytes);
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    throw invalid([
      {
        field: 'filename',
        code: 'UNREADABLE',
        message: messages.documents.cannotRead({ filename: input.filename, message: error.message }),
      },
    ]);
  }
}
