import { cell, DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import type { MemberRow } from "@/lib/data/members";
import { DESIGNATION_LABELS } from "@/lib/domain/members";
import { formatDate } from "./format";

export function MembersTable({
  partnershipId,
  caption,
  members,
  empty,
}: {
  partnershipId: string;
  caption: string;
  members: MemberRow[];
  empty: string;
}) {
  if (members.length === 0) {
    return (
      <section className="space-y-2">
        <h2 className="text-2xl font-bold">{caption}</h2>
        <p>{empty}</p>
      </section>
    );
  }
  return (
    <DataTable
      caption={caption}
      headings={["Name", "Email", "Role", "Organisation", "Designations", "Status"]}
    >
      {members.map((member) => (
        <tr key={member.id}>
          <th scope="row" className={`${cell} font-normal`}>
            <Link
              href={`/partnerships/${partnershipId}/members/${member.id}`}
              className="text-brand underline"
            >
              {member.name}
            </Link>
          </th>
          <td className={`${cell} break-all`}>{member.email}</td>
          <td className={cell}>{ROLE_LABELS[member.role]}</td>
          <td className={cell}>{member.organisationName ?? "None"}</td>
          <td className={cell}>
            {member.designations.length > 0
              ? member.designations.map((d) => DESIGNATION_LABELS[d]).join(", ")
              : "None"}
          </td>
          <td className={cell}>
            {member.deactivatedAt ? `Deactivated on ${formatDate(member.deactivatedAt)}` : "Active"}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
