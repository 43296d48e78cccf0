"use client";

import { DateInput } from "@/components/ui/date-input";
import { useState, type ReactNode } from "react";
import { Choices } from "@/components/ui/choices";
import { Select, TextArea, TextField } from "@/components/ui/field";
import type { MemberChoice, OrganisationChoice } from "@/lib/data/actions";
import {
  ACTION_FIELD_LABELS as LABELS,
  OWNER_KIND_LABELS,
  OWNER_KINDS,
  type OwnerKind,
} from "@/lib/domain/action-input";
import { ACTION_PRIORITIES, ACTION_PRIORITY_LABELS } from "@/lib/domain/actions";

export type ActionFieldValues = {
  description?: string;
  ownerOrganisationId?: string;
  ownerKind?: string;
  ownerUserId?: string;
  ownerName?: string;
  ownerEmail?: string;
  dueDay?: string;
  dueMonth?: string;
  dueYear?: string;
  priority?: string;
};

const invalidBox = (invalid: boolean) => (invalid ? "border-l-4 border-[#d4351c] pl-4" : "");

function ErrorText({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="font-bold text-rag-red">
      <span className="sr-only">Error: </span>
      {errors.join(". ")}
    </p>
  );
}

/** GOV.UK date input for the due date: day, month and year, the first one carrying the field's id. */
export function DueDateInput({
  values,
  errors,
}: {
  values: Pick<ActionFieldValues, "dueDay" | "dueMonth" | "dueYear">;
  errors?: string[];
}) {
  return (
    <DateInput
      name="dueOn"
      legend={LABELS.dueOn}
      hint="Today or later. For example, 31 3 2027"
      errors={errors}
      defaults={{ day: values.dueDay, month: values.dueMonth, year: values.dueYear }}
    />
  );
}

/**
 * Radios where the chosen option reveals more fields beneath it (GOV.UK conditional reveal): each
 * radio names the panel it controls (aria-controls), which follows it in reading order. Not
 * aria-expanded: ARIA does not allow it on a radio, and axe (our accessibility check) fails it.
 */
function OwnerRadios({
  value,
  onChange,
  errors,
  reveal,
}: {
  value: string;
  onChange: (value: OwnerKind) => void;
  errors?: string[];
  reveal: Record<OwnerKind, ReactNode>;
}) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={invalidBox(invalid)}>
      <fieldset
        className="space-y-2"
        aria-describedby={["ownerKind-hint", invalid ? "ownerKind-error" : null]
          .filter(Boolean)
          .join(" ")}
      >
        <legend className="mb-1 text-lg font-bold">{LABELS.ownerKind}</legend>
        <div id="ownerKind-hint" className="text-muted">
          The person who makes sure the action is done and reports its progress.
        </div>
        <ErrorText id="ownerKind-error" errors={errors} />
        <div className="space-y-3">
          {OWNER_KINDS.map((kind, index) => {
            const id = index === 0 ? "ownerKind" : `ownerKind-${kind}`;
            const checked = value === kind;
            return (
              <div key={kind}>
                <div className="flex items-start gap-3">
                  <input
                    id={id}
                    type="radio"
                    name="ownerKind"
                    value={kind}
                    checked={checked}
                    onChange={() => onChange(kind)}
                    aria-controls={`${id}-reveal`}
                    className="mt-0.5 h-7 w-7 shrink-0 accent-ink"
                  />
                  <label htmlFor={id} className="text-lg">
                    {OWNER_KIND_LABELS[kind]}
                  </label>
                </div>
                <div
                  id={`${id}-reveal`}
                  hidden={!checked}
                  className="mt-3 ml-3.5 space-y-4 border-l-4 border-[#b1b4b6] pl-6"
                >
                  {checked ? reveal[kind] : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * The fields raising and changing an action share: what, who owns it (an organisation and a named
 * person), when it is due and its priority. Uncontrolled but for the owner choice, so the form
 * keeps what was typed when it comes back with errors (render it with `key` per attempt).
 */
export function ActionFields({
  organisations,
  members,
  values,
  errors = {},
}: {
  organisations: OrganisationChoice[];
  members: MemberChoice[];
  values: ActionFieldValues;
  errors?: Record<string, string[]>;
}) {
  const [ownerKind, setOwnerKind] = useState(values.ownerKind ?? "");
  return (
    <>
      <TextArea
        name="description"
        label={LABELS.description}
        hint="What will be done, and what will be different for children and families when it is."
        rows={4}
        defaultValue={values.description}
        errors={errors.description}
      />
      <Select
        name="ownerOrganisationId"
        label={LABELS.ownerOrganisationId}
        hint="The organisation responsible for the action."
        defaultValue={values.ownerOrganisationId ?? ""}
        errors={errors.ownerOrganisationId}
        options={[
          ...(organisations.length === 1 ? [] : [{ value: "", label: "Select an organisation" }]),
          ...organisations.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      <OwnerRadios
        value={ownerKind}
        onChange={setOwnerKind}
        errors={errors.ownerKind}
        reveal={{
          MEMBER: (
            <Select
              name="ownerUserId"
              label={LABELS.ownerUserId}
              defaultValue={values.ownerUserId ?? ""}
              errors={errors.ownerUserId}
              options={[
                { value: "", label: "Select a member" },
                ...members.map((m) => ({
                  value: m.userId,
                  label: m.detail ? `${m.name} (${m.detail})` : m.name,
                })),
              ]}
            />
          ),
          OTHER: (
            <>
              <TextField
                name="ownerName"
                label={LABELS.ownerName}
                autoComplete="off"
                spellCheck={false}
                defaultValue={values.ownerName}
                errors={errors.ownerName}
                className="max-w-xl"
              />
              <TextField
                name="ownerEmail"
                type="email"
                label={LABELS.ownerEmail}
                hint="Reminders about the due date are sent here."
                autoComplete="off"
                spellCheck={false}
                defaultValue={values.ownerEmail}
                errors={errors.ownerEmail}
                className="max-w-xl"
              />
            </>
          ),
        }}
      />
      <DueDateInput values={values} errors={errors.dueOn} />
      <Choices
        type="radio"
        name="priority"
        legend={LABELS.priority}
        defaultValue={values.priority}
        errors={errors.priority}
        choices={ACTION_PRIORITIES.map((priority) => ({
          value: priority,
          label: ACTION_PRIORITY_LABELS[priority],
        }))}
      />
    </>
  );
}
