import { DisposalMethod, halfWidthBesideChinese, IssueKind } from '@rectify/domain';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { messages } from './index.js';
import { zh } from './zh.js';

type Entry = string | ((p: unknown) => string);
const HAN = /\p{Script=Han}/u;

/**
 * Any parameter: a number-like text, a label of both languages (`p.x.zh`, `p.x.en.toLowerCase()`), or a list of
 * such (`p.used.map((r) => r.label.zh)`, `p.values.join('、')`).
 */
const anything: object = new Proxy(
  {},
  {
    get: (_, key) => {
      if (key === 'zh') return '某项';
      if (key === 'en') return 'Something';
      if (key === Symbol.toPrimitive || key === 'toString') return () => '7';
      if (key === 'map') return (f: (x: unknown) => unknown) => [f(anything)];
      if (key === 'join') return () => '7';
      return anything;
    },
  },
);
/** The parameters that must be one of an enum's values. */
const ENUM_PARAMS = {
  method: DisposalMethod.values[0],
  child: IssueKind.values[1],
  above: IssueKind.values[0],
};
const anyParams = new Proxy(ENUM_PARAMS, {
  get: (params, key) => (key in params ? params[key as keyof typeof params] : anything),
});
const text = (entry: Entry) => (typeof entry === 'string' ? entry : entry(anyParams));
const entries = (catalogue: object) =>
  Object.entries(catalogue).flatMap(([feature, keys]) =>
    Object.entries(keys as Record<string, Entry>).map(
      ([key, entry]) => [`${feature}.${key}`, text(entry)] as const,
    ),
  );

describe('the services’ message catalogues', () => {
  it('say every message in Chinese (full-width punctuation) and in English, each in its own language', () => {
    const chinese = entries(zh);
    const english = new Map(entries(en));
    expect(chinese.length).toBeGreaterThan(300);
    for (const [key, message] of chinese) {
      expect(HAN.test(message), `zh ${key}: ${message}`).toBe(true);
      const translated = english.get(key);
      expect(translated, `en ${key}`).toBeTruthy();
      expect(HAN.test(translated!), `en ${key}: ${translated}`).toBe(false);
    }
    expect(english.size).toBe(chinese.length);
    expect(chinese.filter(([, message]) => halfWidthBesideChinese(message))).toEqual([]);
  });

  it('give each message as a label of both languages', () => {
    expect(messages.auth.currentPasswordWrong).toEqual({
      zh: '当前密码不正确',
      en: 'the current password is wrong',
    });
    expect(messages.auth.usernameTaken({ username: 'li.ming' })).toEqual({
      zh: '用户名“li.ming”已被使用',
      en: 'the username "li.ming" is taken',
    });
  });
});
