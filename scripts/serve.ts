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
const files = sirv(root, { dev: false, etag: true, extensions: ["html"], gzip: true, brotli: false });
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
