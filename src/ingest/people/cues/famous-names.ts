import { addMention, type TaggedText } from "../mentions";
import { FUNCTION_SURNAMES, NOT_LAST } from "./name-edges";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import { charsAt } from "./chars-at";
import { MAX_WORD_LENGTH, MIN_CUT_WORD_LENGTH, type ReferenceLexicon } from "../reference-lexicon";

/**
 * Historical, literary and artistic figures a newspaper's culture and history pages name in plain
 * running text with nothing around them that says "person" (`秦桧未尝不知…`, `我想起歌德的一句话`,
 * `东和孙权，北拒曹操`). The tagger rules them out (it gives 秦桧 0.05, 歌德 0.01, 金庸 0.00): the
 * training days name few of them, and no cue fires. Written from general knowledge (classical
 * and modern Chinese writers, painters, thinkers, rulers and heroes; the world's best-known
 * writers, composers, painters, scientists and statesmen), not from the corpus; then pruned with
 * the training days 1–15 only, where a listed string that the gold does not count as a person
 * showed up (张良 and 卫青 as parts of modern names) or a famous name is also a word (路遥 of
 * 路遥知马力, 李斯 of 李斯特, 韩非 of 韩非子, 达利, 欧拉 of 美欧拉美, 洛克 of 洛克比), on a
 * third of the unannotated rmrb-web articles (左权 of 左权县, 柳青 of 杨柳青, 苏武 of 驻苏武官, 琼瑶
 * of 报之以琼瑶), and on the development days 16–20 (萧何 of the
 * saying 成也萧何，败也萧何, which the gold does not count). Figures of the 20th century's politics that
 * the training days name often (毛泽东, 马克思, 列宁) are left to the tagger: they stand inside
 * compounds the gold does not count (马克思主义, 邓小平理论).
 */
export const FAMOUS_NAMES: readonly string[] = [
  // classical China
  ...["孔子", "孟子", "庄子", "墨子", "荀子", "屈原", "宋玉", "秦始皇", "嬴政", "刘邦", "项羽", "韩信"],
  ...["吕后", "汉武帝", "汉文帝", "司马迁", "司马相如", "司马光", "班固", "班超", "张骞"],
  ...["王昭君", "蔡伦", "张衡", "华佗", "张仲景", "王莽", "光武帝", "曹操", "曹丕", "曹植", "刘备", "孙权"],
  ...["诸葛亮", "关羽", "张飞", "赵云", "周瑜", "鲁肃", "吕布", "董卓", "貂蝉", "司马懿", "孙策", "黄忠"],
  ...["马超", "祖冲之", "王羲之", "王献之", "陶渊明", "谢灵运", "顾恺之", "嵇康", "阮籍", "隋炀帝"],
  ...["唐太宗", "李世民", "魏征", "武则天", "唐玄宗", "杨贵妃", "李白", "杜甫", "白居易", "王维", "孟浩然"],
  ...["李商隐", "杜牧", "韩愈", "柳宗元", "刘禹锡", "王勃", "骆宾王", "贺知章", "王之涣", "岑参"],
  ...["李贺", "玄奘", "鉴真", "颜真卿", "柳公权", "欧阳询", "怀素", "吴道子", "阎立本", "欧阳修", "苏轼"],
  ...["苏东坡", "苏洵", "苏辙", "王安石", "范仲淹", "包拯", "岳飞", "秦桧", "辛弃疾", "李清照", "陆游"],
  ...["朱熹", "文天祥", "沈括", "毕昇", "宋徽宗", "赵匡胤", "成吉思汗", "忽必烈", "关汉卿", "王实甫"],
  ...["马致远", "朱元璋", "李时珍", "海瑞", "戚继光", "徐霞客", "徐光启", "汤显祖", "唐寅", "唐伯虎"],
  ...["徐渭", "王阳明", "顾炎武", "黄宗羲", "王夫之", "郑成功", "郑板桥", "曹雪芹", "蒲松龄", "吴承恩"],
  ...["施耐庵", "罗贯中", "吴敬梓", "纪晓岚", "林则徐", "魏源", "龚自珍", "慈禧", "曾国藩", "李鸿章"],
  ...["左宗棠", "康有为", "梁启超", "谭嗣同", "洪秀全", "孙中山", "孙逸仙", "黄兴", "秋瑾", "蔡元培"],
  ...["袁世凯", "邓世昌", "詹天佑"],
  // modern China: writers, artists, scholars, scientists, heroes
  ...["鲁迅", "胡适", "陈独秀", "李大钊", "郭沫若", "茅盾", "巴金", "老舍", "曹禺", "冰心", "沈从文"],
  ...["徐志摩", "闻一多", "朱自清", "丁玲", "艾青", "钱钟书", "张爱玲", "林语堂", "梁实秋", "郁达夫"],
  ...["萧红", "赵树理", "叶圣陶", "夏衍", "田汉", "聂耳", "冼星海", "齐白石", "徐悲鸿", "张大千", "刘海粟"],
  ...["林风眠", "黄宾虹", "傅抱石", "李可染", "吴昌硕", "潘天寿", "丰子恺", "梅兰芳", "程砚秋", "周信芳"],
  ...["钱学森", "华罗庚", "李四光", "竺可桢", "茅以升", "陈景润", "邓稼先", "王国维", "章太炎", "严复"],
  ...["林徽因", "梁思成", "傅雷", "白求恩", "张思德", "董存瑞", "黄继光", "刘胡兰", "邱少云", "傅作义"],
  ...["程潜", "张学良", "杨虎城", "蒋介石", "宋庆龄", "宋美龄", "金庸", "舒婷", "余光中", "王蒙"],
  ...["钱穆", "冯友兰", "季羡林", "启功"],
  // more of classical and modern China, and characters of its novels and legends (the PFR gold counts them)
  ...["孙武", "孙膑", "商鞅", "管仲", "晏子", "伍子胥", "勾践", "西施", "范蠡", "孟姜女", "蔡文姬"],
  ...["花木兰", "杨业", "穆桂英", "寇准", "狄仁杰", "房玄龄", "杜如晦", "文成公主", "松赞干布", "郭子仪", "安禄山"],
  ...["黄巢", "柳永", "晏殊", "周邦彦", "姜夔", "黄庭坚", "米芾", "蔡襄", "赵孟頫", "黄公望", "倪瓒"],
  ...["王冕", "文征明", "文徵明", "沈周", "仇英", "董其昌", "八大山人", "石涛", "金农", "袁枚", "李渔"],
  ...["孔尚任", "洪昇", "张择端", "宋应星", "李贽", "张居正", "于谦", "袁崇焕", "史可法", "李自成", "吴三桂"],
  ...["努尔哈赤", "皇太极", "华彦钧", "阿炳", "刘天华", "谭鑫培", "马连良", "荀慧生", "尚小云", "常香玉", "严凤英"],
  ...["周作人", "俞平伯", "臧克家", "刘白羽", "杨朔", "秦牧", "周立波", "孙犁", "郭小川", "艾芜"],
  ...["沙汀", "姚雪垠", "吴作人", "李苦禅", "黄胄", "关山月", "任伯年", "蒋兆和", "华君武", "徐特立", "吴玉章"],
  ...["方志敏", "瞿秋白", "邹韬奋", "陶行知", "杨靖宇", "赵一曼", "彭湃", "恽代英", "李公朴", "孙悟空"],
  ...["猪八戒", "唐僧", "林黛玉", "贾宝玉", "王熙凤", "薛宝钗", "祥林嫂", "孔乙己", "宋江", "武松", "李逵"],
  ...["林冲", "鲁智深", "梁山伯", "祝英台", "许仙", "白素贞"],
  // the world
  ...["莎士比亚", "歌德", "席勒", "巴尔扎克", "雨果", "托尔斯泰", "陀思妥耶夫斯基", "普希金", "屠格涅夫"],
  ...["契诃夫", "高尔基", "果戈理", "莱蒙托夫", "马雅可夫斯基", "肖洛霍夫", "狄更斯", "拜伦", "雪莱"],
  ...["济慈", "华兹华斯", "但丁", "薄伽丘", "塞万提斯", "荷马", "安徒生", "易卜生", "泰戈尔", "海明威"],
  ...["福克纳", "惠特曼", "卡夫卡", "萨特", "加缪", "左拉", "莫泊桑", "福楼拜", "司汤达", "大仲马"],
  ...["小仲马", "伏尔泰", "卢梭", "孟德斯鸠", "笛卡儿", "笛卡尔", "康德", "黑格尔", "尼采", "叔本华"],
  ...["费尔巴哈", "柏拉图", "亚里士多德", "苏格拉底", "达尔文", "牛顿", "爱因斯坦", "伽利略", "哥白尼"],
  ...["居里夫人", "诺贝尔", "爱迪生", "法拉第", "门捷列夫", "巴甫洛夫", "阿基米德", "欧几里得", "贝多芬"],
  ...["莫扎特", "巴赫", "海顿", "肖邦", "舒伯特", "舒曼", "柴可夫斯基", "瓦格纳", "威尔第", "勃拉姆斯"],
  ...["德彪西", "米开朗琪罗", "米开朗基罗", "拉斐尔", "伦勃朗", "梵高", "凡高", "毕加索", "莫奈", "罗丹"],
  ...["塞尚", "高更", "马蒂斯", "卓别林", "哥伦布", "麦哲伦", "拿破仑", "林肯", "恺撒", "凯撒", "彼得大帝"],
  ...["甘地", "丘吉尔", "戴高乐", "希特勒", "墨索里尼", "房龙", "马克·吐温", "杰克·伦敦", "欧·亨利"],
  ...["罗曼·罗兰", "达·芬奇", "马可·波罗", "列夫·托尔斯泰", "夏目漱石", "川端康成", "芥川龙之介"],
  ...["松尾芭蕉", "黑泽明", "鲁宾斯坦", "帕瓦罗蒂", "多明戈", "卡拉扬", "小泽征尔"],
  ...[
    "罗素",
    "马尔克斯",
    "普鲁斯特",
    "乔伊斯",
    "勃朗特",
    "斯坦贝克",
    "福尔摩斯",
    "哈姆雷特",
    "堂吉诃德",
    "罗密欧",
    "朱丽叶",
  ],
  ...[
    "鲁滨孙",
    "保尔·柯察金",
    "安娜·卡列尼娜",
    "葛朗台",
    "施特劳斯",
    "约翰·施特劳斯",
    "李斯特",
    "门德尔松",
    "亨德尔",
    "维瓦尔第",
    "罗西尼",
  ],
  ...[
    "普契尼",
    "比才",
    "德沃夏克",
    "西贝柳斯",
    "拉赫玛尼诺夫",
    "斯特拉文斯基",
    "肖斯塔科维奇",
    "马勒",
    "格里格",
    "列宾",
    "达芬奇",
  ],
  ...["鲁本斯", "戈雅", "德拉克洛瓦", "库尔贝", "雷诺阿", "马奈", "蒙克", "弥尔顿", "乔叟", "斯威夫特", "笛福"],
  ...[
    "萧伯纳",
    "王尔德",
    "哈代",
    "毛姆",
    "伍尔夫",
    "海涅",
    "托马斯·曼",
    "黑塞",
    "布莱希特",
    "奥斯特洛夫斯基",
    "索尔仁尼琴",
  ],
  ...[
    "帕斯捷尔纳克",
    "纪德",
    "波德莱尔",
    "兰波",
    "凡尔纳",
    "聂鲁达",
    "博尔赫斯",
    "三岛由纪夫",
    "大江健三郎",
    "纪伯伦",
    "叶芝",
  ],
  ...[
    "贝克特",
    "爱伦·坡",
    "梭罗",
    "爱默生",
    "斯托夫人",
    "德莱塞",
    "菲茨杰拉德",
    "亚当·斯密",
    "凯恩斯",
    "马尔萨斯",
    "李嘉图",
  ],
  ...["弗洛伊德", "荣格", "霍金", "图灵", "冯·诺依曼", "开普勒", "帕斯卡", "高斯", "莱布尼茨", "霍布斯", "休谟"],
  ...[
    "边沁",
    "马基雅弗利",
    "维特根斯坦",
    "海德格尔",
    "杰斐逊",
    "俾斯麦",
    "克伦威尔",
    "凯末尔",
    "尼赫鲁",
    "铁托",
    "赫鲁晓夫",
  ],
  ...["勃列日涅夫", "马丁·路德·金"],
];

/**
 * Names the hand list was pruned of (see above): the dictionary's persons do not bring them back.
 * Parts of modern names, words and sayings in the training days, the rmrb-web articles and dev.
 */
export const NOT_FAMOUS: ReadonlySet<string> = new Set([
  "张良",
  "卫青",
  "路遥",
  "李斯",
  "韩非",
  "达利",
  "欧拉",
  "洛克",
  "左权",
  "柳青",
  "苏武",
  "琼瑶",
  "萧何",
]);

/**
 * What the reference dictionary (reference-lexicon.ts) adds: its well-known persons as more names,
 * its long words and idioms as a guard.
 */
export type FamousDictionary = Pick<ReferenceLexicon, "wellKnownPersons" | "longWords">;

/** A listed name as characters, and whether it is spelt in transliteration characters. */
interface Listed {
  chars: readonly string[];
  foreign: boolean;
}

/** What joins the parts of a foreign name: a listed name beside it is a part of a longer one (拉吉夫·甘地). */
const NAME_JOINERS = "·．.•－-—";

const isTransliteration = (c: string | undefined) => c !== undefined && TRANSLITERATION_CPS.has(c.codePointAt(0)!);

/** The names by their first character, longest first (列夫·托尔斯泰 before 托尔斯泰). */
function indexByFirstChar(names: Iterable<string>): Map<string, Listed[]> {
  const byFirstChar = new Map<string, Listed[]>();
  for (const name of [...new Set(names)].sort((a, b) => b.length - a.length)) {
    const chars = Array.from(name);
    const listed = { chars, foreign: chars.every((c) => c === "·" || isTransliteration(c)) };
    const same = byFirstChar.get(chars[0]!);
    if (same === undefined) byFirstChar.set(chars[0]!, [listed]);
    else same.push(listed);
  }
  return byFirstChar;
}

const HAND_LIST = indexByFirstChar(FAMOUS_NAMES);
/** The hand list with a dictionary's well-known persons (reference-lexicon.ts), built once per set. */
const WITH_PERSONS = new WeakMap<ReadonlySet<string>, Map<string, Listed[]>>();

function indexWith(persons: ReadonlySet<string> | undefined): Map<string, Listed[]> {
  if (persons === undefined) return HAND_LIST;
  let index = WITH_PERSONS.get(persons);
  if (index === undefined) {
    index = indexByFirstChar([...FAMOUS_NAMES, ...[...persons].filter((p) => !NOT_FAMOUS.has(p))]);
    WITH_PERSONS.set(persons, index);
  }
  return index;
}

function listedAt(chars: readonly string[], at: number, listed: Listed): boolean {
  for (let i = 1; i < listed.chars.length; i++) if (chars[at + i] !== listed.chars[i]) return false;
  return true;
}

const TWO = 2;
/** What makes a name the first part of a place's or a thing's name: 屈原村, 黄兴路, 墨子号 卫星, 蒙哥马利郡. */
const PLACE_ENDS = "路街村县市镇乡岭滩号郡州";
/**
 * What makes a name part of an institution's or a prize's name (孔子学院, 茅盾文学奖, 宋庆龄基金会):
 * the PFR gold counts such a name only as optional, the rmrb-web guidelines likewise; seen on the
 * unannotated rmrb-web articles (孔子学院) and in main's and this rule's names on the rmrb-3 texts.
 */
const INSTITUTION_WORDS = [
  "学院",
  "大学",
  "中学",
  "小学",
  "奖",
  "纪念馆",
  "博物馆",
  "书店",
  "基金会",
  "研究会",
  "公益基",
];
const WORDS_AFTER = 3;

function namesAnInstitution(chars: readonly string[], end: number): boolean {
  const next = chars.slice(end, end + WORDS_AFTER).join("");
  return INSTITUTION_WORDS.some((w) => next.startsWith(w)) || next.startsWith("文学奖");
}

/**
 * What makes a name the head of a doctrine's name, one word in the PFR gold and not a name
 * (邓小平理论 162 times, 马克思主义 87, 毛泽东思想 15 on days 1–20; 邓小平 思想 once); in rmrb-web
 * text a name before 新时代… (a doctrine's long name) is optional in the gold.
 */
const DOCTRINE_WORDS = ["理论", "主义", "思想", "新时代"].map((w) => Array.from(w));

function namesADoctrine(chars: readonly string[], end: number): boolean {
  return DOCTRINE_WORDS.some((w) => charsAt(chars, end, w));
}

/**
 * A name printed inside a longer dictionary word or idiom (`廉颇老矣`, `成也萧何`): the saying, not
 * the person (the gold does not count it). Words of `MIN_CUT_WORD_LENGTH` to `MAX_WORD_LENGTH`
 * characters (reference-lexicon.ts); only looked up where a listed name matched.
 */
/**
 * Sayings with a figure's name that the dictionary lacks (`廉颇老矣`, a false name on fold 2: an
 * athlete past her best), looked up with its long words.
 */
const SAYINGS: ReadonlySet<string> = new Set(["廉颇老矣", "成也萧何", "败也萧何"]);

function insideLongWord(chars: readonly string[], start: number, end: number, words: ReadonlySet<string>): boolean {
  for (let from = Math.max(0, end - MAX_WORD_LENGTH); from <= start; from++) {
    const last = Math.min(chars.length, from + MAX_WORD_LENGTH);
    for (let to = Math.max(end, from + MIN_CUT_WORD_LENGTH); to <= last; to++) {
      if (from === start && to === end) continue;
      const word = chars.slice(from, to).join("");
      if (words.has(word) || SAYINGS.has(word)) return true;
    }
  }
  return false;
}

/** 老郑和小郑: a surname after 老 or 小 is someone's address form, and the name runs on into a word. */
const ADDRESS_PREFIXES = "老小";

/** 哈姆雷特式的问题: a name before 式 is a word for a manner, not the person (the gold does not count it). */
const STYLE_MARK = "式";

/**
 * A two-character name whose first character ends a word with the character before it, or whose
 * last character starts one with the character after it, is two words' halves (提高|适应 holds
 * 高适, 小王|维护 holds 王维). Names of three and more characters do not meet words so.
 */
function gluedIntoWords(chars: readonly string[], at: number, isWord: (word: string) => boolean): boolean {
  const before = chars[at - 1];
  const after = chars[at + TWO];
  return (
    (before !== undefined && isWord(before + chars[at]!)) || (after !== undefined && isWord(chars[at + 1]! + after))
  );
}

/**
 * Where a listed name stands as a whole name: not a part of a dotted name, and, for a name spelt in
 * transliteration characters, not a part of a longer transliteration (哥德巴赫 holds 巴赫). Longest
 * names first, so 列夫·托尔斯泰 wins over 托尔斯泰.
 */
export function famousNameSpans(
  chars: readonly string[],
  isWord: (word: string) => boolean,
  dictionary?: FamousDictionary,
): { start: number; end: number }[] {
  const index = indexWith(dictionary?.wellKnownPersons);
  const spans: { start: number; end: number }[] = [];
  for (let at = 0; at < chars.length; at++) {
    const names = index.get(chars[at]!);
    if (names === undefined) continue;
    for (const listed of names) {
      const length = listed.chars.length;
      if (!listedAt(chars, at, listed)) continue;
      const before = chars[at - 1];
      const after = chars[at + length];
      if (NAME_JOINERS.includes(before ?? "x") || NAME_JOINERS.includes(after ?? "x")) break;
      if (listed.foreign && (isTransliteration(before) || isTransliteration(after))) break;
      if (length === TWO && gluedIntoWords(chars, at, isWord)) break;
      if (!listed.foreign && before !== undefined && ADDRESS_PREFIXES.includes(before)) break;
      if (after !== undefined && (after === STYLE_MARK || PLACE_ENDS.includes(after))) break;
      if (namesAnInstitution(chars, at + length) || namesADoctrine(chars, at + length)) break;
      if (dictionary !== undefined && insideLongWord(chars, at, at + length, dictionary.longWords)) break;
      spans.push({ start: at, end: at + length });
      at += length - 1;
      break;
    }
  }
  return spans;
}

/**
 * A modern name that holds a listed one (王岳飞, 李贺军, 但丁妮): the tagger finds the span one
 * character longer on either side likelier than the listed name, and at least this likely; a
 * function word is not that character (魏征|向唐太宗).
 */
export const LONGER_NAME_MIN_PROBABILITY = 0.1;

function longerNameAround(tagged: TaggedText, start: number, end: number): boolean {
  const own = tagged.scorer.spanProbability(start, end);
  const { chars } = tagged;
  const longer = [
    start > 0 && !FUNCTION_SURNAMES.includes(chars[start - 1]!) ? tagged.scorer.spanProbability(start - 1, end) : 0,
    end < chars.length && !NOT_LAST.includes(chars[end]!) ? tagged.scorer.spanProbability(start, end + 1) : 0,
  ];
  return longer.some((p) => p >= LONGER_NAME_MIN_PROBABILITY && p > own);
}

/**
 * Adds each listed name where it stands whole. A name the tagger or a cue found around it (张良华
 * holds 张良) keeps its reading; a tagger guess that cuts across it or lies inside it (`公保刘|备过江`)
 * gives way.
 */
export function addFamousNames(
  tagged: TaggedText,
  index: number,
  isWord: (word: string) => boolean,
  dictionary?: FamousDictionary,
): void {
  for (const { start, end } of famousNameSpans(tagged.chars, isWord, dictionary)) {
    const around = tagged.mentions.filter((m) => m.start < end && start < m.end);
    if (longerNameAround(tagged, start, end)) continue;
    const same = around.find((m) => m.start === start && m.end === end);
    if (same !== undefined) {
      // the tagger's own guess is vouched for: the support check must not drop it
      if (same.source === "tagger") same.source = "title";
      continue;
    }
    if (around.some((m) => m.start <= start && end <= m.end)) continue;
    if (around.some((m) => m.source !== "tagger")) continue;
    tagged.mentions = tagged.mentions.filter((m) => !around.includes(m));
    addMention(tagged, { text: index, start, end, source: "title" });
  }
}
