// A plain static file server, like a municipal web host or an LMS package:
// no rewrite rules, no fallbacks. It serves dist/ from a sub-folder
// (/sub/weerbaar/) so tests prove that the built site uses relative URLs.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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

/**
 * Starts the server on a free loopback port; resolves to { url, origin,
 * close, requests, answer }. `requests` lists every path asked for (relative
 * to the site), so a test can count what went over the network; set
 * `answer(path)` to return a status code (say 503) to play a failing host.
 */
export async function serve(root = resolve(import.meta.dirname, '../../../dist')) {
  const control = { requests: [], answer: () => null };
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
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
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
