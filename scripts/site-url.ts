/** The site origin for a build: FOLIO_SITE_URL, else the local server's address. */
export function siteUrl(): string {
  return (process.env.FOLIO_SITE_URL ?? `http://localhost:${process.env.PORT ?? 4173}`).replace(/\/$/u, "");
}
