import type { webhooksZh } from './webhooks-zh.js';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The words of the webhooks page in English (same keys as zh). */
export const webhooksEn: Shape<typeof webhooksZh> = {
  resources: {
    webhooks: { name: 'Webhook |||| Webhooks' },
  },
  rectify: {
    webhooks: {
      help: "Partners' endpoints: the changes their API token may see (task status, deadlines, progress, published reports) are signed and POSTed there; failures are retried, waiting longer each time.",
      apiClient: 'API client',
      url: 'URL',
      kinds: 'Kinds of change',
      allKinds: 'Every kind it may see',
      create: 'Subscribe',
      created: 'Subscription created',
      secretOnce:
        'The signing secret is shown this once: copy it now and hand it to the partner to keep safe:',
      secretSaved: 'I have copied and stored the secret',
      none: 'No webhook subscriptions',
      active: 'Active',
      paused: 'Paused',
      pause: 'Pause',
      resume: 'Resume',
      test: 'Send a test',
      testQueued: 'Test delivery queued',
      log: 'Delivery log',
      refresh: 'Refresh',
      noDeliveries: 'No deliveries yet',
      delivery: 'No.',
      kind: 'Kind',
      testKind: 'Test',
      status: 'Status',
      attempts: 'Attempts',
      response: 'Response',
      error: 'Error',
      createdAt: 'Created',
      deliveredAt: 'Delivered',
      remove: 'Delete',
      removeTitle: 'Delete the webhook subscription',
      removeConfirm:
        'Nothing more will be sent to this address, and its delivery log is deleted with it. Delete it?',
      removed: 'Webhook subscription deleted',
      retry: 'Send again',
      retried: 'Queued to be sent again',
      secretPrefix: 'Secret prefix',
    },
  },
};
