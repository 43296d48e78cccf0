"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { useFormAction } from "@/components/members/use-form-action";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { updateProfile } from "@/lib/actions/arrangements/update-profile";
import type { ProfileConflict, ProfileEditDto } from "@/lib/data/arrangements";
import { AGENCY_TEXT_MAX, areasText, ORGANISATION_KIND_LABELS } from "@/lib/domain/arrangements";

const LIMIT_HINT = `You can enter up to ${AGENCY_TEXT_MAX.toLocaleString("en-GB")} characters.`;

/** What someone else saved, shown next to the field it clashed with. */
function SavedNow({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div
      aria-labelledby={`${id}-saved-title`}
      role="group"
      className="border-l-8 border-[#b1b4b6] bg-[#f3f2f1] p-4"
    >
      <p id={`${id}-saved-title`} className="font-bold">
        Saved now by someone else
      </p>
      {children}
    </div>
  );
}

function Saved({ label, text }: { label: string; text: string | null }) {
  return (
    <p>
      <span className="font-bold">{label}:</span>{" "}
      {text ? <span className="whitespace-pre-line">{text}</span> : "Not recorded"}
    </p>
  );
}

/**
 * The business manager's form for the profile: the local authority areas (one a line) and each
 * relevant agency's reason for being chosen and contribution. When someone else saved a part first
 * the form keeps what was typed, shows what is stored now beside it, and takes the stored versions,
 * so saving again is a deliberate choice to replace it.
 */
export function ProfileForm({
  partnershipId,
  profile,
}: {
  partnershipId: string;
  profile: ProfileEditDto;
}) {
  const router = useRouter();
  const form = useFormAction(updateProfile);
  const back = `/partnerships/${partnershipId}/profile`;
  const conflict = form.failure?.conflict as ProfileConflict | undefined;
  const clashes = new Set(conflict?.conflicts ?? []);
  const storedAgency = new Map((conflict?.agencies ?? []).map((a) => [a.id, a]));

  useEffect(() => {
    if (form.success) router.push(`${back}?saved=1`);
  }, [form.success, back, router]);

  const fieldErrors: Record<string, string[]> = { ...(form.failure?.fieldErrors ?? {}) };
  const labels: Record<string, string> = {};
  if (clashes.has("localAuthorityAreas"))
    (fieldErrors.localAuthorityAreas ??= []).push("Someone else changed the local authority areas");
  profile.agencies.forEach((agency, index) => {
    labels[`agencies.${index}.whyChosen`] = agency.name;
    labels[`agencies.${index}.contribution`] = agency.name;
    if (clashes.has(`agency:${agency.id}`))
      (fieldErrors[`agencies.${index}.whyChosen`] ??= []).push(
        "Someone else changed why it was chosen or its contribution",
      );
  });
  const value = (name: string, saved: string | null) =>
    form.failure ? form.value(name) : (saved ?? "");

  return (
    <form key={form.attempt} action={form.formAction} noValidate className="max-w-3xl space-y-10">
      <ErrorSummary
        message={form.failure?.message}
        fieldErrors={Object.keys(fieldErrors).length > 0 ? fieldErrors : undefined}
        labels={labels}
      />
      {conflict ? <p className="font-bold">{form.failure?.message}</p> : null}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="version" value={conflict?.version ?? profile.version} />

      <div className="space-y-4">
        <TextArea
          name="localAuthorityAreas"
          label="Local authority areas"
          hint="The geographical boundaries of the arrangements. Enter each local authority area on its own line: arrangements can cover two or more local authorities."
          rows={4}
          defaultValue={value("localAuthorityAreas", areasText(profile.localAuthorityAreas))}
          errors={fieldErrors.localAuthorityAreas}
        />
        {conflict && clashes.has("localAuthorityAreas") ? (
          <SavedNow id="localAuthorityAreas">
            <ul className="list-disc pl-6">
              {conflict.localAuthorityAreas.map((area) => (
                <li key={area}>{area}</li>
              ))}
            </ul>
          </SavedNow>
        ) : null}
      </div>

      <section aria-labelledby="agencies-heading" className="space-y-8">
        <div>
          <h2 id="agencies-heading" className="text-2xl font-bold">
            Relevant agencies
          </h2>
          <p className="text-muted">
            The agencies the safeguarding partners work with, why they were chosen, and what each
            contributes to the arrangements.
          </p>
        </div>
        {profile.agencies.length === 0 ? (
          <p>The partnership has no relevant agencies set up.</p>
        ) : null}
        {profile.agencies.map((agency, index) => {
          const name = (field: string) => `agencies.${index}.${field}`;
          const saved = storedAgency.get(agency.id);
          return (
            <fieldset
              key={agency.id}
              id={`agency-${agency.id}`}
              className="space-y-4 border-t border-[#b1b4b6] pt-4"
            >
              <legend className="mb-2 text-xl font-bold">
                {agency.name}
                <span className="block text-base font-normal text-muted">
                  {ORGANISATION_KIND_LABELS[agency.kind]}
                </span>
              </legend>
              <input type="hidden" name={name("id")} value={agency.id} />
              <input
                type="hidden"
                name={name("version")}
                value={saved?.version ?? agency.version}
              />
              <TextArea
                name={name("whyChosen")}
                label={`Why ${agency.name} was chosen (optional)`}
                hint={LIMIT_HINT}
                maxLength={AGENCY_TEXT_MAX}
                defaultValue={value(name("whyChosen"), agency.whyChosen)}
                errors={fieldErrors[name("whyChosen")]}
              />
              <TextArea
                name={name("contribution")}
                label={`What ${agency.name} contributes (optional)`}
                hint={`For example, funding, accommodation or services. ${LIMIT_HINT}`}
                maxLength={AGENCY_TEXT_MAX}
                defaultValue={value(name("contribution"), agency.contribution)}
                errors={fieldErrors[name("contribution")]}
              />
              {saved && clashes.has(`agency:${agency.id}`) ? (
                <SavedNow id={`agency-${agency.id}`}>
                  <Saved label="Why chosen" text={saved.whyChosen} />
                  <Saved label="Contribution" text={saved.contribution} />
                </SavedNow>
              ) : null}
            </fieldset>
          );
        })}
      </section>

      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton pendingText="Saving…">
          {conflict ? "Save my changes instead" : "Save changes"}
        </SubmitButton>
        <Link href={back} className="text-brand underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
