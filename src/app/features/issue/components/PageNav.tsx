import { useEffect, useRef } from "react";
import { Link } from "react-router";
import type { PageHead } from "@/bundle/schema";
import { pageLabel } from "@/app/lib/format-date";
import { useLocale, useT } from "@/app/lib/i18n";

/**
 * Previous/next page and the list of the pages with their article counts (版面导航);
 * nothing for a one-page issue. One row whatever the language and the number of pages: the pages
 * are a strip that scrolls sideways when they do not fit (a paper of 20 pages on a phone), with
 * the current page scrolled into it. A row that wrapped moved the page under it when the words
 * changed (an English browser gets "2 articles" where the prerendered page said 2篇).
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
  const strip = useRef<HTMLOListElement>(null);
  // Again when the words change: an English browser's chips are wider than the prerendered ones.
  const locale = useLocale();
  useEffect(() => {
    const list = strip.current;
    const chip = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !chip) return;
    // Scrolls the strip alone (scrollIntoView would scroll the page too): the chip centred if it can be.
    list.scrollLeft = chip.offsetLeft - list.offsetLeft - (list.clientWidth - chip.offsetWidth) / 2;
  }, [current, locale]);
  if (pages.length < 2) return null;
  const index = pages.findIndex((p) => p.no === current);
  const previous = pages[index - 1];
  const next = pages[index + 1];
  return (
    <nav aria-label={t("page.nav")} className="page-nav">
      {previous ? (
        <Link to={pagePath(previous.no)} rel="prev" className="control-button">
          {t("page.prev")}
        </Link>
      ) : (
        <span />
      )}
      <ol ref={strip} className="page-strip">
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
