"use server";

import {
  formDataToObject,
  hiddenCharacterErrors,
  type ActionResult,
} from "@/lib/actions/safe-action";
import { acceptInvitation as accept, type Accepted } from "@/lib/auth/invitations";
import { acceptInvitationSchema, UNKNOWN_INVITATION_MESSAGE } from "@/lib/domain/invitations";
import { parseInput } from "@/lib/validation";

/** Public: the link's token is the proof, there is no session yet. */
export async function acceptInvitation(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<Accepted>> {
  const fields = formDataToObject(form);
  const parsed = parseInput(acceptInvitationSchema, fields);
  if (!parsed.success) return { ok: false, message: UNKNOWN_INVITATION_MESSAGE };
  const hidden = hiddenCharacterErrors(fields);
  if (hidden) return { ok: false, message: "There is a problem", fieldErrors: hidden };
  try {
    return await accept(parsed.data.token, fields);
  } catch (error) {
    console.error("Unexpected error accepting an invitation:", error);
    return { ok: false, message: "Sorry, something went wrong and nothing was saved. Try again." };
  }
}
