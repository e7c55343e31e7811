import { describe, expect, it } from 'vitest';
import { formatRate } from './format-rate.js';

describe('formatRate', () => {
  it('prints one decimal, as published reports do', () => {
    expect(formatRate(0.872)).toBe('87.2%');
    expect(formatRate(688 / 697)).toBe('98.7%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0)).toBe('0.0%');
  });

  it('prints a dash when there is nothing to divide', () => {
    expect(formatRate(null)).toBe('—');
  });
});
