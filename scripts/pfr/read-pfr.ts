/**
 * Reads the PFR annotated corpus (`pfr-199801.txt`) into articles with gold person spans, the same
 * way `shared/corpus/make-gold.py` makes `pfr-199801.articles.jsonl`: consecutive `nr` tokens form
 * a run; a run is split into persons where a byline or list runs names together (a one-character or
 * compound surname followed by a given name of at most two characters pairs up; any other token
 * stands alone), except that 1+1+2 is one married double-surname name (陈方安生).
 * Benchmark code: it runs on the corpus, which never enters the repository.
 */
import { COMPOUND_SURNAMES } from "@/text/surnames";

export interface GoldSpan {
  start: number;
  end: number;
  /** The run sits inside a bracketed organisation/place compound (`[宋庆龄/nr 基金会/n]nt`). */
  inCompound: boolean;
}

export interface PfrParagraph {
  text: string;
  spans: GoldSpan[];
  /** The segmented words with their part-of-speech tags (`nr` person, `ns` place, `nt` organisation…). */
  words: { word: string; tag: string }[];
}

export interface PfrArticle {
  /** date-page-article, e.g. `19980101-01-001`. */
  id: string;
  date: string;
  page: number;
  paragraphs: PfrParagraph[];
}

/** make-gold.py's compound surnames (a few more than the product's list: 第五, 壤驷…). */
const GOLD_COMPOUND = new Set([
  ...COMPOUND_SURNAMES,
  ..."万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 子车 颛孙 端木 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 羊舌 微生 梁丘 左丘 东门 西门 南宫 第五".split(
    " ",
  ),
]);
const HAN_ONLY = /^[\u4e00-\u9fff]+$/u;
const ID = /^(\d{8})-(\d{2})-(\d{3})-(\d{3})\/m$/u;
const CLOSE = /^(.*)\/([A-Za-z]+)\]([A-Za-z]+)$/u;

function givenOk(given: string): boolean {
  if (given.includes("（") || given.includes("〈")) return given.length <= 8;
  return given.length >= 1 && given.length <= 2 && HAN_ONLY.test(given);
}

/** Token ranges of one nr run, one per person: 江 泽民 李 鹏 → [0,2) [2,4). */
export function splitRun(run: readonly string[]): [number, number][] {
  const n = run.length;
  if (n === 3 && run.every((t) => HAN_ONLY.test(t)) && run.map((t) => t.length).join() === "1,1,2") return [[0, 3]];
  const out: [number, number][] = [];
  let i = 0;
  while (i < n) {
    const a = run[i]!;
    if (i + 1 < n && HAN_ONLY.test(a) && (a.length === 1 || GOLD_COMPOUND.has(a)) && givenOk(run[i + 1]!)) {
      out.push([i, i + 2]);
      i += 2;
    } else {
      out.push([i, i + 1]);
      i += 1;
    }
  }
  return out;
}

function parseToken(token: string): { word: string; tag: string; opens: boolean; closes: boolean } {
  let tok = token;
  const opens = tok.startsWith("[") && tok.length > 1 && tok.includes("/");
  if (opens) tok = tok.slice(1);
  const close = CLOSE.exec(tok);
  if (close !== null) return { word: close[1]!, tag: close[2]!, opens, closes: true };
  const slash = tok.lastIndexOf("/");
  if (slash < 0) return { word: tok, tag: "", opens, closes: false };
  return { word: tok.slice(0, slash), tag: tok.slice(slash + 1), opens, closes: false };
}

/** One tagged paragraph (the tokens after the id) → its text and gold person spans. */
export function parsePfrParagraph(rest: string): PfrParagraph {
  let text = "";
  const spans: GoldSpan[] = [];
  const words: { word: string; tag: string }[] = [];
  let run: { word: string; at: number }[] = [];
  let runInCompound = false;
  let depth = 0;
  const flush = () => {
    for (const [i, j] of splitRun(run.map((r) => r.word))) {
      const last = run[j - 1]!;
      spans.push({ start: run[i]!.at, end: last.at + last.word.length, inCompound: runInCompound });
    }
    run = [];
  };
  for (const token of rest.split(/\s+/u).filter((t) => t.length > 0)) {
    const { word, tag, opens, closes } = parseToken(token);
    if (opens) depth++;
    if (tag === "nr") {
      if (run.length === 0) runInCompound = depth > 0;
      run.push({ word, at: text.length });
    } else if (run.length > 0) flush();
    text += word;
    words.push({ word, tag });
    if (closes && depth > 0) depth--;
  }
  if (run.length > 0) flush();
  return { text, spans, words };
}

/** The whole corpus file → articles in file order. Throws on a line without a PFR id. */
export function readPfr(source: string): PfrArticle[] {
  const articles = new Map<string, PfrArticle>();
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (line.length === 0) continue;
    const space = line.indexOf(" ");
    const first = space < 0 ? line : line.slice(0, space);
    const id = ID.exec(first);
    if (id === null) throw new Error(`not a PFR line: ${line.slice(0, 40)}`);
    const [, date, page, seq] = id;
    const key = `${date}-${page}-${seq}`;
    let article = articles.get(key);
    if (article === undefined) {
      article = { id: key, date: date!, page: Number(page), paragraphs: [] };
      articles.set(key, article);
    }
    article.paragraphs.push(parsePfrParagraph(space < 0 ? "" : line.slice(space + 1)));
  }
  return [...articles.values()];
}

/** Distinct person names of an article in order of first mention; `inCompound` ones apart. */
export function goldPersons(article: PfrArticle): { persons: string[]; inCompound: string[] } {
  const persons = new Set<string>();
  const inCompound = new Set<string>();
  for (const p of article.paragraphs) {
    for (const s of p.spans) {
      const name = p.text.slice(s.start, s.end);
      persons.add(name);
      if (s.inCompound) inCompound.add(name);
    }
  }
  return { persons: [...persons], inCompound: [...inCompound] };
}
