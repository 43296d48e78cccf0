import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-4xl font-bold">Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link href="/" className="text-brand underline">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
