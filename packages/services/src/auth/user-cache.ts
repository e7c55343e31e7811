import type { ChannelListener, DatabaseHandle } from '@rectify/db';
import type { Role } from '@rectify/domain';

/** What authentication reads of a token's user and session (authenticate.ts). */
export interface SessionUser {
  active: boolean;
  role: Role;
  unitId: number | null;
  leaderId: number | null;
  tokensValidFrom: Date | null;
  sessionLive: boolean;
}

/** The channel migration 0008's triggers notify on every change to `users` or `sessions`. */
const CHANNEL = 'rectify_user_changes';
/** Beyond this many cached sessions the cache starts over (a bound on memory, not an eviction policy). */
const MAX_ENTRIES = 20_000;

/**
 * Each server's copy of its callers' users and sessions, so that a request is one statement (its answer)
 * rather than two. Every change to an account or a session (role, bindings, deactivation, password, logout,
 * refresh) notifies every server through PostgreSQL at commit, and each drops that user's entries; a server
 * whose listening connection is down caches nothing (and forgets everything) until it listens again.
 */
export class UserCache {
  private readonly byUser = new Map<number, Map<number, SessionUser>>();
  private size = 0;
  private listening = false;
  /** Bumped by every change heard: a lookup that overlapped a change does not keep what it read. */
  private epoch = 0;
  private listener: ChannelListener | null = null;

  /** A cache that follows the database's notifications (starts listening before it answers). */
  static async listen(handle: Pick<DatabaseHandle, 'listen'>): Promise<UserCache> {
    const cache = new UserCache();
    cache.listener = await handle.listen(CHANNEL, {
      notify: (payload) => cache.forget(payload === '*' ? null : Number(payload)),
      ready: () => cache.restart(true),
      lost: () => cache.restart(false),
    });
    return cache;
  }

  /** The cached user of a session, or else the lookup's answer, kept when no change overlapped it. */
  async get(userId: number, sessionId: number, lookup: () => Promise<SessionUser | undefined>) {
    const cached = this.byUser.get(userId)?.get(sessionId);
    if (cached) return cached;
    const epoch = this.epoch;
    const read = await lookup();
    if (read && this.listening && epoch === this.epoch) this.keep(userId, sessionId, read);
    return read;
  }

  async close(): Promise<void> {
    this.restart(false);
    await this.listener?.close();
  }

  private keep(userId: number, sessionId: number, user: SessionUser) {
    if (this.size >= MAX_ENTRIES) this.forget(null);
    const sessions = this.byUser.get(userId) ?? new Map<number, SessionUser>();
    this.byUser.set(userId, sessions);
    if (!sessions.has(sessionId)) this.size++;
    sessions.set(sessionId, user);
  }

  /** Drops a user's entries, or all of them. */
  private forget(userId: number | null) {
    this.epoch++;
    if (userId === null || !Number.isInteger(userId)) {
      this.byUser.clear();
      this.size = 0;
      return;
    }
    this.size -= this.byUser.get(userId)?.size ?? 0;
    this.byUser.delete(userId);
  }

  private restart(listening: boolean) {
    this.listening = listening;
    this.forget(null);
  }
}
