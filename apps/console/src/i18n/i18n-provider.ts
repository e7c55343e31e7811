import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { appEn } from './app-en.js';
import { appZh } from './app-zh.js';
import { clueEn } from './clue-en.js';
import { clueZh } from './clue-zh.js';
import { LOCALES, rememberLocale, storedLocale } from './locale.js';
import { raZh } from './ra-zh.js';

type Tree = { [key: string]: string | Tree };

/** Feature message files add keys under the same branches (resources, rectify): merged, never replaced. */
function merge(...trees: object[]): Tree {
  const out: Tree = {};
  for (const tree of trees as Tree[]) {
    for (const [key, value] of Object.entries(tree)) {
      const mine = out[key];
      out[key] =
        typeof value === 'object' && typeof mine === 'object' ? merge(mine, value) : (value as string | Tree);
    }
  }
  return out;
}

const messages: Record<string, TranslationMessages> = {
  'zh-CN': merge(raZh, appZh, clueZh) as TranslationMessages,
  en: merge(englishMessages, appEn, clueEn) as TranslationMessages,
};

const polyglot = polyglotI18nProvider(
  (locale) => messages[locale] ?? messages['zh-CN']!,
  storedLocale(),
  [...LOCALES],
  {
    // Server messages arrive translated already: show them as they are.
    allowMissing: true,
  },
);

/** zh-CN first, English switchable; the choice is remembered across sessions. */
export const i18nProvider = {
  ...polyglot,
  changeLocale(locale: string) {
    rememberLocale(locale);
    return polyglot.changeLocale(locale);
  },
};
