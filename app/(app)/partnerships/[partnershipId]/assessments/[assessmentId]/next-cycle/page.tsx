import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StartNextCycleForm } from "@/components/cycles/start-next-cycle-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getNextCycleStart } from "@/lib/data/next-cycle";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Start next cycle" };

export default async function NextCyclePage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
}) {
  const { partnershipId, assessmentId } = await params;
  if (!isUuid(assessmentId)) notFound();
  await requirePageAccess(partnershipId, "cycle.manage");
  const data = await getNextCycleStart(partnershipId, assessmentId);
  const back = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  const { open, completed } = data.actions;
  return (
    <>
      <p className="mb-4">
        <Link href={back} className="text-brand underline">
          Back to {data.assessment.title}
        </Link>
      </p>
      <PageHeading caption={`${data.assessment.title} · ${data.assessment.cycle.name}`}>
        Start next cycle from this assessment
      </PageHeading>
      {data.successor ? (
        <Notice title="Already started">
          <p>
            The next cycle has already been started from this assessment:{" "}
            <Link
              href={`/partnerships/${partnershipId}/assessments/${data.successor.id}`}
              className="text-brand underline"
            >
              {data.successor.title}
            </Link>
            .
          </p>
        </Notice>
      ) : !data.assessment.finalised ? (
        <Notice title="Not finalised yet">
          <p>
            Only a finalised assessment can start the next cycle. Sign off or finalise this
            assessment first.
          </p>
        </Notice>
      ) : (
        <>
          <div className="mb-8 max-w-3xl space-y-3">
            <p>The new assessment has the same participants and questions as this one.</p>
            <ul className="list-disc space-y-1 pl-6">
              <li>
                Every answer starts unrated, with last cycle&apos;s rating and evidence beside it.
              </li>
              <li>
                {open === 1 ? "1 open action is" : `${open} open actions are`} linked to the new
                assessment (the same actions, not copies).
              </li>
              <li>
                {completed === 1
                  ? "1 completed action stays"
                  : `${completed} completed actions stay`}{" "}
                with {data.assessment.cycle.name}.
              </li>
            </ul>
          </div>
          <StartNextCycleForm partnershipId={partnershipId} data={data} />
        </>
      )}
    </>
  );
}
