import { defineEnum, type EnumValue } from './define-enum.js';

/** How a person wants a kind of notice: only in the console, by e-mail at once, or in the daily e-mail digest. */
export const NoticeMode = defineEnum({
  CONSOLE: { zh: '仅系统内', en: 'In the console only' },
  EMAIL: { zh: '即时邮件', en: 'E-mail now' },
  DIGEST: { zh: '每日汇总邮件', en: 'Daily digest' },
});
export type NoticeMode = EnumValue<typeof NoticeMode>;

/** Where an outbound message goes. */
export const DeliveryChannel = defineEnum({
  EMAIL: { zh: '电子邮件', en: 'E-mail' },
  WECOM: { zh: '企业微信群机器人', en: 'WeCom group robot' },
  DINGTALK: { zh: '钉钉群机器人', en: 'DingTalk group robot' },
});
export type DeliveryChannel = EnumValue<typeof DeliveryChannel>;

/** The group-robot channels (a robot is one of these). */
export const RobotChannel = defineEnum({
  WECOM: DeliveryChannel.labels.WECOM,
  DINGTALK: DeliveryChannel.labels.DINGTALK,
});
export type RobotChannel = EnumValue<typeof RobotChannel>;

/** Where one outbound message stands. */
export const DeliveryStatus = defineEnum({
  QUEUED: { zh: '待发送', en: 'Queued' },
  RETRYING: { zh: '等待重试', en: 'Awaiting retry' },
  SENT: { zh: '已发送', en: 'Sent' },
  FAILED: { zh: '发送失败', en: 'Failed' },
  CANCELLED: { zh: '已取消', en: 'Cancelled' },
  IN_DIGEST: { zh: '待汇总', en: 'Held for the digest' },
  DIGESTED: { zh: '已汇总', en: 'Sent in a digest' },
});
export type DeliveryStatus = EnumValue<typeof DeliveryStatus>;
