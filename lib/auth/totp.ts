import { Secret, TOTP } from "otpauth";

const PERIOD = 30;

function totp(secretBase32: string, label = "Six Steps"): TOTP {
  return new TOTP({
    issuer: "Six Steps",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, email: string): string {
  return totp(secretBase32, email).toString();
}

export function totpCode(secretBase32: string, at = Date.now()): string {
  return totp(secretBase32).generate({ timestamp: at });
}

/**
 * Checks a 6-digit code, allowing one step of clock drift either way. Returns the time step the
 * code belongs to, or null. A step at or before `lastStep` is refused, so a code works only once.
 */
export function verifyTotp(
  secretBase32: string,
  code: string,
  lastStep: number | null,
  at = Date.now(),
): number | null {
  const cleaned = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(cleaned)) return null;
  const delta = totp(secretBase32).validate({ token: cleaned, timestamp: at, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(at / 1000 / PERIOD) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}
