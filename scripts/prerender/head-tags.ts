import { headElements, jsonForScript, type Head, type HeadElement, type SiteLocation } from "../../src/app/lib/head";
import { DATA_META } from "../../src/app/config/boot";

export { jsonForScript };

/**
 * The `<head>` tags of one prerendered page: the route's head elements (the ones the client applies
 * on navigation, see `src/app/lib/head.ts`) and the bundle files the page's code will fetch first
 * (see `src/app/boot.ts`). Every value is escaped; JSON-LD cannot close its script element.
 */
export function headTags(head: Head, site: SiteLocation): string {
  const elements = headElements(head, site);
  const preload =
    head.preload !== undefined && head.preload.length > 0
      ? [`<meta name="${DATA_META}" content="${escapeAttribute(head.preload.join(" "))}" />`]
      : [];
  // The data the app fetches first comes before JSON-LD, as the element a parser needs soonest.
  const scripts = elements.filter((e) => e.tag === "script");
  return [...elements.filter((e) => e.tag !== "script").map(serialize), ...preload, ...scripts.map(serialize)].join(
    "\n    ",
  );
}

function serialize(element: HeadElement): string {
  const attrs = element.attrs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join("");
  switch (element.tag) {
    case "title":
      return `<title>${escapeText(element.text ?? "")}</title>`;
    case "script":
      // Raw text: its content was made safe for a script element by jsonForScript.
      return `<script${attrs}>${element.text ?? ""}</script>`;
    default:
      return `<${element.tag}${attrs} />`;
  }
}

export function escapeText(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/gu, "&quot;");
}
