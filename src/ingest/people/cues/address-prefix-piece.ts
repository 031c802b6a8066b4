/**
 * 小 and 老 before a surname are forms of address (小王, 老李), and the tagger learnt to leave them
 * out of a name; before a Japanese family name they are its first character (小泽, 小野, 老川). In an
 * article that speaks of Japan, a Japanese name's cue (japanese-name.ts, japanese-given-name.ts) that
 * starts at 小 or 老 is taken over the tagger's piece that leaves that character out, when the piece
 * is `MIN_PIECE_LENGTH` characters or more: a form of address stands before a surname alone or a
 * given name (小王, 小明), not before a whole three-character name. audit4: `（日本）小泽秀树` was
 * listed as 泽秀树 (0.48 against 0.20 for 小泽秀树), so the byline's credit missed it too.
 */
export const ADDRESS_PREFIXES = "小老";
/** The shortest piece that is a whole name after the prefix (泽秀树), not a surname or a given name (小王). */
export const MIN_PIECE_LENGTH = 3;

/**
 * Whether the tagger's mention [pieceStart, pieceEnd) is the name [start, end) with a leading 小 or 老
 * read as a form of address.
 */
export function isAddressPrefixPiece(
  chars: readonly string[],
  start: number,
  end: number,
  pieceStart: number,
  pieceEnd: number,
): boolean {
  return (
    ADDRESS_PREFIXES.includes(chars[start] ?? "") &&
    pieceStart === start + 1 &&
    pieceEnd === end &&
    pieceEnd - pieceStart >= MIN_PIECE_LENGTH
  );
}
