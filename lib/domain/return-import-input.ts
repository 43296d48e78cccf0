import { z } from "zod";
import { checkUpload } from "./uploads";
import { MAX_RETURN_BYTES } from "./return-form";

/** The ids naming one organisation's return. */
export const offlineReturnSchema = z.object({
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  assessmentId: z.uuid({ error: "That assessment does not exist" }),
  participantId: z.uuid({ error: "That organisation is not taking part" }),
});

export const RETURN_FILE_MESSAGES = {
  choose: "Select the completed Excel questionnaire to upload",
  tooLarge: "The selected file must be smaller than 2 MB",
  type: "The selected file must be an Excel spreadsheet (.xlsx): use the questionnaire downloaded from Six Steps",
} as const;

/** A file input left empty still sends a nameless, empty File. */
const chosenFile = (value: unknown): value is File =>
  value instanceof File && (value.size > 0 || value.name !== "");

export const previewReturnImportSchema = offlineReturnSchema.extend({
  file: z.custom<File>(chosenFile, { error: RETURN_FILE_MESSAGES.choose }),
});

export const confirmReturnImportSchema = offlineReturnSchema.extend({
  importId: z.uuid({ error: "That upload does not exist: upload the file again" }),
});

/** The size and type, checked on the bytes (lib/domain/uploads.ts): a message, or the clean name. */
export function checkReturnFile(
  name: string,
  bytes: Uint8Array,
): { ok: true; fileName: string } | { ok: false; message: string } {
  if (bytes.length > MAX_RETURN_BYTES) return { ok: false, message: RETURN_FILE_MESSAGES.tooLarge };
  const checked = checkUpload(name, bytes);
  if (!checked.ok && bytes.length === 0) return { ok: false, message: checked.message };
  if (!checked.ok || checked.kind !== "xlsx")
    return { ok: false, message: RETURN_FILE_MESSAGES.type };
  return { ok: true, fileName: checked.fileName };
}
