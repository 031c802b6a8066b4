import type { DrawnImage, ImageRendition, PageBox, ParsedPage } from "@/bundle/schema";

/**
 * What the bundle writer is handed of the page images (page-image-store.ts draws them): light on
 * purpose, so writing a bundle without PDF pages loads no renderer.
 */
export interface PageImages {
  image: DrawnImage;
  thumb: ImageRendition;
  /** Each photo's crop by its box (`photoKey`); absent when the box lies off the page. */
  photos: ReadonlyMap<string, DrawnImage>;
}

export interface ContentImages {
  /** By `pageImagesKey(file, pdfPage)`. */
  pages: ReadonlyMap<string, PageImages>;
  /** Bundle path (relative to the data folder) → the cached file to copy there. */
  files: ReadonlyMap<string, string>;
  /** Pages and photos drawn by this build, and found in the cache. */
  drawn: { pages: number; photos: number };
  cached: { pages: number; photos: number };
}

export function pageImagesKey(file: string, pdfPage: number): string {
  return `${file}#${pdfPage}`;
}

export function photoKey(box: PageBox): string {
  return box.join(",");
}

/** A page that has no text at all (a scan): its ladder stops at the scan's resolution. */
export function textless(page: ParsedPage): boolean {
  return page.articles.length === 0 && page.unassigned.length === 0 && (page.pdf?.furniture.length ?? 0) === 0;
}

/** The photo boxes of a parsed page, in article order: the crops its images hold. */
export function photoBoxes(page: ParsedPage): PageBox[] {
  return page.articles.flatMap((a) => (a.photos ?? []).map((p) => p.box));
}
