import Link from "next/link";
import type { PartnershipProfileDto, ProfilePerson } from "@/lib/data/arrangements";
import { ORGANISATION_KIND_LABELS, personLabel } from "@/lib/domain/arrangements";
import { DESIGNATION_LABELS } from "@/lib/domain/members";
import { SummaryCard, SummaryList } from "./summary-card";

const NOT_RECORDED = <span className="text-muted">Not recorded</span>;

function People({
  people,
}: {
  people: Array<ProfilePerson & { organisationName?: string | null }>;
}) {
  if (people.length === 0) return NOT_RECORDED;
  const line = (p: (typeof people)[number]) =>
    p.organisationName ? `${personLabel(p)} (${p.organisationName})` : personLabel(p);
  if (people.length === 1) return <>{line(people[0] as (typeof people)[number])}</>;
  return (
    <ul className="space-y-1">
      {people.map((p, index) => (
        <li key={index}>{line(p)}</li>
      ))}
    </ul>
  );
}

function LongText({ text }: { text: string | null }) {
  return text ? <span className="whitespace-pre-line">{text}</span> : NOT_RECORDED;
}

/**
 * The partnership profile the published arrangements need (seed 002 §3.9): who the safeguarding
 * partners are and their leads, the area covered, and the relevant agencies with why they were
 * chosen and what they contribute. A business manager sees "Change" links.
 */
export function ProfileSummary({
  partnershipId,
  profile,
  canEdit,
  canManageMembers,
}: {
  partnershipId: string;
  profile: PartnershipProfileDto;
  canEdit: boolean;
  canManageMembers: boolean;
}) {
  const edit = `/partnerships/${partnershipId}/profile/edit`;
  const change = (anchor: string, what: string) =>
    canEdit ? (
      <Link href={`${edit}#${anchor}`} className="text-brand underline">
        Change<span className="sr-only"> {what}</span>
      </Link>
    ) : undefined;

  return (
    <div className="max-w-4xl space-y-10">
      <SummaryCard id="partnership" title="The partnership">
        <SummaryList
          rows={[
            { key: "Name", value: profile.name },
            {
              key: "Local authority areas",
              value:
                profile.localAuthorityAreas.length === 0 ? (
                  NOT_RECORDED
                ) : (
                  <ul className="space-y-1">
                    {profile.localAuthorityAreas.map((area) => (
                      <li key={area}>{area}</li>
                    ))}
                  </ul>
                ),
              action: change("localAuthorityAreas", "local authority areas"),
            },
            { key: "Partnership chair", value: <People people={profile.chairs} /> },
          ]}
        />
      </SummaryCard>

      <section aria-labelledby="statutory-partners-heading" className="space-y-4">
        <h2 id="statutory-partners-heading" className="text-2xl font-bold">
          Statutory safeguarding partners
        </h2>
        <p className="text-muted">
          The lead and delegated safeguarding partners are the members given those designations
          {canManageMembers ? (
            <>
              {" "}
              on the{" "}
              <Link
                href={`/partnerships/${partnershipId}/members`}
                className="text-brand underline"
              >
                members page
              </Link>
            </>
          ) : (
            " by the business manager"
          )}
          .
        </p>
        {profile.statutoryPartners.length === 0 ? (
          <p>No statutory safeguarding partners have been set up.</p>
        ) : (
          profile.statutoryPartners.map((partner) => (
            <SummaryCard
              key={partner.id}
              id={`partner-${partner.id}`}
              title={partner.name}
              headingLevel={3}
            >
              <SummaryList
                rows={[
                  { key: "Type", value: ORGANISATION_KIND_LABELS[partner.kind] },
                  {
                    key: DESIGNATION_LABELS.LEAD_SAFEGUARDING_PARTNER,
                    value: <People people={partner.leads} />,
                  },
                  {
                    key: "Delegated safeguarding partners",
                    value: <People people={partner.delegates} />,
                  },
                ]}
              />
            </SummaryCard>
          ))
        )}
        {profile.otherDesignated.length > 0 ? (
          <SummaryCard
            id="other-designated"
            title="Designated people not linked to a statutory partner"
            headingLevel={3}
          >
            <SummaryList
              rows={profile.otherDesignated.map((person) => ({
                key: personLabel(person),
                value: `${person.designations.map((d) => DESIGNATION_LABELS[d]).join(", ")}${
                  person.organisationName ? ` (${person.organisationName})` : " (no organisation)"
                }`,
              }))}
            />
          </SummaryCard>
        ) : null}
      </section>

      <section aria-labelledby="relevant-agencies-heading" className="space-y-4">
        <h2 id="relevant-agencies-heading" className="text-2xl font-bold">
          Relevant agencies
        </h2>
        {profile.relevantAgencies.length === 0 ? (
          <p>The partnership has no relevant agencies set up.</p>
        ) : (
          profile.relevantAgencies.map((agency) => (
            <SummaryCard
              key={agency.id}
              id={`agency-${agency.id}`}
              title={agency.name}
              headingLevel={3}
              actions={
                canEdit
                  ? [
                      <Link
                        key="change"
                        href={`${edit}#agency-${agency.id}`}
                        className="text-brand underline"
                      >
                        Change<span className="sr-only"> {agency.name}</span>
                      </Link>,
                    ]
                  : undefined
              }
            >
              <SummaryList
                rows={[
                  { key: "Type", value: ORGANISATION_KIND_LABELS[agency.kind] },
                  { key: "Why chosen", value: <LongText text={agency.whyChosen} /> },
                  { key: "Contribution", value: <LongText text={agency.contribution} /> },
                ]}
              />
            </SummaryCard>
          ))
        )}
      </section>
    </div>
  );
}
