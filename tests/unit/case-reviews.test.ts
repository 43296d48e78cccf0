import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays } from "../../lib/domain/actions";
import {
  caseReviewSchema,
  isHttpsLink,
  keyDates,
  nextRecommendationNumber,
  recommendationSchema,
  updateCaseReviewSchema,
  updateRecommendationSchema,
} from "../../lib/domain/case-reviews";

const partnershipId = "5f0c3a52-1111-4c2e-9a55-0d7a3c8f9e01";
const caseReviewId = "6a1d4b63-2222-4d3f-8b66-1e8b4d9f0a12";

const review = {
  partnershipId,
  type: "LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW",
  identifier: "  Child   L  ",
  status: "OPEN",
  referredOn: "",
  decidedOn: "",
  completedOn: "",
  publishedOn: "",
  publicationUrl: "",
  summary: "",
};

function errorsOf(schema: { safeParse: (v: unknown) => unknown }, input: unknown) {
  const result = schema.safeParse(input) as
    | { success: true }
    | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}
const reviewErrors = (input: unknown) => errorsOf(caseReviewSchema, input);
const recommendationErrors = (input: unknown) => errorsOf(recommendationSchema, input);

describe("caseReviewSchema", () => {
  it("takes a review with a tidied identifier and blanks as nulls", () => {
    expect(caseReviewSchema.parse(review)).toEqual({
      partnershipId,
      type: "LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW",
      identifier: "Child L",
      status: "OPEN",
      referredOn: null,
      decidedOn: null,
      completedOn: null,
      publishedOn: null,
      publicationUrl: null,
      summary: null,
    });
  });

  it("takes the GOV.UK day, month and year fields as one date for each key date", () => {
    const parsed = caseReviewSchema.parse({
      ...review,
      referredOn: undefined,
      "referredOn-day": "7",
      "referredOn-month": "4",
      "referredOn-year": "2026",
      decidedOn: undefined,
      "decidedOn-day": "",
      "decidedOn-month": "",
      "decidedOn-year": "",
    });
    expect(parsed.referredOn).toBe("2026-04-07");
    expect(parsed.decidedOn).toBeNull();
  });

  it("lists every missing answer at once, in plain sentences", () => {
    expect(reviewErrors({ partnershipId })).toEqual({
      type: ["Select the type of review"],
      identifier: ["Enter an identifier for the review"],
      status: ["Select the status of the review"],
    });
    expect(reviewErrors({ ...review, identifier: "   " })).toEqual({
      identifier: ["Enter an identifier for the review"],
    });
  });

  it("refuses an identifier over 60 characters, and a summary over 4,000", () => {
    expect(reviewErrors({ ...review, identifier: "x".repeat(60) })).toEqual({});
    expect(reviewErrors({ ...review, identifier: "x".repeat(61) })).toEqual({
      identifier: ["The identifier must be 60 characters or fewer"],
    });
    expect(reviewErrors({ ...review, summary: "s".repeat(4_001) })).toEqual({
      summary: ["The summary must be 4,000 characters or fewer"],
    });
  });

  it("refuses dates that are not real, or not complete, naming which date", () => {
    expect(
      reviewErrors({
        ...review,
        referredOn: undefined,
        "referredOn-day": "31",
        "referredOn-month": "2",
        "referredOn-year": "2026",
        completedOn: undefined,
        "completedOn-day": "3",
        "completedOn-month": "",
        "completedOn-year": "",
        decidedOn: "2026-13-01",
      }),
    ).toEqual({
      referredOn: ["The date the serious incident was notified to the Panel must be a real date"],
      completedOn: ["The date the review was completed must include a month and year"],
      decidedOn: [
        "The date of the decision on whether to carry out a local review must be a real date",
      ],
    });
    expect(reviewErrors({ ...review, referredOn: "26" })).toEqual({
      referredOn: ["The date the serious incident was notified to the Panel must be a real date"],
    });
  });

  it("needs the publication date when the status is Published, and only then", () => {
    expect(reviewErrors({ ...review, status: "PUBLISHED" })).toEqual({
      publishedOn: ["Enter the date the review was published"],
    });
    expect(
      reviewErrors({
        ...review,
        status: "PUBLISHED",
        publishedOn: "2026-10-01",
        publicationUrl: "https://www.example.gov.uk/lcspr-child-l",
      }),
    ).toEqual({});
    expect(reviewErrors({ ...review, status: "COMPLETED", publishedOn: "2026-10-01" })).toEqual({
      publishedOn: ["Select ‘Published’ as the status, or remove the date it was published"],
    });
  });

  it("takes only an https link to the published review, and only when it is published", () => {
    const published = { ...review, status: "PUBLISHED", publishedOn: "2026-10-01" };
    for (const url of [
      "http://www.example.gov.uk/review",
      "javascript:alert(1)",
      "www.example.gov.uk/review",
      "https://",
    ]) {
      expect(reviewErrors({ ...published, publicationUrl: url }), url).toEqual({
        publicationUrl: [
          "Enter a link that starts with https://, like https://www.example.gov.uk/lcspr-child-l",
        ],
      });
    }
    expect(
      reviewErrors({ ...review, status: "IN_PROGRESS", publicationUrl: "https://example.org/r" }),
    ).toEqual({
      publicationUrl: [
        "Select ‘Published’ as the status, or remove the link to the published review",
      ],
    });
  });

  it("keeps the key dates in order: completion and publication not before the notification", () => {
    const dated = { ...review, referredOn: "2026-05-10" };
    expect(reviewErrors({ ...dated, completedOn: "2026-05-10" })).toEqual({});
    expect(reviewErrors({ ...dated, completedOn: "2026-05-09" })).toEqual({
      completedOn: [
        "The date the review was completed must be the same as or after the date the serious incident was notified to the Panel",
      ],
    });
    expect(reviewErrors({ ...dated, status: "PUBLISHED", publishedOn: "2026-04-30" })).toEqual({
      publishedOn: [
        "The date the review was published must be the same as or after the date the serious incident was notified to the Panel",
      ],
    });
    expect(
      reviewErrors({
        ...dated,
        status: "PUBLISHED",
        completedOn: "2026-09-01",
        publishedOn: "2026-08-31",
      }),
    ).toEqual({
      publishedOn: [
        "The date the review was published must be the same as or after the date it was completed",
      ],
    });
  });

  it("keeps the decision on a local review on or after the notification", () => {
    const dated = { ...review, referredOn: "2026-05-10" };
    expect(reviewErrors({ ...dated, decidedOn: "2026-05-10" })).toEqual({});
    expect(reviewErrors({ ...dated, decidedOn: "2026-05-09" })).toEqual({
      decidedOn: [
        "The date of the decision on whether to carry out a local review must be the same as or after the date the serious incident was notified to the Panel",
      ],
    });
    // Without a notification date there is nothing to compare with.
    expect(reviewErrors({ ...review, decidedOn: "2026-05-09" })).toEqual({});
  });

  describe("completion and publication dates", () => {
    afterEach(() => vi.useRealTimers());

    it("cannot be in the future, counting days in UK time", () => {
      // 23:30 UTC on 30 June 2026 is already 1 July in London (BST).
      vi.useFakeTimers({ now: new Date("2026-06-30T23:30:00Z"), toFake: ["Date"] });
      const published = {
        ...review,
        status: "PUBLISHED",
        publicationUrl: "https://www.example.gov.uk/lcspr-child-l",
      };
      expect(
        reviewErrors({ ...published, completedOn: "2026-07-01", publishedOn: "2026-07-01" }),
      ).toEqual({});
      expect(
        reviewErrors({ ...published, completedOn: "2026-07-02", publishedOn: "2026-07-02" }),
      ).toEqual({
        completedOn: ["The date the review was completed must be today or in the past"],
        publishedOn: ["The date the review was published must be today or in the past"],
      });
    });

    it("are checked against the real date when no clock is faked", () => {
      const tomorrow = addDays(new Date().toISOString().slice(0, 10), 2);
      expect(reviewErrors({ ...review, completedOn: tomorrow })).toEqual({
        completedOn: ["The date the review was completed must be today or in the past"],
      });
    });
  });

  it("checks the rules between fields even when another answer is missing", () => {
    expect(
      reviewErrors({
        ...review,
        identifier: "",
        referredOn: "2026-05-10",
        completedOn: "2026-01-01",
      }),
    ).toEqual({
      identifier: ["Enter an identifier for the review"],
      completedOn: [
        "The date the review was completed must be the same as or after the date the serious incident was notified to the Panel",
      ],
    });
  });

  it("needs which review, and when it was last changed, when changing one", () => {
    expect(errorsOf(updateCaseReviewSchema, review)).toEqual({
      caseReviewId: ["That case review does not exist"],
      updatedAt: ["This form is out of date: reload the page and try again"],
    });
    expect(
      errorsOf(updateCaseReviewSchema, { ...review, caseReviewId, updatedAt: "yesterday" }),
    ).toEqual({ updatedAt: ["This form is out of date: reload the page and try again"] });
    const updatedAt = "2026-11-22T10:15:30.123Z";
    expect(updateCaseReviewSchema.parse({ ...review, caseReviewId, updatedAt })).toMatchObject({
      caseReviewId,
      updatedAt,
    });
  });

  it("explains in plain English a form that is not this partnership's or not text at all", () => {
    expect(
      reviewErrors({
        ...review,
        partnershipId: "../admin",
        summary: ["a", "b"],
        publicationUrl: 3,
      }),
    ).toEqual({
      partnershipId: ["That partnership does not exist"],
      summary: ["Enter the summary as text"],
      publicationUrl: [
        "Enter a link that starts with https://, like https://www.example.gov.uk/lcspr-child-l",
      ],
    });
  });
});

describe("isHttpsLink", () => {
  it("accepts https web addresses only", () => {
    expect(isHttpsLink("https://www.example.gov.uk/review.pdf")).toBe(true);
    expect(isHttpsLink("HTTPS://example.org")).toBe(true);
    expect(isHttpsLink("http://example.org")).toBe(false);
    expect(isHttpsLink("https://exa mple.org")).toBe(false);
    expect(isHttpsLink("data:text/html,hi")).toBe(false);
  });
});

describe("recommendationSchema", () => {
  const recommendation = {
    partnershipId,
    caseReviewId,
    number: "3",
    text: "  Agencies should share information at the point of referral.  ",
    partnershipResponse: "",
    timescale: " By March 2027 ",
  };

  it("takes a recommendation, trimming the text and leaving blanks as nulls", () => {
    expect(recommendationSchema.parse(recommendation)).toEqual({
      partnershipId,
      caseReviewId,
      number: 3,
      text: "Agencies should share information at the point of referral.",
      partnershipResponse: null,
      timescale: "By March 2027",
    });
  });

  it("leaves the number to the next one when it is blank", () => {
    expect(recommendationSchema.parse({ ...recommendation, number: "" }).number).toBeNull();
  });

  it("asks for a positive whole number", () => {
    for (const number of ["2.5", "three", "-1"]) {
      expect(recommendationErrors({ ...recommendation, number }), number).toEqual({
        number: ["The recommendation number must be a whole number, like 3"],
      });
    }
    expect(recommendationErrors({ ...recommendation, number: "0" })).toEqual({
      number: ["The recommendation number must be 1 or more"],
    });
    expect(recommendationErrors({ ...recommendation, number: "1000" })).toEqual({
      number: ["The recommendation number must be 999 or less"],
    });
  });

  it("needs the recommendation and limits every text", () => {
    expect(recommendationErrors({ ...recommendation, text: "  " })).toEqual({
      text: ["Enter the recommendation"],
    });
    expect(
      recommendationErrors({
        ...recommendation,
        text: "t".repeat(4_001),
        partnershipResponse: "r".repeat(4_001),
        timescale: "s".repeat(201),
      }),
    ).toEqual({
      text: ["The recommendation must be 4,000 characters or fewer"],
      partnershipResponse: ["The partnership’s response must be 4,000 characters or fewer"],
      timescale: ["The timescale must be 200 characters or fewer"],
    });
  });

  it("needs which recommendation, and the version the form loaded, when changing one", () => {
    expect(errorsOf(updateRecommendationSchema, recommendation)).toEqual({
      recommendationId: ["That recommendation does not exist"],
      version: ["This form is out of date: reload the page and try again"],
    });
    expect(
      errorsOf(updateRecommendationSchema, {
        ...recommendation,
        recommendationId: caseReviewId,
        version: "not-a-fingerprint",
      }),
    ).toEqual({ version: ["This form is out of date: reload the page and try again"] });
    const version = "a".repeat(64);
    expect(
      updateRecommendationSchema.parse({
        ...recommendation,
        recommendationId: caseReviewId,
        version,
      }).version,
    ).toBe(version);
  });

  it("explains in plain English ids that are not real and answers that are not text", () => {
    expect(
      recommendationErrors({
        ...recommendation,
        partnershipId: "1",
        caseReviewId: "2",
        partnershipResponse: 4,
        timescale: ["soon", "later"],
      }),
    ).toEqual({
      partnershipId: ["That partnership does not exist"],
      caseReviewId: ["That case review does not exist"],
      partnershipResponse: ["Enter the partnership’s response as text"],
      timescale: ["Enter the timescale as text"],
    });
  });
});

describe("nextRecommendationNumber", () => {
  it("is one after the highest, or 1 for the first", () => {
    expect(nextRecommendationNumber([])).toBe(1);
    expect(nextRecommendationNumber([1, 4, 2])).toBe(5);
  });
});

describe("keyDates", () => {
  it("lists the dates known, in the order they happen", () => {
    expect(
      keyDates({
        referredOn: "2026-01-05",
        decidedOn: null,
        completedOn: "2026-09-01",
        publishedOn: null,
      }),
    ).toEqual([
      { field: "referredOn", label: "Notified to the Panel", date: "2026-01-05" },
      { field: "completedOn", label: "Completed", date: "2026-09-01" },
    ]);
  });
});
