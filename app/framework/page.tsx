import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FrameworkSteps } from "@/components/framework/framework-steps";
import { RagDefinitionList } from "@/components/framework/rag-definition-list";
import { getOriginalFramework } from "@/lib/data/framework";

export const metadata: Metadata = { title: "The Six Steps framework" };
export const dynamic = "force-dynamic";

export default async function FrameworkPage() {
  const framework = await getOriginalFramework();
  if (!framework) notFound();
  const questionCount = framework.steps.reduce((sum, step) => sum + step.questions.length, 0);

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <p className="text-lg text-muted">{framework.label}</p>
        <h1 className="text-4xl font-bold">{framework.title}</h1>
        <p className="max-w-3xl text-lg">
          {framework.steps.length} steps and {questionCount} questions. Each question is answered
          Red, Amber or Green with evidence, and every answer needs an action plan.
        </p>
      </header>
      <section aria-labelledby="rag-heading" className="space-y-3">
        <h2 id="rag-heading" className="text-2xl font-bold">
          What the ratings mean
        </h2>
        <RagDefinitionList rag={framework.rag} />
      </section>
      <FrameworkSteps steps={framework.steps} />
      <p className="border-l-4 border-[#b1b4b6] pl-4 text-muted">Source: {framework.citation}.</p>
    </article>
  );
}
