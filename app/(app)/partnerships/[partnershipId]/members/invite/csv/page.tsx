import type { Metadata } from "next";
import Link from "next/link";
import { InviteCsvForm } from "@/components/members/invite-csv-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { ROLE_LABELS, ROLES } from "@/lib/authz/permissions";
import { getOrganisationChoices } from "@/lib/data/members";

export const metadata: Metadata = { title: "Invite from a CSV file" };

export default async function InviteCsvPage({
  params,
}: {
  params: Promise<{ partnershipId: string }>;
}) {
  const { partnershipId } = await params;
  await requirePageAccess(partnershipId, "members.manage");
  const organisations = await getOrganisationChoices(partnershipId);
  return (
    <>
      <Link
        href={`/partnerships/${partnershipId}/members`}
        className="mb-6 inline-block text-brand underline"
      >
        Back to members
      </Link>
      <PageHeading caption="Members">Invite from a CSV file</PageHeading>
      <div className="mb-8 max-w-2xl space-y-4">
        <p>
          Save a spreadsheet as &quot;CSV UTF-8&quot; with one person per row and these headings in
          the first row: <code className="font-mono">email,name,role,organisation</code>.
        </p>
        <p>
          <a href="/members-example.csv" download className="text-brand underline">
            Download an example CSV file
          </a>
        </p>
        <h2 className="text-2xl font-bold">Roles</h2>
        <p>Write the role in words, for example &quot;agency respondent&quot;:</p>
        <ul className="list-disc pl-6">
          {ROLES.map((role) => (
            <li key={role}>{ROLE_LABELS[role].toLowerCase()}</li>
          ))}
        </ul>
        <h2 className="text-2xl font-bold">Organisations</h2>
        <p>
          Agency respondents and agency contributors need one of this partnership&apos;s
          organisations, written as below. Leave it empty for anyone else.
        </p>
        <ul className="list-disc pl-6">
          {organisations.map((organisation) => (
            <li key={organisation.id}>{organisation.name}</li>
          ))}
        </ul>
        <p>
          Every row is checked first. If any row has a problem, nobody is invited and each problem
          is listed with its row number, so you can correct the file and upload it again.
        </p>
      </div>
      <InviteCsvForm partnershipId={partnershipId} />
    </>
  );
}
