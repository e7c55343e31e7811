import { DeliveryChannel, DeliveryStatus, NoticeMode, NotificationKind, RobotChannel } from '@rectify/domain';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';
import { UserErrorType } from './payload.js';

@ObjectType('Delivery', {
  description:
    'One outbound e-mail or robot post: where it went, how it stands, its attempts and last error.',
  simpleResolvers: true,
})
export class DeliveryType {
  @Field(() => Int) id!: number;
  @Field(() => DeliveryChannel.object) channel!: DeliveryChannel;
  @Field(() => String, { description: 'The notice kind, or DIGEST for a daily digest e-mail.' })
  kind!: string;
  @Field(() => String, { description: 'The e-mail address, or the robot’s name.' }) recipient!: string;
  @Field(() => String) subject!: string;
  @Field(() => DeliveryStatus.object) status!: DeliveryStatus;
  @Field(() => Int, { description: 'Attempts made so far.' }) attempts!: number;
  @Field(() => String, { nullable: true, description: 'The error of the last failed attempt.' })
  lastError!: string | null;
  @Field(() => DateTimeScalar, { description: 'Not sent before this (the end of the quiet hours).' })
  notBefore!: Date;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) sentAt!: Date | null;
}

@ObjectType('DeliveryList', { simpleResolvers: true })
export class DeliveryListType {
  @Field(() => [DeliveryType]) nodes!: DeliveryType[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('DeliveryPayload', {
  description: 'A delivery as it stands after the mutation.',
  simpleResolvers: true,
})
export class DeliveryPayload {
  @Field(() => DeliveryType, { nullable: true }) delivery!: DeliveryType | null;
  @Field(() => [UserErrorType]) errors!: UserErrorType[];
}

@ObjectType('SmtpSettings', {
  description: 'The mail server and sender; the password only masked.',
  simpleResolvers: true,
})
export class SmtpSettingsType {
  @Field(() => String) host!: string;
  @Field(() => Int) port!: number;
  @Field(() => Boolean, { description: 'TLS from the first byte (465); otherwise STARTTLS when offered.' })
  secure!: boolean;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => String, { nullable: true, description: 'The stored password’s last four characters.' })
  passwordMasked!: string | null;
  @Field(() => String) from!: string;
}

@ObjectType('QuietHours', {
  description: 'China clock times (HH:MM); a period may run past midnight.',
  simpleResolvers: true,
})
export class QuietHoursType {
  @Field(() => String) start!: string;
  @Field(() => String) end!: string;
}

@ObjectType('OutboundSettings', { simpleResolvers: true })
export class OutboundSettingsType {
  @Field(() => SmtpSettingsType, { nullable: true }) smtp!: SmtpSettingsType | null;
  @Field(() => String, { description: 'The console’s address, for the links in messages.' })
  consoleUrl!: string;
  @Field(() => QuietHoursType, { nullable: true }) quietHours!: QuietHoursType | null;
}

@ObjectType('OutboundSettingsPayload', { simpleResolvers: true })
export class OutboundSettingsPayload {
  @Field(() => OutboundSettingsType, { nullable: true }) settings!: OutboundSettingsType | null;
  @Field(() => [UserErrorType]) errors!: UserErrorType[];
}

@InputType('SmtpSettingsInput')
export class SmtpSettingsInput {
  @Field(() => String) host!: string;
  @Field(() => Int) port!: number;
  @Field(() => Boolean) secure!: boolean;
  @Field(() => String, { nullable: true }) username?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Omitted: keep the stored password; empty: remove it.',
  })
  password?: string | null;
  @Field(() => String) from!: string;
}

@InputType('QuietHoursInput')
export class QuietHoursInput {
  @Field(() => String) start!: string;
  @Field(() => String) end!: string;
}

@InputType('OutboundSettingsInput')
export class OutboundSettingsInput {
  @Field(() => SmtpSettingsInput, {
    nullable: true,
    description: 'Omitted: unchanged; null: no mail server.',
  })
  smtp?: SmtpSettingsInput | null;
  @Field(() => String, { nullable: true }) consoleUrl?: string | null;
  @Field(() => QuietHoursInput, { nullable: true, description: 'Omitted: unchanged; null: none.' })
  quietHours?: QuietHoursInput | null;
}

@ObjectType('GroupRobot', {
  description: 'A 企业微信 or 钉钉 group robot a unit’s or a leader’s notices are posted to.',
  simpleResolvers: true,
})
export class GroupRobotType {
  @Field(() => Int) id!: number;
  @Field(() => String) name!: string;
  @Field(() => RobotChannel.object) channel!: RobotChannel;
  @Field(() => String, { description: 'The webhook address with its token masked.' }) urlMasked!: string;
  @Field(() => Boolean, { description: 'Whether a signing secret (加签) is stored.' }) secretSet!: boolean;
  @Field(() => Int, { nullable: true }) unitId!: number | null;
  @Field(() => Int, { nullable: true }) leaderId!: number | null;
  @Field(() => Boolean) active!: boolean;
}

@ObjectType('GroupRobotPayload', { simpleResolvers: true })
export class GroupRobotPayload {
  @Field(() => GroupRobotType, { nullable: true }) robot!: GroupRobotType | null;
  @Field(() => [UserErrorType]) errors!: UserErrorType[];
}

@InputType('GroupRobotInput')
export class GroupRobotInput {
  @Field(() => Int, { nullable: true, description: 'Omitted: a new robot.' }) id?: number | null;
  @Field(() => String) name!: string;
  @Field(() => RobotChannel.object) channel!: RobotChannel;
  @Field(() => String, { nullable: true, description: 'The webhook address; omitted on an update: kept.' })
  url?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '钉钉’s signing secret; omitted: kept; empty: removed.',
  })
  secret?: string | null;
  @Field(() => Int, { nullable: true }) unitId?: number | null;
  @Field(() => Int, { nullable: true }) leaderId?: number | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@ObjectType('NoticeModeChoice', { simpleResolvers: true })
export class NoticeModeChoiceType {
  @Field(() => NotificationKind.object) kind!: NotificationKind;
  @Field(() => NoticeMode.object) mode!: NoticeMode;
}

@ObjectType('NoticePreferences', {
  description: 'Your e-mail address and how you want each kind of notice.',
  simpleResolvers: true,
})
export class NoticePreferencesType {
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => [NoticeModeChoiceType]) modes!: NoticeModeChoiceType[];
}

@ObjectType('NoticePreferencesPayload', { simpleResolvers: true })
export class NoticePreferencesPayload {
  @Field(() => NoticePreferencesType, { nullable: true }) preferences!: NoticePreferencesType | null;
  @Field(() => [UserErrorType]) errors!: UserErrorType[];
}

@InputType('NoticeModeInput')
export class NoticeModeInput {
  @Field(() => NotificationKind.object) kind!: NotificationKind;
  @Field(() => NoticeMode.object) mode!: NoticeMode;
}

@InputType('NoticePreferencesInput')
export class NoticePreferencesInput {
  @Field(() => String, { nullable: true, description: 'Omitted: unchanged; empty: removed.' }) email?:
    | string
    | null;
  @Field(() => [NoticeModeInput], { nullable: true }) modes?: NoticeModeInput[] | null;
}
