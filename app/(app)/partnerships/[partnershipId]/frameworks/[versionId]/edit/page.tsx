import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FrameworkEditor } from "@/components/frameworks/framework-editor";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getFrameworkDraft } from "@/lib/data/frameworks";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Edit a framework draft" };

export default async function EditFrameworkDraftPage({
  params,
}: {
  params: Promise<{ partnershipId: string; versionId: string }>;
}) {
  const { partnershipId, versionId } = await params;
  if (!isUuid(versionId)) notFound();
  await requirePageAccess(partnershipId, "framework.manage");
  const draft = await getFrameworkDraft(partnershipId, versionId);
  const versionUrl = `/partnerships/${partnershipId}/frameworks/${versionId}`;
  if (draft.status !== "DRAFT") {
    return (
      <>
        <Link href={versionUrl} className="mb-6 inline-block text-brand underline">
          Back to the version
        </Link>
        <PageHeading caption={draft.frameworkTitle}>{draft.content.label}</PageHeading>
        <Notice title="This version is published">
          <p>
            A published version cannot be changed: assessments that use it keep its wording. Start a
            new draft from it instead.
          </p>
          <p>
            <Link href={`${versionUrl}#new-draft`} className="font-bold text-brand underline">
              Go to the version to start a new draft
            </Link>
          </p>
        </Notice>
        <p className="max-w-3xl border-l-4 border-[#b1b4b6] pl-4 text-muted">{draft.attribution}</p>
      </>
    );
  }
  return (
    <>
      <Link href={versionUrl} className="mb-6 inline-block text-brand underline">
        Back to the draft
      </Link>
      <PageHeading caption={`${draft.frameworkTitle}, version ${draft.version} (draft)`}>
        Edit the draft
      </PageHeading>
      <p className="mb-8 max-w-3xl">
        Add, remove, reorder and reword steps and questions. Questions keep their identity when
        reworded or moved, so their trends continue across cycles; new questions start new trends.
        Nothing is saved until you select “Save draft”.
      </p>
      <FrameworkEditor
        partnershipId={partnershipId}
        versionId={draft.versionId}
        frameworkTitle={draft.frameworkTitle}
        attribution={draft.attribution}
        initial={draft.content}
        baseline={draft.baseline}
      />
    </>
  );
}
