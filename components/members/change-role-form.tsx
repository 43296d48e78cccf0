"use client";

import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { changeMemberRole } from "@/lib/actions/members/change-member-role";
import type { Role } from "@/lib/authz/permissions";
import { MEMBER_FIELD_LABELS, MemberFields, type OrganisationChoice } from "./member-fields";
import { useFormAction } from "./use-form-action";

export function ChangeRoleForm({
  partnershipId,
  member,
  organisations,
}: {
  partnershipId: string;
  member: { id: string; role: Role; organisationId: string | null; designations: string[] };
  organisations: OrganisationChoice[];
}) {
  const form = useFormAction(changeMemberRole);
  // After a failure, show what was chosen; otherwise what is saved (the page re-renders after a save).
  const defaults = form.failure
    ? {
        role: form.value("role"),
        organisationId: form.value("organisationId"),
        designations: form.values("designations"),
      }
    : member;
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-8">
      {form.success ? (
        <Notice title="Role changed" tone="success">
          <p>{form.success.data.name} has the new role from their next page.</p>
        </Notice>
      ) : null}
      <ErrorSummary
        message={form.failure?.message}
        fieldErrors={form.failure?.fieldErrors}
        labels={MEMBER_FIELD_LABELS}
      />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="membershipId" value={member.id} />
      <MemberFields
        organisations={organisations}
        fieldErrors={form.failure?.fieldErrors}
        defaults={defaults}
      />
      <SubmitButton pendingText="Saving…">Save role</SubmitButton>
    </form>
  );
}
