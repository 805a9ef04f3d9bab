// One timed run of the built CLI in this process: prints wall time and peak resident memory as JSON.
// Chromium's own memory (PDF) is a separate process and is not included.
import { performance } from 'node:perf_hooks';

const { main } = await import('../dist/cli/main.js');
const start = performance.now();
const code = await main(['node', 'hubs-eval', ...process.argv.slice(2)]);
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ code, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
