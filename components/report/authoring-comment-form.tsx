"use client";

import { FormProblems } from "@/components/agreement/form-problems";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { addAccuracyComment } from "@/lib/actions/report/add-accuracy-comment";
import { COMMENT_MAX } from "@/lib/domain/report-authoring";
import { AuthoringSelect, AuthoringTextArea, limitHint } from "./authoring-fields";
import { problemsOf } from "./authoring-use-versioned-form";

const IDS = {
  organisationId: "comment-organisation",
  section: "comment-section",
  text: "comment-text",
};

/**
 * A statutory partner's factual-accuracy comment on one part of the draft report. A business
 * manager chooses which statutory partner they comment for; an agency respondent comments for
 * their own organisation.
 */
export function CommentForm({
  partnershipId,
  assessmentId,
  organisations,
  chooseOrganisation,
  sections,
}: {
  partnershipId: string;
  assessmentId: string;
  organisations: Array<{ id: string; name: string }>;
  chooseOrganisation: boolean;
  sections: Array<{ value: string; label: string }>;
}) {
  const form = useFormAction(addAccuracyComment);
  const failure = form.failure;
  const errors = failure?.fieldErrors ?? {};
  // An agency respondent's organisation is not a field of theirs: its error is the summary's message.
  const { organisationId: _chosen, ...fixed } = IDS;
  const summary = problemsOf(failure, chooseOrganisation ? IDS : fixed);
  const own = organisations[0];
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="space-y-6">
      {form.success ? (
        <Notice title="Comment added" tone="success">
          <p>The scrutineers will decide whether the report changes. Their decision shows below.</p>
        </Notice>
      ) : null}
      <FormProblems idPrefix="comment" message={summary.message} problems={summary.problems} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      {chooseOrganisation ? (
        <AuthoringSelect
          id={IDS.organisationId}
          name="organisationId"
          label="Statutory partner"
          hint="The statutory partner you are commenting for."
          options={[
            { value: "", label: "Choose a statutory partner" },
            ...organisations.map((o) => ({ value: o.id, label: o.name })),
          ]}
          defaultValue={failure ? (form.value("organisationId") ?? "") : ""}
          errors={errors.organisationId}
        />
      ) : own ? (
        <>
          <input type="hidden" name="organisationId" value={own.id} />
          <p className="text-lg">You are commenting for {own.name}.</p>
        </>
      ) : null}
      <AuthoringSelect
        id={IDS.section}
        name="section"
        label="Part of the report"
        options={[{ value: "", label: "Choose a part of the report" }, ...sections]}
        defaultValue={failure ? (form.value("section") ?? "") : ""}
        errors={errors.section}
      />
      <AuthoringTextArea
        id={IDS.text}
        name="text"
        label="Comment"
        hint={`What is factually wrong or missing, and what it should say. ${limitHint(COMMENT_MAX)}`}
        maxLength={COMMENT_MAX}
        defaultValue={failure ? (form.value("text") ?? "") : ""}
        errors={errors.text}
      />
      <SubmitButton pendingText="Adding…">Add comment</SubmitButton>
    </form>
  );
}
