/**
 * XML text for the discovery files (feeds, sitemaps). They are a few fixed shapes written in one
 * pass, so a library's document model would add a dependency and buffer what is written line by
 * line; what a writer must get right is escaping, and that is here, in one place, tested.
 */

/** Characters XML 1.0 does not allow at all (controls other than tab/LF/CR, U+FFFE/F, lone surrogates). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Text or an attribute value, safe in either place: `& < > " '` escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&apos;");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** An element with escaped text content. */
export function element(name: string, text: string, attrs: Record<string, string> = {}): string {
  const attributes = Object.entries(attrs)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return `<${name}${attributes}>${escapeXml(text)}</${name}>`;
}
