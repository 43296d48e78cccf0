/**
 * A TCP proxy in front of PostgreSQL that counts the queries passing through it: one per Sync
 * ("S") message of the extended protocol — node-postgres sends Parse/Bind/Describe/Execute/Sync
 * for every parameterised query, so a Sync is one round trip — and one per simple Query ("Q").
 * The benchmark reads the counter before and after one page request to learn how many queries the
 * page cost, measured on the real server rather than inferred from the code.
 */
import net from "node:net";

export type CountingProxy = {
  port: number;
  queries: () => number;
  close: () => Promise<void>;
};

/** Counts protocol messages of one client stream; the first message (startup) has no type byte. */
export class MessageCounter {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;
  count = 0;

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (!this.started) {
        // StartupMessage, SSLRequest or CancelRequest: Int32 length (itself included), no type.
        if (this.buffer.length < 4) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        this.buffer = this.buffer.subarray(length);
        // An SSLRequest (80877103) or GSSENCRequest is followed by the real startup message.
        if (code !== 80877103 && code !== 80877104) this.started = true;
        continue;
      }
      if (this.buffer.length < 5) return;
      const type = String.fromCharCode(this.buffer[0] as number);
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) return;
      if (type === "S" || type === "Q") this.count += 1;
      this.buffer = this.buffer.subarray(1 + length);
    }
  }
}

export async function startCountingProxy(target: {
  host: string;
  port: number;
}): Promise<CountingProxy> {
  const counters = new Set<MessageCounter>();
  let closedTotal = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const counter = new MessageCounter();
    counters.add(counter);
    const upstream = net.connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    client.on("data", (chunk: Buffer) => {
      counter.push(chunk);
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    const end = () => {
      if (counters.delete(counter)) closedTotal += counter.count;
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", end);
    upstream.on("close", end);
    client.on("error", end);
    upstream.on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    queries: () => closedTotal + [...counters].reduce((sum, c) => sum + c.count, 0),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
