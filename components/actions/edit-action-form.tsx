"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { editAction } from "@/lib/actions/actions/edit-action";
import type { ActionDetail, LinkGroup, MemberChoice, OrganisationChoice } from "@/lib/data/actions";
import { linkValue } from "@/lib/domain/action-input";
import { ActionFields } from "./action-fields";
import { dateParts } from "./format";
import { QuestionLinks } from "./question-links";

/**
 * Changing an action: everything but where it came from. Carries the version it was loaded at, so
 * a change made meanwhile by someone else is not overwritten.
 */
export function EditActionForm({
  partnershipId,
  action,
  organisations,
  members,
  linkGroups,
}: {
  partnershipId: string;
  action: ActionDetail;
  organisations: OrganisationChoice[];
  members: MemberChoice[];
  linkGroups: LinkGroup[];
}) {
  const router = useRouter();
  const form = useFormAction(editAction);
  const errors = form.failure?.fieldErrors ?? {};
  const detailUrl = `/partnerships/${partnershipId}/actions/${action.id}`;
  const due = dateParts(action.dueOn);
  const stored = {
    description: action.description,
    ownerOrganisationId: action.ownerOrganisationId,
    ownerKind: action.ownerKind,
    ownerUserId: action.ownerUserId ?? undefined,
    ownerName: action.ownerKind === "OTHER" ? action.ownerPersonName : undefined,
    ownerEmail: action.ownerKind === "OTHER" ? (action.ownerEmail ?? undefined) : undefined,
    dueDay: due.day,
    dueMonth: due.month,
    dueYear: due.year,
    priority: action.priority,
  };
  const values = form.failure
    ? {
        description: form.value("description"),
        ownerOrganisationId: form.value("ownerOrganisationId"),
        ownerKind: form.value("ownerKind"),
        ownerUserId: form.value("ownerUserId"),
        ownerName: form.value("ownerName"),
        ownerEmail: form.value("ownerEmail"),
        dueDay: form.value("dueOn-day"),
        dueMonth: form.value("dueOn-month"),
        dueYear: form.value("dueOn-year"),
        priority: form.value("priority"),
      }
    : stored;
  const selectedLinks = form.failure
    ? (form.values("links") ?? [])
    : action.links.map((link) => linkValue(link));

  useEffect(() => {
    if (form.success) router.push(`${detailUrl}?changed=1`);
  }, [form.success, detailUrl, router]);

  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-3xl space-y-8">
      <ErrorSummary message={form.failure?.message} fieldErrors={form.failure?.fieldErrors} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="actionId" value={action.id} />
      <input type="hidden" name="version" value={action.version} />
      {/* The links this form shows: only these can be unlinked, not any added since it loaded. */}
      {action.links.map((link) => (
        <input key={linkValue(link)} type="hidden" name="shownLinks" value={linkValue(link)} />
      ))}
      <ActionFields
        organisations={organisations}
        members={members}
        values={values}
        errors={errors}
      />
      {linkGroups.length > 0 ? (
        <QuestionLinks
          groups={linkGroups}
          selected={selectedLinks}
          legend="Linked questions"
          headingLevel={2}
          hint={
            action.source.type === "RESPONSE"
              ? "Untick a question to unlink it. An action raised from an answer stays linked to at least one question."
              : "Untick a question to unlink it."
          }
          errors={errors.links}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
        <Link href={detailUrl} className="text-brand underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
