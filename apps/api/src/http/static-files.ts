import { createReadStream, type Stats, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import Negotiator from 'negotiator';

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
  '.txt': 'text/plain; charset=utf-8',
};

/** Precompressed siblings the build may write (`app.js.br`, `app.js.gz`), by content coding. */
const ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the built console; a path that names no file gets index.html (the console routes in the browser),
 * except a path with a file extension, which is a missing asset (false: the caller answers 404). A file is
 * served only when its resolved path lies inside `dir` (path.relative, so that a sibling folder sharing the
 * name's prefix is outside). When the build left `<file>.br` or `<file>.gz` beside a file, the best one the
 * client accepts is sent. Hashed assets (under assets/) are cached for a year as immutable; index.html is
 * revalidated every time, so that a new version is picked up at once.
 * Returns false when the console has not been built, or for a missing asset; throws URIError on a bad escape.
 */
export function serveConsole(
  dir: string,
  urlPath: string,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const root = path.resolve(dir);
  const index = path.join(root, 'index.html');
  if (!fileStats(index)) return false;
  const decoded = decodeURIComponent(urlPath);
  const requested = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const relative = path.relative(root, requested);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  const stats = inside && !decoded.includes('\0') ? fileStats(requested) : null;
  if (!stats && path.extname(decoded) !== '') return false;
  const file = stats ? requested : index;
  const relativeFile = path.relative(root, file).split(path.sep).join('/');
  const variant = pickVariant(file, req);
  const sent = variant ?? { path: file, stats: stats ?? fileStats(index)! };
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': String(sent.stats.size),
    'cache-control': relativeFile.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    vary: 'Accept-Encoding',
    ...(variant ? { 'content-encoding': variant.coding } : {}),
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(sent.path).pipe(res);
  return true;
}

function pickVariant(file: string, req: IncomingMessage) {
  const available = ENCODINGS.map((e) => ({ ...e, stats: fileStats(file + e.suffix) })).filter(
    (e) => e.stats,
  );
  if (available.length === 0) return null;
  // negotiator 1.x takes the server's preference (brotli, the smaller) for equal q-values; its types lag.
  const negotiator = new Negotiator(req) as unknown as {
    encodings(list: string[], options: { preferred: string[] }): string[];
  };
  const [best] = negotiator.encodings([...available.map((e) => e.coding), 'identity'], {
    preferred: ['br', 'gzip'],
  });
  const chosen = available.find((e) => e.coding === best);
  return chosen ? { path: file + chosen.suffix, coding: chosen.coding, stats: chosen.stats! } : null;
}

function fileStats(file: string): Stats | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}
