/**
 * The dots that part a foreign or minority name (`哈里逊·福特`): the middle dot, the bullet some
 * texts set for it, and the katakana middle dot. One list for every cue that reads a dotted name.
 */
export const NAME_DOTS = "·•・";
