import { Link } from "react-router";
import type { Page } from "@/bundle/schema";
import { bundleUrl } from "@/app/lib/fetch-bundle";
import { pageLabel } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";
import { useIsClient } from "@/app/lib/use-is-client";
import "@/app/locales/parts/printed-page";

/**
 * 版面导航 as thumbnails: every page of the issue, its small image (a text page without one shows
 * its number), the current page marked. The prerendered page holds the numbers only: its images
 * are drawn once the app has hydrated it, which is after the page's own image has been painted
 * (the boot waits for it: lib/largest-image.ts), so that the thumbnails never share the network
 * with the page image (on a phone they are within the browser's lazy-loading distance, and so were
 * fetched at once beside it, however `loading="lazy"`) and do not count in its largest paint.
 * Until then each is an empty frame at its image's own ratio (an SVG sized by its viewBox: the CSP
 * allows no style attribute in the prerendered HTML), so that nothing moves when the image comes.
 * Opened by the running app (another page), they are drawn at once. Lazy all the same: on a
 * phone they are below the page.
 */
export function PageThumbs({
  pages,
  current,
  pagePath,
}: {
  pages: readonly Pick<Page, "no" | "name" | "pdf">[];
  current: number;
  pagePath: (no: number) => string;
}) {
  const t = useT();
  const hydrated = useIsClient();
  return (
    <nav aria-label={t("pageView.thumbs")} className="page-thumbs-nav">
      <h2 className="section-label">{t("pageView.thumbs")}</h2>
      <ol className="page-thumbs">
        {pages.map((p) => {
          const thumb = p.pdf?.thumb;
          return (
            <li key={p.no}>
              <Link to={pagePath(p.no)} className="page-thumb" aria-current={p.no === current ? "page" : undefined}>
                {thumb === undefined ? (
                  <span className="page-thumb-blank" aria-hidden="true">
                    {p.no}
                  </span>
                ) : !hydrated ? (
                  <svg className="page-thumb-frame" viewBox={`0 0 ${thumb.width} ${thumb.height}`} aria-hidden="true" />
                ) : (
                  <img
                    src={bundleUrl(thumb.file)}
                    width={thumb.width}
                    height={thumb.height}
                    alt=""
                    loading="lazy"
                    decoding="async"
                  />
                )}
                <span className="page-thumb-label">{pageLabel(p)}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
