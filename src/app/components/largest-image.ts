/**
 * The attributes of the image a prerendered page paints largest, its LCP (`<img {...largestImage}>`:
 * the printed page's image, a PDF article's first photo; one a page): fetched at once and before the
 * app's code (`fetchpriority`; React also preloads it), and reported when it is painted
 * (`elementtiming`, Chromium's Element Timing): the boot starts the app only then
 * (`lib/largest-image.ts`), so that the image has the network to itself. It is decoded for the
 * frame that paints it (`decoding="sync"`, not `async` as the page's other images): an image that
 * has arrived by the first paint is painted with the text instead of a frame or more later, and
 * Lighthouse counts in the LCP everything that loaded or ran before it was painted.
 */
export const largestImage = { fetchPriority: "high", elementtiming: "largest-image", decoding: "sync" } as const;
