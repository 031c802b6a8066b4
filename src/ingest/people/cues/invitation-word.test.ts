import { describe, expect, it } from "vitest";
import { checkNameEdges } from "./name-edges";
import { INVITATION_WORDS, trailingInvitationWord } from "./invitation-word";

const context = { knownNames: new Set<string>(), isWord: () => false };
const check = (text: string, name: string) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  const verdict = checkNameEdges(chars, start, start + Array.from(name).length, context);
  return verdict.keep ? chars.slice(start, verdict.end).join("") : null;
};

describe("应约 and 应邀 after a name", () => {
  it("are the two characters at the end of a name of four or more", () => {
    for (const word of INVITATION_WORDS) expect(trailingInvitationWord(Array.from(`柯毅${word}同`), 0, 4)).toBe(2);
    expect(trailingInvitationWord(Array.from("柯德明应约同"), 0, 5)).toBe(2);
    // nothing would be left of a name, or the name does not end with the word
    expect(trailingInvitationWord(Array.from("应约同"), 0, 2)).toBe(0);
    expect(trailingInvitationWord(Array.from("柯应约"), 0, 3)).toBe(0);
    expect(trailingInvitationWord(Array.from("柯毅应对"), 0, 4)).toBe(0);
    expect(trailingInvitationWord(Array.from("柯毅应约同某"), 0, 6)).toBe(0);
  });

  it("are cut off the name the tagger ran on over them", () => {
    expect(check("国务委员兼外长柯毅应约同南方国外长通电话", "柯毅应约")).toBe("柯毅");
    expect(check("副部长卢文涛应邀出席招待会", "卢文涛应邀")).toBe("卢文涛");
    expect(check("外长阿尔班·莫雷应约与柯毅通电话", "阿尔班·莫雷应约")).toBe("阿尔班·莫雷");
  });
});
