import { useEffect, useState } from "react";
import { useLocation } from "react-router";
import type { DrawnImage, Page, PageHead, PdfPageFacts } from "@/bundle/schema";
import { regionOfHash } from "@/app/config/paths";
import { pageLabel } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/printed-page";
import { useClientValue } from "@/app/lib/use-is-client";
import { PageLayout } from "./PageLayout";
import { PageNoticeText } from "./PageNoticeText";
import { PageThumbs } from "./PageThumbs";
import { PageTitles } from "./PageTitles";
import { PageViewer } from "./PageViewer";

export type PrintedPageView = "image" | "text";

/**
 * A page drawn from its PDF, as an e-paper shows it: the page image with its articles as regions
 * beside 本版标题 and the page thumbnails (版面导航), or, one toggle away, the page as text
 * (`PageLayout`). Both views are in the HTML; which one shows is `data-page-view` on <html> (set
 * before first paint from the reader's stored choice, see features/reading), so a prerendered page
 * opens in the chosen view. A `#region-<seq>` fragment highlights that article's region.
 */
export function PrintedPage({
  page,
  image,
  pages,
  view,
  onView,
  articlePath,
  pagePath,
}: {
  page: Page & { pdf: PdfPageFacts };
  image: DrawnImage;
  pages: readonly PageHead[];
  view: PrintedPageView;
  onView: (view: PrintedPageView) => void;
  articlePath: (seq: number) => string;
  pagePath: (no: number) => string;
}) {
  const t = useT();
  const { hash } = useLocation();
  const highlight = useClientValue(() => regionOfHash(hash), null);
  const [active, setActive] = useState<number | null>(null);
  // 「在版面中查看」 asks for the image, whatever the reader last chose.
  useEffect(() => {
    if (highlight !== null && view !== "image") onView("image");
  }, [highlight, view, onView]);
  // In each view's own toolbar: only one of the two is shown.
  const toggle = (
    <div className="view-toggle" role="group" aria-label={t("pageView.toggle")}>
      <button type="button" aria-pressed={view === "image"} onClick={() => onView("image")}>
        {t("pageView.image")}
      </button>
      <button type="button" aria-pressed={view === "text"} onClick={() => onView("text")}>
        {t("pageView.text")}
      </button>
    </div>
  );
  return (
    <div className="printed-page">
      <div className="printed-image-view">
        <div className="printed-grid">
          <div className="printed-main">
            <PageViewer
              image={image}
              pdf={page.pdf}
              articles={page.articles}
              articlePath={articlePath}
              highlight={highlight}
              label={t("pageView.imageAlt", { page: pageLabel(page) })}
              onActive={setActive}
              toolbar={toggle}
            >
              <PageNoticeText page={page} />
            </PageViewer>
          </div>
          <div className="printed-aside">
            {page.articles.length > 0 && <PageTitles page={page} articlePath={articlePath} active={active} />}
            <PageThumbs pages={pages} current={page.no} pagePath={pagePath} />
          </div>
        </div>
      </div>
      <div className="printed-text-view">
        {toggle}
        <PageNoticeText page={page} />
        {page.articles.length > 0 && <PageLayout page={page} articlePath={articlePath} />}
      </div>
    </div>
  );
}
