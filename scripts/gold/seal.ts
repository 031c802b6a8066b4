/**
 * Sealed gold: the hand-made gold sets hold strings of real data (names, roles, headlines,
 * paragraphs), which must never be committed; files outside the repository do not survive a reset
 * of the machine. So the repository holds each string's seal (a short salted hash, no text) and the
 * evals compare by seal; readable error output recovers the strings from the real text at hand
 * (`unseal`), falling back to the seal.
 */
import { createHash, type Hash } from "node:crypto";

/** Salt so the seals are not plain sha256 values of common words. */
const SALT = "folio-gold\u0000";
/** Hex digits kept: 64 bits, collisions negligible for a few thousand strings per set. */
export const SEAL_DIGITS = 16;

const salted = (): Hash => createHash("sha256").update(SALT);

/** The seal of one string, exactly as given. */
export function seal(text: string): string {
  return salted().update(text).digest("hex").slice(0, SEAL_DIGITS);
}

export const withoutSpaces = (text: string): string => text.replace(/\s+/gu, "");

/** The seal of a name: spaces removed first (the gold compares names without spaces). */
export function sealName(name: string): string {
  return seal(withoutSpaces(name));
}

/** Is this string a seal (16 lowercase hex digits)? */
export function isSeal(text: string): boolean {
  return new RegExp(`^[0-9a-f]{${SEAL_DIGITS}}$`, "u").test(text);
}

/**
 * Recovers sealed strings from a source text: every substring of 1..maxLen characters of the source
 * (spaces removed) is sealed and looked up, in one pass (source length × maxLen hashes, each
 * extending the last by one character). Returns the plain string of each seal found.
 */
export function unseal(sealed: string | Iterable<string>, sourceText: string, maxLen: number): Map<string, string> {
  const wanted = new Set(typeof sealed === "string" ? [sealed] : sealed);
  const chars = [...withoutSpaces(sourceText)];
  const found = new Map<string, string>();
  for (let i = 0; i < chars.length && found.size < wanted.size; i++) {
    const h = salted();
    let text = "";
    for (let j = i; j < Math.min(chars.length, i + maxLen); j++) {
      h.update(chars[j]!);
      text += chars[j]!;
      const s = h.copy().digest("hex").slice(0, SEAL_DIGITS);
      if (wanted.has(s) && !found.has(s)) found.set(s, text);
    }
  }
  return found;
}
