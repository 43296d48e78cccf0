import type { SignOffDesignation } from "../../lib/generated/prisma/enums";
import type { YearlyReportPartKey } from "../../lib/domain/yearly-report";
import type { STATUTORY_PARTNERS } from "./demo-context";

/** One cycle's scrutiny section in the yearly report, as the business manager left it. */
export type YearlySectionSpec = {
  cycle: string;
  startedOn: string;
  parts: Record<YearlyReportPartKey, string>;
  /** One more than the number of saves. */
  version: number;
  lastEditedOn: string;
  sharedOn: string;
  signOffs: Array<{
    organisation: (typeof STATUTORY_PARTNERS)[number];
    designation: SignOffDesignation;
    signerName: string;
    signedOn: string;
    meeting: string;
  }>;
  publication?: {
    publishedOn: string;
    /** The evidence library's item for the published report: its link is the one recorded. */
    evidenceTitle: string;
    presentedAt: string;
    /** The date a copy went to each recipient, by the recipient's name. */
    sentOn: Record<string, string>;
  };
};

/** Paragraphs of a part: a blank line between each, as the exports read them. */
export const paragraphs = (...texts: string[]) => texts.join("\n\n");
