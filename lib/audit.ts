import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type AuditInput = {
  action: string;
  actorUserId?: string | null;
  partnershipId?: string | null;
  entityType?: string;
  entityId?: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  metadata?: Prisma.InputJsonValue;
};

/** A change to a record, written in the same transaction as the change. */
export function recordChange(tx: Tx, event: AuditInput) {
  return tx.auditEvent.create({ data: { ...event, category: "CHANGE" } });
}

/** Sign-in, failed sign-in, invitation, role change, removal. */
export function recordSecurityEvent(event: AuditInput, tx: Tx = db()) {
  return tx.auditEvent.create({ data: { ...event, category: "SECURITY" } });
}

/** Who viewed, downloaded or exported what (seed 001 Section 6 Q14). */
export function recordAccess(event: AuditInput, tx: Tx = db()) {
  return tx.auditEvent.create({ data: { ...event, category: "ACCESS" } });
}
