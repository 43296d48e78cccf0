import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { getPartnershipOverview } from "@/lib/data/partnership";
import { ROLE_LABELS } from "@/lib/authz/permissions";

export const metadata: Metadata = { title: "Partnership overview" };

export default async function PartnershipPage({
  params,
}: {
  params: Promise<{ partnershipId: string }>;
}) {
  const { partnershipId } = await params;
  const overview = await getPartnershipOverview(partnershipId);
  return (
    <>
      <PageHeading caption={`Your role: ${ROLE_LABELS[overview.role]}`}>
        {overview.name}
      </PageHeading>
      <h2 className="mb-2 text-2xl font-bold">Local authority areas</h2>
      <ul className="mb-6 list-disc pl-6">
        {overview.localAuthorityAreas.map((area) => (
          <li key={area}>{area}</li>
        ))}
      </ul>
      <h2 className="mb-2 text-2xl font-bold">Safeguarding partners and relevant agencies</h2>
      <dl className="divide-y divide-[#b1b4b6] border-y border-[#b1b4b6] bg-white">
        {overview.organisations.map((organisation) => (
          <div key={organisation.id} className="grid gap-1 p-3 sm:grid-cols-[1fr_16rem]">
            <dt className="font-bold">{organisation.name}</dt>
            <dd>
              {organisation.isStatutoryPartner
                ? "Statutory safeguarding partner"
                : "Relevant agency"}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
