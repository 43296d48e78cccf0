import { describe, expect, it } from "vitest";
import { responseEditRight, type ParticipantFacts } from "@/lib/domain/response-access";

const scrutiny: ParticipantFacts = {
  assessmentKind: "INDEPENDENT_SCRUTINY",
  participantUserId: "s1",
  participantOrganisationId: null,
  participantOrganisationIsStatutory: false,
};
const police: ParticipantFacts = {
  assessmentKind: "CORE_PARTNER_SELF_ASSESSMENT",
  participantUserId: null,
  participantOrganisationId: "police",
  participantOrganisationIsStatutory: true,
};
const school: ParticipantFacts = {
  ...police,
  assessmentKind: "WIDER_PARTNER_SELF_ASSESSMENT",
  participantOrganisationId: "school",
  participantOrganisationIsStatutory: false,
};

describe("who may write a response", () => {
  it("lets only the scrutineer themself change a scrutiny response", () => {
    expect(
      responseEditRight({ userId: "s1", role: "SCRUTINEER", organisationId: null }, scrutiny),
    ).toEqual({ allowed: true, onBehalf: false });
    expect(
      responseEditRight({ userId: "s2", role: "SCRUTINEER", organisationId: null }, scrutiny)
        .allowed,
    ).toBe(false);
    expect(
      responseEditRight({ userId: "bm", role: "BUSINESS_MANAGER", organisationId: "la" }, scrutiny)
        .allowed,
    ).toBe(false);
  });
  it("lets an organisation's respondent answer for it, and no other organisation's", () => {
    expect(
      responseEditRight(
        { userId: "r", role: "AGENCY_RESPONDENT", organisationId: "police" },
        police,
      ),
    ).toEqual({ allowed: true, onBehalf: false });
    expect(
      responseEditRight(
        { userId: "r", role: "AGENCY_RESPONDENT", organisationId: "school" },
        police,
      ).allowed,
    ).toBe(false);
    expect(
      responseEditRight(
        { userId: "c", role: "AGENCY_CONTRIBUTOR", organisationId: "police" },
        police,
      ).allowed,
    ).toBe(false);
  });
  it("lets the business manager answer on behalf of a statutory partner only, recorded as such", () => {
    expect(
      responseEditRight({ userId: "bm", role: "BUSINESS_MANAGER", organisationId: "la" }, police),
    ).toEqual({ allowed: true, onBehalf: true });
    expect(
      responseEditRight({ userId: "bm", role: "BUSINESS_MANAGER", organisationId: "la" }, school)
        .allowed,
    ).toBe(false);
  });
});
