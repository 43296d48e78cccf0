import Link from "next/link";
import { cell, DataTable } from "@/components/ui/data-table";
import type { EvidenceLibraryItem } from "@/lib/data/evidence";
import { NATURE_LABELS } from "@/lib/domain/evidence-kinds";
import { fileTypeLabel, formatFileSize } from "@/lib/domain/uploads";
import { describeRemoval, formatEvidenceDate } from "./format";

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function EvidenceCell({ item, base }: { item: EvidenceLibraryItem; base: string }) {
  return (
    <div className="space-y-1">
      {item.removed ? (
        <>
          <p className="font-bold">{item.title}</p>
          <p>
            <strong className="inline-block bg-[#f3f2f1] px-2 py-0.5 font-bold text-[#383f43]">
              File removed
            </strong>
          </p>
          <p>{describeRemoval(item.removed)}</p>
          {item.file ? (
            <p className="text-muted">
              Was {item.file.fileName} ({fileTypeLabel(item.file.mimeType)},{" "}
              {formatFileSize(item.file.sizeBytes)})
            </p>
          ) : null}
        </>
      ) : item.kind === "LINK" && item.url ? (
        <>
          <a href={item.url} rel="noopener noreferrer" className="font-bold text-brand underline">
            {item.title}
            <span className="sr-only"> (link to {host(item.url)})</span>
          </a>
          <p className="text-muted" aria-hidden="true">
            Link to {host(item.url)}
          </p>
        </>
      ) : item.file ? (
        <>
          <a href={`${base}/${item.id}/file`} download className="font-bold text-brand underline">
            {item.title}
            <span className="sr-only">
              {" "}
              (download {fileTypeLabel(item.file.mimeType)}, {formatFileSize(item.file.sizeBytes)})
            </span>
          </a>
          <p className="text-muted" aria-hidden="true">
            {item.file.fileName}: {fileTypeLabel(item.file.mimeType)},{" "}
            {formatFileSize(item.file.sizeBytes)}
          </p>
        </>
      ) : (
        <p className="font-bold">{item.title}</p>
      )}
      {item.description ? <p className="text-muted">{item.description}</p> : null}
    </div>
  );
}

/** The partnership's evidence library: what each item is, who added it, how often it is cited. */
export function EvidenceTable({
  partnershipId,
  items,
  canRemove,
}: {
  partnershipId: string;
  items: EvidenceLibraryItem[];
  canRemove: boolean;
}) {
  const base = `/partnerships/${partnershipId}/evidence`;
  return (
    <DataTable
      caption={`Evidence in the library (${items.length})`}
      headings={[
        "Evidence",
        "Shows",
        "Date",
        "Added by",
        "Cited by",
        ...(canRemove ? ["Action"] : []),
      ]}
    >
      {items.map((item) => (
        <tr key={item.id}>
          <td className={cell}>
            <EvidenceCell item={item} base={base} />
          </td>
          <td className={cell}>{NATURE_LABELS[item.nature]}</td>
          <td className={`${cell} whitespace-nowrap`}>{formatEvidenceDate(item.evidenceDate)}</td>
          <td className={cell}>
            {item.addedBy ?? "Unknown"}
            {item.organisation ? (
              <span className="block text-muted">{item.organisation}</span>
            ) : null}
          </td>
          <td className={`${cell} whitespace-nowrap`}>
            {item.citedBy === 1 ? "1 response" : `${item.citedBy} responses`}
          </td>
          {canRemove ? (
            <td className={cell}>
              {item.kind === "DOCUMENT" && item.file && !item.removed ? (
                <Link href={`${base}/${item.id}/remove`} className="text-brand underline">
                  Remove file<span className="sr-only"> {item.title}</span>
                </Link>
              ) : null}
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
