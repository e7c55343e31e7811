import { clueCases } from '@rectify/db';
import { CLUE_CONFIDENTIAL_FIELDS } from '@rectify/domain';
import type { ReceivedMail, ReceivedPost, ReceivedRequest } from '@rectify/services/testing';

// Whatever left the building, as text a reader could see, and a search of it for a clue case's confidential
// values (the domain's CLUE_CONFIDENTIAL_FIELDS of every case in the database).

/** The clue cases' confidential values (rows read with CONFIDENTIAL_COLUMNS), each once, non-empty only. */
export function confidentialValues(rows: readonly Record<string, unknown>[]): string[] {
  const values = new Set<string>();
  for (const row of rows)
    for (const field of CLUE_CONFIDENTIAL_FIELDS) {
      const value = row[field];
      if (typeof value === 'string' && value.trim() !== '') values.add(value.trim());
    }
  return [...values];
}

/** The SELECT list that reads those fields of `clue_cases`, each as its field's name. */
export const CONFIDENTIAL_COLUMNS = CLUE_CONFIDENTIAL_FIELDS.map(
  (field) => `${clueCases[field].name} as "${field}"`,
).join(', ');

/** Every string inside a JSON text (escapes decoded), so that `\u4e2d` is searched as 中. */
function jsonStrings(text: string): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  try {
    walk(JSON.parse(text));
  } catch {
    // not JSON: the raw text is searched anyway
  }
  return found;
}

/**
 * One delivered message as texts to search: its raw bytes, and what a reader sees once decoded (an e-mail's
 * subject and bodies are encoded in its source; JSON may escape).
 */
export const mailTexts = (m: ReceivedMail) =>
  [m.raw, m.mail.subject ?? '', m.mail.text ?? '', typeof m.mail.html === 'string' ? m.mail.html : ''].filter(
    Boolean,
  );
export const postTexts = (p: ReceivedPost) => {
  const body = p.body.toString('utf8');
  return [decodeURIComponent(p.url.toString()), body, ...jsonStrings(body)];
};
export const requestTexts = (r: ReceivedRequest) => [
  decodeURIComponent(r.path),
  JSON.stringify(r.headers),
  r.body,
  ...jsonStrings(r.body),
];

/** The values found in any of the texts (whitespace ignored, as a line-wrapped body would break a value). */
export function valuesFoundIn(texts: readonly string[], values: readonly string[]): string[] {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const haystack = texts.map(squeeze);
  return values.filter((value) => haystack.some((text) => text.includes(squeeze(value))));
}
