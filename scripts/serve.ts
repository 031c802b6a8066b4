/**
 * `npm run serve [-- <folder>]`: serves the built app (`dist/`) like a plain static host; see
 * static-server.ts for what it serves. A rebuild while it runs is picked up without a restart.
 * PORT overrides the port (default 4173).
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { createStaticServer } from "./static-server";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.env.PORT ?? 4173);
if (!existsSync(resolve(root, "index.html"))) {
  console.error(`folio: ${root} has no index.html; run npm run build first`);
  process.exit(2);
}
createStaticServer(root).listen(port, () => {
  console.log(`Folio is being served at http://localhost:${port}/ (from ${root})`);
});
