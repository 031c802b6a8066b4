import { useState } from "react";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Link, useLoaderData, useSearchParams } from "react-router";
import { useSearchHighlights } from "@/app/features/article/api/use-search-highlights";
import { useIsClient } from "@/app/lib/use-is-client";
import { ArticleNav } from "@/app/features/article/components/ArticleNav";
import { gbt7714 } from "@/app/features/article/api/citation";
import { ArticleView } from "@/app/features/article/components/ArticleView";
import { CiteButton } from "@/app/features/article/components/CiteButton";
import { ShareButton } from "@/app/features/article/components/ShareButton";
import { Poster, PosterButton } from "@/app/features/article/components/Poster";
import type { PosterContent } from "@/app/features/article/api/draw-poster";
import { issueQueryOptions } from "@/app/api/bundle-queries";
import { absoluteUrl, paths } from "@/app/config/paths";
import { SITE_URL } from "@/app/config/site";
import { formatIssueDate, pageLabel } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";
import { sharedLink, shownScript } from "@/app/lib/script-choice";
import { articleHead } from "./heads";
import { neighbours, type articleLoader } from "./issue-loaders";
import type { LoaderData } from "@/app/lib/loader-data";

/** One article: the reading view, share, and the way to the neighbours and back to the page. */
export function ArticleRoute() {
  const t = useT();
  const { paperId, entry, pageNo, seq } = useLoaderData<LoaderData<typeof articleLoader>>();
  const { data: issue } = useSuspenseQuery(issueQueryOptions(entry));
  const { previous, current, next } = neighbours(issue, pageNo, seq);
  const { page, article } = current;
  const [params] = useSearchParams();
  const isClient = useIsClient();
  const highlights = useSearchHighlights(article.paragraphs, isClient ? params.get("hl") : null);
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
  const source = (
    <>
      <Link to={pageTo} className="link-quiet">
        {issue.paper.name} · {formatIssueDate(issue)} · {pageLabel(page)}
      </Link>
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
      />
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
