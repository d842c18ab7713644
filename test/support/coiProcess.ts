import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

/** Runs `coi …` as a separate process against a database, as an operator would on the server. */
export function coiProcess(databaseUri: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, MONGODB_URI: databaseUri };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'coi.js'), ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
