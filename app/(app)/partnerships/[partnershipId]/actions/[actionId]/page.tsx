import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  CompletionEvidence,
  LinkedQuestions,
  ProgressUpdates,
} from "@/components/actions/action-history";
import { ActionSummary } from "@/components/actions/action-summary";
import { ProgressForm } from "@/components/actions/progress-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getActionDetail } from "@/lib/data/actions";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Action" };

const HEADING_MAX = 120;

export default async function ActionPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string; actionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId, actionId } = await params;
  if (!isUuid(actionId)) notFound();
  await requirePageAccess(partnershipId, "action.view");
  const { action, canEdit, canProgress, evidenceChoices } = await getActionDetail(
    partnershipId,
    actionId,
  );
  const query = await searchParams;
  const base = `/partnerships/${partnershipId}/actions`;
  const heading =
    action.description.length > HEADING_MAX
      ? `${action.description.slice(0, HEADING_MAX - 1).trimEnd()}…`
      : action.description;

  return (
    <div className="space-y-10">
      <div>
        <Link href={base} className="mb-6 inline-block text-brand underline">
          Back to actions
        </Link>
        {query.raised ? (
          <Notice title="Action raised" tone="success">
            <p>The action is on the tracker and on the questions it is linked to.</p>
          </Notice>
        ) : null}
        {query.changed ? (
          <Notice title="Action changed" tone="success">
            <p>Your changes are saved.</p>
          </Notice>
        ) : null}
        <PageHeading caption={`Action for ${action.ownerOrganisationName}`}>{heading}</PageHeading>
        <ActionSummary action={action} />
        {canEdit ? (
          <p className="mt-6">
            <Link
              href={`${base}/${action.id}/edit`}
              className="inline-block bg-[#f3f2f1] px-4 py-2 text-lg font-bold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
            >
              Edit action
            </Link>
          </p>
        ) : null}
      </div>
      <section aria-labelledby="links-heading" className="space-y-4">
        <h2 id="links-heading" className="text-2xl font-bold">
          Linked questions
        </h2>
        <LinkedQuestions links={action.links} />
      </section>
      <section aria-labelledby="updates-heading" className="space-y-4">
        <h2 id="updates-heading" className="text-2xl font-bold">
          Progress updates
        </h2>
        <ProgressUpdates updates={action.updates} />
      </section>
      <section aria-labelledby="evidence-heading" className="space-y-4">
        <h2 id="evidence-heading" className="text-2xl font-bold">
          Evidence of completion
        </h2>
        <CompletionEvidence evidence={action.evidence} />
      </section>
      {canProgress ? (
        <section aria-labelledby="progress-heading" className="space-y-4">
          <h2 id="progress-heading" className="text-2xl font-bold">
            Add a progress update
          </h2>
          <ProgressForm
            partnershipId={partnershipId}
            actionId={action.id}
            version={action.version}
            status={action.status}
            attached={action.evidence}
            library={evidenceChoices}
          />
        </section>
      ) : null}
    </div>
  );
}
