import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { EN_CATALOGUES, ZH_CATALOGUES } from './catalogues.js';
import { LOCALES, rememberLocale, storedLocale } from './locale.js';

/** Feature message files add keys beside the app's: merged key by key, never replacing a whole branch. */
function merge(...parts: object[]): TranslationMessages {
  const result: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const current = result[key];
      result[key] =
        typeof value === 'object' && typeof current === 'object' ? merge(current as object, value) : value;
    }
  }
  return result as TranslationMessages;
}

const messages: Record<string, TranslationMessages> = {
  'zh-CN': merge(...Object.values(ZH_CATALOGUES)),
  en: merge(englishMessages, ...Object.values(EN_CATALOGUES)),
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
