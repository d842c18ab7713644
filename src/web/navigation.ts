import type { NextFunction, Request, Response } from 'express';
import { holds, type Permission } from '../accounts/access';

interface Section {
  href: string;
  text: string;
  permission: Permission;
  /** Pages that belong to the section besides those under its own path. */
  alsoUnder?: RegExp;
}

const SECTIONS: Section[] = [
  { href: '/home', text: 'Home', permission: 'manage' },
  { href: '/declarations', text: 'My declarations', permission: 'signed-in', alsoUnder: /^\/returns(\/|$)/ },
  { href: '/rounds', text: 'Declaration rounds', permission: 'read-all' },
  { href: '/compliance', text: 'Compliance', permission: 'read-all' },
  { href: '/decisions', text: 'Meetings and decisions', permission: 'read-all', alsoUnder: /^\/(meetings(\/|$)|committees\/[^/]+\/meetings$)/ },
  { href: '/breaches', text: 'Breaches', permission: 'read-all' },
  { href: '/registers', text: 'Registers', permission: 'read-all' },
  { href: '/emails', text: 'Emails', permission: 'read-all' },
  { href: '/rule-packs', text: 'Rule packs', permission: 'read-all' },
  { href: '/audit', text: 'Audit trail', permission: 'read-all' },
  { href: '/committees', text: 'Committees', permission: 'manage' },
  { href: '/people', text: 'People', permission: 'manage' },
  { href: '/organisations', text: 'Organisations', permission: 'manage' },
];

export interface NavigationItem {
  href: string;
  text: string;
  /** `page` on the section's own page, `true` on the pages within it (NHS.UK header's aria-current). */
  current?: 'page' | 'true';
}

function sectionOf(path: string): Section | undefined {
  return SECTIONS.find((s) => s.alsoUnder?.test(path)) ?? SECTIONS.find((s) => path === s.href || path.startsWith(`${s.href}/`));
}

/** The header's links for the person, with the section the page belongs to marked. */
export function navigationFor(req: Request): NavigationItem[] {
  const current = sectionOf(req.path);
  return SECTIONS.filter((s) => holds(req.user, s.permission)).map((s) => ({
    href: s.href,
    text: s.text,
    current: s !== current ? undefined : req.path === s.href ? 'page' : 'true',
  }));
}

export function provideNavigation(req: Request, res: Response, next: NextFunction): void {
  if (req.user) res.locals.navigation = navigationFor(req);
  next();
}
