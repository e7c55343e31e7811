import type { Label } from '@rectify/domain';
import { messages } from '../messages/index.js';

export const WEBHOOK_LABEL: Label = messages.webhooks.webhookSubscription;

export const WEBHOOK_FIELDS = {
  apiClientId: messages.webhooks.apiClient,
  url: messages.webhooks.url,
  kinds: messages.webhooks.kindsChange,
} satisfies Record<string, Label>;
