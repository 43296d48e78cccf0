import { vi } from "vitest";
import { getCurrentUser, loadCurrentUser } from "@/lib/auth/current-user";

/**
 * Makes the next server-action calls run as this user (or signed out with null), exactly as the
 * app would resolve them from a session: the user and memberships are read from the database.
 * Needs the vi.mock of "@/lib/auth/current-user" described in ./app.ts.
 */
export async function signInAs(userId: string | null): Promise<void> {
  const user = userId ? await loadCurrentUser(userId) : null;
  const dto = user ? (({ sessionVersion: _v, ...rest }) => rest)(user) : null;
  vi.mocked(getCurrentUser).mockResolvedValue(dto);
}
