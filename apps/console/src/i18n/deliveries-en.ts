import type { deliveriesZh } from './deliveries-zh.js';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The words of the deliveries page in English (same keys as zh). */
export const deliveriesEn: Shape<typeof deliveriesZh> = {
  resources: {
    deliveries: { name: 'Delivery |||| Deliveries' },
  },
  rectify: {
    deliveries: {
      help: 'Every message to a mailbox or a WeCom or DingTalk group robot is listed here and sent once; a failed one is retried by itself, waiting longer each time, and one due in the quiet hours waits until they end.',
      all: 'All',
      none: 'Nothing sent yet',
      channel: 'Channel',
      kind: 'Kind',
      recipient: 'Recipient',
      status: 'Status',
      attempts: 'Attempts',
      created: 'Created',
      sent: 'Sent',
      notBefore: 'Not before',
      error: 'Error',
      digest: 'Daily digest',
      retry: 'Send again',
      retried: 'Queued again',
      cancel: 'Cancel',
      cancelled: 'Cancelled',
    },
    outbound: {
      title: 'Mail server and sending',
      host: 'SMTP server',
      port: 'Port',
      secure: 'TLS throughout (port 465)',
      username: 'User name',
      password: 'Password',
      keepSecret: 'Stored (%{masked}); leave blank to keep it',
      from: 'Sender',
      consoleUrl: 'Console address',
      quietStart: 'Quiet hours from',
      quietEnd: 'Quiet hours until',
      saved: 'Sending settings saved',
      robots: 'Group robots',
      robotSaved: 'Group robot saved',
      channel: { WECOM: 'WeCom', DINGTALK: 'DingTalk' },
      robot: {
        name: 'Name',
        channel: 'Platform',
        url: 'Robot address',
        keepUrl: 'Leave blank to keep the address',
        secret: 'Signing secret',
        secretSet: 'Set',
        noSecret: 'Not set',
        unitId: 'Unit',
        leaderId: 'Leader',
        owner: 'Posts for',
        add: 'Add robot',
      },
    },
  },
};
