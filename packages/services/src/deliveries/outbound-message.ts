import { type Label, NotificationKind, type Role } from '@rectify/domain';
import { messages } from '../messages/index.js';
import type { NotificationDraft } from '../notifications/notify.js';

export interface OutboundMessage {
  subject: string;
  body: string;
}

/** Records whose very existence is confidential: an outbound message says nothing about them. */
const CONFIDENTIAL_ENTITIES = new Set(['clueCase', 'clueDisclosureRequest']);

/** A message that leaves the building says only that something awaits when it is about clue work. */
export function isConfidential(draft: Pick<NotificationDraft, 'entity'>, role: Role | null): boolean {
  return role === 'DISCIPLINE' || CONFIDENTIAL_ENTITIES.has(draft.entity);
}

const SOMETHING_AWAITS: Label = messages.deliveries.somethingAwaitsYouPleaseSign;

/**
 * The text of a notice outside the console, in both languages. A DISCIPLINE reader, or any notice about a clue
 * case, gets only that something awaits, with a link to the inbox: subject, informant and matter never leave.
 */
export function outboundMessage(
  draft: NotificationDraft,
  role: Role | null,
  consoleUrl: string,
): OutboundMessage {
  const link = `${consoleUrl}/#/inbox`;
  if (isConfidential(draft, role)) {
    return {
      subject: '【整改台账】您有一项新的事项 / Something awaits you',
      body: `${SOMETHING_AWAITS.zh}\n${SOMETHING_AWAITS.en}\n\n${link}`,
    };
  }
  const kind = NotificationKind.labels[draft.kind];
  return {
    subject: `【整改台账】${kind.zh} / ${kind.en}`,
    body: `${draft.message.zh}\n${draft.message.en}\n\n${link}`,
  };
}

/** One e-mail that gathers a day's notices held for the digest. */
export function digestMessage(bodies: readonly string[], consoleUrl: string): OutboundMessage {
  const items = bodies.map((b, i) => `${i + 1}. ${b.split('\n\n')[0]?.replace(/\n/g, ' / ')}`);
  return {
    subject: `【整改台账】每日汇总（${bodies.length}项） / Daily digest (${bodies.length})`,
    body: `${items.join('\n')}\n\n${consoleUrl}/#/inbox`,
  };
}
