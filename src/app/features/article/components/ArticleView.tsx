import { Link } from "react-router";
import type { Article } from "@/bundle/schema";
import { paths } from "@/app/config/paths";
import { bylineText } from "../api/byline-text";
import { linkNames } from "../api/link-names";

/**
 * An article set for reading Chinese: headline (balanced, never a one-character last line),
 * subtitles, byline, then paragraphs with a 2-em first-line indent, generous leading and a
 * measure of about 34 characters; the photo caption as a figure. The names of the article's people,
 * in the byline and in the text, link to their person pages.
 */
export function ArticleView({ article, source }: { article: Article; source: React.ReactNode }) {
  const byline = bylineText(article);
  const names = article.people.map((p) => p.name);
  return (
    <article className="article" aria-labelledby="article-title">
      <header className="mb-6">
        <h1 id="article-title" className="headline text-[1.75em] leading-snug">
          {article.title || "（无标题）"}
        </h1>
        {article.subtitles.map((subtitle) => (
          <p key={subtitle} className="subtitle mt-2 text-[1.2em]">
            {subtitle}
          </p>
        ))}
        {byline !== null && (
          <p className="mt-3 text-[0.9em] text-muted">
            <span className="sr-only">作者：</span>
            <WithNames text={byline} names={names} />
          </p>
        )}
        <p className="mt-1 text-[0.85em] text-muted">{source}</p>
      </header>
      <div className="article-body">
        {article.paragraphs.map((paragraph, i) => (
          <p key={i}>
            <WithNames text={paragraph} names={names} />
          </p>
        ))}
      </div>
      {article.caption !== null && (
        <figure className="article-figure">
          <figcaption>
            <span className="figure-label">图片说明</span>
            <WithNames text={article.caption} names={names} />
          </figcaption>
        </figure>
      )}
    </article>
  );
}

function WithNames({ text, names }: { text: string; names: readonly string[] }) {
  return (
    <>
      {linkNames(text, names).map((segment, i) =>
        segment.name === undefined ? (
          segment.text
        ) : (
          <Link key={i} to={paths.person.to(segment.name)} className="name-link">
            {segment.text}
          </Link>
        ),
      )}
    </>
  );
}
