import { describe, expect, it } from "vitest";
import { placeChainDescription } from "./place-chain-description";
import { endsWithPersonNoun } from "./description";

const PLACES = new Set(["南岭", "北原"]);
const read = (text: string, name: string) => {
  const chars = Array.from(text);
  return placeChainDescription(chars, Array.from(text.slice(0, text.indexOf(name))).length, PLACES, endsWithPersonNoun);
};

describe("a description after a chain of places", () => {
  it("is read from the first known place, a verb before it left out", () => {
    expect(read("队员又一次走进南岭壮族自治区青石瑶族自治县贫困户林秀英家里", "林秀英")).toBe(
      "南岭壮族自治区青石瑶族自治县贫困户",
    );
    expect(read("走访北原省青石县白水镇村民林秀英", "林秀英")).toBe("北原省青石县白水镇村民");
  });

  it("is left with no known place in front, no admin level before the noun, or no person noun", () => {
    expect(read("队员又一次走进东海壮族自治区青石瑶族自治县贫困户林秀英家里", "林秀英")).toBeNull();
    expect(read("队员又一次走进南岭壮族自治区青石瑶族自治县的贫困户林秀英家里", "林秀英")).toBeNull();
    expect(read("队员又一次走进南岭壮族自治区青石瑶族自治县的办公室林秀英", "林秀英")).toBeNull();
  });
});
