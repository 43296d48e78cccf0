import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const user = await getCurrentUser().catch(() => null);
  return (
    <header className="border-b-8 border-[#5694ca] bg-brand text-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link
          href={user ? "/home" : "/"}
          className="text-xl font-bold text-white no-underline hover:underline"
        >
          Six Steps
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-6">
            {user ? (
              <>
                <li>
                  <Link href="/home" className="text-white underline-offset-4 hover:underline">
                    Your partnerships
                  </Link>
                </li>
                {user.isSiteAdmin ? (
                  <li>
                    <Link
                      href="/admin/partnerships"
                      className="text-white underline-offset-4 hover:underline"
                    >
                      Administration
                    </Link>
                  </li>
                ) : null}
              </>
            ) : null}
            <li>
              <Link href="/framework" className="text-white underline-offset-4 hover:underline">
                The framework
              </Link>
            </li>
            {user ? (
              <li className="flex items-center gap-3">
                <span className="text-sm">{user.name}</span>
                <SignOutButton />
              </li>
            ) : (
              <li>
                <Link href="/sign-in" className="text-white underline-offset-4 hover:underline">
                  Sign in
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
