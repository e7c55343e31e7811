import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// Issue 13.6: the HTTP edge. Requests are sent raw (node:http), so that paths reach the server as written.
let api: TestApi;
let work: string;
const SCRIPT = 'console.log("the console");'.repeat(20);

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'rectify-edge-'));
  const consoleDir = path.join(work, 'console');
  mkdirSync(path.join(consoleDir, 'assets'), { recursive: true });
  writeFileSync(path.join(consoleDir, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(path.join(consoleDir, 'assets', 'index-AbCd1234.js'), SCRIPT);
  writeFileSync(path.join(consoleDir, 'assets', 'index-AbCd1234.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(path.join(consoleDir, 'assets', 'index-AbCd1234.js.gz'), gzipSync(SCRIPT));
  // A folder beside the console's whose name starts like it.
  mkdirSync(path.join(work, 'console-secret'));
  writeFileSync(path.join(work, 'console-secret', 'secret.txt'), 'the secret');
  api = await startTestApi({ consoleDir, settings: { allowedHosts: ['rectify.example.org'] } });
}, 300_000);
afterAll(async () => {
  await api?.close();
  rmSync(work, { recursive: true, force: true });
});

function send(
  target: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const { port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: target, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  it.each([
    '/../console-secret/secret.txt',
    '/..%2fconsole-secret%2fsecret.txt',
    '/%2e%2e/console-secret/secret.txt',
    '/assets/..%2f..%2fconsole-secret%2fsecret.txt',
  ])('serve nothing outside the console folder: %s', async (target) => {
    const answer = await send(target);
    expect(answer.body.toString()).not.toContain('the secret');
    expect(answer.status).toBeLessThan(500);
  });

  it('serve the best precompressed file the client accepts, cached for a year when hashed', async () => {
    const asset = '/assets/index-AbCd1234.js';
    const br = await send(asset, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body).toEqual(brotliCompressSync(SCRIPT));
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const gz = await send(asset, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body).toEqual(gzipSync(SCRIPT));
    const refusedBr = await send(asset, { headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(refusedBr.headers['content-encoding']).toBe('gzip');
    const plain = await send(asset);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    for (const page of ['/', '/index.html', '/tasks/12/show']) {
      const html = await send(page);
      expect(html.body.toString()).toContain('<title>console</title>');
      expect(html.headers['cache-control']).toBe('no-cache');
    }
    expect((await send('/assets/missing-Zz991122.js')).status).toBe(404);
  });
});

describe('malformed requests', () => {
  it('answer 400 or 404, never 500, on every route', async () => {
    const targets = [
      '/%',
      '/%E0%A4%A',
      '/%zz',
      '/assets/%ff%fe',
      '/%00',
      '/a%00b.js',
      `/${'a'.repeat(5000)}`,
      '/files/evidence/%zz',
      '/files/evidence/99999999999999999999',
      '/files/evidence/2147483648',
      '/files/evidence/-1',
      '/files/evidence/1.5',
      '/files/evidence/0x10',
      '/files/evidence?taskId=abc&fileName=a.pdf',
      '/files/evidence?taskId=99999999999&fileName=a.pdf',
      '/files/evidence?taskId=1&progressReportId=1e400',
      '/files/%',
      '/graphql?query=%',
      '/graphql?query=%7B__typename%7D&variables=%7Bbad',
      '/graphql?query=%7B__typename%7D&variables=%5B1%5D',
      '/graphql?query=%7B__typename%7D&extensions=%7B',
      '/graphql?query=%7B__typename%7D&operationName=%ZZ',
      `/graphql?query=${'%7B'.repeat(3000)}`,
      '/graphql?query=query%20(%24n%3A%20Int)%20%7B%20tasks(first%3A%20%24n)%20%7B%20totalCount%20%7D%20%7D&variables=%7B%22n%22%3A%22x%22%7D',
      '/health?%',
      '//evil.example/x',
    ];
    const office = await api.tokenFor('OFFICE');
    for (const target of targets) {
      for (const method of ['GET', 'POST', 'HEAD', 'PUT']) {
        for (const auth of [{}, { authorization: `Bearer ${office}` }] as Record<string, string>[]) {
          const answer = await send(target, {
            method,
            headers: { ...auth, 'apollo-require-preflight': 'true', 'content-type': 'application/json' },
          });
          expect(answer.status, `${method} ${target}`).toBeLessThan(500);
        }
      }
    }
    expect((await send('/%E0%A4%A')).status).toBe(400);
    expect(
      (await send('/files/evidence/99999999999999999999', { headers: { authorization: `Bearer ${office}` } }))
        .status,
    ).toBe(404);
  });
});

describe('security headers', () => {
  it('are on the console and the API: a policy that forbids framing, nosniff, no referrer', async () => {
    for (const target of ['/', '/graphql?query=%7B__typename%7D', '/health']) {
      const answer = await send(target, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = String(answer.headers['content-security-policy']);
      expect(csp, target).toMatch(/frame-ancestors 'none'/);
      expect(csp, target).toMatch(/script-src 'self'/);
      expect(answer.headers['x-content-type-options'], target).toBe('nosniff');
      expect(answer.headers['referrer-policy'], target).toBe('no-referrer');
      expect(answer.headers['x-frame-options'], target).toBe('DENY');
    }
  });
});

describe('allowed hosts', () => {
  it('refuse a name that is neither loopback, an address, the configured host nor an allowed one', async () => {
    const rebinding = await send('/graphql?query=%7B__typename%7D', {
      headers: { host: 'attacker.example:4000', 'apollo-require-preflight': 'true' },
    });
    expect(rebinding.status).toBe(421);
    expect(rebinding.body.toString()).not.toContain('__typename');
    expect((await send('/', { headers: { host: 'attacker.example' } })).status).toBe(421);
    for (const host of [
      'localhost:4000',
      '127.0.0.1',
      '[::1]:4000',
      '10.1.2.3:4000',
      'Rectify.Example.org',
    ]) {
      expect((await send('/', { headers: { host } })).status, host).toBe(200);
    }
  });
});
