import { longDate, longUkDate, RETURN_REMINDER_KIND_LABELS } from "@/lib/domain/return-reminders";
import type { ReturnReminderHistory } from "@/lib/data/return-reminders";

/**
 * "Reminders sent" on an organisation's return: every reminder, newest first, as a table (when,
 * which kind, who it went to and the deadline it was about). For the return page.
 */
export function RemindHistory({ reminders }: { reminders: ReturnReminderHistory }) {
  return (
    <section aria-labelledby="reminders-sent" className="space-y-3">
      <h2 id="reminders-sent" className="text-2xl font-bold">
        Reminders sent
      </h2>
      {reminders.length === 0 ? (
        <p>No reminders have been sent about this return.</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Reminders sent about this return, newest first</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                Sent on
              </th>
              <th scope="col" className="py-2 pr-4">
                How
              </th>
              <th scope="col" className="py-2 pr-4">
                To
              </th>
              <th scope="col" className="py-2">
                Deadline at the time
              </th>
            </tr>
          </thead>
          <tbody>
            {reminders.map((r) => (
              <tr key={r.id} className="border-b border-[#b1b4b6] align-top">
                <td className="py-2 pr-4">{longUkDate(r.sentAt)}</td>
                <td className="py-2 pr-4">
                  {RETURN_REMINDER_KIND_LABELS[r.kind]}
                  {r.sentBy ? ` (${r.sentBy})` : ""}
                </td>
                <td className="py-2 pr-4 break-all">{r.recipient}</td>
                <td className="py-2">{r.dueOn ? longDate(r.dueOn) : "None set"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
