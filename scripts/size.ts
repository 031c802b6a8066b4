/**
 * `npm run size`: what the first view of each kind of page costs, from the built site (run
 * `npm run build` first). A page paints from its HTML and CSS; its entry (`src/app/boot.ts`) then
 * loads the app to make it interactive: that code (the entry's static and dynamic imports, and
 * theirs, but not what the app itself loads later) is the first view's JS. Data is what the page
 * names in its `folio:data` meta tag. CSS is the page's inline style (counted in its HTML too) and
 * any style sheet it links. Printed, never asserted. Goal: ≤ 100 kB gzip of JS.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { restoreIssue, restoreManifest } from "../src/bundle/restore";
import { paths } from "../src/app/config/paths";
import { currentManifestFile } from "../src/ingest/bundle-pointer";
import { firstView } from "./first-view";

const DIST = resolve("dist");
const ENTRY = "index.html";
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** A page's first-view code, as its HTML names it (`first-view.ts`): the app's and its route's. */
const jsOf = (html: string) => firstView(html).js.filter((f) => f.endsWith(".js"));

/** The home page's, broken down by chunk below. */
const jsFiles = jsOf(readFileSync(join(DIST, ENTRY), "utf8"));
const gzText = (text: string) => gzipSync(text, { level: 9 }).length;

function route(name: string, path: string): void {
  const html = readFileSync(join(DIST, decodeURIComponent(path), "index.html"), "utf8");
  const { data, css: sheets } = firstView(html);
  const pageJs = jsOf(html);
  const js = pageJs.reduce((n, f) => n + gz(f), 0);
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map((m) => m[1]!).join("");
  const css = (inline === "" ? 0 : gzText(inline)) + sheets.reduce((n, file) => n + gz(file), 0);
  const dataBytes = data.reduce((n, file) => n + gz(file), 0);
  console.log(
    `${name.padEnd(9)} html ${kB(gzipSync(html).length).padStart(7)}  js ${kB(js).padStart(8)} (${pageJs.length} files)  css ${kB(css).padStart(6)}${inline === "" ? "" : " inline"}  data ${kB(dataBytes).padStart(7)} (${data.length} files)   ${path}`,
  );
}

const manifest = restoreManifest(
  JSON.parse(readFileSync(join(DIST, "data", currentManifestFile(join(DIST, "data"))), "utf8")),
);
const paper = manifest.papers.find((p) => p.isDefault) ?? manifest.papers[0]!;
const entry = paper.latest!;
const issue = restoreIssue(JSON.parse(readFileSync(join(DIST, "data", entry.file), "utf8")));
console.log(`first view of each page kind (gzip level 9), ${paper.name} ${issue.date}:`);
route("home", "/");
route("page", paths.page.to(paper.id, issue.date, issue.pages[0]!.no));
route("article", paths.article.to(paper.id, issue.date, issue.pages[0]!.no, 1));
route("archive", paths.archive.to());
route("search", paths.search.to());
if (existsSync(join(DIST, "people", "index.html"))) {
  route("people", paths.people.to());
  const person = readdirSync(join(DIST, "people"), { withFileTypes: true }).find(
    (d) => d.isDirectory() && d.name !== "letter",
  );
  if (person !== undefined) route("person", paths.person.to(person.name));
}
console.log("\nthe home page's first-view JS by chunk:");
for (const file of jsFiles.sort((a, b) => gz(b) - gz(a)))
  console.log(`  ${file.padEnd(44)} ${kB(gz(file)).padStart(8)}`);
const all = readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js"));
const later = all.filter((f) => !jsFiles.includes(`assets/${f}`));
console.log(`\nnot in the home page's first view (${later.length} chunks):`);
for (const chunk of later.sort())
  console.log(`  ${`assets/${chunk}`.padEnd(44)} ${kB(gz(`assets/${chunk}`)).padStart(8)}`);
console.log(`all JS: ${all.length} chunks, ${kB(all.reduce((n, f) => n + gz(`assets/${f}`), 0))} gzip`);
