import { languageAlternates } from "./language-alternates";
import type { PreviewImage } from "./preview-image";

/**
 * What a route puts in the document head. The route table builds it from the route's data; the
 * prerender writes it into each HTML file and the client applies the same elements on every
 * navigation (`apply-head.ts`), so a page's head is one function's output on both sides.
 */
export interface Head {
  title: string;
  description: string;
  /** Path within the app, e.g. `/maonan/2023-02-26/1/3/`. */
  path: string;
  type: "website" | "article";
  /** schema.org data, serialised into a `application/ld+json` block. */
  jsonLd?: Record<string, unknown>;
  /** Extra `<meta name>` tags (e.g. citation tags); an array gives one tag per value. */
  meta?: Record<string, string | readonly string[]>;
  /** Bundle files this page needs first, preloaded by the HTML (prerender only). */
  preload?: string[];
  /** HTTP status the page stands for (404 for not found). */
  status?: number;
  /** The Atom feed the page links (`<link rel="alternate">`): its paper's, or the default paper's. */
  feed?: { title: string; path: string };
  /** The picture a shared link previews with (`og:image`, a large Twitter card); none: a text card. */
  image?: PreviewImage;
}

export const SITE_NAME = "Folio";

/** Where the page is published: the site's origin and the app's base path (no trailing slash). */
export interface SiteLocation {
  siteUrl: string;
  base: string;
}

/** One element of the head, as data: the prerender serialises it, the client creates it. */
export interface HeadElement {
  tag: "title" | "meta" | "link" | "script";
  /** Attributes in the order they are written. */
  attrs: readonly (readonly [string, string])[];
  /** Text content (title, JSON-LD), already safe for its element. */
  text?: string;
}

/**
 * The head elements a route owns. Everything else in `<head>` (charset, viewport, icons, CSS, the
 * CSP, the app's scripts) belongs to the page template and is never touched.
 */
export const ROUTE_HEAD_SELECTOR = [
  "title",
  'meta[name="description"]',
  'link[rel="canonical"]',
  'link[rel="alternate"][type="application/atom+xml"]',
  'link[rel="alternate"][hreflang]',
  'meta[property^="og:"]',
  'meta[name^="twitter:"]',
  'meta[name^="citation_"]',
  'meta[name="robots"]',
  'script[type="application/ld+json"]',
].join(", ");

/** The document title: `<page> - Folio`. */
export function documentTitle(head: Pick<Head, "title">): string {
  return head.title === SITE_NAME ? SITE_NAME : `${head.title} - ${SITE_NAME}`;
}

/** Title, description, canonical URL, feed link, Open Graph and Twitter card, extra meta tags and JSON-LD. */
export function headElements(head: Head, site: SiteLocation): HeadElement[] {
  const url = `${site.siteUrl}${site.base}${head.path}`;
  const meta = (attribute: "name" | "property", key: string, content: string): HeadElement => ({
    tag: "meta",
    attrs: [
      [attribute, key],
      ["content", content],
    ],
  });
  const elements: HeadElement[] = [
    { tag: "title", attrs: [], text: documentTitle(head) },
    meta("name", "description", head.description),
    {
      tag: "link",
      attrs: [
        ["rel", "canonical"],
        ["href", url],
      ],
    },
    ...(head.status === 404 ? [] : languageLinks(url)),
    ...(head.feed === undefined
      ? []
      : [
          {
            tag: "link" as const,
            attrs: [
              ["rel", "alternate"],
              ["type", "application/atom+xml"],
              ["title", head.feed.title],
              ["href", `${site.siteUrl}${site.base}${head.feed.path}`],
            ] as const,
          },
        ]),
    meta("property", "og:site_name", SITE_NAME),
    meta("property", "og:title", head.title),
    meta("property", "og:description", head.description),
    meta("property", "og:type", head.type),
    meta("property", "og:url", url),
    meta("property", "og:locale", "zh_CN"),
    ...imageMeta(head.image, site, meta),
    ...Object.entries(head.meta ?? {}).flatMap(([name, content]) =>
      (typeof content === "string" ? [content] : content).map((value) => meta("name", name, value)),
    ),
    ...(head.status === 404 ? [meta("name", "robots", "noindex")] : []),
  ];
  if (head.jsonLd !== undefined) {
    elements.push({
      tag: "script",
      attrs: [["type", "application/ld+json"]],
      text: jsonForScript({ ...head.jsonLd, url, mainEntityOfPage: url }),
    });
  }
  return elements;
}

/** `og:image` with its size, type and alt, and the Twitter card that shows it large. */
function imageMeta(
  image: PreviewImage | undefined,
  site: SiteLocation,
  meta: (attribute: "name" | "property", key: string, content: string) => HeadElement,
): HeadElement[] {
  if (image === undefined) return [meta("name", "twitter:card", "summary")];
  const url = `${site.siteUrl}${site.base}${image.path}`;
  return [
    meta("property", "og:image", url),
    meta("property", "og:image:type", image.type),
    meta("property", "og:image:width", String(image.width)),
    meta("property", "og:image:height", String(image.height)),
    meta("property", "og:image:alt", image.alt),
    meta("name", "twitter:card", "summary_large_image"),
    meta("name", "twitter:image", url),
    meta("name", "twitter:image:alt", image.alt),
  ];
}

function languageLinks(url: string): HeadElement[] {
  return languageAlternates(url).map(([hreflang, href]) => ({
    tag: "link",
    attrs: [
      ["rel", "alternate"],
      ["hreflang", hreflang],
      ["href", href],
    ],
  }));
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

/** The first `max` characters of a text, cut at a sentence or clause end when one is near. */
export function describe(text: string, max = 110): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  if (Array.from(flat).length <= max) return flat;
  const cut = Array.from(flat).slice(0, max).join("");
  const end = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf("；"), cut.lastIndexOf("，"));
  return end > max * 0.6 ? cut.slice(0, end + 1) : `${cut}…`;
}
