import "server-only";
import { db } from "@/lib/db";
import { SIX_STEPS_FRAMEWORK } from "@/lib/framework/six-steps";

export type FrameworkVersionDto = {
  id: string;
  title: string;
  label: string;
  citation: string;
  isAdapted: boolean;
  rag: { green: string; amber: string; red: string };
  steps: Array<{
    id: string;
    number: number;
    title: string;
    questions: Array<{ id: string; code: string; text: string }>;
  }>;
};

/** The published original Six Steps. Public text: no partnership data, so no access check. */
export async function getOriginalFramework(): Promise<FrameworkVersionDto | null> {
  const version = await db().frameworkVersion.findFirst({
    where: { framework: { key: SIX_STEPS_FRAMEWORK.key }, status: "PUBLISHED" },
    orderBy: { version: "desc" },
    select: {
      id: true,
      label: true,
      citation: true,
      isAdapted: true,
      ragGreen: true,
      ragAmber: true,
      ragRed: true,
      framework: { select: { title: true } },
      steps: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          number: true,
          title: true,
          questions: {
            orderBy: { position: "asc" },
            select: { id: true, code: true, text: true },
          },
        },
      },
    },
  });
  if (!version) return null;
  return {
    id: version.id,
    title: version.framework.title,
    label: version.label,
    citation: version.citation,
    isAdapted: version.isAdapted,
    rag: { green: version.ragGreen, amber: version.ragAmber, red: version.ragRed },
    steps: version.steps,
  };
}
