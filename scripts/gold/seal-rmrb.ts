/**
 * Seals a plain rmrb-web gold file (scripts/people/rmrb-gold.ts) for the repository: names, roles
 * and optional names become seals (scripts/gold/seal.ts), no text of the articles is kept.
 *   npx tsx scripts/gold/seal-rmrb.ts <plain.jsonl> <out.jsonl> [--corpus <rmrb-web dir>]
 * The articles (to check every string is in its article) come from --corpus, FOLIO_RMRB or
 * ../shared/corpus/rmrb-web/.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sealRmrbGold } from "../people/rmrb-gold";
import { SHARED_CORPUS_DIR } from "../pfr/corpus-path";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { corpus: { type: "string" } } });
const [plainPath, outPath] = positionals;
if (plainPath === undefined || outPath === undefined) {
  console.error("usage: npx tsx scripts/gold/seal-rmrb.ts <plain.jsonl> <out.jsonl> [--corpus <rmrb-web dir>]");
  process.exit(2);
}
const corpusDir = values.corpus ?? (process.env.FOLIO_RMRB || join(SHARED_CORPUS_DIR, "rmrb-web"));
try {
  const sealed = sealRmrbGold(readFileSync(plainPath, "utf8"), plainPath, (file) =>
    readFileSync(join(corpusDir, file), "utf8"),
  );
  writeFileSync(outPath, sealed);
  console.log(`sealed ${sealed.trim().split("\n").length} articles: ${outPath}`);
} catch (error) {
  console.error(`folio: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
