import { MANAGER_EMAIL } from "./demo-context";
import type { PastCycleStory } from "./demo-past-cycles-types";

const COUNCIL = "Northshire County Council";
const ICB = "NHS Northshire Integrated Care Board";
const LEAH = {
  organisation: "Northshire Voluntary Action",
  name: "Leah Morgan",
  email: "leah.morgan@northshire-va.example",
};

/** 2023–24: the first scrutiny under the new arrangements: many Reds, no plan, no children's voice. */
export const STORY_2023_24: PastCycleStory = {
  cycle: "2023–24",
  submittedOn: "2024-02-23",
  signedOffOn: "2024-03-05",
  summaryStrengths:
    "The three safeguarding partners meet as equals and fund the partnership jointly. Case reviews are referred promptly and partners understand the criteria.",
  developmentAreas: [
    {
      text: "There is no child-centred safeguarding children plan with outcomes the partners can measure.",
      managementResponse:
        "Accepted. The business manager will draft a plan with outcome measures for the partnership board in June 2024.",
      respondedOn: "2024-03-20",
    },
    {
      text: "Children and young people have no voice in the partnership's work.",
      managementResponse:
        "Accepted. Northshire Voluntary Action will set up a youth voice forum, funded by the three partners.",
      respondedOn: "2024-03-20",
    },
  ],
  stepNarratives: [
    "Leadership is committed, but there is no agreed plan with measurable outcomes for children.",
    "Relevant agencies know the arrangements exist; few take part in setting priorities.",
    "Children's voices are missing from every part of the partnership's work.",
    "The partners collect data separately; the first Section 11 audit is overdue.",
    "Rapid reviews are referred promptly, but reviews are slow for want of reviewers.",
    "A training offer exists, but nobody knows whether it changes practice.",
  ],
  challenge: {
    question: "5.2",
    organisation: ICB,
    text: "Three rapid reviews this year waited more than six weeks for a reviewer. How will the partnership resource its case reviews?",
    raisedOn: "2024-01-18",
    response:
      "The ICB will fund a pool of four independent reviewers for rapid reviews and LCSPRs from April 2024.",
    respondedOn: "2024-02-02",
    outcome: "ACCEPTED",
    outcomeNote: "Accepted: a funded reviewer pool answers the challenge.",
    outcomeOn: "2024-02-09",
    action: {
      description: "Fund a pool of independent reviewers for rapid reviews and LCSPRs",
      owner: {
        organisation: ICB,
        name: "Dr Rachel Bennett",
        email: "rachel.bennett@northshire-icb.example",
      },
      priority: "HIGH",
      dueOn: "2024-06-30",
      questions: ["5.2"],
      updates: [
        { note: "Funding agreed by the ICB board.", on: "2024-03-14" },
        {
          note: "Four reviewers appointed; the first took a rapid review in May.",
          on: "2024-06-04",
        },
      ],
    },
  },
  actions: [
    {
      description: "Agree a child-centred safeguarding children plan with outcome measures",
      owner: { organisation: COUNCIL, userEmail: MANAGER_EMAIL },
      priority: "HIGH",
      dueOn: "2024-07-31",
      questions: ["1.1"],
      updates: [
        { note: "Draft plan shared with the safeguarding partners.", on: "2024-05-10" },
        { note: "Plan agreed by the partnership board and published.", on: "2024-07-10" },
      ],
    },
    {
      description: "Set up a youth voice forum supported by the voluntary sector",
      owner: LEAH,
      priority: "MEDIUM",
      dueOn: "2024-10-31",
      questions: ["3.1", "3.3"],
      updates: [
        {
          note: "Twelve young people recruited through schools and youth clubs.",
          on: "2024-07-22",
        },
        { note: "The forum met for the first time and chose its own chair.", on: "2024-10-15" },
      ],
    },
    {
      description: "Run the first Section 11 audit of every relevant agency",
      owner: { organisation: COUNCIL, userEmail: MANAGER_EMAIL },
      priority: "MEDIUM",
      dueOn: "2024-12-20",
      questions: ["4.2"],
      updates: [
        { note: "Audit complete; the summary went to the partnership board.", on: "2024-12-18" },
      ],
    },
  ],
};
