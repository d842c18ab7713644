import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP server already listening on a loopback port of the system's choosing, with no handler yet, and
 * its address. Servers whose handler needs its own address (an app's links, a provider's issuer) bind
 * first this way: a port reserved and let go could be taken, before it is bound again, by an outgoing
 * connection of this very process.
 */
export async function loopbackServer(): Promise<{ server: http.Server; baseUrl: string }> {
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
