const LONDON_DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

/** "3 May 2026", in UK time whatever the server's zone. */
export function formatDate(date: Date): string {
  return LONDON_DATE.format(date);
}
