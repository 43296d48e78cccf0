"use client";

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="max-w-3xl space-y-4" role="alert">
      <h1 className="text-4xl font-bold">Sorry, there is a problem with the service</h1>
      <p>Nothing you saved has been lost. Try again in a few minutes.</p>
      <button type="button" onClick={reset} className="bg-brand px-4 py-2 font-bold text-white">
        Try again
      </button>
    </div>
  );
}
