import { describe, expect, it } from "vitest";
import { headTags, jsonForScript } from "./head-tags";

describe("headTags", () => {
  const head = {
    title: "标题 <script>alert(1)</script>",
    description: '说明 "引号" & 符号',
    path: "/maonan/2023-02-26/1/3/",
    type: "article" as const,
    jsonLd: { "@type": "NewsArticle", headline: "</script><script>alert(1)</script>" },
    preload: ["/data/manifest.json"],
  };
  const html = headTags(head, { siteUrl: "https://example.org", base: "" });

  it("writes title, description, canonical and Open Graph", () => {
    expect(html).toContain("<title>标题 &lt;script&gt;alert(1)&lt;/script&gt; - Folio</title>");
    expect(html).toContain('<meta name="description" content="说明 &quot;引号&quot; &amp; 符号" />');
    expect(html).toContain('<link rel="canonical" href="https://example.org/maonan/2023-02-26/1/3/" />');
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toContain('<meta property="og:url" content="https://example.org/maonan/2023-02-26/1/3/" />');
    expect(html).toContain('<meta name="folio:data" content="/data/manifest.json" />');
  });
  it("never lets JSON-LD close its script element", () => {
    const script = html.slice(html.indexOf('<script type="application/ld+json">'));
    expect(script.match(/<\/script>/gu)).toHaveLength(1);
    expect(JSON.parse(jsonForScript({ a: "</script>" }))).toEqual({ a: "</script>" });
  });
});
