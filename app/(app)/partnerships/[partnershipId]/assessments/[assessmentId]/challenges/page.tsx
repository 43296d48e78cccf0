import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChallengeLogTable } from "@/components/challenges/challenge-log-table";
import { stageCountsText } from "@/components/challenges/challenge-stage-tag";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getChallengeLog } from "@/lib/data/challenges";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Challenge log" };

export default async function ChallengeLogPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
}) {
  const { partnershipId, assessmentId } = await params;
  if (!isUuid(assessmentId)) notFound();
  await requirePageAccess(partnershipId, "challenge.view");
  const { assessment, challenges, canRaise } = await getChallengeLog(partnershipId, assessmentId);
  return (
    <div className="space-y-8">
      <div>
        <Link href={assessment.href} className="mb-6 inline-block text-brand underline">
          Back to {assessment.title}
        </Link>
        <PageHeading caption={`${assessment.cycleName} · ${assessment.title}`}>
          Challenge log
        </PageHeading>
        <p className="mb-4 max-w-3xl text-lg">
          The scrutineers challenge the partnership as a constructive critical friend: a scrutineer
          raises a challenge on a question or a step, the responsible organisation responds, and the
          scrutineer records the outcome: accepted, partly accepted or not accepted. An accepted or
          partly accepted challenge can become an action.
        </p>
        {canRaise ? (
          <Link
            href={`${assessment.logHref}/new`}
            className="inline-block bg-[#00703c] px-4 py-2 text-lg font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]"
          >
            Raise a challenge
          </Link>
        ) : null}
      </div>
      <section aria-labelledby="challenges-heading" className="space-y-4">
        <h2 id="challenges-heading" className="text-2xl font-bold">
          Challenges
        </h2>
        {challenges.length === 0 ? (
          <p>No challenges have been raised on this scrutiny yet.</p>
        ) : (
          <>
            <p className="text-lg">{stageCountsText(challenges)}</p>
            <ChallengeLogTable challenges={challenges} />
          </>
        )}
      </section>
    </div>
  );
}
