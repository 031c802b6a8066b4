import type { Byline, Person } from "@/bundle/schema";
import { creditedPeople } from "../people/credits";
import type { RawParagraph } from "./group-lines";

/**
 * HOOK for the people model (being built on its own branch): the people of one imported article.
 * It gets everything the corpus knows, including the tagged tokens (`nr` person names, and whether a
 * name sits inside an organisation's compound), so the model can replace this body without the
 * importer changing. For now: the byline's reporters, credited as in the page parser.
 */
export interface ArticlePeopleInput {
  byline: Byline | null;
  /** Every paragraph of the article as imported, headline included, with its tokens. */
  paragraphs: readonly RawParagraph[];
}

export function articlePeople(input: ArticlePeopleInput): Person[] {
  return creditedPeople(input.byline?.reporters ?? []);
}
