/**
 * The site's public origin (FOLIO_SITE_URL at build time): canonical links, Open Graph URLs and the
 * URL printed under an article all use it, so the prerender and the client agree.
 */
export const SITE_URL: string = (import.meta.env?.VITE_FOLIO_SITE_URL ?? "http://localhost:4173").replace(/\/$/u, "");
