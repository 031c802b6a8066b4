import { TITLE_HEADS } from "./title-words";
/**
 * A surname and a title (`张院长笑着说`, audit 7): a form of address, no person's name by the
 * guidelines (the person is listed under the full name the article gives). The title heads of
 * title-words.ts; a one-character surname only.
 */
const HEADS: ReadonlySet<string> = new Set(TITLE_HEADS);

/** Whether `name` is a surname and a title head. */
export function isSurnameAndTitle(name: string, isSurname: (c: string) => boolean): boolean {
  const chars = Array.from(name);
  return chars.length >= 3 && isSurname(chars[0]!) && HEADS.has(chars.slice(1).join(""));
}
