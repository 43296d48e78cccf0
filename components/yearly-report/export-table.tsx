/**
 * A table of the printed section: a header row of column headings, rows that are not split across
 * pages, and text that wraps. The same headings and cells as the Word and PDF tables.
 */
export function ExportTable({
  headers,
  rows,
  caption,
}: {
  headers: ReadonlyArray<string>;
  rows: ReadonlyArray<ReadonlyArray<string>>;
  caption: string;
}) {
  return (
    <table className="w-full max-w-4xl border-collapse text-left text-base">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {headers.map((heading) => (
            <th
              key={heading}
              scope="col"
              className="border-b-2 border-[#0b0c0c] px-2 py-2 align-bottom font-bold"
            >
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index} className="break-inside-avoid">
            {row.map((cell, column) => (
              <td
                key={column}
                className="border-b border-[#b1b4b6] px-2 py-2 align-top whitespace-pre-line"
              >
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
