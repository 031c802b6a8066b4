/**
 * The words that make a title (职务) in Chinese news: heads that end it (书记, 区长, 队长), modifiers
 * that go before a head (副, 常务), units that qualify it (区委, 组织部, 代表队) and the admin-level
 * characters a place name is followed by (茂南区, 铁力市). Data, not code: the title parser and the
 * tagger's lexicon features read these lists.
 */
export const TITLE_HEADS: readonly string[] = [
  // party and state
  "总书记", "书记", "常委", "委员", "主席", "总理", "委员长", "国务委员", "秘书长", "部长", "省长",
  "市长", "县长", "区长", "镇长", "乡长", "村长", "州长", "旗长", "局长", "厅长", "处长", "科长",
  "主任", "院长", "校长", "所长", "站长", "社长", "行长", "会长", "理事长", "董事长", "总经理", "经理",
  "厂长", "总裁", "主编", "总编辑", "台长", "馆长", "署长", "司长", "检察长", "审判长", "庭长", "议长",
  "发言人", "领导人", "领导", "负责人", "代表", "专员", "巡视员", "调研员", "支书", "组长",
  // military
  "司令员", "司令", "政委", "参谋长", "军长", "师长", "团长", "营长", "连长", "排长", "班长", "队长",
  "上将", "中将", "少将", "大校", "上校", "元帅",
  // foreign offices
  "总统", "首相", "外长", "国王", "女王", "大使", "总督", "大臣", "首脑", "亲王", "王储", "参赞",
  // professions a text gives as a title
  "教授", "研究员", "工程师", "院士", "教练", "主教练", "教练员", "会计师", "律师", "法官", "检察官",
];

/** Words that can stand before a head and belong to the title: 副区长, 常务副区长, 代市长. */
export const TITLE_MODIFIERS: readonly string[] = ["常务副", "第一副", "副", "常务", "代理", "代", "执行", "名誉", "首席", "总", "前", "原"];

/**
 * Units that qualify a title, read right to left before the head: 区委|书记, 组织部|部长,
 * 区直|机关|工委|书记, 镇|代表队|队长. Longest first wins when several end at the same place.
 */
export const TITLE_UNITS: readonly string[] = [
  "中共中央", "中央", "国务院", "全国人大", "全国政协", "人大常委会", "常委会", "人大", "政协", "政府",
  "省委", "市委", "区委", "县委", "州委", "镇委", "乡委", "党委", "党组", "党工委", "工委", "纪委", "监委",
  "组织部", "宣传部", "统战部", "政法委", "办公室", "办公厅", "党校", "机关", "区直", "市直", "县直",
  "代表队", "球队", "总工会", "工会", "妇联", "团委", "共青团", "侨联", "文联", "作协", "科协",
  "外交部", "国防部", "公安局", "法院", "检察院", "大学", "学院", "中学", "小学", "医院", "公司", "集团",
  "委员会", "协会", "学会", "研究所", "研究院", "社区", "街道", "办事处",
  // single-character levels and bodies, tried after the longer units
  "省", "市", "区", "县", "镇", "乡", "村", "州", "旗", "局", "厅", "部", "委", "办", "队", "团", "军",
];

/** A place name (茂南, 铁力) may stand before a unit that starts with one of these. */
export const ADMIN_LEVEL_CHARS = "省市区县镇乡村州旗盟";

/**
 * Length of a place name we do not know that we take before an admin level: two characters, the
 * usual length of a county or district name (茂南, 铁力). One is the end of another word (本市, 全区);
 * three or four would swallow the verb before a known place (会见|广东省委书记). Longer places must be
 * known (the model's place list: 哈尔滨, 呼和浩特).
 */
export const UNKNOWN_PLACE_LENGTH = 2;
/** Longest known place we look up before a title. */
export const MAX_KNOWN_PLACE_LENGTH = 6;

/**
 * Titles written after a name (习近平总书记, 黄坤明书记): only the heads a newspaper puts after a
 * name, not every head (张三代表 is as often "Zhang San represents").
 */
export const TITLES_AFTER_NAME: readonly string[] = [
  "总书记", "书记", "主席", "总理", "委员长", "部长", "省长", "市长", "县长", "区长", "局长", "主任",
  "院长", "校长", "总统", "首相", "大使", "教授", "院士", "司令员", "政委", "将军", "元帅",
];
