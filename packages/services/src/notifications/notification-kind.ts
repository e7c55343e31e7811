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
 * A notification's message is kept in both languages (a Label in the jsonb `message` column), so that each
 * reader gets it in theirs. Only the two texts are stored, whatever else the label passed carries.
 */
export const storedMessage = (label: Label): Label => ({ zh: label.zh, en: label.en });

export const messageIn = (stored: Label, locale: Locale): string => stored[locale];
