import { describe, expect, it } from "vitest";
import {
  AUDIT_CATEGORY_LABELS,
  auditActionLabel,
  auditEntityLabel,
} from "../../lib/domain/audit-labels";

describe("auditActionLabel", () => {
  it.each([
    ["sign-in.succeeded", "Signed in"],
    ["sign-out", "Signed out"],
    ["framework.viewed", "Viewed the framework"],
    ["access-log.viewed", "Viewed the access log"],
    ["access-log.exported", "Exported the access log as a CSV file"],
    ["password.reset", "Reset their password"],
    ["partnership.created", "Created the partnership"],
  ])("reads %s as %j", (key, sentence) => {
    expect(auditActionLabel(key)).toBe(sentence);
  });

  it("shows an unknown key as it is, so nothing recorded is hidden", () => {
    expect(auditActionLabel("widget.frobnicated")).toBe("widget.frobnicated");
    expect(auditActionLabel("")).toBe("");
  });

  it("does not treat inherited object properties as labels", () => {
    expect(auditActionLabel("constructor")).toBe("constructor");
    expect(auditActionLabel("toString")).toBe("toString");
  });
});

describe("auditEntityLabel", () => {
  it("names a person, and calls the partnership being viewed 'This partnership'", () => {
    expect(auditEntityLabel({ type: "User", id: "abc", name: "Priya Shah" })).toBe(
      "Person: Priya Shah",
    );
    expect(auditEntityLabel({ type: "Partnership", id: "p1" }, "p1")).toBe("This partnership");
    expect(auditEntityLabel({ type: "Partnership", id: "p2" }, "p1")).toBe("Partnership p2");
  });

  it("otherwise gives the kind of record in words, then its id", () => {
    expect(auditEntityLabel({ type: "Membership", id: "m1" })).toBe("Membership m1");
    expect(auditEntityLabel({ type: "Partnership", id: null })).toBe("Partnership");
    expect(auditEntityLabel({ type: "Gadget", id: "7" })).toBe("Gadget 7");
    expect(auditEntityLabel({ type: null, id: "7" })).toBe("7");
    expect(auditEntityLabel({ type: null, id: null })).toBe("");
  });
});

describe("AUDIT_CATEGORY_LABELS", () => {
  it("has a word for every category", () => {
    expect(Object.keys(AUDIT_CATEGORY_LABELS).sort()).toEqual(["ACCESS", "CHANGE", "SECURITY"]);
  });
});
