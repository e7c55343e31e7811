import type { Label } from '@rectify/domain';
import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { zh } from './zh.js';

/** Each message of the catalogues in both languages: a Label, or a function of its parameters giving one. */
export type Messages = {
  [F in keyof Catalogue]: {
    [K in keyof Catalogue[F]]: Catalogue[F][K] extends (p: infer P) => string ? (p: P) => Label : Label;
  };
};

type Entry = string | ((p: never) => string);

function bilingual(chinese: Entry, english: Entry): Label | ((p: never) => Label) {
  if (typeof chinese === 'string') return { zh: chinese, en: english as string };
  const inEnglish = english as (p: never) => string;
  return (p: never) => ({ zh: chinese(p), en: inEnglish(p) });
}

/** What the services say to people (errors, notices, audit lines), from the zh and en catalogues. */
export const messages = Object.fromEntries(
  Object.entries(zh).map(([feature, entries]) => [
    feature,
    Object.fromEntries(
      Object.entries(entries as Record<string, Entry>).map(([key, chinese]) => [
        key,
        bilingual(chinese, (en as unknown as Record<string, Record<string, Entry>>)[feature]![key]!),
      ]),
    ),
  ]),
) as Messages;
