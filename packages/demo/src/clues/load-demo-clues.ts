import { readFileSync } from 'node:fs';
import { type Database, users } from '@rectify/db';
import { type Actor, CHINA_OFFSET, userActor } from '@rectify/domain';
import {
  assignClueLeader,
  concludeClueCase,
  confirmClueDuplicate,
  disposeClueCase,
  escalateClueCase,
  intakeClueCase,
  reopenClueCase,
  requestClueDisclosure,
  routeClueCase,
  type ServiceContext,
  ServiceError,
} from '@rectify/services';
import { eq } from 'drizzle-orm';
import type { DemoClueCase, DemoClues, DemoClueStep } from './demo-clues.js';

const DEMO_CLUES_FILE = new URL('../../data/clues-2018.json', import.meta.url);

export function readDemoClues(file: URL | string = DEMO_CLUES_FILE): DemoClues {
  return JSON.parse(readFileSync(file, 'utf8')) as DemoClues;
}

/** What the clue loader needs of the demo ledger loaded before it. */
export interface DemoClueRefs {
  inspectionKey: string;
  inspectionId: number;
  unitIds: ReadonlyMap<string, number>;
  leaderIds: ReadonlyMap<string, number>;
}

/**
 * Loads the demo inspection's clue cases through the use cases, as the `discipline` account (who therefore
 * owns them), each step on its own day. Cases of another inspection's file are not loaded: a ledger loaded
 * from other data gets no clues. Returns how many cases were taken in.
 */
export async function loadDemoClues(
  db: Database,
  refs: DemoClueRefs,
  options: { data?: DemoClues } = {},
): Promise<number> {
  const data = options.data ?? readDemoClues();
  if (data.inspectionKey !== refs.inspectionKey) return 0;
  const loader = new DemoClueLoader(db, refs, await accountIds(db));
  const owner = loader.account(data.ownerUsername);
  for (const clue of data.cases) await loader.load(clue, owner);
  return data.cases.length;
}

interface Written {
  id: number;
  version: number;
}

class DemoClueLoader {
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly db: Database,
    private readonly refs: DemoClueRefs,
    private readonly accounts: ReadonlyMap<string, number>,
  ) {}

  account(username: string): Actor {
    const id = this.accounts.get(username);
    if (id == null) throw new Error(`demo clues: no account "${username}"`);
    return userActor('DISCIPLINE', id);
  }

  private ctx(actor: Actor, day: string, time = '10:00'): ServiceContext {
    const now = new Date(`${day}T${time}:00${CHINA_OFFSET}`);
    return { db: this.db, actor, locale: 'zh', now: () => now };
  }

  async load(clue: DemoClueCase, owner: Actor): Promise<void> {
    const taken = await step(clue.key, 'intake', () =>
      intakeClueCase(this.ctx(owner, clue.receivedDate, '09:00'), {
        inspectionId: clue.source === 'INSPECTION_TRANSFER' ? this.refs.inspectionId : null,
        source: clue.source,
        kind: clue.kind,
        receivedDate: clue.receivedDate,
        summary: clue.summary,
        subject: clue.subject,
        informant: clue.informant,
      }),
    );
    // The data says which intakes are duplicates: the detection must find exactly those.
    const expected = clue.duplicateOfKey == null ? null : this.idOf(clue.duplicateOfKey);
    if ((taken.duplicateOf?.id ?? null) !== expected) {
      throw new Error(
        `demo clues, ${clue.key}: the intake linked it to ${taken.duplicateOf?.serial ?? 'nothing'}, the data to ${clue.duplicateOfKey ?? 'nothing'}`,
      );
    }
    this.ids.set(clue.key, taken.id);
    let row: Written = taken;
    for (const s of clue.steps)
      row = await step(clue.key, `${s.do} on ${s.on}`, () => this.apply(s, row, owner));
  }

  private async apply(s: DemoClueStep, row: Written, owner: Actor): Promise<Written> {
    const ctx = this.ctx(owner, s.on);
    const at = { id: row.id, version: row.version, note: s.note ?? null };
    switch (s.do) {
      case 'route':
        return routeClueCase(ctx, { ...at, routedToUnitId: this.unit(s.unitKey), deadline: s.deadline });
      case 'assignLeader':
        return assignClueLeader(ctx, { ...at, owningLeaderId: this.leader(s.leaderKey) });
      case 'escalate':
        return escalateClueCase(ctx, {
          ...at,
          note: s.note,
          routedToUnitId: s.unitKey == null ? null : this.unit(s.unitKey),
          owningLeaderId: s.leaderKey == null ? null : this.leader(s.leaderKey),
        });
      case 'dispose':
        return disposeClueCase(ctx, {
          ...at,
          method: s.method,
          deadline: s.deadline ?? null,
          outcome: s.outcome ?? null,
          sanctions: s.sanctions ?? null,
        });
      case 'conclude':
        return concludeClueCase(ctx, { ...at, outcome: s.outcome, sanctions: s.sanctions ?? null });
      case 'reopen':
        return reopenClueCase(ctx, { ...at, method: s.method, deadline: s.deadline, note: s.note });
      case 'confirmDuplicate':
        return confirmClueDuplicate(ctx, at);
      case 'requestDisclosure': {
        await requestClueDisclosure(this.ctx(this.account(s.byUsername), s.on), {
          clueCaseId: row.id,
          granteeUserId: this.accounts.get(s.granteeUsername) ?? -1,
          reason: s.reason,
        });
        return row;
      }
    }
  }

  private idOf(key: string): number {
    const id = this.ids.get(key);
    if (id == null) throw new Error(`demo clues: case "${key}" is not loaded before the cases that name it`);
    return id;
  }

  private unit(key: string): number {
    const id = this.refs.unitIds.get(key);
    if (id == null) throw new Error(`demo clues: unknown unit key "${key}"`);
    return id;
  }

  private leader(key: string): number {
    const id = this.refs.leaderIds.get(key);
    if (id == null) throw new Error(`demo clues: unknown leader key "${key}"`);
    return id;
  }
}

async function accountIds(db: Database): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(eq(users.role, 'DISCIPLINE'));
  return new Map(rows.map((r) => [r.username, r.id]));
}

/**
 * Runs one use case, naming the case and step in the error. The message of a ServiceError names fields only,
 * so the example identities stay out of it as they would for real ones.
 */
async function step<T>(key: string, what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    const details = error.fieldErrors.map((e) => `${e.field}: ${e.message.en}`).join('; ');
    throw new Error(`demo clues, ${key} ${what}: ${error.message}${details ? ` (${details})` : ''}`, {
      cause: error,
    });
  }
}
