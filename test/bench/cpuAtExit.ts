/**
 * Preloaded into a measured process (`node --require cpuAtExit.js ...`): as it exits, it writes its CPU
 * time (every thread: the compiler's and the garbage collector's too) to stderr, for engine.bench to read.
 * On a busy machine the wall time includes waiting for a core; the CPU time is the process's own work.
 */
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${(user + system) / 1000}\n`);
});
