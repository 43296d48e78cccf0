import { paragraphs, type YearlySectionSpec } from "./demo-yearly-report-types";

const EXECUTIVE = "Safeguarding partners' executive, 9 September 2025";

/**
 * 2024–25's scrutiny section as published: written from the 2024–25 independent scrutiny (2 Green,
 * 16 Amber, 6 Red against 11 Red the year before), signed off by all three statutory partners and
 * sent to the Panel on time and to the What Works Centre three days late.
 */
export const YEARLY_REPORT_2024_25: YearlySectionSpec = {
  cycle: "2024–25",
  startedOn: "2025-05-12",
  version: 12,
  lastEditedOn: "2025-08-28",
  sharedOn: "2025-07-14",
  parts: {
    whatWasDone: paragraphs(
      "In 2024–25 the safeguarding partners agreed and funded a safeguarding children plan, built a shared dataset across the local authority, police and health, and set up a youth voice forum with Northshire Voluntary Action.",
      "The independent scrutiny, signed off on 4 March 2025, rated the 24 questions 2 Green, 16 Amber and 6 Red, against 1 Green, 12 Amber and 11 Red in 2023–24. Questions improved in steps 1, 3, 4 and 5. Step 2 (relevant agencies and research) stayed as it was: relevant agencies still do not help set the partnership's priorities, and little research informs practice outside a contextual safeguarding pilot in two secondary schools. In step 6, identifying training needs (6.1) slipped from Green to Amber when the training group lost its chair for six months.",
      "The reviewer pool set up in 2024 cut the time from a rapid review to its learning briefing to under a month.",
    ),
    impactEvidence: paragraphs(
      "The shared dataset (question 4.1, rated Green) lets the three safeguarding partners see referrals, repeat referrals and children missing education side by side for the first time. From June 2025 the ICB reports outcome measures for children to the partnership board every quarter.",
      "The young people's safeguarding survey 2024 heard from 1,140 secondary pupils; 71% said they knew who to tell if they felt unsafe, up from 58% in 2022.",
      "Training: 1,860 practitioners from 64 agencies attended multi-agency courses. We counted who came, but we could not yet show that training changed practice (question 6.4, rated Red). Designated safeguarding leads now evaluate each course three months after it runs.",
    ),
    littleProgress: paragraphs(
      "Six questions were rated Red: 2.2 (research and contextual safeguarding in the wider partnership), 2.4 (relevant agencies' part in setting priorities), 3.1 (children's influence on the plan), 3.3 (young people leading or co-leading initiatives), 4.3 (using data to review impact on children) and 6.4 (the impact of training).",
      "The independent scrutineer challenged the partners' Green self-rating on research-informed practice (2.2). The partners partly accepted the challenge: the pilot is real, but it is in one area, and the rating stays Red.",
      "The partners' response: relevant agencies are invited to the yearly priorities workshop from July 2025, young people are being trained as co-trainers for the neglect course, and the training group will evaluate every course.",
    ),
    caseReviewActions: paragraphs(
      "The partnership held four rapid reviews in 2024–25. In each case the safeguarding partners decided that an LCSPR was not needed, and the Child Safeguarding Practice Review Panel agreed.",
      "Learning from all four went out in rapid review learning briefings within a month. The main themes were information sharing when a family moves between areas and the voice of the child in strategy meetings. The multi-agency neglect course and the information-sharing protocol were updated in response.",
      "We considered two national reviews published in the year and checked our procedures against their recommendations. The gaps we found are in the safeguarding children plan for 2025–26.",
    ),
    childrenFamiliesFeedback: paragraphs(
      "The youth voice forum, run by Northshire Voluntary Action, met eight times. Its members helped write the young people's safeguarding survey 2024 and presented the results to the partnership board.",
      "The scrutiny found that young people do not yet lead or co-lead anything (question 3.3, Red) and that children's views do not yet shape the plan (3.1, Red). Six forum members have since trained as co-trainers for the multi-agency neglect course.",
      "Parent peer support groups gave feedback on the early help assessment form, which was shortened as a result.",
    ),
    scrutinyArrangements: paragraphs(
      "Independent scrutiny follows Jenny Pearce's Six Steps for Independent Scrutiny. Two independent scrutineers, Dr Amara Okafor (lead) and James Whitfield, rated each of the 24 questions on their own before agreeing a rating, and the three statutory partners assessed themselves on the same questions.",
      "The scrutineers met practitioners, relevant agencies and members of the youth voice forum, read the evidence the partners cited, and raised one formal challenge. Their report went to the safeguarding partners' executive, which replied to each area for development with a management response.",
    ),
    assuranceStatement:
      "The safeguarding partners are assured that the arrangements are working and improving: the number of questions rated Red fell from 11 to 6. We are not yet assured that relevant agencies and children help set our priorities, or that training changes practice; these are our priorities for 2025–26, and the independent scrutiny will test them.",
  },
  signOffs: [
    {
      organisation: "Northshire County Council",
      designation: "DELEGATED_SAFEGUARDING_PARTNER",
      signerName: "Sarah Collins",
      signedOn: "2025-09-09",
      meeting: EXECUTIVE,
    },
    {
      organisation: "Northshire Police",
      designation: "DELEGATED_SAFEGUARDING_PARTNER",
      signerName: "Detective Superintendent Karen Lowe",
      signedOn: "2025-09-09",
      meeting: EXECUTIVE,
    },
    {
      organisation: "NHS Northshire Integrated Care Board",
      designation: "LEAD_SAFEGUARDING_PARTNER",
      signerName: "Michael Grant",
      signedOn: "2025-09-09",
      meeting: EXECUTIVE,
    },
  ],
  publication: {
    publishedOn: "2025-09-30",
    evidenceTitle: "Yearly report 2024–25",
    presentedAt: "Partnership board, 24 September 2025",
    sentOn: {
      "Child Safeguarding Practice Review Panel": "2025-10-03",
      "What Works Centre for Children's Social Care": "2025-10-10",
    },
  },
};
