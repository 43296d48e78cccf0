import Link from "next/link";
import type { ReactNode } from "react";

/**
 * One section of the report: a level 2 heading the contents link to, kept together on paper where
 * it fits.
 */
export function ReportSection({
  id,
  title,
  children,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      tabIndex={-1}
      className="space-y-6 border-t-4 border-brand pt-6 print:break-inside-avoid"
    >
      <h2 id={`${id}-heading`} className="text-3xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A link to a page where someone writes part of the report: never printed. */
export function WriteLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="print:hidden">
      <Link href={href} className="font-bold text-brand underline">
        {children}
      </Link>
    </p>
  );
}
