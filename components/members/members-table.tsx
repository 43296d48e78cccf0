import Link from "next/link";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import type { MemberRow } from "@/lib/data/members";
import { DESIGNATION_LABELS } from "@/lib/domain/members";
import { formatDate } from "./format";

const cell = "border-b border-[#b1b4b6] px-2 py-3 align-top text-left";

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
    // A focusable, labelled region so keyboard users can scroll a wide table on a small screen.
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto">
      <table className="w-full border-collapse bg-white">
        <caption className="mb-2 text-left text-2xl font-bold">{caption}</caption>
        <thead>
          <tr>
            {["Name", "Email", "Role", "Organisation", "Designations", "Status"].map((heading) => (
              <th key={heading} scope="col" className={`${cell} font-bold`}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
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
                {member.deactivatedAt
                  ? `Deactivated on ${formatDate(member.deactivatedAt)}`
                  : "Active"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
