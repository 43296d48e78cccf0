import { cell, DataTable } from "@/components/ui/data-table";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import type { OpenInvitation } from "@/lib/data/members";
import { formatDate } from "./format";
import { RevokeInvitationButton } from "./revoke-invitation-button";

/** Invitations nobody has accepted yet, including recently expired ones, with a revoke button. */
export function InvitationsTable({
  partnershipId,
  invitations,
}: {
  partnershipId: string;
  invitations: OpenInvitation[];
}) {
  if (invitations.length === 0) {
    return (
      <section className="space-y-2">
        <h2 className="text-2xl font-bold">Invitations waiting for a reply</h2>
        <p>There are no invitations waiting for a reply.</p>
      </section>
    );
  }
  return (
    <DataTable
      caption="Invitations waiting for a reply"
      headings={["Email", "Role", "Organisation", "Link", "Action"]}
    >
      {invitations.map((invitation) => (
        <tr key={invitation.id}>
          <th scope="row" className={`${cell} break-all font-normal`}>
            {invitation.email}
            {invitation.name ? <span className="block text-muted">{invitation.name}</span> : null}
          </th>
          <td className={cell}>{ROLE_LABELS[invitation.role]}</td>
          <td className={cell}>{invitation.organisationName ?? "None"}</td>
          <td className={cell}>
            {invitation.expired
              ? `Expired on ${formatDate(invitation.expiresAt)}`
              : `Expires on ${formatDate(invitation.expiresAt)}`}
          </td>
          <td className={cell}>
            <RevokeInvitationButton
              partnershipId={partnershipId}
              invitation={{ id: invitation.id, email: invitation.email }}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
