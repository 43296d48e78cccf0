"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialogue, where "Save as PDF" gives a PDF of the report. */
export function PrintButton({ children = "Print this report" }: { children?: string }) {
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {children}
    </Button>
  );
}
