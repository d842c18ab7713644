/**
 * The yardstick for `npm run bench:pages`: bare express sending each page's captured bytes from memory, as
 * its own process so it has a core of its own as the app does. Reads the pages as JSON on stdin, prints
 * its port when listening.
 */
import express from 'express';

interface CapturedPage {
  path: string;
  contentType: string;
  body: string;
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const pages = JSON.parse(Buffer.concat(chunks).toString('utf8')) as CapturedPage[];
  const app = express();
  for (const page of pages) {
    const bytes = Buffer.from(page.body, 'base64');
    app.get(page.path, (_req, res) => {
      res.type(page.contentType).send(bytes);
    });
  }
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
