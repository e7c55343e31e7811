import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { type DatabaseHandle, isDatabaseUnavailable } from '@rectify/db';
import type { Locale } from '@rectify/domain';
import {
  type AuthConfig,
  authenticate,
  FiguresCache,
  type FileStore,
  type JobQueue,
  localFileStore,
  UserCache,
} from '@rectify/services';
import type { ApiEnv } from '../env.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import { directAnswers } from '../graphql/direct/direct-answer.js';
import { databaseUnavailable, formatError, localizeErrors } from '../graphql/errors.js';
import { observeRequests } from '../graphql/observe.js';
import { operationGuards } from '../graphql/operation-guards.js';
import { DEFAULT_QUERY_LIMITS, queryLimitRules } from '../graphql/query-limits.js';
import { rectifySchema } from '../graphql/schema.js';
import { type Logger, silentLogger } from '../logger.js';
import { clientAddress, hostAllowed, securityHeaders, sendJson, trustOf } from './edge.js';
import { handleFiles } from './files.js';
import { answerHealth, answerReady, type Readiness } from './health.js';
import type { Metrics } from './metrics.js';
import { beginRequest, type RequestInfo } from './request-log.js';
import { closeGracefully } from './shutdown.js';
import { BodyTooLarge, readBody } from './read-body.js';
import { serveConsole } from './static-files.js';

export interface RectifyServer {
  server: Server;
  apollo: ApolloServer<GraphQLContext>;
  /** Finishes the requests in flight (cutting what still runs after `graceMs`), then stops Apollo. */
  stop(graceMs?: number): Promise<void>;
}

type Settings = Pick<
  ApiEnv,
  'production' | 'corsOrigins' | 'maxBodyBytes' | 'consoleDir' | 'maxQueryDepth' | 'maxQueryCost'
> &
  Partial<Pick<ApiEnv, 'introspection' | 'trustedProxies' | 'allowedHosts' | 'host'>> & {
    /** Evidence files: this store, else `<dataDir>/files`, else the default data folder's. */
    files?: FileStore;
    dataDir?: string;
    /** Answer the ledger's plain reads straight from PostgreSQL's JSON (default on; off to compare). */
    directAnswers?: boolean;
    /** Access lines and errors (default: none). */
    logger?: Logger;
    metrics?: Metrics | null;
    /** Whether the database is migrated and the server may serve (default: ready). */
    readiness?: Readiness;
    /** The job queue, for retrying a failed job (none: retries are refused). */
    jobs?: JobQueue | null;
  };

/** Tokens in one GraphQL document: the largest query of the console has a few hundred. */
const MAX_TOKENS = 5_000;

/** The HTTP server: GraphQL at /graphql, a health check at /health, the console everywhere else. */
export async function createRectifyServer(
  handle: DatabaseHandle,
  auth: AuthConfig,
  settings: Settings,
): Promise<RectifyServer> {
  const logger = settings.logger ?? silentLogger();
  const metrics = settings.metrics ?? null;
  const readiness = settings.readiness ?? { state: 'ready' };
  const apollo = new ApolloServer<GraphQLContext>({
    schema: await rectifySchema(),
    introspection: settings.introspection ?? !settings.production,
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: !settings.production,
    // The process drains and stops on SIGTERM itself (main.ts): Apollo's own handler would stop it mid-request.
    stopOnTerminationSignals: false,
    logger,
    formatError: formatError(settings.production),
    validationRules: queryLimitRules({
      maxDepth: settings.maxQueryDepth,
      maxCost: settings.maxQueryCost,
      ...DEFAULT_QUERY_LIMITS,
    }),
    plugins: [
      operationGuards(),
      ...(settings.directAnswers === false ? [] : [directAnswers()]),
      // The default landing page loads a sandbox from the internet: Rectify makes no outside calls.
      ApolloServerPluginLandingPageDisabled(),
      // Rectify sets no cache hints; the default plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      observeRequests(logger, metrics),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              if (response.body.kind === 'single' && response.body.singleResult.errors) {
                response.body.singleResult.errors = localizeErrors(
                  response.body.singleResult.errors,
                  contextValue.locale,
                );
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  // Who each token's user is, kept until PostgreSQL tells of a change to the account or the session.
  const users = await UserCache.listen(handle);
  // The dashboard's figures, kept until PostgreSQL tells of a change to the ledger they count.
  const figures = await FiguresCache.listen(handle);
  const files = settings.files ?? localFileStore(settings.dataDir);
  const addressOf = clientAddress(trustOf(settings.trustedProxies ?? []));

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL, request: RequestInfo) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req, settings.maxBodyBytes);
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        return sendJson(res, 400, {
          errors: [{ message: 'the request body is not JSON', extensions: { code: 'BAD_REQUEST' } }],
        });
      }
    }
    const now = new Date();
    // Before Apollo: a database that cannot be reached is answered as such, not as a failed context.
    const actor = await authenticate(handle.db, auth, bearerToken(req), now, users);
    request.userId = actor?.userId ?? null;
    let context: GraphQLContext | undefined;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () =>
        (context = createContext({
          db: handle.db,
          auth,
          actor,
          locale: localeOf(req),
          address: addressOf(req),
          request,
          now,
          files,
          figures,
          jobs: settings.jobs ?? null,
        })),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (context?.direct.body !== undefined) return writePieces(res, context.direct.body);
    if (result.body.kind === 'complete') return res.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const server = createServer(async (req, res) => {
    const request = beginRequest(req, res, logger, metrics?.observeRequest);
    try {
      securityHeaders(req, res, () => {});
      // A page of another name that resolves here (DNS rebinding) finds nothing.
      if (!hostAllowed(req, settings.allowedHosts ?? [], settings.host))
        return sendJson(res, 421, { error: 'host not allowed' });
      // Origin-form only: `//other/x` or an absolute URL would change what `new URL` takes as the path.
      if (!req.url?.startsWith('/') || req.url.startsWith('//'))
        return sendJson(res, 400, { error: 'bad request target' });
      const url = new URL(`http://localhost${req.url}`);
      if (!allowCors(req, res, settings.corsOrigins))
        return sendJson(res, 403, { error: 'origin not allowed' });
      if (req.method === 'OPTIONS') return res.writeHead(204).end();
      if (url.pathname === '/health') return answerHealth(res, handle);
      if (url.pathname === '/ready') return await answerReady(res, handle, readiness);
      const api = url.pathname === '/graphql' || url.pathname.startsWith('/files/');
      if (api && readiness.state === 'starting') return unavailable(req, res, request);
      if (url.pathname === '/graphql') return await handleGraphQL(req, res, url, request);
      if (url.pathname.startsWith('/files/'))
        return await handleFiles(req, res, url, {
          db: handle.db,
          auth,
          files,
          users,
          locale: localeOf(req),
        });
      if (
        (req.method === 'GET' || req.method === 'HEAD') &&
        serveConsole(settings.consoleDir, url.pathname, req, res)
      )
        return;
      sendJson(res, 404, { error: 'not found' });
    } catch (error) {
      if (error instanceof BodyTooLarge)
        return sendJson(res, 413, { error: `request larger than ${settings.maxBodyBytes} bytes` });
      if (error instanceof URIError) return sendJson(res, 400, { error: 'bad escape in the path' });
      if (isDatabaseUnavailable(error)) {
        logger.warn({ requestId: request.id, err: error }, 'database unavailable');
        return unavailable(req, res, request);
      }
      logger.error({ requestId: request.id, err: error }, 'unexpected error');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal server error', requestId: request.id });
      else res.end();
    }
  });

  return {
    server,
    apollo,
    async stop(graceMs = 10_000) {
      await closeGracefully(server, graceMs);
      await apollo.stop();
      await users.close();
      await figures.close();
    },
  };
}

/**
 * Writes a body given in pieces as one response of known length: the pieces go to the socket together when
 * it is uncorked, each encoded once, and no string of the whole body is ever made.
 */
function writePieces(res: ServerResponse, pieces: string[]) {
  let length = 0;
  for (const piece of pieces) length += Buffer.byteLength(piece);
  res.setHeader('content-length', length);
  res.cork();
  for (const piece of pieces) res.write(piece);
  res.end();
}

/** 503 with the GraphQL error a client already handles (the evidence routes read `errors` too). */
function unavailable(req: IncomingMessage, res: ServerResponse, request: RequestInfo) {
  req.resume();
  if (res.headersSent) return res.end();
  const error = localizeErrors([databaseUnavailable()], localeOf(req))[0];
  sendJson(res, 503, { errors: [{ ...error, extensions: { ...error?.extensions, requestId: request.id } }] });
}

const bearerToken = (req: IncomingMessage): string | null => {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
};

/** zh-CN first: English only when the caller prefers it. */
export const localeOf = (req: IncomingMessage): Locale =>
  /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'zh';

/** Same-origin requests pass; a cross-origin request only from a configured origin. */
function allowCors(req: IncomingMessage, res: ServerResponse, origins: string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  const host = req.headers.host;
  if (host && (origin === `http://${host}` || origin === `https://${host}`)) return true;
  if (!origins.includes(origin)) return false;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'origin');
  res.setHeader(
    'access-control-allow-headers',
    'authorization, content-type, accept-language, apollo-require-preflight',
  );
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-max-age', '600');
  return true;
}
