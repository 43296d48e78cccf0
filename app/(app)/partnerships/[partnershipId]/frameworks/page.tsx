import type { Metadata } from "next";
import Link from "next/link";
import { FrameworkLibraryEntry } from "@/components/frameworks/framework-library";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getFrameworkLibrary } from "@/lib/data/frameworks";

export const metadata: Metadata = { title: "Frameworks" };

export default async function FrameworkLibraryPage({
  params,
}: {
  params: Promise<{ partnershipId: string }>;
}) {
  const { partnershipId } = await params;
  const { membership } = await requirePageAccess(partnershipId, "framework.view");
  const library = await getFrameworkLibrary(partnershipId);
  const base = `/partnerships/${partnershipId}/frameworks`;
  const adapted = library.frameworks.filter((framework) => !framework.isOriginal);
  return (
    <>
      <PageHeading caption={membership.partnershipName}>Frameworks</PageHeading>
      <p className="mb-4 max-w-3xl">
        The original Six Steps for Independent Scrutiny and your partnership’s adaptations of it.
        The model can be adapted in any way needed: more or fewer steps, and more or fewer questions
        in each step. An assessment keeps the version it was created with, so old assessments keep
        their own wording.
      </p>
      <ul className="mb-10 flex flex-wrap gap-6 text-lg">
        <li>
          <Link href={`${base}/compare`} className="font-bold text-brand underline">
            Compare two versions
          </Link>
        </li>
        {library.canManage ? (
          <li>
            <Link href={`${base}/import`} className="font-bold text-brand underline">
              Import a framework file
            </Link>
          </li>
        ) : null}
        {library.canManage ? (
          <li>
            <Link href={`${base}/wording`} className="font-bold text-brand underline">
              Question wording for relevant agencies
            </Link>
          </li>
        ) : null}
      </ul>
      <div className="space-y-14">
        {library.frameworks
          .filter((framework) => framework.isOriginal)
          .map((framework) => (
            <FrameworkLibraryEntry
              key={framework.id}
              partnershipId={partnershipId}
              framework={framework}
              canManage={library.canManage}
            />
          ))}
        {adapted.length === 0 ? (
          <section aria-labelledby="adapted-heading" className="space-y-2">
            <h2 id="adapted-heading" className="text-3xl font-bold">
              Your adaptations
            </h2>
            <p>
              Your partnership has not adapted the framework yet.
              {library.canManage
                ? " Adapt the original to add, remove, reorder or reword steps and questions."
                : ""}
            </p>
          </section>
        ) : (
          adapted.map((framework) => (
            <FrameworkLibraryEntry
              key={framework.id}
              partnershipId={partnershipId}
              framework={framework}
              canManage={library.canManage}
            />
          ))
        )}
      </div>
    </>
  );
}
