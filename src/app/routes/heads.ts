import type { Article, Issue, ManifestPaper, Page, PersonDetail, PersonSummary } from "@/bundle/schema";
import { formatMonth } from "@/app/features/archive/api/calendar";
import { discoveryPaths, paths } from "@/app/config/paths";
import { formatIssueDate, pageLabel } from "@/app/lib/format-date";
import { citationMeta } from "@/app/features/article/api/citation";
import { letterSlug, mostMentioned } from "@/app/features/people/api/index-pages";
import { describe, type Head } from "@/app/lib/head";
import { t } from "@/app/lib/i18n";

/** A paper's Atom feed, as a page's head links it (and as the feed names itself). */
export function feedOf(paper: { id: string; name: string }): NonNullable<Head["feed"]> {
  return { title: `${paper.name} 最新文章`, path: discoveryPaths.feed(paper.id) };
}

/** Heads of the reading routes: what a link preview and a search engine see of each page. */
export function pageHead(issue: Issue, page: Page, files: string[]): Head {
  const titles = page.articles.map((a) => a.title).filter(Boolean);
  return {
    title: `${issue.paper.name} ${formatIssueDate(issue)} ${pageLabel(page)}`,
    description: describe(`本版：${titles.join("；")}`, 150),
    path: paths.page.to(issue.paper.id, issue.date, page.no),
    type: "website",
    preload: files,
    feed: feedOf(issue.paper),
  };
}

export function articleHead(issue: Issue, page: Page, article: Article, files: string[]): Head {
  const path = paths.article.to(issue.paper.id, issue.date, page.no, article.seq);
  const reporters = article.byline?.reporters ?? [];
  return {
    title: article.title || `${issue.paper.name} ${pageLabel(page)} 第${article.seq}篇`,
    description: describe(article.paragraphs.join(""), 110),
    path,
    type: "article",
    preload: files,
    feed: feedOf(issue.paper),
    meta: citationMeta(issue, page, article),
    jsonLd: {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: article.title,
      ...(article.subtitles.length > 0 && { alternativeHeadline: article.subtitles.join(" ") }),
      // An inferred date is not a publication date: it is left out rather than shown as fact.
      ...(!issue.dateApproximate && { datePublished: issue.date }),
      ...(reporters.length > 0 && { author: reporters.map((name) => ({ "@type": "Person", name })) }),
      publisher: { "@type": "Organization", name: issue.paper.name },
      printPage: String(page.no),
      ...(page.name !== null && { printSection: page.name }),
      inLanguage: "zh-CN",
    },
  };
}

export function archiveHead(papers: readonly ManifestPaper[], files: string[]): Head {
  return {
    title: "往期回顾",
    description: describe(`往期报纸：${papers.map((p) => `${p.name}（${p.issues.length}期）`).join("、")}`, 150),
    path: paths.archive.to(),
    type: "website",
    preload: files,
  };
}

export function monthHead(paper: ManifestPaper, month: string, files: string[]): Head {
  const count = paper.issues.filter((i) => i.date.startsWith(month)).length;
  return {
    title: `${paper.name} ${formatMonth(month)} 往期回顾`,
    description: `${paper.name}${formatMonth(month)}共${count}期。`,
    path: paths.month.to(paper.id, month),
    type: "website",
    preload: files,
    feed: feedOf(paper),
  };
}

export function peopleHead(people: readonly PersonSummary[], files: string[]): Head {
  const most = mostMentioned(people).map((p) => p.name);
  return {
    title: "人物",
    description: describe(`报道中出现的 ${people.length} 位人物，报道最多的有：${most.join("、")}`, 150),
    path: paths.people.to(),
    type: "website",
    preload: files,
  };
}

/** One letter's page of a large people index. */
export function peopleLetterHead(letter: string, people: readonly PersonSummary[], files: string[]): Head {
  const listed = people.filter((p) => p.letter === letter);
  return {
    title: `人物 · ${letter}`,
    description: describe(
      `姓名拼音以 ${letter} 开头的 ${listed.length} 位人物：${listed.map((p) => p.name).join("、")}`,
      150,
    ),
    path: paths.peopleLetter.to(letterSlug(letter)),
    type: "website",
    preload: files,
  };
}

export function personHead(summary: PersonSummary, detail: PersonDetail, files: string[]): Head {
  const latest = detail.mentions[0];
  const role = summary.latestRole !== null && summary.latestRole !== "reporter" ? `${summary.latestRole}，` : "";
  return {
    title: summary.name,
    description: describe(
      `${summary.name}：${role}${summary.articleCount}篇报道提及。${latest === undefined ? "" : `最近：${latest.title}`}`,
      150,
    ),
    path: paths.person.to(summary.name),
    type: "website",
    preload: files,
  };
}

/** The search page; with a query (`?q=`), titled with it. */
export function searchHead(q: string, files: string[]): Head {
  return {
    title: q === "" ? "搜索" : `搜索：${q}`,
    description: "搜索全部报纸的标题、正文、图片说明、作者和人物：任意字词都能找到，繁简、全半角通用。",
    path: paths.search.to(),
    type: "website",
    preload: files,
  };
}

/** The generic not-found page (`404.html`). */
export function notFoundHead(status: number): Head {
  return { title: t("notFound.title"), description: t("notFound.text"), path: "/404/", type: "website", status };
}
