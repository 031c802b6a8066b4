import { headElements, ROUTE_HEAD_SELECTOR, type Head, type HeadElement, type SiteLocation } from "./head";

/**
 * Puts a route's head into the live document: the same elements the prerender wrote (see
 * `head.ts`), so a link preview, a bookmark or a reference manager reads the same head after a
 * client-side navigation as from the HTML file. When the document already holds exactly these
 * elements (a prerendered page just hydrated) nothing is touched.
 */
export function applyHead(head: Head, site: SiteLocation, doc: Document = document): boolean {
  const next = headElements(head, site).map((element) => create(doc, element));
  const current = Array.from(doc.head.querySelectorAll(ROUTE_HEAD_SELECTOR));
  if (current.length === next.length && current.every((element, i) => element.isEqualNode(next[i]!))) return false;
  for (const element of current) element.remove();
  doc.head.append(...next);
  return true;
}

function create(doc: Document, element: HeadElement): Element {
  const node = doc.createElement(element.tag);
  for (const [name, value] of element.attrs) node.setAttribute(name, value);
  if (element.text !== undefined) node.textContent = element.text;
  return node;
}
