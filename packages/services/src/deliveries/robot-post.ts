import { createHmac } from 'node:crypto';
import type { RobotChannel } from '@rectify/domain';
import { postOutbound } from '../outbound/outbound-post.js';

/**
 * The request a group robot takes: 企业微信 and 钉钉 both accept a text message as
 * `{"msgtype":"text","text":{"content":…}}`; 钉钉 robots with 加签 also want `timestamp` (ms) and
 * `sign` = base64(HMAC-SHA256(secret, timestamp + "\n" + secret)) in the query.
 */
export function robotRequest(
  channel: RobotChannel,
  url: string,
  secret: string | null,
  content: string,
  now: Date,
): { url: string; body: string } {
  const body = JSON.stringify({ msgtype: 'text', text: { content } });
  if (channel !== 'DINGTALK' || !secret) return { url, body };
  const timestamp = String(now.getTime());
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
  const signed = new URL(url);
  signed.searchParams.set('timestamp', timestamp);
  signed.searchParams.set('sign', sign);
  return { url: signed.toString(), body };
}

/** Posts to a robot (only at an address the outbound policy allows); both services answer 200 with `errcode` 0 on success, another code and `errmsg` otherwise. */
export async function postToRobot(request: { url: string; body: string }): Promise<void> {
  const response = await postOutbound(request.url, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: request.body,
    timeoutMs: 15_000,
  });
  const { text } = response;
  if (!response.ok) throw new Error(`robot answered HTTP ${response.status}: ${text.slice(0, 200)}`);
  let answer: { errcode?: unknown; errmsg?: unknown };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw new Error(`robot answered with no JSON: ${text.slice(0, 200)}`);
  }
  if (answer.errcode !== 0)
    throw new Error(`robot refused: ${answer.errcode} ${String(answer.errmsg ?? '')}`);
}
