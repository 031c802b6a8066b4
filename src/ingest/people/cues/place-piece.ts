/**
 * A name read out of a place's name (audit 7): `小军|山收费站` (a hill's name and a toll station),
 * `科尔|沁左翼中旗` (a banner of Inner Mongolia), `浙江|乌镇` (a town after its province). Two shapes:
 * - the name, one character of a place's kind or one that makes a proper noun with it (科尔沁), then
 *   the head of a place or a facility (`PLACE_PIECE_HEADS`): a person's name is not followed so;
 * - a two-character "name" ending in a town's or a township's character (`SETTLEMENT_CHARS`) right
 *   after a place the lexicon knows: a town of that place.
 * place-suffix.ts already takes a suffix right after the name (丰田村); these are one character further.
 */

/** Characters of a place's kind that stand between the piece and the head (小军山, 黄河口). */
export const PLACE_PIECE_CHARS = "山河湖江海岭峰沟湾岛港桥坝滩洲庄屯寨堡营坪岗塘溪泉源口关城";
/** Heads of a place or a facility that follow a place's name (general words, longest first). */
export const PLACE_PIECE_HEADS: readonly string[] = [
  "收费站",
  "服务区",
  "风景区",
  "景区",
  "隧道",
  "大桥",
  "水库",
  "林场",
  "农场",
  "自治县",
  "自治旗",
  "左翼",
  "右翼",
  "前旗",
  "后旗",
  "中旗",
  "开发区",
  "街道",
  "火车站",
  "机场",
  "码头",
];
/** Last characters of a town's or a township's name (乌镇); 村 is left out: 李村 is too often a name. */
export const SETTLEMENT_CHARS = "镇乡";
/** Length of the "name" the settlement shape applies to: one character and the town's. */
export const SETTLEMENT_NAME_LENGTH = 2;
/** Lengths of the known place right before it (浙江, 黑龙江). */
export const PLACE_BEFORE_LENGTHS = [2, 3] as const;

function startsWith(chars: readonly string[], at: number, word: string): boolean {
  return Array.from(word).every((c, k) => chars[at + k] === c);
}

/** Whether the mention [start, end) is the front of a place's name (see above). */
export function isPlacePieceAt(
  chars: readonly string[],
  start: number,
  end: number,
  isPlace: (word: string) => boolean,
  isProperNoun: (word: string) => boolean,
): boolean {
  const next = chars[end];
  if (next !== undefined) {
    const name = chars.slice(start, end).join("");
    const placeChar = PLACE_PIECE_CHARS.includes(next) || isProperNoun(name + next);
    if (placeChar && PLACE_PIECE_HEADS.some((head) => startsWith(chars, end + 1, head))) return true;
  }
  if (end - start !== SETTLEMENT_NAME_LENGTH || !SETTLEMENT_CHARS.includes(chars[end - 1] ?? "")) return false;
  return PLACE_BEFORE_LENGTHS.some((length) => start >= length && isPlace(chars.slice(start - length, start).join("")));
}
