import Link from "next/link";
import { formatDate } from "@/components/members/format";
import { cell, DataTable } from "@/components/ui/data-table";
import type { LibraryFramework } from "@/lib/data/frameworks";
import { VersionStatusTag } from "./version-status-tag";

const link = "text-brand underline";

/** One framework of the library: its attribution and a table of its versions with what to do. */
export function FrameworkLibraryEntry({
  partnershipId,
  framework,
  canManage,
}: {
  partnershipId: string;
  framework: LibraryFramework;
  canManage: boolean;
}) {
  const base = `/partnerships/${partnershipId}/frameworks`;
  const latest = framework.versions.findLast((v) => v.status === "PUBLISHED");
  const headingId = `framework-${framework.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="space-y-1">
        <p className="text-lg text-muted">
          {framework.isOriginal
            ? "The original framework (read-only)"
            : "Adapted by your partnership"}
        </p>
        <h2 id={headingId} className="text-3xl font-bold">
          {framework.title}
        </h2>
        <p className="max-w-3xl border-l-4 border-[#b1b4b6] pl-4 text-muted">
          {framework.attribution}
        </p>
      </div>
      {framework.isOriginal && latest ? (
        <ul className="flex flex-wrap gap-6 text-lg">
          <li>
            <Link href={`${base}/${latest.id}`} className={link}>
              View<span className="sr-only"> the original framework</span>
            </Link>
          </li>
          {canManage ? (
            <li>
              <Link href={`${base}/adapt?from=${latest.id}`} className={link}>
                Adapt this framework
              </Link>
            </li>
          ) : null}
          <li>
            <a href={`${base}/${latest.id}/export`} className={link} download>
              Download as a file<span className="sr-only"> (the original framework, JSON)</span>
            </a>
          </li>
        </ul>
      ) : null}
      <DataTable
        caption={`Versions of ${framework.title}`}
        captionHidden
        headings={[
          "Version",
          "Status",
          "Published",
          "Steps",
          "Questions",
          "Assessments",
          "Actions",
        ]}
      >
        {framework.versions.map((version) => {
          const name = `${framework.title}, version ${version.version}`;
          return (
            <tr key={version.id}>
              <td className={cell}>
                <Link href={`${base}/${version.id}`} className={`${link} font-bold`}>
                  {version.label}
                  <span className="sr-only"> ({name})</span>
                </Link>
                {version.basedOn ? (
                  <span className="block text-muted">
                    Based on {version.basedOn.frameworkTitle}: {version.basedOn.label}
                  </span>
                ) : null}
              </td>
              <td className={cell}>
                <VersionStatusTag status={version.status} />
              </td>
              <td className={cell}>
                {version.publishedAt ? formatDate(new Date(version.publishedAt)) : "Not yet"}
              </td>
              <td className={`${cell} tabular-nums`}>{version.steps}</td>
              <td className={`${cell} tabular-nums`}>{version.questions}</td>
              <td className={`${cell} tabular-nums`}>{version.assessments}</td>
              <td className={cell}>
                <ul className="space-y-1">
                  {canManage && version.status === "DRAFT" ? (
                    <li>
                      <Link href={`${base}/${version.id}/edit`} className={link}>
                        Edit<span className="sr-only"> the draft of {name}</span>
                      </Link>
                    </li>
                  ) : null}
                  {canManage &&
                  version.status === "PUBLISHED" &&
                  !framework.isOriginal &&
                  !framework.hasDraft ? (
                    <li>
                      <Link href={`${base}/${version.id}#new-draft`} className={link}>
                        Start a new draft<span className="sr-only"> from {name}</span>
                      </Link>
                    </li>
                  ) : null}
                  {version.basedOn ? (
                    <li>
                      <Link
                        href={`${base}/compare?from=${version.basedOn.id}&to=${version.id}`}
                        className={link}
                      >
                        Compare with the version it was based on
                        <span className="sr-only"> ({name})</span>
                      </Link>
                    </li>
                  ) : null}
                  <li>
                    <a href={`${base}/${version.id}/export`} className={link} download>
                      Download<span className="sr-only"> {name} as a file</span>
                    </a>
                  </li>
                </ul>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
