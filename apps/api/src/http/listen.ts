import type { Server } from 'node:http';

/** A listener that could not start, told in one line that names the variable to change. */
export class ListenError extends Error {}

interface Address {
  port: number;
  host: string;
  /** The variables that set them, named when they need changing. */
  portVariable: string;
  hostVariable: string;
}

/** Listens, or fails with a ListenError; resolves with the port (the one chosen when asked for 0). */
export async function listen(server: Server, { port, host, portVariable, hostVariable }: Address) {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const fail = (line: string) => reject(new ListenError(line));
      if (error.code === 'EADDRINUSE')
        fail(`${portVariable} ${port} is in use on ${host}: set ${portVariable} to a free port`);
      else if (error.code === 'EACCES')
        fail(`${portVariable} ${port} may not be opened by this user: set ${portVariable} above 1023`);
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
        fail(`${hostVariable} ${host} is not an address of this machine: set ${hostVariable} to one`);
      else reject(error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}
