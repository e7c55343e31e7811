import { type Executor, groupRobots, settings } from '@rectify/db';
import type { RobotChannel } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { checkOutboundUrl } from '../outbound/outbound-url.js';
import type { QuietHours } from './quiet-hours.js';
import { encryptSecret, maskSecret, maskUrl } from './secret-box.js';

const OUTBOUND_SETTINGS_KEY = 'outbound';

/** The mail server and sender, the console's address for links, and the quiet hours (China time). */
export interface OutboundSettings {
  smtp: {
    host: string;
    port: number;
    /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
    secure: boolean;
    username: string | null;
    passwordEncrypted: string | null;
    passwordMasked: string | null;
    from: string;
  } | null;
  consoleUrl: string;
  quietHours: QuietHours | null;
}

const DEFAULT_OUTBOUND_SETTINGS: OutboundSettings = {
  smtp: null,
  consoleUrl: 'http://localhost:4000',
  quietHours: { start: '22:00', end: '07:00' },
};

export async function getOutboundSettings(db: Executor): Promise<OutboundSettings> {
  const [row] = await db.select().from(settings).where(eq(settings.key, OUTBOUND_SETTINGS_KEY));
  return { ...DEFAULT_OUTBOUND_SETTINGS, ...(row?.value as Partial<OutboundSettings> | undefined) };
}

/** What an ADMIN reads back: the password only masked. */
export type OutboundSettingsView = Omit<OutboundSettings, 'smtp'> & {
  smtp: Omit<NonNullable<OutboundSettings['smtp']>, 'passwordEncrypted'> | null;
};

function viewOfSettings(value: OutboundSettings): OutboundSettingsView {
  if (!value.smtp) return { ...value, smtp: null };
  const { passwordEncrypted: _sealed, ...smtp } = value.smtp;
  return { ...value, smtp };
}

export interface OutboundSettingsInput {
  smtp?: {
    host: string;
    port: number;
    secure: boolean;
    username?: string | null;
    /** Absent: keep the stored password; empty: remove it. */
    password?: string | null;
    from: string;
  } | null;
  consoleUrl?: string;
  quietHours?: QuietHours | null;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** 设置邮件服务器: the mail server, sender, link address and quiet hours; the password is sealed before it is kept. */
export const updateOutboundSettings = defineUseCase(
  'delivery.manage',
  async (ctx, input: OutboundSettingsInput): Promise<OutboundSettingsView> => {
    const before = await getOutboundSettings(ctx.tx);
    const v = new Validator();
    if (input.smtp) {
      v.required('smtp.host', messages.deliveries.mailServer, input.smtp.host);
      v.check(
        Number.isInteger(input.smtp.port) && input.smtp.port > 0 && input.smtp.port < 65_536,
        'smtp.port',
        'INVALID_PORT',
        messages.deliveries.portMustInteger165535,
      );
      v.check(
        /^[^\s@]+@[^\s@]+$|<[^\s@]+@[^\s@]+>$/.test(input.smtp.from),
        'smtp.from',
        'INVALID_EMAIL',
        messages.deliveries.senderNotValidEMail,
      );
    }
    if (input.consoleUrl != null) {
      v.check(
        /^https?:\/\/\S+$/.test(input.consoleUrl),
        'consoleUrl',
        'INVALID_URL',
        messages.deliveries.consoleAddressMustStartHttp,
      );
    }
    if (input.quietHours) {
      for (const end of ['start', 'end'] as const) {
        v.check(
          HHMM.test(input.quietHours[end]),
          `quietHours.${end}`,
          'INVALID_TIME',
          messages.deliveries.timeMustHhMmChina,
        );
      }
    }
    v.done();
    let smtp = before.smtp;
    if (input.smtp === null) smtp = null;
    else if (input.smtp) {
      const keep = input.smtp.password === undefined;
      const password = input.smtp.password || null;
      smtp = {
        host: input.smtp.host.trim(),
        port: input.smtp.port,
        secure: input.smtp.secure,
        username: input.smtp.username?.trim() || null,
        passwordEncrypted: keep
          ? (before.smtp?.passwordEncrypted ?? null)
          : password && encryptSecret(password),
        passwordMasked: keep ? (before.smtp?.passwordMasked ?? null) : password && maskSecret(password),
        from: input.smtp.from.trim(),
      };
    }
    const after: OutboundSettings = {
      smtp,
      consoleUrl: input.consoleUrl?.replace(/\/+$/, '') ?? before.consoleUrl,
      quietHours: input.quietHours === undefined ? before.quietHours : input.quietHours,
    };
    await ctx.tx
      .insert(settings)
      .values({ key: OUTBOUND_SETTINGS_KEY, value: after, updatedAt: ctx.now() })
      .onConflictDoUpdate({ target: settings.key, set: { value: after, updatedAt: ctx.now() } });
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'outbound.configure',
      entity: 'settings',
      entityId: OUTBOUND_SETTINGS_KEY,
      before: viewOfSettings(before),
      after: viewOfSettings(after),
    });
    return viewOfSettings(after);
  },
);

export interface GroupRobotInput {
  /** Absent: a new robot. */
  id?: number | null;
  name: string;
  channel: RobotChannel;
  /** The webhook address; absent on an update: keep the stored one. */
  url?: string | null;
  /** 钉钉's signing secret (加签); absent on an update: keep; empty: remove. */
  secret?: string | null;
  unitId?: number | null;
  leaderId?: number | null;
  /** Whether notices are posted to it; absent: on for a new robot, unchanged on an update. */
  active?: boolean | null;
}

export interface GroupRobotView {
  id: number;
  name: string;
  channel: RobotChannel;
  urlMasked: string;
  secretSet: boolean;
  unitId: number | null;
  leaderId: number | null;
  active: boolean;
}

const ROBOT_URL_LABEL = messages.deliveries.webhookAddress;
export const GROUP_ROBOT_LABEL = messages.deliveries.groupRobot;

export const robotView = (r: typeof groupRobots.$inferSelect): GroupRobotView => ({
  id: r.id,
  name: r.name,
  channel: r.channel,
  urlMasked: r.urlMasked,
  secretSet: r.secretEncrypted != null,
  unitId: r.unitId,
  leaderId: r.leaderId,
  active: r.active,
});

/** 配置群机器人: a group robot a unit's or leader's notices are posted to; address and secret sealed. */
export const saveGroupRobot = defineUseCase(
  'delivery.manage',
  async (ctx, input: GroupRobotInput): Promise<GroupRobotView> => {
    const v = new Validator();
    v.required('name', messages.deliveries.name, input.name);
    if (input.id == null) v.required('url', ROBOT_URL_LABEL, input.url);
    if (input.url) await checkOutboundUrl(v, 'url', ROBOT_URL_LABEL, input.url);
    v.check(
      input.unitId == null || input.leaderId == null,
      'leaderId',
      'ONE_ROUTE',
      messages.deliveries.robotServesOneUnitOne,
    );
    v.done();
    const values = {
      name: input.name.trim(),
      channel: input.channel,
      ...(input.url ? { urlEncrypted: encryptSecret(input.url), urlMasked: maskUrl(input.url) } : {}),
      ...(input.secret !== undefined
        ? { secretEncrypted: input.secret ? encryptSecret(input.secret) : null }
        : {}),
      unitId: input.unitId ?? null,
      leaderId: input.leaderId ?? null,
      // A form that leaves it out (an edit of the name, say) must not switch a paused robot back on.
      ...(input.active != null ? { active: input.active } : {}),
      updatedAt: ctx.now(),
    };
    if (input.id == null) {
      const [row] = await ctx.tx
        .insert(groupRobots)
        .values({ urlEncrypted: '', urlMasked: '', ...values })
        .returning();
      await recordAudit(ctx.tx, ctx.actor, {
        action: 'groupRobot.create',
        entity: 'groupRobot',
        entityId: row!.id,
        after: robotView(row!),
      });
      return robotView(row!);
    }
    const [before] = await ctx.tx
      .select()
      .from(groupRobots)
      .where(eq(groupRobots.id, input.id))
      .for('update');
    if (!before) throw notFound(GROUP_ROBOT_LABEL, input.id);
    const [row] = await ctx.tx
      .update(groupRobots)
      .set(values)
      .where(eq(groupRobots.id, input.id))
      .returning();
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'groupRobot.update',
      entity: 'groupRobot',
      entityId: row!.id,
      before: robotView(before),
      after: robotView(row!),
    });
    return robotView(row!);
  },
);

/** The group robots, masked (ADMIN, `delivery.read`). */
export async function listGroupRobots(ctx: ServiceContext): Promise<GroupRobotView[]> {
  authorize(ctx.actor, 'delivery.read');
  return (await ctx.db.select().from(groupRobots).orderBy(groupRobots.id)).map(robotView);
}

/** The outbound settings, the password masked (ADMIN, `delivery.read`). */
export async function readOutboundSettings(ctx: ServiceContext): Promise<OutboundSettingsView> {
  authorize(ctx.actor, 'delivery.read');
  return viewOfSettings(await getOutboundSettings(ctx.db));
}
