'use strict';
// A tiny static file server, used only when nginx is not installed (local
// runs without CI). Same routes as the nginx config that run.sh writes:
//   node static-server.js PORT PREFIX=DIR [PREFIX=DIR ...] [-- PORT PREFIX=DIR ...]
// Each "PORT PREFIX=DIR..." group is one listening server; the longest
// matching prefix wins; a directory URL serves its index.html; anything
// else is 404. GET and HEAD only.
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

function serve(port, routes) {
  routes.sort((a, b) => b.prefix.length - a.prefix.length);
  const server = http.createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('404 Not Found\n');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405);
      res.end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return notFound();
    }
    const route = routes.find((r) => pathname.startsWith(r.prefix));
    if (!route || pathname.includes('\0')) return notFound();
    let file = path.join(route.dir, pathname.slice(route.prefix.length));
    if (!file.startsWith(route.dir)) return notFound();
    try {
      if (fs.statSync(file).isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { location: pathname + '/' });
          res.end();
          return;
        }
        file = path.join(file, 'index.html');
      }
      const body = fs.readFileSync(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'content-length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      notFound();
    }
  });
  server.listen(port, '127.0.0.1');
}

const args = process.argv.slice(2);
let group = [];
const groups = [group];
for (const a of args) {
  if (a === '--') groups.push((group = []));
  else group.push(a);
}
for (const g of groups) {
  const [port, ...maps] = g;
  serve(
    Number(port),
    maps.map((m) => {
      const i = m.indexOf('=');
      return { prefix: m.slice(0, i), dir: path.resolve(m.slice(i + 1)) + path.sep };
    }),
  );
}
