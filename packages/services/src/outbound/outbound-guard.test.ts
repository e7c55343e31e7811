import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Validator } from '../kernel/validate.js';
import { startHttpReceiver } from '../testing/http-receiver.js';
import {
  OUTBOUND_ALLOW_HOSTS_ENV,
  outboundAddressAllowed,
  parseOutboundAllowList,
} from './outbound-policy.js';
import { postOutbound } from './outbound-post.js';
import { checkOutboundUrl } from './outbound-url.js';

let receiver: Awaited<ReturnType<typeof startHttpReceiver>>;
beforeAll(async () => {
  receiver = await startHttpReceiver((path) => (path === '/moved' ? 302 : 200));
});
afterAll(async () => {
  await receiver?.close();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const none = parseOutboundAllowList('');
const LABEL = { zh: '接收地址', en: 'URL' };

describe('the outbound address policy', () => {
  it('allows public unicast addresses only', () => {
    for (const address of ['119.29.29.29', '8.8.8.8', '2400:3200::1', '::ffff:119.29.29.29'])
      expect(outboundAddressAllowed(address, none), address).toBe(true);
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '10.0.0.1',
      '172.16.5.5',
      '192.168.1.1',
      '169.254.169.254',
      '100.100.100.200',
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.251',
      '203.0.113.9',
      '::1',
      '::',
      'fe80::1',
      'fd00:ec2::254',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
      '64:ff9b::a00:1',
      '2002:a00:1::',
      'not an address',
    ])
      expect(outboundAddressAllowed(address, none), address).toBe(false);
  });

  it('lets the allow-list name addresses, ranges and hosts, and refuses anything else in it', () => {
    const allow = parseOutboundAllowList(' 10.20.0.0/16, 127.0.0.1 ,[::1], Partner.Intranet.gov.cn,');
    expect([...allow.hosts]).toEqual(['partner.intranet.gov.cn']);
    for (const address of ['10.20.3.4', '127.0.0.1', '::1', '::ffff:127.0.0.1'])
      expect(outboundAddressAllowed(address, allow), address).toBe(true);
    for (const address of ['10.21.0.1', '127.0.0.2', '169.254.169.254'])
      expect(outboundAddressAllowed(address, allow), address).toBe(false);
    expect(() => parseOutboundAllowList('10.0.0.0/8,http://x.cn/')).toThrow(
      '"http://x.cn/" is not a host name, an IP address or a CIDR range',
    );
    expect(() => parseOutboundAllowList('10.0.0.0/40')).toThrow(`"10.0.0.0/40" is not`);
  });
});

describe('posting out', () => {
  it('checks the addresses DNS gives when it connects: a name that resolved to a public address on saving and to this machine now is refused', async () => {
    const url = `${receiver.base.replace('127.0.0.1', 'localhost')}/rebound`;
    // When saved, the name answered with a public address.
    const v = new Validator();
    await checkOutboundUrl(v, 'url', LABEL, url, async () => ['119.29.29.29']);
    expect(v.errors).toEqual([]);
    // Now it resolves to loopback: nothing is sent.
    await expect(postOutbound(url, { headers: {}, body: '{}', timeoutMs: 5000 })).rejects.toThrow(
      /^refused to post to localhost: (127\.0\.0\.1|::1) is a loopback, private or reserved address/,
    );
    expect(receiver.received.filter((r) => r.path === '/rebound')).toEqual([]);
    // Saving it now is refused too, naming the field.
    const again = new Validator();
    await checkOutboundUrl(again, 'url', LABEL, url);
    expect(again.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['url:PRIVATE_ADDRESS']);
  });

  it('posts to an allowed address, and does not follow a redirect', async () => {
    vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '127.0.0.1,::1');
    const answer = await postOutbound(`${receiver.base.replace('127.0.0.1', 'localhost')}/allowed`, {
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
      timeoutMs: 5000,
    });
    expect(answer).toMatchObject({ status: 200, ok: true });
    expect(receiver.received.filter((r) => r.path === '/allowed').map((r) => r.body)).toEqual(['{"a":1}']);
    // A redirect is an answer that is not ok, not an address to go on to.
    const moved = await postOutbound(`${receiver.base}/moved`, { headers: {}, body: '', timeoutMs: 5000 });
    expect(moved).toMatchObject({ status: 302, ok: false });
  });

  it('refuses a literal private address and a scheme other than http(s) before connecting', async () => {
    await expect(
      postOutbound('http://169.254.169.254/latest/meta-data/', { headers: {}, body: '', timeoutMs: 5000 }),
    ).rejects.toThrow('refused to post to 169.254.169.254: 169.254.169.254 is a loopback');
    await expect(
      postOutbound('file:///etc/passwd', { headers: {}, body: '', timeoutMs: 5000 }),
    ).rejects.toThrow('refused to post to a file: URL');
    const v = new Validator();
    await checkOutboundUrl(v, 'url', LABEL, 'gopher://127.0.0.1:25/');
    expect(v.errors.map((e) => e.message)).toEqual([
      { zh: '接收地址应为 http:// 或 https:// 开头的网址', en: 'URL must be an http:// or https:// address' },
    ]);
  });
});
