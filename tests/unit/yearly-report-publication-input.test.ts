import { describe, expect, it } from "vitest";
import { auditActionLabel } from "../../lib/domain/audit-labels";
import { addDays } from "../../lib/domain/actions";
import { ukDateStamp } from "../../lib/domain/london-time";
import {
  formatLongDate,
  PUBLICATION_AUDIT_ACTIONS,
  publishSectionSchema,
  recordSignOffSchema,
  recordSubmissionSchema,
  unkeyField,
  updateRecipientSchema,
} from "../../lib/domain/yearly-report-publication-input";

const ids = {
  partnershipId: "7c4f1f2e-3b0a-4a8e-9d55-0f3e3f6b7a11",
  cycleId: "0b8a7c55-1d2e-4f3a-8b9c-2d4e6f8a0b1c",
};
const recipientId = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";

const errorsOf = (result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("the sign-off form", () => {
  it("reads the GOV.UK date input and tidies the names", () => {
    const parsed = recordSignOffSchema.parse({
      ...ids,
      organisationId: recipientId,
      designation: "LEAD_SAFEGUARDING_PARTNER",
      signerName: "  Dr  A. Shah ",
      "signedOn-day": "3",
      "signedOn-month": "6",
      "signedOn-year": "2026",
      meeting: " Executive ",
    });
    expect(parsed).toMatchObject({
      signerName: "Dr A. Shah",
      signedOn: "2026-06-03",
      meeting: "Executive",
    });
  });

  it("refuses a date in the future and 31 February, in words", () => {
    const [year, month, day] = addDays(ukDateStamp(new Date()), 1).split("-");
    const future = recordSignOffSchema.safeParse({ ...ids, signedOn: { day, month, year } });
    expect(errorsOf(future).signedOn).toBe("The date signed off must be today or in the past");
    const unreal = recordSignOffSchema.safeParse({ ...ids, signedOn: "2026-02-31" });
    expect(errorsOf(unreal).signedOn).toBe("The date signed off must be a real date");
  });
});

describe("the publication form", () => {
  it("takes only an https link", () => {
    const base = { ...ids, publishedOn: "2026-06-12", presentedAt: "Board" };
    expect(
      publishSectionSchema.safeParse({ ...base, publishedUrl: "https://www.example.gov.uk/r" })
        .success,
    ).toBe(true);
    for (const link of [
      "http://www.example.gov.uk/r",
      "javascript:alert(1)",
      "https://",
      "www.example.gov.uk",
    ])
      expect(
        errorsOf(publishSectionSchema.safeParse({ ...base, publishedUrl: link })).publishedUrl,
      ).toBe(
        "Enter a link that starts with https://, like https://www.example.gov.uk/yearly-report",
      );
  });
});

describe("forms repeated on one page", () => {
  it("read a field named after its row back under its plain name", () => {
    expect(
      unkeyField(
        { recipientId, [`sentOn-${recipientId}-day`]: "5", other: 1 },
        "sentOn",
        "recipientId",
      ),
    ).toEqual({ recipientId, "sentOn-day": "5", other: 1 });
    expect(
      recordSubmissionSchema.parse({
        ...ids,
        recipientId,
        [`sentOn-${recipientId}-day`]: "15",
        [`sentOn-${recipientId}-month`]: "6",
        [`sentOn-${recipientId}-year`]: "2026",
      }).sentOn,
    ).toBe("2026-06-15");
    expect(
      updateRecipientSchema.parse({
        partnershipId: ids.partnershipId,
        recipientId,
        [`name-${recipientId}`]: " Ofsted ",
      }).name,
    ).toBe("Ofsted");
  });
});

describe("words", () => {
  it("write dates the GOV.UK way", () => {
    expect(formatLongDate("2026-06-01")).toBe("1 June 2026");
    expect(formatLongDate("2027-12-31")).toBe("31 December 2027");
  });

  it("give every audit event a sentence in the access log", () => {
    for (const key of Object.values(PUBLICATION_AUDIT_ACTIONS))
      expect(auditActionLabel(key)).not.toBe(key);
  });
});
