import { describe, expect, it } from "vitest";
import type { PreviewCard } from "../../src/app/lib/preview-image";
import { BOTTOM, COLORS, PAD, layoutCard, type CardOp } from "./card-layout";

/** A fake font: every character is as wide as the font's size (a CJK full width). */
const measureIn = (text: string, font: string) => [...text].length * Number(/(\d+)px/u.exec(font)![1]);

const texts = (ops: CardOp[]) => ops.flatMap((op) => (op.kind === "text" ? [op] : []));
const card = (headlines: string[], standfirst = ""): PreviewCard => ({
  paperName: "人民日报",
  date: "1998年1月1日 星期四",
  section: "第1版 · 要闻",
  headlines,
  standfirst,
});

describe("layoutCard", () => {
  it("sets the masthead, then the lead headline, then the other headlines", () => {
    const lines = texts(layoutCard(card(["新年讲话", "会议举行"]), measureIn)).map((op) => op.text);
    expect(lines).toEqual(["人民日报", "1998年1月1日 星期四 · 第1版 · 要闻", "新年讲话", "会议举行"]);
  });
  it("wraps a long lead headline to three lines at most, the last ending with …", () => {
    const lead =
      "江泽民在全国政协新年茶话会上发表重要讲话强调全党全国人民团结起来为实现跨世纪宏伟目标而奋斗努力推进改革开放和社会主义现代化建设";
    const ops = texts(layoutCard(card([lead]), measureIn)).filter((op) => op.font.startsWith("bold 62px"));
    expect(ops).toHaveLength(3);
    expect(ops[2]!.text.endsWith("…")).toBe(true);
    expect(ops.map((op) => op.text.replace("…", "")).join("")).toBe(
      lead.slice(0, ops.map((op) => op.text.replace("…", "")).join("").length),
    );
  });
  it("keeps every text inside the margins and above the bottom margin", () => {
    const many = Array.from({ length: 30 }, (_, i) => `第${i + 1}条标题${"很长".repeat(i)}`);
    for (const headlines of [[], ["短"], many, ["长".repeat(80), ...many]]) {
      for (const op of texts(layoutCard(card(headlines, "导语很长".repeat(40)), measureIn))) {
        expect(op.x).toBeGreaterThanOrEqual(PAD);
        expect(op.x + measureIn(op.text, op.font)).toBeLessThanOrEqual(1200 - PAD);
        expect(op.y).toBeLessThanOrEqual(BOTTOM);
      }
    }
  });
  it("lists the headlines that fit and counts the rest", () => {
    const many = Array.from({ length: 12 }, (_, i) => `标题${i + 1}`);
    const lines = texts(layoutCard(card(many), measureIn)).map((op) => op.text);
    const listed = lines.filter((text) => /^标题\d+$/u.test(text));
    expect(listed[0]).toBe("标题1");
    expect(lines.at(-1)).toBe(`另有${12 - listed.length}篇`);
    expect(listed.length).toBeGreaterThan(3);
  });
  it("sets the lead's standfirst, three lines at most, under a page of one story", () => {
    const ops = texts(layoutCard(card(["新年讲话"], "新华社北京12月31日电".repeat(20)), measureIn));
    const standfirst = ops.filter((op) => op.color === COLORS.muted && op.font.startsWith("32px"));
    expect(standfirst).toHaveLength(3);
    expect(standfirst[2]!.text.endsWith("…")).toBe(true);
  });
  it("gives the room to the page's other headlines first", () => {
    const many = Array.from({ length: 12 }, (_, i) => `标题${i + 1}`);
    const ops = texts(layoutCard(card(many, "导语".repeat(50)), measureIn));
    expect(ops.some((op) => op.text.includes("导语"))).toBe(false);
    const some = texts(layoutCard(card(many.slice(0, 3), "导语".repeat(50)), measureIn));
    expect(some.filter((op) => op.text.includes("导语")).length).toBeGreaterThan(0);
    expect(some.filter((op) => /^标题\d+$/u.test(op.text))).toHaveLength(3);
  });
  it("shows the page's name where a page has no headlines", () => {
    const lines = texts(layoutCard(card([]), measureIn)).map((op) => op.text);
    expect(lines.at(-1)).toBe("第1版 · 要闻");
  });
});
