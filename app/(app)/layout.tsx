import type { ReactNode } from "react";
import { SessionKeepAlive } from "@/components/layout/session-keep-alive";
import { requireUser } from "@/lib/authz/guard";

// Everything under (app) needs a signed-in person; each page still checks its own partnership.
export default async function AppLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return (
    <>
      <SessionKeepAlive />
      {children}
    </>
  );
}
