import { halfWidthBesideChinese } from '@rectify/domain';
import { describe, expect, it } from 'vitest';
import { accountSecurityZh } from './account-security-zh.js';
import { appZh } from './app-zh.js';
import { clueZh } from './clue-zh.js';
import { documentZh } from './document-zh.js';
import { reportZh } from './report-zh.js';
import { deliveriesZh } from './deliveries-zh.js';
import { jobsZh } from './jobs-zh.js';
import { webhooksZh } from './webhooks-zh.js';
import { raZh } from './ra-zh.js';
import { spreadsheetZh } from './spreadsheet-zh.js';
import { workflowZh } from './workflow-zh.js';

/** Every message of a catalogue with its key path. */
function messages(tree: object, path = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${path}${key}`, value]] : messages(value as object, `${path}${key}.`),
  );
}

const CATALOGUES = {
  raZh,
  appZh,
  workflowZh,
  clueZh,
  spreadsheetZh,
  documentZh,
  reportZh,
  accountSecurityZh,
  jobsZh,
  webhooksZh,
  deliveriesZh,
};

describe('the Chinese catalogues', () => {
  it.each(Object.entries(CATALOGUES))(
    '%s uses full-width punctuation beside Chinese text',
    (_, catalogue) => {
      const offending = messages(catalogue).filter(([, text]) => halfWidthBesideChinese(text));
      expect(offending).toEqual([]);
    },
  );

  it('the check itself tells the two apart', () => {
    expect(halfWidthBesideChinese('请刷新后重试,您填写的内容已保留')).toBe(true);
    expect(halfWidthBesideChinese('完成进度(%)')).toBe(true);
    expect(halfWidthBesideChinese('请刷新后重试，您填写的内容已保留')).toBe(false);
    expect(halfWidthBesideChinese('以逗号分隔，如 7, 3, 1')).toBe(false);
  });
});
