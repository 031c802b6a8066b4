import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import { afterAspectParticle } from "./aspect-particle";
import { numberInTitleStart } from "./numbered-unit";
import { afterDateUnit } from "./date-unit";

/**
 * A title cut inside a word (`中宣|部部长`, `国家|主席`, `银保监会|副主席`, `越南国防|部长`) is read
 * on to where its clause starts: the words a title parser knows (units, places) end long before
 * the names of bodies do (国家市场监管总局, 中非合作论坛非方共同主席国塞内加尔). The reading stops
 * after the last verb or pronoun that opens the clause (`会见|越南国防部长`, `致函|…总统`), so
 * what it keeps is the noun phrase before the name. Punctuation, a function character or anything
 * not Han (a date's digits: `1月9日电 国家主席`, where 日电 is taken off too) starts the clause.
 */
/**
 * Longest title read so, in characters: longer stretches are clauses, not titles. A national
 * body's committee and its chair (`全国人民代表大会原内务司法委员会副主任委员`) is 21.
 */
export const MAX_CLAUSE_TITLE_LENGTH = 24;

/** Words that open a clause before a title but are no part of it. */
export const TITLE_CLAUSE_OPENERS: readonly string[] = [
  "本报讯",
  "会见",
  "会谈",
  "致函",
  "致电",
  "出席",
  "陪同",
  "邀请",
  "担任",
  "当选",
  "任命",
  "看望",
  "慰问",
  "接见",
  "会同",
  "率领",
  "获悉",
  "贯彻",
  "落实",
  "学习",
  "听取",
  "拜会",
  "来到",
  "作为",
  "包括",
  "分别",
  "记者",
  "其中",
  "今天",
  "昨天",
  "日前",
  "近日",
  "当天",
  "率",
  "日电",
  "宣布",
  "讨论",
  // session 39 (rmrb53): a body approving what the holder did (`议会…批准|总统某某签署的…`)
  "批准",
  // session 32: verbs whose object is the person the title names (`记者会，介绍|世界卫生组织总干事…`,
  // `7日援引|…咨询公司专家`, `视频连线|后方中医肺病专家`)
  "介绍",
  "援引",
  "连线",
  // a connective (`。但|重症医学专家、…副院长`)
  "但",
  // a body announcing a case (`四川省纪委监委发布|广安市委副书记…`, `四川通报|旺苍县委原书记…`)
  "发布",
  "通报",
  "还有",
  // session 33 (rmrb20 roles audits): verbs whose object is the person (`正如|…董事总经理`, `见到|…`,
  // `热烈欢迎|中国国家主席`, `提起|第一书记`) or that open the clause before one (`按照|…总统…`)
  "正如",
  "见到",
  "按照",
  "提起",
  "接到",
  "欢迎",
  "派",
  "应",
  "据",
  "他们",
  "她们",
  "我们",
  "他",
  "她",
  "我",
];

/**
 * Words inside a body's name or a title that hold a one-character opener but open nothing
 * (`中央应对新冠肺炎疫情工作领导小组组长`, `派出所所长`, `我国驻美大使`, `大数据局`): the opener there
 * is part of the title.
 */
export const NOT_OPENING_WORDS: readonly string[] = [
  "应对",
  "应急",
  "应用",
  "派出所",
  "派驻",
  "我国",
  "我省",
  "我市",
  "我区",
  "我县",
  // session 33 (rmrb23): 据 inside a word (`达州市大数据局规划科工作人员`)
  "数据",
  // session 38 (rmrb50): 学习 inside a committee's name (`…和学习委员会` + 副主任 was cut to
  // `委员会副主任`); 学习 as a verb before a title is followed by the person, not by 委员会
  "学习委员会",
];

/**
 * Words of bodies' names and titles that hold a function character (`中央应对…领导小组`,
 * `中国人民对外友好协会`): the character there does not start a clause.
 */
export const FUNCTION_CHAR_WORDS: readonly string[] = [
  "应对",
  "对外",
  // session 38 (rmrb49): the epidemic's first official name in bodies' names, early 2020
  // (`某省…感染的肺炎…专家组副组长`, `…感染的肺炎某某指挥部`)
  "感染的肺炎",
  // session 40 (rmrb60, dev10): the fixed phrase for the country's leaders (`党和国家领导人`), cut at its
  // 和 to `国家领导人`
  "党和国家",
];

/** Whether the function character at `at` is inside one of `FUNCTION_CHAR_WORDS`. */
function insideWord(chars: readonly string[], at: number): boolean {
  return FUNCTION_CHAR_WORDS.some((w) => {
    const k = Array.from(w).indexOf(chars[at]!);
    return k >= 0 && chars.slice(at - k, at - k + Array.from(w).length).join("") === w;
  });
}

/** Longest of `NOT_OPENING_WORDS`, in characters: how far past the stretch a word holding an opener may reach. */
const MAX_NOT_OPENING_LENGTH = Math.max(...NOT_OPENING_WORDS.map((w) => Array.from(w).length));

/**
 * The end of the last opener in `stretch` (0 when none). `following` is the text right after the
 * stretch (the title's start): a word holding the opener may run on into it (`…和学习|委员会副主任`).
 */
function lastOpenerEnd(stretch: string, following = ""): number {
  const text = stretch + following;
  let cut = 0;
  for (const opener of TITLE_CLAUSE_OPENERS) {
    for (let found = stretch.lastIndexOf(opener); found >= 0; found = stretch.lastIndexOf(opener, found - 1)) {
      const heldInWord = NOT_OPENING_WORDS.some((w) => {
        const k = w.indexOf(opener);
        return k >= 0 && found >= k && text.startsWith(w, found - k);
      });
      if (!heldInWord) {
        cut = Math.max(cut, found + opener.length);
        break;
      }
      if (found === 0) break;
    }
  }
  return cut;
}

/** Where a title that starts at `start` and ends at `end` starts when read to its clause's start. */
export function clauseTitleStart(chars: readonly string[], start: number, end: number): number {
  if (start === 0 || !isHan(chars[start - 1]!) || (isBoundaryChar(chars[start - 1]) && !insideWord(chars, start - 1)))
    return start;
  let at = start;
  for (;;) {
    while (at > 0 && isHan(chars[at - 1]!) && (!isBoundaryChar(chars[at - 1]) || insideWord(chars, at - 1))) {
      at--;
      if (end - at > MAX_CLAUSE_TITLE_LENGTH) return start;
    }
    // a number inside the title (18楼, 48家, 第72集团军) does not start the clause
    const number = at < start ? numberInTitleStart(chars, at) : null;
    if (number === null) break;
    at = number;
    if (end - at > MAX_CLAUSE_TITLE_LENGTH) return start;
  }
  at = afterAspectParticle(chars, afterDateUnit(chars, at, start), start);
  const stretch = chars.slice(at, start).join("");
  const following = chars.slice(start, Math.min(end, start + MAX_NOT_OPENING_LENGTH)).join("");
  return at + Array.from(stretch.slice(0, lastOpenerEnd(stretch, following))).length;
}
