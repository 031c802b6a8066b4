import { describe, expect, it } from "vitest";
import { addRepeatMentions, dropDottedPlaceLists, trimAffixedNames } from "./consistency";
import { taggedWith } from "./test-helpers.test-helper";

const names = (texts: ReturnType<typeof taggedWith>[]) =>
  texts.map((t) => t.mentions.map((m) => `${m.name}@${m.start}`));

describe("document consistency", () => {
  it("repeats a name found once wherever it appears, longest names first (seed)", () => {
    const texts = [
      taggedWith("黄坤明书记在茂名考察。", []),
      taggedWith("省委书记黄坤明指出，欧阳明华和欧阳明在座。", ["黄坤明", "欧阳明华"], 1),
    ];
    addRepeatMentions(texts);
    expect(names(texts)).toEqual([["黄坤明@0"], ["黄坤明@4", "欧阳明华@10"]]);
  });

  it("cuts a function word glued to a name found bare elsewhere", () => {
    const texts = [
      taggedWith("但波波夫在奥运会上夺冠，", ["但波波夫"]),
      taggedWith("波波夫说。陈露等选手", ["波波夫", "陈露等"], 1),
      taggedWith("陈露", ["陈露"], 2),
    ];
    trimAffixedNames(texts);
    expect(names(texts)).toEqual([["波波夫@1"], ["波波夫@0", "陈露@5"], ["陈露@0"]]);
  });

  it("keeps a surname that stands before every use of the rest (时来福, not 时 glued to 来福)", () => {
    const texts = [taggedWith("那个年代的时来福精神，", ["来福"]), taggedWith("时来福每天出门。", ["时来福"], 1)];
    trimAffixedNames(texts);
    expect(names(texts)).toEqual([["来福@6"], ["时来福@0"]]);
  });

  it("drops a dotted 'name' whose parts are plain words all over the article (seed), not a foreign name", () => {
    const places = [
      taggedWith("召开茂南·金秀协作会议。", ["茂南·金秀"]),
      taggedWith("茂南、金秀两地，金秀县与茂南区", []),
    ];
    dropDottedPlaceLists(places);
    expect(names(places)).toEqual([[], []]);
    const person = [taggedWith("社长让·米奥会见了代表。", ["让·米奥"]), taggedWith("米奥说", ["米奥"], 1)];
    dropDottedPlaceLists(person);
    expect(names(person)).toEqual([["让·米奥@2"], ["米奥@0"]]);
  });
});
