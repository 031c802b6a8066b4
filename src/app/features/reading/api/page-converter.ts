import { ConverterBuilder, type ConverterFunction } from "opencc-js/core";
import * as cn2t from "opencc-js/preset/cn2t";

/**
 * Shows the page in traditional characters: every text of the document (article, headlines,
 * people, search results, the interface, the title) and the attributes people read (`aria-label`,
 * `title`, `placeholder`, `alt`), converted with OpenCC's phrase-level tables (opencc-js: 简→繁 by
 * phrase, then the Taiwan or Hong Kong standard and its phrases), and whatever React renders
 * later, as it appears (a MutationObserver). The simplified text is kept beside each node, so
 * going back restores exactly what was there. Loaded only when traditional is chosen: the tables
 * are most of its ~1 MB.
 */
export type Variant = "tw" | "hk";

const ATTRIBUTES = ["aria-label", "title", "placeholder", "alt"] as const;
/** Elements whose text is not for reading (or is the reader's own input). */
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "TEMPLATE"]);

const converters = new Map<Variant, ConverterFunction>();
export function converterFor(variant: Variant): ConverterFunction {
  let convert = converters.get(variant);
  if (convert === undefined) {
    // OpenCC's s2twp and s2hkp: phrase-level, with the regional vocabulary.
    convert = ConverterBuilder(cn2t)({ from: "cn", to: variant === "tw" ? "twp" : "hkp" });
    converters.set(variant, convert);
  }
  return convert;
}

interface Kept {
  original: string;
  shown: string;
}
const texts = new WeakMap<Text, Kept>();
const attributes = new WeakMap<Element, Map<string, Kept>>();

function skipped(node: Node): boolean {
  for (let el = node.parentElement; el !== null; el = el.parentElement) if (SKIPPED.has(el.tagName)) return true;
  return false;
}

function convertText(node: Text, convert: ConverterFunction): void {
  const value = node.data;
  const kept = texts.get(node);
  if (kept !== undefined && kept.shown === value) return; // our own write, or already converted
  const shown = convert(value);
  texts.set(node, { original: value, shown });
  if (shown !== value) node.data = shown;
}

function convertAttribute(element: Element, name: string, convert: ConverterFunction): void {
  const value = element.getAttribute(name);
  if (value === null) return;
  let kept = attributes.get(element);
  if (kept?.get(name)?.shown === value) return;
  const shown = convert(value);
  kept ??= new Map();
  kept.set(name, { original: value, shown });
  attributes.set(element, kept);
  if (shown !== value) element.setAttribute(name, shown);
}

function walk(root: Node, visit: (node: Node) => void): void {
  if (root.nodeType === Node.TEXT_NODE) {
    if (!skipped(root)) visit(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE || SKIPPED.has((root as Element).tagName) || skipped(root)) return;
  visit(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && SKIPPED.has((node as Element).tagName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) visit(node);
}

function converting(convert: ConverterFunction) {
  return (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) convertText(node as Text, convert);
    else for (const name of ATTRIBUTES) convertAttribute(node as Element, name, convert);
  };
}

let observer: MutationObserver | null = null;

/** Converts the document to `variant` and keeps converting what changes; `restorePage` undoes it. */
export function convertPage(variant: Variant, root: HTMLElement = document.documentElement): void {
  restorePage(root);
  const visit = converting(converterFor(variant));
  walk(root, visit);
  observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "childList") record.addedNodes.forEach((node) => walk(node, visit));
      else if (record.type === "characterData") {
        if (!skipped(record.target)) visit(record.target);
      } else if (record.attributeName !== null)
        convertAttribute(record.target as Element, record.attributeName, converterFor(variant));
    }
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...ATTRIBUTES],
  });
}

/** Puts back the simplified text wherever the shown text is still the converted one. */
export function restorePage(root: HTMLElement = document.documentElement): void {
  observer?.disconnect();
  observer = null;
  walk(root, (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      const kept = texts.get(text);
      if (kept !== undefined && kept.shown === text.data && kept.original !== text.data) text.data = kept.original;
      texts.delete(text);
      return;
    }
    const element = node as Element;
    for (const [name, kept] of attributes.get(element) ?? []) {
      if (element.getAttribute(name) === kept.shown && kept.original !== kept.shown)
        element.setAttribute(name, kept.original);
    }
    attributes.delete(element);
  });
}
