import { Link } from "react-router";
import type { Article, PdfPageFacts } from "@/bundle/schema";
import { bundleUrl } from "@/app/lib/fetch-bundle";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/printed-page";

/**
 * Where an article stands on its printed page: the page's thumbnail with the article's region
 * marked, a link to the page view with that region highlighted (「在版面中查看」). Nothing when the
 * page has no image or the article no region.
 */
export function PageLocator({
  article,
  pdf,
  pageName,
  to,
}: {
  article: Pick<Article, "boxes">;
  pdf: PdfPageFacts;
  pageName: string;
  to: string;
}) {
  const t = useT();
  const thumb = pdf.thumb ?? pdf.image?.sources[0];
  if (thumb === undefined || (article.boxes?.length ?? 0) === 0) return null;
  return (
    <figure className="page-locator no-print">
      <Link to={to} className="page-locator-link">
        <span className="page-locator-page">
          <img src={bundleUrl(thumb.file)} width={thumb.width} height={thumb.height} alt="" loading="lazy" />
          <svg
            className="page-regions"
            viewBox={`0 0 ${pdf.width} ${pdf.height}`}
            preserveAspectRatio="none"
            aria-hidden="true"
          >
            {article.boxes!.map(([x, y, width, height], i) => (
              <rect key={i} className="page-locator-box" x={x} y={y} width={width} height={height} />
            ))}
          </svg>
        </span>
        <span className="page-locator-label">{t("article.viewInPage")}</span>
      </Link>
      <figcaption className="sr-only">{t("article.locator", { page: pageName })}</figcaption>
    </figure>
  );
}
