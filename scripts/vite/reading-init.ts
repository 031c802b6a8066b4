import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Plugin } from "vite";

/**
 * `reading-init.js`, the page's one blocking script (it applies the stored font size and theme
 * before first paint), compiled from `src/app/features/reading/api/reading-init.ts`, which shares
 * its storage keys, values and rules with the app's settings store: no hand-kept copy. Emitted
 * into the build and served by the dev server; the page template names it under the app's base.
 */
export const READING_INIT_FILE = "reading-init.js";
const PLACEHOLDER = "<!--reading-init-->";
const ENTRY = fileURLToPath(new URL("../../src/app/features/reading/api/reading-init.ts", import.meta.url));

/** The script's source: one minified, dependency-free IIFE. */
export async function compileReadingInit(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    minify: true,
    target: "es2019",
    legalComments: "none",
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

export function readingInit(): Plugin {
  let base = "/";
  return {
    name: "folio-reading-init",
    configResolved(config) {
      base = config.base;
    },
    async generateBundle() {
      // Only the client build has a page to run it in.
      if (this.environment.config.consumer !== "client") return;
      this.emitFile({ type: "asset", fileName: READING_INIT_FILE, source: await compileReadingInit() });
    },
    configureServer(server) {
      server.middlewares.use(`${base}${READING_INIT_FILE}`, (_req, res, next) => {
        compileReadingInit().then((source) => {
          res.setHeader("Content-Type", "text/javascript; charset=utf-8");
          res.end(source);
        }, next);
      });
    },
    // A classic (blocking) script where the template marks it, before the app's module and CSS:
    // it must run before the first paint.
    transformIndexHtml: {
      order: "pre",
      handler: (html) => {
        if (!html.includes(PLACEHOLDER)) throw new Error(`index.html has no ${PLACEHOLDER} for ${READING_INIT_FILE}`);
        return html.replace(PLACEHOLDER, `<script src="${base}${READING_INIT_FILE}"></script>`);
      },
    },
  };
}
