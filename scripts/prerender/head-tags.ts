import type { Head } from "../../src/app/lib/head";
import { SITE_NAME } from "../../src/app/lib/head";
import { DATA_META } from "../../src/app/config/boot";
import { documentTitle } from "../../src/app/lib/use-document-title";

/**
 * The `<head>` tags of one prerendered page: title, description, canonical URL, Open Graph and
 * Twitter card, JSON-LD, and the bundle files the page's code will fetch first (see `src/app/boot.ts`).
 * Every value is escaped; JSON-LD cannot close its script element.
 */
export function headTags(head: Head, site: { siteUrl: string; base: string }): string {
  const url = `${site.siteUrl}${site.base}${head.path}`;
  const tags = [
    `<title>${escapeText(documentTitle(head))}</title>`,
    meta("name", "description", head.description),
    `<link rel="canonical" href="${escapeAttribute(url)}" />`,
    meta("property", "og:site_name", SITE_NAME),
    meta("property", "og:title", head.title),
    meta("property", "og:description", head.description),
    meta("property", "og:type", head.type),
    meta("property", "og:url", url),
    meta("property", "og:locale", "zh_CN"),
    meta("name", "twitter:card", "summary"),
    ...Object.entries(head.meta ?? {}).flatMap(([name, content]) =>
      (typeof content === "string" ? [content] : content).map((value) => meta("name", name, value)),
    ),
    ...(head.status === 404 ? [meta("name", "robots", "noindex")] : []),
    // The data the app fetches first; boot.ts preloads it once the page has been painted.
    ...(head.preload !== undefined && head.preload.length > 0 ? [meta("name", DATA_META, head.preload.join(" "))] : []),
  ];
  if (head.jsonLd !== undefined) {
    tags.push(
      `<script type="application/ld+json">${jsonForScript({ ...head.jsonLd, url, mainEntityOfPage: url })}</script>`,
    );
  }
  return tags.join("\n    ");
}

function meta(attribute: "name" | "property", key: string, content: string): string {
  return `<meta ${attribute}="${escapeAttribute(key)}" content="${escapeAttribute(content)}" />`;
}

export function escapeText(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/gu, "&quot;");
}

/** JSON that is safe inside <script>: no `</script>`, no `<!--`, no line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</gu, "\\u003c")
    .replace(/>/gu, "\\u003e")
    .replace(/&/gu, "\\u0026")
    .replace(/\u2028/gu, "\\u2028")
    .replace(/\u2029/gu, "\\u2029");
}
