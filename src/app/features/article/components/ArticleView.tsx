import type { Article } from "@/bundle/schema";
import { bylineText } from "../api/byline-text";

/**
 * An article set for reading Chinese: headline (balanced, never a one-character last line),
 * subtitles, byline, then paragraphs with a 2-em first-line indent, generous leading and a
 * measure of about 34 characters; the photo caption as a figure.
 */
export function ArticleView({ article, source }: { article: Article; source: React.ReactNode }) {
  const byline = bylineText(article);
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
            {byline}
          </p>
        )}
        <p className="mt-1 text-[0.85em] text-muted">{source}</p>
      </header>
      <div className="article-body">
        {article.paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      {article.caption !== null && (
        <figure className="article-figure">
          <figcaption>
            <span className="figure-label">图片说明</span>
            {article.caption}
          </figcaption>
        </figure>
      )}
    </article>
  );
}
