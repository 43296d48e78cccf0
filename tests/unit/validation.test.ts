import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { UNREADABLE_INPUT, isUuid, parseInput } from "@/lib/validation";

describe("parseInput", () => {
  afterEach(() => vi.restoreAllMocks());

  const name = z.string({ error: "Enter a name" }).min(1, { error: "Enter a name" });

  it("answers as safeParse does for ordinary input", () => {
    expect(parseInput(name, "Sam")).toEqual({ success: true, data: "Sam" });
    const refused = parseInput(name, 42);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual(["Enter a name"]);
  });

  it("turns zod's own throw on a hostile value into one clear issue, and logs it", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    // Where zod compares the object's length with 1 it throws "Cannot convert object to primitive".
    const hostile = { length: Object.create(null) as object };
    expect(() => name.safeParse(hostile)).toThrow(TypeError);
    const result = parseInput(name, hostile);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "custom", path: [], message: UNREADABLE_INPUT }),
    ]);
    expect(log).toHaveBeenCalledWith(
      "Input could not be validated:",
      expect.stringContaining("Cannot convert object to primitive value"),
    );
  });

  it("checks ids without throwing", () => {
    expect(isUuid("0b5c6f2e-2f7e-4a51-9d1e-3c4b5a697887")).toBe(true);
    expect(isUuid("not-an-id")).toBe(false);
  });
});
