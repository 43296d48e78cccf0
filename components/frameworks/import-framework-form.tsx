"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { SubmitButton } from "@/components/ui/button";
import type { StartedDraft } from "@/lib/actions/frameworks/adapt-framework";
import { importFramework } from "@/lib/actions/frameworks/import-framework";
import type { ActionResult } from "@/lib/actions/safe-action";
import { IMPORT_MESSAGES } from "@/lib/domain/framework-editor";
import { MAX_FRAMEWORK_FILE_BYTES } from "@/lib/domain/framework-versions";

type Submitted = { result: ActionResult<StartedDraft>; attempt: number };

/**
 * Uploads a framework file. When it is refused, every problem in the file is listed (GOV.UK error
 * summary, each item linking to the file input) and nothing is created.
 */
export function ImportFrameworkForm({ partnershipId }: { partnershipId: string }) {
  const router = useRouter();
  const summary = useRef<HTMLDivElement>(null);
  const [state, formAction] = useActionState(
    async (previous: Submitted | null, form: FormData): Promise<Submitted> => {
      const attempt = (previous?.attempt ?? 0) + 1;
      const file = form.get("file");
      // Checked here too so a large file is not sent at all; the server checks again.
      if (file instanceof File && file.size > MAX_FRAMEWORK_FILE_BYTES)
        return {
          result: {
            ok: false,
            message: IMPORT_MESSAGES.refused,
            fieldErrors: { file: [IMPORT_MESSAGES.tooLarge] },
          },
          attempt,
        };
      const result: ActionResult<StartedDraft> = await importFramework(null, form).catch(() => ({
        ok: false as const,
        message:
          "The file could not be imported: the service could not be reached. Check your connection and try again.",
      }));
      return { result, attempt };
    },
    null,
  );
  const failure = state && !state.result.ok ? state.result : null;
  const problems = failure?.fieldErrors?.file ?? [];
  useEffect(() => {
    if (failure) summary.current?.focus();
  }, [failure]);
  useEffect(() => {
    if (state?.result.ok)
      router.push(`/partnerships/${partnershipId}/frameworks/${state.result.data.versionId}/edit`);
  }, [state, partnershipId, router]);

  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="max-w-2xl space-y-6">
      {failure ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby="error-summary-title"
          className="mb-8 border-4 border-[#d4351c] p-4"
        >
          <h2 id="error-summary-title" className="text-2xl font-bold">
            There is a problem
          </h2>
          <p className="mt-2 font-bold">{failure.message}</p>
          {problems.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {problems.map((problem) => (
                <li key={problem}>
                  <a href="#file" className="font-bold text-rag-red underline">
                    {problem}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <div className={`space-y-1 ${failure ? "border-l-4 border-[#d4351c] pl-4" : ""}`}>
        <label htmlFor="file" className="block text-lg font-bold">
          Framework file
        </label>
        <div id="file-hint" className="text-muted">
          A .json file exported from Six Steps, or written to the documented format, 200 KB or
          smaller.{failure ? " Select the file again." : ""}
        </div>
        {failure ? (
          <p id="file-error" className="font-bold text-rag-red">
            <span className="sr-only">Error: </span>
            {problems.length > 1
              ? `The file has ${problems.length} problems, listed above`
              : (problems[0] ?? failure.message)}
          </p>
        ) : null}
        <input
          id="file"
          name="file"
          type="file"
          accept=".json,application/json"
          aria-invalid={failure ? true : undefined}
          aria-describedby={failure ? "file-hint file-error" : "file-hint"}
          className="block text-lg file:mr-4 file:border-2 file:border-ink file:bg-white file:px-3 file:py-1"
        />
      </div>
      <SubmitButton pendingText="Importing…">Import framework</SubmitButton>
    </form>
  );
}
