/**
 * A foreign ministry whose first field is a person noun (`某国劳工和福利部副部长`, `某国妇女和
 * 青年事务部部长`): `joined-organisation.ts` leaves a part before 和 that ends like a person noun
 * (工, 女, 民…) as a conjunct of its own (`村民和村委会主任`), so the ministry lost its country and first
 * field. The part is read back when:
 * - it opens with a known place (the country owning the body) and holds at least
 *   `MIN_FIELD_AFTER_PLACE` characters after it (a bare place is the scene or a second country,
 *   left to the joiner reading: `中国和美国总统`);
 * - the title after the joiner names a body by its unit (部, 局, 委, 署, 厅) before its post, so the
 *   part is the first field of that body's name, not a second person (`村民和村干部`: no unit).
 * Only the person-noun ending is waived here: the joiner reading's other checks still apply.
 */
/** Units of a government body whose name can be two fields joined by 和. */
const BODY_UNITS = "部局委署厅";
/** Characters of the field after the owning place: two at least (劳工, 妇女). */
const MIN_FIELD_AFTER_PLACE = 2;
/** Longest known place looked for at the part's start (a country's name). */
const MAX_PLACE_LENGTH = 6;

/**
 * Is `part` (before the joiner) a country's body's first field, given the `title` read after the
 * joiner (`福利部副部长`) and the known places?
 */
export function isOwnedBodyField(part: string, title: string, places: ReadonlySet<string>): boolean {
  // cheap check first: a unit inside the title, with a post after it
  let unit = false;
  for (let i = 1; i < title.length - 1; i++)
    if (BODY_UNITS.includes(title[i]!)) {
      unit = true;
      break;
    }
  if (!unit) return false;
  for (let len = Math.min(MAX_PLACE_LENGTH, part.length - MIN_FIELD_AFTER_PLACE); len >= 2; len--)
    if (places.has(part.slice(0, len))) return true;
  return false;
}
