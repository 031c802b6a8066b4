import { Link } from "react-router";
import type { Page } from "@/bundle/schema";
import { useT } from "@/app/lib/i18n";

/** 本版标题: every headline of the page, in order, as links. */
export function PageTitles({
  page,
  articlePath,
  active = null,
}: {
  page: Page;
  articlePath: (seq: number) => string;
  /** The article whose region the pointer or focus is on in the page view: its title is marked too. */
  active?: number | null;
}) {
  const t = useT();
  return (
    <>
      <h2 className="section-label">{t("page.titles")}</h2>
      <ol className="mt-2 space-y-2 text-sm" data-content="">
        {page.articles.map((article) => (
          <li key={article.id} className={article.seq === active ? "page-title-active flex gap-2" : "flex gap-2"}>
            <span className="w-6 shrink-0 whitespace-nowrap text-right tabular-nums text-muted" aria-hidden="true">
              {article.seq}.
            </span>
            <Link to={articlePath(article.seq)} className="link-quiet">
              {article.title || t("common.untitled")}
            </Link>
          </li>
        ))}
      </ol>
    </>
  );
}
