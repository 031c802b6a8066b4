import { Link } from "react-router";
import type { PageHead } from "@/bundle/schema";
import { pageLabel } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";

/**
 * Previous/next page and the list of the pages with their article counts (版面导航);
 * nothing for a one-page issue.
 */
export function PageNav({
  pages,
  current,
  pagePath,
}: {
  pages: readonly Pick<PageHead, "no" | "name" | "articles">[];
  current: number;
  pagePath: (no: number) => string;
}) {
  const t = useT();
  if (pages.length < 2) return null;
  const index = pages.findIndex((p) => p.no === current);
  const previous = pages[index - 1];
  const next = pages[index + 1];
  return (
    <nav
      aria-label={t("page.nav")}
      className="my-4 flex flex-wrap items-center justify-between gap-2 border-y border-rule py-2 text-sm"
    >
      {previous ? (
        <Link to={pagePath(previous.no)} rel="prev" className="control-button">
          {t("page.prev")}
        </Link>
      ) : (
        <span />
      )}
      <ol className="flex flex-wrap justify-center gap-1">
        {pages.map((p) => (
          <li key={p.no}>
            <Link
              to={pagePath(p.no)}
              aria-current={p.no === current ? "page" : undefined}
              className="page-chip"
              title={pageLabel(p)}
            >
              <span>{t("page.chip", { no: p.no })}</span>
              <span className="page-chip-count">{t("common.articleCount", { count: p.articles.length })}</span>
            </Link>
          </li>
        ))}
      </ol>
      {next ? (
        <Link to={pagePath(next.no)} rel="next" className="control-button">
          {t("page.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
