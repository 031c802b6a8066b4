import { isHan } from "@/text/char-class";
import { leadingPlace, provincesOf } from "./china-places";
import { leadingCountry } from "./countries";

/**
 * Where a title puts its holder: the places and organisations it names before the post
 * (`平安县红星村党支部书记` → 平安县, 红星村; `湖北省委书记` → 湖北 (province 42); `清华大学教授` → 清华大学;
 * `美国总统` → 美国). Two mentions of a name whose titles share no such anchor, and are not tied by a
 * mention that holds both, may be two people (`namesakes.ts`).
 *
 * A known place (China's divisions down to the county) anchors to its province, so 武汉市委书记 and
 * 湖北省委副书记 agree. A place we do not know anchors to itself. National bodies (中共中央, 国务院,
 * 全国人大…) anchor nowhere, but the centre's own posts anchor together (`CENTRAL_POST`); a post
 * held before (时任浙江省委书记) anchors nowhere: careers cross provinces.
 */
export interface Anchor {
  /**
   * What is compared: `p:42` (a province), `x:平安县` (a place not in the gazetteer), `k:US` (a
   * country), `n:` (a post at the centre), `o:清华大学` (a body).
   */
  key: string;
  /** The place or organisation as printed. */
  label: string;
}

/**
 * Words a title may start with before its place: tense and party (时任, 原, 中共), and the end of a
 * dateline the title was read with (北京1月5日|讯国务院总理).
 */
const LEADING_WORDS = /^(?:[日电]?讯|现任|新任|中共)+/u;
/** A post held before (时任, 原, 曾任): it tells where the person was, not who they are now. */
const PAST_POST = /^(?:时任|原任|曾任|原|前)/u;
/** National bodies and words for the whole country: such a title anchors nowhere… */
const NATIONAL = /^(?:中国|中华|全国|中央|国家|国务院|最高人民|解放军|人民解放军|武警)/u;
/**
 * …except a post in the centre's own bodies (国家主席, 中共中央总书记, 国务院总理, 中央军委副主席;
 * not a central bank or a spokesman: 中央银行行长 and 国务院发言人 are as often another country's):
 * few hold one, so such posts anchor together (`n:`). Members and deputies (全国人大代表,
 * 全国政协委员) are not posts there: a village secretary may be one.
 */
const CENTRAL_POST = /^(?:中共中央|中央(?!银行)|国家|国务院)(?!.*(?:代表|委员|发言人)$)|^国务委员/u;
/** Longest known place read at the start of what is left of a title (内蒙古自治区 is 6, 恩施土家族苗族自治州 is 10). */
const MAX_PLACE_LENGTH = 10;
/**
 * A place we do not know: two Han characters and an admin level (平安县, 红星村, 城关镇), the
 * usual length of such a name (see `UNKNOWN_PLACE_LENGTH` in the title cues). Not 省: every
 * province is known, and an unknown 省 is a ministry abroad (大藏省). Not a run that starts with
 * a level or holds 副, 委, 党 (县|副县长, 市委|副书记): that is a post.
 */
const UNKNOWN_PLACE = /^(?![省市区县镇乡村州旗盟])(?!.?[副委党])\p{Script=Han}{2}[市区县镇乡村州旗盟]/u;
/** Three characters that look like a place but name a kind of place, not one. */
const GENERIC_PLACES = new Set([
  "自治区",
  "自治州",
  "自治县",
  "自治旗",
  "开发区",
  "示范区",
  "保护区",
  "试验区",
  "风景区",
  "管理区",
  "工业区",
  "高新区",
  "新城区",
  "直辖市",
  "地级市",
  "县级市",
  "贫困县",
  "贫困村",
  "示范县",
  "示范村",
  "试点县",
  "行政村",
  "自然村",
  "中心村",
  "新农村",
  "小城镇",
  "重点镇",
  "特色镇",
  "少数民",
]);
/**
 * Organisations that name one body (清华大学, 宝钢集团, 协和医院), read when the title names no
 * place; a 局 or 委员会 without its place is any town's.
 */
const NAMED_BODY_UNITS = [
  "大学",
  "学院",
  "集团",
  "公司",
  "医院",
  "研究所",
  "研究院",
  "银行",
  "报社",
  "电视台",
  "中学",
  "小学",
];
/** What after a country's name makes it part of another word: a people (蒙古族), an origin (美籍). */
const NOT_AFTER_COUNTRY = /^[族裔籍]/u;
/** Shortest own name before such a unit (北大 is 2; 本院, 该公司 are not names). */
const MIN_BODY_NAME_LENGTH = 2;
/** Words that make a body's "name" a reference to one already named. */
const NOT_BODY_NAMES = /^[本该此其这那我某各]/u;

/** The anchors of one title, in the order it names them. */
export function roleAnchors(role: string): Anchor[] {
  if (PAST_POST.test(role)) return [];
  let rest = role.replace(LEADING_WORDS, "");
  const central = CENTRAL_POST.exec(rest)?.[0];
  if (central !== undefined) return [{ key: "n:", label: central }];
  if (NATIONAL.test(rest)) return [];
  const anchors: Anchor[] = [];
  for (;;) {
    const known = leadingPlace(rest, MAX_PLACE_LENGTH);
    if (known !== null) {
      for (const province of provincesOf(known) ?? []) anchors.push({ key: `p:${province}`, label: known });
      rest = rest.slice(known.length);
      continue;
    }
    const unknown = UNKNOWN_PLACE.exec(rest)?.[0];
    if (unknown !== undefined && !GENERIC_PLACES.has(unknown)) {
      anchors.push({ key: `x:${unknown}`, label: unknown });
      rest = rest.slice(unknown.length);
      continue;
    }
    break;
  }
  if (anchors.length > 0) return anchors;
  const country = leadingCountry(rest);
  const afterCountry = country === null ? "" : rest.slice(country.name.length);
  if (
    country !== null &&
    !NOT_AFTER_COUNTRY.test(afterCountry) &&
    !NAMED_BODY_UNITS.some((u) => afterCountry.startsWith(u))
  )
    return [{ key: `k:${country.code}`, label: country.name }];
  const body = namedBody(rest);
  return body === null ? [] : [{ key: `o:${body}`, label: body }];
}

/** The named body a title starts with (`清华大学教授` → 清华大学), or null. */
function namedBody(text: string): string | null {
  let best: number | null = null;
  for (const unit of NAMED_BODY_UNITS) {
    const at = text.indexOf(unit);
    if (at >= MIN_BODY_NAME_LENGTH && (best === null || at + unit.length < best)) best = at + unit.length;
  }
  if (best === null) return null;
  const body = text.slice(0, best);
  if (NOT_BODY_NAMES.test(body) || ![...body].every(isHan)) return null;
  return body;
}
