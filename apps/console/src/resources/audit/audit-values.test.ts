import { describe, expect, it } from 'vitest';
import { referencedIds } from './audit-names.js';
import { auditValue, type NameOf } from './audit-values.js';

const NAMES: Record<string, Record<number, string>> = {
  units: { 6: '市发展改革委', 18: '市财政局', 20: '市审计局' },
  leaders: { 3: '张三', 15: '李四' },
  issues: { 9: '一、(一) 落实主体责任不力' },
};
const nameOf: NameOf = (resource, id) => NAMES[resource]?.[id];

describe('auditValue', () => {
  it("labels enum values with the domain's labels", () => {
    expect(auditValue('task', 'status', 'IN_PROGRESS', 'zh')).toBe('整改中');
    expect(auditValue('task', 'term', 'LONG_TERM', 'en')).toBe('Long-term');
    expect(auditValue('apiClient', 'scopes', ['LEDGER_READ', 'FIGURES_READ'], 'zh')).toBe(
      '读取台账（巡视、问题、任务）、读取统计数据',
    );
  });

  it("writes dates in the reader's style", () => {
    expect(auditValue('task', 'deadline', '2018-11-24', 'zh')).toBe('2018年11月24日');
    expect(auditValue('task', 'deadline', '2018-11-24', 'en')).toBe('2018-11-24');
    expect(auditValue('user', 'lockedUntil', '2018-11-26T02:30:00.000Z', 'zh')).toBe('2018年11月26日 10:30');
    expect(auditValue('task', 'status', null, 'zh')).toBe('—');
  });

  it('names units, leaders and issues instead of their ids', () => {
    expect(auditValue('task', 'leaderId', 15, 'zh', nameOf)).toBe('李四');
    expect(auditValue('task', 'coUnitIds', [6, 18, 20], 'zh', nameOf)).toBe(
      '市发展改革委、市财政局、市审计局',
    );
    expect(auditValue('task', 'coUnitIds', [6, 18], 'en', nameOf)).toBe('市发展改革委, 市财政局');
    expect(auditValue('task', 'coUnitIds', [], 'zh', nameOf)).toBe('—');
    expect(auditValue('issue', 'leadLeaderId', 3, 'zh', nameOf)).toBe('张三');
    expect(auditValue('unit', 'parentId', 18, 'zh', nameOf)).toBe('市财政局');
    expect(auditValue('task', 'issueId', 9, 'zh', nameOf)).toBe('一、(一) 落实主体责任不力');
  });

  it('marks an id whose name is not known, rather than passing it off as a number', () => {
    expect(auditValue('task', 'leaderId', 7, 'zh')).toBe('#7');
    expect(auditValue('task', 'ordinal', 7, 'zh')).toBe('7');
  });

  it('writes booleans as words', () => {
    expect(auditValue('user', 'active', true, 'zh')).toBe('是');
    expect(auditValue('user', 'active', false, 'zh')).toBe('否');
    expect(auditValue('user', 'active', false, 'en')).toBe('No');
  });
});

describe('referencedIds', () => {
  it("gathers the ids an event's changed fields point to, by resource", () => {
    const before = { leaderId: 3, leadUnitId: 4, coUnitIds: [], version: 1 };
    const after = { leaderId: 15, leadUnitId: 4, coUnitIds: [20, 6, 18], version: 2 };
    expect(referencedIds('task', before, after)).toEqual({
      units: [6, 18, 20],
      leaders: [3, 15],
      issues: [],
    });
  });

  it('asks for nothing when only plain fields changed', () => {
    expect(referencedIds('task', { status: 'CLOSED' }, { status: 'REOPENED', reason: '问题反弹' })).toEqual({
      units: [],
      leaders: [],
      issues: [],
    });
  });
});
