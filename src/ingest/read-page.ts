import type { ParsedPage } from "@/bundle/schema";
import { extractPeople } from "./people/extract-people";
import { sharedModel } from "./people/tagger/load-model";
import type { TaggerModel } from "./people/tagger/tagger-model";
import { parsePage } from "./parse/parse-page";

/**
 * A page's text → its articles with everyone they mention: the parser, then people extraction on
 * each article. What `folio parse --json` prints, the build writes and the fixtures pin.
 */
export function readPage(text: string, model: TaggerModel = sharedModel()): ParsedPage {
  const page = parsePage(text);
  return { ...page, articles: page.articles.map((article) => ({ ...article, people: extractPeople(article, model) })) };
}
