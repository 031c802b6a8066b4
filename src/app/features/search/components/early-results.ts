import { basePath } from "@/app/config/paths";
import type { TextSegment } from "@/app/lib/highlight-segments";
import { mayDraw, startEarlySearch } from "../api/early-search";
import { searchHitParts, type SearchHitParts } from "./search-hit-parts";
import {
  hasMoreResults,
  MORE_BUTTON,
  RESULTS_LIST,
  resultSummary,
  SEARCH_PAGE_ATTRIBUTE,
  searchHeading,
  type SearchContext,
} from "./search-page-text";

/**
 * The search page's first results, drawn before the app has loaded: the page's entry (boot.ts)
 * calls this on a search page with a query, before loading the app's code. It starts the search in the
 * worker and, when the answer has results and the app has not yet taken the page over, writes the
 * heading, the summary, the results and the button for more into the prerendered page exactly as
 * the app renders them (from the same parts: `search-hit-parts.ts`, `search-page-text.ts`). The app
 * hydrates them as they are and takes the same answer (`early-search.ts`): no second search, no
 * second drawing. An answer without results, or a failure, is left to the app, with its words for
 * it. No React here: this is the small module the first results wait for. Settles when the answer
 * is in and its results painted (or left to the app).
 */
export function showEarlyResults(entry: string, styled: Promise<void> = Promise.resolve()): Promise<void> {
  const search = startEarlySearch(entry, new URLSearchParams(window.location.search));
  if (search === null) return Promise.resolve();
  // The page's inline CSS covers its prerendered markup only: the results wait for the whole sheet.
  return Promise.all([search.answer, styled]).then(
    ([result]) => {
      if (result.hits.length === 0) return;
      const page = document.querySelector<HTMLElement>(`[${SEARCH_PAGE_ATTRIBUTE}]`);
      const context = page === null ? null : searchContext(page.getAttribute(SEARCH_PAGE_ATTRIBUTE));
      const heading = page?.querySelector("h1") ?? null;
      const status = page?.querySelector('[role="status"]') ?? null;
      if (context === null || heading === null || status === null || !mayDraw(result)) return;
      const q = search.state.q.trim();
      heading.textContent = searchHeading(q);
      status.textContent = resultSummary(result, q);
      const list = element("ol", { class: RESULTS_LIST.className, "aria-label": RESULTS_LIST.label() });
      list.append(...result.hits.map((hit) => searchHitElement(searchHitParts(hit, q, context))));
      status.after(list);
      if (hasMoreResults(result)) {
        list.after(element("button", { type: "button", class: MORE_BUTTON.className }, MORE_BUTTON.label()));
      }
      // Settles once the results are painted (the frame's callbacks run before its paint, a task
      // queued from them after it), so that the app's code is not fetched before they are on screen.
      return new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
    },
    // The app shows the failure, with its retry.
    () => undefined,
  );
}

/** The page's context as the prerendered page states it, or null when it does not (then the app draws). */
function searchContext(value: string | null): SearchContext | null {
  if (value === null) return null;
  try {
    const data: unknown = JSON.parse(value);
    if (typeof data !== "object" || data === null || !("papers" in data) || !("approximate" in data)) return null;
    const { papers, approximate } = data;
    const isPaper = (p: unknown) =>
      typeof p === "object" &&
      p !== null &&
      "id" in p &&
      "name" in p &&
      typeof p.id === "string" &&
      typeof p.name === "string";
    if (!Array.isArray(papers) || !papers.every(isPaper)) return null;
    if (!Array.isArray(approximate) || !approximate.every((a) => typeof a === "string")) return null;
    return { papers: papers as SearchContext["papers"], approximate: approximate as string[] };
  } catch {
    return null;
  }
}

/** One result as `SearchHitItem` renders it: the same elements, attributes and text nodes. */
export function searchHitElement(parts: SearchHitParts): HTMLLIElement {
  const title = segments(parts.title);
  const heading = element("h2", { class: "headline text-lg", "data-content": "" });
  if (parts.to === null) heading.append(...title);
  else heading.append(element("a", { class: "link-quiet", href: `${basePath}${parts.to}` }, ...title));
  const meta = element(
    "p",
    { class: "text-xs text-muted" },
    element("span", { "data-content": "" }, parts.paper),
    parts.when,
  );
  if (parts.byline !== null) meta.append(element("span", { "data-content": "" }, parts.byline));
  const item = element("li", { class: "search-hit" }, heading, meta);
  if (parts.snippet !== null) {
    const { text, truncatedStart, truncatedEnd } = parts.snippet;
    item.append(
      element(
        "p",
        { class: "mention-sentence", "data-content": "" },
        ...(truncatedStart ? ["…"] : []),
        ...segments(text),
        ...(truncatedEnd ? ["…"] : []),
      ),
    );
  }
  return item;
}

/** Text runs as `MarkedText` renders them: a text node each, a marked one in <mark>. */
function segments(runs: readonly TextSegment[]): (string | HTMLElement)[] {
  return runs.map((run) => (run.marked ? element("mark", {}, run.text) : run.text));
}

/** An element with attributes (in this order) and children; strings become text nodes, one each. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: (string | Node)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
