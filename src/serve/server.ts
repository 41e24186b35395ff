// A small read-only HTTP server for the viewer: the built page from viewer/dist, the graph at
// /graph.json (and as columns at /paint.json) and the panel's data at /details.json. Loopback only, GET only, strict Content-Security-Policy.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detailsPathFor, paintPathFor } from '../export/graphFiles.js';
import type { ViewerFiles } from '../export/viewerFiles.js';

/** Where the graph comes from: graph.json with paint.json and details.json beside it (read on each request, so a
 * rebuild shows on reload), or a loader that makes both. */
export type GraphSource =
  | { kind: 'file'; path: string }
  | { kind: 'loader'; describe: string; load: () => Promise<ViewerFiles>; close?: () => Promise<void> };

type ViewerFile = keyof ViewerFiles;

export type ServeOptions = { graph: GraphSource; port: number; viewerDir?: string };

export type RunningServer = { url: string; close: () => Promise<void> };

export const DEFAULT_VIEWER_DIR = fileURLToPath(new URL('../../viewer/dist/', import.meta.url));

// The FA2 layout worker starts from a blob: URL, the search and metrics workers from our own files;
// nothing else may run but our own scripts.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

function baseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

function sendError(res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...baseHeaders('application/json; charset=utf-8'), ...extra });
  res.end(JSON.stringify({ error: message }));
}

async function sendFile(res: ServerResponse, path: string, contentType: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return false;
  res.writeHead(200, { ...baseHeaders(contentType), 'Content-Length': String(info.size) });
  await new Promise<void>((done, fail) => createReadStream(path).on('error', fail).on('end', done).pipe(res));
  return true;
}

/** paint.json beside graph.json, unless it is older than graph.json (then it is from another build,
 * or graph.json was written by something else). */
async function currentPaint(graphPath: string): Promise<string | null> {
  const [graph, paint] = await Promise.all([stat(graphPath).catch(() => null), stat(paintPathFor(graphPath)).catch(() => null)]);
  return graph && paint && paint.mtimeMs >= graph.mtimeMs ? paintPathFor(graphPath) : null;
}

/** Serves one of the viewer's files. The page asks for paint.json and, when there is none (404), for
 * graph.json. A loader's details come from the same load as the graph the page just fetched (loading
 * again could give a different build). */
function graphSender(source: GraphSource) {
  let latest: Promise<ViewerFiles> | null = null;
  return async (res: ServerResponse, file: ViewerFile): Promise<void> => {
    if (source.kind === 'file') {
      const path = file === 'graph' ? source.path : file === 'details' ? detailsPathFor(source.path) : await currentPaint(source.path);
      if (!path) return sendError(res, 404, `no paint.json beside ${source.path} from the same build`);
      if (!(await sendFile(res, path, CONTENT_TYPES['.json']!))) sendError(res, 404, `${file} file ${path} does not exist`);
      return;
    }
    if (file !== 'details' || !latest) latest = source.load();
    const pending = latest;
    try {
      const body = (await pending)[file];
      res.writeHead(200, baseHeaders(CONTENT_TYPES['.json']!));
      res.end(body);
    } catch (err) {
      if (latest === pending) latest = null;
      sendError(res, 502, `could not read the graph from ${source.describe}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
}

/** Maps a URL path onto a file inside the viewer folder, refusing anything that escapes it. */
function staticPath(viewerDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = normalize(decoded === '/' ? '/index.html' : decoded);
  const full = join(viewerDir, relative);
  return full.startsWith(viewerDir.endsWith(sep) ? viewerDir : viewerDir + sep) ? full : null;
}

export function handler(viewerDir: string, graph: GraphSource) {
  const sendGraph = graphSender(graph);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET') return sendError(res, 405, `${req.method ?? ''} not allowed: this server is read-only`, { Allow: 'GET' });
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/graph.json') return sendGraph(res, 'graph');
    if (pathname === '/paint.json') return sendGraph(res, 'paint');
    if (pathname === '/details.json') return sendGraph(res, 'details');
    const path = staticPath(viewerDir, pathname);
    const type = path ? CONTENT_TYPES[extname(path)] : undefined;
    if (!path || !type || !(await sendFile(res, path, type))) sendError(res, 404, `${pathname} not found`);
  };
}

export async function startServer({ graph, port, viewerDir = DEFAULT_VIEWER_DIR }: ServeOptions): Promise<RunningServer> {
  const root = resolve(viewerDir);
  if (!(await stat(join(root, 'index.html')).catch(() => null))) {
    throw new Error(`the viewer is not built (${join(root, 'index.html')} missing): run npm run build:viewer`);
  }
  const handle = handler(root, graph);
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendError(res, 500, err instanceof Error ? err.message : String(err));
      else res.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
