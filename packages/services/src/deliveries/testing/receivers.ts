import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One e-mail as the SMTP server received it: the envelope, the parsed message, the raw bytes, and when. */
export interface ReceivedMail {
  to: string[];
  mail: ParsedMail;
  raw: string;
  at: number;
}

/**
 * A real SMTP server on a free local port that keeps what it is given; with no TLS (a local test), it takes the
 * login it is told to over plain text.
 */
export async function startSmtpReceiver(login: {
  username: string;
  password: string;
}): Promise<{ port: number; mails: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === login.username && auth.password === login.password) {
        callback(null, { user: auth.username });
      } else callback(new Error('invalid login'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (mail) => {
            mails.push({ to: session.envelope.rcptTo.map((r) => r.address), mail, raw, at: Date.now() });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** One robot post as it arrived: the request's path and query, its exact body bytes, and when. */
export interface ReceivedPost {
  url: URL;
  body: Buffer;
  contentType: string | undefined;
  at: number;
}

/**
 * A local stand-in for the robots' webhook endpoints: answers `{"errcode":0,"errmsg":"ok"}` as both services do,
 * or, for a path in `refuse`, their refusal (`errcode` 310000 and a message).
 */
export async function startRobotReceiver(): Promise<{
  base: string;
  posts: ReceivedPost[];
  refuse: Set<string>;
  close(): Promise<void>;
}> {
  const posts: ReceivedPost[] = [];
  const refuse = new Set<string>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://robot.test');
      const refused = refuse.has(url.pathname);
      if (!refused)
        posts.push({
          url,
          body: Buffer.concat(chunks),
          contentType: req.headers['content-type'],
          at: Date.now(),
        });
      res.setHeader('content-type', 'application/json');
      res.end(refused ? '{"errcode":310000,"errmsg":"sign not match"}' : '{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, posts, refuse, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
