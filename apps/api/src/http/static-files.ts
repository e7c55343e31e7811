import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * Serves the built console; any path that is not a file gets index.html (the console routes in the browser).
 * Returns false when the console has not been built.
 */
export function serveConsole(dir: string, urlPath: string, res: ServerResponse): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const requested = path.normalize(path.join(dir, decodeURIComponent(urlPath)));
  const file =
    requested.startsWith(dir) && existsSync(requested) && statSync(requested).isFile() ? requested : index;
  const hashed = file !== index && /[.-][A-Za-z0-9_-]{8,}\.\w+$/.test(file);
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
  return true;
}
