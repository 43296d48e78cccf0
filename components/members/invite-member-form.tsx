"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { inviteMember } from "@/lib/actions/members/invite-member";
import { MEMBER_FIELD_LABELS, MemberFields, type OrganisationChoice } from "./member-fields";
import { useFormAction } from "./use-form-action";

export function InviteMemberForm({
  partnershipId,
  organisations,
}: {
  partnershipId: string;
  organisations: OrganisationChoice[];
}) {
  const router = useRouter();
  const form = useFormAction(inviteMember);
  const membersUrl = `/partnerships/${partnershipId}/members`;

  useEffect(() => {
    if (!form.success) return;
    const warning = form.success.message ? "&unsent=1" : "";
    router.push(`${membersUrl}?invited=${encodeURIComponent(form.success.data.email)}${warning}`);
  }, [form.success, membersUrl, router]);

  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-8">
      <ErrorSummary
        message={form.failure?.message}
        fieldErrors={form.failure?.fieldErrors}
        labels={MEMBER_FIELD_LABELS}
      />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <TextField
        name="email"
        label={MEMBER_FIELD_LABELS.email}
        hint="The invitation link is sent to this address. It works once and expires after 7 days."
        type="email"
        autoComplete="off"
        spellCheck={false}
        defaultValue={form.value("email")}
        errors={form.failure?.fieldErrors?.email}
      />
      <TextField
        name="name"
        label={`${MEMBER_FIELD_LABELS.name} (optional)`}
        hint="Used in the invitation. They can change it when they accept."
        autoComplete="off"
        defaultValue={form.value("name")}
        errors={form.failure?.fieldErrors?.name}
      />
      <MemberFields
        organisations={organisations}
        fieldErrors={form.failure?.fieldErrors}
        defaults={{
          role: form.value("role"),
          organisationId: form.value("organisationId"),
          designations: form.values("designations"),
        }}
      />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Sending invitation…">Send invitation</SubmitButton>
        <Link href={membersUrl} className="text-brand underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
