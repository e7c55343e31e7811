import type { Label, Locale } from '@rectify/domain';

/** The records an inbox item may point at (its `entity`), each with the id in `entityId`. */
export type NotificationEntity =
  | 'task'
  | 'closureRequest'
  | 'extensionRequest'
  | 'finding'
  | 'clueCase'
  | 'clueDisclosureRequest'
  | 'user'
  | 'passwordReset';

/**
 * A notification's message is kept in both languages (JSON of a Label in the `message` column), so that each
 * reader gets it in theirs. Text that is not such JSON is shown as it is.
 */
export const encodeMessage = (label: Label): string => JSON.stringify({ zh: label.zh, en: label.en });

export function messageIn(stored: string, locale: Locale): string {
  try {
    const label = JSON.parse(stored) as Partial<Label> | null;
    const text = label?.[locale] ?? label?.zh;
    return typeof text === 'string' ? text : stored;
  } catch {
    return stored;
  }
}
