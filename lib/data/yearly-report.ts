import "server-only";
import { ForbiddenError } from "@/lib/authz/errors";
import { YEARLY_MESSAGES } from "@/lib/domain/yearly-report-drafting";
import { getYearlyReportFacts, type YearlyReportFacts } from "./yearly-report-facts";

export type {
  YearlyReportFacts,
  YearlyReportSectionDto,
  YearlyReportStatusValue,
} from "./yearly-report-facts";

/**
 * The section's pages: the facts, or null when this person is an independent scrutineer and the
 * business manager has not shared the section with them yet (the page says so rather than
 * failing). Other refusals and another partnership's cycle fail as usual.
 */
export async function getYearlyReportPage(
  partnershipId: string,
  cycleId: string,
): Promise<YearlyReportFacts | null> {
  try {
    return await getYearlyReportFacts(partnershipId, cycleId);
  } catch (error) {
    if (error instanceof ForbiddenError && error.message === YEARLY_MESSAGES.notShared) return null;
    throw error;
  }
}
