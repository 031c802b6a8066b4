import { isCjkPunctuation, isHan } from "@/text/char-class";
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "@/text/surnames";

/**
 * The tagger sees code points, normalised so that the 1998 corpus it learns from and today's pages
 * it reads look alike: full-width digits and letters (１２月) as ASCII, every digit as one symbol,
 * every Latin letter as one symbol, the name dots (· • ・) as one.
 */
export const PAD_START = 0x110000;
export const PAD_END = 0x110001;
export const DIGIT = 0x110002;
export const LATIN = 0x110003;
export const NAME_DOT = 0xb7;

export function normaliseCodePoint(cp: number): number {
  let c = cp;
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return LATIN;
  if (c === 0x2022 || c === 0x30fb || c === 0xb7 || c === 0x2027) return NAME_DOT;
  return c;
}

/** Character types, a coarse view that generalises to characters the tagger never saw (鋆). */
export const enum CharType {
  Pad = 1,
  Han,
  Surname,
  Punct,
  Digit,
  Latin,
  Numeral,
  Dot,
  Other,
}

const NUMERALS = new Set(Array.from("〇零一二三四五六七八九十百千万亿两"));
const SURNAME_CPS = new Set([...SINGLE_SURNAMES].map((s) => s.codePointAt(0)!));
const COMPOUND_FIRST = new Set([...COMPOUND_SURNAMES].map((s) => s.codePointAt(0)!));

/**
 * `charType` of each BMP code point, filled as met (0: not yet): the tagger asks it for every
 * character it reads, and the plain computation builds a string and tests sets and patterns.
 */
const BMP_TYPES = new Uint8Array(0x10000);

export function charType(cp: number): CharType {
  if (cp > 0xffff) return plainCharType(cp);
  const known = BMP_TYPES[cp]!;
  if (known !== 0) return known;
  const type = plainCharType(cp);
  BMP_TYPES[cp] = type;
  return type;
}

/** The character type computed from the classes (what `charType` remembers). */
export function plainCharType(cp: number): CharType {
  if (cp === PAD_START || cp === PAD_END) return CharType.Pad;
  if (cp === DIGIT) return CharType.Digit;
  if (cp === LATIN) return CharType.Latin;
  if (cp === NAME_DOT) return CharType.Dot;
  const ch = String.fromCodePoint(cp);
  if (NUMERALS.has(ch)) return CharType.Numeral;
  if (SURNAME_CPS.has(cp)) return CharType.Surname;
  if (isHan(ch)) return CharType.Han;
  if (isCjkPunctuation(ch) || (cp < 0x80 && /[\p{P}\p{S}]/u.test(ch))) return CharType.Punct;
  return CharType.Other;
}

/** The first character of a compound surname (欧 of 欧阳): a cue that the name runs longer. */
export function startsCompoundSurname(cp: number, next: number): boolean {
  return COMPOUND_FIRST.has(cp) && next <= 0x10ffff && COMPOUND_SURNAMES.has(String.fromCodePoint(cp, next));
}
