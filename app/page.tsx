import Link from "next/link";

export default function HomePage() {
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-4xl font-bold">Six Steps for Independent Scrutiny</h1>
      <p className="text-xl">
        Rate your safeguarding children partnership against the Six Steps framework, keep one
        improvement plan, and produce the scrutiny section of the yearly report.
      </p>
      <p>
        Independent scrutineers, safeguarding partners, relevant agencies and partnership business
        managers work on the same assessments, evidence and actions.
      </p>
      <p>
        <Link href="/framework" className="text-lg font-bold text-brand underline">
          Read the Six Steps framework
        </Link>
      </p>
    </div>
  );
}
