/** The meta tag in which a prerendered page names the bundle files its app fetches first. */
export const DATA_META = "folio:data";
