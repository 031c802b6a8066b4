import { readFileSync } from "node:fs";

/** The seed page's specification: what a reader must find on the built site. */
export interface SeedArticle {
  seq: number;
  title: string;
  subtitles: string[];
  paragraphs: string[];
  byline: { raw: string; reporters: string[] } | null;
  caption: string | null;
}

export const seed = JSON.parse(readFileSync("fixtures/seed/spec.json", "utf8")) as { articles: SeedArticle[] };

export const SEED_ISSUE = "/maonan/2023-02-26/";
export const articlePath = (seq: number) => `${SEED_ISSUE}1/${seq}/`;

export const bare = (text: string) => text.replace(/\s+/gu, "");
