import { Link } from "react-router";
import type { Page } from "@/bundle/schema";
import { bundleUrl } from "@/app/lib/fetch-bundle";
import { pageLabel } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/printed-page";

/**
 * 版面导航 as thumbnails: every page of the issue, its small image (a text page without one shows
 * its number), the current page marked. Images are lazy: they are below the page.
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
