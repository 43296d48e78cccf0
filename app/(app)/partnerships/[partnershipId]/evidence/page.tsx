import type { Metadata } from "next";
import { AddEvidenceForm } from "@/components/evidence/add-evidence-form";
import { EvidenceTable } from "@/components/evidence/evidence-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getEvidenceLibrary } from "@/lib/data/evidence";

export const metadata: Metadata = { title: "Evidence library" };

export default async function EvidenceLibraryPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId } = await params;
  const { membership } = await requirePageAccess(partnershipId, "evidence.view");
  const library = await getEvidenceLibrary(partnershipId);
  const { removed } = await searchParams;
  const removedItem =
    typeof removed === "string" ? library.items.find((item) => item.id === removed) : undefined;

  return (
    <>
      <PageHeading caption={membership.partnershipName}>Evidence library</PageHeading>
      <p className="mb-6 max-w-3xl">
        Reports, audits, minutes and data the partnership cites in its answers. Evidence of outcomes
        for children shows what changed for children and families; evidence of process shows that
        something is in place.
      </p>
      {removedItem?.removed ? (
        <Notice title="File removed" tone="success">
          <p>The file for ‘{removedItem.title}’ was removed. Its record stays in the library.</p>
        </Notice>
      ) : null}
      {library.items.length === 0 ? (
        <p className="mb-8">There is no evidence in the library yet.</p>
      ) : (
        <div className="mb-12">
          <EvidenceTable
            partnershipId={partnershipId}
            items={library.items}
            canRemove={library.canRemove}
          />
        </div>
      )}
      {library.canAdd ? (
        <section aria-labelledby="add-evidence-heading" className="max-w-2xl">
          <h2 id="add-evidence-heading" className="mb-4 text-2xl font-bold">
            Add evidence
          </h2>
          <AddEvidenceForm partnershipId={partnershipId} />
        </section>
      ) : null}
    </>
  );
}
