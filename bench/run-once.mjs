// One timed run of the built CLI in this process: prints wall time, CPU time (user + system, this process) and peak
// resident memory as JSON. Chromium's own memory and CPU (PDF) are a separate process and are not included.
import { performance } from 'node:perf_hooks';

const { main } = await import('../dist/cli/main.js');
const start = performance.now();
const code = await main(['node', 'hubs-eval', ...process.argv.slice(2)]);
const ms = performance.now() - start;
const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({ code, ms, cpuMs: (userCPUTime + systemCPUTime) / 1000, maxRssMb: maxRSS / 1024 })}\n`,
);
