import * as z from "zod/mini";

/**
 * The bundle schema: the one definition of what ingest writes and the app reads. Ingest validates
 * against it before writing; the app validates every file after fetching it (see `restore.ts`).
 * Built with zod/mini so that the app's first view pays a few kB for it, not the full zod.
 */
export const BUNDLE_VERSION = 5;

/**
 * Shared pieces: a schema object is built once and used wherever the same check applies (zod builds
 * each object as this module is evaluated, which the app's first view pays for on a slow phone).
 */
const positiveInt = z.number().check(z.int(), z.positive());
const text = z.string();
const texts = z.array(text);
const nonEmptyText = z.string().check(z.minLength(1));
const currentVersion = z.literal(BUNDLE_VERSION);
/** The letter a name files under: A–Z, or `#`. */
const nameLetter = z.string().check(z.regex(/^[A-Z#]$/u));
const lineNumber = positiveInt;
const lineRange = z.tuple([lineNumber, lineNumber]);
/** An article's id: `<page>-<seq>`. */
const articleId = z.string().check(z.regex(/^\d+-\d+$/u, "<page>-<seq>"));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u, "a date as YYYY-MM-DD"));
const count = z.number().check(z.int(), z.nonnegative());
const relativeJson = z.string().check(z.regex(/^[a-z0-9/._-]+\.json$/u, "a relative .json path"));
const relativeImage = z.string().check(z.regex(/^[a-z0-9/._-]+\.(webp|avif|jpg|png)$/u, "a relative image path"));
const pixels = positiveInt;
/** Ids become URL segments people share: lower-case letters, digits and dashes. */
const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/u, "lower-case letters, digits and dashes"));

export const personSchema = z.object({
  name: nonEmptyText,
  /** The titles the text gives the person in this article, in order; `reporter` for credits. */
  roles: texts,
});

export const bylineSchema = z.object({
  /** The byline as printed (`■ 通讯员 郑伟业`), or the credit after a dateline (`（记者 张三）`). */
  raw: text,
  reporters: texts,
});

/**
 * A rectangle on a printed page: `[x, y, width, height]` in PDF points from the page's top-left
 * corner (PDF pages only).
 */
export const pageBoxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);

/**
 * One rendition of an image the build drew from a PDF page: its file (relative to the manifest,
 * like issue files; content-hashed, so immutable), its size in pixels and its type.
 */
export const imageRenditionSchema = z.object({
  file: relativeImage,
  width: pixels,
  height: pixels,
  type: z.enum(["image/webp", "image/avif", "image/jpeg", "image/png"]),
});

/**
 * An image drawn from a PDF page at build (the page itself, or a photo cropped from it): its
 * renditions narrowest first (the width ladder, e.g. 480/960/1600/2400 px; a srcset), and a
 * placeholder of a few hundred bytes (a `data:` URI) shown until a rendition has loaded.
 */
export const drawnImageSchema = z.object({
  sources: z.array(imageRenditionSchema).check(z.minLength(1)),
  placeholder: z.string().check(z.regex(/^data:image\/[a-z]+;base64,/u, "a data: URI")),
});

/** A photo an article prints: where it stands on the page, its caption if it has one, its crop. */
export const photoSchema = z.object({
  box: pageBoxSchema,
  caption: z.nullable(text),
  /** The photo cropped from the page at print quality (present once the build has drawn it). */
  image: z.optional(drawnImageSchema),
});

/** A jump line kept with its article: `（下转第2版）` continues to page 2, `（上接第1版）` comes from page 1. */
export const jumpSchema = z.object({
  raw: text,
  direction: z.enum(["to", "from"]),
  page: positiveInt,
  /**
   * The id (`<page>-<seq>`) of the article's other part on that page, when the issue has the page
   * and the build found the part: the reader links the two. Absent otherwise.
   */
  article: z.optional(articleId),
});

/** One article as the parser reads it off a page. Texts keep only meaningful spaces. */
export const parsedArticleSchema = z.object({
  seq: positiveInt,
  title: text,
  subtitles: texts,
  /**
   * Editorial notes printed with the headline, as printed (`（附图片１张）`, `（图片）`): split off the
   * title so it reads clean, kept so nothing printed is lost. Optional (absent when there are none)
   * so that bundles without it stay valid: an additive change, no version bump.
   */
  titleNotes: z.optional(texts),
  /** The kicker (引题) printed above the headline, when the source gives it apart (the e-paper's, a PDF page's). */
  kicker: z.optional(nonEmptyText),
  /**
   * The file the article was read from, when each article of a page has a file of its own (the
   * e-paper's texts): what `sourceLines` refer to. Absent when they refer to the page's own source.
   */
  sourceFile: z.optional(nonEmptyText),
  /**
   * The PDF parser's additions, all optional so that text pages and older bundles stay valid: the
   * article's region on the page as boxes; its photos; its jump lines.
   */
  boxes: z.optional(z.array(pageBoxSchema)),
  photos: z.optional(z.array(photoSchema)),
  jumps: z.optional(z.array(jumpSchema)),
  byline: z.nullable(bylineSchema),
  paragraphs: texts,
  caption: z.nullable(text),
  people: z.array(personSchema),
  /** First and last line of the article in the page text, for tracing any output to its source. */
  sourceLines: lineRange,
});

/** Text the parser could not place in an article, kept with where it came from and why. */
export const unassignedSchema = z.object({
  lines: lineRange,
  text: text,
  warning: text,
});

export const parseWarningSchema = z.object({
  lines: lineRange,
  message: text,
});

/**
 * Page furniture: what a printed page carries that is no article (the page header, the 责任编辑
 * line, a banner: a headline over no text of its own, such as a series title).
 */
export const furnitureSchema = z.object({
  kind: z.enum(["header", "editor", "banner"]),
  text: text,
  box: pageBoxSchema,
});

/** What a PDF page says of itself; each field null when the page does not print it. */
export const printedFactsSchema = z.object({
  paper: z.nullable(text),
  date: z.nullable(isoDate),
  pageNo: z.nullable(positiveInt),
  pageName: z.nullable(text),
});

/** A PDF page's geometry and what it prints besides articles. */
export const pdfPageFactsSchema = z.object({
  width: z.number().check(z.positive()),
  height: z.number().check(z.positive()),
  furniture: z.array(furnitureSchema),
  printed: printedFactsSchema,
  /**
   * The page image (版面图) the build drew from the PDF, and its thumbnail for page navigation
   * (版面导航). Boxes stay in PDF points: a box maps onto the image by `image width / pdf width`.
   * Absent in a parse (`folio parse`) and in bundles built before page images existed.
   */
  image: z.optional(drawnImageSchema),
  thumb: z.optional(imageRenditionSchema),
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
  id: articleId,
});

export const pageSchema = z.object({
  no: positiveInt,
  /** The page's name (版名) from the issue's metadata; null when the metadata has none. */
  name: z.nullable(text),
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
  name: nonEmptyText,
  /** Why the name is what it is, when it is not printed on the pages (a supplied title). */
  nameNote: z.nullable(text),
});

export const issueDateSchema = z.object({
  date: isoDate,
  /** True when the date is inferred, not printed: the app must never show it as fact. */
  dateApproximate: z.boolean(),
  dateNote: z.nullable(text),
});

/** An issue without its pages (what `restoreIssueInSteps` validates before the pages, one by one). */
export const issueShellSchema = z.extend(issueDateSchema, {
  type: z.literal("folio/issue"),
  version: currentVersion,
  paper: paperSchema,
});

/** An issue with the text of every page: what ingest builds (and the prerender reads back whole). */
export const fullIssueSchema = z.extend(issueShellSchema, {
  pages: z.array(pageSchema).check(z.minLength(1)),
});

/**
 * A page as an issue file lists it (version 4): its articles without their paragraphs, and `text`,
 * the page's text file (`pageTextSchema`: the paragraphs and the unassigned text), so that a view
 * fetches the issue's headlines and the one page it shows (a 20-page e-paper issue was 232 kB gzip
 * in one file). A version-3 issue file has the text inline (no `text`): it is read as it is.
 */
export const pageHeadSchema = z
  .extend(pageSchema, {
    articles: z.array(z.partial(articleSchema, { paragraphs: true })),
    unassigned: z.optional(z.array(unassignedSchema)),
    text: z.optional(relativeJson),
  })
  .check(
    z.refine(
      (page) =>
        page.text === undefined
          ? page.unassigned !== undefined && page.articles.every((a) => a.paragraphs !== undefined)
          : page.unassigned === undefined && page.articles.every((a) => a.paragraphs === undefined),
      "a page has its text file (`text`) or its text inline (paragraphs and unassigned), not both, not neither",
    ),
  );

/** An issue file: the issue, its pages and their headlines; each page's text in a file of its own. */
export const issueSchema = z.extend(issueShellSchema, {
  pages: z.array(pageHeadSchema).check(z.minLength(1)),
});

/** The text of one page of an issue: each article's paragraphs, in the page's order, and what the parser could not place. */
export const pageTextSchema = z.object({
  type: z.literal("folio/page-text"),
  version: currentVersion,
  paragraphs: z.array(texts),
  unassigned: z.array(unassignedSchema),
});

/** One issue as the archive's indexes list it: enough for a calendar day, and where its file is. */
export const issueEntrySchema = z.extend(issueDateSchema, {
  /** Path of the issue file, relative to the manifest; content-hashed, so immutable. */
  file: relativeJson,
  pageCount: count,
  articleCount: count,
});

/** One year of a paper's issues in the manifest: how many, and its year file. */
export const yearEntrySchema = z.object({
  year: positiveInt,
  issueCount: count,
  /** Path of the year file (relative; a fixed name, `archive/<paper>/<year>.json`). */
  file: relativeJson,
});

/** One paper as the manifest lists it (what `restoreManifestInSteps` validates one at a time). */
export const manifestPaperSchema = z.extend(paperSchema, {
  /** The paper home shows. Exactly one paper is the default. */
  isDefault: z.boolean(),
  issueCount: count,
  articleCount: count,
  /** The newest issue (what the paper's front door opens), null for a paper without issues. */
  latest: z.nullable(issueEntrySchema),
  /** The years that have issues, newest first. */
  years: z.array(yearEntrySchema),
  /**
   * Dates of the issues whose date is inferred, so search results can say so: an archive of
   * printed dates has none, so this does not grow with the archive.
   */
  approximateDates: z.array(isoDate),
});

/** The manifest without its papers (what `restoreManifestInSteps` validates before the papers). */
export const manifestShellSchema = z.object({
  type: z.literal("folio/manifest"),
  version: currentVersion,
  /** The people index (the 人物 pages) and the directory of person details, when the bundle has people. */
  people: z.optional(z.object({ index: relativeJson, directory: relativeJson })),
  /** The search index's entry file (relative path; its other files sit beside it), when there is one. */
  search: z.optional(relativeJson),
});

/**
 * The manifest: every view fetches it, so it stays small at any archive size (version 2): the
 * papers, each with its latest issue and a line per year that has issues; the issues themselves are
 * in one file per year (`yearIndexSchema`), loaded by the calendar and previous/next when needed.
 */
export const manifestSchema = z.extend(manifestShellSchema, {
  papers: z.array(manifestPaperSchema),
});

/**
 * The issues of one paper in one year (a calendar's and previous/next's data), oldest first: a new
 * day is appended, so the entries of the days before keep their places (what an incremental
 * prerender relies on to leave those days' pages alone). Year files written newest first (before
 * this order was set) are put in order by `restoreYearIndex`.
 */
export const yearIndexSchema = z.object({
  type: z.literal("folio/year"),
  version: currentVersion,
  paper: slug,
  year: positiveInt,
  issues: z.array(issueEntrySchema).check(
    z.minLength(1),
    z.refine((issues) => issues.every((issue, i) => i === 0 || issues[i - 1]!.date < issue.date), {
      message: "a year's issues are listed oldest first, one per date",
    }),
  ),
  /** The paper's nearest issues before and after this year: previous/next across the year's edge. */
  before: z.nullable(issueDateSchema),
  after: z.nullable(issueDateSchema),
});

export type Person = z.infer<typeof personSchema>;
export type Byline = z.infer<typeof bylineSchema>;
export type ParsedArticle = z.infer<typeof parsedArticleSchema>;
export type Unassigned = z.infer<typeof unassignedSchema>;
export type ParseWarning = z.infer<typeof parseWarningSchema>;
export type ParsedPage = z.infer<typeof parsedPageSchema>;
export type PageBox = z.infer<typeof pageBoxSchema>;
export type Photo = z.infer<typeof photoSchema>;
export type ImageRendition = z.infer<typeof imageRenditionSchema>;
export type DrawnImage = z.infer<typeof drawnImageSchema>;
export type Jump = z.infer<typeof jumpSchema>;
export type Furniture = z.infer<typeof furnitureSchema>;
export type PrintedFacts = z.infer<typeof printedFactsSchema>;
export type PdfPageFacts = z.infer<typeof pdfPageFactsSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Page = z.infer<typeof pageSchema>;
export type Paper = z.infer<typeof paperSchema>;
export type Issue = z.infer<typeof fullIssueSchema>;
export type IssueFile = z.infer<typeof issueSchema>;
export type PageHead = z.infer<typeof pageHeadSchema>;
export type ArticleHead = PageHead["articles"][number];
export type PageText = z.infer<typeof pageTextSchema>;
export type IssueEntry = z.infer<typeof issueEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type YearEntry = z.infer<typeof yearEntrySchema>;
export type YearIndex = z.infer<typeof yearIndexSchema>;
export type IssueDate = z.infer<typeof issueDateSchema>;
export type ManifestPaper = Manifest["papers"][number];

/**
 * The people: everyone the bundle's articles mention, built at ingest. The index lists them in
 * pinyin order for the 人物 pages (with what its filter matches); each person's details (titles held,
 * mentions with their sentence, people mentioned with them) are in shards by a hash of the name,
 * bounded in bytes, found through the people directory.
 */
export const personSummarySchema = z.object({
  name: nonEmptyText,
  /** Toneless pinyin by syllable, surname readings for the surname (`zeng mei qing`). */
  pinyin: text,
  /** First letters of the syllables (`zmq`). */
  initials: text,
  /** A–Z, or `#` for a name that starts with no Latin letter in pinyin. */
  letter: nameLetter,
  /** The title given in the newest article that gives one (`reporter` for a bylined reporter). */
  latestRole: z.nullable(text),
  articleCount: positiveInt,
});

export const mentionSchema = z.object({
  paperId: slug,
  paperName: text,
  date: isoDate,
  dateApproximate: z.boolean(),
  page: positiveInt,
  seq: positiveInt,
  title: text,
  roles: texts,
  /** The sentence that mentions the person, and where the name stands in it. */
  sentence: text,
  highlights: z.array(z.tuple([z.number().check(z.int()), z.number().check(z.int())])),
  /**
   * Which of the name's people (`namesakes` of the person's details) this mention is, when the
   * name may cover more than one; absent when the name is one person or the titles do not tell.
   */
  person: z.optional(count),
});

/**
 * One of the people a name may cover (told apart by the places and bodies their titles name):
 * where their titles put them, as printed (`平安县`, `湖北省`, `清华大学`; `reporter` for a paper's
 * own reporter), and how many of the name's articles are theirs.
 */
export const namesakeSchema = z.object({
  where: texts,
  articleCount: positiveInt,
});

export const personDetailSchema = z.object({
  name: text,
  /** How many articles mention the person; `mentions` holds the newest of them (see `MENTIONS_LIMIT` at ingest). */
  articleCount: positiveInt,
  /** The letter the name files under (its page in a large index). */
  letter: nameLetter,
  pinyin: text,
  latestRole: z.nullable(text),
  /** The newest articles that mention the person, newest first. */
  mentions: z.array(mentionSchema),
  /** The people most often mentioned in the same articles, most first. */
  together: z.array(z.object({ name: text, articles: positiveInt })),
  /**
   * When the name may cover more than one person: each of them, most mentioned first (a mention's
   * `person` points here). Absent when the titles give no reason to tell mentions apart.
   */
  namesakes: z.optional(z.array(namesakeSchema)),
});

/**
 * The people index (the 人物 page): bounded at any archive size (version 3). A newsroom's index (up
 * to `ONE_PAGE_MAX_PEOPLE`) lists everyone here, in pinyin order, and the app filters it in memory.
 * An archive's lists only the people most often in the news (most first); each letter's people are
 * in its letter file's parts (`peopleLetterSchema`), and its filter looks names up in pieces by key
 * (`peopleFilterSchema`), loaded as the reader types.
 */
export const peopleIndexSchema = z.object({
  type: z.literal("folio/people"),
  version: currentVersion,
  peopleCount: count,
  /** Whether each letter has pages of its own (then `people` holds the most mentioned only). */
  pagedByLetter: z.boolean(),
  /** The letters that have people, A–Z then `#`: how many, and (paged) the letter's file. */
  letters: z.array(
    z.object({
      letter: nameLetter,
      count: positiveInt,
      file: z.optional(relativeJson),
    }),
  ),
  people: z.array(personSummarySchema),
  /** The filter's directory of key pieces (paged). */
  filter: z.optional(relativeJson),
});

/**
 * One letter of a paged people index: its people in pinyin order, in parts of a bounded number of
 * people (a letter page shows one part), each said by the pinyin of its first and last person.
 */
export const peopleLetterSchema = z.object({
  type: z.literal("folio/people-letter"),
  version: currentVersion,
  letter: nameLetter,
  count: positiveInt,
  parts: z
    .array(
      z.object({
        file: relativeJson,
        count: positiveInt,
        first: text,
        last: text,
      }),
    )
    .check(z.minLength(1)),
});

/** One part of a letter: its people's summaries in pinyin order. */
export const peoplePartSchema = z.object({
  type: z.literal("folio/people-part"),
  version: currentVersion,
  people: z.array(personSummarySchema).check(z.minLength(1)),
});

/**
 * The people filter of a paged index: lookup keys (`@/bundle/people-filter-keys`) sorted in code
 * point order and cut into pieces bounded in bytes (`peopleKeysSchema`), and the pieces listed in a
 * tree of these files, each bounded in bytes too (version 5; a version-4 filter was one list of
 * every piece, which grew with the archive): a file of level 1 lists pieces, a file of level n
 * lists files of level n − 1, each entry named with the first key under it, and the index names
 * the top one. So the app loads only the files whose keys may begin with what the reader typed:
 * one file a level (two at 20 years), then the pieces.
 */
export const peopleFilterSchema = z.object({
  type: z.literal("folio/people-filter"),
  version: currentVersion,
  /** 1: the entries are key pieces (`folio/people-keys`); n > 1: filter files of level n − 1. */
  level: positiveInt,
  entries: z.array(z.object({ from: text, file: relativeJson })).check(z.minLength(1)),
});

/**
 * A person as the filter finds them: the fields that stay the same whatever the news says of them
 * (so that a day's articles, changing counts and titles, rewrite no filter piece). A piece written
 * before (with whole summaries) reads as these fields.
 */
export const personKeySchema = z.object({
  name: personSummarySchema.shape.name,
  pinyin: personSummarySchema.shape.pinyin,
  initials: personSummarySchema.shape.initials,
  letter: personSummarySchema.shape.letter,
});

/** One piece of the filter: keys in order, each with the index of its person in `people`. */
export const peopleKeysSchema = z.object({
  type: z.literal("folio/people-keys"),
  version: currentVersion,
  people: z.array(personKeySchema),
  keys: z.array(z.tuple([text, count])),
});

/**
 * Where a person's details are, without the people index: a person page fetches this small file,
 * one directory file and one shard. A name's shard is `personBucket(name, shardCount)`; directory
 * `d` lists shards `d * perDirectory …`, so no file grows past its byte bound with the archive.
 */
export const peopleDirectorySchema = z.object({
  type: z.literal("folio/people-directory"),
  version: currentVersion,
  /** How many people there are. */
  peopleCount: count,
  /**
   * Whether the people index has a page per letter (`isPagedByLetter(peopleCount)`): a person page
   * links back to theirs. Said here so that a person's page does not depend on the count, which
   * changes with nearly every issue. Absent in bundles written before it: the count decides then.
   */
  pagedByLetter: z.optional(z.boolean()),
  shardCount: positiveInt,
  perDirectory: positiveInt,
  directories: z.array(relativeJson),
});

/** One directory of person shards: the files of shards `index * perDirectory …`. */
export const peopleDirSchema = z.object({
  type: z.literal("folio/people-dir"),
  version: currentVersion,
  shards: z.array(relativeJson),
});

/** A people shard without its people (the app validates those one at a time: `restorePeopleShardInSteps`). */
export const peopleShardShellSchema = z.object({
  type: z.literal("folio/people-shard"),
  version: currentVersion,
});

/** The details of the people whose names hash to one bucket (bounded in bytes at ingest). */
export const peopleShardSchema = z.extend(peopleShardShellSchema, {
  people: z.array(personDetailSchema),
});

export type PersonSummary = z.infer<typeof personSummarySchema>;
export type PersonKey = z.infer<typeof personKeySchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Namesake = z.infer<typeof namesakeSchema>;
export type PersonDetail = z.infer<typeof personDetailSchema>;
export type PeopleIndex = z.infer<typeof peopleIndexSchema>;
export type PeopleLetter = z.infer<typeof peopleLetterSchema>;
export type PeoplePart = z.infer<typeof peoplePartSchema>;
export type PeopleFilter = z.infer<typeof peopleFilterSchema>;
export type PeopleKeys = z.infer<typeof peopleKeysSchema>;
export type PeopleDirectory = z.infer<typeof peopleDirectorySchema>;
export type PeopleDir = z.infer<typeof peopleDirSchema>;
export type PeopleShard = z.infer<typeof peopleShardSchema>;
