import { compileSheet, type CompiledSheet, type StructuralProgram } from "beasties/compiler";
import { collectPrograms, renderCriticalCss, scanHtml } from "beasties/runtime";
import { STYLESHEET_META } from "../../src/app/config/boot";
import { SHEET_HREF } from "../vite/inline-head";

/**
 * Each prerendered page holds inline only the part of the app's style sheet its own markup uses
 * (beasties, the maintained fork of critters: the sheet compiled once per prerender, each page
 * scanned in one pass), so that its HTML fits the first round trip of a phone's connection; the
 * whole sheet is loaded after the first paint (the boot inserts it, named by the STYLESHEET_META tag,
 * before the app hydrates; a `<noscript>` link loads it without JavaScript). The whole sheet repeats
 * the inline rules in the same order, so its arrival changes no element's style.
 * The page's Content-Security-Policy must be computed again after this (`withPolicy`).
 */

/**
 * The most a prerendered page may weigh, gzip-compressed: a connection's first round trip carries
 * 10 TCP segments (~14.6 kB, the initial congestion window Lighthouse's simulation assumes too); a
 * document past that waits for one more round trip before its first paint. Less the response's
 * headers (~300 B). `npm run size` prints each page kind against it; e2e `critical-css.spec.ts` checks it.
 */
export const PAGE_GZIP_BUDGET = 14 * 1024;

/**
 * Rules kept whatever a page's markup holds:
 * - an attribute of the root (`:root[data-theme=dark]`, `[data-font-size]`, `[data-page-view]`,
 *   `[data-locale-pending]`): the reading bootstrap sets them before the first paint, so the
 *   prerendered markup never has them;
 * - a selector that starts with a pseudo-class or pseudo-element (`:focus-visible`, `:root:not(…)`,
 *   Tailwind's `:where(.space-y-2>:not(:last-child))`): the matcher drops pseudo-classes with their
 *   arguments before matching, so it reads such a selector as matching nothing (a few dozen rules,
 *   most of them Tailwind's preflight).
 */
export const ALWAYS_CRITICAL: readonly RegExp[] = [/(?::root|\bhtml)\[/u, /^:/u];

const INLINE_SHEET = new RegExp(`<style ${SHEET_HREF}="([^"]+)">([\\s\\S]*?)</style>`, "u");

/** The app's style sheet, compiled for matching against pages, and its file's address. */
export interface CriticalSheet {
  href: string;
  compiled: CompiledSheet;
  programs: StructuralProgram[];
}

/** Compiles the style sheet the page template holds inline (marked with its file by `inlineHead`). */
export function compileTemplateSheet(template: string): CriticalSheet {
  const match = INLINE_SHEET.exec(template);
  if (match === null) throw new Error(`critical CSS: the page template has no <style ${SHEET_HREF}="…">`);
  const compiled = compileSheet(match[2]!, { allowRules: [...ALWAYS_CRITICAL] });
  if (compiled.warnings.length > 0) throw new Error(`critical CSS: ${match[1]!}: ${compiled.warnings.join("; ")}`);
  // beasties 0.5.4 ends each at-rule it keeps whole with ";": right after a statement (`@layer a, b;`),
  // wrong after a block (`@property --tw-x{…};`), where the ";" starts the next rule's selector and
  // the browser drops that rule (Tailwind's @property rules, one after the other, all but the first).
  for (const rule of compiled.rules) if (rule.css?.endsWith("};")) rule.css = rule.css.slice(0, -1);
  return { href: match[1]!, compiled, programs: collectPrograms([compiled]) };
}

/** The rules of the sheet that this page's markup (the whole page, the sheet's own text left out) uses. */
export function criticalCss(page: string, sheet: CriticalSheet): string {
  const markup = page.replace(INLINE_SHEET, "");
  return renderCriticalCss(sheet.compiled, scanHtml(markup, sheet.programs, { chars: false }), {
    keyframes: "critical",
  }).css;
}

/**
 * The page with its critical CSS inline in place of the whole sheet, the tag that names the sheet
 * for the boot to load and a `<noscript>` link to it. Throws for a page without the template's sheet.
 */
export function withCriticalCss(page: string, sheet: CriticalSheet): string {
  if (!INLINE_SHEET.test(page)) throw new Error(`critical CSS: the page has no <style ${SHEET_HREF}="…">`);
  const css = criticalCss(page, sheet);
  if (/<\/style/iu.test(css)) throw new Error(`critical CSS: ${sheet.href} contains "</style"`);
  return page.replace(
    INLINE_SHEET,
    () =>
      `<style>${css}</style>\n    <meta name="${STYLESHEET_META}" content="${sheet.href}" />\n` +
      `    <noscript><link rel="stylesheet" href="${sheet.href}" /></noscript>`,
  );
}
