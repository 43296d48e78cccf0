import Link from "next/link";
import type { ReactNode } from "react";
import { requirePageAccess } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { isUuid } from "@/lib/validation";
import { notFound } from "next/navigation";

export default async function PartnershipLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ partnershipId: string }>;
}) {
  const { partnershipId } = await params;
  if (!isUuid(partnershipId)) notFound();
  const { membership } = await requirePageAccess(partnershipId, "partnership.view");
  const base = `/partnerships/${partnershipId}`;
  const links = [
    { href: base, label: "Overview", show: true },
    { href: `${base}/assessments`, label: "Assessments", show: true },
    { href: `${base}/actions`, label: "Actions", show: can(membership.role, "action.view") },
    {
      href: `${base}/case-reviews`,
      label: "Case reviews",
      show: can(membership.role, "caseReview.view"),
    },
    { href: `${base}/evidence`, label: "Evidence", show: true },
    {
      href: `${base}/frameworks`,
      label: "Frameworks",
      show: can(membership.role, "framework.view"),
    },
    {
      href: `${base}/arrangements`,
      label: "Scrutiny arrangements",
      show: can(membership.role, "arrangements.view"),
    },
    { href: `${base}/profile`, label: "Profile", show: can(membership.role, "arrangements.view") },
    {
      href: `${base}/yearly-report`,
      label: "Yearly report",
      show: can(membership.role, "yearly-report.view"),
    },
    { href: `${base}/members`, label: "Members", show: can(membership.role, "members.view") },
    {
      href: `${base}/access-log`,
      label: "Access log",
      show: can(membership.role, "accessLog.view"),
    },
  ].filter((link) => link.show);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-[#b1b4b6] pb-2 print:hidden">
        <p className="text-lg font-bold">{membership.partnershipName}</p>
        <Link href="/home" className="text-brand underline">
          Switch partnership
        </Link>
      </div>
      <nav aria-label="Partnership" className="print:hidden">
        <ul className="flex flex-wrap gap-6">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="text-brand underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div>{children}</div>
    </div>
  );
}
