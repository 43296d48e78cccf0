import { ROLE_LABELS } from "@/lib/authz/permissions";
import type { MemberRow } from "@/lib/data/members";
import { DESIGNATION_LABELS } from "@/lib/domain/members";
import { formatDate } from "./format";

/** GOV.UK summary list of one member. */
export function MemberSummary({ member }: { member: MemberRow }) {
  const rows: Array<[string, string]> = [
    ["Name", member.name],
    ["Email address", member.email],
    ["Role", ROLE_LABELS[member.role]],
    ["Organisation", member.organisationName ?? "None"],
    [
      "Governance designations",
      member.designations.map((d) => DESIGNATION_LABELS[d]).join(", ") || "None",
    ],
    [
      "Status",
      member.deactivatedAt ? `Deactivated on ${formatDate(member.deactivatedAt)}` : "Active",
    ],
    ["Member since", formatDate(member.joinedAt)],
  ];
  return (
    <dl className="max-w-3xl border-t border-[#b1b4b6]">
      {rows.map(([key, value]) => (
        <div
          key={key}
          className="grid gap-1 border-b border-[#b1b4b6] py-3 sm:grid-cols-[14rem_1fr]"
        >
          <dt className="font-bold">{key}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
