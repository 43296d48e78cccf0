"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { importReturnOrganisations } from "@/lib/actions/returns/import-return-organisations";
import { RETURNS_CSV_COLUMNS, RETURNS_CSV_MAX_ROWS } from "@/lib/domain/returns-csv";

/** Upload, then either every organisation is added or every problem is listed and nothing saved. */
export function ImportReturnsForm({
  partnershipId,
  assessmentId,
  gridUrl,
}: {
  partnershipId: string;
  assessmentId: string;
  gridUrl: string;
}) {
  const router = useRouter();
  const form = useFormAction(importReturnOrganisations);

  useEffect(() => {
    if (!form.success) return;
    const warning = form.success.message ? "&unsent=1" : "";
    router.push(`${gridUrl}?imported=${form.success.data.count}${warning}`);
  }, [form.success, gridUrl, router]);

  const problems = form.failure?.fieldErrors?.file ?? [];
  const byRow = problems.some((problem) => problem.startsWith("Row "));
  const summary = byRow ? [form.failure?.message ?? ""] : problems;
  const invalid = problems.length > 0;
  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-2xl space-y-8">
      <ErrorSummary
        message={form.failure?.message}
        fieldErrors={invalid ? { file: summary } : undefined}
        labels={{ file: "CSV file" }}
      />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <div className={`space-y-1 ${invalid ? "border-l-4 border-[#d4351c] pl-4" : ""}`}>
        <label htmlFor="file" className="block text-lg font-bold">
          CSV file
        </label>
        <div id="file-hint" className="text-muted">
          A CSV file of up to 200 KB and {RETURNS_CSV_MAX_ROWS} organisations, with the headings{" "}
          {RETURNS_CSV_COLUMNS.join(", ")}.
        </div>
        {invalid ? (
          <div id="file-error" className="font-bold text-[#d4351c]">
            <span className="sr-only">Error: </span>
            {!byRow ? (
              <p>{problems.join(". ")}</p>
            ) : (
              <>
                <p>{form.failure?.message} Correct these rows and upload the file again:</p>
                <ul className="mt-2 list-disc space-y-1 pl-6">
                  {problems.map((problem, index) => (
                    <li key={`${index}-${problem}`}>{problem}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ) : null}
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={invalid ? "file-hint file-error" : "file-hint"}
          aria-invalid={invalid || undefined}
          className="block text-lg file:mr-4 file:border-2 file:border-ink file:bg-white file:px-3 file:py-1"
        />
      </div>
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Checking the file…">Upload and add organisations</SubmitButton>
        <Link href={gridUrl} className="text-brand underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
