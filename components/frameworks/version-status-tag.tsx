import type { VersionStatus } from "@/lib/data/frameworks";

const STYLES: Record<VersionStatus, string> = {
  DRAFT: "bg-[#d2e2f1] text-[#0c2d4a]",
  PUBLISHED: "bg-[#cce2d8] text-[#005a30]",
};

export const VERSION_STATUS_LABELS: Record<VersionStatus, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Published",
};

/** Draft or Published, in words; the colour only supports them. */
export function VersionStatusTag({ status }: { status: VersionStatus }) {
  return (
    <strong className={`inline-block px-2 py-0.5 font-bold ${STYLES[status]}`}>
      {VERSION_STATUS_LABELS[status]}
    </strong>
  );
}
