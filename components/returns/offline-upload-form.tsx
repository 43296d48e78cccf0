"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { previewReturnImport } from "@/lib/actions/returns/preview-return-import";

type Ids = { partnershipId: string; assessmentId: string; participantId: string };

/**
 * Upload a completed Excel questionnaire. A file with problems is refused with every problem
 * listed by row beside the field; a good file opens its preview. Nothing is saved either way.
 */
export function OfflineUploadForm({ ids, uploadHref }: { ids: Ids; uploadHref: string }) {
  const router = useRouter();
  const form = useFormAction(previewReturnImport);
  useEffect(() => {
    if (form.success) router.push(`${uploadHref}?import=${form.success.data.importId}`);
  }, [form.success, router, uploadHref]);

  const problems = form.failure?.fieldErrors?.file ?? [];
  const invalid = problems.length > 0;
  const byRow = problems.length > 1 || problems.some((p) => p.startsWith("Row "));
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-3xl space-y-8">
      <ErrorSummary
        message={form.failure?.message}
        fieldErrors={
          invalid ? { file: byRow ? [form.failure?.message ?? ""] : problems } : undefined
        }
        labels={{ file: "Completed questionnaire" }}
      />
      <input type="hidden" name="partnershipId" value={ids.partnershipId} />
      <input type="hidden" name="assessmentId" value={ids.assessmentId} />
      <input type="hidden" name="participantId" value={ids.participantId} />
      <div className={`space-y-1 ${invalid ? "border-l-4 border-[#d4351c] pl-4" : ""}`}>
        <label htmlFor="file" className="block text-lg font-bold">
          Completed questionnaire
        </label>
        <div id="file-hint" className="text-muted">
          The Excel questionnaire downloaded for this organisation, filled in: an .xlsx file smaller
          than 2 MB.
        </div>
        {invalid ? (
          <div id="file-error" className="font-bold text-[#d4351c]">
            <span className="sr-only">Error: </span>
            {byRow ? (
              <>
                <p>Correct these problems and upload the file again:</p>
                <ul className="mt-2 list-disc space-y-1 pl-6">
                  {problems.map((problem, index) => (
                    <li key={`${index}-${problem}`}>{problem}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{problems[0]}</p>
            )}
          </div>
        ) : null}
        <input
          id="file"
          name="file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={invalid ? "file-hint file-error" : "file-hint"}
          aria-invalid={invalid || undefined}
          className="block text-lg file:mr-4 file:border-2 file:border-ink file:bg-white file:px-3 file:py-1"
        />
      </div>
      <SubmitButton pendingText="Checking the file…">Upload and check the file</SubmitButton>
    </form>
  );
}
