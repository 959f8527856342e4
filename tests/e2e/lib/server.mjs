// A plain static file server, like a municipal web host or an LMS package:
// no rewrite rules, no fallbacks. It serves dist/ from a sub-folder
// (/sub/weerbaar/) so tests prove that the built site uses relative URLs.
// With `compress` it answers like a host that serves precompressed files
// (brotli, else gzip), which is what the benchmark needs to time a real line.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export const BASE_PATH = '/sub/weerbaar/';

// Formats a host compresses; pictures (PNG) are compressed already.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.md', '.toml', '.json']);

/**
 * A body encoding for `file` as the browser's Accept-Encoding allows:
 * { body, encoding } with encoding 'br', 'gzip' or null. Results are kept in
 * `cache` by file, version and encoding: brotli at its best level takes
 * seconds on a large file, and a static host compresses once, not per request.
 */
function encoded(cache, file, mtime, body, accept = '') {
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!encoding || !COMPRESSIBLE.has(extname(file))) return { body, encoding: null };
  const key = `${encoding} ${mtime} ${file}`;
  if (!cache.has(key)) {
    cache.set(key, encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }));
  }
  return { body: cache.get(key), encoding };
}

/**
 * Starts the server on a free loopback port; resolves to { url, origin,
 * close, requests, answer }. `requests` lists every path asked for (relative
 * to the site), so a test can count what went over the network; set
 * `answer(path)` to return a status code (say 503) to play a failing host.
 * With `{ compress: true }` text, code and wasm go out brotli or gzip encoded.
 */
export async function serve(root = resolve(import.meta.dirname, '../../../dist'), { compress = false } = {}) {
  const control = { requests: [], answer: () => null };
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      control.requests.push(path.slice(BASE_PATH.length));
      const status = control.answer(path.slice(BASE_PATH.length));
      if (status) {
        res.writeHead(status, { 'content-type': 'text/html' }).end('<h1>Onderhoud</h1>');
        return;
      }
      if (!path.startsWith(BASE_PATH)) {
        res.writeHead(404).end('not found');
        return;
      }
      let file = normalize(join(root, path.slice(BASE_PATH.length)));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      let body = await readFile(file);
      if (compress) {
        const out = encoded(cache, file, info.mtimeMs, body, req.headers['accept-encoding']);
        body = out.body;
        headers.vary = 'accept-encoding';
        if (out.encoding) headers['content-encoding'] = out.encoding;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return Object.assign(control, {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(ok)),
  });
}
