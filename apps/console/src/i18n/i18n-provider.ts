import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { accountSecurityEn } from './account-security-en.js';
import { accountSecurityZh } from './account-security-zh.js';
import { appEn } from './app-en.js';
import { appZh } from './app-zh.js';
import { clueEn } from './clue-en.js';
import { clueZh } from './clue-zh.js';
import { documentEn } from './document-en.js';
import { documentZh } from './document-zh.js';
import { reportEn } from './report-en.js';
import { reportZh } from './report-zh.js';
import { deliveriesEn } from './deliveries-en.js';
import { deliveriesZh } from './deliveries-zh.js';
import { jobsEn } from './jobs-en.js';
import { jobsZh } from './jobs-zh.js';
import { webhooksEn } from './webhooks-en.js';
import { webhooksZh } from './webhooks-zh.js';
import { LOCALES, rememberLocale, storedLocale } from './locale.js';
import { raZh } from './ra-zh.js';
import { spreadsheetEn } from './spreadsheet-en.js';
import { spreadsheetZh } from './spreadsheet-zh.js';
import { workflowEn } from './workflow-en.js';
import { workflowZh } from './workflow-zh.js';

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
  'zh-CN': merge(
    raZh,
    appZh,
    workflowZh,
    clueZh,
    spreadsheetZh,
    documentZh,
    reportZh,
    accountSecurityZh,
    jobsZh,
    webhooksZh,
    deliveriesZh,
  ),
  en: merge(
    englishMessages,
    appEn,
    workflowEn,
    clueEn,
    spreadsheetEn,
    documentEn,
    reportEn,
    accountSecurityEn,
    jobsEn,
    webhooksEn,
    deliveriesEn,
  ),
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
