import * as z from "zod/mini";

/**
 * The bundle schema: the one definition of what ingest writes and the app reads. Ingest validates
 * against it before writing; the app validates every file after fetching it (see `restore.ts`).
 * Built with zod/mini so that the app's first view pays a few kB for it, not the full zod.
 */
export const BUNDLE_VERSION = 1;

const lineNumber = z.number().check(z.int(), z.positive());
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u, "a date as YYYY-MM-DD"));
/** Ids become URL segments people share: lower-case letters, digits and dashes. */
const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/u, "lower-case letters, digits and dashes"));

export const personSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** The titles the text gives the person in this article, in order; `reporter` for credits. */
  roles: z.array(z.string()),
});

export const bylineSchema = z.object({
  /** The byline as printed (`■ 通讯员 郑伟业`), or the credit after a dateline (`（记者 张三）`). */
  raw: z.string(),
  reporters: z.array(z.string()),
});

/**
 * A rectangle on a printed page: `[x, y, width, height]` in PDF points from the page's top-left
 * corner (PDF pages only).
 */
export const pageBoxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);

/** A photo an article prints: where it stands on the page and its caption, if it has one. */
export const photoSchema = z.object({
  box: pageBoxSchema,
  caption: z.nullable(z.string()),
});

/** A jump line kept with its article: `（下转第2版）` continues to page 2, `（上接第1版）` comes from page 1. */
export const jumpSchema = z.object({
  raw: z.string(),
  direction: z.enum(["to", "from"]),
  page: z.number().check(z.int(), z.positive()),
});

/** One article as the parser reads it off a page. Texts keep only meaningful spaces. */
export const parsedArticleSchema = z.object({
  seq: z.number().check(z.int(), z.positive()),
  title: z.string(),
  subtitles: z.array(z.string()),
  /**
   * Editorial notes printed with the headline, as printed (`（附图片１张）`, `（图片）`): split off the
   * title so it reads clean, kept so nothing printed is lost. Optional (absent when there are none)
   * so that bundles without it stay valid: an additive change, no version bump.
   */
  titleNotes: z.optional(z.array(z.string())),
  /**
   * The PDF parser's additions, all optional so that text pages and older bundles stay valid: the
   * kicker (引题) printed above the title; the article's region on the page as boxes; its photos;
   * its jump lines.
   */
  kicker: z.optional(z.string()),
  boxes: z.optional(z.array(pageBoxSchema)),
  photos: z.optional(z.array(photoSchema)),
  jumps: z.optional(z.array(jumpSchema)),
  byline: z.nullable(bylineSchema),
  paragraphs: z.array(z.string()),
  caption: z.nullable(z.string()),
  people: z.array(personSchema),
  /** First and last line of the article in the page text, for tracing any output to its source. */
  sourceLines: z.tuple([lineNumber, lineNumber]),
});

/** Text the parser could not place in an article, kept with where it came from and why. */
export const unassignedSchema = z.object({
  lines: z.tuple([lineNumber, lineNumber]),
  text: z.string(),
  warning: z.string(),
});

export const parseWarningSchema = z.object({
  lines: z.tuple([lineNumber, lineNumber]),
  message: z.string(),
});

/**
 * Page furniture: what a printed page carries that is no article (the page header, the 责任编辑
 * line, a banner: a headline over no text of its own, such as a series title).
 */
export const furnitureSchema = z.object({
  kind: z.enum(["header", "editor", "banner"]),
  text: z.string(),
  box: pageBoxSchema,
});

/** What a PDF page says of itself; each field null when the page does not print it. */
export const printedFactsSchema = z.object({
  paper: z.nullable(z.string()),
  date: z.nullable(isoDate),
  pageNo: z.nullable(z.number().check(z.int(), z.positive())),
  pageName: z.nullable(z.string()),
});

/** A PDF page's geometry and what it prints besides articles. */
export const pdfPageFactsSchema = z.object({
  width: z.number().check(z.positive()),
  height: z.number().check(z.positive()),
  furniture: z.array(furnitureSchema),
  printed: printedFactsSchema,
});

export const parsedPageSchema = z.object({
  articles: z.array(parsedArticleSchema),
  unassigned: z.array(unassignedSchema),
  warnings: z.array(parseWarningSchema),
  /** Present when the page was read from a PDF. */
  pdf: z.optional(pdfPageFactsSchema),
});

export const articleSchema = z.extend(parsedArticleSchema, {
  /** `<page>-<seq>`: with the paper and the date, the article's address. */
  id: z.string().check(z.regex(/^\d+-\d+$/u, "<page>-<seq>")),
});

export const pageSchema = z.object({
  no: z.number().check(z.int(), z.positive()),
  /** The page's name (版名) from the issue's metadata; null when the metadata has none. */
  name: z.nullable(z.string()),
  articles: z.array(articleSchema),
  unassigned: z.array(unassignedSchema),
  /** A page read from a PDF: its size in points, its furniture and what it prints of itself. */
  pdf: z.optional(pdfPageFactsSchema),
});

/** Paper ids are the first segment of the app's URLs: these ones the app uses itself. */
export const RESERVED_PAPER_IDS: readonly string[] = [
  "people",
  "search",
  "archive",
  "data",
  "assets",
  "offline",
  "404",
];

export const paperSchema = z.object({
  id: slug.check(z.refine((id) => !RESERVED_PAPER_IDS.includes(id), "a reserved path segment, not a paper id")),
  name: z.string().check(z.minLength(1)),
  /** Why the name is what it is, when it is not printed on the pages (a supplied title). */
  nameNote: z.nullable(z.string()),
});

export const issueDateSchema = z.object({
  date: isoDate,
  /** True when the date is inferred, not printed: the app must never show it as fact. */
  dateApproximate: z.boolean(),
  dateNote: z.nullable(z.string()),
});

export const issueSchema = z.extend(issueDateSchema, {
  type: z.literal("folio/issue"),
  version: z.literal(BUNDLE_VERSION),
  paper: paperSchema,
  pages: z.array(pageSchema).check(z.minLength(1)),
});

export const pageSummarySchema = z.object({
  no: z.number().check(z.int(), z.positive()),
  name: z.nullable(z.string()),
  articleCount: z.number().check(z.int(), z.nonnegative()),
});

export const issueEntrySchema = z.extend(issueDateSchema, {
  /** Path of the issue file, relative to the manifest; content-hashed, so immutable. */
  file: z.string().check(z.regex(/^[a-z0-9/._-]+\.json$/u, "a relative .json path")),
  pages: z.array(pageSummarySchema),
});

export const manifestSchema = z.object({
  type: z.literal("folio/manifest"),
  version: z.literal(BUNDLE_VERSION),
  /** The people index file (relative path), when the bundle has one. */
  people: z.optional(z.string().check(z.regex(/^[a-z0-9/._-]+\.json$/u, "a relative .json path"))),
  /** The search index's entry file (relative path; its other files sit beside it), when there is one. */
  search: z.optional(z.string().check(z.regex(/^[a-z0-9/._-]+\.json$/u, "a relative .json path"))),
  papers: z.array(
    z.extend(paperSchema, {
      /** The paper home shows. Exactly one paper is the default. */
      isDefault: z.boolean(),
      /** Newest first. */
      issues: z.array(issueEntrySchema),
    }),
  ),
});

export type Person = z.infer<typeof personSchema>;
export type Byline = z.infer<typeof bylineSchema>;
export type ParsedArticle = z.infer<typeof parsedArticleSchema>;
export type Unassigned = z.infer<typeof unassignedSchema>;
export type ParseWarning = z.infer<typeof parseWarningSchema>;
export type ParsedPage = z.infer<typeof parsedPageSchema>;
export type PageBox = z.infer<typeof pageBoxSchema>;
export type Photo = z.infer<typeof photoSchema>;
export type Jump = z.infer<typeof jumpSchema>;
export type Furniture = z.infer<typeof furnitureSchema>;
export type PrintedFacts = z.infer<typeof printedFactsSchema>;
export type PdfPageFacts = z.infer<typeof pdfPageFactsSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Page = z.infer<typeof pageSchema>;
export type Paper = z.infer<typeof paperSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type IssueEntry = z.infer<typeof issueEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestPaper = Manifest["papers"][number];

/**
 * The people index: everyone the bundle's articles mention, built at ingest. `index` lists them in
 * pinyin order for the 人物 page (with what its filter matches); each person's details (titles held,
 * mentions with their sentence, people mentioned with them) are in a shard per initial letter.
 */
export const personSummarySchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** Toneless pinyin by syllable, surname readings for the surname (`zeng mei qing`). */
  pinyin: z.string(),
  /** First letters of the syllables (`zmq`). */
  initials: z.string(),
  /** A–Z, or `#` for a name that starts with no Latin letter in pinyin. */
  letter: z.string().check(z.regex(/^[A-Z#]$/u)),
  /** The title given in the newest article that gives one (`reporter` for a bylined reporter). */
  latestRole: z.nullable(z.string()),
  articleCount: z.number().check(z.int(), z.positive()),
});

export const mentionSchema = z.object({
  paperId: slug,
  paperName: z.string(),
  date: isoDate,
  dateApproximate: z.boolean(),
  page: z.number().check(z.int(), z.positive()),
  seq: z.number().check(z.int(), z.positive()),
  title: z.string(),
  roles: z.array(z.string()),
  /** The sentence that mentions the person, and where the name stands in it. */
  sentence: z.string(),
  highlights: z.array(z.tuple([z.number().check(z.int()), z.number().check(z.int())])),
});

export const personDetailSchema = z.object({
  name: z.string(),
  /** Every article that mentions the person, newest first. */
  mentions: z.array(mentionSchema),
  /** The people most often mentioned in the same articles, most first. */
  together: z.array(z.object({ name: z.string(), articles: z.number().check(z.int(), z.positive()) })),
});

export const peopleIndexSchema = z.object({
  type: z.literal("folio/people"),
  version: z.literal(BUNDLE_VERSION),
  people: z.array(personSummarySchema),
  /** The shard file (relative to the manifest) holding the details of the people under each letter. */
  shards: z.record(z.string().check(z.regex(/^[A-Z#]$/u)), z.string()),
});

export const peopleShardSchema = z.object({
  type: z.literal("folio/people-shard"),
  version: z.literal(BUNDLE_VERSION),
  people: z.array(personDetailSchema),
});

export type PersonSummary = z.infer<typeof personSummarySchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type PersonDetail = z.infer<typeof personDetailSchema>;
export type PeopleIndex = z.infer<typeof peopleIndexSchema>;
export type PeopleShard = z.infer<typeof peopleShardSchema>;
