import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';

/** What the access line tells of one request; the GraphQL layer fills in the operation and the caller. */
export interface RequestInfo {
  id: string;
  /** The GraphQL operation's name (or its root fields when it has none). */
  operation: string | null;
  /** The signed-in user; null for anonymous callers and partner tokens. */
  userId: number | null;
}

export interface FinishedRequest {
  info: RequestInfo;
  method: string;
  path: string;
  status: number;
  seconds: number;
}

/** An incoming X-Request-Id is kept when it is a plain token; anything else gets a new one. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives the request its id (answered in X-Request-Id) and, once the response is done, writes its one access
 * line: method, path (never the query string: a GraphQL GET carries variables there), operation, status,
 * duration, user id. Nothing else of the request is logged: no header, no body, no token.
 */
export function beginRequest(
  req: IncomingMessage,
  res: ServerResponse,
  logger: Logger,
  onFinish?: (finished: FinishedRequest) => void,
): RequestInfo {
  const incoming = req.headers['x-request-id'];
  const request: RequestInfo = {
    id: typeof incoming === 'string' && SANE_ID.test(incoming) ? incoming : randomUUID(),
    operation: null,
    userId: null,
  };
  res.setHeader('x-request-id', request.id);
  const started = process.hrtime.bigint();
  res.once('close', () => {
    const finished: FinishedRequest = {
      info: request,
      method: req.method ?? 'GET',
      path: ((req.url ?? '/').split('?')[0] ?? '/').slice(0, 200),
      status: res.writableFinished ? res.statusCode : 499,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
    };
    onFinish?.(finished);
    if (!logger.isLevelEnabled('info')) return;
    logger.info(
      {
        requestId: request.id,
        method: finished.method,
        path: finished.path,
        operation: request.operation,
        status: finished.status,
        ms: Math.round(finished.seconds * 10_000) / 10,
        userId: request.userId,
      },
      'request',
    );
  });
  return request;
}
