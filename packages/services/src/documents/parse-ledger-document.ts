import { type ParsedDocument, readLedgerDocument, UnreadableDocumentError } from '@rectify/ledger-io';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { invalid } from '../kernel/errors.js';

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
    throw invalid([
      { field: 'contentBase64', code: 'REQUIRED', message: { zh: '文件为空', en: 'the file is empty' } },
    ]);
  }
  if (bytes.byteLength > DOCUMENT_MAX_BYTES) {
    throw invalid([
      {
        field: 'contentBase64',
        code: 'TOO_LARGE',
        message: { zh: '文件不能超过10MB', en: 'the file must be at most 10 MB' },
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
        message: {
          zh: `无法读取“${input.filename}”：只支持 .txt、.md、.docx 文件`,
          en: `cannot read "${input.filename}": ${error.message}`,
        },
      },
    ]);
  }
}
