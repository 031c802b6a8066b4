import type { Page } from "@/bundle/schema";

/**
 * Why a PDF page shows no articles, when it shows none: a page without a text layer (a scan:
 * nothing unassigned either) or a page whose text could not be read (garbled fonts: the build kept
 * the text in `unassigned`, with its warning, and published no articles from it). Null for a page
 * with articles and for text pages.
 */
export type PageNotice = "scanned" | "unreadable";

export function pageNotice(page: Pick<Page, "articles" | "unassigned" | "pdf">): PageNotice | null {
  if (page.pdf === undefined || page.articles.length > 0) return null;
  return page.unassigned.length === 0 ? "scanned" : "unreadable";
}
