import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";

/** A back link and the page's heading, captioned with the cycle and "Yearly report". */
export function SectionHeader({
  back,
  cycleName,
  children,
}: {
  back: { href: string; label: string };
  cycleName: string;
  children: ReactNode;
}) {
  return (
    <>
      <p className="mb-4">
        <Link href={back.href} className="text-brand underline">
          {back.label}
        </Link>
      </p>
      <PageHeading caption={`${cycleName} · Yearly report · Scrutiny section`}>
        {children}
      </PageHeading>
    </>
  );
}

export const yearlyBase = (partnershipId: string) => `/partnerships/${partnershipId}/yearly-report`;
