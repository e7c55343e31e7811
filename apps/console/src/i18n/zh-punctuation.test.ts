import { halfWidthBesideChinese } from '@rectify/domain';
import { describe, expect, it } from 'vitest';
import { ZH_CATALOGUES } from './catalogues.js';

/** Every message of a catalogue with its key path. */
function messages(tree: object, path = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${path}${key}`, value]] : messages(value as object, `${path}${key}.`),
  );
}

describe('the Chinese catalogues', () => {
  it.each(Object.entries(ZH_CATALOGUES))(
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
