/** Where export files go, and their SHA-256 and size, taken from the bytes as they are written. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type TransformCallback, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface ExportTarget {
  /** A new stream for the named file. */
  open(fileName: string): Writable;
}

export interface WrittenFile {
  name: string;
  bytes: number;
  sha256: string;
}

/** Each file under its own name in a folder (made if need be). */
export function folderTarget(folder: string): ExportTarget {
  return {
    open: (fileName) => {
      fs.mkdirSync(folder, { recursive: true });
      return fs.createWriteStream(path.join(folder, path.basename(fileName)));
    },
  };
}

/** One file at a chosen path, whatever the export would have named it. */
export function singleFileTarget(file: string): ExportTarget {
  return {
    open: () => {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      return fs.createWriteStream(file);
    },
  };
}

class Digest extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    callback(null, chunk);
  }

  hex(): string {
    return this.hash.digest('hex');
  }
}

/** Runs `write` into the named file of the target, and returns what it wrote with the file's digest. */
export async function writeFile<T>(target: ExportTarget, name: string, write: (out: Writable) => Promise<T>): Promise<{ file: WrittenFile; result: T }> {
  const digest = new Digest();
  const stored = pipeline(digest, target.open(name));
  let result: T;
  try {
    result = await write(digest);
  } catch (error) {
    digest.destroy(error as Error);
    await stored.catch(() => undefined);
    throw error;
  }
  await stored;
  return { file: { name, bytes: digest.bytes, sha256: digest.hex() }, result };
}
