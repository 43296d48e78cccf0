import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { formatUkDateTime } from "@/lib/domain/london-time";
import { latestOutboxMessages, outboxEnabled } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Outbox", robots: { index: false } };

function delivery(message: { sentAt: Date | null; error: string | null }): string {
  if (message.sentAt) return `Delivered at ${formatUkDateTime(message.sentAt)}`;
  if (message.error) return `Not delivered: ${message.error}`;
  return "Kept here only (no mail server is set up)";
}

/** Development only: every mail the app has written, so invitations can be followed locally. */
export default async function OutboxPage() {
  // Decided per request, never at build time, so OUTBOX_ENABLED is read where the app runs.
  await connection();
  if (!outboxEnabled()) notFound();
  const messages = await latestOutboxMessages(100);
  return (
    <>
      <PageHeading caption="For development">Outbox</PageHeading>
      <Notice title="Not for production">
        <p>
          Every email the app sends is kept here, newest first (the latest 100). This page is
          switched off in production unless OUTBOX_ENABLED is set.
        </p>
      </Notice>
      {messages.length === 0 ? <p>No emails have been sent yet.</p> : null}
      <ol className="space-y-8">
        {messages.map((message) => (
          <li key={message.id}>
            <article aria-labelledby={`subject-${message.id}`} className="bg-white p-4">
              <h2 id={`subject-${message.id}`} className="text-xl font-bold">
                {message.subject}
              </h2>
              <dl className="my-2 grid gap-x-4 sm:grid-cols-[6rem_1fr]">
                <dt className="font-bold">To</dt>
                <dd className="break-all">{message.to}</dd>
                <dt className="font-bold">Written</dt>
                <dd>{formatUkDateTime(message.createdAt)}</dd>
                <dt className="font-bold">Delivery</dt>
                <dd>{delivery(message)}</dd>
              </dl>
              <pre className="overflow-x-auto whitespace-pre-wrap break-words border-l-4 border-[#b1b4b6] pl-4 font-mono text-sm">
                {message.text}
              </pre>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
