"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { publishFrameworkVersion } from "@/lib/actions/frameworks/publish-framework-version";
import { startDraft } from "@/lib/actions/frameworks/start-draft";

/** "Start a new draft from this version": copies it and opens the copy in the editor. */
export function StartDraftButton({
  partnershipId,
  versionId,
  label,
}: {
  partnershipId: string;
  versionId: string;
  label: string;
}) {
  const router = useRouter();
  const form = useFormAction(startDraft);
  useEffect(() => {
    if (form.success)
      router.push(`/partnerships/${partnershipId}/frameworks/${form.success.data.versionId}/edit`);
  }, [form.success, partnershipId, router]);
  return (
    <form action={form.formAction} noValidate className="space-y-4">
      <ErrorSummary message={form.failure?.message} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="versionId" value={versionId} />
      <SubmitButton variant="secondary" pendingText="Starting a draft…">
        {label}
      </SubmitButton>
    </form>
  );
}

/** Publishes a draft; its page then shows it read-only, with a note that it was published. */
export function PublishVersionButton({
  partnershipId,
  versionId,
  version,
}: {
  partnershipId: string;
  versionId: string;
  version: number;
}) {
  const router = useRouter();
  const form = useFormAction(publishFrameworkVersion);
  useEffect(() => {
    if (form.success)
      router.push(`/partnerships/${partnershipId}/frameworks/${versionId}?published=1`);
  }, [form.success, partnershipId, versionId, router]);
  return (
    <form action={form.formAction} noValidate className="space-y-4">
      <ErrorSummary message={form.failure?.message} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="versionId" value={versionId} />
      <SubmitButton pendingText="Publishing…">Publish version {version}</SubmitButton>
    </form>
  );
}
