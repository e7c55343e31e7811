import type { ChannelListener, DatabaseHandle } from '@rectify/db';
import type { LedgerFigures } from './ledger-figures.js';

/** The channel migration 0016's triggers notify at the commit of any change the figures could count or name. */
const CHANNEL = 'rectify_ledger_changes';
/**
 * Beyond this many answers the cache starts over (a bound on memory, not an eviction policy): one per scope,
 * inspection and day asked for; the office's answer at province scale is the largest, a few hundred kB.
 */
const MAX_ENTRIES = 1_000;

/**
 * Each server's copy of the dashboard's figures (getLedgerFigures), by what the answer depends on: the caller's
 * scope, the inspection and China-time today. Counting the ledger takes hundreds of milliseconds at province
 * scale; every committed change to tasks, their co-operating units, issues, units or leaders notifies every
 * server through PostgreSQL, and each drops all its figures. A read that overlapped a change is not kept;
 * a server whose listening connection is down keeps nothing until it listens again. Concurrent misses of one
 * key share one read. The figures handed out are shared: callers must not change them.
 */
export class FiguresCache {
  private readonly entries = new Map<string, LedgerFigures>();
  /** Reads under way, with the epoch each began in: a caller joins one only if no change came since. */
  private readonly reading = new Map<string, { epoch: number; figures: Promise<LedgerFigures> }>();
  private listening = false;
  /** Bumped by every change heard: a read that overlapped a change does not keep what it read. */
  private epoch = 0;
  private listener: ChannelListener | null = null;

  /** A cache that follows the database's notifications (starts listening before it answers). */
  static async listen(handle: Pick<DatabaseHandle, 'listen'>): Promise<FiguresCache> {
    const cache = new FiguresCache();
    cache.listener = await handle.listen(CHANNEL, {
      notify: () => cache.forget(),
      ready: () => cache.restart(true),
      lost: () => cache.restart(false),
    });
    return cache;
  }

  /** How many answers are kept. */
  get size(): number {
    return this.entries.size;
  }

  /** The figures kept under the key, or else the read's, kept when no change overlapped it. */
  async get(key: string, read: () => Promise<LedgerFigures>): Promise<LedgerFigures> {
    const cached = this.entries.get(key);
    if (cached) return cached;
    const epoch = this.epoch;
    const under = this.reading.get(key);
    if (under?.epoch === epoch) return under.figures;
    const figures = read();
    this.reading.set(key, { epoch, figures });
    try {
      const answer = await figures;
      if (this.listening && epoch === this.epoch) this.keep(key, answer);
      return answer;
    } finally {
      if (this.reading.get(key)?.figures === figures) this.reading.delete(key);
    }
  }

  async close(): Promise<void> {
    this.restart(false);
    await this.listener?.close();
  }

  private keep(key: string, figures: LedgerFigures) {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, figures);
  }

  private forget() {
    this.epoch++;
    this.entries.clear();
  }

  private restart(listening: boolean) {
    this.listening = listening;
    this.forget();
  }
}
