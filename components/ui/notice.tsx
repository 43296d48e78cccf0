import type { ReactNode } from "react";

/** GOV.UK notification banner: "important" (blue) or "success" (green), with a heading. */
export function Notice({
  title,
  children,
  tone = "important",
}: {
  title: string;
  children?: ReactNode;
  tone?: "important" | "success";
}) {
  const colour = tone === "success" ? "border-[#00703c]" : "border-brand";
  return (
    <div
      role={tone === "success" ? "status" : "region"}
      aria-label={title}
      className={`mb-6 border-4 ${colour} bg-white`}
    >
      <p
        className={`px-4 py-1 font-bold text-white ${tone === "success" ? "bg-[#00703c]" : "bg-brand"}`}
      >
        {title}
      </p>
      {children ? <div className="space-y-2 p-4">{children}</div> : null}
    </div>
  );
}
