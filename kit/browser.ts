/**
 * What the browser tests and benchmarks share: a webpack build run in-process, headless
 * Chromium (/usr/bin/chromium) launched with nothing that phones home, and a
 * static server on 127.0.0.1.
 */
import { readFileSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { extname, join, normalize } from 'path';
import webpack from 'webpack';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.css': 'text/css', '.xml': 'application/xml' };

export function runWebpack(config: webpack.Configuration): Promise<void> {
  return new Promise<void>((done, fail) =>
    webpack(config, (error, stats) => {
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done();
    }),
  );
}

/**
 * Serves `dir` on 127.0.0.1 (any free port); `route` may answer a path from elsewhere
 * (a file path) or change a file's text. Resolves to the server and its base URL.
 */
export function serveStatic(
  dir: string,
  options: { index?: string; route?: (path: string) => string | null; rewrite?: (file: string, body: Buffer) => Buffer | string } = {},
): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname === '/' ? `/${options.index ?? 'index.html'}` : url.pathname);
    const file = options.route?.(path) ?? join(dir, normalize(path));
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(options.rewrite ? options.rewrite(file, body) : body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}
