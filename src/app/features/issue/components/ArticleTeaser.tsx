import { Link } from "react-router";
import type { Article } from "@/bundle/schema";
import { useT } from "@/app/lib/i18n";

/** One article on the page layout: headline, subtitle, byline and its opening lines. */
export function ArticleTeaser({ article, to, lead = false }: { article: Article; to: string; lead?: boolean }) {
  const t = useT();
  const opening = lead ? article.paragraphs.slice(0, 2) : article.paragraphs.slice(0, 1);
  return (
    <article
      className={lead ? "teaser teaser-lead" : "teaser"}
      aria-labelledby={`teaser-${article.id}`}
      data-content=""
    >
      {article.kicker !== undefined && <p className="kicker text-sm">{article.kicker}</p>}
      <h2 id={`teaser-${article.id}`} className={lead ? "headline text-2xl sm:text-3xl" : "headline text-lg"}>
        <Link to={to} className="teaser-link">
          {article.title || t("common.untitled")}
        </Link>
      </h2>
      {article.subtitles.map((subtitle) => (
        <p key={subtitle} className={lead ? "subtitle text-lg" : "subtitle text-sm"}>
          {subtitle}
        </p>
      ))}
      {article.byline !== null && (
        // The names; an author without one (本报评论员) as printed.
        <p className="mt-1 text-xs text-muted">{article.byline.reporters.join(" ") || article.byline.raw}</p>
      )}
      {opening.map((paragraph, i) => (
        <p key={i} className={lead ? "teaser-text line-clamp-6" : "teaser-text line-clamp-3"}>
          {paragraph}
        </p>
      ))}
    </article>
  );
}
