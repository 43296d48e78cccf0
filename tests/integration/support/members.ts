import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { createMember, createPartnership } from "../../support/factories";
import { signInAs } from "./session";

/** A partnership whose business manager is signed in, and its organisations by name. */
export async function partnershipWithManager(prisma: PrismaClient) {
  const partnership = await createPartnership(prisma);
  const manager = await createMember(prisma, partnership.id, "BUSINESS_MANAGER");
  await signInAs(manager.user.id);
  const organisation = (name: string) => {
    const found = partnership.organisations.find((o) => o.name === name);
    if (!found) throw new Error(`no organisation ${name}`);
    return found;
  };
  return { partnership, partnershipId: partnership.id, manager, organisation };
}

export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.org`;

/** The token in the newest invitation mail to this address, as the person would click it. */
export async function tokenMailedTo(prisma: PrismaClient, email: string): Promise<string> {
  const mail = await prisma.outboxMessage.findFirst({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  const token = mail?.text.match(/\/invitations\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no invitation mail to ${email}`);
  return token;
}

/** What a browser posts for a form. */
export function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}
