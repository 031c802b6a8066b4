import { ATHLETE_NOUNS } from "./athlete-nouns";
/**
 * What makes a noun phrase say what kind of person someone is (a description, not a post): the
 * words such a phrase ends with. Data, not code: `description.ts` decides from the sentence where
 * a description stands and how far it reaches (返乡|大学生, 退休|教师, 老|党员); these only say
 * that the phrase it found is about a person.
 */
export const DESCRIPTION_HEAD_WORDS: readonly string[] = [
  "工人",
  "老人",
  "家长",
  "干部",
  "青年",
  "少年",
  "儿童",
  "妇女",
  "群众",
  "村医",
  "师傅",
  "同学",
  "邻居",
  "老乡",
  "乡亲",
  "模范",
  "标兵",
  "冠军",
  "演员",
  "伙伴",
  "同事",
  "老板",
  "保安",
  "月嫂",
  "母亲",
  "父亲",
  "妻子",
  "丈夫",
  "儿子",
  "女儿",
  "老伴",
  "大姐",
  "大哥",
  "大叔",
  "大爷",
  "大娘",
  "大妈",
  "阿姨",
  // session 35 (rmrb35, roles audits and 1,500 unselected articles): person nouns whose last character
  // heads no other kind of person noun, dropped before a name (`观众|安东尼奥…`, `80后|小伙子…`, `公交车司机`,
  // `抗日英雄`, `老红军`). Athletes (名将, 小将) are not read: 将 ends the reading as a function character.
  "观众",
  "小伙子",
  "小伙",
  "司机",
  "英雄",
  "红军",
  // session 36 (rmrb39, audit 7): 英模 (英雄模范), a person noun of its own whose 模 heads nothing else
  // (`…等公安英模`, `全国公安一级英模`)
  "英模",
  // session 37 (rmrb43, audits 7 and 8): a trader and a village's worthy said after 是 or before a name
  // (`是…的一个小经销商`, `乡贤…`); 商 and 贤 head no other person noun the lists read
  "经销商",
  "乡贤",

  // session 37 (rmrb45, audit 9): traders by their goods or origin (`当地华人珠宝商…`); 商 alone heads firms too
  // (厂商, 供应商, 开发商, 电商), so only these
  "珠宝商",
  "古董商",
  "茶商",
  "粮商",
  "药商",
  "布商",
  "华商",
  "侨商",
  "客商",
  // session 39 (rmrb56): athletes by their standing (`某国小将…`); their 将 is read by athlete-nouns.ts
  ...ATHLETE_NOUNS,
  // session 38 (rmrb50): a police officer (`生前是一名警察`, `交通警察…`); 察 heads no other person noun
  "警察",
];

/**
 * Last characters of person nouns: 村民, 环卫工, 种植户, 学生, 教师, 党员, 志愿者, 游客, 摊主, 选手,
 * 护士, 专家, 传承人, 民警, 老兵, 法官, 工匠, 网友. Each is a head in many words, so the list stays short.
 * 农 (session 33, rmrb21 roles audits): a farmer by the crop, 果农, 粮农, 菜农, 茶农, mostly with the
 * village that owns the noun (`…镇瓦滩村粮农`); the description was dropped.
 */
export const DESCRIPTION_HEAD_CHARS = "民工户生师员者客主手士家人警兵官匠友农";

/**
 * Person nouns that describe someone only with a qualifier (抗日英雄, 战斗英雄, 老英雄): alone, 英雄 is
 * praise (`的英雄郝…`), or part of a memorial's name (`建起了英雄|沈…纪念馆`), not what the person is.
 */
export const QUALIFIED_ONLY_HEADS: readonly string[] = ["英雄"];

/** Person nouns ending so that are no description of someone named: pronouns, 记者 (a credit), 先生. */
export const NOT_DESCRIPTIONS: readonly string[] = [
  "本人",
  "个人",
  "他人",
  "别人",
  "大家",
  "人家",
  "国家",
  "记者",
  "通讯员",
  "先生",
  "发生",
  "产生",
  "人员",
  "瑞士",
];

/**
 * Words that open a clause before a person but are no part of the description: verbs that take
 * the person as their object (带领|村民张三, 接见|著名数学家), connectives (随着, 所以) and
 * counters or pronouns (一位, 他那位). Taken off the front of a phrase, longest first.
 */
export const NOT_DESCRIPTION_OPENERS: readonly string[] = [
  "随着",
  "自从",
  "正如",
  "所以",
  "但是",
  "来到",
  "任命",
  "接见",
  "浅析",
  "另一名",
  "一位",
  "一名",
  "这位",
  "那位",
  "他那位",
  "她那位",
  "有",
  "但",
  "连",
  "谈",
  "救",
  "比",
  "他",
  "她",
  "带领",
  "看望",
  "慰问",
  "会见",
  "陪同",
  "采访",
  "帮助",
  "邀请",
  "组织",
  "鼓励",
  "指导",
  "感谢",
  "表扬",
  "告诉",
  "动员",
  "帮扶",
  "联系",
  "找到",
  "遇到",
  "见到",
  "看到",
  "问",
  "叫",
  "请",
  "走进",
  "走访",
  "援引",
  // session 35 (rmrb35): verbs before a description now read (`来凤县探访|老英雄`, `悼念|消防英雄`)
  "探访",
  "悼念",
];
