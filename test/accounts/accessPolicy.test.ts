import { expect } from 'chai';
import { holds, type Permission } from '../../src/accounts/access';
import { ACCESS_POLICY, AccessPolicy } from '../../src/accounts/accessPolicy';
import { createApiToken } from '../../src/accounts/apiTokens';
import { createApp } from '../../src/app';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import * as meetingsRoutes from '../../src/decisions/meetings.routes';
import type { Role } from '../../src/shared/vocabulary';
import { registeredRoutes, type RegisteredRoute } from '../../src/web/registeredRoutes';
import { useDatabase } from '../support/database';
import { aPerson } from '../support/factories';
import { signedInAs } from '../support/management';
import { appDepsForInspection, startTestApp, type AgentResponse, type TestApp, type WebAgent } from '../support/testApp';

const permissionOf = (route: RegisteredRoute): Permission => {
  const entry = ACCESS_POLICY[`${route.method} ${route.path}`];
  return typeof entry === 'string' ? entry : entry.permission;
};

/** Every path parameter filled with an id that names no record, so reads answer 404 and nothing is found. */
const concretePath = (route: RegisteredRoute) => route.path.replace(/:(\w+)/g, (_m, name: string) => (name === 'name' ? 'file.csv' : '64b7f0c2a1b2c3d4e5f60718'));

interface Caller {
  name: string;
  /** A role signed in with a session, an API token's role, or nobody. */
  role?: Role;
  token?: boolean;
  send: (method: string, path: string, options: Parameters<WebAgent['request']>[2]) => Promise<AgentResponse>;
}

type Outcome = 'allowed' | 'sign in' | 'forbidden';

/** Answered before the caller is worked out, because they must answer while the database is down. */
const ANSWERED_BEFORE_SIGN_IN = ['GET /health', 'GET /ready', 'GET /css/nhsuk.css', 'GET /css/app.css', 'GET /js/nhsuk-frontend.js', 'GET /js/app.js'];

function expectedOutcome(caller: Caller, route: RegisteredRoute): Outcome {
  const permission = permissionOf(route);
  // API tokens are for the JSON API only.
  if (caller.token && !route.path.startsWith('/api/') && !ANSWERED_BEFORE_SIGN_IN.includes(`${route.method} ${route.path}`)) return 'forbidden';
  if (permission === 'public') return 'allowed';
  if (!caller.role) return 'sign in';
  const user = { id: 'x', name: 'x', email: '', role: caller.role };
  return holds(user, permission) ? 'allowed' : 'forbidden';
}

function outcomeOf(route: RegisteredRoute, response: AgentResponse): Outcome | `status ${number}` {
  const { status, location } = response;
  if (status === 401 || (status === 303 && location?.startsWith('/sign-in?next='))) return 'sign in';
  if (status === 403) return 'forbidden';
  // A request that changes something is sent as text/plain: the 415 it gets comes once the access policy has
  // let it through, before any handler runs, so probing every route writes nothing and signs nobody out.
  if (route.method !== 'GET') return status === 415 ? 'allowed' : `status ${status}`;
  return status < 500 ? 'allowed' : `status ${status}`;
}

describe('The access policy: one table names who may use every route', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when the app is built, then every route it registers is in the table and every entry names a route', () => {
    const routes = registeredRoutes(createApp(appDepsForInspection())).map((r) => `${r.method} ${r.path}`);
    expect([...new Set(routes)].sort()).to.deep.equal(Object.keys(ACCESS_POLICY).sort());
  });

  it('when a router adds a route the table lacks, then the app refuses to start, naming the route', () => {
    const meetingsRouter = meetingsRoutes.meetingsRouter;
    const patchable = meetingsRoutes as { meetingsRouter: typeof meetingsRouter };
    patchable.meetingsRouter = () => {
      const router = meetingsRouter();
      router.get('/meetings/:id/minutes', (_req, res) => res.send('The minutes'));
      return router;
    };
    try {
      expect(() => createApp(appDepsForInspection())).to.throw('the route GET /meetings/:id/minutes is not in the access policy table');
    } finally {
      patchable.meetingsRouter = meetingsRouter;
    }
  });

  it('when the table names a route no router registers, then the app refuses to start, naming the entry', () => {
    const app = createApp(appDepsForInspection());
    const policy = new AccessPolicy({ ...ACCESS_POLICY, 'GET /meetings/:id/minutes': 'read-all' });
    expect(() => policy.coverRoutesOf(app)).to.throw('the access policy entry GET /meetings/:id/minutes names no route');
  });

  it('when every role calls every route, then anonymous callers are sent to sign in, other roles refused and allowed as the table says', async function () {
    this.timeout(120_000);
    const routes = registeredRoutes(createApp(appDepsForInspection()));
    const bearer = async (role: 'governance-lead' | 'auditor'): Promise<Caller> => {
      const { token } = await createApiToken({ name: `matrix-${role}`, role }, SYSTEM_ACTOR);
      const agent = app.agent();
      return { name: `${role} API token`, role, token: true, send: (method, p, options) => agent.request(method, p, { ...options, headers: { ...options?.headers, authorization: `Bearer ${token}` } }) };
    };
    const signedIn = async (role: Role): Promise<Caller> => {
      const agent = await signedInAs(app, role);
      return { name: role, role, send: (method, p, options) => agent.request(method, p, options) };
    };
    const anonymous = app.agent();
    const callers: Caller[] = [
      { name: 'anonymous', send: (method, p, options) => anonymous.request(method, p, options) },
      ...(await Promise.all((['member', 'governance-lead', 'auditor', 'admin'] as const).map(signedIn))),
      await bearer('governance-lead'),
      await bearer('auditor'),
    ];

    const wrong: string[] = [];
    let checked = 0;
    await Promise.all(
      callers.map(async (caller) => {
        for (const route of routes) {
          const options = route.method === 'GET' ? {} : { raw: 'probe', headers: { 'content-type': 'text/plain' } };
          const response = await caller.send(route.method, concretePath(route), options);
          const expected = expectedOutcome(caller, route);
          const got = outcomeOf(route, response);
          checked++;
          if (got !== expected) wrong.push(`${caller.name} ${route.method} ${route.path}: expected ${expected}, got ${got} (${response.status})`);
        }
      }),
    );
    expect(wrong).to.deep.equal([]);
    expect(checked).to.equal(routes.length * callers.length);
  });

  it('when a HEAD request comes, then it is judged by the GET entry', async () => {
    expect((await app.agent().request('HEAD', '/audit')).status).to.equal(303);
    const auditor = await signedInAs(app, 'auditor');
    expect((await auditor.request('HEAD', '/audit')).status).to.equal(200);
    expect((await auditor.request('HEAD', '/no-such-page')).status).to.equal(404);
  });

  it('when a request names no route, then it is refused with 404, in JSON under /api, whoever asks', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const page = await lead.get('/meetings/64b7f0c2a1b2c3d4e5f60718/minutes');
    expect(page.status).to.equal(404);
    expect(page.text).to.contain('Page not found');
    const api = await app.agent().request('GET', '/api/no-such-thing');
    expect(api.status).to.equal(404);
    expect(api.json()).to.deep.equal({ error: 'The API path /api/no-such-thing was not found' });
    // A route's path with another method names no route either.
    expect((await lead.api('DELETE', '/api/people/64b7f0c2a1b2c3d4e5f60718')).status).to.equal(404);
  });

  it('when an API token is sent to a page, then it is refused with 403 and a plain message, not a fault', async () => {
    const member = await aPerson();
    const { token } = await createApiToken({ name: 'pages', role: 'governance-lead' }, SYSTEM_ACTOR);
    for (const page of ['/declarations/interests/64b7f0c2a1b2c3d4e5f60718', '/declarations/gifts/64b7f0c2a1b2c3d4e5f60718', `/people/${member.id}`, '/register']) {
      const response = await app.agent().request('GET', page, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status, page).to.equal(403);
      expect(response.text).to.contain('API tokens can only be used with the JSON API under /api');
    }
  });

  it('when a path has upper-case letters or a trailing slash, then it is judged as express routes it', async () => {
    expect((await app.agent().get('/AUDIT/')).status).to.equal(303);
    const member = await signedInAs(app, 'member');
    expect((await member.get('/Audit')).status).to.equal(403);
    expect((await member.api('GET', '/API/people/')).status).to.equal(403);
  });
});
