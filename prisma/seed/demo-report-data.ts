import type { CompletedAction } from "./demo-actions";
import { MANAGER_EMAIL } from "./demo-context";

/** The 2025–26 scrutiny report's words: the scrutineers' narratives and the partners' replies. */
export const STEP_NARRATIVES_2025_26 = [
  "The neglect strategy shows what the three safeguarding partners can do together: agreed, funded and measured. The partners now sit on every sub-group.",
  "The relevant agencies' forum lapsed in June 2025 and wider engagement fell away; research informs little outside the two pilot schools.",
  "Care leavers co-chair the transitions panel in the north of the county, but children's views do not yet shape the partnership's priorities.",
  "The shared dataset has had no police data since the records system changed in September 2025, so the partners cannot analyse it together. Two relevant agencies have not returned their Section 11 audit.",
  "Police attended five of the six rapid review meetings with a chronology. Learning briefings go out within a month; evidence that they change practice comes from one review so far.",
  "Training is planned from the plan and local data, and evaluated three months after each course. Take-up in the wider partnership was not looked at this year.",
];

export const MANAGEMENT_RESPONSE_2025_26 = {
  text: "Accepted by the three safeguarding partners. From April 2026 the youth voice forum will present to the partnership board twice a year, and the board will record what it changed as a result.",
  respondedOn: "2026-03-16",
  action: {
    description: "Youth voice forum members present to the partnership board twice a year",
    owner: { organisation: "Northshire County Council", userEmail: MANAGER_EMAIL },
    priority: "MEDIUM",
    dueOn: "2026-03-31",
    questions: ["3.1"],
    updates: [
      {
        note: "Dates agreed with the forum and added to the board's forward plan.",
        on: "2026-03-18",
      },
      {
        note: "First presentation booked for the April board; the forum chose its topics.",
        on: "2026-03-27",
      },
    ],
  } satisfies CompletedAction,
};

export const ACCURACY_CHECK_2025_26 = {
  openedOn: "2026-02-16",
  closedOn: "2026-02-27",
  comment: {
    section: "step-5",
    organisation: "Northshire Police",
    text: "The draft says police attended four of the six rapid review meetings. Our attendance log shows five of six: a detective sergeant from the child abuse investigation team attended on 9 October 2025.",
    on: "2026-02-19",
    decisionNote:
      "Checked against the business manager's rapid review log: corrected to five of six in the step 5 narrative.",
    decidedOn: "2026-02-24",
  },
};

/** Three challenges, one at each stage. */
export const CHALLENGES_2025_26 = {
  awaitingResponse: {
    question: "4.4",
    organisation: "NHS Northshire Integrated Care Board",
    text: "The ICB's contribution to the shared dataset stops at GP practice level. How will health data on children not brought to appointments reach the partnership?",
    raisedOn: "2026-02-24",
  },
  awaitingOutcome: {
    step: 5,
    organisation: "Northshire Police",
    text: "One of the six rapid reviews this year started without a police chronology. What is the standard for chronologies, and who checks it is met?",
    raisedOn: "2026-02-10",
    response:
      "The public protection unit now uses a chronology template, and a named detective sergeant prepares it for each rapid review. The head of public protection checks every chronology before the meeting.",
    respondedOn: "2026-03-10",
  },
  accepted: {
    question: "2.1",
    organisation: "Northshire County Council",
    text: "The relevant agencies' forum has not met since June 2025. How will relevant agencies outside the statutory partners hear about the plan, and shape it?",
    raisedOn: "2026-01-22",
    response:
      "The business manager will relaunch the forum as a termly briefing for relevant agencies on the safeguarding children plan, the first in March 2026.",
    respondedOn: "2026-02-06",
    outcomeNote:
      "Accepted: a termly briefing answers the challenge. An action tracks the relaunch.",
    outcomeOn: "2026-02-12",
    action: {
      description: "Relaunch the relevant agencies' forum as a termly briefing on the plan",
      owner: { organisation: "Northshire County Council", userEmail: MANAGER_EMAIL },
      priority: "HIGH",
      dueOn: "2026-03-31",
      questions: ["2.1"],
      updates: [
        { note: "Invitations sent to 42 relevant agencies.", on: "2026-02-20" },
        {
          note: "First briefing held on 12 March; 31 relevant agencies attended.",
          on: "2026-03-13",
        },
      ],
    } satisfies CompletedAction,
  },
};
