"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { removeEvidenceFile } from "@/lib/actions/evidence/remove-evidence-file";
import type { ActionResult } from "@/lib/actions/safe-action";

type Submitted = { result: ActionResult<{ id: string }>; reason: string };

/**
 * The confirmation step of removing a file uploaded in error: a reason is required, and the
 * tombstone (who, when, why) stays in the library.
 */
export function RemoveEvidenceForm({
  partnershipId,
  evidence,
}: {
  partnershipId: string;
  evidence: { id: string; title: string; fileName: string };
}) {
  const router = useRouter();
  const libraryUrl = `/partnerships/${partnershipId}/evidence`;
  // Navigate from inside the action, so the refreshed page is never shown with a stale form.
  const [state, formAction] = useActionState(
    async (_previous: Submitted | null, form: FormData): Promise<Submitted> => {
      const result = await removeEvidenceFile(null, form);
      if (result.ok) router.push(`${libraryUrl}?removed=${encodeURIComponent(evidence.id)}`);
      const reason = form.get("reason");
      return { result, reason: typeof reason === "string" ? reason : "" };
    },
    null,
  );
  const failure = state && !state.result.ok ? state.result : null;
  const errors = failure?.fieldErrors?.reason;
  const invalid = Boolean(errors?.length);

  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary message={failure?.message} fieldErrors={failure?.fieldErrors} />
      <div className="flex items-start gap-4">
        <span
          aria-hidden="true"
          className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-ink text-2xl font-bold text-white"
        >
          !
        </span>
        <p className="text-lg font-bold">
          <span className="sr-only">Warning: </span>
          The file {evidence.fileName} will be deleted straight away and cannot be downloaded again.
          Its title, file name, and who removed it, when and why, stay in the evidence library.
          Answers that cite it keep the citation.
        </p>
      </div>
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="evidenceId" value={evidence.id} />
      <div className={`space-y-1 ${invalid ? "border-l-4 border-[#d4351c] pl-4" : ""}`}>
        <label htmlFor="reason" className="block text-lg font-bold">
          Why are you removing this file?
        </label>
        <div id="reason-hint" className="text-muted">
          Members can read the reason. Do not repeat anything that identifies a child.
        </div>
        {invalid ? (
          <p id="reason-error" className="font-bold text-rag-red">
            <span className="sr-only">Error: </span>
            {errors?.join(". ")}
          </p>
        ) : null}
        <textarea
          id="reason"
          name="reason"
          rows={3}
          maxLength={500}
          defaultValue={state?.reason}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "reason-hint reason-error" : "reason-hint"}
          className={`block w-full border-2 ${invalid ? "border-[#d4351c]" : "border-ink"} bg-white px-2 py-1.5 text-lg`}
        />
      </div>
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton variant="warning" pendingText="Removing…">
          Remove the file
        </SubmitButton>
        <Link href={libraryUrl} className="text-brand underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
