import type { Request } from 'express';

/** A message for the next page the person sees, once (a save's confirmation after its redirect). */
export function flash(req: Request, message: string): void {
  req.session.flash = message;
}
