import Link from "next/link";
import { ActionStatusTag } from "@/components/actions/action-status-tag";
import { formatEvidenceDate } from "@/components/evidence/format";
import type { ResponseArea } from "@/lib/data/report-authoring-partners";
import { ResponseForm } from "./authoring-response-form";

/**
 * One area for development on the management response page: the scrutineers' words, the
 * statutory partners' response (a form for those who record it), who recorded it and when, and
 * the actions raised from it with a link to raise another.
 */
export function AreaResponse({
  partnershipId,
  assessmentId,
  area,
  canRespond,
  raiseHref,
}: {
  partnershipId: string;
  assessmentId: string;
  area: ResponseArea;
  canRespond: boolean;
  /** Where to raise an action from this area, or null when the person cannot. */
  raiseHref: string | null;
}) {
  const prefix = `area-${area.number}`;
  return (
    <section
      aria-labelledby={`${prefix}-heading`}
      className="space-y-5 border-t-4 border-brand pt-4"
    >
      <h2 id={`${prefix}-heading`} className="text-2xl font-bold">
        Area for development {area.number}
      </h2>
      <p className="whitespace-pre-line text-lg">{area.text}</p>

      <h3 className="text-xl font-bold">
        Management response<span className="sr-only"> to area for development {area.number}</span>
      </h3>
      {area.responded ? (
        <p className="text-muted">
          Recorded {area.responded.byName ? `by ${area.responded.byName} ` : ""}on{" "}
          <time dateTime={area.responded.at}>{area.responded.atLabel}</time>
        </p>
      ) : null}
      {canRespond ? (
        <ResponseForm partnershipId={partnershipId} assessmentId={assessmentId} area={area} />
      ) : area.managementResponse ? (
        <p className="whitespace-pre-line">{area.managementResponse}</p>
      ) : (
        <p>The statutory partners have not responded yet.</p>
      )}

      <h3 className="text-xl font-bold">
        Actions raised from this area
        <span className="sr-only"> (area for development {area.number})</span>
      </h3>
      {area.actions.length === 0 ? (
        <p>No actions have been raised from this area yet.</p>
      ) : (
        <ul className="divide-y divide-[#b1b4b6] border-y border-[#b1b4b6]">
          {area.actions.map((action) => (
            <li key={action.id} className="space-y-1 py-3">
              <p>
                <Link
                  href={`/partnerships/${partnershipId}/actions/${action.id}`}
                  className="font-bold text-brand underline"
                >
                  {action.description}
                </Link>
              </p>
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
                <span>
                  {action.ownerPersonName}, {action.ownerOrganisationName}
                </span>
                <span>Due {formatEvidenceDate(action.dueOn)}</span>
                <ActionStatusTag status={action.displayStatus} />
              </p>
            </li>
          ))}
        </ul>
      )}
      {raiseHref ? (
        <p>
          <Link href={raiseHref} className="font-bold text-brand underline">
            Raise an action for this area
            <span className="sr-only"> (area for development {area.number})</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}
