/**
 * Verbs that follow a speaker's name (谭玉成表示, 古泰毓说). Longest first: 表示 must win over 表.
 * Only verbs of saying: action verbs (主持, 出席) follow names too, but also follow units and places
 * (区政府主持), so they are left to the tagger's features.
 */
export const SPEECH_VERBS: readonly string[] = [
  "笑着说", "深有感触地说", "高兴地说", "激动地说", "自豪地说", "动情地说", "感慨地说",
  "表示", "指出", "强调", "认为", "介绍", "告诉", "谈到", "说道", "回忆", "坦言", "透露", "宣布",
  "提出", "建议", "希望", "解释", "补充", "感慨", "总结", "说", "称", "道",
];

/** Words for "in charge of a group" that follow a name like a verb (廖述毅一行). */
export const AFTER_NAME_GROUP_WORDS: readonly string[] = ["一行", "等人", "等"];

/** Honorifics and kin words after a name or surname (邓小平同志, 王大爷): cues, not titles. */
export const HONORIFICS: readonly string[] = [
  "同志", "先生", "女士", "小姐", "夫人", "老师", "师傅", "大夫", "大爷", "大娘", "大妈", "大伯", "大叔",
  "大姐", "大嫂", "老汉", "老人", "伯伯", "阿姨", "妈妈", "奶奶", "爷爷", "老总", "总", "老",
];

/**
 * Nouns that describe a person and stand right before the name (选手王楠, 作者斯泰格, 演员成龙):
 * not titles (the spec's roles are offices), but they vouch that a name follows.
 */
export const DESCRIPTORS: readonly string[] = [
  "选手", "作者", "演员", "作家", "画家", "诗人", "书法家", "艺术家", "歌唱家", "音乐家", "科学家", "冠军",
  "亚军", "队员", "球员", "歌手", "导演", "编剧", "主持人", "专家", "学者", "讲师", "医生", "护士", "师傅",
  "老师", "同学", "学生", "老人", "农民", "村民", "工人", "职工", "女工", "战士", "民警", "干部", "党员",
  "国务卿", "次官", "执政官", "机长", "船长", "总理", "首相", "外长", "大使", "公使", "参赞", "领事",
];

/** Verbs a person's name typically comes right before (李鹏会见, 王楠夺得). */
export const ACTION_VERBS: readonly string[] = [
  "会见", "会晤", "主持", "出席", "参加", "率领", "率团", "陪同", "视察", "考察", "看望", "慰问", "接见",
  "致信", "致电", "当选", "获得", "夺得", "击败", "战胜", "荣获", "发表", "宣布", "签署", "访问",
];
