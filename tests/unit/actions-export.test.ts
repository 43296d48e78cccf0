import ExcelJS from "exceljs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TrackerTable } from "../../components/actions/tracker-table";
import {
  parseTrackerFilters,
  TRACKER_COLUMNS,
  TRACKER_HEADINGS,
  trackerRowCells,
  type TrackerRow,
} from "../../lib/domain/action-filters";
import {
  ACTIONS_SHEET_NAME,
  actionsCsv,
  actionsFileName,
  actionsXlsx,
  EXPORT_CONTENT_TYPES,
} from "../../lib/export/actions-export";

const FORMULA = "=cmd|' /C calc'!A0";

const rows: TrackerRow[] = [
  {
    id: "1",
    description: FORMULA,
    ownerOrganisationId: "o1",
    ownerOrganisation: "Police",
    ownerUserId: null,
    owner: "+Sam, Jones",
    dueOn: "2027-03-31",
    status: "AT_RISK",
    displayStatus: "OVERDUE",
    priority: "HIGH",
    sourceType: "AUDIT_FINDING",
    source: "Audit finding: @SUM(1)",
    questionCodes: ["1.2", "3.4"],
    cycle: "2026–27",
    createdAt: "2026-05-01T09:00:00.000Z",
  },
  {
    id: "2",
    description: "Agree the neglect strategy",
    ownerOrganisationId: "o2",
    ownerOrganisation: "County Council",
    ownerUserId: "u1",
    owner: "Ann Lee",
    dueOn: "2027-01-05",
    status: "COMPLETE",
    displayStatus: "COMPLETE",
    priority: "LOW",
    sourceType: "OTHER",
    source: "Other",
    questionCodes: [],
    cycle: null,
    createdAt: "2026-05-02T09:00:00.000Z",
  },
];

describe("actionsCsv", () => {
  const csv = actionsCsv(rows);
  const lines = csv.split("\r\n");

  it("starts with a byte-order mark and the page's column headings", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines[0]).toBe(`\uFEFF${TRACKER_HEADINGS.join(",")}`);
  });

  it("writes each row in the page's words, with formulas made harmless", () => {
    expect(lines[1]).toBe(
      `'=cmd|' /C calc'!A0,Police,"'+Sam, Jones",31 Mar 2027,Overdue,High,Audit finding: @SUM(1),"1.2, 3.4",2026–27`,
    );
    expect(lines[2]).toBe(
      "Agree the neglect strategy,County Council,Ann Lee,5 Jan 2027,Complete,Low,Other,,",
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
  });
});

describe("actionsXlsx", () => {
  async function readBack() {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await actionsXlsx(rows)) as unknown as Parameters<typeof workbook.xlsx.load>[0],
    );
    const sheet = workbook.getWorksheet(ACTIONS_SHEET_NAME);
    if (!sheet) throw new Error("no Actions sheet");
    return { workbook, sheet };
  }

  it("has one sheet, Actions, with the page's headings in a bold, frozen first row", async () => {
    const { workbook, sheet } = await readBack();
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Actions"]);
    const header = sheet.getRow(1);
    expect(TRACKER_HEADINGS.map((_, i) => header.getCell(i + 1).value)).toEqual(TRACKER_HEADINGS);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(TRACKER_COLUMNS[0]!.width);
  });

  it("keeps a formula-looking description as text: no formula, the same characters", async () => {
    const { sheet } = await readBack();
    const cell = sheet.getRow(2).getCell(1);
    expect(cell.value).toBe(FORMULA);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.numFmt).toBe("@");
  });

  it("writes every cell as a string in the page's words, dates included", async () => {
    const { sheet } = await readBack();
    const values = [2, 3].map((r) =>
      TRACKER_HEADINGS.map((_, i) => sheet.getRow(r).getCell(i + 1)),
    );
    for (const cell of values.flat()) {
      if (cell.value === null) continue;
      expect(cell.type).toBe(ExcelJS.ValueType.String);
    }
    expect(values[0]!.map((cell) => cell.value)).toEqual([
      FORMULA,
      "Police",
      "+Sam, Jones",
      "31 Mar 2027",
      "Overdue",
      "High",
      "Audit finding: @SUM(1)",
      "1.2, 3.4",
      "2026–27",
    ]);
    expect(values[1]![3]!.value).toBe("5 Jan 2027");
    expect(sheet.rowCount).toBe(3);
  });
});

describe("export files", () => {
  it("are named after the partnership and the UK date", () => {
    const now = new Date("2026-06-30T23:30:00Z"); // already 1 July in London (BST)
    expect(actionsFileName("north-shire", "csv", now)).toBe("actions-north-shire-2026-07-01.csv");
    expect(actionsFileName("north-shire", "xlsx", now)).toBe("actions-north-shire-2026-07-01.xlsx");
    expect(actionsFileName('bad"; name', "csv", now)).toBe("actions-bad-name-2026-07-01.csv");
  });

  it("have the right content types", () => {
    expect(EXPORT_CONTENT_TYPES.csv).toBe("text/csv; charset=utf-8");
    expect(EXPORT_CONTENT_TYPES.xlsx).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  });
});

/** The text of each cell of a rendered table, screen-reader-only extras left out. */
function tableText(html: string, tag: "th" | "td"): string[][] {
  const decode = (text: string) =>
    text
      .replaceAll("&#x27;", "'")
      .replaceAll("&quot;", '"')
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&");
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)]
    .map((row) =>
      [...row[1]!.matchAll(new RegExp(`<${tag}[^>]*>(.*?)</${tag}>`, "g"))].map((cell) =>
        decode(
          cell[1]!
            .replace(/<span class="sr-only">.*?<\/span>/g, "")
            .replace(/<span aria-hidden="true"[^>]*>.*?<\/span>/g, "")
            .replace(/<[^>]+>/g, ""),
        ),
      ),
    )
    .filter((cells) => cells.length > 0);
}

describe("the page's table and the exports", () => {
  const render = (selectable: boolean) =>
    renderToStaticMarkup(
      createElement(TrackerTable, {
        partnershipId: "p1",
        rows,
        filters: parseTrackerFilters({ sort: "priority", dir: "desc" }),
        selectable,
      }),
    );

  it("have the same column headings in the same order", () => {
    expect(tableText(render(false), "th")).toEqual([[...TRACKER_HEADINGS]]);
    // A business manager's table adds only the checkbox column, first.
    expect(tableText(render(true), "th")).toEqual([["Select", ...TRACKER_HEADINGS]]);
  });

  it("show the same words in every cell", () => {
    expect(tableText(render(false), "td")).toEqual(rows.map(trackerRowCells));
  });

  it("mark the sorted column for screen readers and link the action", () => {
    const html = render(true);
    expect(html).toMatch(/<th[^>]*aria-sort="descending"[^>]*><a[^>]*>Priority/);
    expect(html.match(/aria-sort=/g)).toHaveLength(1);
    expect(html).toContain('href="/partnerships/p1/actions/2"');
    expect(html).toContain(
      '<label for="select-2" class="sr-only">Select action: Agree the neglect strategy</label>',
    );
  });
});
