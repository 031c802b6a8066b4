import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineHead, withPolicy } from "./inline-head";

const template = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <script>document.documentElement.dataset.theme="dark"</script>
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
    <script type="module" crossorigin src="/assets/index-def.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;
const css = "body{color:#111}.a{background:url(data:image/png;base64,AA==)}";
const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const policyOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(html)![1]!.replaceAll("&#39;", "'");

describe("inlineHead", () => {
  it("puts the style sheet inline and allows exactly the inline script and style by their hashes", () => {
    const html = inlineHead(template, (href) => {
      expect(href).toBe("/assets/index-abc.css");
      return css;
    });
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toContain(`<style data-href="/assets/index-abc.css">${css}</style>`);
    const policy = policyOf(html);
    expect(policy).toContain(`script-src 'self' ${sha('document.documentElement.dataset.theme="dark"')};`);
    expect(policy).toContain(`style-src 'self' ${sha(css)};`);
    expect(policy).not.toContain("unsafe-inline");
    // The policy comes first in the head, before anything it governs.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  it("computes a page's policy again for what it holds inline now, every inline script included", () => {
    const built = inlineHead(template, () => css);
    const page = built
      .replace(/<style[^>]*>[^<]*<\/style>/u, "<style>.a{}</style>")
      .replace("</body>", '<script>window.x=1</script><script type="application/ld+json">{}</script></body>');
    const html = withPolicy(page);
    expect(html.match(/Content-Security-Policy/gu)).toHaveLength(1);
    const policy = policyOf(html);
    expect(policy).toContain(`style-src 'self' ${sha(".a{}")};`);
    expect(policy).not.toContain(sha(css));
    expect(policy).toContain(
      `script-src 'self' ${sha('document.documentElement.dataset.theme="dark"')} ${sha("window.x=1")};`,
    );
    expect(policy).not.toContain(sha("{}"));
  });

  it("allows nothing inline when the page holds nothing inline", () => {
    const policy = policyOf(inlineHead("<html><head></head><body></body></html>", () => ""));
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
  });

  it("refuses a sheet that would break out of its element or whose relative URLs would move", () => {
    expect(() => inlineHead(template, () => "a{}</style><script>x</script>")).toThrow(/<\/style/u);
    expect(() => inlineHead(template, () => "a{background:url(./bg.png)}")).toThrow(/relative url/u);
  });
});
