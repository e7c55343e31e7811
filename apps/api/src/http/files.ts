import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Database } from '@rectify/db';
import type { Locale } from '@rectify/domain';
import {
  type AuthConfig,
  authenticate,
  EVIDENCE_MAX_BYTES,
  type FileStore,
  openEvidence,
  type ServiceContext,
  ServiceError,
  uploadEvidence,
} from '@rectify/services';
import { userErrorsOf } from '../graphql/mutation.js';

export interface FilesContext {
  db: Database;
  auth: AuthConfig;
  files: FileStore;
  locale: Locale;
}

/**
 * Evidence files over plain HTTP, beside GraphQL (which carries no file bodies):
 * - `POST /files/evidence?taskId=…[&progressReportId=…]&fileName=…` with the file as the raw body and its type
 *   as Content-Type: stores it (the lead unit only) and answers `{ evidence, created, errors }` — 201 when new,
 *   200 when the task already held the same content, 4xx with `errors` (field, code, message) otherwise;
 * - `GET /files/evidence/<id>`: the file, for whoever may read the task's progress; 404 otherwise.
 * Both need the bearer token GraphQL takes.
 */
export async function handleFiles(req: IncomingMessage, res: ServerResponse, url: URL, ctx: FilesContext) {
  const now = new Date();
  const header = req.headers.authorization;
  const actor = await authenticate(
    ctx.db,
    ctx.auth,
    header?.startsWith('Bearer ') ? header.slice(7).trim() : null,
    now,
  );
  const download = /^\/files\/evidence\/(\d+)$/.exec(url.pathname);
  const isUpload = url.pathname === '/files/evidence';
  if (!(download && req.method === 'GET') && !(isUpload && req.method === 'POST')) {
    return send(res, 404, { errors: [error('', 'NOT_FOUND', 'not found')] });
  }
  if (!actor) {
    req.resume();
    return send(res, 401, {
      errors: [error('', 'UNAUTHENTICATED', ctx.locale === 'en' ? 'sign in first' : '请先登录')],
    });
  }
  const services: ServiceContext = { db: ctx.db, actor, locale: ctx.locale, now: () => now };
  try {
    if (download) {
      const file = await openEvidence(services, Number(download[1]), ctx.files);
      res.writeHead(200, {
        'content-type': file.evidence.contentType,
        'content-length': String(file.size),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.evidence.fileName)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, max-age=31536000, immutable',
        etag: `"${file.evidence.sha256}"`,
      });
      return await pipeline(file.stream, res);
    }
    const content = await readBytes(req, EVIDENCE_MAX_BYTES);
    if (!content) {
      const mib = EVIDENCE_MAX_BYTES / 1024 / 1024;
      return send(res, 413, {
        evidence: null,
        errors: [
          error(
            'content',
            'TOO_LARGE',
            ctx.locale === 'en' ? `a file may be at most ${mib} MB` : `文件不能超过${mib}MB`,
          ),
        ],
      });
    }
    const number = (name: string) => {
      const value = url.searchParams.get(name);
      return value == null || value === '' ? null : Number(value);
    };
    const result = await uploadEvidence(services, {
      taskId: number('taskId') ?? Number.NaN,
      progressReportId: number('progressReportId'),
      fileName: url.searchParams.get('fileName') ?? '',
      contentType: req.headers['content-type'] ?? '',
      content,
      files: ctx.files,
    });
    return send(res, result.created ? 201 : 200, { ...result, errors: [] });
  } catch (caught) {
    if (!(caught instanceof ServiceError)) throw caught;
    const errors = userErrorsOf(caught, ctx.locale, ['FORBIDDEN', 'UNAUTHENTICATED']) ?? [];
    const status =
      { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401, CONFLICT: 409 }[caught.code as string] ?? 422;
    return send(res, status, { evidence: null, errors });
  }
}

const error = (field: string, code: string, message: string) => ({ field, code, message });

function send(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));
}

/** The raw body, or null as soon as it passes `limit` bytes (the rest is not read). */
async function readBytes(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume();
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      return null;
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
