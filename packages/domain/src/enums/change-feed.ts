import { defineEnum, type EnumValue } from './define-enum.js';

/** What a partner's change feed and webhooks report; REPORT_PUBLISHED when a 通报 draft is published. */
export const ChangeKind = defineEnum({
  TASK_STATUS_CHANGED: { zh: '任务状态变化', en: 'Task status changed' },
  TASK_DEADLINE_CHANGED: { zh: '任务完成时限变化', en: 'Task deadline changed' },
  PROGRESS_REPORTED: { zh: '报送整改进展', en: 'Progress reported' },
  REPORT_PUBLISHED: { zh: '发布整改进展通报', en: 'Progress report published' },
});
export type ChangeKind = EnumValue<typeof ChangeKind>;

/** Where one webhook delivery stands. */
export const WebhookDeliveryStatus = defineEnum({
  PENDING: { zh: '待发送', en: 'Pending' },
  RETRYING: { zh: '等待重试', en: 'Awaiting retry' },
  DELIVERED: { zh: '已送达', en: 'Delivered' },
  FAILED: { zh: '发送失败', en: 'Failed' },
});
export type WebhookDeliveryStatus = EnumValue<typeof WebhookDeliveryStatus>;
