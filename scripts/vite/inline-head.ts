import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/**
 * Nothing in the page's head blocks its first paint on another request: the built template's style
 * sheet is put inline, marked with its file's address (`data-href`; the file stays in the build),
 * and the Content-Security-Policy allows exactly the inline scripts and styles the page holds, by
 * the sha256 of their text, computed from the built file (no hand-kept hash). The prerender puts
 * each page's own critical subset of the sheet in its place and has the rest loaded after the first
 * paint (`prerender/critical-css.ts`), then computes the page's policy again with `withPolicy`. The
 * JSON-LD data blocks the prerender adds are not scripts to the browser. Build only: the dev server
 * injects scripts of its own and runs without the policy.
 */
export function contentSecurityPolicy(hashes: { scripts: readonly string[]; styles: readonly string[] }): string {
  const allow = (list: readonly string[]) => list.map((hash) => ` '${hash}'`).join("");
  return [
    "default-src 'self'",
    `script-src 'self'${allow(hashes.scripts)}`,
    `style-src 'self'${allow(hashes.styles)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** A CSP source expression for an inline element's exact text. */
export function sha256Source(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

const STYLESHEET = /<link rel="stylesheet"[^>]*? href="([^"]+)"[^>]*>/gu;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/gu;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gu;
const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/u;
/** The attribute naming the file of an inline style sheet (its text as the template holds it). */
export const SHEET_HREF = "data-href";

/**
 * The template with its style sheets inline and the policy that allows what it holds inline.
 * `css(href)` gives a linked sheet's text. Throws if a text would end its element early.
 */
export function inlineHead(html: string, css: (href: string) => string): string {
  const inlined = html.replace(STYLESHEET, (_tag, href: string) => {
    const text = css(href);
    if (/<\/style/iu.test(text)) throw new Error(`folio-inline-head: ${href} contains "</style"`);
    // A relative url() would resolve against each page instead of the sheet's folder.
    if (/url\((?!\s*["']?(?:data:|\/))/u.test(text)) throw new Error(`folio-inline-head: ${href} has a relative url()`);
    return `<style ${SHEET_HREF}="${href}">${text}</style>`;
  });
  return withPolicy(inlined);
}

/**
 * The page with the Content-Security-Policy that allows exactly the inline scripts and styles it
 * holds (every one of them, by hash), first in its head: put there, or put in place of the policy
 * it had. Run it last on a page, after anything that adds or changes an inline element.
 */
export function withPolicy(html: string): string {
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((m) => sha256Source(m[1]!));
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => sha256Source(m[1]!));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ scripts, styles }).replaceAll("'", "&#39;")}">`;
  if (POLICY_META.test(html)) return html.replace(POLICY_META, () => meta);
  if (!/<head>/u.test(html)) throw new Error("folio-inline-head: the template has no <head>");
  return html.replace(/<head>/u, `<head>\n    ${meta}`);
}

export function inlineHeadPlugin(): Plugin {
  let base = "/";
  return {
    name: "folio-inline-head",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      if (this.environment.config.consumer !== "client") return;
      const page = bundle["index.html"];
      if (page?.type !== "asset") throw new Error("folio-inline-head: the build has no index.html");
      const inlinedSheets = new Set<string>();
      page.source = inlineHead(String(page.source), (href) => {
        const fileName = href.startsWith(base) ? href.slice(base.length) : href;
        const sheet = bundle[fileName];
        if (sheet?.type !== "asset") throw new Error(`folio-inline-head: ${href} is not in the build`);
        inlinedSheets.add(fileName);
        return String(sheet.source);
      });
      // The template holds the sheets now; their files stay in the build (a prerendered page inlines
      // only its critical part and loads the file after its first paint), but no chunk imports them
      // nor does the build's manifest name them (whether it is written before or after this hook).
      for (const output of Object.values(bundle))
        if (output.type === "chunk")
          for (const fileName of inlinedSheets) output.viteMetadata?.importedCss.delete(fileName);
      const manifest = bundle[".vite/manifest.json"];
      if (manifest?.type === "asset") {
        const entries = JSON.parse(String(manifest.source)) as Record<string, { css?: string[] }>;
        for (const entry of Object.values(entries)) {
          entry.css = entry.css?.filter((file) => !inlinedSheets.has(file));
          if (entry.css?.length === 0) delete entry.css;
        }
        manifest.source = `${JSON.stringify(entries, null, 2)}\n`;
      }
    },
  };
}
