import { describe, expect, it } from 'vitest';
import { accountSecurityZh } from './account-security-zh.js';
import { appZh } from './app-zh.js';
import { clueZh } from './clue-zh.js';
import { documentZh } from './document-zh.js';
import { raZh } from './ra-zh.js';
import { spreadsheetZh } from './spreadsheet-zh.js';
import { workflowZh } from './workflow-zh.js';

// Chinese characters, and the full-width punctuation that already belongs to Chinese text.
const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
// A half-width , : ; ( ) ! ? touching Chinese text on either side.
const HALF_WIDTH_BESIDE_CJK = new RegExp(`(?<=${CJK})[,:;()!?]|[,:;()!?](?=${CJK})`);

/** Every message of a catalogue with its key path. */
function messages(tree: object, path = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${path}${key}`, value]] : messages(value as object, `${path}${key}.`),
  );
}

const CATALOGUES = { raZh, appZh, workflowZh, clueZh, spreadsheetZh, documentZh, accountSecurityZh };

describe('the Chinese catalogues', () => {
  it.each(Object.entries(CATALOGUES))(
    '%s uses full-width punctuation beside Chinese text',
    (_, catalogue) => {
      const offending = messages(catalogue).filter(([, text]) => HALF_WIDTH_BESIDE_CJK.test(text));
      expect(offending).toEqual([]);
    },
  );

  it('the check itself tells the two apart', () => {
    expect(HALF_WIDTH_BESIDE_CJK.test('请刷新后重试,您填写的内容已保留')).toBe(true);
    expect(HALF_WIDTH_BESIDE_CJK.test('完成进度(%)')).toBe(true);
    expect(HALF_WIDTH_BESIDE_CJK.test('请刷新后重试，您填写的内容已保留')).toBe(false);
    expect(HALF_WIDTH_BESIDE_CJK.test('以逗号分隔，如 7, 3, 1')).toBe(false);
  });
});
