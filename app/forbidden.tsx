import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-4xl font-bold">You do not have permission to see this page</h1>
      <p>
        Your role in this partnership does not include it. Ask your business manager if you need it.
      </p>
      <p>
        <Link href="/home" className="text-brand underline">
          Go to your partnerships
        </Link>
      </p>
    </div>
  );
}
