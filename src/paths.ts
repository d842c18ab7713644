import fs from 'node:fs';
import path from 'node:path';

/** The folder holding package.json; compiled code runs from dist/, so walk up rather than assume a depth. */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(__dirname);
export const viewsDir = path.join(projectRoot, 'views');
export const defaultDataDir = path.join(projectRoot, 'data');
export const defaultCacheDir = path.join(projectRoot, '.cache');
