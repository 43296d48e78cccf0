import { cell, DataTable } from "@/components/ui/data-table";
import type { SignOffView } from "@/lib/data/yearly-report-sign-off";
import { SIGN_OFF_DESIGNATION_LABELS } from "@/lib/domain/yearly-report";
import { formatLongDate } from "@/lib/domain/yearly-report-publication-input";
import { RemoveSignOffButton } from "./publication-remove-sign-off";

/** Each statutory partner: who signed for it, as what, when and at which meeting; or not yet. */
export function SignOffTable({
  partnershipId,
  view,
  canRemove,
}: {
  partnershipId: string;
  view: SignOffView;
  canRemove: boolean;
}) {
  return (
    <DataTable
      caption="Sign-off by each statutory partner"
      headings={[
        "Statutory partner",
        "Signed off by",
        "Signed as",
        "Date",
        "Meeting",
        ...(canRemove ? ["Change"] : []),
      ]}
    >
      {view.partners.map((partner) => {
        const signOff = partner.signOff;
        return (
          <tr key={partner.organisationId}>
            <td className={cell}>
              <span className="font-bold">{partner.name}</span>
              {partner.isStatutoryPartner ? null : (
                <span className="block text-muted">No longer a statutory partner</span>
              )}
            </td>
            {signOff ? (
              <>
                <td className={cell}>{signOff.signerName}</td>
                <td className={cell}>{SIGN_OFF_DESIGNATION_LABELS[signOff.designation]}</td>
                <td className={cell}>{formatLongDate(signOff.signedOn)}</td>
                <td className={cell}>{signOff.meeting ?? "Not recorded"}</td>
              </>
            ) : (
              <td className={cell} colSpan={4}>
                Not signed off yet
              </td>
            )}
            {canRemove ? (
              <td className={cell}>
                {signOff ? (
                  <RemoveSignOffButton
                    partnershipId={partnershipId}
                    cycleId={view.cycle.id}
                    signOffId={signOff.id}
                    organisationName={partner.name}
                  />
                ) : null}
              </td>
            ) : null}
          </tr>
        );
      })}
    </DataTable>
  );
}
