/**
 * 那 ("that") with a measure of time or of occasions (`那次`, `那年`, `那天`) is an adverbial of time,
 * not the surname 那 and a given name: `主任那次特意问起` reads "the director, that time, asked".
 * The title cue puts a name right after a title, and the retrained tagger (session 42) agreed there.
 * A mention of exactly these two characters is dropped. No name of the PFR month (days 1–20) is 那
 * and one of these characters; the surname keeps its longer names (那努奔-like transliterations).
 */
/** The demonstrative: 那 is also a surname, so the tagger may read it as one. */
export const DEMONSTRATIVE = "那";
/** Measures of time and occasions after it: 次, 回 (occasions), 天, 日, 年, 晚, 夜, 时, 阵, 会. */
export const TIME_MEASURES = "次回天日年晚夜时阵会";

/** Whether `name` is 那 and a measure of time (`那次`), an adverbial, not a person. */
export function isDemonstrativeTime(name: string): boolean {
  const chars = Array.from(name);
  return chars.length === 2 && chars[0] === DEMONSTRATIVE && TIME_MEASURES.includes(chars[1]!);
}
