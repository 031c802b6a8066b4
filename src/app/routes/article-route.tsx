import { useState } from "react";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Link, useLoaderData, useSearchParams } from "react-router";
import { useSearchHighlights } from "@/app/features/article/api/use-search-highlights";
import { useClientValue } from "@/app/lib/use-is-client";
import { ArticleNav } from "@/app/features/article/components/ArticleNav";
import { gbt7714 } from "@/app/features/article/api/citation";
import { ArticleView } from "@/app/features/article/components/ArticleView";
import { CiteButton } from "@/app/features/article/components/CiteButton";
import { ShareButton } from "@/app/features/article/components/ShareButton";
import { Poster, PosterButton } from "@/app/features/article/components/Poster";
import type { PosterContent } from "@/app/features/article/api/draw-poster";
import type { IssueFile, Jump } from "@/bundle/schema";
import { printedPageCode } from "@/app/features/issue/api/printed-page-code";
import { issueQueryOptions, useIssuePage } from "@/app/api/bundle-queries";
import { absoluteUrl, pageRegionPath, paths } from "@/app/config/paths";
import { SITE_URL } from "@/app/config/site";
import { formatIssueDate, pageLabel } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/article";
import { sharedLink, shownScript } from "@/app/features/reading/api/reading-settings";
import { articleHead } from "./heads";
import { neighbours, type articleLoader } from "./issue-loaders";
import type { LoaderData } from "@/app/lib/loader-data";
import { useKeepIssuePages } from "@/app/features/offline/api/keep-issue-pages";

/** One article: the reading view, share, and the way to the neighbours and back to the page. */
export function ArticleRoute() {
  const t = useT();
  const { paperId, entry, pageNo, seq } = useLoaderData<LoaderData<typeof articleLoader>>();
  const { data: issue } = useSuspenseQuery(issueQueryOptions(entry));
  const { previous, next } = neighbours(issue, pageNo, seq);
  // The page shown, whole (its text loaded by the loader); the neighbours by their headlines.
  const page = useIssuePage(issue, pageNo);
  useKeepIssuePages(issue);
  const article = page.articles.find((a) => a.seq === seq)!;
  const [params] = useSearchParams();
  const highlights = useSearchHighlights(
    article.paragraphs,
    useClientValue(() => params.get("hl"), null),
  );
  const head = articleHead(issue, page, article, []);
  const link = (x: typeof previous) =>
    x === null ? null : { article: x.article, to: paths.article.to(paperId, issue.date, x.page.no, x.article.seq) };
  const pageTo = paths.page.to(paperId, issue.date, page.no);
  const [poster, setPoster] = useState<PosterContent | null>(null);
  // A shared link opens in the script the sender reads (`?script=hant`).
  const shareUrl = () => sharedLink(absoluteUrl(window.location.origin, head.path), shownScript());
  const openPoster = (excerpt: string, quoted: boolean) =>
    setPoster({
      headline: article.title,
      subtitle: article.subtitles[0] ?? null,
      excerpt,
      quoted,
      paperName: issue.paper.name,
      date: formatIssueDate(issue),
      url: shareUrl(),
    });
  const articlePoster = () => openPoster(article.paragraphs.slice(0, 3).join(""), false);
  // A PDF article: its region on the page image, and the way there (「在版面中查看」); the locator's
  // code is the printed page's, which the loader loaded for such a page.
  const PageLocator = printedPageCode()?.PageLocator;
  const onPage =
    page.pdf?.image !== undefined && (article.boxes?.length ?? 0) > 0
      ? pageRegionPath(paperId, issue.date, page.no, article.seq)
      : null;
  const source = (
    <>
      <Link to={pageTo} className="link-quiet">
        {issue.paper.name} · {formatIssueDate(issue)} · {pageLabel(page)}
      </Link>
      {onPage !== null && (
        <>
          {" · "}
          <Link to={onPage} className="view-in-page">
            {t("article.viewInPage")}
          </Link>
        </>
      )}
    </>
  );
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <ArticleView
        article={article}
        source={source}
        highlights={highlights}
        quote={{
          headline: article.title,
          paperName: issue.paper.name,
          date: formatIssueDate(issue),
          url: shareUrl,
        }}
        selectionExtra={(passage) => <PosterButton onClick={() => openPoster(passage.text, true)} />}
        nextOnPage={next !== null && next.page.no === page.no ? link(next)!.to : null}
        jumpPath={(jump) => jumpPath(issue, paperId, jump)}
      />
      {onPage !== null && page.pdf !== undefined && PageLocator !== undefined && (
        <PageLocator article={article} pdf={page.pdf} pageName={pageLabel(page)} to={onPage} />
      )}
      <p className="print-source">
        {t("article.source", {
          paper: issue.paper.name,
          date: formatIssueDate(issue),
          page: pageLabel(page),
          url: absoluteUrl(SITE_URL, head.path),
        })}
      </p>
      <div className="reading-measure no-print mx-auto mt-8 flex flex-wrap items-start gap-2">
        <ShareButton url={shareUrl} title={head.title} onPoster={articlePoster} />
        <PosterButton onClick={articlePoster} />
        <CiteButton citation={gbt7714(issue, page, article)} url={shareUrl} />
      </div>
      {poster !== null && <Poster content={poster} onClose={() => setPoster(null)} />}
      <ArticleNav previous={link(previous)} next={link(next)} pageTo={pageTo} pageName={pageLabel(page)} />
    </div>
  );
}

/**
 * Where a jump line leads: the other part of the article when the build linked it
 * (`jump.article`), else the page it names when the issue has it (the build did not find the part:
 * the reader is not to guess it), else nowhere.
 */
function jumpPath(issue: IssueFile, paperId: string, jump: Jump): string | null {
  const [pageNo, seq] = (jump.article ?? "").split("-").map(Number);
  if (issue.pages.some((p) => p.no === pageNo && p.articles.some((a) => a.seq === seq)))
    return paths.article.to(paperId, issue.date, pageNo!, seq!);
  return issue.pages.some((p) => p.no === jump.page) ? paths.page.to(paperId, issue.date, jump.page) : null;
}
