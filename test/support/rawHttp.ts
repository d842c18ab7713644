import http from 'node:http';
import { isApiPath, mismatchWithDescription } from './apiDescription';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface RawRequest {
  method: string;
  /** Sent exactly as given: fetch would normalise it (resolve "..", re-encode %). */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

/**
 * Sends one request byte for byte as given, for requests a browser would never make. The server may answer
 * before it has read the whole body (a refusal), so a failure to finish sending after the answer is no fault.
 */
export function sendRaw(baseUrl: string, request: RawRequest): Promise<RawResponse> {
  const url = new URL(baseUrl);
  // Node adds no length to a HEAD or DELETE body by itself, which would send the body as a second request.
  const headers = request.body === undefined ? request.headers : { 'content-length': String(Buffer.byteLength(request.body)), ...request.headers };
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request({ host: url.hostname, port: url.port, method: request.method, path: request.path, headers }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const answer = { status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') };
        // Held to the API's description like every other answer the suite receives (see WebAgent).
        const mismatch = isApiPath(request.path) ? mismatchWithDescription({ method: request.method, path: request.path, status: answer.status, contentType: res.headers['content-type'] ?? null, text: answer.text }) : undefined;
        if (mismatch) reject(new Error(`The API answered as /api/openapi.json does not describe: ${mismatch}`));
        else resolve(answer);
      });
      res.on('error', reject);
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.end(request.body);
  });
}
