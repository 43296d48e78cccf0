import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RaiseActionForm } from "@/components/actions/raise-action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getActionFormOptions } from "@/lib/data/actions";
import { safeReturnTo } from "@/lib/domain/action-input";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Raise an action" };

type Query = Record<string, string | string[] | undefined>;

/** An optional id from the query: absent, or a single valid id (anything else is a 404). */
function idParam(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !isUuid(value)) notFound();
  return value;
}

export default async function RaiseActionPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string }>;
  searchParams: Promise<Query>;
}) {
  const { partnershipId } = await params;
  const query = await searchParams;
  await requirePageAccess(partnershipId, "action.create");
  const options = await getActionFormOptions(partnershipId, {
    assessmentId: idParam(query, "assessment"),
    questionId: idParam(query, "question"),
    responseId: idParam(query, "response"),
    recommendationId: idParam(query, "recommendation"),
    challengeId: idParam(query, "challengeId"),
    developmentAreaId: idParam(query, "developmentAreaId"),
  });
  // Only a path inside this partnership; anything else is ignored (no open redirects).
  const returnTo = safeReturnTo(partnershipId, query.returnTo);
  const back = returnTo ?? `/partnerships/${partnershipId}/actions`;
  return (
    <>
      <Link href={back} className="mb-6 inline-block text-brand underline">
        {returnTo ? "Back" : "Back to actions"}
      </Link>
      <PageHeading caption="Actions">Raise an action</PageHeading>
      <p className="mb-8 max-w-3xl">
        Every action needs an organisation and a named person who owns it, and a due date. Any
        answer, Green included, needs an action plan.
      </p>
      {options.challenge && !options.challenge.canBecomeAction ? (
        <p className="max-w-3xl">
          You can raise an action from a challenge once a scrutineer has recorded its outcome as
          accepted or partly accepted.{" "}
          <Link href={options.challenge.href} className="text-brand underline">
            Go back to the challenge
          </Link>
        </p>
      ) : options.organisations.length === 0 ? (
        <p className="max-w-3xl">
          You can raise actions only for your own organisation, and your membership is not linked to
          one. Ask your business manager to set your organisation.
        </p>
      ) : (
        <RaiseActionForm
          partnershipId={partnershipId}
          options={options}
          returnTo={returnTo}
          cancelHref={back}
        />
      )}
    </>
  );
}
