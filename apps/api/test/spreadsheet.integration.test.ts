import { auditEvents, tasks, units } from '@rectify/db';
import { systemActor } from '@rectify/domain';
import { readLedgerWorkbook, type SheetRow, writeLedgerWorkbook } from '@rectify/ledger-io';
import { taskRow } from '@rectify/ledger-io/testing';
import { createApiClient } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

const EXPORT = `query Export($kind: LedgerSheetKind!) {
  exportLedger(kind: $kind) { filename mimeType byteSize contentBase64 }
}`;
const PREVIEW = `query Preview($content: String!) {
  previewLedgerImport(contentBase64: $content) {
    inspectionName creates updates unchanged
    rows { row key entity action changes ignored }
    errors { row column header code message }
  }
}`;
const IMPORT = `mutation Import($content: String!) {
  importLedger(contentBase64: $content) {
    result { creates updates unchanged }
    errors { field code message }
  }
}`;

type File = { filename: string; mimeType: string; byteSize: number; contentBase64: string };
type Preview = {
  creates: number;
  updates: number;
  unchanged: number;
  rows: { row: number; key: string; action: string; changes: string[]; ignored: string[] }[];
  errors: {
    row: number | null;
    column: string | null;
    header: string | null;
    code: string;
    message: string;
  }[];
};

let api: TestApi;
let office: string;
let ledger: Uint8Array;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function exportAs(token: string, kind = 'LEDGER') {
  return api.gql<{ exportLedger: File }>(EXPORT, { kind }, { token });
}

async function written() {
  return { tasks: await api.db.$count(tasks), audit: await api.db.$count(auditEvents) };
}

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  office = await api.tokenFor('OFFICE');
  const result = await exportAs(office);
  ledger = new Uint8Array(Buffer.from(result.data!.exportLedger.contentBase64, 'base64'));
});
afterAll(async () => {
  await api?.close();
});

describe('exporting over GraphQL', () => {
  it('returns the demo ledger as an .xlsx file: 57 issues and 183 tasks', async () => {
    const { data, errors } = await exportAs(office);
    expect(errors).toBeUndefined();
    expect(data!.exportLedger).toMatchObject({
      filename: expect.stringMatching(/^整改台账-省委第十一巡视组巡视佛山市-.*\.xlsx$/),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const { rows } = await readLedgerWorkbook(ledger);
    expect(rows.filter((r) => r.key.kind === 'issue')).toHaveLength(57);
    expect(rows.filter((r) => r.key.kind === 'task')).toHaveLength(183);
  });

  it('gives a unit its own tasks only', async () => {
    const unit = (await api.db.select({ id: units.id, name: units.name }).from(units)).find(
      (u) => u.name === '市委组织部',
    );
    const token = await api.tokenFor('UNIT', { unitId: unit!.id });
    const { data } = await exportAs(token, 'TASKS');
    const { rows } = await readLedgerWorkbook(Buffer.from(data!.exportLedger.contentBase64, 'base64'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(await api.db.$count(tasks));
    expect(rows.every((r) => r.units.includes('市委组织部'))).toBe(true);
  });

  it('refuses callers without ledger.export, partner tokens included', async () => {
    const discipline = await api.tokenFor('DISCIPLINE');
    const ctx = { db: api.db, actor: systemActor('ADMIN'), locale: 'zh' as const, now: () => new Date() };
    const { token: partner } = await createApiClient(ctx, {
      name: 'figures only',
      department: '市统计局',
      scopes: ['FIGURES_READ'],
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    for (const token of [discipline, partner]) {
      const { data, errors } = await exportAs(token);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('importing over GraphQL', () => {
  it('previews a re-import of the export as unchanged, and importing it writes no record', async () => {
    const preview = await api.gql<{ previewLedgerImport: Preview }>(
      PREVIEW,
      { content: base64(ledger) },
      { token: office },
    );
    expect(preview.data!.previewLedgerImport).toMatchObject({
      creates: 0,
      updates: 0,
      unchanged: 240,
      errors: [],
    });
    const before = await written();
    const result = await api.gql(IMPORT, { content: base64(ledger) }, { token: office });
    expect(result.data).toEqual({
      importLedger: { result: { creates: 0, updates: 0, unchanged: 240 }, errors: [] },
    });
    expect(await written()).toEqual({ tasks: before.tasks, audit: before.audit + 1 });
  });

  it('refuses a bad sheet with every error at its cell, in the caller’s language, and writes nothing', async () => {
    const bad: SheetRow[] = [
      {
        key: '二(一)1.(1)-1',
        level: 'task',
        problem: '',
        measure: '',
        leader: '无此人',
        units: ['市委宣传部'],
        deadline: null,
        term: null,
        progress: '',
        status: '进行中',
      },
      {
        key: '九(九)-1',
        level: 'task',
        problem: '',
        measure: '新措施',
        leader: '',
        units: ['无此单位'],
        deadline: '2019-01-01',
        term: 'BY_DEADLINE',
        progress: '',
        status: '',
      },
    ];
    const content = base64(await writeLedgerWorkbook({ kind: 'TASKS', rows: bad, createdAt: new Date() }));
    const preview = await api.gql<{ previewLedgerImport: Preview }>(
      PREVIEW,
      { content },
      { token: office, locale: 'en' },
    );
    expect(preview.data!.previewLedgerImport.errors.map((e) => `${e.column}${e.row} ${e.code}`)).toEqual([
      'C2 REQUIRED',
      'D2 UNKNOWN_LEADER',
      'F2 EXTENSION_REQUIRED',
      'H2 STATUS',
      'A3 UNKNOWN_ISSUE',
    ]);
    expect(preview.data!.previewLedgerImport.errors[1]!.message).toBe('no leader is named “无此人”');

    const before = await written();
    const result = await api.gql<{
      importLedger: { result: null; errors: { field: string; message: string }[] };
    }>(IMPORT, { content }, { token: office });
    expect(result.data!.importLedger.result).toBeNull();
    expect(result.data!.importLedger.errors.map((e) => e.field)).toEqual(['C2', 'D2', 'F2', 'H2', 'A3']);
    expect(result.data!.importLedger.errors[1]!.message).toBe(
      '第2行“责任领导”（D2）：没有名为“无此人”的领导',
    );
    expect(await written()).toEqual(before);
  });

  it('previews a cell too long for the use case as the import refuses it, at the same cell', async () => {
    const row = taskRow('九(九)-1', 'x'.repeat(100_000));
    const { rows } = await readLedgerWorkbook(ledger);
    const issue = rows.find((r) => r.key.kind === 'issue')!;
    const content = base64(
      await writeLedgerWorkbook({
        kind: 'TASKS',
        rows: [{ ...row, key: `${issue.key.kind === 'issue' ? issue.key.code : ''}-99` }],
        createdAt: new Date(),
      }),
    );
    const preview = await api.gql<{ previewLedgerImport: Preview }>(PREVIEW, { content }, { token: office });
    expect(preview.data!.previewLedgerImport.errors.map((e) => `${e.column}${e.row} ${e.code}`)).toEqual([
      'C2 TOO_LONG',
    ]);
    const before = await written();
    const result = await api.gql<{
      importLedger: { result: null; errors: { field: string; code: string; message: string }[] };
    }>(IMPORT, { content }, { token: office });
    expect(result.data!.importLedger.errors).toEqual([
      { field: 'C2', code: 'TOO_LONG', message: '第2行“整改措施”（C2）：整改措施不能超过20000个字' },
    ]);
    expect(await written()).toEqual(before);
  });

  it('answers a file that is not a workbook with one file error', async () => {
    const content = Buffer.from('not a spreadsheet').toString('base64');
    const preview = await api.gql<{ previewLedgerImport: Preview }>(PREVIEW, { content }, { token: office });
    expect(preview.data!.previewLedgerImport.errors).toEqual([
      {
        row: null,
        column: null,
        header: null,
        code: 'NOT_XLSX',
        message: '文件不是有效的 Excel 工作簿（.xlsx）',
      },
    ]);
  });

  it('is refused to every role but the office', async () => {
    for (const role of ['UNIT', 'LEADER', 'SUPERVISOR', 'DISCIPLINE', 'ADMIN'] as const) {
      const token = await api.tokenFor(
        role,
        role === 'UNIT' ? { unitId: 1 } : role === 'LEADER' ? { leaderId: 1 } : {},
      );
      for (const query of [PREVIEW, IMPORT]) {
        const { errors } = await api.gql(query, { content: base64(ledger) }, { token });
        expect(errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      }
    }
  });
});
