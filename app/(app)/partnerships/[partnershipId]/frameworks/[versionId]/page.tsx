import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FrameworkSteps } from "@/components/framework/framework-steps";
import { RagDefinitionList } from "@/components/framework/rag-definition-list";
import {
  PublishVersionButton,
  StartDraftButton,
} from "@/components/frameworks/version-action-button";
import { VersionStatusTag } from "@/components/frameworks/version-status-tag";
import { formatDate } from "@/components/members/format";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getFrameworkVersion } from "@/lib/data/frameworks";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Framework version" };

export default async function FrameworkVersionPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string; versionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId, versionId } = await params;
  if (!isUuid(versionId)) notFound();
  await requirePageAccess(partnershipId, "framework.view");
  const version = await getFrameworkVersion(partnershipId, versionId);
  const { published } = await searchParams;
  const base = `/partnerships/${partnershipId}/frameworks`;
  const draft = version.status === "DRAFT";
  const questionCount = version.steps.reduce((sum, step) => sum + step.questions.length, 0);
  const emptySteps = version.steps.filter((step) => step.questions.length === 0);

  return (
    <article className="space-y-10">
      <div>
        <Link href={base} className="mb-6 inline-block text-brand underline">
          Back to frameworks
        </Link>
        {published === "1" && !draft ? (
          <Notice title={`Version ${version.version} published`} tone="success">
            <p>
              It can no longer be changed, and it can now be chosen when you create an assessment.
            </p>
          </Notice>
        ) : null}
        <PageHeading
          caption={
            version.label === `Version ${version.version}`
              ? version.label
              : `${version.label} (version ${version.version})`
          }
        >
          {version.frameworkTitle}
        </PageHeading>
        <p className="mb-4 flex flex-wrap items-center gap-3 text-lg">
          <span>Status:</span>
          <VersionStatusTag status={version.status} />
          {version.publishedAt ? (
            <span>Published on {formatDate(new Date(version.publishedAt))}</span>
          ) : null}
        </p>
        <p className="max-w-3xl text-lg">
          {version.steps.length} {version.steps.length === 1 ? "step" : "steps"} and {questionCount}{" "}
          {questionCount === 1 ? "question" : "questions"}.
          {version.basedOn ? (
            <>
              {" "}
              Based on{" "}
              <Link href={`${base}/${version.basedOn.id}`} className="text-brand underline">
                {version.basedOn.frameworkTitle}: {version.basedOn.label}
              </Link>
              .
            </>
          ) : null}
        </p>
        <p className="mt-4 max-w-3xl border-l-4 border-[#b1b4b6] pl-4 text-muted">
          {version.isAdapted ? "" : "Source: "}
          {version.attribution}
        </p>
      </div>

      <section aria-labelledby="what-you-can-do" className="space-y-4">
        <h2 id="what-you-can-do" className="text-2xl font-bold">
          What you can do
        </h2>
        {draft ? (
          <Notice title="This version is a draft">
            <p>
              A draft can be changed until it is published. Once published it cannot be changed, and
              assessments can use it.
            </p>
          </Notice>
        ) : null}
        {draft && version.canManage ? (
          <div className="space-y-6">
            <p>
              <Link
                href={`${base}/${version.id}/edit`}
                className="text-lg font-bold text-brand underline"
              >
                Edit this draft
              </Link>
            </p>
            {emptySteps.length > 0 || version.steps.length === 0 ? (
              <p>
                Before it can be published, every step needs at least one question
                {version.steps.length === 0 ? " and the framework needs at least one step" : ""}.
              </p>
            ) : (
              <PublishVersionButton
                partnershipId={partnershipId}
                versionId={version.id}
                version={version.version}
              />
            )}
          </div>
        ) : null}
        {!draft && version.canManage ? (
          <div id="new-draft" className="space-y-4">
            {version.isOriginal ? (
              <p>
                <Link
                  href={`${base}/adapt?from=${version.id}`}
                  className="text-lg font-bold text-brand underline"
                >
                  Adapt this framework
                </Link>
              </p>
            ) : version.otherDraftId ? (
              <p>
                This framework already has a draft:{" "}
                <Link href={`${base}/${version.otherDraftId}`} className="text-brand underline">
                  go to the draft
                </Link>
                .
              </p>
            ) : (
              <StartDraftButton
                partnershipId={partnershipId}
                versionId={version.id}
                label="Start a new draft from this version"
              />
            )}
          </div>
        ) : null}
        <ul className="flex flex-wrap gap-6 text-lg">
          {version.basedOn ? (
            <li>
              <Link
                href={`${base}/compare?from=${version.basedOn.id}&to=${version.id}`}
                className="text-brand underline"
              >
                Compare with the version it was based on
              </Link>
            </li>
          ) : null}
          <li>
            <Link href={`${base}/compare?from=${version.id}`} className="text-brand underline">
              Compare with another version
            </Link>
          </li>
          <li>
            <a href={`${base}/${version.id}/export`} className="text-brand underline" download>
              Download as a file<span className="sr-only"> (JSON)</span>
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="used-by" className="space-y-3">
        <h2 id="used-by" className="text-2xl font-bold">
          Used by {version.assessments.length}{" "}
          {version.assessments.length === 1 ? "assessment" : "assessments"}
        </h2>
        {version.assessments.length > 0 ? (
          <ul className="list-disc space-y-1 pl-6">
            {version.assessments.map((assessment) => (
              <li key={assessment.id}>
                <Link
                  href={`/partnerships/${partnershipId}/assessments/${assessment.id}`}
                  className="text-brand underline"
                >
                  {assessment.title}
                </Link>{" "}
                <span className="text-muted">({assessment.cycle})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            {draft
              ? "A draft cannot be used by an assessment until it is published."
              : "No assessment of your partnership uses this version yet."}
          </p>
        )}
      </section>

      <section aria-labelledby="rag-heading" className="space-y-3">
        <h2 id="rag-heading" className="text-2xl font-bold">
          What the ratings mean
        </h2>
        <RagDefinitionList rag={version.rag} />
      </section>

      <FrameworkSteps steps={version.steps} />
      <p className="border-l-4 border-[#b1b4b6] pl-4 text-muted">
        {version.isAdapted ? "" : "Source: "}
        {version.attribution}
      </p>
    </article>
  );
}
