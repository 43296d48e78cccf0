import { paragraphs, type YearlySectionSpec } from "./demo-yearly-report-types";

/**
 * 2025–26's scrutiny section, shared with the independent scrutineer; the statutory partners have
 * not signed it off yet, so it is not published and the yearly report, due by
 * 30 September 2026 (12 months after the last), is overdue. Written from the 2025–26 independent
 * scrutiny: 3 Green, 17 Amber, 3 Red (2.1, 2.2, 4.1), 6.3 not in scope.
 */
export const YEARLY_REPORT_2025_26: YearlySectionSpec = {
  cycle: "2025–26",
  startedOn: "2026-05-18",
  version: 9,
  lastEditedOn: "2026-07-17",
  sharedOn: "2026-07-20",
  parts: {
    whatWasDone: paragraphs(
      "In 2025–26 the safeguarding partners published a multi-agency neglect strategy with outcome measures for children, relaunched the relevant agencies' forum as a termly briefing, and asked a wider group of partners, the schools and the police, to assess themselves against the framework for the first time.",
      "The independent scrutiny, signed off on 2 March 2026, rated the 24 questions 3 Green, 17 Amber and 3 Red, leaving one (6.3, training take-up) for the 2026–27 scrutiny. In 2024–25 it was 2 Green, 16 Amber and 6 Red. Steps 1, 3 and 6 improved; step 5 stayed as it was.",
      "Two questions declined. Relevant agencies' part in the arrangements (2.1) fell from Amber to Red after their forum lapsed in June 2025. The joint analysis of safeguarding data (4.1) fell from Green to Red: the shared dataset has had no police data since the police records system changed in September 2025.",
    ),
    impactEvidence: paragraphs(
      "The neglect strategy evaluation (February 2026) found that 40 families received early help sooner than they would have before the strategy, and that fewer children were re-referred for neglect within a year.",
      "Care leavers now co-chair the transitions panel in the north of the county (question 3.4, Green), and young people's plans for the move to adult services are reviewed with them.",
      "Training: every multi-agency course is now evaluated three months after it runs, and young co-trainers from the youth voice forum delivered two neglect courses. The evaluations show practitioners using the neglect assessment tool more often; question 6.4 rose from Red to Amber. We did not look at training take-up in the wider partnership this year.",
    ),
    littleProgress: paragraphs(
      "Three questions were rated Red: 2.1 (relevant agencies' knowledge of, and part in, the arrangements), 2.2 (research, national guidance and contextual safeguarding in the wider partnership) and 4.1 (collection and joint analysis of safeguarding data by the three partners).",
      "The partners rated themselves Green on 2.1; the independent scrutineer rated it Red and challenged the partners, who accepted the challenge. The first termly briefing for relevant agencies, on 12 March 2026, was attended by 31 of the 42 agencies invited. Research still informs little outside the two pilot schools.",
      "Two relevant agencies did not return their Section 11 audit, and not every school has returned its audit; collecting the remaining returns is behind schedule. Restoring police data to the shared dataset depends on the new records system's reporting, which the police expect by the end of 2026.",
    ),
    caseReviewActions: paragraphs(
      "The partnership held six rapid reviews in 2025–26. None met the criteria for an LCSPR, and the Child Safeguarding Practice Review Panel agreed each time. Police attended five of the six rapid review meetings with a chronology; the independent scrutineer has asked what the chronology standard is and who checks it is met.",
      "Learning briefings went out within a month of each review, and the step 5 questions were rated Amber: learning is shared quickly, but evidence that it changes practice comes from one review so far.",
      "After the year ended, the rapid review for Child R (June 2026) made two recommendations, both accepted: police bring a full chronology to every rapid review meeting (by December 2026), and health visitors and GPs share concerns about a new baby within one working day (by March 2027, with the ICB drafting the protocol).",
    ),
    childrenFamiliesFeedback: paragraphs(
      "The youth voice forum met nine times and its members took part in the priorities workshop. Care leavers co-chair the transitions panel in the north of the county, and parent peer support groups reviewed the neglect strategy's leaflets for families.",
      "The scrutiny rated step 3 better than last year (three questions improved, one Green), but children's views do not yet shape the partnership's priorities (3.1, Amber). In response, from April 2026 the youth voice forum presents to the partnership board twice a year, and the board records what it changed as a result.",
    ),
    scrutinyArrangements: paragraphs(
      "Independent scrutiny follows Jenny Pearce's Six Steps for Independent Scrutiny. Two independent scrutineers, Dr Amara Okafor (lead) and James Whitfield, rated each question on their own; they disagreed on three questions (3.4, 4.1 and 5.3) and agreed a rating for each with a recorded reason.",
      "The three statutory partners assessed themselves on all 24 questions, and for the first time the schools and the police answered the questions they chose in a wider-partner self-assessment. Where the partners rated themselves higher than the scrutineers (2.1, 2.2, 4.1 and 5.2), the report says so.",
      "The partners checked the draft report for factual accuracy from 16 to 27 February 2026; one police comment corrected the step 5 narrative. The scrutineers raised three formal challenges, and the partners gave a management response to the first area for development on 16 March 2026.",
    ),
    assuranceStatement:
      "The safeguarding partners are assured that the arrangements are effective for most of what the framework asks: the number of questions rated Red fell from 6 to 3, and the neglect strategy shows what we achieve together. We are not assured about relevant agencies' part in the arrangements, research-informed practice and the joint analysis of data; these three are our priorities for 2026–27.",
  },
  // The partners' executive signs it off in December: none has signed yet.
  signOffs: [],
};
