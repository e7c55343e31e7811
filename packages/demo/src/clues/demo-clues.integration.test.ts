import { auditEvents, clueCaseOwners, clueCases, clueDisclosureRequests, users } from '@rectify/db';
import type { TestDatabase } from '@rectify/db/testing';
import { formatPercent, userActor } from '@rectify/domain';
import { getClueFigures, readSpec, listClueCases } from '@rectify/services';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestDatabase } from '../testing/demo-test-database.js';
import { readDemoClues } from './load-demo-clues.js';

// The demo's clue cases, loaded with the real demo ledger exactly as the API and CLI load them.
let t: TestDatabase;
const data = readDemoClues();
const ids = new Map<string, number>();

beforeAll(async () => {
  t = await createDemoTestDatabase();
  for (const u of await t.db.select().from(users)) ids.set(u.username, u.id);
}, 300_000);
afterAll(async () => {
  await t?.close();
});

const as = (username: string) => ({
  db: t.db,
  actor: userActor('DISCIPLINE', ids.get(username)!),
  locale: 'zh' as const,
  now: () => new Date('2018-11-26T10:00:00+08:00'),
});

describe('the demo clue cases', () => {
  it('use fictional example identities only', () => {
    for (const clue of data.cases) {
      expect(clue.subject, clue.key).toMatch(/^（示例）/);
      if (clue.informant != null) expect(clue.informant, clue.key).toMatch(/^（示例）/);
    }
  });

  it('are all taken in, owned by the `discipline` account only', async () => {
    const rows = await t.db.select().from(clueCases);
    expect(rows).toHaveLength(data.cases.length);
    const owners = await t.db.select().from(clueCaseOwners);
    expect(owners).toHaveLength(rows.length);
    expect(new Set(owners.map((o) => o.userId))).toEqual(new Set([ids.get('discipline')]));
  });

  it("reproduce the seed's (五) figures for what the inspection team transferred", async () => {
    const figures = await getClueFigures(as('discipline2'), { source: ['INSPECTION_TRANSFER'] });
    const petitions = figures.byKind.find((k) => k.kind === 'PETITION_REPORT')!.figures;
    // 省委第十一巡视组移交信访举报件办结率87.2%
    expect(petitions).toMatchObject({ received: 47, concluded: 41, duplicates: 1 });
    expect(formatPercent(petitions.completionRate)).toBe('87.2%');
    // 问题线索已办结1条,立案3条,其他问题线索正在进一步进行调查
    const clues = figures.byKind.find((k) => k.kind === 'PROBLEM_CLUE')!.figures;
    expect(clues).toMatchObject({ received: 8, concluded: 1, caseFiled: 3, underWay: 4, duplicates: 0 });
    const investigating = await listClueCases<{ status: string; disposalMethod: string }>(
      as('discipline'),
      { filter: { kind: ['PROBLEM_CLUE'], status: ['IN_DISPOSAL'] }, page: {} },
      readSpec(['status', 'disposalMethod']),
      { withTotal: true, warnings: { yellowDays: 20, reminderDays: [] } },
    );
    expect(investigating.totalCount).toBe(4);
  });

  it('hold two duplicates, one escalated case, one shelved and one reopened', async () => {
    const rows = await t.db.select().from(clueCases);
    expect(
      rows
        .filter((r) => r.duplicateOfId != null)
        .map((r) => r.source)
        .sort(),
    ).toEqual(['INSPECTION_TRANSFER', 'PETITION_OFFICE']);
    expect(rows.filter((r) => r.escalated)).toHaveLength(1);
    expect(rows.filter((r) => r.status === 'SHELVED')).toHaveLength(1);
    const all = await getClueFigures(as('discipline'), {});
    expect(all.total).toMatchObject({ received: 55, duplicates: 2 });
    const [pending] = await t.db.select().from(clueDisclosureRequests);
    expect(pending).toMatchObject({ status: 'PENDING_APPROVAL', granteeUserId: ids.get('discipline2') });
  });

  it('keep every example identity out of the audit log', async () => {
    const audit = (await t.db.select().from(auditEvents).where(eq(auditEvents.entity, 'clueCase'))).map((a) =>
      JSON.stringify(a),
    );
    expect(audit.length).toBeGreaterThan(data.cases.length);
    for (const text of audit) expect(text).not.toContain('（示例）');
  });
});
