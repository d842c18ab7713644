import type { Express, NextFunction, Request, Response } from 'express';
import { match, type MatchFunction } from 'path-to-regexp';
import { NotFoundError, ForbiddenError } from '../shared/errors';
import { isApiRequest } from '../web/requestKind';
import { registeredRoutes } from '../web/registeredRoutes';
import { RequestRefusedError } from '../web/requestErrors';
import { refuseControlCharacters } from '../web/sanitize';
import { holds, SignInRequiredError, type Permission } from './access';

/**
 * The bodies a route takes, when not its area's usual: a page's form is `application/x-www-form-urlencoded`
 * and an API body is JSON of up to 1 MB. `csv-upload` is also a multipart form with one CSV file; `large-json`
 * is JSON of up to 50 MB; `json-or-csv` is JSON or a `text/csv` body; `yaml-upload` is a multipart form with
 * one rule pack file of up to 256 KB.
 */
export type BodyKind = 'csv-upload' | 'yaml-upload' | 'large-json' | 'json-or-csv';

export interface RouteRule {
  permission: Permission;
  body?: BodyKind;
}

/**
 * Who may use each route the app registers, by method and path as registered. A request no entry names is
 * refused (404); a route a router adds without an entry stops the app from starting. HEAD uses the GET
 * entry. Pages that only show a form for changing the register are `manage` even to look at.
 */
export const ACCESS_POLICY: Record<string, Permission | RouteRule> = {
  'GET /health': 'public',
  'GET /ready': 'public',
  'GET /css/nhsuk.css': 'public',
  'GET /css/app.css': 'public',
  'GET /js/nhsuk-frontend.js': 'public',
  'GET /js/app.js': 'public',
  'GET /': 'public',

  // Signing in and out
  'GET /sign-in': 'public',
  'POST /sign-in': 'public',
  'GET /sign-in/link': 'public',
  'POST /sign-in/link': 'public',
  'GET /sign-in/oidc': 'public',
  'GET /sign-in/oidc/callback': 'public',
  'POST /sign-out': 'public',
  'GET /signed-out': 'public',

  // A member's own declarations
  'GET /declarations': 'signed-in',
  'GET /declarations/interests/new': 'signed-in',
  'POST /declarations/interests/new': 'signed-in',
  'GET /declarations/interests/new/organisation': 'signed-in',
  'POST /declarations/interests/new/organisation': 'signed-in',
  'GET /declarations/interests/new/check': 'signed-in',
  'POST /declarations/interests/new/check': 'signed-in',
  'GET /declarations/interests/:id': 'own-records',
  'GET /declarations/interests/:id/edit': 'own-records',
  'POST /declarations/interests/:id/edit': 'own-records',
  'GET /declarations/interests/:id/end': 'own-records',
  'POST /declarations/interests/:id/end': 'own-records',
  'GET /declarations/nil': 'signed-in',
  'POST /declarations/nil': 'signed-in',
  'GET /declarations/confirm': 'signed-in',
  'POST /declarations/confirm': 'signed-in',
  'GET /declarations/gifts/new': 'signed-in',
  'POST /declarations/gifts/new': 'signed-in',
  'GET /declarations/gifts/:id': 'own-records',
  'GET /declarations/gifts/:id/edit': 'own-records',
  'POST /declarations/gifts/:id/edit': 'own-records',

  // Approving hospitality above the gifts policy's threshold
  'GET /gifts/approvals': 'approve-gifts',
  'GET /gifts/:id/approval': 'approve-gifts',
  'POST /gifts/:id/approval': 'approve-gifts',

  // A member's annual return for a round: always their own (the service takes the signed-in person)
  'GET /returns/:roundId': 'signed-in',
  'GET /returns/:roundId/interests': 'signed-in',
  'POST /returns/:roundId/interests': 'signed-in',
  'GET /returns/:roundId/gifts': 'signed-in',
  'POST /returns/:roundId/gifts': 'signed-in',
  'GET /returns/:roundId/confirm': 'signed-in',
  'POST /returns/:roundId/confirm': 'signed-in',

  // The governance lead's home, declaration rounds and the emails they send
  'GET /home': 'manage',
  'GET /rounds': 'read-all',
  'GET /rounds/new': 'manage',
  'POST /rounds/new': 'manage',
  'GET /rounds/:id': 'read-all',
  'GET /rounds/:id/close': 'manage',
  'POST /rounds/:id/close': 'manage',
  'GET /emails': 'read-all',
  'GET /emails/templates': 'read-all',
  'GET /emails/templates/:key': 'read-all',
  'POST /emails/templates/:key': 'manage',
  'GET /emails/:id': 'read-all',

  // Organisations, people, committees and their members
  'GET /organisations': 'read-all',
  'GET /organisations/new': 'manage',
  'POST /organisations/new': 'manage',
  'GET /organisations/:id': 'read-all',
  'GET /organisations/:id/edit': 'manage',
  'POST /organisations/:id/edit': 'manage',
  'GET /people/import': 'manage',
  'POST /people/import': { permission: 'manage', body: 'csv-upload' },
  'GET /people/import/check': 'manage',
  'POST /people/import/check': 'manage',
  'GET /people': 'read-all',
  'GET /people/new': 'manage',
  'POST /people/new': 'manage',
  'GET /people/:id': 'read-all',
  'GET /people/:id/declarations': 'read-all',
  'GET /people/:id/edit': 'manage',
  'POST /people/:id/edit': 'manage',
  'GET /committees': 'read-all',
  'GET /committees/new': 'manage',
  'POST /committees/new': 'manage',
  'GET /committees/:id': 'read-all',
  'GET /committees/:id/edit': 'manage',
  'POST /committees/:id/edit': 'manage',
  'GET /committees/:id/members/new': 'manage',
  'POST /committees/:id/members/new': 'manage',
  'GET /committees/:id/members/:membershipId/edit': 'manage',
  'POST /committees/:id/members/:membershipId/edit': 'manage',
  'GET /committees/:id/members/:membershipId/end': 'manage',
  'POST /committees/:id/members/:membershipId/end': 'manage',

  // Rule packs: the shipped ones are read-only; governance leads add and change the body's own
  'GET /rule-packs': 'read-all',
  'GET /rule-packs/new': 'manage',
  'POST /rule-packs/new': { permission: 'manage', body: 'yaml-upload' },
  'GET /rule-packs/:id': 'read-all',
  'GET /rule-packs/:id/edit': 'manage',
  'POST /rule-packs/:id/edit': { permission: 'manage', body: 'yaml-upload' },

  // Meetings, decisions, briefings and breaches
  'GET /committees/:id/meetings': 'read-all',
  'GET /meetings/new': 'manage',
  'POST /meetings/new': 'manage',
  'GET /meetings/:id': 'read-all',
  'GET /meetings/:id/edit': 'manage',
  'POST /meetings/:id/edit': 'manage',
  'GET /meetings/:id/items/new': 'manage',
  'POST /meetings/:id/items/new': 'manage',
  'GET /meetings/:id/items/:itemId/edit': 'manage',
  'POST /meetings/:id/items/:itemId/edit': 'manage',
  'GET /meetings/:id/items/:itemId/participation': 'manage',
  'POST /meetings/:id/items/:itemId/participation': 'manage',
  'GET /meetings/:id/briefing': 'read-all',
  'GET /meetings/:id/briefing.pdf': 'read-all',
  'POST /meetings/:id/briefing/email': 'manage',
  'GET /decisions': 'read-all',
  'GET /decisions/:id': 'read-all',
  'GET /breaches': 'read-all',
  'POST /breaches/find': 'manage',
  'GET /breaches/:id/edit': 'manage',
  'POST /breaches/:id/edit': 'manage',

  // Compliance checks, registers and the audit trail
  'GET /compliance': 'read-all',
  'POST /compliance/runs': 'manage',
  'GET /compliance/runs/:id': 'read-all',
  'GET /register': 'public',
  'GET /register/published.csv': 'public',
  'GET /register/not-declared.csv': 'public',
  'GET /registers/published': 'read-all',
  'GET /registers/published/:id/withhold': 'manage',
  'POST /registers/published/:id/withhold': 'manage',
  'POST /registers/published/:id/publish': 'manage',
  'GET /registers/published/not-declared/:roundId/:personId/withhold': 'manage',
  'POST /registers/published/not-declared/:roundId/:personId/withhold': 'manage',
  'POST /registers/published/not-declared/:roundId/:personId/publish': 'manage',
  // Exporting reads the register, so auditors may.
  'GET /registers': 'read-all',
  'POST /registers/exports': 'read-all',
  'GET /registers/exports/:id': 'read-all',
  'GET /registers/exports/:id/manifest.json': 'read-all',
  'GET /registers/exports/:id/files/:name': 'read-all',
  'GET /audit': 'read-all',
  'POST /audit/verify': 'read-all',

  // The JSON API
  'GET /api/organisations': 'read-all',
  'POST /api/organisations': 'manage',
  'GET /api/organisations/:id': 'read-all',
  'PUT /api/organisations/:id': 'manage',
  'GET /api/people': 'read-all',
  'POST /api/people': 'manage',
  'GET /api/people/:id': 'read-all',
  'PUT /api/people/:id': 'manage',
  'POST /api/imports/people': { permission: 'manage', body: 'json-or-csv' },
  'GET /api/committees': 'read-all',
  'POST /api/committees': 'manage',
  'GET /api/committees/:id': 'read-all',
  'PUT /api/committees/:id': 'manage',
  'GET /api/committees/:id/memberships': 'read-all',
  'POST /api/committees/:id/memberships': 'manage',
  'GET /api/memberships/:id': 'read-all',
  'PUT /api/memberships/:id': 'manage',
  'POST /api/memberships/:id/end': 'manage',
  'GET /api/rule-packs': 'read-all',
  'POST /api/rule-packs': 'manage',
  'GET /api/rule-packs/:id': 'read-all',
  'PUT /api/rule-packs/:id': 'manage',
  'GET /api/committees/:id/meetings': 'read-all',
  'POST /api/committees/:id/meetings': 'manage',
  'GET /api/meetings/:id': 'read-all',
  'PUT /api/meetings/:id': 'manage',
  'POST /api/meetings/:id/items': 'manage',
  'GET /api/decisions': 'read-all',
  'POST /api/decisions': 'manage',
  'GET /api/decisions/:id': 'read-all',
  'PUT /api/decisions/:id': 'manage',
  'GET /api/breaches': 'read-all',
  'GET /api/breaches/:id': 'read-all',
  'PUT /api/breaches/:id': 'manage',
  // Checking a snapshot sent in writes nothing and reads only the rule packs, not the register.
  'POST /api/checks': { permission: 'read-all', body: 'large-json' },
  'GET /api/compliance': 'read-all',
  // The API's description holds nothing from the register.
  'GET /api/openapi.json': 'public',
};

interface PolicyRoute {
  method: string;
  rule: RouteRule;
  match: MatchFunction<Partial<Record<string, string | string[]>>>;
}

/** A % escape that does not decode names no text: the request is refused rather than guessed at. */
function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new RequestRefusedError(400, 'The address has a malformed % escape in it.');
  }
}

/**
 * The access policy applied to an app: `enforce` runs before any body is read or router runs, and
 * `coverRoutesOf` is the start-up check that the table names every route and nothing else.
 */
export class AccessPolicy {
  private routes: PolicyRoute[] = [];

  constructor(private readonly table: Record<string, Permission | RouteRule> = ACCESS_POLICY) {}

  /**
   * Throws naming every route the app registers that the table lacks, and every entry with no route. The
   * routes are kept in the order express tries them, so a request is judged by the entry of the route that
   * would answer it (`/people/import` before `/people/:id`).
   */
  coverRoutesOf(app: Express): void {
    const registered = registeredRoutes(app);
    const keys = new Set(registered.map((r) => `${r.method} ${r.path}`));
    const unnamed = [...keys].filter((key) => !(key in this.table));
    const unused = Object.keys(this.table).filter((key) => !keys.has(key));
    if (unnamed.length > 0 || unused.length > 0) {
      const problems = [
        ...unnamed.map((key) => `the route ${key} is not in the access policy table`),
        ...unused.map((key) => `the access policy entry ${key} names no route`),
      ];
      throw new Error(`The access policy (src/accounts/accessPolicy.ts) does not match the app's routes: ${problems.join('; ')}`);
    }
    this.routes = registered.map(({ method, path }) => {
      const entry = this.table[`${method} ${path}`];
      // As express matches a route: any case, a trailing slash allowed.
      const pattern = path === '/' ? path : path.replace(/\/+$/, '');
      return { method, rule: typeof entry === 'string' ? { permission: entry } : entry, match: match(pattern, { decode: decodeParam, sensitive: false, trailing: true, end: true }) };
    });
  }

  /** Refuses what the table does not allow: unknown route 404, not signed in 401, wrong role 403. */
  readonly enforce = (req: Request, _res: Response, next: NextFunction): void => {
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    let found: { rule: RouteRule; params: object } | undefined;
    for (const route of this.routes) {
      const matched = route.method === method && route.match(req.path);
      if (matched) {
        found = { rule: route.rule, params: matched.params };
        break;
      }
    }
    if (!found) return next(new NotFoundError(isApiRequest(req) ? `The API path ${req.path}` : `The page ${req.path}`));
    refuseControlCharacters(found.params, 'address', 'in the address');
    req.accessRule = found.rule;
    const { permission } = found.rule;
    if (permission !== 'public' && !req.user) return next(new SignInRequiredError());
    if (!holds(req.user, permission)) return next(new ForbiddenError());
    next();
  };
}
