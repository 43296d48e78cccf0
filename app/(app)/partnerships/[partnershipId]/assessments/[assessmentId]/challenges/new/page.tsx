import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RaiseChallengeForm } from "@/components/challenges/raise-challenge-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getChallengeFormOptions } from "@/lib/data/challenges";
import { CHALLENGE_MESSAGES } from "@/lib/domain/challenges";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Raise a challenge" };

export default async function RaiseChallengePage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId, assessmentId } = await params;
  if (!isUuid(assessmentId)) notFound();
  await requirePageAccess(partnershipId, "challenge.raise");
  const options = await getChallengeFormOptions(partnershipId, assessmentId);
  const { about } = await searchParams;
  // Only a step or question of this scrutiny is chosen beforehand; anything else is ignored.
  const known = options.groups.some(
    (g) => g.step.value === about || g.questions.some((q) => q.value === about),
  );
  return (
    <>
      <Link href={options.assessment.logHref} className="mb-6 inline-block text-brand underline">
        Back to the challenge log
      </Link>
      <PageHeading caption={`${options.assessment.cycleName} · ${options.assessment.title}`}>
        Raise a challenge
      </PageHeading>
      {options.isParticipant ? (
        <RaiseChallengeForm
          partnershipId={partnershipId}
          options={options}
          about={known ? (about as string) : undefined}
        />
      ) : (
        <p className="max-w-3xl text-lg">{CHALLENGE_MESSAGES.notParticipantRaise}</p>
      )}
    </>
  );
}
