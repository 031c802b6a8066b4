import type {
  Article,
  IssueFile,
  ManifestPaper,
  Page,
  PeopleIndex,
  PersonDetail,
  PersonSummary,
  YearIndex,
} from "@/bundle/schema";
import { formatMonth, formatYear, monthOf } from "@/app/features/archive/api/calendar";
import { discoveryPaths, paths } from "@/app/config/paths";
import { formatIssueDate, pageLabel } from "@/app/lib/format-date";
import { citationMeta } from "@/app/features/article/api/citation";
import { letterSlug, mostMentioned } from "@/app/features/people/api/index-pages";
import { describe, type Head } from "@/app/lib/head";
import { previewImage, type PreviewCard, type PreviewImage } from "@/app/lib/preview-image";
import { t } from "@/app/lib/i18n";

/** A paper's Atom feed, as a page's head links it (and as the feed names itself). */
export function feedOf(paper: { id: string; name: string }): NonNullable<Head["feed"]> {
  return { title: `${paper.name} 最新文章`, path: discoveryPaths.feed(paper.id) };
}

/**
 * The preview card of a printed page: its masthead and its headlines, lead first. One card per
 * page, shared by the page's routes and by every article on it that has no photo of its own: an
 * article's card would repeat its headline, which the preview already shows as its title, while
 * the page is what the article has to show beyond it (as the printed page's scan will be, once
 * the bundle has one). So cards grow with pages (about 280 for a month of People's Daily), not with
 * articles (about 3,150), and a card is redrawn only when its page's headlines change.
 */
export function pagePreviewCard(issue: IssueFile, page: Page): PreviewCard {
  const lead = page.articles[0];
  return {
    paperName: issue.paper.name,
    date: formatIssueDate(issue),
    section: pageLabel(page),
    headlines: page.articles.map((a) => a.title).filter(Boolean),
    standfirst: lead === undefined ? "" : describe(lead.subtitles.join(" ") || lead.paragraphs.join(""), 120),
  };
}

function pageImage(issue: IssueFile, page: Page): PreviewImage {
  const card = pagePreviewCard(issue, page);
  // A list cut short ends "…等", not on a bare separator.
  const alt = describe(`${card.paperName} ${card.date} ${card.section}：${card.headlines.join("；")}`, 150).replace(
    /；$/u,
    "等",
  );
  // An article passes its own photo here once the bundle has photos; a page card until then.
  return previewImage(undefined, card, alt);
}

/** Heads of the reading routes: what a link preview and a search engine see of each page. */
export function pageHead(issue: IssueFile, page: Page, files: string[]): Head {
  const titles = page.articles.map((a) => a.title).filter(Boolean);
  return {
    title: `${issue.paper.name} ${formatIssueDate(issue)} ${pageLabel(page)}`,
    description: describe(`本版：${titles.join("；")}`, 150),
    path: paths.page.to(issue.paper.id, issue.date, page.no),
    type: "website",
    preload: files,
    feed: feedOf(issue.paper),
    image: pageImage(issue, page),
  };
}

export function articleHead(issue: IssueFile, page: Page, article: Article, files: string[]): Head {
  const path = paths.article.to(issue.paper.id, issue.date, page.no, article.seq);
  const reporters = article.byline?.reporters ?? [];
  return {
    title: article.title || `${issue.paper.name} ${pageLabel(page)} 第${article.seq}篇`,
    description: describe(article.paragraphs.join(""), 110),
    path,
    type: "article",
    preload: files,
    feed: feedOf(issue.paper),
    image: pageImage(issue, page),
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
    description: describe(`往期报纸：${papers.map((p) => `${p.name}（${p.issueCount}期）`).join("、")}`, 150),
    path: paths.archive.to(),
    type: "website",
    preload: files,
  };
}

export function monthHead(paper: ManifestPaper, year: YearIndex, month: string, files: string[]): Head {
  const count = year.issues.filter((i) => i.date.startsWith(month)).length;
  return {
    title: `${paper.name} ${formatMonth(month)} 往期回顾`,
    description: `${paper.name}${formatMonth(month)}共${count}期。`,
    path: paths.month.to(paper.id, month),
    type: "website",
    preload: files,
    feed: feedOf(paper),
  };
}

export function yearHead(paper: ManifestPaper, year: YearIndex, files: string[]): Head {
  const months = new Set(year.issues.map((i) => monthOf(i.date))).size;
  return {
    title: `${paper.name} ${formatYear(year.year)} 往期回顾`,
    description: `${paper.name}${formatYear(year.year)}共${year.issues.length}期，分布在${months}个月。`,
    path: paths.year.to(paper.id, year.year),
    type: "website",
    preload: files,
    feed: feedOf(paper),
  };
}

export function peopleHead(index: PeopleIndex, files: string[]): Head {
  const most = mostMentioned(index.people).map((p) => p.name);
  return {
    title: "人物",
    description: describe(`报道中出现的 ${index.peopleCount} 位人物，报道最多的有：${most.join("、")}`, 150),
    path: paths.people.to(),
    type: "website",
    preload: files,
  };
}

/** One letter's page (or one part of it) of a large people index. */
export function peopleLetterHead(
  letter: string,
  listed: { count: number; part: number; people: readonly PersonSummary[] },
  files: string[],
): Head {
  const from = listed.part > 1 ? `（第 ${listed.part} 页）` : "";
  return {
    title: `人物 · ${letter}${listed.part > 1 ? ` · ${listed.part}` : ""}`,
    description: describe(
      `姓名拼音以 ${letter} 开头的 ${listed.count} 位人物${from}：${listed.people.map((p) => p.name).join("、")}`,
      150,
    ),
    path: paths.peopleLetterPart.to(letterSlug(letter), listed.part),
    type: "website",
    preload: files,
  };
}

export function personHead(summary: PersonDetail, files: string[]): Head {
  const latest = summary.mentions[0];
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
