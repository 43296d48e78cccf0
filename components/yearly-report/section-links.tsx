import Link from "next/link";
import type { YearlyReportFacts } from "@/lib/data/yearly-report-facts";

const linkClass = "font-bold text-brand underline";

/** Where the section goes next: check and share, sign-off and publication, print and downloads. */
export function SectionLinks({ facts, base }: { facts: YearlyReportFacts; base: string }) {
  const { viewer } = facts;
  const started = facts.section !== null;
  const downloads = [
    { href: `${base}/export/docx`, label: "Download the section as a Word document (.docx)" },
    { href: `${base}/export/pdf`, label: "Download the section as a PDF" },
    { href: `${base}/export/ratings.csv`, label: "Download the ratings as CSV" },
    { href: `${base}/export/ratings.xlsx`, label: "Download the ratings as a spreadsheet (.xlsx)" },
    { href: `${base}/export/actions.csv`, label: "Download the actions as CSV" },
    { href: `${base}/export/actions.xlsx`, label: "Download the actions as a spreadsheet (.xlsx)" },
  ];
  return (
    <div className="max-w-3xl space-y-8">
      {started ? (
        <section aria-labelledby="next-heading" className="space-y-3">
          <h2 id="next-heading" className="text-2xl font-bold">
            Check, sign off and publish
          </h2>
          <ul className="space-y-2 text-lg">
            <li>
              <Link href={`${base}/check`} className={linkClass}>
                {viewer.canEdit
                  ? "Check the section and share it with the scrutineer"
                  : "Read the whole section"}
              </Link>
            </li>
            <li>
              <Link href={`${base}/sign-off`} className={linkClass}>
                {viewer.canSignOff
                  ? "Record the safeguarding partners' sign-off"
                  : "Sign-off by the safeguarding partners"}
              </Link>
            </li>
            <li>
              <Link href={`${base}/publication`} className={linkClass}>
                {viewer.canPublish ? "Record publication" : "Publication"}
              </Link>
            </li>
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="downloads-heading" className="space-y-3">
        <h2 id="downloads-heading" className="text-2xl font-bold">
          Print and download
        </h2>
        <ul className="space-y-2 text-lg">
          <li>
            <Link href={`${base}/print`} className={linkClass}>
              Print-friendly page
            </Link>
          </li>
          {downloads.map((item) => (
            <li key={item.href}>
              <a href={item.href} className={linkClass} download>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
