import type { Database } from '@rectify/db';
import type { Actor, Locale, WarningSettings } from '@rectify/domain';
import {
  type AuthConfig,
  type FiguresCache,
  type FileStore,
  getWarningSettings,
  type JobQueue,
  type ServiceContext,
  unauthenticated,
} from '@rectify/services';
import type { RequestInfo } from '../http/request-log.js';

/** The per-request GraphQL context. */
export interface GraphQLContext {
  db: Database;
  /** For signing in and renewing sessions. */
  auth: AuthConfig;
  actor: Actor | null;
  locale: Locale;
  now: Date;
  /** The caller's address, for login rate limiting. */
  address: string;
  /** The request's id, and what its access line reports (filled in as the request runs). */
  request: RequestInfo;
  /** The job queue of this process (null when it runs none). */
  jobs: JobQueue | null;
  /** Where stored files live (evidence, published reports). */
  files: FileStore;
  /** The server's dashboard figures, kept until the ledger changes (null: counted on every request). */
  figures: FiguresCache | null;
  /** The service context of a signed-in caller; refuses anonymous callers. */
  services(): ServiceContext;
  /** The office's warning settings, read at most once per request. */
  warningSettings(): Promise<WarningSettings>;
  /**
   * The whole response as PostgreSQL wrote it, in pieces written one after another, when the query was
   * answered directly (direct-answer.ts). A holder, because Apollo hands plugins a shallow copy of the context.
   */
  direct: { body?: string[] };
}

export function createContext(init: {
  db: Database;
  auth: AuthConfig;
  actor: Actor | null;
  locale: Locale;
  address: string;
  request: RequestInfo;
  files: FileStore;
  figures?: FiguresCache | null;
  jobs?: JobQueue | null;
  now?: Date;
}): GraphQLContext {
  const now = init.now ?? new Date();
  let settings: Promise<WarningSettings> | undefined;
  return {
    ...init,
    jobs: init.jobs ?? null,
    figures: init.figures ?? null,
    now,
    direct: {},
    services() {
      if (!init.actor) throw unauthenticated();
      return { db: init.db, actor: init.actor, locale: init.locale, now: () => now };
    },
    warningSettings() {
      settings ??= getWarningSettings(init.db);
      return settings;
    },
  };
}
