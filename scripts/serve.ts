/**
 * Serves the built app like a plain static host: real files only (a folder's index.html for
 * `/path/`), `404.html` with status 404 for everything else. What works here works on GitHub
 * Pages, object storage or any file server. Precompressed copies (`.gz`, written by the build) are
 * served to browsers that accept them, as such hosts do. PORT overrides the port (default 4173).
 */
import { createReadStream, existsSync } from "node:fs";
import { createServer } from "node:http";
import { resolve } from "node:path";
import sirv from "sirv";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.env.PORT ?? 4173);
if (!existsSync(resolve(root, "index.html"))) {
  console.error(`folio: ${root} has no index.html; run npm run build first`);
  process.exit(2);
}
/**
 * Types sirv's table gets less right than a host should: feeds as Atom (so a browser offers to
 * subscribe), sitemaps as XML and robots.txt as text, each with its charset.
 */
function contentType(pathname: string): string | null {
  if (/^\/(?:.*\/)?feeds\/[^/]+\.xml$/u.test(pathname)) return "application/atom+xml; charset=utf-8";
  if (pathname.endsWith(".xml")) return "application/xml; charset=utf-8";
  if (pathname.endsWith(".txt")) return "text/plain; charset=utf-8";
  return null;
}

const files = sirv(root, {
  dev: false,
  etag: true,
  extensions: ["html"],
  gzip: true,
  brotli: false,
  setHeaders: (res, pathname) => {
    const type = contentType(pathname);
    if (type !== null) res.setHeader("Content-Type", type);
  },
});
const notFoundPage = resolve(root, "404.html");

const server = createServer((req, res) => {
  files(req, res, () => {
    res.statusCode = 404;
    if (existsSync(notFoundPage)) {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      createReadStream(notFoundPage).pipe(res);
    } else {
      res.end("Not Found");
    }
  });
});
server.listen(port, () => {
  console.log(`Folio is being served at http://localhost:${port}/ (from ${root})`);
});
