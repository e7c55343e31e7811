import type { Label, Locale } from '@rectify/domain';
import { useLocaleState } from 'react-admin';
import { domainLocale } from './locale.js';

/** The domain's label locale ('zh' | 'en') for the console's current language. */
export function useDomainLocale(): Locale {
  const [locale] = useLocaleState();
  return domainLocale(locale);
}

/** An enum as defined in the domain: its values and their labels. */
export interface DomainEnum<V extends string = string> {
  values: readonly V[];
  labels: Record<V, Label>;
}

/** Choices for a select input, labelled by the domain in the current language. */
export function useEnumChoices<V extends string>(e: DomainEnum<V>): { id: V; name: string }[] {
  const locale = useDomainLocale();
  return e.values.map((id) => ({ id, name: e.labels[id][locale] }));
}
