/** In-process CLI runs: captured output, and snapshot files in a temporary folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function coi(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (text) => void (stdout += text), err: (text) => void (stderr += text) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

let folder: string | undefined;
after(() => {
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

/** Writes a file (JSON for objects) to this run's temporary folder and returns its path. */
export function writeTemp(name: string, content: unknown): string {
  folder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'coi-cli-'));
  const file = path.join(folder, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}
