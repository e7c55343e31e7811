import type { Locale } from '@rectify/domain';

/** The console's languages, zh-CN first. react-admin knows them by these codes. */
export const LOCALES = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
] as const;
export type UiLocale = (typeof LOCALES)[number]['locale'];
const DEFAULT_LOCALE: UiLocale = 'zh-CN';

// Kept outside react-admin's store, which is wiped at logout: the language outlives the session.
const STORAGE_KEY = 'rectify.locale';

export function storedLocale(): UiLocale {
  const value = globalThis.localStorage?.getItem(STORAGE_KEY);
  return LOCALES.some((l) => l.locale === value) ? (value as UiLocale) : DEFAULT_LOCALE;
}

export function rememberLocale(locale: string): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
}

/** The domain's label locale for a console locale. */
export const domainLocale = (locale: string): Locale => (locale.startsWith('en') ? 'en' : 'zh');

/** What the API is told, so that its messages come back in the user's language. */
export const acceptLanguage = (locale: string): string => (domainLocale(locale) === 'en' ? 'en' : 'zh-CN');
