import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import type { BodyKind } from '../accounts/accessPolicy';
import { IMPORT_MAX_BYTES } from '../people/peopleImport';
import { PACK_MAX_BYTES } from '../rulePacks/rulePack.model';
import { changesState, isApiRequest } from './requestKind';
import { RequestRefusedError } from './requestErrors';

/** Objects and lists inside one another, deeper than any body the app takes (a snapshot nests about 6). */
const JSON_MAX_DEPTH = 32;
const FORM_MAX_FIELDS = 1000;

const KB = 1024;
const MB = 1024 * KB;

/**
 * Refuses JSON nested deeper than JSON_MAX_DEPTH before it is parsed, by counting brackets outside strings
 * in the raw bytes: a deep body costs a single pass, not a parse and a walk.
 */
function refuseDeepJson(_req: Request, _res: Response, body: Buffer): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === 0x5c) i++; // a backslash escapes the next character
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > JSON_MAX_DEPTH) throw new RequestRefusedError(400, `The JSON body is nested too deeply: at most ${JSON_MAX_DEPTH} levels of objects and lists are allowed.`);
    } else if (byte === 0x5d || byte === 0x7d) {
      depth--;
    }
  }
}

const sizeText = (bytes: number) => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / KB} KB`);

const json = (limit: number) => express.json({ limit, verify: refuseDeepJson });

interface Accepted {
  type: string;
  parse: RequestHandler;
}

const FORM: Accepted = { type: 'application/x-www-form-urlencoded', parse: express.urlencoded({ extended: false, limit: 100 * KB, parameterLimit: FORM_MAX_FIELDS }) };
const JSON_BODY: Accepted = { type: 'application/json', parse: json(MB) };

/**
 * A form with one file upload (`file`) and a few fields, each as large as the file may be (its text can be
 * pasted instead). A file the limits refuse is a message for the form (res.locals.uploadProblem), not a fault.
 */
function fileUpload(maxBytes: number, what: string): RequestHandler {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, fieldSize: maxBytes, files: 1, fields: 5 } }).single('file');
  return (req, res, next) =>
    upload(req, res, (error: unknown) => {
      if (!error) return next();
      if (error instanceof multer.MulterError) {
        res.locals.uploadProblem = error.code === 'LIMIT_FILE_SIZE' ? `The file must be ${sizeText(maxBytes)} or smaller` : `Upload one ${what} file of ${sizeText(maxBytes)} or smaller`;
        return next();
      }
      next(new RequestRefusedError(400, 'The form data could not be read: it is not well-formed multipart/form-data.'));
    });
}

const ACCEPTED: Record<BodyKind | 'form' | 'json', Accepted[]> = {
  form: [FORM],
  json: [JSON_BODY],
  'csv-upload': [{ type: 'multipart/form-data', parse: fileUpload(IMPORT_MAX_BYTES, 'CSV') }, FORM],
  'yaml-upload': [{ type: 'multipart/form-data', parse: fileUpload(PACK_MAX_BYTES, 'YAML') }, FORM],
  'large-json': [{ type: 'application/json', parse: json(50 * MB) }],
  'json-or-csv': [JSON_BODY, { type: 'text/csv', parse: express.text({ type: 'text/csv', limit: IMPORT_MAX_BYTES }) }],
};

/** A body comes with a length or in chunks; an empty one (Content-Length: 0) is none, so it needs no type. */
function hasBody(req: Request): boolean {
  const length = req.get('content-length');
  return req.get('transfer-encoding') !== undefined || (length !== undefined && Number(length) !== 0);
}


/** The body parsers' errors in plain words, with their status; a fault of the app's own stays a fault. */
function plainBodyError(error: unknown, req: Request): unknown {
  if (error instanceof RequestRefusedError) return error;
  const { type, status, limit } = error as { type?: string; status?: number; limit?: number };
  switch (type) {
    case 'entity.too.large':
      return new RequestRefusedError(413, `The request body is too large: the limit is ${sizeText(limit ?? 0)}.`);
    case 'parameters.too.many':
      return new RequestRefusedError(413, `The form has too many fields: at most ${FORM_MAX_FIELDS.toLocaleString('en-GB')} are allowed.`);
    case 'entity.parse.failed':
      return new RequestRefusedError(400, 'The request body is not valid JSON.');
    case 'encoding.unsupported':
      return new RequestRefusedError(415, `The request body's Content-Encoding (${req.get('content-encoding')}) is not supported: send it uncompressed, or compressed with gzip, deflate or br.`);
    case 'charset.unsupported':
      return new RequestRefusedError(415, "The request body's character set is not supported: send it as UTF-8.");
  }
  // Cut short, a length that does not match, or bytes that do not decompress as their Content-Encoding says.
  if (status !== undefined && status >= 400 && status < 500) {
    return new RequestRefusedError(400, 'The request body could not be read: it was cut short, or is not compressed as its Content-Encoding says.');
  }
  return error;
}

/**
 * Reads the body of a request that changes something, once the access policy has let it through (so a
 * large body is read only for someone allowed to send it): only the content types its route takes, each
 * with its size, depth and field limits. A request with no body reads as none; any other type is 415.
 */
export function readBody(req: Request, res: Response, next: NextFunction): void {
  if (!changesState(req) || !hasBody(req)) return next();
  const kind = req.accessRule?.body ?? (isApiRequest(req) ? 'json' : 'form');
  const accepted = ACCEPTED[kind];
  const reader = accepted.find((a) => req.is(a.type));
  if (!reader) {
    const types = accepted.map((a) => a.type).join(' or ');
    return next(new RequestRefusedError(415, `This address takes a request body of type ${types} only.`));
  }
  reader.parse(req, res, (error?: unknown) => next(error ? plainBodyError(error, req) : undefined));
}
