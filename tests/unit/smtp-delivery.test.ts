/**
 * Mail really leaves through SMTP: a minimal SMTP server on loopback receives what smtpDelivery
 * sends, so a nodemailer upgrade that changed how mail is handed over would fail here.
 */
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { smtpDelivery } from "@/lib/mail/transport";

type Received = { from: string; to: string[]; data: string };

function smtpSink(): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let current: Received = { from: "", to: [], data: "" };
    let inData = false;
    socket.write("220 sink.example ESMTP\r\n");
    socket.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(current);
          current = { from: "", to: [], data: "" };
          socket.write("250 2.0.0 queued\r\n");
          continue;
        }
        const newline = buffer.indexOf("\r\n");
        if (newline === -1) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO")
          socket.write("250-sink.example\r\n250 8BITMIME\r\n");
        else if (verb === "MAIL") {
          current.from = line;
          socket.write("250 2.1.0 ok\r\n");
        } else if (verb === "RCPT") {
          current.to.push(line);
          socket.write("250 2.1.5 ok\r\n");
        } else if (verb === "DATA") {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (verb === "QUIT") {
          socket.end("221 bye\r\n");
        } else socket.write("250 ok\r\n");
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        received,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe("SMTP delivery", () => {
  it("hands the mail to the SMTP server with its sender, recipient, subject and text", async () => {
    const sink = await smtpSink();
    close = sink.close;
    const deliver = smtpDelivery({
      smtpUrl: `smtp://127.0.0.1:${sink.port}?ignoreTLS=true`,
      from: "Six Steps <no-reply@six-steps.invalid>",
    });
    expect(deliver).toBeDefined();
    await deliver!({
      to: "business.manager@northshire.example",
      subject: "Reminder: 3 actions are overdue",
      text: "Action 2.1 is overdue.\nSign in to see the action tracker.",
    });
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0]!;
    expect(mail.from).toContain("<no-reply@six-steps.invalid>");
    expect(mail.to).toEqual([expect.stringContaining("<business.manager@northshire.example>")]);
    expect(mail.data).toContain("Subject: Reminder: 3 actions are overdue");
    expect(mail.data).toContain("Action 2.1 is overdue.");
  });

  it("throws when the server cannot be reached, so the outbox records the failure", async () => {
    const deliver = smtpDelivery({ smtpUrl: "smtp://127.0.0.1:1", from: "x@six-steps.invalid" });
    await expect(deliver!({ to: "a@b.example", subject: "s", text: "t" })).rejects.toThrow();
  });
});
