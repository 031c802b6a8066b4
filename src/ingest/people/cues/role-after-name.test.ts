import { describe, expect, it } from "vitest";
import { roleAfterName } from "./role-after-name";

const after = (text: string, name: string) => {
  const chars = Array.from(text);
  return roleAfterName(chars, text.indexOf(name) + Array.from(name).length);
};

describe("a person noun right after a name", () => {
  it("is the name's role", () => {
    expect(after("。王大成老人正在挑选芹菜", "王大成")).toBe("老人");
    expect(after("在课上，陈明远老师引导学生", "陈明远")).toBe("老师");
    expect(after("，玛丽安王后专程祝贺", "玛丽安")).toBe("王后");
  });

  it("is no role inside a longer word or when another word follows", () => {
    expect(after("，王大成老人家常说", "王大成")).toBeNull();
    expect(after("，陈明远老师傅说", "陈明远")).toBeNull();
    expect(after("，王大成说", "王大成")).toBeNull();
  });

  it("reads 烈士 after a name, but not in the name of a thing called after the person", () => {
    expect(after("，村民都到墓地缅怀林志远烈士。", "林志远")).toBe("烈士");
    expect(after("。他就是陈海川烈士。", "陈海川")).toBe("烈士");
    expect(after("，前往陈海川烈士陵园祭扫", "陈海川")).toBe("烈士");
    expect(after("，代号为“卡西姆烈士行动”。", "卡西姆")).toBeNull();
  });
});
