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
export * from '../deliveries/testing/receivers.js';
export * from './assertions.js';
export * from './backup-archives.js';
export * from './http-receiver.js';
