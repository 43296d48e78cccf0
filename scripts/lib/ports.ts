import net from "node:net";

/** Fails with a message a person can act on when something already listens on the port. */
export async function assertPortFree(port: number, what: string, envName: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "127.0.0.1");
  });
  if (!free) {
    throw new UserFacingError(
      `Port ${port} is already in use, so ${what} cannot start. ` +
        `Stop whatever is using it (is another copy of Six Steps running?) or set ${envName} to another port.`,
    );
  }
}

/** A port nothing listens on now, chosen by the system (for private servers in tests and the bench). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** An error whose message is shown to the person running the command, without a stack trace. */
export class UserFacingError extends Error {}
