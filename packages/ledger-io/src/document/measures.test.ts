import { describe, expect, it } from 'vitest';
import { splitMeasures } from './measures.js';

const ordinals = (text: string) => splitMeasures(text).tasks.map((t) => t.ordinal);

describe('splitMeasures', () => {
  it('splits at 一是 二是 … after a full stop and keeps each measure whole', () => {
    expect(splitMeasures('总体要求。一是建立制度。加强学习。二是严格审核;压缩会议。')).toEqual({
      preamble: '总体要求。',
      tasks: [
        { ordinal: '一是', measure: '建立制度。加强学习。' },
        { ordinal: '二是', measure: '严格审核;压缩会议。' },
      ],
    });
  });

  it('reads 十一是 as the eleventh measure, not as 一是', () => {
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
    const text = numerals.map((n, i) => `${n}是措施${i + 1}。`).join('');
    expect(ordinals(text)).toEqual(numerals.map((n) => `${n}是`));
    expect(splitMeasures(text).tasks[10]).toEqual({ ordinal: '十一是', measure: '措施11。' });
    expect(splitMeasures('一是甲。十一是乙。').tasks).toEqual([
      { ordinal: '一是', measure: '甲。十一是乙。' },
    ]);
  });

  it('does not split on 统一是, 唯一是 or an ordinal inside a sentence', () => {
    expect(ordinals('标准统一是关键。措施一是不变。')).toEqual([]);
    expect(ordinals('一是口径统一是前提,二是不算。三是也不算。')).toEqual(['一是']);
    expect(ordinals('其中唯一是例外。')).toEqual([]);
  });

  it('looks for the next ordinal in sequence, so a later 一是 does not restart the list', () => {
    expect(splitMeasures('一是甲。二是乙:一是细则。三是丙。').tasks).toEqual([
      { ordinal: '一是', measure: '甲。' },
      { ordinal: '二是', measure: '乙:一是细则。' },
      { ordinal: '三是', measure: '丙。' },
    ]);
  });

  it('accepts a 一是 that follows a clause directly only when 二是 confirms the list', () => {
    expect(splitMeasures('推动成果转化运用一是大兴调研。二是抓好转化。')).toEqual({
      preamble: '推动成果转化运用',
      tasks: [
        { ordinal: '一是', measure: '大兴调研。' },
        { ordinal: '二是', measure: '抓好转化。' },
      ],
    });
    expect(ordinals('这一点一是说明问题。')).toEqual([]);
  });

  it('treats full-width and ASCII sentence punctuation and line breaks alike', () => {
    expect(ordinals('措施如下:一是甲;二是乙；三是丙\n四是丁。')).toEqual(['一是', '二是', '三是', '四是']);
  });

  it('leaves a response without enumeration whole', () => {
    expect(splitMeasures(' 已经配备一批关键岗位领导干部。 ')).toEqual({
      preamble: '已经配备一批关键岗位领导干部。',
      tasks: [],
    });
  });
});
