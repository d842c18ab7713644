/**
 * A page kept ready to send, for pages everyone sees alike (the public register): its ETag and its gzip
 * made once when it is kept rather than on every request, and a browser that has it already told so (304).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

export interface KeptPage {
  html: Buffer;
  gzipped: Buffer;
  etag: string;
}

export function keptPage(html: string): KeptPage {
  const bytes = Buffer.from(html);
  return { html: bytes, gzipped: gzipSync(bytes), etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"` };
}

export function sendKeptPage(req: Request, res: Response, page: KeptPage): void {
  res.set({ ETag: page.etag, Vary: 'Accept-Encoding', 'Cache-Control': 'no-cache' }).type('html');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  if (req.acceptsEncodings('gzip', 'identity') === 'gzip') res.set('Content-Encoding', 'gzip').send(page.gzipped);
  else res.send(page.html);
}
