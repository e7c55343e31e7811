import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { appEn } from './app-en.js';
import { appZh } from './app-zh.js';
import { LOCALES, rememberLocale, storedLocale } from './locale.js';
import { raZh } from './ra-zh.js';

const messages: Record<string, TranslationMessages> = {
  'zh-CN': { ...raZh, ...appZh },
  en: { ...englishMessages, ...appEn },
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
