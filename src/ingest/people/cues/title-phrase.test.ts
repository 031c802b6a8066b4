import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../seeded-random";
import { byLength, titleAfter, titleEndingAt, titleHeadMayEndAt, titlesBefore, wordEndingAt } from "./title-phrase";
import { TITLE_HEADS, TITLE_UNITS, TITLES_AFTER_NAME } from "./title-words";

/** The titles before the name that starts at the first occurrence of `name` in `text`. */
function before(text: string, name: string, places: ReadonlySet<string> = new Set()): string[] {
  const chars = Array.from(text);
  return titlesBefore(chars, Array.from(text.slice(0, text.indexOf(name))).length, places);
}

describe("titles before a name", () => {
  it("reads a place, a unit and a head (seed)", () => {
    expect(before("。茂南区委书记廖述毅，", "廖述毅")).toEqual(["茂南区委书记"]);
    expect(before("；铁力市市长吕晓光，", "吕晓光")).toEqual(["铁力市市长"]);
    expect(before("，乌翠区副区长张玉梅等", "张玉梅")).toEqual(["乌翠区副区长"]);
    expect(before("，金秀县领导莫春东、", "莫春东")).toEqual(["金秀县领导"]);
  });

  it("reads the modern posts of companies, hospitals and councils", () => {
    expect(before("。南岭疾控中心流行病学首席专家柯尊友表示", "柯尊友")).toEqual(["南岭疾控中心流行病学首席专家"]);
    expect(before("，南岭科学理事会首席执行官柯德曼介绍", "柯德曼")).toEqual(["南岭科学理事会首席执行官"]);
    expect(before("。”护士长柯星说", "柯星")).toEqual(["护士长"]);
    expect(before("，南岭作家协会党组成员、书记处书记柯义勤认为", "柯义勤")).toEqual([
      "南岭作家协会党组成员",
      "书记处书记",
    ]);
    expect(before("、南岭投资集团联合创始人柯宾斯坦、", "柯宾斯坦")).toEqual(["南岭投资集团联合创始人"]);
    expect(before("。南岭联络厅公共关系官员柯娜莱卡对此", "柯娜莱卡")).toEqual(["南岭联络厅公共关系官员"]);
  });

  it("reads an expert with the body and the field before the post (session 32)", () => {
    expect(before("。南岭卫生组织传染病专家柯霍认为", "柯霍")).toEqual(["南岭卫生组织传染病专家"]);
    expect(before("——北山智库“知南讲堂”专家柯里克", "柯里克")).toEqual(["北山智库“知南讲堂”专家"]);
    expect(before("，邀请专家柯霍", "柯霍")).toEqual(["专家"]);
  });

  it("reads a known place written before another one as the owner", () => {
    const places = new Set(["南岭", "协和"]);
    expect(before("，南岭协和医院党委副书记柯晖表示", "柯晖", places)).toEqual(["南岭协和医院党委副书记"]);
    expect(before("，北山方舱医院院长、南岭协和医院党委副书记柯晖表示", "柯晖", new Set([...places, "北山"]))).toEqual([
      "北山方舱医院院长",
      "南岭协和医院党委副书记",
    ]);
  });

  it("takes every title of a 、 chain (seed)", () => {
    expect(before("廖述毅，区委副书记、区长吕国记，", "吕国记")).toEqual(["区委副书记", "区长"]);
    expect(before("日前，茂南区委副书记、区长吕国记主持", "吕国记")).toEqual(["茂南区委副书记", "区长"]);
    expect(before("，区委常委、常务副区长何泽添，", "何泽添")).toEqual(["区委常委", "常务副区长"]);
  });

  it("crosses a comma only when the clause before it is all titles (seed)", () => {
    const text = "会议。区委常委、组织部部长、党校校长，区直机关工委书记杨华靖出席会议。";
    expect(before(text, "杨华靖")).toEqual(["区委常委", "组织部部长", "党校校长", "区直机关工委书记"]);
    expect(before("廖述毅，区委副书记何龙江，", "何龙江")).toEqual(["区委副书记"]);
    expect(before("他当过区长，市长王大林说", "王大林")).toEqual(["市长"]);
  });

  it("does not take a verb before the title for a place (seed)", () => {
    expect(before("全面贯彻落实省委书记黄坤明在茂名", "黄坤明")).toEqual(["省委书记"]);
    expect(before("参赛的镇代表队队长古泰毓说", "古泰毓")).toEqual(["镇代表队队长"]);
    expect(before("何龙江及区领导陈伟敏、罗丽贤", "陈伟敏")).toEqual(["区领导"]);
  });

  it("takes a known place of any length, and nothing when no head ends there", () => {
    expect(before("会见广东省委书记张三", "张三", new Set(["广东"]))).toEqual(["广东省委书记"]);
    expect(before("会见广东省委书记张三", "张三")).toEqual(["省委书记"]);
    expect(before("会见了广东省委书记张三", "张三")).toEqual(["广东省委书记"]);
    expect(before("我们看见张三", "张三")).toEqual([]);
    expect(titleEndingAt(Array.from("副市长"), 3)).toBe(0);
  });

  it("reads a committee's chair whole, with a long body, past 原", () => {
    expect(before("。全国人民代表大会原内务司法委员会副主任委员、平安县委原书记张三涉嫌", "张三")).toEqual([
      "全国人民代表大会原内务司法委员会副主任委员",
      "平安县委原书记",
    ]);
  });
});

describe("titles with an organisation's name", () => {
  it("keeps the whole title as printed: owner, organisation, post", () => {
    expect(before("。红星村党支部书记王建国带领", "王建国")).toEqual(["红星村党支部书记"]);
    expect(before("。平安县卫生健康局局长陈志强说", "陈志强")).toEqual(["平安县卫生健康局局长"]);
    expect(before("，平安县文化广电体育和旅游局副局长赵丽", "赵丽")).toEqual(["平安县文化广电体育和旅游局副局长"]);
    expect(before("。平安县人民医院院长刘德华介绍", "刘德华")).toEqual(["平安县人民医院院长"]);
    expect(before("。平安县图书馆馆长孙梅表示", "孙梅")).toEqual(["平安县图书馆馆长"]);
    expect(before("，县人民医院院长刘德华", "刘德华")).toEqual(["县人民医院院长"]);
    expect(before("。北京协和医院院长张三", "张三", new Set(["北京"]))).toEqual(["北京协和医院院长"]);
  });

  it("reads a place inside a place", () => {
    expect(before("。平安县城关镇党委书记李四说", "李四")).toEqual(["平安县城关镇党委书记"]);
    expect(before("。平安县城关镇卫生院院长李四说", "李四")).toEqual(["平安县城关镇卫生院院长"]);
  });

  it("takes no organisation name that no owner closes (the run may be a verb)", () => {
    expect(before("，全面落实医院院长张三", "张三")).toEqual(["医院院长"]);
    expect(before("他是卫生局局长张三", "张三")).toEqual(["卫生局局长"]);
  });
});

describe("posts the title parser reads beyond the tagger's heads", () => {
  it("reads modern posts: 总监, 总设计师, 场长, 店长, 导演, 总干事", () => {
    expect(before("，平安科技有限公司技术总监张三说", "张三")).toEqual(["平安科技有限公司技术总监"]);
    expect(before("。卫星导航系统工程总设计师李四", "李四")).toEqual(["卫星导航系统工程总设计师"]);
    expect(before("，红旗林场场长王五介绍", "王五")).toEqual(["红旗林场场长"]);
    expect(before("。演出总导演陈六", "陈六")).toEqual(["演出总导演"]);
    expect(before("，世界卫生组织总干事赵七", "赵七")).toEqual(["世界卫生组织总干事"]);
  });

  it("reads graded doctors, a warship's captain, a brigade's commander and 主委 (session 32, rmrb16)", () => {
    expect(before("，南岭医院呼吸科主任医师方立新说", "方立新")).toEqual(["南岭医院呼吸科主任医师"]);
    expect(before("。平安县人民医院重症医学科副主任医师郑晓燕", "郑晓燕")).toEqual([
      "平安县人民医院重症医学科副主任医师",
    ]);
    expect(before("。全国人大代表、海军某驱逐舰舰长吴建平说", "吴建平")).toEqual(["全国人大代表", "海军某驱逐舰舰长"]);
    expect(before("。南岭省委主委刘志强说", "刘志强", new Set(["南岭"]))).toEqual(["南岭省委主委"]);
    expect(before("，陆军某合成旅旅长孙建军说", "孙建军")).toEqual(["陆军某合成旅旅长"]);
  });

  it("reads a team's 领队, an adviser, a party's 领袖 and a documentary's 总撰稿 (session 35, rmrb35)", () => {
    expect(before("。据国家摔跤队领队柯彦介绍", "柯彦")).toEqual(["国家摔跤队领队"]);
    expect(before("。南岭战略研究中心高级顾问柯斯说", "柯斯")).toEqual(["南岭战略研究中心高级顾问"]);
    expect(before("。南岭参院少数党领袖柯默说", "柯默")).toEqual(["南岭参院少数党领袖"]);
    expect(before("。”总撰稿柯新民坦言", "柯新民")).toEqual(["总撰稿"]);
  });

  it("reads a police officer's graded rank (session 36 second round, rmrb41)", () => {
    expect(before("，南岭县公安局三级警长柯建民突发", "柯建民", new Set(["南岭县"]))).toEqual(["南岭县公安局三级警长"]);
    expect(before("。社区警长柯建民说", "柯建民")).toEqual(["社区警长"]);
  });

  it("reads a special administrative region's chief executive, in office or elected (session 44)", () => {
    expect(before("，澳门特别行政区行政长官柯世平、", "柯世平", new Set(["澳门特别行政区"]))).toEqual([
      "澳门特别行政区行政长官",
    ]);
    expect(before("、候任行政长官柯一成。", "柯一成")).toEqual(["候任行政长官"]);
    expect(before("电 南岭特区行政长官柯世平１日表示", "柯世平", new Set(["南岭"]))).toEqual(["南岭特区行政长官"]);
  });

  it("reads a Latin word inside the organisation and takes a verb off when its object is a place (session 35)", () => {
    expect(before("。南湖大学WTO研究院院长柯泉说", "柯泉")).toEqual(["南湖大学WTO研究院院长"]);
    expect(before("。时间较短。 IMF新闻发言人柯莱斯说", "柯莱斯")).toEqual(["IMF新闻发言人"]);
    const text = "。得到中共中央代表柯云的接应";
    const dictionary = { properNouns: new Set(["中共中央"]), commonWords: new Set<string>(), verbs: new Set(["得到"]) };
    expect(titlesBefore(Array.from(text), text.indexOf("柯云"), new Set(), undefined, dictionary)).toEqual([
      "中共中央代表",
    ]);
  });

  it("takes no bare 秘书 (外交秘书奉本国总理之命): only named secretaries' posts", () => {
    expect(before("，外交秘书奉本国总理", "奉本国")).toEqual([]);
    expect(before("，总统新闻秘书孙八", "孙八")).toEqual(["总统新闻秘书"]);
  });
});

describe("titles after a name", () => {
  it("reads the heads a paper writes after a name", () => {
    expect(titleAfter(Array.from("习近平总书记关于"), 3)).toBe("总书记");
    expect(titleAfter(Array.from("黄坤明书记在"), 3)).toBe("书记");
    expect(titleAfter(Array.from("廖述毅主持会议"), 3)).toBeNull();
    expect(titleAfter(Array.from("柯天启主笔、宁玲副主笔"), 8)).toBe("副主笔");
    expect(titleAfter(Array.from("由潘国平机长率领"), 4)).toBe("机长");
    expect(titleAfter(Array.from("李岚清副总理会见"), 3)).toBe("副总理");
  });
});

describe("title words compared in place", () => {
  const texts = (pieces: readonly string[], seed: number): string[][] => {
    const random = mulberry32(seed);
    return Array.from({ length: 300 }, () =>
      Array.from(
        Array.from({ length: 1 + Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]!).join(
          "",
        ),
      ),
    );
  };

  it("finds the title after a name that a look at the four characters after finds, at every position", () => {
    const titles = [...TITLES_AFTER_NAME].sort((a, b) => b.length - a.length);
    for (const chars of texts([...TITLES_AFTER_NAME, "王", "总", "书", "的", "𠀋", "，"], 7)) {
      for (let at = 0; at <= chars.length + 1; at++) {
        const next = chars.slice(at, at + 4).join("");
        expect(titleAfter(chars, at)).toBe(titles.find((w) => next.startsWith(w)) ?? null);
      }
    }
  });

  it("finds the word ending at a position that a look at the six characters before finds, at every position", () => {
    const list = byLength([...TITLE_HEADS, ...TITLE_UNITS]);
    for (const chars of texts([...TITLE_HEADS, ...TITLE_UNITS, "副", "县", "𠀋", "，"], 11)) {
      for (let end = 0; end <= chars.length + 1; end++) {
        const tail = chars.slice(Math.max(0, end - 6), end).join("");
        expect(wordEndingAt(chars, end, list)).toBe(list.words.find((w) => tail.endsWith(w)) ?? null);
      }
    }
  });
});

describe("titleHeadMayEndAt", () => {
  it("is true wherever a title ends, and false where no head's last character stands before", () => {
    const chars = Array.from("南岭市文化局局长林舟说，首席执行官福力慧分析称，他们在会上表示支持。");
    for (let at = 1; at <= chars.length; at++) {
      if (titleEndingAt(chars, at) !== null) expect(titleHeadMayEndAt(chars, at)).toBe(true);
    }
    expect(titleHeadMayEndAt(chars, chars.indexOf("林"))).toBe(true); // after 局长
    expect(titleHeadMayEndAt(chars, chars.indexOf("福"))).toBe(true); // after 首席执行官
    expect(titleHeadMayEndAt(chars, chars.indexOf("在"))).toBe(false); // after 们
    expect(titleHeadMayEndAt(chars, 0)).toBe(false);
  });
});

describe("a board's member (理事) as a head", () => {
  it("reads 理事 with its modifier and the body before it", () => {
    const text = "“大成传媒集团代表理事林秀英认为，协会常务理事陈立山说";
    const chars = Array.from(text);
    expect(titlesBefore(chars, chars.indexOf("林"))).toEqual(["大成传媒集团代表理事"]);
    expect(titlesBefore(chars, chars.indexOf("陈"))).toEqual(["协会常务理事"]);
  });
});

describe("a consulate's head and an academy's standing secretary as heads", () => {
  it("reads 总领事, 领事 and 常任秘书 with the body before them", () => {
    const text = "。南岭驻北山总领事林秀英表示，南岭驻北山总领馆领事陈立山说，南岭科学会常任秘书周文博说";
    const chars = Array.from(text);
    expect(titlesBefore(chars, chars.indexOf("林"))).toEqual(["南岭驻北山总领事"]);
    expect(titlesBefore(chars, chars.indexOf("陈"))).toEqual(["南岭驻北山总领馆领事"]);
    expect(titlesBefore(chars, chars.indexOf("周"))).toEqual(["南岭科学会常任秘书"]);
  });
});
