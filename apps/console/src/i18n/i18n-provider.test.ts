import { describe, expect, it } from 'vitest';
import { i18nProvider } from './i18n-provider.js';

describe('i18nProvider', () => {
  it('merges the feature messages key by key beside the app’s and react-admin’s, in both languages', async () => {
    const t = (key: string) => i18nProvider.translate(key);
    expect([
      t('ra.action.save'),
      t('resources.tasks.name'),
      t('resources.reviews.name'),
      t('rectify.task.history'),
      t('rectify.workflow.requestClosure'),
    ]).toEqual(['保存', '整改任务', '待我审核', '整改历程', '申请销号']);
    await i18nProvider.changeLocale('en');
    expect([
      t('ra.action.save'),
      t('resources.tasks.name'),
      t('resources.reviews.name'),
      t('rectify.task.history'),
      t('rectify.workflow.requestClosure'),
    ]).toEqual(['Save', 'Task |||| Tasks', 'To review', 'History', 'Request closure']);
  });
});
