/**
 * `韦德王刚来到八好村`: the tagger reads 韦德 | 王刚 where the article's man is 韦德王 (written whole
 * five times more), and 刚 ("just") starts the verb phrase. `extendCutNames` (cut-names.ts) puts a cut
 * mention back to the longer name the article writes over it, but not over another mention. The
 * other mention is a misreading when the article never writes it except run on from that longer name
 * (王刚 appears only in 韦德王刚): then the longer name is taken over both. A neighbour written on its
 * own anywhere (王刚说) is someone else and stays. audit4: 韦德 and 王刚 gone, 韦德王 found there.
 */
/** The longer name must be written this often in the article: it is the article's name, not a one-off. */
export const MIN_LONGER_USES = 2;

/** How often `part` is written in `texts`. */
function uses(texts: readonly string[], part: string): number {
  let n = 0;
  for (const text of texts) for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
  return n;
}

/**
 * Whether the mention `neighbour`, overlapping the longer name `longer` in the run `run` (the two
 * together as printed: 韦德王刚), is written nowhere in `texts` but in that run, and `longer` is
 * written at least `MIN_LONGER_USES` times.
 */
export function neighbourOnlyInsideLonger(
  texts: readonly string[],
  longer: string,
  neighbour: string,
  run: string,
): boolean {
  if (!run.startsWith(longer) || !run.endsWith(neighbour)) return false;
  return uses(texts, longer) >= MIN_LONGER_USES && uses(texts, neighbour) === uses(texts, run);
}
