import { Choices } from "@/components/ui/choices";
import { Select } from "@/components/ui/field";
import { ROLE_HINTS, ROLE_LABELS, ROLES, type Role } from "@/lib/authz/permissions";
import { DESIGNATION_LABELS, DESIGNATIONS } from "@/lib/domain/members";

export type OrganisationChoice = { id: string; name: string; isStatutoryPartner: boolean };

export const MEMBER_FIELD_LABELS = {
  email: "Email address",
  name: "Full name",
  role: "Role",
  organisationId: "Organisation",
  designations: "Governance designations",
};

/** Role, organisation and designations: the same questions when inviting and when changing a role. */
export function MemberFields({
  organisations,
  fieldErrors,
  defaults,
}: {
  organisations: OrganisationChoice[];
  fieldErrors?: Record<string, string[]>;
  defaults: { role?: Role | string; organisationId?: string | null; designations?: string[] };
}) {
  return (
    <>
      <Choices
        type="radio"
        name="role"
        legend={MEMBER_FIELD_LABELS.role}
        errors={fieldErrors?.role}
        defaultValue={defaults.role}
        choices={ROLES.map((role) => ({
          value: role,
          label: ROLE_LABELS[role],
          hint: ROLE_HINTS[role],
        }))}
      />
      <Select
        name="organisationId"
        label={MEMBER_FIELD_LABELS.organisationId}
        hint="Needed for agency respondents and agency contributors: the safeguarding partner or relevant agency they answer for."
        errors={fieldErrors?.organisationId}
        defaultValue={defaults.organisationId ?? ""}
        options={[
          { value: "", label: "No organisation" },
          ...organisations.map((organisation) => ({
            value: organisation.id,
            label: organisation.isStatutoryPartner
              ? `${organisation.name} (safeguarding partner)`
              : organisation.name,
          })),
        ]}
      />
      <Choices
        type="checkbox"
        name="designations"
        legend={`${MEMBER_FIELD_LABELS.designations} (optional)`}
        hint="Select all that apply."
        errors={fieldErrors?.designations}
        defaultValue={defaults.designations}
        choices={DESIGNATIONS.map((designation) => ({
          value: designation,
          label: DESIGNATION_LABELS[designation],
        }))}
      />
    </>
  );
}
