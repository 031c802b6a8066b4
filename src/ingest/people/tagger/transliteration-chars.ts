/**
 * Characters that spell foreign names in Chinese (the Xinhua transliteration table's syllables:
 * 奥尔布赖特, 内塔尼亚胡). A run of them is a cue the tagger cannot see in a ±3 window: foreign names
 * run to five characters and more, and their ends are where they get cut (奥尔|布赖特).
 */
const CHARS =
  "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕别宾波玻伯博布察查达戴丹道德登迪蒂帝丁东杜顿多厄恩尔法凡范菲斐费芬丰冯弗伏福富盖甘冈戈哥格根贡古瓜圭哈海汉豪赫黑亨洪胡华惠霍基吉季加贾杰捷金卡凯坎康考柯科克肯库夸奎昆拉腊莱赖兰朗劳勒雷蕾里利莉丽连列林琳隆卢鲁伦罗洛吕马玛迈麦曼芒梅蒙孟米密明缪摩莫默姆穆纳娜乃奈南内尼涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐契恰乔切钦琴丘屈让热茹瑞若萨塞赛桑瑟森沙莎尚绍舍什施史舒斯丝松苏索塔泰坦汤唐特滕提图托瓦旺威韦维温沃乌伍武西希锡夏谢辛休雅亚延扬耶伊因英尤约泽扎詹兹佐";

export const TRANSLITERATION_CPS: ReadonlySet<number> = new Set(Array.from(CHARS, (c) => c.codePointAt(0)!));
