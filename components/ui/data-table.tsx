import type { ReactNode } from "react";

/** Class for every header and data cell, so all tables read alike. */
export const cell = "border-b border-[#b1b4b6] px-2 py-3 text-left align-top";

/**
 * A GOV.UK-style table in a focusable, labelled region, so keyboard users can scroll a wide table
 * on a small screen. The caption is visible unless `captionHidden`; `children` are the body rows.
 */
export function DataTable({
  caption,
  captionHidden = false,
  headings,
  children,
}: {
  caption: string;
  captionHidden?: boolean;
  headings: string[];
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="overflow-x-auto print:overflow-visible"
    >
      <table className="w-full border-collapse bg-white">
        <caption className={captionHidden ? "sr-only" : "mb-2 text-left text-2xl font-bold"}>
          {caption}
        </caption>
        <thead>
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col" className={`${cell} font-bold`}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
