"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { confirmReturnImport } from "@/lib/actions/returns/confirm-return-import";

type Ids = { partnershipId: string; assessmentId: string; participantId: string };

/** "Confirm import" writes the previewed changes; a refusal (answers changed since) is shown. */
export function OfflineConfirmForm({
  ids,
  importId,
  uploadHref,
}: {
  ids: Ids;
  importId: string;
  uploadHref: string;
}) {
  const router = useRouter();
  const form = useFormAction(confirmReturnImport);
  useEffect(() => {
    if (form.success) router.push(`${uploadHref}?imported=${form.success.data.imported}`);
  }, [form.success, router, uploadHref]);
  return (
    <form key={form.attempt} action={form.formAction} className="space-y-6">
      <ErrorSummary message={form.failure?.message} />
      <input type="hidden" name="partnershipId" value={ids.partnershipId} />
      <input type="hidden" name="assessmentId" value={ids.assessmentId} />
      <input type="hidden" name="participantId" value={ids.participantId} />
      <input type="hidden" name="importId" value={importId} />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Importing…">Confirm import</SubmitButton>
        <Link href={uploadHref} className="text-brand underline">
          Cancel and upload a different file
        </Link>
      </div>
    </form>
  );
}
