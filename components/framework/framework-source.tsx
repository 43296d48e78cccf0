/**
 * The line under every page that shows a framework's questions: the original's citation, or for an
 * adapted framework the attribution seed 001 asks for, word for word.
 */
export function FrameworkSource({
  framework,
}: {
  framework: { citation: string; isAdapted: boolean };
}) {
  return (
    <p className="mt-6 text-sm text-muted">
      {framework.isAdapted ? framework.citation : `Source: ${framework.citation}`}
    </p>
  );
}
