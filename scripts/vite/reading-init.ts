import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Plugin } from "vite";

/**
 * The reading-settings bootstrap (it applies the stored font size and theme before first paint),
 * compiled from `src/app/features/reading/api/reading-init.ts`, which shares its storage keys,
 * values and rules with the app's settings store: no hand-kept copy. Put inline where the page
 * template marks it (a few hundred bytes: no request to wait for before the first paint); the
 * build's Content-Security-Policy allows it by its hash (`inline-head.ts`).
 */
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
  let source: Promise<string> | undefined;
  return {
    name: "folio-reading-init",
    // Inline, before the app's module and CSS: it must run before the first paint. Compiled once
    // per build (the dev server compiles it anew for each page, so an edit shows on reload).
    transformIndexHtml: {
      order: "pre",
      handler: async (html, { server }) => {
        if (!html.includes(PLACEHOLDER)) throw new Error(`index.html has no ${PLACEHOLDER} for the reading bootstrap`);
        const script = server === undefined ? await (source ??= compileReadingInit()) : await compileReadingInit();
        if (/<\/script/iu.test(script)) throw new Error("the reading bootstrap contains </script");
        return html.replace(PLACEHOLDER, `<script>${script}</script>`);
      },
    },
  };
}
