import { useSuspenseQuery } from "@tanstack/react-query";
import { useLoaderData } from "react-router";
import { issueQueryOptions, useIssuePage, yearQueryOptions } from "@/app/api/bundle-queries";
import { neighbourIssues } from "@/app/features/archive/api/archive-navigation";
import { monthOf } from "@/app/features/archive/api/calendar";
import { IssueSwitcher } from "@/app/features/archive/components/IssueSwitcher";
import { SaveIssueButton } from "@/app/features/offline/components/SaveIssueButton";
import { IssueMasthead } from "@/app/features/issue/components/IssueMasthead";
import { PageLayout } from "@/app/features/issue/components/PageLayout";
import { PageNav } from "@/app/features/issue/components/PageNav";
import { printedPageCode } from "@/app/features/issue/api/printed-page-code";
import { updateReadingSettings, useReadingSetting } from "@/app/features/reading/api/reading-settings";
import { paths } from "@/app/config/paths";
import type { homeLoader, pageLoader } from "./issue-loaders";
import type { LoaderData } from "@/app/lib/loader-data";
import { useKeepIssuePages } from "@/app/features/offline/api/keep-issue-pages";

const setPageView = (pageView: "image" | "text") => updateReadingSettings({ pageView });

/** Home and page routes: an issue's page laid out as a newspaper page. */
export function PageRoute() {
  const { paperId, entry, yearFile, pageNo } = useLoaderData<
    LoaderData<typeof pageLoader> | LoaderData<typeof homeLoader>
  >();
  const { data: issue } = useSuspenseQuery(issueQueryOptions(entry));
  const { data: year } = useSuspenseQuery(yearQueryOptions({ file: yearFile }));
  const { older, newer } = neighbourIssues(year, issue.date);
  const page = useIssuePage(issue, pageNo);
  useKeepIssuePages(issue);
  const pageView = useReadingSetting("pageView");
  const articlePath = (seq: number) => paths.article.to(paperId, issue.date, page.no, seq);
  const pagePath = (no: number) => paths.page.to(paperId, issue.date, no);
  // A page drawn from its PDF shows its image; a text page (and a PDF page built before page
  // images existed) its layout as text.
  const image = page.pdf?.image;
  // Loaded by the route's loader for such a page (a chunk text pages never fetch).
  const PrintedPage = printedPageCode()?.PrintedPage;
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <IssueMasthead paper={issue.paper} issue={issue} page={page} headingLevel="h1" />
      <IssueSwitcher
        older={older}
        newer={newer}
        issuePath={(date) => paths.issue.to(paperId, date)}
        calendarPath={paths.month.to(paperId, monthOf(issue.date))}
      >
        <SaveIssueButton paperId={paperId} entry={entry} issue={issue} />
      </IssueSwitcher>
      <PageNav pages={issue.pages} current={page.no} pagePath={pagePath} />
      {image === undefined || page.pdf === undefined || PrintedPage === undefined ? (
        <PageLayout page={page} articlePath={articlePath} />
      ) : (
        <PrintedPage
          page={{ ...page, pdf: page.pdf }}
          image={image}
          pages={issue.pages}
          view={pageView}
          onView={setPageView}
          articlePath={articlePath}
          pagePath={pagePath}
        />
      )}
    </div>
  );
}
