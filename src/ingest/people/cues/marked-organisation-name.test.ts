import { describe, expect, it } from "vitest";
import { markedOrganisationStart } from "./marked-organisation-name";
import { titlesBefore } from "./title-phrase";

/** The title `text` ends with, read from `from` (its suffix), with the name before the mark; null when not. */
const read = (text: string, from: string) => {
  const chars = Array.from(text);
  const start = markedOrganisationStart(chars, chars.length - Array.from(from).length, chars.length);
  return start === null ? null : chars.slice(start).join("");
};

describe("an organisation's name with a bracketed word or a dash inside it", () => {
  it("takes the name before a short bracketed word or a single dash", () => {
    expect(read("。南岭山水电子（控股）实业公司董事长", "实业公司董事长")).toBe("南岭山水电子（控股）实业公司董事长");
    expect(read("，北川大学南岭—北川研究中心主任", "北川研究中心主任")).toBe("北川大学南岭—北川研究中心主任");
  });

  it("leaves a person's note, a long bracket, a double dash and a mark after a boundary", () => {
    expect(read("，林大同（左二）公司经理", "公司经理")).toBeNull();
    expect(read("。南岭山水传媒（南岭山水集团公司）董事长", "董事长")).toBeNull();
    expect(read("。南岭山水——北川研究中心主任", "北川研究中心主任")).toBeNull();
    expect(read("。—北川研究中心主任", "北川研究中心主任")).toBeNull();
  });

  it("reads the whole title before a name", () => {
    const chars = Array.from("。南岭山水电子（控股）实业公司董事长林大同说");
    expect(titlesBefore(chars, chars.indexOf("林"))).toEqual(["南岭山水电子（控股）实业公司董事长"]);
  });
});
