/**
 * The attributes of the image a prerendered page paints largest, its LCP (`<img {...largestImage}>`:
 * the printed page's image, a PDF article's first photo; one a page): fetched at once and before the
 * app's code (`fetchpriority`; React also preloads it), and reported when it is painted
 * (`elementtiming`, Chromium's Element Timing): the boot starts the app only then
 * (`lib/largest-image.ts`), so that the image has the network to itself.
 */
export const largestImage = { fetchPriority: "high", elementtiming: "largest-image" } as const;
