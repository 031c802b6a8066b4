/**
 * Verbs that take the person addressed right after them and that the tagger glues to a foreign
 * name's front (`主席致|卡洛斯总统的信` read 致卡洛斯): consistency.ts cuts them off a name that
 * the same article also writes without them, as it does the function words. 致 is no surname of
 * the lists, so a name led by it is never its own. audit 9: a president's name glued to 致 beside the name alone.
 */
export const ADDRESSING_VERBS = "致";
