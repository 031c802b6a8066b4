import type { Page } from "@/bundle/schema";
import type * as PrintedPageModule from "../components/printed-page-code";

/**
 * The printed page's code (page image, regions, zoom, thumbnails, the article's page locator) is
 * a chunk of its own: text pages never load it. A route's loader awaits it for a page drawn from
 * a PDF (`loadPrintedPageCode`), on the server as in the browser, so the component has it at once
 * (`printedPageCode`) and hydrates what the prerender wrote; a lazy component would suspend first.
 */
type PrintedPageCode = typeof PrintedPageModule;

let loaded: PrintedPageCode | null = null;

/** Whether a page shows its image (and needs this code). */
export const hasPageImage = (page: Pick<Page, "pdf">): boolean => page.pdf?.image !== undefined;

export async function loadPrintedPageCode(): Promise<PrintedPageCode> {
  loaded ??= await import("../components/printed-page-code");
  return loaded;
}

/** The code, once a loader has loaded it; null before. */
export function printedPageCode(): PrintedPageCode | null {
  return loaded;
}
