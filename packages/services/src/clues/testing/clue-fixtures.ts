import { type Database, users } from '@rectify/db';
import { makeInspection, makeLeader, makeUnit } from '@rectify/db/testing';
import { type Actor, type Role, userActor } from '@rectify/domain';
import type { ServiceContext } from '../../kernel/context.js';
import { contextFor } from '../../testing/index.js';
import { type IntakeClueCaseInput, intakeClueCase } from '../intake-clue-case.js';

// What the clue tests act on: a small organisation, DISCIPLINE users to own cases, and example identities —
// fictional, and distinctive enough that a test can search every audit row and error for them.

export const SECRET = {
  subjectA: '（示例）某局干部甲',
  informantA: '（示例）实名举报人甲',
  subjectB: '（示例）某区干部乙',
  informantB: '（示例）实名举报人乙',
  subjectC: '（示例）某镇干部丙',
} as const;

export interface ClueFixture {
  inspectionId: number;
  units: { commission: number; district: number; bureau: number };
  leaders: { secretary: number; deputy: number };
  users: Record<'d1' | 'd2' | 'd3' | 'retired' | 'office', number>;
  /** d1, d2, d3 are DISCIPLINE; office is OFFICE. */
  actor(name: 'd1' | 'd2' | 'd3' | 'office'): Actor;
  ctx(actor: Actor, now?: Date): ServiceContext;
}

let made = 0;

export async function makeClueFixture(db: Database): Promise<ClueFixture> {
  const n = ++made;
  const user = async (username: string, role: Role, active = true) => {
    const [row] = await db
      .insert(users)
      .values({
        username: `${username}-${n}`,
        displayName: `${username}承办人`,
        passwordHash: 'x',
        role,
        active,
      })
      .returning();
    return row!.id;
  };
  const fixture = {
    inspectionId: (await makeInspection(db)).id,
    units: {
      commission: (await makeUnit(db, { name: `市纪委监委${n}`, kind: 'DISCIPLINE_BODY' })).id,
      district: (await makeUnit(db, { name: `某区${n}`, kind: 'DISTRICT' })).id,
      bureau: (await makeUnit(db, { name: `某局${n}` })).id,
    },
    leaders: {
      secretary: (await makeLeader(db, { name: `纪委书记${n}`, post: '市纪委书记' })).id,
      deputy: (await makeLeader(db, { name: `纪委副书记${n}`, post: '市纪委副书记' })).id,
    },
    users: {
      d1: await user('d1', 'DISCIPLINE'),
      d2: await user('d2', 'DISCIPLINE'),
      d3: await user('d3', 'DISCIPLINE'),
      retired: await user('retired', 'DISCIPLINE', false),
      office: await user('office', 'OFFICE'),
    },
  };
  return {
    ...fixture,
    actor: (name) => userActor(name === 'office' ? 'OFFICE' : 'DISCIPLINE', fixture.users[name]),
    ctx: (actor, now) => contextFor(db, actor, now ? { now } : {}),
  };
}

/** A petition report transferred by the inspection team, with the fixture's first example identity. */
export function petition(f: ClueFixture, overrides: Partial<IntakeClueCaseInput> = {}): IntakeClueCaseInput {
  return {
    inspectionId: f.inspectionId,
    source: 'INSPECTION_TRANSFER',
    kind: 'PETITION_REPORT',
    receivedDate: '2018-06-01',
    summary: '反映其在工程招投标中违规干预、收受好处费',
    subject: SECRET.subjectA,
    informant: SECRET.informantA,
    ...overrides,
  };
}

export const intakeAs = (f: ClueFixture, who: 'd1' | 'd2' | 'd3', input: IntakeClueCaseInput) =>
  intakeClueCase(f.ctx(f.actor(who)), input);

/** Every text of the values given, for searching audit rows and errors. */
export const secrets = Object.values(SECRET);
