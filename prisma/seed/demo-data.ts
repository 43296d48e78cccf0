import type {
  GovernanceDesignation,
  MembershipRole,
  OrganisationKind,
} from "../../lib/generated/prisma/enums";

/** The demo partnership. Sign-in details are listed in the README; never seeded on a real database. */
export const DEMO_PASSWORD = "Northshire-demo-2026";

/**
 * The demo accounts whose role needs two-factor authentication share this authenticator key
 * (`npm run demo:code` prints the current code). Demo only: real accounts enrol their own.
 */
export const DEMO_TOTP_SECRET = "NORTHSHIREDEMOTWOFACTORKEY234567";

export const DEMO_PARTNERSHIP = {
  slug: "northshire",
  name: "Northshire Safeguarding Children Partnership",
  localAuthorityAreas: ["Northshire County Council", "Eastbridge Borough Council"],
};

type DemoOrganisation = {
  name: string;
  kind: OrganisationKind;
  isStatutoryPartner: boolean;
  whyChosen?: string;
  contribution?: string;
};

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { name: "Northshire County Council", kind: "LOCAL_AUTHORITY", isStatutoryPartner: true },
  { name: "Northshire Police", kind: "POLICE", isStatutoryPartner: true },
  { name: "NHS Northshire Integrated Care Board", kind: "HEALTH_ICB", isStatutoryPartner: true },
  {
    name: "Northshire Schools Alliance",
    kind: "EDUCATION",
    isStatutoryPartner: false,
    whyChosen: "Schools see most children every day and make a large share of referrals.",
    contribution: "Designated safeguarding leads network; training venues.",
  },
  {
    name: "Probation Service – Northshire",
    kind: "PROBATION",
    isStatutoryPartner: false,
    whyChosen: "Supervises adults who pose a risk to children.",
    contribution: "Information sharing on risk; attendance at MAPPA and the practice review group.",
  },
  {
    name: "Northshire Homes",
    kind: "OTHER_RELEVANT_AGENCY",
    isStatutoryPartner: false,
    whyChosen: "The largest social landlord, often first to see neglect and exploitation.",
    contribution: "Housing officers trained as safeguarding champions.",
  },
  {
    name: "Northshire Voluntary Action",
    kind: "OTHER_RELEVANT_AGENCY",
    isStatutoryPartner: false,
    whyChosen: "Reaches families who do not use statutory services.",
    contribution: "Youth voice forum; parent peer support.",
  },
];

type DemoUser = {
  email: string;
  name: string;
  jobTitle: string;
  role: MembershipRole | null;
  organisation?: string;
  designations?: GovernanceDesignation[];
  isSiteAdmin?: boolean;
  twoFactor?: boolean;
};

export const DEMO_USERS: DemoUser[] = [
  {
    email: "admin@northshire.example",
    twoFactor: true,
    name: "Sam Patel",
    jobTitle: "Site administrator",
    role: null,
    isSiteAdmin: true,
  },
  {
    email: "business.manager@northshire.example",
    twoFactor: true,
    name: "Helen Carter",
    jobTitle: "Partnership business manager",
    role: "BUSINESS_MANAGER",
    organisation: "Northshire County Council",
  },
  {
    email: "lead.scrutineer@northshire.example",
    twoFactor: true,
    name: "Dr Amara Okafor",
    jobTitle: "Independent scrutineer (lead)",
    role: "SCRUTINEER",
  },
  {
    email: "scrutineer@northshire.example",
    twoFactor: true,
    name: "James Whitfield",
    jobTitle: "Independent scrutineer",
    role: "SCRUTINEER",
  },
  {
    email: "police.respondent@northshire.example",
    name: "Detective Superintendent Karen Lowe",
    jobTitle: "Head of Public Protection",
    role: "AGENCY_RESPONDENT",
    organisation: "Northshire Police",
    designations: ["DELEGATED_SAFEGUARDING_PARTNER"],
  },
  {
    email: "schools.respondent@northshire.example",
    name: "Mark Evans",
    jobTitle: "Head of Inclusion",
    role: "AGENCY_RESPONDENT",
    organisation: "Northshire Schools Alliance",
  },
  {
    email: "schools.contributor@northshire.example",
    name: "Priya Shah",
    jobTitle: "Designated safeguarding lead",
    role: "AGENCY_CONTRIBUTOR",
    organisation: "Northshire Schools Alliance",
  },
  {
    email: "chair@northshire.example",
    name: "Councillor Tom Reid",
    jobTitle: "Partnership chair",
    role: "VIEWER",
    organisation: "Northshire County Council",
    designations: ["PARTNERSHIP_CHAIR"],
  },
];

export const DEMO_CYCLES = [
  { name: "2023–24", startsOn: "2023-04-01", endsOn: "2024-03-31" },
  { name: "2024–25", startsOn: "2024-04-01", endsOn: "2025-03-31" },
  { name: "2025–26", startsOn: "2025-04-01", endsOn: "2026-03-31" },
  { name: "2026–27", startsOn: "2026-04-01", endsOn: "2027-03-31" },
];
