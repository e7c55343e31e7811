import { defineEnum, type EnumValue } from './define-enum.js';

/** The kinds of background work the job queue runs; each is a queue of its own. */
export const JobKind = defineEnum({
  DAILY_DIGEST: { zh: '每日提醒', en: 'Daily digest' },
  DELIVERY: { zh: '发送消息', en: 'Outbound delivery' },
});
export type JobKind = EnumValue<typeof JobKind>;

/** Where a job stands in the queue (pg-boss's states, in capitals). */
export const JobState = defineEnum({
  CREATED: { zh: '排队中', en: 'Queued' },
  RETRY: { zh: '等待重试', en: 'Awaiting retry' },
  ACTIVE: { zh: '运行中', en: 'Running' },
  COMPLETED: { zh: '已完成', en: 'Completed' },
  CANCELLED: { zh: '已取消', en: 'Cancelled' },
  FAILED: { zh: '失败', en: 'Failed' },
});
export type JobState = EnumValue<typeof JobState>;
