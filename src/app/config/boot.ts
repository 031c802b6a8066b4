/** The meta tag in which a prerendered page names the bundle files its app fetches first. */
export const DATA_META = "folio:data";

/** The meta tag in which the built page names the chunks of the app's code, preloaded after the first paint. */
export const MODULES_META = "folio:modules";

/**
 * The meta tag in which a prerendered page names the app's whole style sheet: the page holds only
 * the part of it its markup uses, and the boot loads the whole after the first paint.
 */
export const STYLESHEET_META = "folio:stylesheet";
