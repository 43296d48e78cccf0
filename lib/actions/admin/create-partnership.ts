"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { issuePasswordToken, passwordLinkUrl } from "@/lib/auth/password-tokens";
import { DomainError } from "@/lib/authz/errors";
import { recordChange } from "@/lib/audit";
import { db } from "@/lib/db";
import { slugify, uniqueSlug } from "@/lib/domain/slug";
import { appUrl, sendMail } from "@/lib/mail/send";
import { toDomainError } from "@/lib/actions/db-errors";
import {
  fieldErrorsOf,
  formDataToObject,
  hiddenCharacterErrors,
  type ActionResult,
} from "@/lib/actions/safe-action";
import { createPartnershipSchema, partnerRowsFrom } from "./partnership-schema";
import { createPartnershipRecords } from "./partnership-records";
import { parseInput } from "@/lib/validation";

export type CreatedPartnership = {
  name: string;
  managerEmail: string;
  /** True when the business manager was sent a link to set their password. */
  invited: boolean;
};

/** The typed text comes back on failure so the form can show it again. */
export type CreatePartnershipResult = ActionResult<CreatedPartnership> & {
  values?: Record<string, string>;
};

/**
 * Site administrators only. Not a partnershipAction: there is no partnership to hold a role in
 * yet, so the check is User.isSiteAdmin. Everything is written in one transaction; the mail goes
 * after it commits, so nobody is emailed about a partnership that was rolled back.
 */
export async function createPartnership(
  _previous: unknown,
  form: FormData,
): Promise<CreatePartnershipResult> {
  const admin = await getCurrentUser();
  if (!admin?.isSiteAdmin)
    return { ok: false, message: "Only a site administrator can create a partnership." };

  const raw = formDataToObject(form);
  const values = Object.fromEntries(
    Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  const parsed = parseInput(createPartnershipSchema, { ...raw, partners: partnerRowsFrom(raw) });
  const fieldErrors = parsed.success
    ? hiddenCharacterErrors(parsed.data)
    : fieldErrorsOf(parsed.error);
  if (!parsed.success || fieldErrors) {
    return {
      ok: false,
      message: "There is a problem with what you entered.",
      fieldErrors,
      values,
    };
  }
  const input = parsed.data;
  try {
    const created = await db().$transaction(async (tx) => {
      const taken = await tx.partnership.findMany({
        where: { slug: { startsWith: slugify(input.name) } },
        select: { slug: true },
      });
      const slug = uniqueSlug(
        slugify(input.name),
        taken.map((p) => p.slug),
      );
      const records = await createPartnershipRecords(tx, input, slug);
      const token = records.needsPassword
        ? await issuePasswordToken(tx, records.managerId, "SET_PASSWORD")
        : null;
      await recordChange(tx, {
        action: "partnership.created",
        actorUserId: admin.id,
        partnershipId: records.partnershipId,
        entityType: "Partnership",
        entityId: records.partnershipId,
        after: {
          name: input.name,
          slug,
          localAuthorityAreas: input.localAuthorityAreas,
          partners: input.partners,
          businessManager: input.managerEmail,
        },
      });
      return { ...records, token };
    });
    await sendMail(managerMail(input, created.managerName, created.token));
    revalidatePath("/admin/partnerships");
    return {
      ok: true,
      data: { name: input.name, managerEmail: input.managerEmail, invited: created.token !== null },
    };
  } catch (error) {
    const known = error instanceof DomainError ? error : toDomainError(error);
    if (known) return { ok: false, message: known.message, fieldErrors: known.fieldErrors, values };
    console.error("Unexpected error creating a partnership:", error);
    return {
      ok: false,
      message: "Sorry, something went wrong and nothing was saved. Try again.",
      values,
    };
  }
}

function managerMail(
  input: { name: string; managerEmail: string },
  managerName: string,
  token: string | null,
) {
  const opening = [
    `Dear ${managerName},`,
    "",
    `You are now the business manager for ${input.name} on Six Steps, the service for independent scrutiny of multi-agency safeguarding arrangements.`,
    "",
  ];
  const next = token
    ? [
        "To start, set your password using this link:",
        "",
        passwordLinkUrl(token),
        "",
        "The link works once, for 7 days.",
      ]
    : ["Sign in with your existing account:", "", appUrl("/sign-in")];
  return {
    to: input.managerEmail,
    subject: token ? "Set your Six Steps password" : `You are business manager for ${input.name}`,
    text: [...opening, ...next].join("\n"),
  };
}
