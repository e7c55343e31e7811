import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { appEn } from './app-en.js';
import { appZh } from './app-zh.js';
import { LOCALES, rememberLocale, storedLocale } from './locale.js';
import { raZh } from './ra-zh.js';
import { spreadsheetEn } from './spreadsheet-en.js';
import { spreadsheetZh } from './spreadsheet-zh.js';

type Messages = { [key: string]: string | Messages };

/** Feature message files add keys under the same roots (resources, rectify): merge them, do not replace. */
function merged(...parts: object[]): TranslationMessages {
  const into: Messages = {};
  const add = (target: Messages, source: Messages) => {
    for (const [key, value] of Object.entries(source)) {
      const existing = target[key];
      if (typeof value === 'object' && typeof existing === 'object') add(existing, value);
      else target[key] = typeof value === 'object' ? add({}, value) : value;
    }
    return target;
  };
  for (const part of parts) add(into, part as Messages);
  return into as unknown as TranslationMessages;
}

const messages: Record<string, TranslationMessages> = {
  'zh-CN': merged(raZh, appZh, spreadsheetZh),
  en: merged(englishMessages, appEn, spreadsheetEn),
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
