import { dateParts } from "@/components/actions/format";
import type { PublicationView } from "@/lib/data/yearly-report-sign-off";
import { SentForm } from "./publication-sent-form";
import { SubmissionTag } from "./publication-tags";

/**
 * Each recipient of the published report: whether it was sent within seven days, and (for the
 * business manager) a small form to record or correct the date sent.
 */
export function RecipientsSent({
  partnershipId,
  view,
}: {
  partnershipId: string;
  view: PublicationView;
}) {
  return (
    <ul className="space-y-6">
      {view.recipients.map((recipient) => {
        const status = recipient.status;
        const sentOn =
          status && (status.kind === "SENT_ON_TIME" || status.kind === "SENT_LATE")
            ? status.sentOn
            : null;
        return (
          <li key={recipient.id} className="space-y-3 border-t border-[#b1b4b6] pt-4">
            <h3 className="text-xl font-bold">{recipient.name}</h3>
            {status ? <SubmissionTag status={status} /> : <p>Not published yet.</p>}
            {view.canPublish && status ? (
              <SentForm
                partnershipId={partnershipId}
                cycleId={view.cycle.id}
                recipient={recipient}
                sentOn={sentOn ? dateParts(sentOn) : {}}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
