import Link from "next/link";
import { ActionStatusTag } from "@/components/actions/action-status-tag";
import { cell, DataTable } from "@/components/ui/data-table";
import { RagTag } from "@/components/ui/rag-tag";
import type { ReportStep } from "@/lib/data/report";
import { NATURE_LABELS } from "@/lib/domain/evidence-kinds";
import { countsSentence } from "./counts-table";
import { EvidenceLink } from "./evidence-link";
import { formatDay } from "./format";
import { ReportSection, WriteLink } from "./report-section";

/** One step of the report: counts, ratings, the narrative, the evidence cited and the actions. */
export function StepSection({
  step,
  several,
  writeHref,
}: {
  step: ReportStep;
  several: boolean;
  writeHref: string | null;
}) {
  const label = `step ${step.number}`;
  return (
    <ReportSection id={`step-${step.number}`} title={`Step ${step.number}: ${step.title}`}>
      <p className="text-lg">
        <span className="font-bold">Agreed ratings: </span>
        {countsSentence(step.counts)}.
      </p>
      <DataTable
        caption={`Step ${step.number} ratings by question`}
        headings={["Question", "Agreed rating", ...(several ? ["Each scrutineer's rating"] : [])]}
      >
        {step.questions.map((question) => (
          <tr key={question.id} className="print:break-inside-avoid">
            <th scope="row" className={`${cell} font-normal`}>
              <span className="mr-2 font-bold tabular-nums">{question.code}</span>
              {question.text}{" "}
              <Link href={question.href} className="text-brand underline print:hidden">
                Responses<span className="sr-only"> to question {question.code}</span>
              </Link>
            </th>
            <td className={`${cell} whitespace-nowrap`}>
              {question.rating ? <RagTag rating={question.rating} /> : "Not yet agreed"}
            </td>
            {several ? (
              <td className={cell}>
                <ul className="space-y-1">
                  {question.scrutineers.map((s) => (
                    <li key={s.name} className="whitespace-nowrap">
                      {s.name}: {s.rating ? <RagTag rating={s.rating} /> : "Not rated"}
                    </li>
                  ))}
                </ul>
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>

      <div className="max-w-3xl space-y-2">
        <h3 className="text-2xl font-bold">The scrutineers&apos; narrative</h3>
        {step.narrative ? (
          <p className="whitespace-pre-line">{step.narrative.text}</p>
        ) : (
          <p className="text-muted">
            The scrutineers have not written a narrative for this step yet.
          </p>
        )}
        {writeHref ? (
          <WriteLink href={writeHref}>
            {step.narrative ? "Change" : "Write"} the narrative for {label}
          </WriteLink>
        ) : null}
      </div>

      <div className="max-w-3xl space-y-2">
        <h3 className="text-2xl font-bold">Evidence cited</h3>
        {step.evidence.length === 0 ? (
          <p className="text-muted">The scrutineers cited no evidence for this step.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {step.evidence.map((item) => (
              <li key={item.id}>
                <EvidenceLink item={item} />{" "}
                <span className="text-muted">({NATURE_LABELS[item.nature].toLowerCase()})</span>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="space-y-2">
        <h3 className="text-2xl font-bold">Actions</h3>
        {step.actions.length === 0 ? (
          <p className="text-muted">No actions are linked to this step&apos;s questions.</p>
        ) : (
          <DataTable
            caption={`Actions for step ${step.number}`}
            captionHidden
            headings={["Action", "Owner", "Due", "Status", "Questions"]}
          >
            {step.actions.map((action) => (
              <tr key={action.id} className="print:break-inside-avoid">
                <td className={cell}>
                  <Link href={action.href} className="text-brand underline">
                    {action.description}
                  </Link>
                </td>
                <td className={cell}>
                  {action.ownerOrganisationName}
                  <span className="block text-muted">{action.ownerPersonName}</span>
                </td>
                <td className={`${cell} whitespace-nowrap`}>{formatDay(action.dueOn)}</td>
                <td className={cell}>
                  <ActionStatusTag status={action.displayStatus} />
                </td>
                <td className={`${cell} tabular-nums`}>{action.questionCodes.join(", ")}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
    </ReportSection>
  );
}
