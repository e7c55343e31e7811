import { inspections, issues } from '@rectify/db';
import {
  createTestDatabase,
  makeInspection,
  makeLeader,
  makeTask,
  makeUnit,
  type TestDatabase,
} from '@rectify/db/testing';
import { userActor } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { contextFor } from '../testing/index.js';
import { createInspection } from './create-inspection.js';
import { createIssue } from './create-issue.js';
import { deleteIssue } from './delete-issue.js';
import { updateInspection } from './update-inspection.js';
import { updateIssue } from './update-issue.js';

let t: TestDatabase;
const asOffice = () => contextFor(t.db, userActor('OFFICE', 7));

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const foshan = {
  name: '省委第十一巡视组巡视佛山市',
  inspectingBody: '中共广东省委第十一巡视组',
  inspectedOrganisation: '中共佛山市委',
  level: 'PROVINCIAL',
  onSiteFrom: '2018-03-08',
  onSiteTo: '2018-05-11',
  feedbackDate: '2018-07-24',
  rectificationDeadline: '2018-11-24',
} as const;

describe('create-inspection', () => {
  it('creates an inspection and audits it', async () => {
    const inspection = await createInspection(asOffice(), foshan);
    expect(inspection).toMatchObject({ ...foshan, version: 1 });
    const [audit] = await auditOf(t.db, 'inspection', inspection.id);
    expect(audit).toMatchObject({ action: 'inspection.create', actorUserId: 7, before: null });
    expect(audit!.after).toMatchObject({ name: foshan.name, feedbackDate: '2018-07-24' });
  });

  it('stores the kind given, or else the kind of the level, and refuses one it does not know', async () => {
    expect(await createInspection(asOffice(), foshan)).toMatchObject({ kind: 'PATROL' });
    const county = { ...foshan, inspectingBody: '中共南海区委第二巡察组', level: 'COUNTY' } as const;
    const circuit = await createInspection(asOffice(), county);
    expect(circuit).toMatchObject({ kind: 'CIRCUIT', inspectingBody: '中共南海区委第二巡察组' });
    // A university's party committee 巡察 its colleges: a provincial body, and a 巡察 all the same.
    expect(await createInspection(asOffice(), { ...foshan, kind: 'CIRCUIT' })).toMatchObject({
      kind: 'CIRCUIT',
    });
    const error = await failure(createInspection(asOffice(), { ...county, kind: 'TOUR' as never }));
    expect(fieldCodes(error)).toEqual(['kind:INVALID']);
    expect(error.fieldErrors[0]?.message).toEqual({
      zh: '巡视或巡察无效：TOUR',
      en: 'Inspection kind is invalid: TOUR',
    });
  });

  it('reports every invalid field at once: texts, level, malformed and disordered dates', async () => {
    const error = await failure(
      createInspection(asOffice(), {
        name: ' ',
        inspectingBody: '',
        inspectedOrganisation: '中共佛山市委',
        level: 'GALACTIC' as never,
        onSiteFrom: '2018-05-01',
        onSiteTo: '2018-04-01',
        feedbackDate: '2018-02-30',
        rectificationDeadline: '2018-03-01',
      }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(fieldCodes(error)).toEqual([
      'feedbackDate:INVALID_DATE',
      'inspectingBody:REQUIRED',
      'level:INVALID',
      'name:REQUIRED',
      'onSiteTo:DATE_ORDER',
      'rectificationDeadline:DATE_ORDER',
    ]);
    const order = error.fieldErrors.find((e) => e.field === 'onSiteTo')!;
    expect(order.message).toEqual({
      zh: '离驻日期不能早于进驻日期（2018年5月1日）',
      en: 'On-site to cannot be before the on-site from (2018-05-01)',
    });
  });

  it('accepts dates that are only partly given, checking the order of those given', async () => {
    const inspection = await createInspection(asOffice(), {
      ...foshan,
      onSiteFrom: null,
      onSiteTo: undefined,
    });
    expect(inspection).toMatchObject({ onSiteFrom: null, onSiteTo: null, feedbackDate: '2018-07-24' });
    const error = await failure(
      createInspection(asOffice(), {
        ...foshan,
        onSiteTo: null,
        feedbackDate: null,
        rectificationDeadline: '2018-01-01',
      }),
    );
    expect(fieldCodes(error)).toEqual(['rectificationDeadline:DATE_ORDER']);
  });
});

describe('update-inspection', () => {
  it('changes the given fields, bumps the version and audits before and after', async () => {
    const inspection = await makeInspection(t.db, foshan);
    const updated = await updateInspection(asOffice(), {
      id: inspection.id,
      version: 1,
      rectificationDeadline: '2018-12-31',
      name: '省委巡视佛山',
    });
    expect(updated).toMatchObject({ name: '省委巡视佛山', rectificationDeadline: '2018-12-31', version: 2 });
    expect(updated.inspectingBody).toBe(foshan.inspectingBody);
    const [audit] = await auditOf(t.db, 'inspection', inspection.id);
    expect(audit).toMatchObject({ action: 'inspection.update' });
    expect(audit!.before).toMatchObject({ rectificationDeadline: '2018-11-24', version: 1 });
    expect(audit!.after).toMatchObject({ rectificationDeadline: '2018-12-31', version: 2 });
  });

  it('changes the kind and the inspecting body, and will not clear the kind', async () => {
    const inspection = await makeInspection(t.db, foshan);
    const updated = await updateInspection(asOffice(), {
      id: inspection.id,
      version: 1,
      kind: 'CIRCUIT',
      inspectingBody: ' 市委第三巡察组 ',
    });
    expect(updated).toMatchObject({ kind: 'CIRCUIT', inspectingBody: '市委第三巡察组', version: 2 });
    const [audit] = await auditOf(t.db, 'inspection', inspection.id);
    expect(audit!.before).toMatchObject({ kind: 'PATROL' });
    expect(audit!.after).toMatchObject({ kind: 'CIRCUIT' });
    const error = await failure(
      updateInspection(asOffice(), {
        id: inspection.id,
        version: 2,
        kind: null as never,
        inspectingBody: '',
      }),
    );
    expect(fieldCodes(error)).toEqual(['inspectingBody:REQUIRED', 'kind:REQUIRED']);
    expect(error.fieldErrors.find((e) => e.field === 'inspectingBody')?.message.zh).toContain(
      '巡视（巡察）组',
    );
  });

  it('checks a moved date against the dates already stored', async () => {
    const inspection = await makeInspection(t.db, foshan);
    const error = await failure(
      updateInspection(asOffice(), {
        id: inspection.id,
        version: 1,
        feedbackDate: '2018-12-01',
        level: 'X' as never,
      }),
    );
    expect(fieldCodes(error)).toEqual(['level:INVALID', 'rectificationDeadline:DATE_ORDER']);
  });

  it('answers a stale version with CONFLICT and an unknown id with NOT_FOUND', async () => {
    const inspection = await makeInspection(t.db);
    await updateInspection(asOffice(), { id: inspection.id, version: 1, name: '改' });
    const stale = await failure(
      updateInspection(asOffice(), { id: inspection.id, version: 1, name: '再改' }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect((await failure(updateInspection(asOffice(), { id: 999_999, version: 1 }))).code).toBe('NOT_FOUND');
    const [row] = await t.db.select().from(inspections).where(eq(inspections.id, inspection.id));
    expect(row).toMatchObject({ name: '改', version: 2 });
  });
});

describe('create-issue', () => {
  it('builds the tree in document order with sort keys made of zero-padded positions', async () => {
    const inspection = await makeInspection(t.db);
    const leader = await makeLeader(t.db);
    const unit = await makeUnit(t.db);
    const ctx = asOffice();
    const base = { inspectionId: inspection.id };
    const area1 = await createIssue(ctx, { ...base, kind: 'AREA', code: '二(一)', title: '方面一' });
    const area2 = await createIssue(ctx, { ...base, kind: 'AREA', code: '二(二)', title: '方面二' });
    const problem = await createIssue(ctx, {
      ...base,
      parentId: area2.id,
      kind: 'PROBLEM',
      code: '二(二)1.',
      title: '问题',
      responseText: '  市委认真剖析。 ',
      leadLeaderId: leader.id,
      leadUnitId: unit.id,
    });
    const late = await createIssue(ctx, {
      ...base,
      parentId: area2.id,
      kind: 'PROBLEM',
      code: '二(二)12.',
      title: '问题',
      position: 12,
    });
    const next = await createIssue(ctx, {
      ...base,
      parentId: area2.id,
      kind: 'PROBLEM',
      code: '二(二)13.',
      title: '问题',
    });
    const point = await createIssue(ctx, {
      ...base,
      parentId: problem.id,
      kind: 'MANIFESTATION',
      code: '二(二)1.(1)',
      title: '表现',
    });
    const sub = await createIssue(ctx, {
      ...base,
      parentId: point.id,
      kind: 'MANIFESTATION',
      code: '二(二)1.(1)①',
      title: '细项',
    });
    expect([area1, area2, problem, late, next, point, sub].map((i) => [i.position, i.sortKey])).toEqual([
      [1, '0001'],
      [2, '0002'],
      [1, '0002.0001'],
      [12, '0002.0012'],
      [13, '0002.0013'],
      [1, '0002.0001.0001'],
      [1, '0002.0001.0001.0001'],
    ]);
    expect(problem).toMatchObject({
      responseText: '市委认真剖析。',
      leadLeaderId: leader.id,
      leadUnitId: unit.id,
    });
    const [audit] = await auditOf(t.db, 'issue', problem.id);
    expect(audit).toMatchObject({ action: 'issue.create', before: null });
    expect(audit!.after).toMatchObject({ code: '二(二)1.', sortKey: '0002.0001', parentId: area2.id });
  });

  it('reports every invalid field at once', async () => {
    const inspection = await makeInspection(t.db);
    const ctx = asOffice();
    const problemParent = await createIssue(ctx, {
      inspectionId: inspection.id,
      kind: 'AREA',
      code: 'A',
      title: 'A',
    });
    const problem = await createIssue(ctx, {
      inspectionId: inspection.id,
      parentId: problemParent.id,
      kind: 'PROBLEM',
      code: 'P',
      title: 'P',
    });
    const error = await failure(
      createIssue(ctx, {
        inspectionId: inspection.id,
        parentId: problem.id,
        kind: 'AREA',
        code: 'P',
        title: '',
        leadLeaderId: 999_999,
        leadUnitId: 999_998,
        position: 1,
      }),
    );
    expect(fieldCodes(error)).toEqual([
      'code:TAKEN',
      'kind:KIND_ORDER',
      'leadLeaderId:NOT_FOUND',
      'leadUnitId:NOT_FOUND',
      'title:REQUIRED',
    ]);
    expect(error.fieldErrors.find((e) => e.field === 'kind')!.message.zh).toBe('“方面”不能列在“问题”之下');
    const other = await makeInspection(t.db);
    const foreign = await failure(
      createIssue(ctx, {
        inspectionId: other.id,
        parentId: problem.id,
        kind: 'MANIFESTATION',
        code: 'X',
        title: 'X',
        position: 0,
      }),
    );
    expect(fieldCodes(foreign)).toEqual(['parentId:OTHER_INSPECTION', 'position:OUT_OF_RANGE']);
    const unknown = await failure(
      createIssue(ctx, {
        inspectionId: 999_999,
        parentId: 999_999,
        kind: 'NODE' as never,
        code: '',
        title: 'x',
      }),
    );
    expect(fieldCodes(unknown)).toEqual([
      'code:REQUIRED',
      'inspectionId:NOT_FOUND',
      'kind:INVALID',
      'parentId:NOT_FOUND',
    ]);
    const taken = await failure(
      createIssue(ctx, {
        inspectionId: inspection.id,
        parentId: problemParent.id,
        kind: 'PROBLEM',
        code: 'Q',
        title: 'Q',
        position: 1,
      }),
    );
    expect(fieldCodes(taken)).toEqual(['position:TAKEN']);
  });

  it('allows the same code in another inspection', async () => {
    const [a, b] = [await makeInspection(t.db), await makeInspection(t.db)];
    await createIssue(asOffice(), { inspectionId: a.id, kind: 'AREA', code: '二(一)', title: 'x' });
    const issue = await createIssue(asOffice(), {
      inspectionId: b.id,
      kind: 'AREA',
      code: '二(一)',
      title: 'x',
    });
    expect(issue.sortKey).toBe('0001');
  });
});

describe('update-issue and delete-issue', () => {
  it('updates texts and leads, audited, and refuses a code taken in the inspection', async () => {
    const inspection = await makeInspection(t.db);
    const leader = await makeLeader(t.db);
    const ctx = asOffice();
    const issue = await createIssue(ctx, {
      inspectionId: inspection.id,
      kind: 'AREA',
      code: '一',
      title: '旧',
    });
    await createIssue(ctx, { inspectionId: inspection.id, kind: 'AREA', code: '二', title: '另' });
    const updated = await updateIssue(ctx, {
      id: issue.id,
      version: 1,
      title: '新',
      responseText: '已整改',
      leadLeaderId: leader.id,
    });
    expect(updated).toMatchObject({
      code: '一',
      title: '新',
      responseText: '已整改',
      leadLeaderId: leader.id,
      version: 2,
    });
    const [audit] = await auditOf(t.db, 'issue', issue.id);
    expect(audit).toMatchObject({ action: 'issue.update' });
    expect(audit!.before).toMatchObject({ title: '旧', leadLeaderId: null });
    expect(audit!.after).toMatchObject({ title: '新', leadLeaderId: leader.id });
    const error = await failure(
      updateIssue(ctx, { id: issue.id, version: 2, code: '二', title: ' ', leadUnitId: 999_999 }),
    );
    expect(fieldCodes(error)).toEqual(['code:TAKEN', 'leadUnitId:NOT_FOUND', 'title:REQUIRED']);
    expect((await updateIssue(ctx, { id: issue.id, version: 2, code: '一' })).version).toBe(3);
  });

  it('answers a stale version with CONFLICT and an unknown id with NOT_FOUND', async () => {
    const inspection = await makeInspection(t.db);
    const issue = await createIssue(asOffice(), {
      inspectionId: inspection.id,
      kind: 'AREA',
      code: 'S',
      title: 'S',
    });
    await updateIssue(asOffice(), { id: issue.id, version: 1, title: 'S2' });
    expect((await failure(updateIssue(asOffice(), { id: issue.id, version: 1, title: 'S3' }))).code).toBe(
      'CONFLICT',
    );
    expect((await failure(deleteIssue(asOffice(), { id: issue.id, version: 1 }))).code).toBe('CONFLICT');
    expect((await failure(updateIssue(asOffice(), { id: 999_999, version: 1 }))).code).toBe('NOT_FOUND');
    expect((await failure(deleteIssue(asOffice(), { id: 999_999, version: 1 }))).code).toBe('NOT_FOUND');
  });

  it('deletes a leaf without tasks, and refuses an issue with children or tasks', async () => {
    const inspection = await makeInspection(t.db);
    const ctx = asOffice();
    const area = await createIssue(ctx, { inspectionId: inspection.id, kind: 'AREA', code: 'A', title: 'A' });
    const problem = await createIssue(ctx, {
      inspectionId: inspection.id,
      parentId: area.id,
      kind: 'PROBLEM',
      code: 'P',
      title: 'P',
    });
    await makeTask(t.db, { issueId: problem.id });
    const parentError = await failure(deleteIssue(ctx, { id: area.id, version: 1 }));
    expect(fieldCodes(parentError)).toEqual(['id:IN_USE']);
    expect(parentError.fieldErrors[0]!.message.zh).toContain('下级问题1条');
    const taskError = await failure(deleteIssue(ctx, { id: problem.id, version: 1 }));
    expect(taskError.fieldErrors[0]!.message.en).toContain('1 tasks');
    const leaf = await createIssue(ctx, {
      inspectionId: inspection.id,
      parentId: area.id,
      kind: 'PROBLEM',
      code: 'L',
      title: 'L',
    });
    const deleted = await deleteIssue(ctx, { id: leaf.id, version: 1 });
    expect(deleted.id).toBe(leaf.id);
    expect(await t.db.select().from(issues).where(eq(issues.id, leaf.id))).toEqual([]);
    const [audit] = await auditOf(t.db, 'issue', leaf.id);
    expect(audit).toMatchObject({ action: 'issue.delete', after: null });
    expect(audit!.before).toMatchObject({ code: 'L', sortKey: '0001.0002' });
  });
});
