import { describe, expect, it } from "vitest";
import { STYLESHEET_META } from "../../src/app/config/boot";
import { compileTemplateSheet, criticalCss, withCriticalCss } from "./critical-css";

const sheetText = [
  ":root{--paper:#fff}",
  ":root[data-theme=dark]{--paper:#111}",
  "@media (prefers-color-scheme:dark){:root:not([data-theme]){--paper:#111}}",
  ':root[data-font-size="4"]{--article-size:1.6rem}',
  ":focus-visible{outline:3px solid blue}",
  ".used{color:red}",
  ".unused{color:blue}",
  ".list .item{margin:0}",
  ".item .list{padding:0}",
  "@media (min-width:900px){.used{color:green}.unused{color:pink}}",
  ".used:hover{color:black}",
  ":where(.list>:not(:last-child)){margin-block-end:1rem}",
  ".spin{animation:turn 1s}",
  "@keyframes turn{to{rotate:1turn}}",
  "@keyframes unusedSpin{to{rotate:1turn}}",
  '@property --tw-a{syntax:"*";inherits:false}',
  '@property --tw-b{syntax:"<length>";inherits:false;initial-value:0}',
  "@layer theme,base;",
].join("");

const template = (body: string) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta http-equiv="Content-Security-Policy" content="style-src 'self'">
    <style data-href="/assets/index-abc.css">${sheetText}</style>
  </head>
  <body><div id="root">${body}</div></body>
</html>`;

const page = template('<p class="used">a</p><ul class="list"><li class="item spin">b</li></ul>');

describe("critical CSS", () => {
  const sheet = compileTemplateSheet(page);

  it("names the sheet's file from the template", () => {
    expect(sheet.href).toBe("/assets/index-abc.css");
  });

  it("keeps the rules the page's markup uses, in the sheet's order, and drops the others", () => {
    const css = criticalCss(page, sheet);
    expect(css).toContain(".used{color:red}");
    expect(css).toMatch(/@media \(min-width:\s?900px\)\s?\{\.used\{color:green\}\}/u);
    expect(css).toContain(".used:hover");
    expect(css).toContain(".list .item");
    expect(css).not.toContain(".unused");
    // Structure counts: no .list inside an .item on this page.
    expect(css).not.toContain(".item .list");
    // Keyframes only where a kept rule runs them.
    expect(css).toContain("@keyframes turn");
    expect(css).not.toContain("unusedSpin");
    expect(css.indexOf(".used{color:red}")).toBeLessThan(css.indexOf(".list .item"));
    expect(css.indexOf(".list .item")).toBeLessThan(css.indexOf("@media (min-width"));
  });

  it("keeps what the reading bootstrap switches on before the first paint, and pseudo-class-only rules", () => {
    const css = criticalCss(page, sheet);
    expect(css).toContain(":root{--paper:#fff}");
    expect(css).toContain(":root[data-theme=dark]");
    expect(css).toContain(':root[data-font-size="4"]');
    expect(css).toContain(":root:not([data-theme])");
    expect(css).toContain(":focus-visible");
    expect(css).toContain(":where(.list>:not(:last-child))");
  });

  it("keeps at-rules whole and well-formed: no block followed by a stray semicolon", () => {
    const css = criticalCss(page, sheet);
    expect(css).toContain('@property --tw-a{syntax:"*";inherits:false}@property --tw-b{');
    expect(css).toMatch(/@layer theme,\s?base;/u);
    expect(css).not.toContain("};");
  });

  it("is a page's own: another page keeps other rules", () => {
    const other = template('<p class="unused">c</p>');
    const css = criticalCss(other, sheet);
    expect(css).toContain(".unused{color:blue}");
    expect(css).not.toContain(".used{");
  });

  it("puts the critical part in place of the whole sheet and names the sheet to load, leaving the rest of the page as it was", () => {
    const html = withCriticalCss(page, sheet);
    expect(html).not.toContain("data-href");
    expect(html).not.toContain(".unused");
    expect(html).toContain(`<style>${criticalCss(page, sheet)}</style>`);
    expect(html).toContain(`<meta name="${STYLESHEET_META}" content="/assets/index-abc.css" />`);
    expect(html).toContain('<noscript><link rel="stylesheet" href="/assets/index-abc.css" /></noscript>');
    const outside = (text: string) => text.replace(/<style[\s\S]*<\/noscript>|<style[\s\S]*<\/style>/u, "");
    expect(outside(html)).toBe(outside(page));
  });

  it("throws for a template or page without the marked sheet", () => {
    const bare = "<html><head><style>a{}</style></head><body></body></html>";
    expect(() => compileTemplateSheet(bare)).toThrow(/no <style data-href/u);
    expect(() => withCriticalCss(bare, sheet)).toThrow(/no <style data-href/u);
  });
});
