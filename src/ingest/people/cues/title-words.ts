/**
 * The words that make a title (职务) in Chinese news: heads that end it (书记, 区长, 队长), modifiers
 * that go before a head (副, 常务), units that qualify it (区委, 组织部, 代表队) and the admin-level
 * characters a place name is followed by (茂南区, 铁力市). Data, not code: the title parser and the
 * tagger's lexicon features read these lists.
 */
export const TITLE_HEADS: readonly string[] = [
  // party and state
  "总书记",
  "书记",
  "常委",
  "委员",
  "主席",
  "总理",
  "委员长",
  "国务委员",
  "秘书长",
  "部长",
  "省长",
  "市长",
  "县长",
  "区长",
  "镇长",
  "乡长",
  "村长",
  "州长",
  "旗长",
  "局长",
  "厅长",
  "处长",
  "科长",
  "主任",
  "院长",
  "校长",
  "所长",
  "站长",
  "社长",
  "行长",
  "会长",
  "理事长",
  "董事长",
  "总经理",
  "经理",
  "厂长",
  "总裁",
  "主编",
  "总编辑",
  "台长",
  "馆长",
  "署长",
  "司长",
  "检察长",
  "审判长",
  "庭长",
  "议长",
  "发言人",
  "领导人",
  "领导",
  "负责人",
  "代表",
  "专员",
  "巡视员",
  "调研员",
  "支书",
  "组长",
  // military
  "司令员",
  "司令",
  "政委",
  "参谋长",
  "军长",
  "师长",
  "团长",
  "营长",
  "连长",
  "排长",
  "班长",
  "队长",
  "上将",
  "中将",
  "少将",
  "大校",
  "上校",
  "元帅",
  // foreign offices
  "总统",
  "首相",
  "外长",
  "国王",
  "女王",
  "大使",
  "总督",
  "大臣",
  "首脑",
  "亲王",
  "王储",
  "参赞",
  // professions a text gives as a title
  "教授",
  "研究员",
  "工程师",
  "院士",
  "教练",
  "主教练",
  "教练员",
  "会计师",
  "律师",
  "法官",
  "检察官",
];

/**
 * Heads of titles the title parser reads but the tagger's lexicon features do not (those read
 * `TITLE_HEADS` only, and belong to the trained model): posts of modern enterprises and projects
 * (总监, 总设计师, 首席执行官, 创始人), farms and kindergartens (场长, 园长), hospitals (护士长), officials
 * (官员, 党组成员), and the credits of film and stage (导演).
 */
export const ROLE_ONLY_HEADS: readonly string[] = [
  "场长",
  "园长",
  "店长",
  "总师",
  "总设计师",
  "总指挥",
  // 秘书 alone is also a verb's subject (外交秘书奉本国总理之命): only the posts
  "新闻秘书",
  "董事会秘书",
  "总监",
  "董事",
  "监事",
  "主管",
  "助理",
  "干事",
  "指导员",
  "教导员",
  "导演",
  "总导演",
  "编剧",
  "制片人",
  "主持人",
  // modern posts read on the rmrb-web dev set (国际科学理事会首席执行官, 流行病学首席专家, 党组成员)
  "首席执行官",
  "执行官",
  "首席专家",
  "护士长",
  "党组成员",
  "联合创始人",
  "创始人",
  "官员",
  // session 32: an expert of a body is read with the body (`世界卫生组织传染病专家`, which the
  // description reading, bounded at 7 characters, cut to 传染病专家); a bare 专家 stays 专家
  "专家",
  // a committee's chair (副主任委员): read whole, the committee before it is then read as a body's
  // unit (委员会) and the title keeps the body; as 主任 + 委员 the reading ran to the clause start and a
  // long body (`全国人民代表大会原…委员会`) passed the clause reading's length bound, leaving 委员
  "主任委员",
  // session 32 (rmrb16 roles audit): posts whose head the reader did not know, so that the whole
  // 、 chain before the name was lost (`全国人大代表、海军某驱逐舰舰长`): a hospital's graded
  // doctors (主任医师 and 副主任医师 with the modifier, 主治医师; a bare 医师 stays a description), the
  // captain of a warship and the commander of a brigade, and 主委 (a democratic party's chair)
  "主任医师",
  "主治医师",
  "舰长",
  "旅长",
  "主委",
  // session 35 (rmrb35): posts the reader did not know, so the role was lost (`国家摔跤队领队`,
  // `…研究中心高级顾问`, `…少数党领袖`, a documentary's `总撰稿`)
  "领队",
  "顾问",
  "领袖",
  "总撰稿",
  // session 36 second round (rmrb41): a police officer's rank, graded (`…公安局三级警长`): the role was lost
  "一级警长",
  "二级警长",
  "三级警长",
  "四级警长",
  "警长",
  // session 37 (rmrb45): a board's member and a firm's representative director (`…传媒集团代表理事`): the
  // role was lost (理事长 was the only head)
  "理事",
  // session 38 (rmrb49): a consulate's head (`某国驻某市总领事`): the role was lost (大使 was the only
  // diplomatic head), and a standing secretary of an academy (`…科学院常任秘书`)
  "总领事",
  "领事",
  "常任秘书",
  // session 44: the head of a special administrative region (`澳门特别行政区行政长官`, `候任行政长官某某某`):
  // the role came from the tagger's names only, and a name the tagger doubted after it was lost (dev10)
  "行政长官",
];

/** Words that can stand before a head and belong to the title: 副区长, 常务副区长, 代市长. */
export const TITLE_MODIFIERS: readonly string[] = [
  "常务副",
  "第一副",
  "副",
  "常务",
  "代理",
  "代",
  "执行",
  "名誉",
  "首席",
  "总",
  "前",
  "原",
  // session 44: one elected, not yet in office (`候任行政长官`)
  "候任",
];

/**
 * Units that qualify a title, read right to left before the head: 区委|书记, 组织部|部长,
 * 区直|机关|工委|书记, 镇|代表队|队长. Longest first wins when several end at the same place.
 */
export const TITLE_UNITS: readonly string[] = [
  // session 44: the region whose chief executive is read (`澳门特别行政区行政长官`), before 区 alone
  "特别行政区",
  "中共中央",
  "中央",
  "国务院",
  "全国人大",
  "全国政协",
  "人大常委会",
  "常委会",
  "人大",
  "政协",
  "政府",
  "省委",
  "市委",
  "区委",
  "县委",
  "州委",
  "镇委",
  "乡委",
  "党委",
  "党组",
  "党工委",
  "工委",
  "纪委",
  "监委",
  "组织部",
  "宣传部",
  "统战部",
  "政法委",
  "办公室",
  "办公厅",
  "党校",
  "机关",
  "区直",
  "市直",
  "县直",
  "代表队",
  "球队",
  "总工会",
  "工会",
  "妇联",
  "团委",
  "共青团",
  "侨联",
  "文联",
  "作协",
  "科协",
  "外交部",
  "国防部",
  "公安局",
  "法院",
  "检察院",
  "大学",
  "学院",
  "中学",
  "小学",
  "医院",
  "公司",
  "集团",
  "委员会",
  "协会",
  "学会",
  "研究所",
  "研究院",
  "社区",
  "街道",
  "办事处",
  // grass-roots bodies and local institutions (村党支部书记, 县人民医院院长, 县图书馆馆长)
  "党支部",
  "党总支",
  "支部",
  "村委会",
  "居委会",
  "村委",
  "卫生院",
  "图书馆",
  "文化馆",
  "博物馆",
  "纪念馆",
  "派出所",
  "幼儿园",
  "合作社",
  "中心",
  "分局",
  "大队",
  "支队",
  // single-character levels and bodies, tried after the longer units
  "省",
  "市",
  "区",
  "县",
  "镇",
  "乡",
  "村",
  "州",
  "旗",
  "局",
  "厅",
  "部",
  "委",
  "办",
  "队",
  "团",
  "军",
  "馆",
  "院",
  "所",
  "站",
];

/**
 * Units that close an organisation's own name (卫生健康|局, 人民|医院, 实验|小学): before them the
 * title may run over the organisation's name back to the place that owns it (平安县|人民医院院长).
 * Admin levels (县, 村) and party bodies (区委) are not here: their place is read by itself.
 */
export const ORGANISATION_UNITS: readonly string[] = [
  "局",
  "分局",
  "厅",
  "医院",
  "卫生院",
  "馆",
  "图书馆",
  "文化馆",
  "博物馆",
  "纪念馆",
  "院",
  "所",
  "派出所",
  "站",
  "中心",
  "大学",
  "学院",
  "中学",
  "小学",
  "幼儿园",
  "公司",
  "集团",
  "合作社",
  "协会",
  "学会",
  "研究所",
  "研究院",
  "大队",
  "支队",
  "委员会",
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
  "总书记",
  "书记",
  "主席",
  "总理",
  "委员长",
  "部长",
  "省长",
  "市长",
  "县长",
  "区长",
  "局长",
  "主任",
  "院长",
  "校长",
  "总统",
  "首相",
  "大使",
  "教授",
  "院士",
  "司令员",
  "政委",
  "将军",
  "元帅",
  // session 27: deputies (李岚清副总理) and the posts of a work, a ship or a firm written after the name
  "副总理",
  "副主席",
  "副部长",
  "副省长",
  "副市长",
  "研究员",
  "主编",
  "副主编",
  "主笔",
  "副主笔",
  "机长",
  "船长",
  "董事长",
  "总经理",
];
