import type { Rating } from "../../lib/generated/prisma/enums";

/** What each question is about, in the words a narrative uses. */
const TOPICS: Record<string, string> = {
  "1.1": "The child-centred safeguarding children plan, agreed and funded by the three partners",
  "1.2": "The safeguarding partners' seats on the partnership's groups and sub-groups",
  "1.3": "Joint work with the safeguarding adults board and the community safety partnership",
  "1.4": "Reporting, scrutiny and forward planning against the plan's outcomes",
  "2.1": "Relevant agencies' knowledge of, and part in, the safeguarding arrangements",
  "2.2": "Research, national guidance and contextual safeguarding in the wider partnership",
  "2.3": "Information sharing and training protocols across the safeguarding partners",
  "2.4": "Relevant agencies' part in setting and reviewing the priorities",
  "3.1": "Children's and young people's influence on the safeguarding plan",
  "3.2": "Outreach to the children and families most affected by safeguarding concerns",
  "3.3": "Young people leading or co-leading safeguarding initiatives and training",
  "3.4": "Young people's role in safeguarding at the move to adult services",
  "4.1": "Collection and joint analysis of safeguarding data by the three partners",
  "4.2": "Relevant agencies' own audits, shared with the partnership",
  "4.3": "Use of data to review the impact of safeguarding work on children",
  "4.4": "Shared data informing gaps, priorities and future plans",
  "5.1": "Partners' grasp of the criteria for a rapid review or an LCSPR",
  "5.2": "Resourcing of case reviews, including contextual harm",
  "5.3": "Cascading learning from case reviews to improve outcomes",
  "5.4": "Learning from case reviews built into training, policy and practice",
  "6.1": "Identifying, providing and evaluating multi-agency training needs",
  "6.2": "Training planned from the plan, local data, policy and research",
  "6.3": "Review of training take-up in core and wider partnership agencies",
  "6.4": "Evaluation of the impact of training on practice and outcomes",
};

/** A plausible narrative for a rating, naming the evidence it rests on. */
export function narrative(code: string, rating: Rating, evidenceTitle: string): string {
  const topic = TOPICS[code] ?? `Question ${code}`;
  const evidence = `‘${evidenceTitle}’`;
  switch (rating) {
    case "GREEN":
      return `${topic}: in place across the partnership. ${evidence} shows what changed for children.`;
    case "AMBER":
      return `${topic}: in place in part. ${evidence} shows the process, but practice still differs between agencies.`;
    case "RED":
      return `${topic}: not yet in place. ${evidence} found no shared approach.`;
    case "NOT_IN_SCOPE":
      return "";
  }
}

/** What an Amber answer says remains to do. */
export function remainingWork(rating: Rating): string {
  return rating === "AMBER"
    ? "Make it consistent across every agency and show, with outcome evidence, the difference it makes for children."
    : "";
}

/**
 * 2025–26: each scrutineer's rationale on the three questions where they disagree, and the lead's
 * reason for the agreed rating.
 */
export const DISAGREEMENT_TEXT_2025_26: Record<
  string,
  { lead: string; second: string; reason: string }
> = {
  "3.4": {
    lead: "Care leavers co-chair the transitions panel and their reviews led to the joint protocol with adult social care. Their views are recorded in the neglect strategy evaluation.",
    second:
      "One panel in the north of the county. Nowhere else does a young person have a part in assessing concerns at the move to adult services, and adult services were not at the table.",
    reason:
      "Agreed Green at the moderation meeting on 27 February 2026: the panel's minutes show young people co-chairing every review. James Whitfield's concern about the rest of the county is a line of enquiry for 2026–27.",
  },
  "4.1": {
    lead: "Since the police records system changed in September 2025 the partnership dataset has had no police data. The three partners cannot analyse safeguarding data together.",
    second:
      "The council and the ICB still collect and analyse their data every quarter. The police gap is temporary and has a recovery plan agreed by the safeguarding partners.",
    reason:
      "Agreed Red: without police data there is no joint analysis by the three partners, whatever the recovery plan promises. To be looked at again once police data returns.",
  },
  "5.3": {
    lead: "Learning from this year's rapid reviews was cascaded in seven-minute briefings within a month, and the neglect audit shows earlier help for babies.",
    second:
      "The briefings reach practitioners, but only one audit shows practice changed. The impact of learning from the other reviews is not yet known.",
    reason:
      "Agreed Amber: the cascade is quick and well received, but there is evidence of changed practice from one review only.",
  },
};
