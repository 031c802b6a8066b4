import type { MouseEvent } from "react";
import { useHref, useNavigate } from "react-router";
import type { Article, PdfPageFacts } from "@/bundle/schema";
import { regionAnchor } from "@/app/config/paths";
import { useT } from "@/app/lib/i18n";

/**
 * The articles of a page image as regions (热区): one SVG over the image, in PDF points
 * (`viewBox` = the page's size, stretched to the image), one link per article named by its
 * headline, in reading order, with a rectangle per box. SVG because a region's place must be in the
 * prerendered HTML and the CSP allows no inline styles: rectangles are attributes, not styles.
 * `:target` (`#region-3`) and `highlight` mark one region.
 */
export function PageRegions({
  articles,
  pdf,
  articlePath,
  highlight,
  onActive,
}: {
  articles: readonly Article[];
  pdf: Pick<PdfPageFacts, "width" | "height">;
  articlePath: (seq: number) => string;
  highlight: number | null;
  onActive?: (seq: number | null) => void;
}) {
  return (
    <svg
      className="page-regions"
      viewBox={`0 0 ${pdf.width} ${pdf.height}`}
      preserveAspectRatio="none"
      focusable="false"
    >
      {articles
        .filter((a) => (a.boxes?.length ?? 0) > 0)
        .map((article) => (
          <Region
            key={article.id}
            article={article}
            to={articlePath(article.seq)}
            highlighted={article.seq === highlight}
            onActive={onActive}
          />
        ))}
    </svg>
  );
}

function Region({
  article,
  to,
  highlighted,
  onActive,
}: {
  article: Article;
  to: string;
  highlighted: boolean;
  onActive: ((seq: number | null) => void) | undefined;
}) {
  const t = useT();
  const href = useHref(to);
  const navigate = useNavigate();
  // A link of the router, as <Link> would be: a plain click navigates in the app; a modified
  // click (new tab) or one the page view cancelled (the end of a drag) is left alone.
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    if (event.altKey) return;
    event.preventDefault();
    void navigate(to);
  };
  const active =
    onActive === undefined
      ? {}
      : {
          onMouseEnter: () => onActive(article.seq),
          onMouseLeave: () => onActive(null),
          onFocus: () => onActive(article.seq),
          onBlur: () => onActive(null),
        };
  return (
    <a
      href={href}
      id={regionAnchor(article.seq)}
      className={highlighted ? "page-region page-region-highlight" : "page-region"}
      aria-label={article.title || t("common.untitled")}
      onClick={onClick}
      {...active}
    >
      {article.boxes!.map(([x, y, width, height], i) => (
        <rect key={i} x={x} y={y} width={width} height={height} />
      ))}
    </a>
  );
}
