import type { Express } from 'express';

/** A route as registered: its method in capitals and its full path, mount points included. */
export interface RegisteredRoute {
  method: string;
  path: string;
}

/** The parts of router 2's stack this reads: a route layer has `route`; a mounted router's layer has its own `stack`. */
interface Layer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean | undefined> };
  handle?: { stack?: Layer[] };
}

/** Every route the app registers, in the order express tries them. */
export function registeredRoutes(app: Express): RegisteredRoute[] {
  return routesIn((app.router as unknown as { stack: Layer[] }).stack, '');
}

function routesIn(stack: Layer[], prefix: string): RegisteredRoute[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const { methods } = layer.route;
      // The access policy is per method, so a route must name its methods.
      if (methods._all) throw new Error(`The route ${pathText(layer.route.path)} is registered with all(): register each method it answers`);
      const verbs = Object.keys(methods).filter((m) => methods[m]);
      return stringPaths(layer.route.path).flatMap((path) => verbs.map((verb) => ({ method: verb.toUpperCase(), path: joinPath(prefix, path) })));
    }
    const inner = layer.handle?.stack;
    if (!inner) return [];
    return stringPaths(layer.rawPath).flatMap((mount) => routesIn(inner, mount === '/' ? prefix : prefix + mount));
  });
}

/** A layer's paths as strings; a regular expression can't be named in the policy table, so it is refused. */
function stringPaths(path: unknown): string[] {
  const paths = [path].flat(Infinity);
  if (paths.some((p) => typeof p !== 'string')) throw new Error(`The route or mount path ${pathText(path)} is not a string: the access policy names routes by their paths`);
  return paths as string[];
}

/** A route's full path: `/` inside a router mounted at `/api` is `/api`. */
const joinPath = (prefix: string, path: string) => (path === '/' ? prefix || '/' : prefix + path);

const pathText = (path: unknown) => (Array.isArray(path) ? path.map(String).join(', ') : String(path));
