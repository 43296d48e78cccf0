import Link from "next/link";
import { cell, DataTable } from "@/components/ui/data-table";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import type { HomePartnership } from "@/lib/data/home";
import { ASSESSMENT_KIND_LABELS } from "@/lib/domain/assessments";
import { ParticipationTag } from "./participation-tag";
import { YearlyReportFlags } from "./yearly-report-flags";

const dueDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2027-03-31" → "31 March 2027" (a calendar date, no time zone to shift it). */
function formatDue(stamp: string): string {
  return dueDate.format(new Date(`${stamp}T00:00:00Z`));
}

function assessmentHref(partnershipId: string, assessmentId: string) {
  return `/partnerships/${partnershipId}/assessments/${assessmentId}`;
}

/**
 * One partnership on the home page: what the person has to answer there and how far they are, and
 * for a business manager every assessment's progress. Links never show the partnership's name,
 * so "Your partnerships" holds the one link to the partnership itself; the action counts, which
 * read the same for every partnership, name it to screen readers.
 */
export function PartnershipWork({ partnership }: { partnership: HomePartnership }) {
  const { partnershipId, toAnswer, assessments, actions } = partnership;
  const headingId = `partnership-${partnershipId}`;
  return (
    <section aria-labelledby={headingId} className="space-y-6">
      <div>
        <h2 id={headingId} className="text-3xl font-bold">
          {partnership.partnershipName}
        </h2>
        <p className="text-muted">You are: {ROLE_LABELS[partnership.role]}</p>
      </div>
      {!toAnswer && !assessments && !actions ? (
        <p>
          You have nothing to answer here. You can read the partnership&apos;s assessments from its
          page in the list of your partnerships.
        </p>
      ) : null}
      {partnership.yearlyReport ? (
        <YearlyReportFlags
          partnershipId={partnershipId}
          partnershipName={partnership.partnershipName}
          flags={partnership.yearlyReport}
        />
      ) : null}
      {toAnswer ? (
        <div className="space-y-2">
          <h3 className="text-2xl font-bold">To answer</h3>
          {toAnswer.length === 0 ? (
            <p>Nothing to answer at the moment.</p>
          ) : (
            <DataTable
              caption={`Assessments you answer in ${partnership.partnershipName}`}
              captionHidden
              headings={["Assessment", "Answering for", "Status", "Progress", "Due"]}
            >
              {toAnswer.map((row) => (
                <tr key={row.assessmentId}>
                  <td className={cell}>
                    <Link
                      href={assessmentHref(partnershipId, row.assessmentId)}
                      className="font-bold text-brand underline"
                    >
                      {row.title}
                    </Link>
                    <p className="text-muted">
                      {ASSESSMENT_KIND_LABELS[row.kind]} · {row.cycleName}
                    </p>
                  </td>
                  <td className={cell}>{row.answeringFor}</td>
                  <td className={cell}>
                    <ParticipationTag status={row.status} />
                  </td>
                  <td className={cell}>
                    {row.answered} of {row.total} questions answered
                  </td>
                  <td className={cell}>{row.dueOn ? formatDue(row.dueOn) : "No due date"}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </div>
      ) : null}
      {actions ? (
        <div className="space-y-2">
          <h3 className="text-2xl font-bold">
            {actions.ownOrganisationOnly ? "Your organisation's actions" : "Actions to chase"}
          </h3>
          {actions.open === 0 ? (
            <p>There are no open actions.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              <li>
                <Link
                  href={`/partnerships/${partnershipId}/actions?status=OPEN`}
                  className="text-brand underline"
                >
                  {actions.open === 1 ? "1 open action" : `${actions.open} open actions`}
                  <span className="sr-only"> in {partnership.partnershipName}</span>
                </Link>
              </li>
              <li>
                <Link
                  href={`/partnerships/${partnershipId}/actions?status=OVERDUE`}
                  className="text-brand underline"
                >
                  {actions.overdue} overdue
                  <span className="sr-only"> in {partnership.partnershipName}</span>
                </Link>
              </li>
              <li>{actions.dueSoon} due in the next 30 days</li>
            </ul>
          )}
        </div>
      ) : null}
      {assessments ? (
        <div className="space-y-2">
          <h3 className="text-2xl font-bold">Every assessment</h3>
          {assessments.length === 0 ? (
            <p>There are no assessments yet.</p>
          ) : (
            <DataTable
              caption={`Every assessment in ${partnership.partnershipName}`}
              captionHidden
              headings={["Assessment", "Status", "Participants submitted", "Answers"]}
            >
              {assessments.map((row) => (
                <tr key={row.assessmentId}>
                  <td className={cell}>
                    <Link
                      href={assessmentHref(partnershipId, row.assessmentId)}
                      className="font-bold text-brand underline"
                    >
                      {row.title}
                    </Link>
                    <p className="text-muted">
                      {ASSESSMENT_KIND_LABELS[row.kind]} · {row.cycleName}
                    </p>
                  </td>
                  <td className={cell}>
                    <ParticipationTag status={row.status} />
                  </td>
                  <td className={cell}>
                    {row.submitted} of {row.participants} participants submitted
                  </td>
                  <td className={cell}>
                    {row.answered} of {row.total} answers
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </div>
      ) : null}
    </section>
  );
}
