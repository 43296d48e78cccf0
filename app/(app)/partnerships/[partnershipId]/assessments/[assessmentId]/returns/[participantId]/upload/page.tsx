import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OfflineConfirmForm } from "@/components/returns/offline-confirm-form";
import { OfflineForms } from "@/components/returns/offline-forms";
import { OfflineImportPreview } from "@/components/returns/offline-import-preview";
import { OfflineUploadForm } from "@/components/returns/offline-upload-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { getReturnUpload } from "@/lib/data/return-import";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Upload a completed questionnaire" };

type Params = { partnershipId: string; assessmentId: string; participantId: string };

export default async function ReturnUploadPage({
  params,
  searchParams,
}: {
  params: Promise<Params>;
  searchParams: Promise<{ import?: string; imported?: string }>;
}) {
  const ids = await params;
  const query = await searchParams;
  if (!isUuid(ids.assessmentId) || !isUuid(ids.participantId)) notFound();
  const importId = query.import && isUuid(query.import) ? query.import : null;
  const view = await getReturnUpload(
    ids.partnershipId,
    ids.assessmentId,
    ids.participantId,
    importId,
  );
  const base = `/partnerships/${ids.partnershipId}/assessments/${ids.assessmentId}`;
  const uploadHref = `${base}/returns/${ids.participantId}/upload`;
  const imported = view.importedCount ?? Number(query.imported);
  return (
    <>
      <p className="mb-4">
        <Link
          href={view.onBehalf ? `${base}/returns/${ids.participantId}` : base}
          className="text-brand underline"
        >
          {view.onBehalf ? `Back to ${view.organisationName}'s return` : "Back to the assessment"}
        </Link>
      </p>
      <PageHeading caption={`${view.assessmentTitle}: ${view.organisationName}`}>
        {view.preview ? "Check what the file will change" : "Upload a completed questionnaire"}
      </PageHeading>
      {Number.isInteger(imported) && imported > 0 && !view.preview ? (
        <Notice title="Success" tone="success">
          <p>
            {imported} {imported === 1 ? "answer was" : "answers were"} imported into{" "}
            {view.organisationName}&apos;s return.
          </p>
        </Notice>
      ) : null}
      {view.blockedReason ? (
        <Notice title="Nothing can be imported">
          <p>{view.blockedReason}</p>
        </Notice>
      ) : view.preview ? (
        <div className="space-y-8">
          <p className="max-w-3xl">
            {view.preview.fileName} has been checked and nothing is wrong with it. Nothing has been
            saved yet: these answers change only when you confirm the import.
            {view.onBehalf
              ? ` They will be recorded as entered on ${view.organisationName}'s behalf.`
              : ""}
          </p>
          <OfflineImportPreview changes={view.preview.changes} />
          <p className="max-w-3xl">
            Evidence files are not part of the spreadsheet: cite them on each answer in Six Steps.
          </p>
          <OfflineConfirmForm ids={ids} importId={view.preview.importId} uploadHref={uploadHref} />
        </div>
      ) : (
        <div className="space-y-10">
          <p className="max-w-3xl">
            Upload the Excel questionnaire for {view.organisationName} once it is filled in. It is
            checked first: you will see every problem, by row, or what it will change before
            anything is saved.
          </p>
          <OfflineUploadForm ids={ids} uploadHref={uploadHref} />
          <OfflineForms {...ids} organisationName={view.organisationName} showUpload={false} />
        </div>
      )}
    </>
  );
}
