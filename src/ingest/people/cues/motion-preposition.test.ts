import { describe, expect, it } from "vitest";
import { motionPrepositionEnd } from "./motion-preposition";
import { mentionRoles } from "../roles";
import { taggedWith } from "../test-helpers.test-helper";

const chars = (s: string) => Array.from(s);

describe("motion preposition", () => {
  it("starts a description after 往", () => {
    expect(motionPrepositionEnd(chars("志往养殖户"), 0, 5)).toBe(2);
    const text = "他带着镇里的同志往种植户刘长福家赶去。";
    const roles = [...mentionRoles(taggedWith(text, ["刘长福"]), new Set())].map(([m, r]) => [m.name, r]);
    expect(roles).toEqual([["刘长福", ["种植户"]]]);
  });

  it("leaves 往 in a word of its own, and too short a rest", () => {
    expect(motionPrepositionEnd(chars("往来客商"), 0, 4)).toBeNull();
    expect(motionPrepositionEnd(chars("以往学员"), 0, 4)).toBeNull();
    expect(motionPrepositionEnd(chars("前往者"), 0, 3)).toBeNull();
  });
});
