import Link from "next/link";

/**
 * The offline form links for one organisation's return page: the blank questionnaire as Word
 * (for drafting and sign-off) and Excel (to fill in and upload), and the upload page.
 */
export function OfflineForms({
  partnershipId,
  assessmentId,
  participantId,
  organisationName,
  showUpload = true,
}: {
  partnershipId: string;
  assessmentId: string;
  participantId: string;
  organisationName: string;
  /** False on the upload page itself. */
  showUpload?: boolean;
}) {
  const base = `/partnerships/${partnershipId}/assessments/${assessmentId}/returns/${participantId}`;
  return (
    <section aria-labelledby="offline-forms" className="max-w-3xl space-y-3">
      <h2 id="offline-forms" className="text-2xl font-bold">
        Offline forms
      </h2>
      <p>
        For organisations that draft their answers away from Six Steps: download the blank
        questionnaire with {organisationName}&apos;s questions and deadline.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <a href={`${base}/questionnaire.docx`} className="text-brand underline" download>
            Download the questionnaire as a Word document
          </a>{" "}
          (for drafting and sign-off)
        </li>
        <li>
          <a href={`${base}/questionnaire.xlsx`} className="text-brand underline" download>
            Download the questionnaire as an Excel spreadsheet
          </a>{" "}
          (to fill in and upload)
        </li>
      </ul>
      {showUpload ? (
        <p>
          <Link href={`${base}/upload`} className="text-brand underline">
            Upload a completed Excel questionnaire
          </Link>
        </p>
      ) : null}
    </section>
  );
}
