import type { Questionnaire } from "../../lib/domain/return-form";

/** A small questionnaire: two steps, three questions, for the offline-form unit tests. */
export const questionnaireFixture: Questionnaire = {
  partnershipName: "Northshire Safeguarding Children Partnership",
  assessmentId: "11111111-1111-4111-8111-111111111111",
  assessmentTitle: "Relevant agencies self-assessment 2026–27",
  organisationId: "22222222-2222-4222-8222-222222222222",
  organisationName: "Northshire Academy Trust",
  dueOn: "2026-07-01",
  rag: {
    green: "Strong evidence of effective practice",
    amber: "Some evidence; work remains",
    red: "Little or no evidence of progress",
  },
  steps: [
    {
      number: 1,
      title: "Leadership",
      questions: [
        { lineageKey: "six-steps:1.1", code: "1.1", text: "Do leaders know the arrangements?" },
        { lineageKey: "six-steps:1.2", code: "1.2", text: "Is there a shared vision?" },
      ],
    },
    {
      number: 3,
      title: "Voice of the child",
      questions: [{ lineageKey: "six-steps:3.2", code: "3.2", text: "Are children heard?" }],
    },
  ],
};
