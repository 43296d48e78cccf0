import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/authz/guard";
import { ROLE_LABELS } from "@/lib/authz/permissions";

export const metadata: Metadata = { title: "Your partnerships" };

export default async function HomePage() {
  const user = await requireUser();
  return (
    <>
      <PageHeading caption={`Signed in as ${user.name}`}>Your partnerships</PageHeading>
      {user.memberships.length === 0 ? (
        <p className="max-w-xl">
          You are not a member of any partnership yet. Ask the partnership&apos;s business manager
          to invite you.
        </p>
      ) : (
        <ul className="max-w-3xl divide-y divide-[#b1b4b6] border-y border-[#b1b4b6]">
          {user.memberships.map((membership) => (
            <li
              key={membership.id}
              className="flex flex-wrap items-baseline justify-between gap-2 py-4"
            >
              <Link
                href={`/partnerships/${membership.partnershipId}`}
                className="text-xl font-bold text-brand underline"
              >
                {membership.partnershipName}
              </Link>
              <span className="text-muted">{ROLE_LABELS[membership.role]}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
