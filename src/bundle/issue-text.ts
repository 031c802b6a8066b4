import { BUNDLE_VERSION, type Issue, type IssueFile, type Page, type PageHead, type PageText } from "./schema";

/**
 * An issue on disk (version 4) is its file — the pages and their headlines — and one text file per
 * page (the articles' paragraphs and the unassigned text): a view fetches the issue file and the
 * page it shows. Ingest splits a built issue this way; the app and the prerender join a page's
 * head and text back into the `Page` the views show. A version-3 issue file holds its text inline
 * (a page without `text`): joined as it is.
 */

/** A page's text file's content. */
export function pageText(page: Page): PageText {
  return {
    type: "folio/page-text",
    version: BUNDLE_VERSION,
    paragraphs: page.articles.map((a) => a.paragraphs),
    unassigned: page.unassigned,
  };
}

/** A page as the issue file lists it, its text in the file `text`. */
export function pageHead(page: Page, text: string): PageHead {
  const { unassigned: _unassigned, ...rest } = page;
  return { ...rest, articles: page.articles.map(({ paragraphs: _paragraphs, ...article }) => article), text };
}

/** The page a view shows: its head with its text (`text` null for a page whose text is inline). */
export function joinPage(head: PageHead, text: PageText | null): Page {
  const { text: file, unassigned, ...rest } = head;
  if (file === undefined) {
    return {
      ...rest,
      articles: head.articles.map((a) => ({ ...a, paragraphs: a.paragraphs! })),
      unassigned: unassigned!,
    };
  }
  if (text === null || text.paragraphs.length !== head.articles.length) {
    throw new Error(
      `page ${head.no}'s text file ${file} ${text === null ? "was not given" : `has ${text.paragraphs.length} articles' paragraphs for ${head.articles.length} articles`}`,
    );
  }
  return {
    ...rest,
    articles: head.articles.map((a, i) => ({ ...a, paragraphs: text.paragraphs[i]! })),
    unassigned: text.unassigned,
  };
}

/** The whole issue from its file and its pages' text files (read by `readText`). */
export function joinIssue(file: IssueFile, readText: (path: string) => PageText): Issue {
  return {
    ...file,
    pages: file.pages.map((head) => joinPage(head, head.text === undefined ? null : readText(head.text))),
  };
}
