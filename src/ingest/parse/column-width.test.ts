import { describe, expect, it } from "vitest";
import { columnWidth } from "./column-width";

describe("columnWidth", () => {
  it("is the width of a full line even when half the lines are short", () => {
    const lines = [
      "会议强调，要认真学习领",
      "会习近平总书记关于高质量",
      "量发展。",
      "会议还研究了其他事项。",
      "发展的重要论述精神，要切实",
      "位置来抓。",
    ];
    expect(columnWidth(lines)).toBeGreaterThanOrEqual(12);
  });
  it("counts spaced-out lines as full lines without measuring them", () => {
    expect(columnWidth(["座 谈 上 举 行 了 合 作 签 约 仪 式 和 活 动", "铁力市"])).toBe(3);
    const firstAndLast = ["会议强调，要认真学习领", "量发展。", "会议还研究了其他事项", "位置来抓。"];
    const spaced = ["座 谈 上 举 行 了 合 作 签 约 仪 式", "撂 荒 地 复 耕 复 种 工 作 加 速 键"];
    expect(columnWidth([...firstAndLast, "发展的重要论述精神，要切实"])).toBe(10.5);
    expect(columnWidth([...firstAndLast, "发展的重要论述精神，要切实", ...spaced])).toBe(12.5);
  });
  it("is 0 for no lines", () => {
    expect(columnWidth([])).toBe(0);
  });
});
