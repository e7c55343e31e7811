import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { appEn } from './app-en.js';
import { appZh } from './app-zh.js';
import { documentEn } from './document-en.js';
import { documentZh } from './document-zh.js';
import { LOCALES, rememberLocale, storedLocale } from './locale.js';
import { raZh } from './ra-zh.js';

type Messages = Record<string, unknown>;

/** Feature message files add to the same top-level keys (resources …), so they are merged deeply. */
function merge(...parts: Messages[]): Messages {
  const out: Messages = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const before = out[key];
      out[key] = isObject(before) && isObject(value) ? merge(before, value) : value;
    }
  }
  return out;
}
const isObject = (v: unknown): v is Messages => typeof v === 'object' && v !== null && !Array.isArray(v);

const messages: Record<string, TranslationMessages> = {
  'zh-CN': merge(raZh, appZh, documentZh) as TranslationMessages,
  en: merge(englishMessages, appEn, documentEn) as TranslationMessages,
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
