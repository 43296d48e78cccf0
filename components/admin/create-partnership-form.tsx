"use client";

import Link from "next/link";
import { useActionState } from "react";
import { createPartnership } from "@/lib/actions/admin/create-partnership";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PartnerRows } from "./partner-rows";

function labelsFor(fieldErrors: Record<string, string[]> = {}): Record<string, string> {
  const labels: Record<string, string> = {
    name: "Partnership name",
    localAuthorityAreas: "Local authority areas",
    partners: "Statutory safeguarding partners",
    managerName: "Business manager's name",
    managerEmail: "Business manager's email address",
  };
  for (const key of Object.keys(fieldErrors)) {
    const match = /^partners\.(\d+)\.(name|kind)$/.exec(key);
    if (match) labels[key] = `Partner ${Number(match[1]) + 1} ${match[2]}`;
  }
  return labels;
}

export function CreatePartnershipForm() {
  const [state, action] = useActionState(createPartnership, null);
  if (state?.ok) {
    return (
      <div className="max-w-2xl space-y-6">
        <Notice title="Partnership created" tone="success">
          <p>
            {state.data.name} has been created, with {state.data.managerEmail} as its business
            manager.
          </p>
          <p>
            {state.data.invited
              ? "We have emailed them a link to set their password. It works once, for 7 days."
              : "They already have an account; we have emailed them to say so."}
          </p>
        </Notice>
        <p>
          <Link href="/admin/partnerships" className="text-brand underline">
            See all partnerships
          </Link>
        </p>
      </div>
    );
  }
  const failure = state && !state.ok ? state : null;
  const errors = failure?.fieldErrors ?? {};
  const values = failure?.values ?? {};
  return (
    // Remounted with what was typed after each failed attempt, so nothing has to be typed again.
    <form key={JSON.stringify(values)} action={action} noValidate className="max-w-3xl space-y-8">
      <ErrorSummary message={failure?.message} fieldErrors={errors} labels={labelsFor(errors)} />
      <TextField
        name="name"
        label="Partnership name"
        hint="As the partnership calls itself, for example Northshire Safeguarding Children Partnership."
        defaultValue={values.name ?? ""}
        errors={errors.name}
      />
      <TextArea
        name="localAuthorityAreas"
        label="Local authority areas"
        hint="One per line. A partnership can cover two or more local authority areas."
        rows={3}
        defaultValue={values.localAuthorityAreas ?? ""}
        errors={errors.localAuthorityAreas}
      />
      <PartnerRows values={values} errors={errors} />
      <fieldset className="space-y-4">
        <legend className="mb-2 text-2xl font-bold">First business manager</legend>
        <p className="text-muted">
          They run the partnership in Six Steps and invite everyone else. If they are new, we email
          them a link to set their password.
        </p>
        <TextField
          name="managerName"
          label="Full name"
          autoComplete="off"
          defaultValue={values.managerName ?? ""}
          errors={errors.managerName}
        />
        <TextField
          name="managerEmail"
          label="Email address"
          type="email"
          spellCheck={false}
          autoComplete="off"
          defaultValue={values.managerEmail ?? ""}
          errors={errors.managerEmail}
        />
      </fieldset>
      <SubmitButton pendingText="Creating…">Create partnership</SubmitButton>
    </form>
  );
}
