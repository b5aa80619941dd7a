/** A real headless Chromium, the system's, and a static file server on 127.0.0.1 for it to load pages from. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** The names Debian, Ubuntu and GitHub's runners give Chromium or Chrome; CHROME_PATH names another. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The browser to drive, found as .ci/run looks for it, or an error that says how to install one. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const onPath = (env.PATH ?? '').split(path.delimiter).filter((dir) => dir !== '').flatMap((dir) => NAMES.map((name) => path.join(dir, name)));
  const found = [env.CHROME_PATH, ...onPath].find((p) => p !== undefined && p !== '' && existsSync(p));
  if (found !== undefined) return found;
  throw new Error('The finder page is tested in a real browser and none was found. Install the Debian package chromium (sudo apt-get install chromium), or set CHROME_PATH to a Chrome or Chromium executable.');
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.yaml': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8' };

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the files under root on 127.0.0.1, on a port the system picks. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
