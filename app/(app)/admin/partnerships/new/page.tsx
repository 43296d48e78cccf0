import type { Metadata } from "next";
import Link from "next/link";
import { CreatePartnershipForm } from "@/components/admin/create-partnership-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireSiteAdmin } from "@/lib/authz/site-admin";

export const metadata: Metadata = { title: "Create a partnership – Administration" };

export default async function NewPartnershipPage() {
  await requireSiteAdmin();
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/partnerships" className="text-brand underline">
          Back to partnerships
        </Link>
      </p>
      <PageHeading caption="Site administration">Create a partnership</PageHeading>
      <p className="mb-8 max-w-3xl">
        Set up a safeguarding partnership with its statutory safeguarding partners and its first
        business manager. The business manager then adds relevant agencies and invites everyone
        else.
      </p>
      <CreatePartnershipForm />
    </>
  );
}
