import { describe, expect, it } from "vitest";
import { invitationState } from "../../lib/domain/invitations";
import { outboxEnabled } from "../../lib/mail/outbox";

describe("outboxEnabled", () => {
  it("follows OUTBOX_ENABLED when it is set", () => {
    expect(outboxEnabled({ OUTBOX_ENABLED: true, NODE_ENV: "production" })).toBe(true);
    expect(outboxEnabled({ OUTBOX_ENABLED: false, NODE_ENV: "development" })).toBe(false);
  });

  it("is on outside production and off in production when unset", () => {
    expect(outboxEnabled({ OUTBOX_ENABLED: undefined, NODE_ENV: "development" })).toBe(true);
    expect(outboxEnabled({ OUTBOX_ENABLED: undefined, NODE_ENV: "test" })).toBe(true);
    expect(outboxEnabled({ OUTBOX_ENABLED: undefined, NODE_ENV: "production" })).toBe(false);
  });
});

describe("invitationState", () => {
  const now = new Date("2026-05-01T12:00:00Z");
  const open = { acceptedAt: null, revokedAt: null, expiresAt: new Date("2026-05-08T12:00:00Z") };

  it("is open until it expires, is used or is withdrawn", () => {
    expect(invitationState(open, now)).toBe("open");
    expect(invitationState({ ...open, expiresAt: now }, now)).toBe("expired");
    expect(invitationState({ ...open, revokedAt: now }, now)).toBe("revoked");
    expect(invitationState({ ...open, acceptedAt: now, expiresAt: new Date(0) }, now)).toBe(
      "accepted",
    );
  });
});
