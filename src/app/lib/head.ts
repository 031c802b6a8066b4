/**
 * What a route puts in the document head. Routes build it from their data; the prerender writes it
 * into each HTML file (title, description, canonical, Open Graph, JSON-LD) and the client sets
 * the title on navigation. Pure, so both sides build the same head.
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
  /** Bundle files this page needs first, preloaded by the HTML. */
  preload?: string[];
  /** HTTP status the page stands for (404 for not found). */
  status?: number;
}

export const SITE_NAME = "Folio";

/** The first `max` characters of a text, cut at a sentence or clause end when one is near. */
export function describe(text: string, max = 110): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  if (Array.from(flat).length <= max) return flat;
  const cut = Array.from(flat).slice(0, max).join("");
  const end = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf("；"), cut.lastIndexOf("，"));
  return end > max * 0.6 ? cut.slice(0, end + 1) : `${cut}…`;
}
