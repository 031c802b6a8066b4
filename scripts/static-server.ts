/**
 * A plain static host for the built app: real files only (a folder's index.html for `/path/`),
 * `404.html` with status 404 for everything else, precompressed `.gz` copies for clients that
 * accept gzip, weak ETags. What works here works on GitHub Pages, object storage or any file server.
 *
 * Every request looks at the disk (no file list kept), so a rebuild of the folder while it runs is
 * served as it is now: new files, changed files, 404 for removed ones. A file is opened once and
 * stat'ed and read through that one handle, so a file removed in between is still read whole; an
 * error while reading ends that response, never the process.
 */
import { open as openFile, type FileHandle } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { resolve, sep } from "node:path";
import { lookup } from "mrmime";

export interface StaticServerOptions {
  /** How a file is opened for reading (tests pass one that fails on purpose). */
  open?: (path: string) => Promise<FileHandle>;
}

interface Found {
  handle: FileHandle;
  size: number;
  mtimeMs: number;
}

/** An open regular file, or null when there is none at `path` (missing, a folder, unreadable). */
async function openRegularFile(path: string, open: (path: string) => Promise<FileHandle>): Promise<Found | null> {
  let handle: FileHandle;
  try {
    handle = await open(path);
  } catch {
    return null;
  }
  try {
    const stats = await handle.stat();
    if (stats.isFile()) return { handle, size: stats.size, mtimeMs: stats.mtimeMs };
  } catch {
    // Falls through: closed below, answered as not found.
  }
  await handle.close().catch(() => undefined);
  return null;
}

/** The files a URL path may name, in order: `/a/` → a/index.html; `/a` → a, a.html, a/index.html. */
function candidates(pathname: string): string[] {
  if (pathname.endsWith("/")) return [`${pathname}index.html`];
  return [pathname, `${pathname}.html`, `${pathname}/index.html`];
}

function decodePath(url: string): string | null {
  const pathname = url.split(/[?#]/u, 1)[0] ?? "/";
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** No dotfiles (but `.well-known`), no NUL, nothing outside the root once resolved. */
function isServable(root: string, pathname: string): boolean {
  if (!pathname.startsWith("/") || pathname.includes("\0")) return false;
  if (pathname.split("/").some((part) => part.startsWith(".") && part !== ".well-known")) return false;
  const abs = resolve(root, `.${pathname}`);
  return abs === root || abs.startsWith(root + sep);
}

/**
 * The file's type by its name, with what a host should get right beyond the generic table: feeds
 * (`feeds/*.xml`) as Atom, so a browser offers to subscribe; pages, sitemaps and robots.txt with
 * their charset.
 */
export function contentType(name: string): string {
  if (/^\/(?:.*\/)?feeds\/[^/]+\.xml$/u.test(name)) return "application/atom+xml; charset=utf-8";
  if (name.endsWith(".xml")) return "application/xml; charset=utf-8";
  const type = lookup(name) ?? "application/octet-stream";
  return type === "text/html" || type === "text/plain" ? `${type}; charset=utf-8` : type;
}

function send(req: IncomingMessage, res: ServerResponse, file: Found, status: number, headers: Record<string, string>) {
  const etag = `W/"${file.size}-${Math.floor(file.mtimeMs)}"`;
  res.setHeader("ETag", etag);
  res.setHeader("Last-Modified", new Date(file.mtimeMs).toUTCString());
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (status === 200 && req.headers["if-none-match"] === etag) {
    void file.handle.close();
    res.writeHead(304).end();
    return;
  }
  res.setHeader("Content-Length", String(file.size));
  res.writeHead(status);
  if (req.method === "HEAD") {
    void file.handle.close();
    res.end();
    return;
  }
  const stream = file.handle.createReadStream();
  // The response has started: an error can only cut it short (the client sees it incomplete).
  stream.on("error", (error) => res.destroy(error));
  res.on("close", () => stream.destroy());
  stream.pipe(res);
}

export function createStaticServer(dir: string, options: StaticServerOptions = {}): Server {
  const root = resolve(dir);
  const open = options.open ?? ((path: string) => openFile(path, "r"));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    res.setHeader("Vary", "Accept-Encoding");
    const gzip = /\bgzip\b/u.test(String(req.headers["accept-encoding"] ?? ""));
    const pathname = decodePath(req.url ?? "/");
    if (pathname !== null && isServable(root, pathname)) {
      for (const name of candidates(pathname)) {
        const abs = resolve(root, `.${name}`);
        const file = await openRegularFile(abs, open);
        if (file === null) continue;
        const zipped = gzip ? await openRegularFile(`${abs}.gz`, open) : null;
        if (zipped !== null) {
          void file.handle.close();
          send(req, res, zipped, 200, { "Content-Type": contentType(name), "Content-Encoding": "gzip" });
        } else {
          send(req, res, file, 200, { "Content-Type": contentType(name) });
        }
        return;
      }
    }
    const notFound = await openRegularFile(resolve(root, "404.html"), open);
    if (notFound !== null) {
      send(req, res, notFound, 404, { "Content-Type": contentType("404.html"), "Cache-Control": "no-cache" });
    } else {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not Found");
    }
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(`folio serve: ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
}
