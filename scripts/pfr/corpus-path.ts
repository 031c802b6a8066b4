/**
 * Where the PFR corpus is (it never enters the repository): the argument if given, else FOLIO_PFR
 * (the tagged text) or FOLIO_PFR_ARTICLES (the gold articles made by make-gold.py), else the shared
 * folder beside the repository, `../shared/corpus/`. Resolved from this file, not the working
 * directory, so every script and bench finds the same folder wherever it is started.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SHARED_CORPUS_DIR = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));

const fromEnv = (name: string): string | undefined => process.env[name] || undefined;

/** The tagged corpus text, `pfr-199801.txt`. */
export function pfrCorpusPath(argument?: string): string {
  return argument ?? fromEnv("FOLIO_PFR") ?? join(SHARED_CORPUS_DIR, "pfr-199801.txt");
}

/** The gold articles, `pfr-199801.articles.jsonl`. */
export function pfrArticlesPath(argument?: string): string {
  return argument ?? fromEnv("FOLIO_PFR_ARTICLES") ?? join(SHARED_CORPUS_DIR, "pfr-199801.articles.jsonl");
}

/**
 * The corpus file, or one clear line on stderr and exit code 2 when it is not there (the corpus is
 * never in the repository: it comes from `../shared/corpus/` or the given path).
 */
export function requireCorpusFile(path: string, what: string): string {
  if (!existsSync(path)) {
    console.error(
      `folio: ${what} not found at ${path}; pass its path or set FOLIO_PFR / FOLIO_PFR_ARTICLES (it is not in the repository)`,
    );
    process.exit(2);
  }
  return path;
}
