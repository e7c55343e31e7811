import { describe, expect, it } from 'vitest';
import { auditValue } from './audit-values.js';

describe('auditValue', () => {
  it("labels enum values with the domain's labels", () => {
    expect(auditValue('task', 'status', 'IN_PROGRESS', 'zh')).toBe('整改中');
    expect(auditValue('task', 'term', 'LONG_TERM', 'en')).toBe('Long-term');
    expect(auditValue('apiClient', 'scopes', ['LEDGER_READ', 'FIGURES_READ'], 'zh')).toBe(
      '读取台账(巡视、问题、任务)、读取统计数据',
    );
  });

  it("writes dates in the reader's style and leaves other values as they are", () => {
    expect(auditValue('task', 'deadline', '2018-11-24', 'zh')).toBe('2018年11月24日');
    expect(auditValue('task', 'leaderId', 7, 'zh')).toBe('7');
    expect(auditValue('task', 'status', null, 'zh')).toBe('—');
  });
});
