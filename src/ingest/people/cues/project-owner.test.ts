import { describe, expect, it } from "vitest";
import { projectOwnerStart } from "./project-owner";
import { titlesBefore } from "./title-phrase";

/** The title `text` ends with, read from its suffix `from` with its project's owner; null when not. */
const read = (text: string, from: string) => {
  const chars = Array.from(text);
  const start = projectOwnerStart(chars, chars.length - Array.from(from).length, chars.length);
  return start === null ? null : chars.slice(start).join("");
};

describe("a post in a body's project, joined by 的", () => {
  it("reads the project and its owner with the post", () => {
    expect(read("。石桥物业南京公司滨江路三号项目的保安班长", "保安班长")).toBe(
      "石桥物业南京公司滨江路三号项目的保安班长",
    );
  });

  it("leaves a project with no body's word, one not opening its clause, or one that is a verb's object", () => {
    expect(read("。该项目的负责人", "负责人")).toBeNull();
    expect(read("。滨江路三号项目的保安班长", "保安班长")).toBeNull();
    expect(read("。他们前往石桥公司三号项目的保安班长", "保安班长")).toBeNull();
    expect(read("。石桥公司的保安班长", "保安班长")).toBeNull();
  });

  it("reads the whole title before a name", () => {
    const chars = Array.from("。石桥物业南京公司滨江路三号项目的保安班长冯国栋每天巡逻");
    expect(titlesBefore(chars, chars.indexOf("冯"))).toEqual(["石桥物业南京公司滨江路三号项目的保安班长"]);
  });
});
