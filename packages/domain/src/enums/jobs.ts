import { defineEnum, type EnumValue } from './define-enum.js';

/** The kinds of background work the job queue runs; each is a queue of its own. */
export const JobKind = defineEnum({
  DAILY_DIGEST: { zh: '每日提醒', en: 'Daily digest' },
  GENERATE_FILE: { zh: '生成文件', en: 'File generation' },
  WEBHOOK_DELIVERY: { zh: '推送变更通知', en: 'Webhook delivery' },
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

/**
 * The documents a file-generation job renders from the ledger into the file store (for ledgers too large to
 * render within a request); each names the permission it needs and the parameters it takes.
 */
export const GeneratedDocument = defineEnum({
  PROGRESS_REPORT: { zh: '整改进展情况通报', en: 'Progress report' },
  LEDGER_WORKBOOK: { zh: '台账表格', en: 'Ledger spreadsheet' },
});
export type GeneratedDocument = EnumValue<typeof GeneratedDocument>;

/** Where a requested file stands: its job's state, told the way the one who asked for it reads it. */
export const FileGenerationState = defineEnum({
  QUEUED: { zh: '排队中', en: 'Queued' },
  RUNNING: { zh: '生成中', en: 'Generating' },
  DONE: { zh: '已生成', en: 'Ready' },
  FAILED: { zh: '生成失败', en: 'Failed' },
});
export type FileGenerationState = EnumValue<typeof FileGenerationState>;
