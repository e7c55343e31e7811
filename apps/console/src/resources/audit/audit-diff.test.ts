import { describe, expect, it } from 'vitest';
import { auditDiff, showValue } from './audit-diff.js';

describe('auditDiff', () => {
  it('lists the fields that changed, without bookkeeping', () => {
    const before = { id: 7, leaderId: 3, leadUnitId: 4, version: 1, coUnitIds: [1] };
    const after = { id: 7, leaderId: 5, leadUnitId: 4, version: 2, coUnitIds: [1, 2] };
    expect(auditDiff(before, after)).toEqual([
      { field: 'leaderId', before: 3, after: 5 },
      { field: 'coUnitIds', before: [1], after: [1, 2] },
    ]);
  });

  it('treats a creation as every field arriving', () => {
    expect(auditDiff(null, { name: '市委办公室' })).toEqual([
      { field: 'name', before: null, after: '市委办公室' },
    ]);
  });

  it("leaves out an evidence id beside its file name, and an extension's change row beside the deadline", () => {
    expect(auditDiff({ version: 3 }, { version: 4, evidenceId: 12, fileName: '整改报告.pdf' })).toEqual([
      { field: 'fileName', before: null, after: '整改报告.pdf' },
    ]);
    expect(
      auditDiff(
        { deadline: '2018-12-31' },
        { deadline: '2019-03-31', deadlineChange: { id: 2, toDeadline: '2019-03-31' } },
      ),
    ).toEqual([{ field: 'deadline', before: '2018-12-31', after: '2019-03-31' }]);
  });

  it('shows values in one line', () => {
    expect(showValue(null)).toBe('—');
    expect(showValue([1, 2])).toBe('[1,2]');
    expect(showValue('整改中')).toBe('整改中');
  });
});
