import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b-8 border-[#5694ca] bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-white no-underline hover:underline">
          Six Steps
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-6">
            <li>
              <Link href="/framework" className="text-white underline-offset-4 hover:underline">
                The framework
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
