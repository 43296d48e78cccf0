"use client";

import { useState } from "react";
import { FormProblems } from "@/components/agreement/form-problems";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { addDevelopmentArea } from "@/lib/actions/report/add-development-area";
import type { SummaryArea } from "@/lib/data/report-authoring";
import { AREA_TEXT_MAX, AREAS_MAX, REPORT_MESSAGES } from "@/lib/domain/report-authoring";
import { AreaForm } from "./authoring-area-form";
import { AuthoringTextArea, limitHint } from "./authoring-fields";
import { problemsOf } from "./authoring-use-versioned-form";

type Ids = { partnershipId: string; assessmentId: string };

/** The summary's areas for development, in order, each with its own form, and adding another. */
export function AreaList({ partnershipId, assessmentId, areas }: Ids & { areas: SummaryArea[] }) {
  const [removed, setRemoved] = useState<string | null>(null);
  return (
    <div className="space-y-8">
      {removed !== null ? (
        <Notice title="Area for development removed" tone="success">
          <p className="whitespace-pre-line">{removed}</p>
        </Notice>
      ) : null}
      {areas.length === 0 ? (
        <p>There are no areas for development yet.</p>
      ) : (
        <ol className="space-y-8">
          {areas.map((area) => (
            <li key={area.id} className="border-l-4 border-[#b1b4b6] pl-4">
              <AreaForm
                partnershipId={partnershipId}
                assessmentId={assessmentId}
                area={area}
                onRemoved={setRemoved}
              />
            </li>
          ))}
        </ol>
      )}
      {areas.length >= AREAS_MAX ? (
        <p>{REPORT_MESSAGES.areasFull}</p>
      ) : (
        <AddAreaForm partnershipId={partnershipId} assessmentId={assessmentId} />
      )}
    </div>
  );
}

function AddAreaForm({ partnershipId, assessmentId }: Ids) {
  const form = useFormAction(addDevelopmentArea);
  const id = "new-area";
  const summary = problemsOf(form.failure, { text: id });
  return (
    <form
      key={form.attempt}
      action={form.formAction}
      noValidate
      className="space-y-4 border-t-2 border-[#b1b4b6] pt-6"
    >
      <h3 id="new-area-heading" className="text-xl font-bold">
        Add an area for development
      </h3>
      {form.success ? <Notice title="Area for development added" tone="success" /> : null}
      <FormProblems idPrefix={id} message={summary.message} problems={summary.problems} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <AuthoringTextArea
        id={id}
        name="text"
        label="New area for development"
        hint={`One thing the partnership should improve, in a sentence or two. ${limitHint(AREA_TEXT_MAX)}`}
        rows={3}
        maxLength={AREA_TEXT_MAX}
        defaultValue={form.failure ? (form.value("text") ?? "") : ""}
        errors={form.failure?.fieldErrors?.text}
      />
      <SubmitButton pendingText="Adding…">Add area for development</SubmitButton>
    </form>
  );
}
