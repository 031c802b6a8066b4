import type { ImageRendition } from "@/bundle/schema";

/**
 * Which rendition of the width ladder to show: the narrowest that is at least as wide as the
 * pixels it fills (`cssWidth × devicePixelRatio`), or the widest when none is. No tile server:
 * a zoomed page asks for a wider rendition of the whole page.
 */
export function chooseRendition(sources: readonly ImageRendition[], pixels: number): ImageRendition {
  const byWidth = [...sources].sort((a, b) => a.width - b.width);
  return byWidth.find((s) => s.width >= pixels) ?? byWidth[byWidth.length - 1]!;
}

/** The `srcset` of a ladder (`url 480w, url 960w, …`), with each file made into a URL. */
export function srcSet(sources: readonly ImageRendition[], url: (file: string) => string): string {
  return sources.map((s) => `${url(s.file)} ${s.width}w`).join(", ");
}
