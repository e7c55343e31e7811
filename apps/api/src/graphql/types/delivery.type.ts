import { DeliveryChannel, DeliveryStatus, NoticeMode, NotificationKind, RobotChannel } from '@rectify/domain';
import type {
  DeliveryView,
  GroupRobotView,
  NoticePreferencesView,
  OutboundSettingsView,
} from '@rectify/services';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';
import type { Json } from './json.js';
import { UserErrorType } from './payload.js';

@ObjectType('Delivery', {
  description:
    'One outbound e-mail or robot post: where it went, how it stands, its attempts and last error.',
  simpleResolvers: true,
})
export class DeliveryType implements DeliveryView {
  @Field(() => Int) id!: number;
  @Field(() => DeliveryChannel.object, { description: 'E-mail or a group robot.' }) channel!: DeliveryChannel;
  @Field(() => String, { description: 'The notice kind, or DIGEST for a daily digest e-mail.' })
  kind!: string;
  @Field(() => String, { description: 'The e-mail address, or the robot’s name.' }) recipient!: string;
  @Field(() => String, { description: 'The subject line (e-mail) or the first line (robot).' })
  subject!: string;
  @Field(() => DeliveryStatus.object, { description: 'Queued, waiting to retry, sent, failed or cancelled.' })
  status!: DeliveryStatus;
  @Field(() => Int, { description: 'Attempts made so far.' }) attempts!: number;
  @Field(() => String, { nullable: true, description: 'The error of the last failed attempt.' })
  lastError!: string | null;
  @Field(() => DateTimeScalar, { description: 'Not sent before this (the end of the quiet hours).' })
  notBefore!: Date;
  @Field(() => DateTimeScalar, { description: 'When it was planned.' }) createdAt!: Date;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the server or robot took it; null until then.',
  })
  sentAt!: Date | null;
}

@ObjectType('DeliveryList', {
  description: 'One page of outbound deliveries, newest first.',
  simpleResolvers: true,
})
export class DeliveryListType {
  @Field(() => [DeliveryType], { description: 'The deliveries of this page.' }) nodes!: DeliveryType[];
  @Field(() => Int, { description: 'How many match the filter.' }) totalCount!: number;
}

@ObjectType('DeliveryPayload', {
  description: 'A delivery as it stands after the mutation.',
  simpleResolvers: true,
})
export class DeliveryPayload {
  @Field(() => DeliveryType, { nullable: true, description: 'The delivery; null when refused.' })
  delivery!: DeliveryType | null;
  @Field(() => [UserErrorType], { description: 'Why it was refused, by field.' }) errors!: UserErrorType[];
}

@ObjectType('SmtpSettings', {
  description: 'The mail server and sender; the password only masked.',
  simpleResolvers: true,
})
export class SmtpSettingsType implements NonNullable<OutboundSettingsView['smtp']> {
  @Field(() => String, { description: 'The mail server’s host name.' }) host!: string;
  @Field(() => Int, { description: 'Its port (465, 587 or 25).' }) port!: number;
  @Field(() => Boolean, { description: 'TLS from the first byte (465); otherwise STARTTLS when offered.' })
  secure!: boolean;
  @Field(() => String, { nullable: true, description: 'The account it signs in with; null for none.' })
  username!: string | null;
  @Field(() => String, { nullable: true, description: 'The stored password’s last four characters.' })
  passwordMasked!: string | null;
  @Field(() => String, { description: 'The sender address.' }) from!: string;
}

@ObjectType('QuietHours', {
  description: 'China clock times (HH:MM); a period may run past midnight.',
  simpleResolvers: true,
})
export class QuietHoursType implements NonNullable<OutboundSettingsView['quietHours']> {
  @Field(() => String, { description: 'When the quiet period starts (HH:MM).' }) start!: string;
  @Field(() => String, { description: 'When it ends (HH:MM).' }) end!: string;
}

@ObjectType('OutboundSettings', {
  description: 'How outbound messages are sent: mail server, console address, quiet hours.',
  simpleResolvers: true,
})
export class OutboundSettingsType implements Json<OutboundSettingsView> {
  @Field(() => SmtpSettingsType, { nullable: true, description: 'The mail server; null when none is set.' })
  smtp!: SmtpSettingsType | null;
  @Field(() => String, { description: 'The console’s address, for the links in messages.' })
  consoleUrl!: string;
  @Field(() => QuietHoursType, {
    nullable: true,
    description: 'When nothing is sent (China time); null for none.',
  })
  quietHours!: QuietHoursType | null;
}

@ObjectType('OutboundSettingsPayload', {
  description: 'The outbound settings as saved.',
  simpleResolvers: true,
})
export class OutboundSettingsPayload {
  @Field(() => OutboundSettingsType, { nullable: true, description: 'The settings; null when refused.' })
  settings!: OutboundSettingsType | null;
  @Field(() => [UserErrorType], { description: 'Why they were refused, by field.' }) errors!: UserErrorType[];
}

@InputType('SmtpSettingsInput', { description: 'A mail server and sender.' })
export class SmtpSettingsInput {
  @Field(() => String, { description: 'The mail server’s host name.' }) host!: string;
  @Field(() => Int, { description: 'Its port.' }) port!: number;
  @Field(() => Boolean, { description: 'TLS from the first byte (465); otherwise STARTTLS when offered.' })
  secure!: boolean;
  @Field(() => String, { nullable: true, description: 'The account to sign in with.' }) username?:
    | string
    | null;
  @Field(() => String, {
    nullable: true,
    description: 'Omitted: keep the stored password; empty: remove it.',
  })
  password?: string | null;
  @Field(() => String, { description: 'The sender address.' }) from!: string;
}

@InputType('QuietHoursInput', { description: 'A quiet period in China time; it may run past midnight.' })
export class QuietHoursInput {
  @Field(() => String, { description: 'Start (HH:MM).' }) start!: string;
  @Field(() => String, { description: 'End (HH:MM).' }) end!: string;
}

@InputType('OutboundSettingsInput', {
  description: 'Outbound settings to save; an omitted field is unchanged.',
})
export class OutboundSettingsInput {
  @Field(() => SmtpSettingsInput, {
    nullable: true,
    description: 'Omitted: unchanged; null: no mail server.',
  })
  smtp?: SmtpSettingsInput | null;
  @Field(() => String, { nullable: true, description: 'The console’s address, for the links in messages.' })
  consoleUrl?: string | null;
  @Field(() => QuietHoursInput, { nullable: true, description: 'Omitted: unchanged; null: none.' })
  quietHours?: QuietHoursInput | null;
}

@ObjectType('GroupRobot', {
  description: 'A 企业微信 or 钉钉 group robot a unit’s or a leader’s notices are posted to.',
  simpleResolvers: true,
})
export class GroupRobotType implements Json<GroupRobotView> {
  @Field(() => Int) id!: number;
  @Field(() => String, { description: 'What the office calls it (the group’s name).' }) name!: string;
  @Field(() => RobotChannel.object, { description: '企业微信 or 钉钉.' }) channel!: RobotChannel;
  @Field(() => String, { description: 'The webhook address with its token masked.' }) urlMasked!: string;
  @Field(() => Boolean, { description: 'Whether a signing secret (加签) is stored.' }) secretSet!: boolean;
  @Field(() => Int, { nullable: true, description: 'The unit whose notices it receives.' }) unitId!:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: 'The leader whose notices it receives.' }) leaderId!:
    | number
    | null;
  @Field(() => Boolean, { description: 'Whether notices are posted to it.' }) active!: boolean;
}

@ObjectType('GroupRobotPayload', { description: 'The robot as saved.', simpleResolvers: true })
export class GroupRobotPayload {
  @Field(() => GroupRobotType, { nullable: true, description: 'The robot; null when refused.' })
  robot!: GroupRobotType | null;
  @Field(() => [UserErrorType], { description: 'Why it was refused, by field.' }) errors!: UserErrorType[];
}

@InputType('GroupRobotInput', { description: 'A group robot to add or change.' })
export class GroupRobotInput {
  @Field(() => Int, { nullable: true, description: 'Omitted: a new robot.' }) id?: number | null;
  @Field(() => String, { description: 'What the office calls it.' }) name!: string;
  @Field(() => RobotChannel.object, { description: '企业微信 or 钉钉.' }) channel!: RobotChannel;
  @Field(() => String, { nullable: true, description: 'The webhook address; omitted on an update: kept.' })
  url?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '钉钉’s signing secret; omitted: kept; empty: removed.',
  })
  secret?: string | null;
  @Field(() => Int, { nullable: true, description: 'The unit whose notices it receives.' }) unitId?:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: 'The leader whose notices it receives.' }) leaderId?:
    | number
    | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether notices are posted to it; omitted: on for a new robot, kept on an update.',
  })
  active?: boolean | null;
}

type NoticeModeChoice = NoticePreferencesView['modes'][number];

@ObjectType('NoticeModeChoice', { description: 'How one kind of notice reaches you.', simpleResolvers: true })
export class NoticeModeChoiceType implements NoticeModeChoice {
  @Field(() => NotificationKind.object, { description: 'The kind of notice.' }) kind!: NotificationKind;
  @Field(() => NoticeMode.object, { description: 'Console only, e-mail now, or the daily digest.' })
  mode!: NoticeMode;
}

@ObjectType('NoticePreferences', {
  description: 'Your e-mail address and how you want each kind of notice.',
  simpleResolvers: true,
})
export class NoticePreferencesType implements Json<NoticePreferencesView> {
  @Field(() => String, { nullable: true, description: 'Where e-mails go; null: none are sent.' }) email!:
    | string
    | null;
  @Field(() => [NoticeModeChoiceType], {
    description: 'Per kind of notice, how it reaches you (kinds not listed: console only).',
  })
  modes!: NoticeModeChoiceType[];
}

@ObjectType('NoticePreferencesPayload', { description: 'Your preferences as saved.', simpleResolvers: true })
export class NoticePreferencesPayload {
  @Field(() => NoticePreferencesType, { nullable: true, description: 'The preferences; null when refused.' })
  preferences!: NoticePreferencesType | null;
  @Field(() => [UserErrorType], { description: 'Why they were refused, by field.' }) errors!: UserErrorType[];
}

@InputType('NoticeModeInput', { description: 'How one kind of notice should reach you.' })
export class NoticeModeInput {
  @Field(() => NotificationKind.object, { description: 'The kind of notice.' }) kind!: NotificationKind;
  @Field(() => NoticeMode.object, { description: 'Console only, e-mail now, or the daily digest.' })
  mode!: NoticeMode;
}

@InputType('NoticePreferencesInput', {
  description: 'Your e-mail address and how each kind of notice reaches you.',
})
export class NoticePreferencesInput {
  @Field(() => String, { nullable: true, description: 'Omitted: unchanged; empty: removed.' }) email?:
    | string
    | null;
  @Field(() => [NoticeModeInput], {
    nullable: true,
    description: 'Per kind of notice; kinds not listed keep their choice.',
  })
  modes?: NoticeModeInput[] | null;
}
