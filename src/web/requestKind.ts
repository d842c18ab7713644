import type { Request } from 'express';

/** A request for the JSON API. Express matches paths without regard to case, so this does too. */
export const isApiRequest = (req: Request) => /^\/api(?:[/?]|$)/i.test(req.originalUrl);

/** A request that may change something: the ones that carry bodies and need a CSRF token. */
export const changesState = (req: Request) => !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
