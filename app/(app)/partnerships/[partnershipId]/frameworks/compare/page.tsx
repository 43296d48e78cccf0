import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VersionDiffTables } from "@/components/frameworks/version-diff";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getFrameworkComparison, type VersionChoice } from "@/lib/data/frameworks";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Compare framework versions" };

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function VersionSelect({
  name,
  label,
  choices,
  value,
}: {
  name: string;
  label: string;
  choices: VersionChoice[];
  value?: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-lg font-bold">
        {label}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={value ?? ""}
        className="block w-full max-w-xl border-2 border-ink bg-white px-2 py-1.5 text-lg"
      >
        <option value="">Select a version</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
            {choice.status === "DRAFT" ? " (draft)" : ""}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function CompareFrameworkVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId } = await params;
  const query = await searchParams;
  const from = one(query.from);
  const to = one(query.to);
  if ((from && !isUuid(from)) || (to && !isUuid(to))) notFound();
  await requirePageAccess(partnershipId, "framework.view");
  const { choices, compared } = await getFrameworkComparison(partnershipId, from, to);
  const base = `/partnerships/${partnershipId}/frameworks`;
  return (
    <>
      <Link href={base} className="mb-6 inline-block text-brand underline">
        Back to frameworks
      </Link>
      <PageHeading>Compare framework versions</PageHeading>
      <p className="mb-6 max-w-3xl">
        Which questions were added, removed, reworded or moved between two versions. Questions are
        matched by identity, not by number, so a reworded or moved question keeps its trend across
        cycles.
      </p>
      <form method="get" className="mb-10 max-w-2xl space-y-4">
        <VersionSelect name="from" label="Earlier version" choices={choices} value={from} />
        <VersionSelect name="to" label="Later version" choices={choices} value={to} />
        <button
          type="submit"
          className="inline-block bg-[#f3f2f1] px-4 py-2 text-lg font-bold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
        >
          Compare
        </button>
      </form>
      {compared ? (
        <section aria-labelledby="comparison-heading" className="space-y-6">
          <h2 id="comparison-heading" className="text-2xl font-bold">
            From {compared.from.name} to {compared.to.name}
          </h2>
          <VersionDiffTables diff={compared.diff} texts={compared.texts} />
          <div className="space-y-2 border-l-4 border-[#b1b4b6] pl-4 text-muted">
            {[compared.from, compared.to]
              .filter((v, i, all) => all.findIndex((w) => w.attribution === v.attribution) === i)
              .map((v) => (
                <p key={v.id}>{v.attribution}</p>
              ))}
          </div>
        </section>
      ) : from || to ? (
        <p>Select both versions to compare them.</p>
      ) : null}
    </>
  );
}
