import type { Metadata } from "next";
import Link from "next/link";
import { WordingList } from "@/components/returns/wording-list";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getWordingPage } from "@/lib/data/question-wording";

export const metadata: Metadata = { title: "Question wording for relevant agencies" };

/** The business manager's wider-partner wording of each framework question. */
export default async function WordingPage({
  params,
}: {
  params: Promise<{ partnershipId: string }>;
}) {
  const { partnershipId } = await params;
  const { membership } = await requirePageAccess(partnershipId, "wording.manage");
  const { steps, given } = await getWordingPage(partnershipId);
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/partnerships/${partnershipId}/frameworks`} className="text-brand underline">
          Back to frameworks
        </Link>
      </p>
      <PageHeading caption={`${membership.partnershipName} · Frameworks`}>
        Question wording for relevant agencies
      </PageHeading>
      <p className="text-lg">
        Some questions are written for the safeguarding partners: &ldquo;the three core
        partners&rdquo; makes no sense to a school. Give a version in words relevant agencies use.
        Respondents to a wider-partner self-assessment see it in place of the original, with the
        original one click away. The scrutiny report, the exports and other assessments always use
        the original wording.
      </p>
      <p>
        {given === 0
          ? "No question has wording for relevant agencies yet."
          : `${given} ${given === 1 ? "question has" : "questions have"} wording for relevant agencies.`}
      </p>
      <WordingList partnershipId={partnershipId} steps={steps} />
    </div>
  );
}
