import type { Page } from "@/bundle/schema";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/printed-page";
import { pageNotice } from "../api/page-notice";

/**
 * Says why a PDF page has no articles: a scanned page (no text layer yet: its image only) or a
 * page whose text could not be read (fonts without a Unicode map: kept aside, never shown as
 * articles). Nothing for a page with articles.
 */
export function PageNoticeText({ page }: { page: Pick<Page, "articles" | "unassigned" | "pdf"> }) {
  const t = useT();
  const notice = pageNotice(page);
  if (notice === null) return null;
  return (
    <p className="page-notice" role="note">
      {notice === "scanned" ? t("pageView.scanned") : t("pageView.unreadable")}
    </p>
  );
}
