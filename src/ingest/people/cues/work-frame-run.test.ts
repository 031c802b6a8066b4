import { describe, expect, it } from "vitest";
import { workFrameRunAt } from "./work-frame-run";

const text =
  "《山路》的钟立山带着乡亲们修路；《灯塔》的吴海燕守护航道；《晨光》的覃明远坚持义诊；《远方》中的戈文静扎根边疆。";
const chars = Array.from(text);
const at = (name: string) => [text.indexOf(name), text.indexOf(name) + name.length] as const;
const sureOf = (...names: string[]) => {
  const spans = names.map(at);
  return (s: number, e: number) => spans.some(([a, b]) => a === s && b === e);
};

describe("a run of clauses naming a work and its subject", () => {
  it("vouches for a name in the frame when two other frames of the sentence hold sure names", () => {
    const sure = sureOf("钟立山", "吴海燕");
    expect(workFrameRunAt(chars, ...at("覃明远"), sure)).toBe(true);
    expect(workFrameRunAt(chars, ...at("戈文静"), sure)).toBe(true);
  });

  it("needs two sure neighbours, not one, and not the name itself", () => {
    expect(workFrameRunAt(chars, ...at("覃明远"), sureOf("钟立山"))).toBe(false);
    expect(workFrameRunAt(chars, ...at("覃明远"), sureOf("钟立山", "覃明远"))).toBe(false);
  });

  it("holds only in a clause-opening frame, within one sentence", () => {
    const inner = Array.from("他说《山路》的钟立山很感人；《灯塔》的吴海燕守护航道；《晨光》的覃明远坚持义诊。");
    const sure = (s: number, e: number) =>
      e - s === 3 && [inner.join("").indexOf("吴海燕"), inner.join("").indexOf("覃明远")].includes(s);
    expect(workFrameRunAt(inner, inner.join("").indexOf("钟立山"), inner.join("").indexOf("钟立山") + 3, sure)).toBe(
      false,
    );
    const split = Array.from("《山路》的钟立山带路。《灯塔》的吴海燕守护航道；《晨光》的覃明远坚持义诊。");
    const s2 = split.join("");
    const sure2 = (s: number, e: number) => e - s === 3 && [s2.indexOf("吴海燕"), s2.indexOf("覃明远")].includes(s);
    expect(workFrameRunAt(split, s2.indexOf("钟立山"), s2.indexOf("钟立山") + 3, sure2)).toBe(false);
  });
});
