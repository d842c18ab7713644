import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import Handlebars from 'handlebars';
import { viewsDir } from '../../src/paths';
import { VIEW_COMPILE_OPTIONS } from '../../src/web/viewEngine';

function viewFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return viewFiles(file);
    return entry.name.endsWith('.hbs') ? [file] : [];
  });
}

describe('The views', () => {
  it('when every template and partial is compiled as the app compiles them, then each compiles: none names a helper the app lacks', () => {
    const files = viewFiles(viewsDir);
    expect(files.length).to.be.greaterThan(50);
    const failures = files.flatMap((file) => {
      try {
        Handlebars.precompile(fs.readFileSync(file, 'utf8'), VIEW_COMPILE_OPTIONS);
        return [];
      } catch (error) {
        return [`${path.relative(viewsDir, file)}: ${(error as Error).message.split('\n')[0]}`];
      }
    });
    expect(failures).to.deep.equal([]);
  });
});
