import { auditEvents, changeEvents, type Database, issues, tasks } from '@rectify/db';
import {
  createTestDatabase,
  makeInspection,
  makeLeader,
  makeUnit,
  type TestDatabase,
} from '@rectify/db/testing';
import { systemActor, TaskStatus } from '@rectify/domain';
import { type ParsedRow, readLedgerWorkbook, type SheetRow, writeLedgerWorkbook } from '@rectify/ledger-io';
import { count, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../kernel/context.js';
import { createIssue } from '../ledger/create-issue.js';
import { createTask } from '../ledger/create-task.js';
import { failure } from '../testing/assertions.js';
import { contextFor } from '../testing/index.js';
import { exportLedgerWorkbook } from './export-ledger-workbook.js';
import { importLedgerWorkbook, previewLedgerImport } from './import-ledger-workbook.js';

const UNITS = ['市委宣传部', '市委办公室', '市发展改革局'] as const;
const LEADERS = ['宣传部长', '秘书长'] as const;

interface Ledger {
  t: TestDatabase;
  inspectionId: number;
  unitIds: Record<string, number>;
  leaderIds: Record<string, number>;
}

/** Master data as the office keeps it: units and leaders by name, and an inspection. */
async function masterData(t: TestDatabase): Promise<Ledger> {
  const unitIds: Record<string, number> = {};
  for (const name of UNITS) unitIds[name] = (await makeUnit(t.db, { name })).id;
  const leaderIds: Record<string, number> = {};
  for (const name of LEADERS) leaderIds[name] = (await makeLeader(t.db, { name })).id;
  const inspectionId = (await makeInspection(t.db)).id;
  return { t, inspectionId, unitIds, leaderIds };
}

/** 一 → 一1. → 一1.(1), 一1.(2): four tasks across two units, in several states and terms. */
async function fixtureLedger(l: Ledger) {
  const ctx = contextFor(l.t.db, systemActor('OFFICE'));
  const issue = (
    parentId: number | null,
    kind: 'AREA' | 'PROBLEM' | 'MANIFESTATION',
    code: string,
    title: string,
  ) =>
    createIssue(ctx, {
      inspectionId: l.inspectionId,
      parentId,
      kind,
      code,
      title,
      leadUnitId: l.unitIds.市委宣传部,
    });
  const area = await issue(null, 'AREA', '一', '贯彻落实重大决策部署方面');
  const problem = await issue(area.id, 'PROBLEM', '一1.', '学习贯彻不够深入');
  const first = await issue(problem.id, 'MANIFESTATION', '一1.(1)', '结合实际不够');
  const second = await issue(problem.id, 'MANIFESTATION', '一1.(2)', '会议多文件多');
  const u = l.unitIds;
  await createTask(ctx, {
    issueId: first.id,
    ordinal: '一是',
    measure: '建立健全学习制度。',
    leaderId: l.leaderIds.宣传部长,
    leadUnitId: u.市委宣传部,
    coUnitIds: [u.市委办公室!],
    deadline: '2018-11-24',
    term: 'LONG_TERM',
    status: 'ONGOING',
  });
  await createTask(ctx, {
    issueId: first.id,
    ordinal: '二是',
    measure: '突出抓好宣讲贯彻。',
    leaderId: l.leaderIds.宣传部长,
    leadUnitId: u.市委宣传部,
    deadline: '2018-08-31',
    term: 'IMMEDIATE',
    status: 'CLOSED',
  });
  await createTask(ctx, {
    issueId: second.id,
    ordinal: '一是',
    measure: '精简会议文件。',
    leaderId: l.leaderIds.秘书长,
    leadUnitId: u.市委办公室,
    deadline: '2019-03-31',
    status: 'IN_PROGRESS',
  });
  await createTask(ctx, {
    issueId: second.id,
    ordinal: '二是',
    measure: '建立发文计划。',
    leadUnitId: u.市发展改革局,
    coUnitIds: [u.市委办公室!],
  });
}

const office = (db: Database) => contextFor(db, systemActor('OFFICE'));
const rowsOf = async (bytes: Uint8Array) => (await readLedgerWorkbook(bytes)).rows;
const keysOf = (rows: ParsedRow[]) =>
  rows.map((r) => (r.key.kind === 'issue' ? r.key.code : `${r.key.issueCode}-${r.key.position}`));

/** A parsed row written back as the office would type it. */
function sheetRow(row: ParsedRow, edits: Partial<SheetRow> = {}): SheetRow {
  const task = row.key.kind === 'task';
  return {
    key: keysOf([row])[0]!,
    level: task ? 'task' : 'issue',
    problem: row.problem,
    measure: `${row.ordinal}${row.measure}`,
    leader: row.leader,
    units: row.units,
    deadline: row.deadline,
    term: row.term,
    progress: '',
    status: row.status ? TaskStatus.label(row.status) : '',
    ...edits,
  };
}

const sheet = (rows: SheetRow[]) => writeLedgerWorkbook({ kind: 'LEDGER', rows, createdAt: new Date() });

async function counts(db: Database) {
  const [i] = await db.select({ n: count() }).from(issues);
  const [t] = await db.select({ n: count() }).from(tasks);
  const [a] = await db.select({ n: count() }).from(auditEvents);
  return { issues: i!.n, tasks: t!.n, audit: a!.n };
}

let l: Ledger;
let exported: Uint8Array;

beforeAll(async () => {
  l = await masterData(await createTestDatabase());
  await fixtureLedger(l);
  exported = (await exportLedgerWorkbook(office(l.t.db), { kind: 'LEDGER' })).content;
});
afterAll(async () => {
  await l?.t.close();
});

describe('exporting the ledger', () => {
  it('writes issues followed by their tasks, keyed by code and place, with names, dates and zh statuses', async () => {
    const file = await exportLedgerWorkbook(office(l.t.db), { kind: 'LEDGER' });
    expect(file.filename).toMatch(/^整改台账-巡视\d+-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await rowsOf(file.content);
    expect(keysOf(rows)).toEqual([
      '一',
      '一1.',
      '一1.(1)',
      '一1.(1)-1',
      '一1.(1)-2',
      '一1.(2)',
      '一1.(2)-1',
      '一1.(2)-2',
    ]);
    expect(rows[3]).toMatchObject({
      ordinal: '一是',
      measure: '建立健全学习制度。',
      leader: '宣传部长',
      units: ['市委宣传部', '市委办公室'],
      deadline: '2018-11-24',
      term: 'LONG_TERM',
      status: 'ONGOING',
    });
    expect(rows[7]).toMatchObject({
      leader: '',
      units: ['市发展改革局', '市委办公室'],
      deadline: null,
      status: 'NOT_STARTED',
    });
  });

  it('gives the problem list and the task list their own rows', async () => {
    const problems = await rowsOf((await exportLedgerWorkbook(office(l.t.db), { kind: 'PROBLEMS' })).content);
    expect(problems.every((r) => r.key.kind === 'issue')).toBe(true);
    const taskList = await rowsOf((await exportLedgerWorkbook(office(l.t.db), { kind: 'TASKS' })).content);
    expect(taskList.map((r) => r.problem)).toEqual([
      '结合实际不够',
      '结合实际不够',
      '会议多文件多',
      '会议多文件多',
    ]);
  });

  it('gives a unit only the tasks it leads or co-operates on', async () => {
    const unit = contextFor(l.t.db, systemActor('UNIT', { unitId: l.unitIds.市发展改革局 }));
    const rows = await rowsOf((await exportLedgerWorkbook(unit, { kind: 'TASKS' })).content);
    expect(keysOf(rows)).toEqual(['一1.(2)-2']);
  });
});

describe('importing a workbook', () => {
  it('re-imports an exported sheet without changing anything or creating duplicates', async () => {
    const before = await counts(l.t.db);
    const preview = await previewLedgerImport(office(l.t.db), { content: exported });
    expect(preview).toMatchObject({ errors: [], creates: 0, updates: 0, unchanged: 8 });
    const result = await importLedgerWorkbook(office(l.t.db), { content: exported });
    expect(result).toMatchObject({ creates: 0, updates: 0, unchanged: 8 });
    // Only the import's own audit event is new.
    expect(await counts(l.t.db)).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('lists every error with its row and column, and writes nothing', async () => {
    const rows = await rowsOf(exported);
    const bad = await sheet([
      ...rows.slice(0, 3).map((r) => sheetRow(r)),
      sheetRow(rows[3]!, { leader: '张三' }),
      sheetRow(rows[4]!, {
        units: ['市委宣传部', '不存在的局'],
        deadline: '2018-12-31',
        term: 'BY_DEADLINE',
      }),
      sheetRow(rows[6]!, { measure: '' }),
      sheetRow(rows[7]!, { key: '九9.(9)-1' }),
    ]);
    const before = await counts(l.t.db);
    const preview = await previewLedgerImport(office(l.t.db), { content: bad });
    expect(preview.errors.map((e) => [e.row, e.column?.letter, e.column?.header, e.code])).toEqual([
      [5, 'D', '责任领导', 'UNKNOWN_LEADER'],
      [6, 'E', '责任单位', 'UNKNOWN_UNIT'],
      [6, 'F', '完成时限', 'EXTENSION_REQUIRED'],
      [7, 'C', '整改措施', 'REQUIRED'],
      [8, 'A', '序号', 'UNKNOWN_ISSUE'],
    ]);
    const error = await failure(importLedgerWorkbook(office(l.t.db), { content: bad }));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['D5', 'E6', 'F6', 'C7', 'A8']);
    expect(error.fieldErrors[0]!.message.zh).toBe('第5行“责任领导”（D5）：没有名为“张三”的领导');
    expect(await counts(l.t.db)).toEqual(before);
  });

  it('updates an edited row, creates a new one, ignores a status, and a second import changes nothing', async () => {
    const rows = await rowsOf(exported);
    const edited = await sheet([
      ...rows.slice(0, 6).map((r) => sheetRow(r)),
      sheetRow(rows[6]!, { measure: '一是精简会议文件,压减三成。', leader: '宣传部长', status: '已销号' }),
      sheetRow(rows[7]!, { deadline: '2019-06-30', term: 'BY_DEADLINE' }),
      sheetRow(rows[7]!, {
        key: '一1.(2)-3',
        measure: '三是每月通报。',
        units: ['市委办公室'],
        leader: '秘书长',
        deadline: '2018-12-31',
        status: '',
      }),
    ]);
    const preview = await previewLedgerImport(office(l.t.db), { content: edited });
    expect(preview).toMatchObject({ errors: [], creates: 1, updates: 2, unchanged: 6 });
    expect(preview.rows.filter((r) => r.action !== 'UNCHANGED')).toEqual([
      {
        row: 8,
        key: '一1.(2)-1',
        entity: 'TASK',
        action: 'UPDATE',
        changes: ['measure', 'leader'],
        ignored: ['status'],
      },
      { row: 9, key: '一1.(2)-2', entity: 'TASK', action: 'UPDATE', changes: ['deadline'], ignored: [] },
      expect.objectContaining({ row: 10, key: '一1.(2)-3', action: 'CREATE' }),
    ]);
    const before = await counts(l.t.db);
    await importLedgerWorkbook(office(l.t.db), { content: edited });
    expect((await counts(l.t.db)).tasks).toBe(before.tasks + 1);
    const after = await rowsOf((await exportLedgerWorkbook(office(l.t.db), { kind: 'LEDGER' })).content);
    expect(after[6]).toMatchObject({
      measure: '精简会议文件,压减三成。',
      leader: '宣传部长',
      status: 'IN_PROGRESS',
    });
    expect(after[7]).toMatchObject({ deadline: '2019-06-30' });
    expect(after[8]).toMatchObject({
      ordinal: '三是',
      measure: '每月通报。',
      units: ['市委办公室'],
      status: 'NOT_STARTED',
    });

    const again = await previewLedgerImport(office(l.t.db), { content: edited });
    expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: 9 });
  });

  it('round-trips into a fresh database: export → import → the same ledger', async () => {
    const fresh = await masterData(await createTestDatabase());
    try {
      const source = await exportLedgerWorkbook(office(l.t.db), { kind: 'LEDGER' });
      const result = await importLedgerWorkbook(office(fresh.t.db), { content: source.content });
      expect(result).toMatchObject({ creates: 4 + 5, updates: 0, unchanged: 0 });
      const copy = await exportLedgerWorkbook(office(fresh.t.db), { kind: 'LEDGER' });
      // Progress reports are not carried by a sheet; everything the reader reads must be equal.
      expect(await rowsOf(copy.content)).toEqual(await rowsOf(source.content));
    } finally {
      await fresh.t.close();
    }
  });

  it('round-trips formula-like texts unchanged: exported as literal text, the preview says every row unchanged', async () => {
    const fresh = await masterData(await createTestDatabase());
    try {
      const ctx = office(fresh.t.db);
      const issue = await createIssue(ctx, {
        inspectionId: fresh.inspectionId,
        parentId: null,
        kind: 'AREA',
        code: '一',
        title: '=SUM(A1:A9)',
        responseText: '+1 已整改',
      });
      for (const measure of ['=1+2', '-5%', '@x', "'=x"])
        await createTask(ctx, { issueId: issue.id, measure, leadUnitId: fresh.unitIds.市委宣传部 });
      const content = (await exportLedgerWorkbook(ctx, { kind: 'LEDGER' })).content;
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(content) as unknown as ArrayBuffer);
      const cells = ['B2', 'C2', 'C3', 'C4', 'C5', 'C6'].map((a) => book.worksheets[0]!.getCell(a).value);
      expect(cells).toEqual(["'=SUM(A1:A9)", "'+1 已整改", "'=1+2", "'-5%", "'@x", "''=x"]);
      expect((await rowsOf(content)).map((r) => r.measure)).toEqual([
        '+1 已整改',
        '=1+2',
        '-5%',
        '@x',
        "'=x",
      ]);
      const before = await counts(fresh.t.db);
      expect(await previewLedgerImport(ctx, { content })).toMatchObject({
        errors: [],
        creates: 0,
        updates: 0,
        unchanged: 5,
      });
      expect(await importLedgerWorkbook(ctx, { content })).toMatchObject({ unchanged: 5 });
      expect(await counts(fresh.t.db)).toEqual({ ...before, audit: before.audit + 1 });
    } finally {
      await fresh.t.close();
    }
  });

  it('is the office’s alone', async () => {
    for (const role of ['UNIT', 'LEADER', 'SUPERVISOR', 'DISCIPLINE', 'ADMIN'] as const) {
      const ctx: ServiceContext = contextFor(l.t.db, systemActor(role));
      expect((await failure(previewLedgerImport(ctx, { content: exported }))).code).toBe('FORBIDDEN');
      expect((await failure(importLedgerWorkbook(ctx, { content: exported }))).code).toBe('FORBIDDEN');
    }
  });
});

describe('importing and the change feed', () => {
  it("feeds partners' change feed as a single edit does, in the import's transaction, and the preview not at all", async () => {
    const changes = () => l.t.db.select().from(changeEvents).orderBy(desc(changeEvents.id));
    const [issue] = await l.t.db.select().from(issues).where(eq(issues.code, '一1.(2)'));
    await createTask(office(l.t.db), {
      issueId: issue!.id,
      ordinal: '四是',
      measure: '每季度清理文件。',
      leaderId: l.leaderIds.秘书长,
      leadUnitId: l.unitIds.市委办公室,
      deadline: null,
      term: 'LONG_TERM',
    });
    const rows = await rowsOf((await exportLedgerWorkbook(office(l.t.db), { kind: 'LEDGER' })).content);
    // A sheet may give a deadline to a task that has none (a set one moves only by an extension).
    const open = rows.findIndex((r) => r.key.kind === 'task' && !r.deadline);
    expect(open).toBeGreaterThan(-1);
    const edit = (r: ParsedRow, i: number) =>
      sheetRow(r, i === open ? { deadline: '2019-05-31', term: 'BY_DEADLINE' } : {});
    const moved = await sheet(rows.map(edit));
    const before = await changes();
    const preview = await previewLedgerImport(office(l.t.db), { content: moved });
    expect(preview).toMatchObject({ errors: [], updates: 1 });
    expect(await changes()).toEqual(before);
    // A refused import writes nothing, its changes included.
    const refused = await sheet([...rows.map(edit), sheetRow(rows[open]!, { key: '九9.(9)-1' })]);
    expect((await failure(importLedgerWorkbook(office(l.t.db), { content: refused }))).code).toBe(
      'VALIDATION',
    );
    expect(await changes()).toEqual(before);
    await importLedgerWorkbook(office(l.t.db), { content: moved });
    const added = (await changes()).filter((c) => c.id > (before[0]?.id ?? 0));
    expect(added.map((c) => [c.kind, c.payload])).toEqual([
      ['TASK_DEADLINE_CHANGED', expect.objectContaining({ from: null, to: '2019-05-31' })],
    ]);
    expect(added[0]!.payload).toMatchObject({ taskId: added[0]!.taskId });
  });
});
