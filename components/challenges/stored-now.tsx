import type { ChallengeNow } from "@/lib/actions/challenges/support";
import { CHALLENGE_OUTCOME_LABELS } from "@/lib/domain/challenges";

/** After a conflict: what is stored now, next to what the person typed (still in the form). */
export function StoredNow({ now }: { now: ChallengeNow }) {
  return (
    <section
      aria-labelledby="stored-now-title"
      className="border-l-8 border-[#b1b4b6] bg-[#f3f2f1] p-4"
    >
      <h3 id="stored-now-title" className="text-xl font-bold">
        What is saved now
      </h3>
      <dl className="mt-2 space-y-3">
        <div>
          <dt className="font-bold">Response</dt>
          <dd className="whitespace-pre-line break-words">
            {now.partnerResponse ?? "No response yet"}
          </dd>
        </div>
        <div>
          <dt className="font-bold">Outcome</dt>
          <dd className="whitespace-pre-line break-words">
            {now.outcome
              ? `${CHALLENGE_OUTCOME_LABELS[now.outcome]}${now.outcomeNote ? `: ${now.outcomeNote}` : ""}`
              : "Not recorded yet"}
          </dd>
        </div>
      </dl>
    </section>
  );
}
