"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Choices } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Select, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { reassignActions } from "@/lib/actions/actions/reassign-actions";
import { REASSIGN_FIELD_LABELS } from "@/lib/domain/action-filters";

type Option = { value: string; label: string };

/** Whether a row's checkbox starts ticked: what was sent after a failure, else "select all". */
const Selection = createContext<(id: string) => boolean>(() => false);

/** A row's checkbox, labelled with the action it selects (the label is for screen readers). */
export function TrackerSelectBox({ id, description }: { id: string; description: string }) {
  const selected = useContext(Selection);
  return (
    <div className="flex items-start">
      <input
        id={`select-${id}`}
        type="checkbox"
        name="actionIds"
        value={id}
        defaultChecked={selected(id)}
        className="h-7 w-7 shrink-0 accent-ink"
      />
      <label htmlFor={`select-${id}`} className="sr-only">
        Select action: {description}
      </label>
    </div>
  );
}

/**
 * Bulk reassignment for business managers: a form around the tracker's table (its rows carry the
 * checkboxes) with the new owner's fields below. It posts to the page it is on, so the filters in
 * the address stay as they were.
 */
export function TrackerReassignForm({
  partnershipId,
  members,
  organisations,
  selectAll,
  children,
}: {
  partnershipId: string;
  members: Option[];
  organisations: Option[];
  selectAll: boolean;
  children: ReactNode;
}) {
  const form = useFormAction(reassignActions);
  const errors = form.failure?.fieldErrors;
  const sent = new Set(form.values("actionIds") ?? []);
  const selected = (id: string) => (form.failure ? sent.has(id) : form.success ? false : selectAll);
  const done = form.success?.data;

  return (
    <form
      key={`${form.attempt}-${selectAll}`}
      action={form.formAction}
      noValidate
      className="space-y-8"
    >
      {done ? (
        <Notice
          title={
            done.reassigned === 1
              ? `1 action reassigned to ${done.owner}`
              : `${done.reassigned} actions reassigned to ${done.owner}`
          }
          tone="success"
        >
          {done.unchanged > 0 ? (
            <p>
              {done.unchanged === 1
                ? "1 selected action already had this owner and was not changed."
                : `${done.unchanged} selected actions already had this owner and were not changed.`}
            </p>
          ) : null}
        </Notice>
      ) : null}
      <ErrorSummary
        message={form.failure?.message}
        fieldErrors={errors}
        labels={REASSIGN_FIELD_LABELS}
      />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <div
        id="actionIds"
        tabIndex={-1}
        className={errors?.actionIds ? "border-l-4 border-[#d4351c] pl-4" : undefined}
      >
        {errors?.actionIds ? (
          <p className="mb-2 font-bold text-rag-red">
            <span className="sr-only">Error: </span>
            {errors.actionIds.join(". ")}
          </p>
        ) : null}
        <Selection.Provider value={selected}>{children}</Selection.Provider>
      </div>
      <section
        aria-labelledby="reassign-heading"
        className="max-w-2xl space-y-6 border-t border-[#b1b4b6] pt-6"
      >
        <h2 id="reassign-heading" className="text-2xl font-bold">
          Reassign selected actions
        </h2>
        <p>
          Tick the actions in the table, then choose who will own them. Each action keeps its
          history and gets a note saying who it moved from and to.
        </p>
        <Choices
          type="radio"
          name="ownerType"
          legend="Does the new owner have an account?"
          errors={errors?.ownerType}
          defaultValue={form.failure ? form.value("ownerType") : undefined}
          choices={[
            { value: "MEMBER", label: "Yes, they are a member of this partnership" },
            { value: "OTHER", label: "No, enter their name and email address" },
          ]}
        />
        <Select
          name="ownerUserId"
          label="Member"
          hint="If they have an account"
          errors={errors?.ownerUserId}
          defaultValue={form.failure ? (form.value("ownerUserId") ?? "") : ""}
          options={[{ value: "", label: "Choose a member" }, ...members]}
        />
        <TextField
          name="ownerName"
          label="Full name"
          hint="If they do not have an account"
          autoComplete="off"
          defaultValue={form.failure ? form.value("ownerName") : undefined}
          errors={errors?.ownerName}
        />
        <TextField
          name="ownerEmail"
          label="Email address"
          hint="If they do not have an account"
          type="email"
          autoComplete="off"
          spellCheck={false}
          defaultValue={form.failure ? form.value("ownerEmail") : undefined}
          errors={errors?.ownerEmail}
        />
        <Select
          name="ownerOrganisationId"
          label="Owner organisation (optional)"
          hint="Leave as it is to keep each action's own organisation"
          errors={errors?.ownerOrganisationId}
          defaultValue={form.failure ? (form.value("ownerOrganisationId") ?? "") : ""}
          options={[{ value: "", label: "Keep each action's organisation" }, ...organisations]}
        />
        <SubmitButton pendingText="Reassigning…">Reassign selected actions</SubmitButton>
      </section>
    </form>
  );
}
