// Test support of @rectify/services for the other packages' tests (and its own): a context to call a use case
// in, a change recorded directly, receivers of what the services send, backup archives damaged on purpose.

import type { Database } from '@rectify/db';
import type { Actor, Locale } from '@rectify/domain';
import type { ServiceContext } from '../kernel/context.js';

/** A service context for tests: a given actor, a fixed clock (the seed report's date by default). */
export function contextFor(
  db: Database,
  actor: Actor,
  options: { now?: Date; locale?: Locale } = {},
): ServiceContext {
  const now = options.now ?? new Date('2018-11-26T10:00:00+08:00');
  return { db, actor, locale: options.locale ?? 'zh', now: () => now };
}
// A change recorded as a use case's audit would record it, for tests of the feed that need one kind quickly.
export { recordChange } from '../change-feed/record-change.js';
// Receivers on this machine for what the services send: mail, group-robot posts, webhook requests.
export {
  type ReceivedMail,
  type ReceivedPost,
  startRobotReceiver,
  startSmtpReceiver,
} from '../deliveries/testing/receivers.js';
export { type ReceivedRequest, startHttpReceiver } from './http-receiver.js';
// Backup archives edited on purpose, for the restore's refusals.
export { flipByteOfEntry, rewriteArchive } from './backup-archives.js';
