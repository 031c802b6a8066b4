import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, foldTextMapped, foldingId, sourceRange } from "./fold";

describe("foldText", () => {
  it("folds full-width digits and letters to ASCII, both ways round", () => {
    expect(foldText("１９９８年")).toBe("1998年");
    expect(foldText("1998年")).toBe(foldText("１９９８年"));
    expect(foldText("ＣＣＴＶ")).toBe("cctv");
  });

  it("folds case", () => {
    expect(foldText("iPhone NBA")).toBe("iphone nba");
  });

  it("folds traditional characters to simplified", () => {
    expect(foldText("鄉村振興")).toBe("乡村振兴");
    expect(foldText("發展")).toBe(foldText("发展"));
    // Taiwan and Hong Kong variants reach the same character as the mainland form.
    expect(foldText("臺灣")).toBe(foldText("台湾"));
    expect(foldText("綫")).toBe(foldText("线"));
  });

  it("folds by character, so a word folds the same alone and inside a phrase", () => {
    // OpenCC's phrase table turns 一目瞭然 into 一目了然 but leaves 瞭然 alone: phrase folding would miss it.
    expect(foldText("一目瞭然")).toContain(foldText("瞭然"));
    expect(foldText("乾隆年间")).toContain(foldText("乾隆"));
  });

  it("drops whitespace around CJK and keeps one space between Latin words", () => {
    expect(foldText("乡 村　振 兴")).toBe("乡村振兴");
    expect(foldText("2 月 26 日")).toBe("2月26日");
    expect(foldText("iPhone  14 Pro")).toBe("iphone 14 pro");
    expect(foldText("  中国 ")).toBe("中国");
  });

  it("keeps line breaks as separators and drops the spaces beside them", () => {
    expect(foldText("标题 \n 正文")).toBe("标题\n正文");
  });

  it("is idempotent", () => {
    const text = fc.string({ unit: fc.constantFrom(..."鄉村振興乡村發展ＡＢab１２12 　，。…\n①𠀀") });
    fc.assert(fc.property(text, (s) => foldText(foldText(s)) === foldText(s)));
  });

  it("commutes with substrings: a folded word is found in any folded text that contains it", () => {
    const unit = fc.constantFrom(..."鄉村振興乡村發展ＡＢab１２12，。…①𠀀ﬁ");
    const around = fc.string({ unit: fc.constantFrom(..."中文 　ab1，\n") });
    fc.assert(
      fc.property(around, fc.string({ unit, minLength: 1 }), around, (a, word, b) =>
        foldText(a + word + b).includes(foldText(word)),
      ),
    );
  });

  it("names its folding, so an index folded otherwise is refused", () => {
    expect(foldingId()).toMatch(/^fold\d+-[0-9a-f]{8}$/u);
  });
});

describe("foldTextMapped", () => {
  it("maps every folded unit to the source characters it came from, in order", () => {
    const text = fc.string({ unit: fc.constantFrom(..."鄉村乡ＡＢab１2 　\n，…𠀀①ﬁ") });
    fc.assert(
      fc.property(text, (s) => {
        const folded = foldTextMapped(s);
        expect(folded.text).toBe(foldText(s));
        for (let i = 0; i < folded.text.length; i++) {
          if (i > 0) expect(folded.start[i]).toBeGreaterThanOrEqual(folded.start[i - 1]!);
          const from = s.slice(folded.start[i], folded.end[i]);
          // A kept space comes from whitespace; every other unit is part of its source's folding.
          if (folded.text[i] === " ") expect(from).toMatch(/^\s$/u);
          else expect(foldText(from)).toContain(folded.text[i]);
        }
      }),
    );
  });

  it("maps folded ranges back to the printed characters", () => {
    const source = "新款ｉＰｈｏｎｅ　１４发布";
    const folded = foldTextMapped(source);
    expect(folded.text).toBe("新款iphone 14发布");
    const at = folded.text.indexOf("iphone 14");
    const [start, end] = sourceRange(folded, at, at + "iphone 14".length);
    expect(source.slice(start, end)).toBe("ｉＰｈｏｎｅ　１４");
  });

  it("maps characters that fold to several (… → ...) and astral ones", () => {
    const source = "𠀀说…好";
    const folded = foldTextMapped(source);
    expect(folded.text).toBe("𠀀说...好");
    const at = folded.text.indexOf("好");
    expect(source.slice(...sourceRange(folded, at, at + 1))).toBe("好");
    expect(source.slice(...sourceRange(folded, 0, 2))).toBe("𠀀");
    expect(source.slice(...sourceRange(folded, 4, 5))).toBe("…");
  });
});
