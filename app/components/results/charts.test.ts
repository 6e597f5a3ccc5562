import { describe, expect, it } from "vitest";
import { labelLines } from "./charts";

describe("labelLines", () => {
  it("keeps short labels in one line", () => {
    expect(labelLines("Mobility", 280)).toEqual(["Mobility"]);
    expect(labelLines("交通・モビリティ", 280)).toEqual(["交通・モビリティ"]);
  });

  it("breaks long labels near the middle, at a bracket, separator or space", () => {
    expect(labelLines("供給・処理（エネルギー・上下水道・廃棄物）", 274)).toEqual([
      "供給・処理（エネルギー・",
      "上下水道・廃棄物）",
    ]);
    const [first, second] = labelLines("A rather long label for a field of action here", 200);
    expect(`${first} ${second}`).toBe("A rather long label for a field of action here");
  });

  it("leaves a label without a place to break as it is", () => {
    expect(labelLines("Donaudampfschifffahrtsgesellschaftskapitänsmütze", 100)).toEqual([
      "Donaudampfschifffahrtsgesellschaftskapitänsmütze",
    ]);
  });
});
