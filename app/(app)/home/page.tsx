import type { Metadata } from "next";
import Link from "next/link";
import { PartnershipWork } from "@/components/home/partnership-work";
import { ScrutineerDashboard } from "@/components/home/scrutineer-dashboard";
import { PageHeading } from "@/components/ui/page-heading";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import { getHome } from "@/lib/data/home";
import { getScrutineerDashboard } from "@/lib/data/scrutineer-dashboard";

export const metadata: Metadata = { title: "Your partnerships" };

export default async function HomePage() {
  const [{ userName, partnerships }, scrutinyWork] = await Promise.all([
    getHome(),
    getScrutineerDashboard(),
  ]);
  return (
    <>
      <PageHeading caption={`Signed in as ${userName}`}>Your partnerships</PageHeading>
      {partnerships.length === 0 ? (
        <p className="max-w-xl">
          You are not a member of any partnership yet. Ask the partnership&apos;s business manager
          to invite you.
        </p>
      ) : (
        <div className="space-y-12">
          <section aria-labelledby="partnerships-heading">
            <h2 id="partnerships-heading" className="sr-only">
              Partnerships you belong to
            </h2>
            <ul className="max-w-3xl divide-y divide-[#b1b4b6] border-y border-[#b1b4b6]">
              {partnerships.map((partnership) => (
                <li
                  key={partnership.partnershipId}
                  className="flex flex-wrap items-baseline justify-between gap-2 py-4"
                >
                  <Link
                    href={`/partnerships/${partnership.partnershipId}`}
                    className="text-xl font-bold text-brand underline"
                  >
                    {partnership.partnershipName}
                  </Link>
                  <span className="text-muted">{ROLE_LABELS[partnership.role]}</span>
                </li>
              ))}
            </ul>
          </section>
          {scrutinyWork ? <ScrutineerDashboard rows={scrutinyWork} /> : null}
          {partnerships.map((partnership) => (
            <PartnershipWork key={partnership.partnershipId} partnership={partnership} />
          ))}
        </div>
      )}
    </>
  );
}
