/**
 * The "Six Steps for Independent Scrutiny" framework text.
 *
 * Source: Pearce, J (2019), shared/seeds/001_1065c8f6339bd07a.txt ("seed 001").
 * Every string in this module is copied VERBATIM from seed 001 (spelling, punctuation and quote
 * characters included) and is checked against the seed by tests/unit/framework-text.test.ts.
 * Do not edit wording here: change the seed-backed test first if the source ever changes.
 *
 * Notes on the source layout:
 * - Section 4 of the seed is a grid: one column per step. The first row holds the step titles
 *   (the seed has no "Step N:" labels; numbering is ours), then four question rows, each followed
 *   by a "Red/Amber/Green" row, then an "Actions" row.
 * - Question text is stored without the trailing "Red/Amber/Green".
 * - The seed marks the paper title in the adaptation reference in italics (*...*); the asterisks
 *   are formatting, not text, and are omitted here.
 */

export type FrameworkQuestion = {
  /** "1.1" .. "6.4" */
  code: string;
  /** Stable identity across framework versions, e.g. "six-steps:1.1". */
  lineageKey: string;
  text: string;
};

export type FrameworkStep = {
  number: number;
  title: string;
  questions: FrameworkQuestion[];
};

export type Framework = {
  key: string;
  title: string;
  citation: string;
  steps: FrameworkStep[];
};

export type RagDefinitions = {
  GREEN: string;
  AMBER: string;
  RED: string;
};

export type SectionSixQuestion = {
  number: number;
  text: string;
};

/** Source citation, using the paper's full title as given in seed 001's front matter. */
export const FRAMEWORK_CITATION: string =
  "Pearce, J (2019) Six Steps for Independent Scrutiny: Safeguarding children partnership arrangements. Institute of Applied Social Research, Luton, University of Bedfordshire";

/**
 * Reference to use when the model is adapted (seed 001 §1 and §5). Kept exactly as the seed gives
 * it, even though it omits "partnership"; the surrounding quote marks and the full stop that follows
 * them in the seed are not part of the text.
 */
export const ADAPTATION_ATTRIBUTION: string =
  "Adapted from Pearce, J (2019) Six Steps for Independent Scrutiny: Safeguarding children arrangements. Institute of Applied Social Research, Luton, University of Bedfordshire";

export const SIX_STEPS_FRAMEWORK: Framework = {
  key: "six-steps-2019",
  title: "Six Steps for Independent Scrutiny",
  citation: FRAMEWORK_CITATION,
  steps: [
    {
      number: 1,
      title:
        "The three core partner leads are actively involved in strategic planning and implementation",
      questions: [
        {
          code: "1.1",
          lineageKey: "six-steps:1.1",
          text: "Have the three partners agreed a process for developing, reviewing and funding a child centred strategic safeguarding children plan: identifying agreed desired outcomes in line with national guidelines and recent research findings, including contextual safeguarding?",
        },
        {
          code: "1.2",
          lineageKey: "six-steps:1.2",
          text: "Are representatives of the three lead partners strategically placed on relevant partnership meetings, sub groups, and working groups, reviewing progress against the questions within this 'Six Steps' model?",
        },
        {
          code: "1.3",
          lineageKey: "six-steps:1.3",
          text: "Are the three partners assured that the safeguarding children partnership works effectively alongside other partnerships: for example the safeguarding adults board; community safety partnership; health and wellbeing board?",
        },
        {
          code: "1.4",
          lineageKey: "six-steps:1.4",
          text: "Are necessary reporting and scrutiny processes in place, with review of required outcomes, and forward planning procedures?",
        },
      ],
    },
    {
      number: 2,
      title:
        "The wider safeguarding partners (including relevant agencies) are actively involved in safeguarding children",
      questions: [
        {
          code: "2.1",
          lineageKey: "six-steps:2.1",
          text: "Is the wider safeguarding children partnership, including all relevant agencies and the private and business sector, appropriately informed of and engaged with the safeguarding children partnership arrangements and safeguarding children plan?",
        },
        {
          code: "2.2",
          lineageKey: "six-steps:2.2",
          text: "Is the wider safeguarding children partnership research informed and adhering to national guidelines regarding issues impacting on safeguarding children, including contextual safeguarding?",
        },
        {
          code: "2.3",
          lineageKey: "six-steps:2.3",
          text: "Are all safeguarding partners engaging with safeguarding children information sharing and staff training protocols?",
        },
        {
          code: "2.4",
          lineageKey: "six-steps:2.4",
          text: "Are all safeguarding partners engaged with identifying and reviewing safeguarding children priorities: facilitating safeguarding concerns up to and down from the three lead partners?",
        },
      ],
    },
    {
      number: 3,
      title:
        "Children, young people and families are aware of and involved with plans for safeguarding children",
      questions: [
        {
          code: "3.1",
          lineageKey: "six-steps:3.1",
          text: "Are children and young people consulted, inputting into, and influencing the development, implementation and review of the safeguarding plan and related activities?",
        },
        {
          code: "3.2",
          lineageKey: "six-steps:3.2",
          text: "Is there an outreach (engagement) strategy to ensure that those impacted most by safeguarding concerns are aware of their right to be safeguarded and to play a part in developing initiatives to prevent, respond to and report about safeguarding threats?",
        },
        {
          code: "3.3",
          lineageKey: "six-steps:3.3",
          text: "Are opportunities in place for children and young people to lead or co-lead safeguarding initiatives; safeguarding training for adults and children; and attending relevant meetings, working groups, and sub groups?",
        },
        {
          code: "3.4",
          lineageKey: "six-steps:3.4",
          text: "Do young people play a role in assessing and representing safeguarding concerns in their transition to adult services?",
        },
      ],
    },
    {
      number: 4,
      title:
        "Appropriate quality assurance procedures are in place for data collection, audit and information sharing",
      questions: [
        {
          code: "4.1",
          lineageKey: "six-steps:4.1",
          text: "Are mechanisms in place for the three core partners to collect and analyse relevant data pertaining to safeguarding children?",
        },
        {
          code: "4.2",
          lineageKey: "six-steps:4.2",
          text: "Are agencies from the wider partnership undertaking and sharing their own audits of data pertaining to safeguarding children?",
        },
        {
          code: "4.3",
          lineageKey: "six-steps:4.3",
          text: "Is all relevant data from within the core and wider partnership being used to review the impact of safeguarding initiatives on desired outcomes for children?",
        },
        {
          code: "4.4",
          lineageKey: "six-steps:4.4",
          text: "Is all relevant data shared across the partnership and used to inform: an assessment of gaps in data, identification of priorities, and future safeguarding plans?",
        },
      ],
    },
    {
      number: 5,
      title:
        "There is a process for identifying and investigating learning from local and national case reviews",
      questions: [
        {
          code: "5.1",
          lineageKey: "six-steps:5.1",
          text: "Are all safeguarding partners aware of the criteria and process for referral of cases for consideration of meeting the threshold for local or national review?",
        },
        {
          code: "5.2",
          lineageKey: "six-steps:5.2",
          text: "Are case reviews adequately resourced to enhance learning, to embrace contextual as well as individual and family concerns and to involve the full range of personnel to extract learning?",
        },
        {
          code: "5.3",
          lineageKey: "six-steps:5.3",
          text: "Is learning from reviews being cascaded and used to improve outcomes for children, their families and community?",
        },
        {
          code: "5.4",
          lineageKey: "six-steps:5.4",
          text: "Is there evidence of the integration of learning from case reviews into future training, policy and practice for safeguarding children, young people and communities?",
        },
      ],
    },
    {
      number: 6,
      title: "There is an active program of multi-agency safeguarding children training",
      questions: [
        {
          code: "6.1",
          lineageKey: "six-steps:6.1",
          text: "Is there a transparent and clearly understood process for identifying, providing and evaluating training needs for safeguarding children with all safeguarding partners, including children, families and communities?",
        },
        {
          code: "6.2",
          lineageKey: "six-steps:6.2",
          text: "Is the planning and delivery of multi-agency training informed by the local safeguarding children plan; review of local data; local and national policy; legislative contexts; and up to date research findings?",
        },
        {
          code: "6.3",
          lineageKey: "six-steps:6.3",
          text: "Is the take up and use of safeguarding children training reviewed in both core and wider partnership agencies including take up and use of training by children, young people and communities?",
        },
        {
          code: "6.4",
          lineageKey: "six-steps:6.4",
          text: "Are the core partners assessing the impact of safeguarding children training (impact on practice and desired safeguarding outcomes) and using this to inform future training needs?",
        },
      ],
    },
  ],
};

/** RAG definitions, seed 001 §5 (final punctuation exactly as in the seed: only RED ends in "."). */
export const RAG_DEFINITIONS: RagDefinitions = {
  GREEN:
    "a positive affirmation that the question can be answered with evidence to illustrate the positive response",
  AMBER:
    "acknowledgement that some parts of the question can be answered positively (with evidence to illustrate the positive response) but that there is still work to be done for full positive affirmation",
  RED: "it is not possible to confirm that any part of the question can be answered with a positive response.",
};

/** Seed 001 §5. */
export const ACTION_PLAN_RULE: string =
  "Any response (green, amber or red) will still require an action plan to ensure reaching and maintaining desired outcomes.";

/** The three uses of the model, seed 001 §5 (the last ends with "." in the seed). */
export const THREE_USES: string[] = [
  "the safeguarding partnership and/or independent scrutineer(s) to structure their scrutiny",
  "the three core partners to engage with a self-assessment exercise in preparation for independent scrutiny",
  "the wider range of safeguarding partners to assess their engagement and activity with safeguarding children initiatives.",
];

/** Context questions for Independent Scrutiny, seed 001 Section 6 (numbering is ours). */
export const SECTION_SIX_QUESTIONS: SectionSixQuestion[] = [
  {
    number: 1,
    text: "Who employs the independent scrutineer(s), who do they report to (including in public to scrutiny committees?) and how often?",
  },
  { number: 2, text: "Is it clear what the scrutineer(s) are scrutinizing?" },
  {
    number: 3,
    text: "If there is more than one independent scrutineer, how is the relationship between them managed (do scrutineers share their observations with each other; how are the scrutineer findings amalgamated; do scrutineers have a contribution to make to this amalgamation)?",
  },
  {
    number: 4,
    text: "What is the process for the three partners to use if they have concerns about the work of the independent scrutineer(s)?",
  },
  {
    number: 5,
    text: "If the scrutineer(s) is given responsibility for resolving conflict as final arbiter within the safeguarding children partnership, how is this to be managed, who is this reported to and over what time line?",
  },
  {
    number: 6,
    text: "Is scrutiny focused on outcomes for children as well as processes to achieve these outcomes?",
  },
  {
    number: 7,
    text: "What does 'critical friend' mean? Is the scrutineer somewhere between being an inspector and a friend?",
  },
  {
    number: 8,
    text: "Does the scrutineer chair any partnerships meetings? How is independence maintained if a scrutineer also chairs meetings?",
  },
  {
    number: 9,
    text: "How is information created through independent scrutiny to be used in inspections of any of the core and wider safeguarding partners?",
  },
  {
    number: 10,
    text: "Is each question posted in the Six Steps for Independent Scrutiny to be answered by all or some of the safeguarding partners?",
  },
  {
    number: 11,
    text: "How often do partners answer these questions within a process of self-scrutiny?",
  },
  {
    number: 12,
    text: "How often do the independent scrutineer(s) ask the questions and assess responses?",
  },
  {
    number: 13,
    text: "Where is the information from the consideration of the questions gathered and stored?",
  },
  { number: 14, text: "Who has access to this information and for what purpose?" },
  { number: 15, text: "How is the information gathered to be incorporated into annual reporting?" },
  {
    number: 16,
    text: "At what stage does the independent scrutineer(s) or scrutiny processes have access to drafts of the Local Partnership for Safeguarding Children annual report?",
  },
  {
    number: 17,
    text: "What contribution does the independent scrutineer(s) make to the production of the Local Partnership for safeguarding children annual report?",
  },
  {
    number: 18,
    text: "Do independent scrutineers have a national reference point and how is local scrutiny informed by / influencing the national agendas for safeguarding children?",
  },
];
