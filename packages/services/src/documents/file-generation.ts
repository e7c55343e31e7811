import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { type FileGenerationRow, fileGenerations, users } from '@rectify/db';
import {
  FileGenerationState,
  GeneratedDocument,
  type Permission,
  ReportFormat,
  userActor,
} from '@rectify/domain';
import { LedgerSheetKind } from '@rectify/ledger-io';
import { eq } from 'drizzle-orm';
import type { JobEnvironment } from '../jobs/job-definitions.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { readJobStates } from '../jobs/list-jobs.js';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { invalid, notFound } from '../kernel/errors.js';
import { messages } from '../messages/index.js';
import { exportLedgerWorkbook } from '../spreadsheet/export-ledger-workbook.js';
import type { FileStore } from '../workflow/file-store.js';
import { generateProgressReport } from './progress-report.js';

const FILE_GENERATION_LABEL = messages.documents.generatedFile;

/** What a request names; each document reads the parameters it needs and ignores none it is given. */
export interface FileGenerationInput {
  document: GeneratedDocument;
  inspectionId: number;
  /** PROGRESS_REPORT: DOCX, MARKDOWN or HTML. */
  reportFormat?: ReportFormat | null;
  /** LEDGER_WORKBOOK: the problem list, the task list or the whole ledger. */
  sheetKind?: LedgerSheetKind | null;
}

interface Rendered {
  filename: string;
  mimeType: string;
  content: Uint8Array | string;
}

/**
 * How each document is made: the permission asking for it needs (checked again when the job renders it, as the
 * one who asked), its parameters checked field by field, and the rendering — the same code as the inline
 * report and export, so a queued file is the file the request would have answered.
 */
interface DocumentRenderer {
  permission: Permission;
  parameters(input: FileGenerationInput): Record<string, unknown>;
  render(ctx: ServiceContext, parameters: Record<string, unknown>): Promise<Rendered>;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown, field: string): T => {
  if (values.includes(value as T)) return value as T;
  throw invalid([
    {
      field,
      code: 'REQUIRED',
      message: messages.documents.chooseOneOf({ field, values }),
    },
  ]);
};

const renderers: Record<GeneratedDocument, DocumentRenderer> = {
  PROGRESS_REPORT: {
    permission: 'report.generate',
    parameters: (input) => ({
      inspectionId: input.inspectionId,
      format: oneOf(ReportFormat.values, input.reportFormat, 'reportFormat'),
    }),
    render: (ctx, p) =>
      generateProgressReport(ctx, {
        inspectionId: p.inspectionId as number,
        format: p.format as ReportFormat,
      }),
  },
  LEDGER_WORKBOOK: {
    permission: 'ledger.export',
    parameters: (input) => ({
      inspectionId: input.inspectionId,
      sheetKind: oneOf(LedgerSheetKind.values, input.sheetKind, 'sheetKind'),
    }),
    render: (ctx, p) =>
      exportLedgerWorkbook(ctx, {
        inspectionId: p.inspectionId as number,
        kind: p.sheetKind as LedgerSheetKind,
      }),
  },
};

/** A requested file as its requester sees it. */
export interface FileGenerationView {
  id: number;
  document: GeneratedDocument;
  state: FileGenerationState;
  createdAt: Date;
  completedAt: Date | null;
  fileName: string | null;
  contentType: string | null;
  size: number | null;
  /** The last failed attempt's error, while the file is not ready. */
  error: string | null;
}

/**
 * Queues the generation of a file from the ledger, for the one asking (who alone may read it). The request is
 * recorded first, under the id its job will have; then the job is queued. A queue that refuses leaves a
 * request whose job is missing, which reads as failed.
 */
export async function requestFileGeneration(
  ctx: ServiceContext,
  jobs: JobQueue,
  input: FileGenerationInput,
): Promise<FileGenerationView> {
  const renderer = renderers[oneOf(GeneratedDocument.values, input.document, 'document')];
  authorize(ctx.actor, renderer.permission);
  const parameters = renderer.parameters(input);
  const requestedById = ctx.actor.userId;
  // Partners hold neither permission; a request is always a user's.
  if (requestedById == null) throw notFound(FILE_GENERATION_LABEL, '—');
  const jobId = randomUUID();
  const [row] = await ctx.db
    .insert(fileGenerations)
    .values({ document: input.document, parameters, requestedById, jobId })
    .returning();
  await jobs.send('GENERATE_FILE', { fileGenerationId: row!.id }, { id: jobId });
  return viewOf(row!, { state: 'CREATED', error: null });
}

/** A request of the caller's: someone else's, like one that does not exist, is not found. */
async function ownRequest(ctx: ServiceContext, id: number): Promise<FileGenerationRow> {
  const [row] = await ctx.db.select().from(fileGenerations).where(eq(fileGenerations.id, id));
  if (!row || row.requestedById !== ctx.actor.userId) throw notFound(FILE_GENERATION_LABEL, id);
  return row;
}

/** Where a requested file stands: ready once stored, else as its job stands in the queue. */
export async function getFileGeneration(ctx: ServiceContext, id: number): Promise<FileGenerationView> {
  const row = await ownRequest(ctx, id);
  if (row.sha256 != null) return viewOf(row, null);
  const [job] = await readJobStates(ctx.db, 'GENERATE_FILE', [row.jobId]);
  return viewOf(row, job ?? null);
}

function viewOf(
  row: FileGenerationRow,
  job: { state: string; error: string | null } | null,
): FileGenerationView {
  const state: FileGenerationState =
    row.sha256 != null
      ? 'DONE'
      : job == null
        ? 'FAILED'
        : job.state === 'CREATED' || job.state === 'RETRY'
          ? 'QUEUED'
          : job.state === 'ACTIVE'
            ? 'RUNNING'
            : // Completed without a file cannot be; failed or cancelled is failed.
              'FAILED';
  return {
    id: row.id,
    document: row.document,
    state,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    error:
      state === 'DONE' ? null : (job?.error ?? (job == null ? 'the job is missing from the queue' : null)),
  };
}

/** A ready file of the caller's, for download. */
export async function openGeneratedFile(
  ctx: ServiceContext,
  id: number,
  files: FileStore,
): Promise<{ generation: FileGenerationView; size: number; stream: Readable }> {
  const row = await ownRequest(ctx, id);
  if (row.sha256 == null) throw notFound(FILE_GENERATION_LABEL, id);
  const file = await files.open(row.sha256);
  if (!file) throw new Error(`generated file ${id}: file ${row.sha256} is missing from the file store`);
  return { generation: viewOf(row, null), ...file };
}

/**
 * The GENERATE_FILE job: renders the document as the one who asked (their role and scope as they are now),
 * then stores the bytes and marks the request done in one transaction.
 */
export async function runFileGeneration(
  env: JobEnvironment,
  data: Record<string, unknown>,
): Promise<{ fileGenerationId: number; sha256: string; size: number }> {
  const { db, files } = env;
  if (!files) throw new Error('this process has no file store to write generated files to');
  const id = Number(data.fileGenerationId);
  const [row] = await db.select().from(fileGenerations).where(eq(fileGenerations.id, id));
  if (!row) throw new Error(`file generation ${id} not found`);
  const [user] = await db.select().from(users).where(eq(users.id, row.requestedById));
  if (!user?.active) throw new Error(`file generation ${id}: its requester is no longer active`);
  const ctx: ServiceContext = {
    db,
    actor: userActor(user.role, user.id, { unitId: user.unitId, leaderId: user.leaderId }),
    locale: 'zh',
    now: () => new Date(),
  };
  const rendered = await renderers[row.document].render(ctx, row.parameters);
  const content =
    typeof rendered.content === 'string' ? Buffer.from(rendered.content, 'utf8') : rendered.content;
  return db.transaction(async (tx) => {
    const stored = await files.put(content, tx);
    await tx
      .update(fileGenerations)
      .set({
        fileName: rendered.filename,
        contentType: rendered.mimeType,
        size: stored.size,
        sha256: stored.sha256,
        completedAt: new Date(),
      })
      .where(eq(fileGenerations.id, id));
    return { fileGenerationId: id, sha256: stored.sha256, size: stored.size };
  });
}
