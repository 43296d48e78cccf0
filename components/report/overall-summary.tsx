import type { ScrutinyReport } from "@/lib/data/report";
import { formatOn } from "./format";

/**
 * The scrutineers' overall summary: the strengths, and each area for development with the
 * statutory partners' management response (or that there is none yet).
 */
export function OverallSummary({ summary }: { summary: ScrutinyReport["summary"] }) {
  return (
    <>
      <div className="max-w-3xl space-y-2">
        <h3 className="text-2xl font-bold">Strengths</h3>
        {summary.strengths ? (
          <p className="whitespace-pre-line">{summary.strengths}</p>
        ) : (
          <p className="text-muted">The scrutineers have not written the strengths yet.</p>
        )}
      </div>
      <div className="max-w-3xl space-y-4">
        <h3 className="text-2xl font-bold">Areas for development</h3>
        {summary.developmentAreas.length === 0 ? (
          <p className="text-muted">
            The scrutineers have not named any areas for development yet.
          </p>
        ) : (
          <ol className="list-decimal space-y-6 pl-6">
            {summary.developmentAreas.map((area) => (
              <li key={area.id} className="space-y-2 print:break-inside-avoid">
                <p className="whitespace-pre-line font-bold">{area.text}</p>
                <div className="border-l-4 border-[#b1b4b6] pl-4">
                  <p className="font-bold">Management response</p>
                  {area.managementResponse ? (
                    <>
                      <p className="whitespace-pre-line">{area.managementResponse}</p>
                      {area.respondedAt ? (
                        <p className="text-muted">
                          Recorded{area.respondedByName ? ` by ${area.respondedByName}` : ""} on{" "}
                          {formatOn(area.respondedAt)}
                        </p>
                      ) : null}
                    </>
                  ) : (
                    <p className="text-muted">No management response yet</p>
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}
