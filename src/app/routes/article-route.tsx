import { useSuspenseQuery } from "@tanstack/react-query";
import { Link, useLoaderData } from "react-router";
import { ArticleNav } from "@/app/features/article/components/ArticleNav";
import { ArticleView } from "@/app/features/article/components/ArticleView";
import { ShareButton } from "@/app/features/article/components/ShareButton";
import { issueQueryOptions } from "@/app/api/bundle-queries";
import { paths } from "@/app/config/paths";
import { formatIssueDate, pageLabel } from "@/app/lib/format-date";
import { useDocumentTitle } from "@/app/lib/use-document-title";
import { articleHead } from "./heads";
import { neighbours, type articleLoader } from "./issue-loaders";

/** One article: the reading view, share, and the way to the neighbours and back to the page. */
export function ArticleRoute() {
  const { paperId, entry, pageNo, seq } = useLoaderData<Awaited<ReturnType<ReturnType<typeof articleLoader>>>>();
  const { data: issue } = useSuspenseQuery(issueQueryOptions(entry));
  const { previous, current, next } = neighbours(issue, pageNo, seq);
  const { page, article } = current;
  const head = articleHead(issue, page, article, []);
  useDocumentTitle(head);
  const link = (x: typeof previous) =>
    x === null ? null : { article: x.article, to: paths.article.to(paperId, issue.date, x.page.no, x.article.seq) };
  const pageTo = paths.page.to(paperId, issue.date, page.no);
  const source = (
    <>
      <Link to={pageTo} className="link-quiet">
        {issue.paper.name} · {formatIssueDate(issue)} · {pageLabel(page)}
      </Link>
    </>
  );
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <ArticleView article={article} source={source} />
      <div className="reading-measure mx-auto mt-8">
        <ShareButton path={head.path} title={head.title} />
      </div>
      <ArticleNav previous={link(previous)} next={link(next)} pageTo={pageTo} pageName={pageLabel(page)} />
    </div>
  );
}
