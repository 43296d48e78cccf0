import { z } from "zod";

/** The statutory safeguarding partners, and education for partnerships that add it as a fourth. */
export const PARTNER_KINDS = ["LOCAL_AUTHORITY", "POLICE", "HEALTH_ICB", "EDUCATION"] as const;

export const PARTNER_KIND_LABELS: Record<(typeof PARTNER_KINDS)[number], string> = {
  LOCAL_AUTHORITY: "Local authority",
  POLICE: "Police",
  HEALTH_ICB: "Health (integrated care board)",
  EDUCATION: "Education",
};

export const MIN_PARTNERS = 3;
export const MAX_PARTNERS = 8;
const REQUIRED_KINDS = ["LOCAL_AUTHORITY", "POLICE", "HEALTH_ICB"] as const;

const partner = z.object(
  {
    name: z
      .string({ error: "Enter the organisation's name" })
      .trim()
      .min(1, "Enter the organisation's name")
      .max(200, "The organisation's name must be 200 characters or fewer"),
    kind: z.enum(PARTNER_KINDS, { error: "Choose what kind of organisation this is" }),
  },
  { error: "Enter the organisation's name and choose what kind of organisation it is" },
);

export const createPartnershipSchema = z.object({
  name: z
    .string({ error: "Enter the partnership's name, at least 3 characters" })
    .trim()
    .min(3, "Enter the partnership's name, at least 3 characters")
    .max(200, "The partnership's name must be 200 characters or fewer"),
  localAuthorityAreas: z
    .string({ error: "Enter at least one local authority area" })
    .transform((text) => [...new Set(text.split(/\r?\n/).map((line) => line.trim()))])
    .transform((lines) => lines.filter(Boolean))
    .pipe(
      z
        .array(z.string().max(200, "Each local authority area must be 200 characters or fewer"))
        .min(1, "Enter at least one local authority area"),
    ),
  partners: z
    .array(partner, {
      error: `Enter at least ${MIN_PARTNERS} statutory safeguarding partners`,
    })
    .min(MIN_PARTNERS, `Enter at least ${MIN_PARTNERS} statutory safeguarding partners`)
    .max(MAX_PARTNERS, `Enter no more than ${MAX_PARTNERS} statutory safeguarding partners`)
    .superRefine((partners, context) => {
      const kinds = new Set(partners.map((p) => p.kind));
      if (partners.length >= MIN_PARTNERS && !REQUIRED_KINDS.every((kind) => kinds.has(kind))) {
        context.addIssue({
          code: "custom",
          message:
            "Include the local authority, the police and the integrated care board: all three are statutory safeguarding partners",
        });
      }
      const seen = new Set<string>();
      partners.forEach((p, index) => {
        const key = p.name.toLowerCase();
        if (key && seen.has(key)) {
          context.addIssue({
            code: "custom",
            path: [index, "name"],
            message: "Each organisation needs a different name",
          });
        }
        seen.add(key);
      });
    }),
  managerName: z
    .string({ error: "Enter the business manager's full name" })
    .trim()
    .min(1, "Enter the business manager's full name")
    .max(200, "The name must be 200 characters or fewer"),
  managerEmail: z
    .string({ error: "Enter the business manager's email address" })
    .trim()
    .min(1, "Enter the business manager's email address")
    .max(320, "Enter an email address in the correct format, like name@example.org")
    .email("Enter an email address in the correct format, like name@example.org")
    .transform((email) => email.toLowerCase()),
});

export type CreatePartnershipInput = z.infer<typeof createPartnershipSchema>;

/** Form fields arrive as "partners.0.name", "partners.0.kind", …; this gathers them into rows. */
export function partnerRowsFrom(raw: Record<string, unknown>): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (const [key, value] of Object.entries(raw)) {
    const match = /^partners\.(\d{1,2})\.(name|kind)$/.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    (rows[index] ??= {})[match[2] as string] = value;
  }
  return Array.from(rows, (row) => row ?? {});
}
