import type { DrawnImage, ImageRendition, PageBox } from "@/bundle/schema";

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
