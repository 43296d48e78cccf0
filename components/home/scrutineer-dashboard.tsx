import Link from "next/link";
import { formatDueDate } from "@/components/actions/format";
import { cell, DataTable } from "@/components/ui/data-table";
import type { ScrutinyWorkRow } from "@/lib/data/scrutineer-dashboard";
import { ParticipationTag } from "./participation-tag";

const STATUS = {
  IN_PROGRESS: { label: "In progress", style: "bg-[#d2e2f1] text-[#0c2d4a]" },
  SIGNED_OFF: { label: "Signed off", style: "bg-[#cce2d8] text-[#005a30]" },
} as const;

/**
 * The scrutineer's dashboard: one table over every partnership they serve, with each scrutiny's
 * status, their own part in it, the due date, how many questions they have answered and the open
 * challenges (linking to the challenge log).
 */
export function ScrutineerDashboard({ rows }: { rows: ScrutinyWorkRow[] }) {
  return (
    <section aria-labelledby="scrutiny-work-heading" className="space-y-4">
      <h2 id="scrutiny-work-heading" className="text-3xl font-bold">
        Your scrutiny work across partnerships
      </h2>
      {rows.length === 0 ? (
        <p>You are not taking part in any independent scrutiny yet.</p>
      ) : (
        <DataTable
          caption="Your scrutiny work across partnerships"
          captionHidden
          headings={[
            "Partnership",
            "Assessment",
            "Status",
            "Your part",
            "Due",
            "Questions answered",
            "Open challenges",
          ]}
        >
          {rows.map((row) => {
            const status = STATUS[row.status];
            return (
              <tr key={row.assessmentId}>
                <td className={cell}>{row.partnershipName}</td>
                <td className={cell}>
                  <Link href={row.href} className="font-bold text-brand underline">
                    {row.title}
                  </Link>
                  <p className="text-muted">{row.cycleName}</p>
                </td>
                <td className={cell}>
                  <strong className={`inline-block px-2 py-0.5 font-bold ${status.style}`}>
                    {status.label}
                  </strong>
                </td>
                <td className={cell}>
                  <ParticipationTag status={row.participation} />
                </td>
                <td className={`${cell} whitespace-nowrap`}>
                  {row.dueOn ? formatDueDate(row.dueOn) : "No due date"}
                </td>
                <td className={cell}>
                  {row.answered} of {row.total}
                </td>
                <td className={cell}>
                  <Link href={row.challengeLogHref} className="text-brand underline">
                    {row.openChallenges === 1 ? "1 open" : `${row.openChallenges} open`}
                    <span className="sr-only">
                      {" "}
                      {row.openChallenges === 1 ? "challenge" : "challenges"} on {row.title},{" "}
                      {row.partnershipName}
                    </span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
