import nodemailer from 'nodemailer';
import type { OutboundSettings } from './outbound-settings.js';
import { decryptSecret } from './secret-box.js';

export interface MailToSend {
  to: string;
  subject: string;
  text: string;
  /** Stable per delivery, so that a resend after a crash is recognisably the same message. */
  messageId: string;
}

/** Sends one e-mail through the configured server (nodemailer's SMTP transport, closed after the message). */
export async function sendMail(smtp: NonNullable<OutboundSettings['smtp']>, mail: MailToSend): Promise<void> {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.username
      ? {
          auth: {
            user: smtp.username,
            pass: smtp.passwordEncrypted ? decryptSecret(smtp.passwordEncrypted) : '',
          },
        }
      : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  try {
    await transport.sendMail({
      from: smtp.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
    });
  } finally {
    transport.close();
  }
}
