import type { ChangeKind, WebhookDeliveryStatus } from '@rectify/domain';

/** A subscription as ADMIN sees it: never its secret, only the secret's first characters to tell them apart. */
export interface WebhookSubscriptionView {
  id: number;
  apiClientId: number;
  apiClientName: string;
  url: string;
  kinds: ChangeKind[];
  active: boolean;
  secretPrefix: string;
  createdAt: Date;
}

/** One delivery in the log. */
export interface WebhookDeliveryView {
  id: number;
  subscriptionId: number;
  /** The change sent; null for a test delivery. */
  kind: ChangeKind | null;
  changeCursor: string | null;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

export const SECRET_PREFIX_LENGTH = 10;

/** The view of a stored subscription: its secret stays behind. */
export function subscriptionViewOf(
  row: {
    id: number;
    apiClientId: number;
    url: string;
    kinds: ChangeKind[];
    active: boolean;
    secretPrefix: string;
    createdAt: Date;
  },
  apiClientName: string,
): WebhookSubscriptionView {
  return {
    id: row.id,
    apiClientId: row.apiClientId,
    apiClientName,
    url: row.url,
    kinds: row.kinds,
    active: row.active,
    secretPrefix: row.secretPrefix,
    createdAt: row.createdAt,
  };
}
