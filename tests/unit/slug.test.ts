import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "../../lib/domain/slug";

describe("slugify", () => {
  it("makes a lower-case, hyphenated address from a partnership's name", () => {
    expect(slugify("Northshire Safeguarding Children Partnership")).toBe(
      "northshire-safeguarding-children-partnership",
    );
    expect(slugify("  Brent & Harrow (West)  ")).toBe("brent-and-harrow-west");
  });

  it("drops accents and stops at 60 characters without a trailing hyphen", () => {
    expect(slugify("Ynys Môn")).toBe("ynys-mon");
    const long = slugify(`${"a".repeat(59)} b`);
    expect(long).toBe("a".repeat(59));
  });

  it("never gives an empty slug", () => {
    expect(slugify("!!!")).toBe("partnership");
  });
});

describe("uniqueSlug", () => {
  it("keeps the slug when it is free and numbers it when it is taken", () => {
    expect(uniqueSlug("north", [])).toBe("north");
    expect(uniqueSlug("north", ["north"])).toBe("north-2");
    expect(uniqueSlug("north", ["north", "north-2", "north-4"])).toBe("north-3");
  });
});
