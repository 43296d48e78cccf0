import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireSiteAdmin } from "@/lib/authz/site-admin";
import { listPartnershipsForAdmin } from "@/lib/data/admin-partnerships";

export const metadata: Metadata = { title: "Partnerships – Administration" };

const cell = "border-b border-[#b1b4b6] px-2 py-3 text-left align-top";

export default async function AdminPartnershipsPage() {
  await requireSiteAdmin();
  const partnerships = await listPartnershipsForAdmin();
  return (
    <>
      <PageHeading caption="Site administration">Partnerships</PageHeading>
      <p className="mb-6">
        <Link
          href="/admin/partnerships/new"
          className="inline-block bg-[#00703c] px-4 py-2 text-lg font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]"
        >
          Create a partnership
        </Link>
      </p>
      {partnerships.length === 0 ? (
        <p>There are no partnerships yet.</p>
      ) : (
        <table className="w-full border-collapse bg-white">
          <caption className="sr-only">Partnerships and their number of members</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                Partnership
              </th>
              <th scope="col" className={cell}>
                Local authority areas
              </th>
              <th scope="col" className={`${cell} text-right`}>
                Members
              </th>
            </tr>
          </thead>
          <tbody>
            {partnerships.map((partnership) => (
              <tr key={partnership.id}>
                <th scope="row" className={`${cell} font-bold`}>
                  {partnership.name}
                  <span className="block text-sm font-normal text-muted">{partnership.slug}</span>
                </th>
                <td className={cell}>{partnership.localAuthorityAreas.join(", ")}</td>
                <td className={`${cell} text-right`}>{partnership.memberCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
