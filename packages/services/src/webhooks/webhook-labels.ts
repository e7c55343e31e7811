import type { Label } from '@rectify/domain';

export const WEBHOOK_LABEL: Label = { zh: '推送订阅', en: 'Webhook subscription' };

export const WEBHOOK_FIELDS = {
  apiClientId: { zh: '接口令牌', en: 'API client' },
  url: { zh: '接收地址', en: 'URL' },
  kinds: { zh: '推送的变更类型', en: 'Kinds of change' },
} satisfies Record<string, Label>;
