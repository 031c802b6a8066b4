import type { Article } from "@/bundle/schema";
import { withoutBylineMarker } from "@/text/byline-marker";
import { stripWhitespace } from "@/text/char-class";

/**
 * The byline as the article header shows it: as printed, without its ■ marker. A credit printed
 * inside the text (`新华社杭州5月1日电（记者张明远、许岚）`, often after lead-in paragraphs) is read
 * there already, so the header shows only the names.
 */
export function bylineText(article: Pick<Article, "byline" | "paragraphs">): string | null {
  if (article.byline === null) return null;
  const raw = withoutBylineMarker(article.byline.raw);
  const inText = article.paragraphs.some((p) => stripWhitespace(p).includes(stripWhitespace(raw)));
  return inText ? article.byline.reporters.join(" ") : raw;
}
