import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { YEARLY_MESSAGES } from "@/lib/domain/yearly-report-drafting";

/** What an independent scrutineer sees of a section the business manager has not shared yet. */
export function NotShared({ partnershipId }: { partnershipId: string }) {
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeading caption="Yearly report">Not shared with you yet</PageHeading>
      <p className="text-lg">{YEARLY_MESSAGES.notShared}</p>
      <p>You will be able to read it once it has been shared with you.</p>
      <p>
        <Link
          href={`/partnerships/${partnershipId}/yearly-report`}
          className="text-brand underline"
        >
          Back to the yearly reports
        </Link>
      </p>
    </div>
  );
}
