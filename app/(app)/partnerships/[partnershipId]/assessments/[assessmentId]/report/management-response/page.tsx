import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportPageHeader } from "@/components/report/authoring-report-header";
import { AreaResponse } from "@/components/report/authoring-response-area";
import { requirePageAccess } from "@/lib/authz/guard";
import { getManagementResponseView } from "@/lib/data/report-authoring-partners";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Management response" };

/**
 * The statutory partners' management response to each area for development in the report, and
 * the actions raised from each.
 */
export default async function ManagementResponsePage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
}) {
  const { partnershipId, assessmentId } = await params;
  if (!isUuid(assessmentId)) notFound();
  await requirePageAccess(partnershipId, "report.view");
  const view = await getManagementResponseView(partnershipId, assessmentId);
  const here = `/partnerships/${partnershipId}/assessments/${assessmentId}/report/management-response`;
  const raiseHref = (areaId: string, number: number) =>
    `/partnerships/${partnershipId}/actions/new?${new URLSearchParams({
      developmentAreaId: areaId,
      returnTo: `${here}#area-${number}-heading`,
    })}`;
  return (
    <>
      <ReportPageHeader partnershipId={partnershipId} assessment={view.assessment}>
        Management response
      </ReportPageHeader>
      <p className="mb-10 max-w-3xl text-lg">
        {view.viewer.canRespond
          ? "Record the statutory partners' response to each area for development the scrutineers found, and raise the actions that will carry it out."
          : "The statutory partners' response to each area for development the scrutineers found, and the actions raised from it. The statutory partners (their agency respondents, or the business manager for them) record the response."}
      </p>
      {view.areas.length === 0 ? (
        <p className="max-w-3xl">The scrutineers have not written any areas for development yet.</p>
      ) : (
        <div className="max-w-3xl space-y-14">
          {view.areas.map((area) => (
            <AreaResponse
              key={area.id}
              partnershipId={partnershipId}
              assessmentId={assessmentId}
              area={area}
              canRespond={view.viewer.canRespond}
              raiseHref={view.viewer.canRaiseAction ? raiseHref(area.id, area.number) : null}
            />
          ))}
        </div>
      )}
    </>
  );
}
