import { type Executor, noticePreferences } from '@rectify/db';
import { NoticeMode, NotificationKind } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import type { ServiceContext } from '../kernel/context.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { inboxOwner } from '../notifications/inbox.js';

export interface NoticePreferencesView {
  email: string | null;
  /** Every notice kind with its mode (CONSOLE where none was chosen). */
  modes: { kind: NotificationKind; mode: NoticeMode }[];
}

export interface NoticePreferencesInput {
  email?: string | null;
  modes?: { kind: NotificationKind; mode: NoticeMode }[];
}

async function read(db: Executor, userId: number) {
  const [row] = await db.select().from(noticePreferences).where(eq(noticePreferences.userId, userId));
  return { email: row?.email ?? null, modes: row?.modes ?? {} };
}

const view = (p: { email: string | null; modes: Record<string, NoticeMode> }): NoticePreferencesView => ({
  email: p.email,
  modes: NotificationKind.values.map((kind) => ({ kind, mode: p.modes[kind] ?? 'CONSOLE' })),
});

/** The caller's own outbound preferences (every signed-in person has them; no one reads another's). */
export async function myNoticePreferences(ctx: ServiceContext): Promise<NoticePreferencesView> {
  return view(await read(ctx.db, inboxOwner(ctx.actor)));
}

/** 通知方式: sets the caller's e-mail address and, per kind of notice, console only, e-mail now or daily digest. */
export async function updateMyNoticePreferences(
  ctx: ServiceContext,
  input: NoticePreferencesInput,
): Promise<NoticePreferencesView> {
  const userId = inboxOwner(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const before = await read(tx, userId);
    const email = input.email === undefined ? before.email : input.email?.trim() || null;
    const modes = { ...before.modes };
    for (const { kind, mode } of input.modes ?? []) modes[kind] = mode;
    const v = new Validator();
    if (email != null) {
      v.check(
        /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(email),
        'email',
        'INVALID_EMAIL',
        messages.deliveries.eMailAddressNotValid,
      );
    }
    v.check(
      email != null || Object.values(modes).every((m) => m === 'CONSOLE'),
      'email',
      'REQUIRED',
      messages.deliveries.eMailAddressNeededE,
    );
    (input.modes ?? []).forEach(({ kind, mode }, i) => {
      v.check(
        NotificationKind.is(kind) && NoticeMode.is(mode),
        `modes.${i}`,
        'INVALID_CHOICE',
        messages.deliveries.unknownNoticeKindMode,
      );
    });
    v.done();
    await tx
      .insert(noticePreferences)
      .values({ userId, email, modes, updatedAt: ctx.now() })
      .onConflictDoUpdate({ target: noticePreferences.userId, set: { email, modes, updatedAt: ctx.now() } });
    await recordAudit(tx, ctx.actor, {
      action: 'noticePreferences.update',
      entity: 'user',
      entityId: userId,
      before,
      after: { email, modes },
    });
    return view({ email, modes });
  });
}
