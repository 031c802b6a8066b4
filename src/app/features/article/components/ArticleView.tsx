import { Fragment, useEffect, useMemo, useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import type { Article, Jump } from "@/bundle/schema";
import type { Range } from "@/search/search-types";
import { paths } from "@/app/config/paths";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/article";
import { isHydrating, useClientValue } from "@/app/lib/use-is-client";
import { bylineText } from "../api/byline-text";
import { paragraphAnchors, paragraphOfFragment } from "../api/paragraph-ids";
import { textPieces } from "../api/text-pieces";
import { ArticlePhotos } from "./ArticlePhotos";
import { JumpLine } from "./JumpLine";
import { ReadAloudButton } from "./ReadAloudButton";
import { SelectionToolbar, type Passage, type QuoteContext } from "./SelectionToolbar";

/**
 * An article set for reading Chinese: headline (balanced, never a one-character last line),
 * subtitles, byline, then paragraphs with a 2-em first-line indent, generous leading and a
 * measure of about 34 characters; the photo caption as a figure. The names of the article's people,
 * in the byline and in the text, link to their person pages; matches of the search that led here
 * (`highlights`, one list per paragraph) are marked, and the first is scrolled into view.
 *
 * Each paragraph has an address (`#p-<hash>`, and `#p3` by position: `api/paragraph-ids.ts`),
 * written into the prerendered HTML, so the browser scrolls to it and `:target` marks it before any
 * script runs. After hydration the linked paragraph is also marked with a class, because a
 * client-side navigation (history.pushState) does not change `:target`; such a navigation scrolls
 * to it here too.
 */
export function ArticleView({
  article,
  source,
  highlights = null,
  quote,
  selectionExtra,
  nextOnPage = null,
  jumpPath = () => null,
}: {
  article: Article;
  source: React.ReactNode;
  highlights?: readonly Range[][] | null;
  /** Where a quote of a selected passage comes from (the selection toolbar); none, no toolbar. */
  quote?: QuoteContext;
  /** More buttons for the selection toolbar. */
  selectionExtra?: (passage: Passage) => React.ReactNode;
  /** The next article of the same page, where 朗读 can go on to. */
  nextOnPage?: string | null;
  /** Where a jump line (下转/上接) leads: the other part of the article or its page, when the issue has it. */
  jumpPath?: (jump: Jump) => string | null;
}) {
  const t = useT();
  const byline = bylineText(article);
  const names = article.people.map((p) => p.name);
  const jumps = article.jumps ?? [];
  const photos = article.photos ?? [];
  // A PDF article's caption is its photo's: shown with the photo when the build cropped it.
  const captionShown = photos.some((p) => p.image !== undefined && p.caption === article.caption);
  const body = useRef<HTMLDivElement>(null);
  const anchors = useMemo(() => paragraphAnchors(article.paragraphs), [article.paragraphs]);
  const { pathname, hash } = useLocation();
  // The fragment is the browser's alone: the hydrating render matches the HTML (no class).
  const target = useClientValue(() => paragraphOfFragment(anchors, hash), null);
  // Hydrated from the prerendered page: the browser scrolled to its fragment itself (and the reader
  // may have moved since): nothing to do until the render that marks it (the hydrating one shows
  // no mark). Mounted or updated by a client-side navigation: nothing else scrolls there.
  const fromHtml = useRef(isHydrating());
  useEffect(() => {
    if (fromHtml.current) {
      if (target === paragraphOfFragment(anchors, hash)) fromHtml.current = false;
      return;
    }
    if (target !== null) body.current?.children[target]?.scrollIntoView({ block: "start" });
  }, [anchors, target, pathname, hash]);
  // 朗读: the paragraph being read is highlighted (and kept in view by the player).
  const [reading, setReading] = useState<number | null>(null);
  useEffect(() => {
    if (highlights === null) return;
    body.current?.querySelector("mark")?.scrollIntoView({ block: "center" });
  }, [highlights]);
  return (
    <article className="article" aria-labelledby="article-title">
      <header className="mb-6">
        {article.kicker !== undefined && (
          <p className="kicker mb-1 text-[0.95em]" data-content="">
            {article.kicker}
          </p>
        )}
        <h1 id="article-title" className="headline text-[1.75em] leading-snug" data-content="">
          {article.title || t("common.untitled")}
        </h1>
        {article.subtitles.map((subtitle) => (
          <p key={subtitle} className="subtitle mt-2 text-[1.2em]" data-content="">
            {subtitle}
          </p>
        ))}
        {byline !== null && (
          <p className="mt-3 text-[0.9em] text-muted">
            <span className="sr-only">{t("article.byline")}</span>
            <span data-content="">
              <Pieces text={byline} names={names} ranges={[]} />
            </span>
          </p>
        )}
        <p className="mt-1 text-[0.85em] text-muted">{source}</p>
        <div className="no-print mt-3 flex flex-wrap items-center gap-2 text-[1rem]">
          <ReadAloudButton
            key={article.id}
            texts={article.paragraphs}
            nextTo={nextOnPage}
            onParagraph={setReading}
            body={body}
          />
        </div>
      </header>
      <ArticlePhotos photos={photos} />
      {jumps
        .filter((j) => j.direction === "from")
        .map((jump) => (
          <JumpLine key={jump.raw} jump={jump} to={jumpPath(jump)} />
        ))}
      <div className="relative">
        <div className="article-body" ref={body} data-content="">
          {article.paragraphs.map((paragraph, i) => (
            <p
              key={i}
              id={anchors[i]!.id}
              className={
                [i === target && "paragraph-target", i === reading && "paragraph-reading"].filter(Boolean).join(" ") ||
                undefined
              }
            >
              <span id={anchors[i]!.alias} className="paragraph-alias" />
              <Pieces text={paragraph} names={names} ranges={highlights?.[i] ?? []} />
            </p>
          ))}
        </div>
        {quote !== undefined && (
          <SelectionToolbar
            body={body}
            paragraphIds={anchors.map((a) => a.id)}
            context={quote}
            extra={selectionExtra}
          />
        )}
      </div>
      {jumps
        .filter((j) => j.direction === "to")
        .map((jump) => (
          <JumpLine key={jump.raw} jump={jump} to={jumpPath(jump)} />
        ))}
      {article.caption !== null && !captionShown && (
        <figure className="article-figure">
          <figcaption>
            <span className="figure-label">{t("article.caption")}</span>
            <span data-content="">
              <Pieces text={article.caption} names={names} ranges={[]} />
            </span>
          </figcaption>
        </figure>
      )}
    </article>
  );
}

function Pieces({ text, names, ranges }: { text: string; names: readonly string[]; ranges: readonly Range[] }) {
  return (
    <>
      {textPieces(text, names, ranges).map((piece, i) => {
        const content = piece.marked ? <mark>{piece.text}</mark> : piece.text;
        return piece.name === null ? (
          <Fragment key={i}>{content}</Fragment>
        ) : (
          <Link key={i} to={paths.person.to(piece.name)} className="name-link">
            {content}
          </Link>
        );
      })}
    </>
  );
}
