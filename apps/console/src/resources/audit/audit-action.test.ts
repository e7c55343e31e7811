import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../../i18n/i18n-provider.js';
import { auditActionLabel } from './audit-action.js';

const label = (action: string) => auditActionLabel(action, i18nProvider.translate);

describe('auditActionLabel', () => {
  afterEach(() => i18nProvider.changeLocale('zh-CN'));

  it("names a task's workflow steps as the domain names them", () => {
    expect(label('task.requestClosure')).toBe('整改任务 · 申请销号');
    expect(label('task.close')).toBe('整改任务 · 审核通过销号');
    expect(label('task.reopen')).toBe('整改任务 · 回头看重新打开');
    expect(label('task.addEvidence')).toBe('整改任务 · 上传佐证材料');
    expect(label('user.update')).toBe('用户 · 修改');
  });

  it('uses the entity’s own word where the verb means something else there', () => {
    expect(label('finding.close')).toBe('督查意见 · 跟进办结');
    expect(label('finding.return')).toBe('督查意见 · 退回重新反馈');
    expect(label('closureRequest.endorse')).toBe('销号申请 · 签字背书');
  });

  it('follows the language, and shows an unknown step as recorded', async () => {
    expect(label('task.frobnicate')).toBe('整改任务 · frobnicate');
    await i18nProvider.changeLocale('en');
    expect(label('task.requestClosure')).toBe('Task · Request closure');
  });
});
