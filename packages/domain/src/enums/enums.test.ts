import { describe, expect, it } from 'vitest';
import { halfWidthBesideChinese } from '../text/zh-punctuation.js';
import * as enums from './index.js';

describe('enums', () => {
  type AnyEnum = { values: readonly string[]; label: (v: string, l: 'zh' | 'en') => string };
  const all = (Object.entries(enums) as [string, unknown][]).filter(
    (entry): entry is [string, AnyEnum] =>
      typeof entry[1] === 'object' && entry[1] !== null && 'values' in entry[1],
  );

  it('label every value in zh-CN and English', () => {
    expect(all.length).toBeGreaterThan(10);
    for (const [name, e] of all) {
      for (const v of e.values) {
        expect(e.label(v, 'zh'), `${name}.${v}`).toMatch(/\S/);
        expect(e.label(v, 'en'), `${name}.${v}`).toMatch(/\S/);
        expect(e.label(v, 'zh'), `${name}.${v} zh is Chinese`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('write Chinese labels with full-width punctuation', () => {
    const labels = all.flatMap(([name, e]) => e.values.map((v) => [`${name}.${v}`, e.label(v, 'zh')]));
    expect(labels.filter(([, zh]) => halfWidthBesideChinese(zh!))).toEqual([]);
  });

  it('recognise their own values only', () => {
    expect(enums.TaskStatus.is('CLOSED')).toBe(true);
    expect(enums.TaskStatus.is('closed')).toBe(false);
    expect(enums.TaskStatus.is('toString')).toBe(false);
    expect(enums.TaskStatus.object.CLOSED).toBe('CLOSED');
  });

  it('give an inspection the kind of its level when none is given', () => {
    expect(enums.InspectionLevel.values.map((level) => enums.inspectionKindOfLevel(level))).toEqual([
      'PATROL',
      'PATROL',
      'CIRCUIT',
      'CIRCUIT',
    ]);
  });
});
