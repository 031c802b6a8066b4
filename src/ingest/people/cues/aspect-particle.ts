/**
 * 着 after a verb (跟着, 随着, 带着, 陪着, 沿着) ends the verb, so nothing before it belongs to the title
 * that follows: `我跟着三沙市…工委书记王春` (跟 is a function character, and the title came out
 * `着三沙市…`), `随着县长刘国强的到来` (随着 was read as an unnamed two-character place before 县).
 * Names of bodies and places hold it almost never.
 */
export const ASPECT_PARTICLE = "着";
/** Words that start with 着 and are no particle (`载人航天工程着陆场系统副总设计师`). */
export const WORDS_STARTING_WITH_PARTICLE: readonly string[] = [
  "着陆",
  "着力",
  "着眼",
  "着手",
  "着重",
  "着装",
  "着想",
  "着落",
  "着色",
  "着火",
  "着迷",
  "着急",
];

/** Whether 着 at `at` is the particle, not the first character of a word (着陆, 着急). */
export function isParticle(chars: readonly string[], at: number): boolean {
  return chars[at] === ASPECT_PARTICLE && !WORDS_STARTING_WITH_PARTICLE.includes(`${chars[at]}${chars[at + 1]}`);
}

/** Where a title read back over `chars[from, to)` may start at the latest: after its last 着 (`from` when none). */
export function afterAspectParticle(chars: readonly string[], from: number, to: number): number {
  for (let at = to - 1; at >= from; at--) if (isParticle(chars, at)) return at + 1;
  return from;
}

export function holdsAspectParticle(chars: readonly string[], from: number, to: number): boolean {
  return afterAspectParticle(chars, from, to) !== from;
}
