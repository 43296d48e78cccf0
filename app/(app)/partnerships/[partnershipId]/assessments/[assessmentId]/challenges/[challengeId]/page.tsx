import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChallengeActions } from "@/components/challenges/challenge-actions";
import { ChallengeSummary } from "@/components/challenges/challenge-summary";
import { OutcomeForm } from "@/components/challenges/outcome-form";
import { RespondForm } from "@/components/challenges/respond-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getChallenge } from "@/lib/data/challenges";
import { CHALLENGE_MESSAGES } from "@/lib/domain/challenges";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Challenge" };

const SAVED: Record<string, { title: string; text: string }> = {
  raised: { title: "Challenge raised", text: "The responsible organisation can now respond." },
  response: { title: "Response saved", text: "A scrutineer can now record the outcome." },
  outcome: { title: "Outcome saved", text: "The challenge is closed." },
};

export default async function ChallengePage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string; challengeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId, assessmentId, challengeId } = await params;
  if (!isUuid(assessmentId) || !isUuid(challengeId)) notFound();
  await requirePageAccess(partnershipId, "challenge.view");
  const { assessment, challenge, isScrutineer } = await getChallenge(
    partnershipId,
    assessmentId,
    challengeId,
  );
  const { saved } = await searchParams;
  const notice = typeof saved === "string" ? SAVED[saved] : undefined;
  const target = {
    partnershipId,
    assessmentId,
    challengeId: challenge.id,
    href: challenge.href,
    version: challenge.version,
  };

  return (
    <div className="space-y-10">
      <div>
        <Link href={assessment.logHref} className="mb-6 inline-block text-brand underline">
          Back to the challenge log
        </Link>
        {notice ? (
          <Notice title={notice.title} tone="success">
            <p>{notice.text}</p>
          </Notice>
        ) : null}
        <PageHeading caption={`${assessment.cycleName} · ${assessment.title}`}>
          Challenge {challenge.number}: {challenge.about.label}
        </PageHeading>
        <ChallengeSummary challenge={challenge} />
      </div>

      {challenge.may.respond ? (
        <section aria-labelledby="respond-heading" className="space-y-4">
          <h2 id="respond-heading" className="text-2xl font-bold">
            {challenge.response ? "Change the response" : "Respond to the challenge"}
          </h2>
          <RespondForm target={target} response={challenge.response?.text ?? null} />
        </section>
      ) : null}

      {challenge.may.recordOutcome ? (
        <section aria-labelledby="outcome-heading" className="space-y-4">
          <h2 id="outcome-heading" className="text-2xl font-bold">
            {challenge.outcome ? "Change the outcome" : "Record the outcome"}
          </h2>
          <OutcomeForm target={target} outcome={challenge.outcome} />
        </section>
      ) : isScrutineer && challenge.stage === "AWAITING_RESPONSE" ? (
        <p className="max-w-3xl text-lg">{CHALLENGE_MESSAGES.awaitingResponse}</p>
      ) : null}

      <ChallengeActions challenge={challenge} />
    </div>
  );
}
