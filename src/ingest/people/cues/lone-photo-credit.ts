import { isHan } from "@/text/char-class";
import { MAX_SOURCE_NOTE, MAX_TOKEN_NAME } from "./spaced-credit";

/**
 * A photo credit of one name closing a picture's text, with the note of the picture's source
 * (`耿玉和摄（影像中国）`, `宁小禾摄影报道（人民视觉）`): the paragraph is the name, what they did and
 * the note, nothing else. Without the note a lone `周勇摄` is left to the tagger (a paragraph can
 * end a sentence with 拍摄 too); with it the name ends at the mark, where the tagger, reading 和 as
 * a conjunction, cut 耿玉|和.
 */
/** What the photographer did, longest first. */
export const LONE_PHOTO_MARKS = ["摄影报道", "摄影", "摄"] as const;
/** Shortest name of the credit (a surname and a one-character given name). */
export const MIN_LONE_CREDIT_NAME = 2;
/** Characters that, before 摄, make a verb rather than end a name (拍摄, 航摄, 抓摄). */
const VERB_BEFORE_MARK = "拍航抓";

const NOTE = new RegExp(`^(.+?)[（(][^（）()]{1,${MAX_SOURCE_NOTE}}[）)]$`, "u");

/** The name of such a credit paragraph, or null. */
export function lonePhotoCreditName(paragraph: string): string | null {
  const noted = NOTE.exec(paragraph.trim());
  if (noted === null) return null;
  const credit = noted[1]!.trim();
  const mark = LONE_PHOTO_MARKS.find((m) => credit.endsWith(m));
  if (mark === undefined) return null;
  const name = Array.from(credit.slice(0, -mark.length));
  if (name.length < MIN_LONE_CREDIT_NAME || name.length > MAX_TOKEN_NAME || !name.every(isHan)) return null;
  if (VERB_BEFORE_MARK.includes(name.at(-1)!)) return null;
  return name.join("");
}
