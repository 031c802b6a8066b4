import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isSeal, seal, sealName, unseal } from "./seal";

// made-up text only
const SOURCE = "　　本报讯 记者 甄小明 报道：青禾县县长 柯 远 山 今天走访了新开的书屋。";

describe("seal", () => {
  it("is the first 16 hex digits of the salted sha256", () => {
    const full = createHash("sha256").update("folio-gold\u0000柯远山").digest("hex");
    expect(seal("柯远山")).toBe(full.slice(0, 16));
    expect(isSeal(seal("柯远山"))).toBe(true);
    expect(isSeal("柯远山")).toBe(false);
  });

  it("differs between strings, and a name's seal ignores spaces", () => {
    expect(seal("柯远山")).not.toBe(seal("柯远"));
    expect(sealName("柯 远 山")).toBe(seal("柯远山"));
    expect(seal("柯 远 山")).not.toBe(seal("柯远山"));
  });
});

describe("unseal", () => {
  it("recovers strings from the source, spaces removed, and leaves out what is not there", () => {
    const found = unseal([sealName("柯 远 山"), seal("县长"), seal("甄小明"), seal("不在此文")], SOURCE, 10);
    expect(found).toEqual(
      new Map([
        [sealName("柯远山"), "柯远山"],
        [seal("县长"), "县长"],
        [seal("甄小明"), "甄小明"],
      ]),
    );
  });

  it("finds nothing longer than maxLen", () => {
    expect(unseal(seal("青禾县县长"), SOURCE, 4).size).toBe(0);
    expect(unseal(seal("青禾县县长"), SOURCE, 5).get(seal("青禾县县长"))).toBe("青禾县县长");
  });
});
