/**
 * `npm run web`: serves dist/web (the page of issue 11, DTI in any browser) at
 * http://127.0.0.1:<port>/ for a try, building it first when it is missing.
 * Only this computer can reach it (127.0.0.1). The page also works opened
 * straight from the file (dist/web/index.html), with no server at all.
 * DTI_WEB_PORT chooses the port (default 8080; 0 takes any free one).
 */
const { spawnSync } = require('child_process');
const { existsSync, readFile } = require('fs');
const { createServer } = require('http');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(ROOT, 'dist', 'web');
const PAGE = path.join(DIR, 'index.html');
const port = Number(process.env.DTI_WEB_PORT ?? 8080);

if (!existsSync(PAGE)) {
  console.log('Đang dựng dist/web… / Building dist/web…');
  const webpack = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const built = spawnSync(process.execPath, [webpack, '--config', 'webpack.web.config.js', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// The page is one file: every other path is "not found".
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname !== '/' && url.pathname !== '/index.html') return res.writeHead(404).end();
  readFile(PAGE, (error, body) => {
    if (error) return res.writeHead(500).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
  });
});

server.on('error', (e) => {
  console.error(`Không mở được cổng ${port} / cannot listen on port ${port}: ${e.message}. Thử / try DTI_WEB_PORT=0 npm run web`);
  process.exit(1);
});

server.listen(port, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  console.log(`DTI trên trình duyệt / DTI in the browser: ${url}`);
  console.log('Tệp không rời khỏi máy: trang chạy hoàn toàn trong trình duyệt. Nhấn Ctrl+C để dừng. / Files never leave this computer. Ctrl+C stops.');
});
