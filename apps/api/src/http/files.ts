import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Database } from '@rectify/db';
import type { Locale } from '@rectify/domain';
import {
  type AuthConfig,
  authenticate,
  checkEvidenceUpload,
  EVIDENCE_MAX_BYTES,
  type FileStore,
  openEvidence,
  openGeneratedFile,
  type ServiceContext,
  ServiceError,
  uploadEvidence,
  type UserCache,
} from '@rectify/services';
import { userErrorsOf } from '../graphql/mutation.js';

export interface FilesContext {
  db: Database;
  auth: AuthConfig;
  files: FileStore;
  /** The server's cache of its callers' users. */
  users: UserCache;
  locale: Locale;
}

/**
 * Evidence files over plain HTTP, beside GraphQL (which carries no file bodies):
 * - `POST /files/evidence?taskId=…[&progressReportId=…]&fileName=…` with the file as the raw body and its type
 *   as Content-Type: stores it (the lead unit only) and answers `{ evidence, created, errors }` — 201 when new,
 *   200 when the task already held the same content, 4xx with `errors` (field, code, message) otherwise;
 * - `GET /files/evidence/<id>`: the file, for whoever may read the task's progress; 404 otherwise;
 * - `GET /files/generated/<id>`: a file generated in the background (requestFileGeneration), once done, for the
 *   one who asked for it; 404 otherwise (someone else's, not done yet, or none).
 * Both need the bearer token GraphQL takes.
 */
export async function handleFiles(req: IncomingMessage, res: ServerResponse, url: URL, ctx: FilesContext) {
  const now = new Date();
  const header = req.headers.authorization;
  const download = /^\/files\/evidence\/([^/]+)$/.exec(url.pathname);
  const generated = /^\/files\/generated\/([^/]+)$/.exec(url.pathname);
  const isUpload = url.pathname === '/files/evidence';
  if (!((download || generated) && req.method === 'GET') && !(isUpload && req.method === 'POST')) {
    return send(res, 404, { errors: [error('', 'NOT_FOUND', 'not found')] });
  }
  const actor = await authenticate(
    ctx.db,
    ctx.auth,
    header?.startsWith('Bearer ') ? header.slice(7).trim() : null,
    now,
    ctx.users,
  );
  if (!actor) {
    return send(res, 401, {
      errors: [error('', 'UNAUTHENTICATED', ctx.locale === 'en' ? 'sign in first' : '请先登录')],
    });
  }
  const services: ServiceContext = { db: ctx.db, actor, locale: ctx.locale, now: () => now };
  try {
    if (generated) {
      const id = idOf(generated[1]);
      if (id === null) return send(res, 404, { errors: [error('', 'NOT_FOUND', 'not found')] });
      const file = await openGeneratedFile(services, id, ctx.files);
      res.writeHead(200, {
        'content-type': file.generation.contentType ?? 'application/octet-stream',
        'content-length': String(file.size),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.generation.fileName ?? `file-${id}`)}`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cache-control': 'private, no-store',
      });
      return await pipeline(file.stream, res);
    }
    if (download) {
      const id = idOf(download[1]);
      if (id === null) return send(res, 404, { errors: [error('', 'NOT_FOUND', 'not found')] });
      const file = await openEvidence(services, id, ctx.files);
      res.writeHead(200, {
        // Served as a download, never rendered: whatever the stored type says, the browser does not run it.
        'content-type': file.evidence.contentType,
        'content-length': String(file.size),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.evidence.fileName)}`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cache-control': 'private, max-age=31536000, immutable',
        etag: `"${file.evidence.sha256}"`,
      });
      return await pipeline(file.stream, res);
    }
    const taskId = idOf(url.searchParams.get('taskId'));
    const reportParam = url.searchParams.get('progressReportId');
    const progressReportId = reportParam == null || reportParam === '' ? null : idOf(reportParam);
    if (taskId === null || (reportParam && progressReportId === null)) {
      const field = taskId === null ? 'taskId' : 'progressReportId';
      return send(res, 400, { evidence: null, errors: [error(field, 'INVALID', `${field} is not an id`)] });
    }
    // Who, which task and how large, before a byte of the body is read.
    const declared =
      req.headers['content-length'] == null ? Number.NaN : Number(req.headers['content-length']);
    await checkEvidenceUpload(services, { taskId, size: declared });
    const content = await readBytes(req, Math.min(declared, EVIDENCE_MAX_BYTES));
    const result = await uploadEvidence(services, {
      taskId,
      progressReportId,
      fileName: url.searchParams.get('fileName') ?? '',
      contentType: req.headers['content-type'] ?? '',
      content,
      files: ctx.files,
    });
    return send(res, result.created ? 201 : 200, { ...result, errors: [] });
  } catch (caught) {
    if (!(caught instanceof ServiceError)) throw caught;
    const errors = userErrorsOf(caught, ctx.locale, ['FORBIDDEN', 'UNAUTHENTICATED']) ?? [];
    const fieldCode = caught.fieldErrors[0]?.code;
    const status =
      fieldCode === 'TOO_LARGE'
        ? 413
        : fieldCode === 'LENGTH_REQUIRED'
          ? 411
          : ({ NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401, CONFLICT: 409 }[caught.code as string] ??
            422);
    return send(res, status, { evidence: null, errors });
  }
}

const error = (field: string, code: string, message: string) => ({ field, code, message });

/**
 * Answers, and closes the connection when the request's body was not read: a refused upload's body is never
 * taken in (closing is cheaper than reading megabytes to keep the connection).
 */
function send(res: ServerResponse, status: number, value: unknown) {
  const unread = !res.req.complete;
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      ...(unread ? { connection: 'close' } : {}),
    })
    .end(JSON.stringify(value));
}

/** A database id: digits within PostgreSQL's integer; null for anything else (answered as not found). */
function idOf(value: string | null | undefined): number | null {
  if (value == null || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= 2_147_483_647 ? id : null;
}

/** The body, which its declared length bounds (Node's parser reads no more than Content-Length). */
async function readBytes(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const content = new Uint8Array(limit);
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (size + chunk.length > limit)
      throw new ServiceError('VALIDATION', { zh: '文件过大', en: 'too large' });
    content.set(chunk, size);
    size += chunk.length;
  }
  return content.subarray(0, size);
}
