import { MANAGER_EMAIL, SCHOOLS_EMAIL } from "./demo-context";
import type { PastCycleStory } from "./demo-past-cycles-types";

const COUNCIL = "Northshire County Council";
const ICB = "NHS Northshire Integrated Care Board";
const LEAH = {
  organisation: "Northshire Voluntary Action",
  name: "Leah Morgan",
  email: "leah.morgan@northshire-va.example",
};

/**
 * 2024–25: a plan, a dataset and a youth voice forum; relevant agencies and the impact of training
 * still missing.
 */
export const STORY_2024_25: PastCycleStory = {
  cycle: "2024–25",
  submittedOn: "2025-02-21",
  signedOffOn: "2025-03-04",
  summaryStrengths:
    "The safeguarding children plan is agreed and its outcomes are reported to the board. The partners built a shared dataset, and the youth voice forum is up and running.",
  developmentAreas: [
    {
      text: "Relevant agencies do not yet help set the partnership's priorities.",
      managementResponse:
        "Accepted. Relevant agencies will be invited to the yearly priorities workshop from 2025.",
      respondedOn: "2025-03-18",
    },
    {
      text: "Nobody knows whether multi-agency training changes practice.",
      managementResponse:
        "Accepted. The training group will evaluate each course three months after it runs.",
      respondedOn: "2025-03-18",
    },
  ],
  stepNarratives: [
    "The plan is agreed, funded and reported on; the partners sit on every sub-group.",
    "Research informs little of the wider partnership's work; relevant agencies do not set priorities.",
    "The youth voice forum meets, but young people do not yet lead or co-lead anything.",
    "The shared dataset works well; it is not yet used to judge impact on children.",
    "The reviewer pool has cut delays; learning briefings go out within a month.",
    "Training take-up is reviewed; its impact on practice is still not evaluated.",
  ],
  challenge: {
    question: "2.2",
    organisation: COUNCIL,
    text: "The partners rated themselves Green on research-informed practice, yet no relevant agency could name research that changed its work. What is the evidence?",
    raisedOn: "2025-01-16",
    response:
      "The contextual safeguarding pilot in two secondary schools drew on national research; we accept it has not spread further.",
    respondedOn: "2025-02-03",
    outcome: "PARTLY_ACCEPTED",
    outcomeNote: "Partly accepted: the pilot is real, but it is one area; the rating stays Red.",
    outcomeOn: "2025-02-10",
  },
  actions: [
    {
      description: "Invite relevant agencies to the yearly priorities workshop",
      owner: { organisation: COUNCIL, userEmail: MANAGER_EMAIL },
      priority: "MEDIUM",
      dueOn: "2025-07-31",
      questions: ["2.4"],
      updates: [
        { note: "Nineteen relevant agencies attended the July workshop.", on: "2025-07-16" },
      ],
    },
    {
      description: "Train young people as co-trainers for the multi-agency neglect course",
      owner: LEAH,
      priority: "MEDIUM",
      dueOn: "2025-09-30",
      questions: ["3.3"],
      updates: [
        { note: "Six forum members completed the co-trainer course.", on: "2025-06-12" },
        { note: "Young co-trainers delivered two neglect courses.", on: "2025-09-24" },
      ],
    },
    {
      description: "Designated safeguarding leads evaluate training three months after each course",
      owner: { organisation: "Northshire Schools Alliance", userEmail: SCHOOLS_EMAIL },
      priority: "HIGH",
      dueOn: "2025-10-31",
      questions: ["6.4"],
      updates: [
        { note: "Evaluation form in use for every course since September.", on: "2025-10-20" },
      ],
    },
    {
      description: "Report outcome measures for children to the partnership board every quarter",
      owner: {
        organisation: ICB,
        name: "Dr Rachel Bennett",
        email: "rachel.bennett@northshire-icb.example",
      },
      priority: "MEDIUM",
      dueOn: "2025-06-30",
      questions: ["4.3"],
      updates: [
        { note: "First quarterly outcomes report taken by the board in June.", on: "2025-06-19" },
      ],
    },
  ],
};
