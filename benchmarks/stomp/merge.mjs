#!/usr/bin/env node
// Merges the results of the load.mjs processes of one run into one report: connections opened, held,
// dropped and failed; per step the messages and deliveries per second, losses, duplicates, end-to-end
// latency (p50/p95/p99/max over every delivery of every process) and where the CPU went; and the
// knee: the highest rate that kept p99 under --threshold-ms with no loss, it and every lower step.
//
//   node merge.mjs --threshold-ms 100 --clk-tck 100 --json merged.json r0.json r1.json r2.json

import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Histogram } from './histogram.mjs';

const argv = process.argv.slice(2);
const options = { 'threshold-ms': '100', 'clk-tck': '100', 'max-others': '15', title: 'STOMP load' };
const files = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i].startsWith('--')) options[argv[i].slice(2)] = argv[++i];
  else files.push(argv[i]);
}
if (files.length === 0) throw new Error('no result files');
const thresholdMs = Number(options['threshold-ms']);
const hz = Number(options['clk-tck']);
const results = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
const first = results[0];

const sum = (values) => values.reduce((total, value) => total + (value ?? 0), 0);
const addCounts = (objects) => objects.reduce((total, counts) => {
  for (const [key, value] of Object.entries(counts ?? {})) total[key] = (total[key] ?? 0) + value;
  return total;
}, {});
const ms = (micros) => (micros == null ? null : micros / 1000);
const fixed = (value, digits = 1) => (value == null || !Number.isFinite(value) ? '-' : value.toFixed(digits));
const percent = (part, whole) => (part == null || !whole ? null : (100 * part) / whole);
const counts = (object) => Object.entries(object).map(([key, value]) => `${value} × ${key}`).join('; ') || '-';

// ------------------------------------------------------------------------------------ connections

const connect = results.reduce((total, result) => total.merge(Histogram.fromJSON(result.connections.connect)), new Histogram());
const connections = {
  planned: first.planConnections,
  owned: sum(results.map((r) => r.connections.owned)),
  opened: sum(results.map((r) => r.connections.opened)),
  failed: sum(results.map((r) => r.connections.failed)),
  failureReasons: addCounts(results.map((r) => r.connections.failureReasons)),
  dropped: sum(results.map((r) => r.connections.dropped)),
  dropReasons: addCounts(results.map((r) => r.connections.dropReasons)),
  droppedWhen: addCounts(results.map((r) => r.connections.droppedWhen)),
  stompErrors: addCounts(results.map((r) => r.connections.stompErrors)),
  heldAtEnd: sum(results.map((r) => r.connections.heldAtEnd)),
  otherFrames: sum(results.map((r) => r.connections.otherFrames)),
  connectMs: { p50: ms(connect.percentile(0.5)), p99: ms(connect.percentile(0.99)), max: ms(connect.max) },
  generatorRssMb: results.map((r) => Math.round(r.rssBytes / 1e6)),
};
// why connections dropped: the silence each client saw from the server (heart-beats included) before it
// gave up, the longest silence of those that stayed, and the generator's own delays while connecting
const silence = (key) => {
  const histogram = results.reduce((total, r) => total.merge(Histogram.fromJSON(r.connections[key])), new Histogram());
  return { count: histogram.count, p50: ms(histogram.percentile(0.5)), p99: ms(histogram.percentile(0.99)), max: ms(histogram.count ? histogram.max : null) };
};
connections.dropSilenceMs = silence('dropSilence');
connections.heldMaxSilenceMs = silence('heldMaxSilence');
connections.dropDetails = results.flatMap((r) => (r.connections.dropDetails ?? []).map((d) => ({ slice: r.slice, ...d })))
  .sort((a, b) => a.atS - b.atS);
const phases = results.map((r) => r.connections.connectPhase).filter(Boolean);
if (phases.length) {
  const cpu = phases.find((p) => p.cpu?.serverTicks != null)?.cpu ?? phases[0].cpu;
  const generator = (sum(phases.map((p) => p.cpu?.nodeMicros)) / 1e6) * hz;
  connections.connectPhase = {
    seconds: Math.max(...phases.map((p) => p.seconds)),
    ratePerS: phases.every((p) => p.ratePerProcess) ? sum(phases.map((p) => p.ratePerProcess)) : null,
    serverPercent: percent(cpu?.serverTicks, cpu?.machineAllTicks),
    generatorPercent: percent(generator, cpu?.machineAllTicks),
    othersPercent: percent(cpu?.machineBusyTicks - (cpu?.serverTicks ?? 0) - generator, cpu?.machineAllTicks),
    loopDelayP99Ms: Math.max(...phases.map((p) => p.loopDelay?.p99Ms ?? 0)),
    loopDelayMaxMs: Math.max(...phases.map((p) => p.loopDelay?.maxMs ?? 0)),
  };
}
connections.runLoopDelayMaxMs = Math.max(...results.map((r) => r.connections.runLoopDelay?.maxMs ?? 0));

// ------------------------------------------------------------------------------------ steps

const { durationS } = first.options;
const steps = first.steps.map((_, index) => {
  const parts = results.map((result) => result.steps[index]);
  const latency = parts.reduce((total, part) => total.merge(Histogram.fromJSON(part.latency)), new Histogram());
  const sent = sum(parts.map((p) => p.sent));
  const expected = sum(parts.map((p) => p.expected));
  const received = sum(parts.map((p) => p.received));
  const cpu0 = parts.find((p) => p.cpu?.serverTicks != null)?.cpu ?? parts[0].cpu ?? {};
  const all = cpu0.machineAllTicks;
  const server = cpu0.serverTicks;
  const generator = (sum(parts.map((p) => p.cpu?.nodeMicros)) / 1e6) * hz;
  return {
    rate: parts[0].rate,
    messagesPerS: sent / durationS,
    deliveriesPerS: received / durationS,
    sent, expected, received,
    lost: expected - received,
    duplicates: sum(parts.map((p) => p.duplicates)),
    sendSkipped: sum(parts.map((p) => p.sendSkipped)),
    sendErrors: addCounts(parts.map((p) => p.sendErrors)),
    httpStatus: addCounts(parts.map((p) => p.httpStatus)),
    latencyMs: {
      p50: ms(latency.percentile(0.5)), p95: ms(latency.percentile(0.95)), p99: ms(latency.percentile(0.99)),
      max: ms(latency.count ? latency.max : null), mean: ms(latency.mean()),
    },
    cpu: {
      machineBusyPercent: percent(cpu0.machineBusyTicks, all),
      serverPercent: percent(server, all),
      generatorPercent: percent(generator, all),
      othersPercent: percent(cpu0.machineBusyTicks - (server ?? 0) - generator, all),
      serverMsPerDelivery: server == null || received === 0 ? null : (1000 * server) / hz / received,
      generatorMsPerDelivery: received === 0 ? null : (1000 * generator) / hz / received,
    },
    worstLoopDelayP99Ms: Math.max(...parts.map((p) => p.loopDelay?.p99Ms ?? 0)),
  };
});

// The knee: the last rate before the first that broke p99 < threshold or lost a delivery. A higher rate
// that passes again after a failure is noise (other processes on the machine), not capacity.
const passes = (step) => step.sent > 0 && step.lost <= 0 && step.latencyMs.p99 != null && step.latencyMs.p99 < thresholdMs;
const measured = steps.filter((step) => step.rate > 0).sort((a, b) => a.rate - b.rate);
const firstFailure = measured.findIndex((step) => !passes(step));
const knee = firstFailure === 0 ? null : measured[(firstFailure < 0 ? measured.length : firstFailure) - 1] ?? null;
const passedAgain = firstFailure < 0 ? [] : measured.slice(firstFailure + 1).filter(passes);

// ------------------------------------------------------------------------------------ report

const lines = [];
lines.push(`## ${options.title}: ${first.url}, ${first.slices} generator process(es), ${cpus().length} cores`);
lines.push('');
lines.push('| connections planned | opened | failed | dropped | held at the end | connect p50 / p99 / max ms | generator RSS MB |');
lines.push('|---:|---:|---:|---:|---:|---|---|');
lines.push(`| ${connections.planned} | ${connections.opened} | ${connections.failed} | ${connections.dropped} | ${connections.heldAtEnd}`
  + ` | ${fixed(connections.connectMs.p50)} / ${fixed(connections.connectMs.p99)} / ${fixed(connections.connectMs.max)}`
  + ` | ${connections.generatorRssMb.join(' / ')} |`);
if (connections.failed) lines.push(`\nfailures: ${counts(connections.failureReasons)}`);
if (connections.dropped) lines.push(`\ndrops: ${counts(connections.dropReasons)} (when: ${counts(connections.droppedWhen)})`);
if (connections.connectPhase) {
  const c = connections.connectPhase;
  lines.push(`\nconnecting: ${fixed(c.seconds)} s${c.ratePerS ? ` (paced at ${fixed(c.ratePerS, 0)} connections/s)` : ' (unpaced)'};`
    + ` machine CPU server ${fixed(c.serverPercent, 0)} % / generator ${fixed(c.generatorPercent, 0)} % / others ${fixed(c.othersPercent, 0)} %;`
    + ` generator event-loop delay p99 ${fixed(c.loopDelayP99Ms)} ms, max ${fixed(c.loopDelayMaxMs)} ms`
    + ` (after connecting: max ${fixed(connections.runLoopDelayMaxMs)} ms)`);
}
const { p50: s50, p99: s99, max: sMax } = connections.heldMaxSilenceMs;
if (connections.heldMaxSilenceMs.count) {
  lines.push(`\nlongest silence from the server per held connection (a client gives up after ${first.options.heartbeatTolerance ?? 2}`
    + ` heart-beat periods, ${((first.options.heartbeatTolerance ?? 2) * first.options.heartbeatMs) / 1000} s): p50 ${fixed(s50 / 1000, 1)} s,`
    + ` p99 ${fixed(s99 / 1000, 1)} s, max ${fixed(sMax / 1000, 1)} s`);
}
if (connections.dropped) {
  const d = connections.dropSilenceMs;
  lines.push(`\nsilence before each drop: p50 ${fixed(d.p50 / 1000, 1)} s, max ${fixed(d.max / 1000, 1)} s; first drops`
    + ` (s into the run, s open, silence s, this process's connections open then): ${connections.dropDetails.slice(0, 8)
      .map((x) => `${fixed(x.atS)}/${fixed(x.openSecondsBefore)}/${fixed(x.silenceMs / 1000)}/${x.openInThisProcess}`).join(', ')}`);
}
if (Object.keys(connections.stompErrors).length) lines.push(`\nSTOMP ERROR frames: ${counts(connections.stompErrors)}`);
const { warmupS, drainS, heartbeatMs } = first.options;
if (steps.some((step) => step.rate > 0)) {
  lines.push('');
  lines.push('| msg/s asked | msg/s sent | deliveries/s | lost | dup | p50 ms | p95 ms | p99 ms | max ms | machine CPU: server / generator / others | server CPU ms per delivery | generator loop delay p99 ms |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|');
  for (const step of steps) {
    lines.push(`| ${step.rate} | ${fixed(step.messagesPerS, 0)} | ${fixed(step.deliveriesPerS, 0)} | ${step.lost} | ${step.duplicates}`
      + ` | ${fixed(step.latencyMs.p50)} | ${fixed(step.latencyMs.p95)} | ${fixed(step.latencyMs.p99)} | ${fixed(step.latencyMs.max)}`
      + ` | ${fixed(step.cpu.serverPercent, 0)} % / ${fixed(step.cpu.generatorPercent, 0)} % / ${fixed(step.cpu.othersPercent, 0)} %`
      + ` | ${fixed(step.cpu.serverMsPerDelivery, 3)} | ${fixed(step.worstLoopDelayP99Ms)} |`);
  }
  for (const step of steps) {
    const problems = [];
    if (step.sendSkipped) problems.push(`${step.sendSkipped} not sent (no connected sender)`);
    if (Object.keys(step.sendErrors).length) problems.push(`send errors: ${counts(step.sendErrors)}`);
    const statuses = Object.keys(step.httpStatus).filter((status) => !status.startsWith('2'));
    if (statuses.length) problems.push(`HTTP statuses: ${counts(step.httpStatus)}`);
    if (problems.length) lines.push(`\n${step.rate} msg/s: ${problems.join('; ')}`);
  }
  const noisy = steps.filter((step) => step.cpu.othersPercent > Number(options['max-others']));
  if (noisy.length) {
    lines.push('');
    lines.push(`WARNING: other processes used more than ${options['max-others']} % of the machine during the steps at`
      + ` ${noisy.map((step) => `${step.rate} (${fixed(step.cpu.othersPercent, 0)} %)`).join(', ')} msg/s:`
      + ' those latencies measure the machine, not the server');
  }
  lines.push('');
  lines.push(knee
    ? `highest rate with p99 < ${thresholdMs} ms and nothing lost (this and every lower step): ${knee.rate} msg/s asked`
      + ` (${fixed(knee.deliveriesPerS, 0)} deliveries/s, p99 ${fixed(knee.latencyMs.p99)} ms)`
    : `the first step already broke p99 < ${thresholdMs} ms or lost deliveries`);
  if (passedAgain.length) {
    lines.push(`(${passedAgain.map((step) => step.rate).join(', ')} msg/s passed again after ${measured[firstFailure].rate} failed:`
      + ' noise from other processes, not capacity; measure again on a quiet machine)');
  }
}
for (const step of steps.filter((s) => s.rate === 0)) {
  lines.push('');
  lines.push(connections.heldAtEnd === connections.planned
    ? `all ${connections.planned} connections opened and held`
    : `NOT all held: ${connections.planned - connections.heldAtEnd} of ${connections.planned} connections failed or dropped`);
  lines.push(`held ${durationS} s without messages: machine CPU server ${fixed(step.cpu.serverPercent, 0)} %,`
    + ` generator ${fixed(step.cpu.generatorPercent, 0)} %, others ${fixed(step.cpu.othersPercent, 0)} %`
    + ` (heart-beats only); other frames received: ${connections.otherFrames}`);
}
lines.push('');
lines.push(`each step: ${warmupS} s warm-up, ${durationS} s measured, ${drainS} s drain; heart-beat ${heartbeatMs} ms;`
  + ` ${first.planRooms} rooms; latency from the sender's clock to each receiving subscription; lost = expected deliveries`
  + ' (messages sent in the measured window × room members) − unique deliveries; CPU shares of the whole machine'
  + ' during the measured window');
const report = lines.join('\n');
process.stdout.write(`${report}\n`);
if (options.json) writeFileSync(options.json, JSON.stringify({ connections, steps, knee, passedAgain, thresholdMs, report }, null, 2));
if (options.markdown) writeFileSync(options.markdown, `${report}\n`);
