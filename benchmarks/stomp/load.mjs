#!/usr/bin/env node
// STOMP over WebSocket load generator (issue 14, "Performance"): opens connections with @stomp/stompjs,
// subscribes, sends messages into rooms at a fixed total rate (open loop: it never waits for answers)
// and measures, in every receiving connection, the end-to-end latency and the deliveries, losses and
// duplicates of each message. Several processes share one plan (--slice k/n), so that the generator
// is not limited to one core; benchmarks/stomp.sh runs three and merges their results (merge.mjs).
//
//   node load.mjs --plan plan.json --slice 0/3 --rates 600 --warmup 10 --duration 30 --out r0.json
//
// ---------------------------------------------------------------------------------------- the plan
// One JSON file describes the users and the rooms, so the same generator drives the bare broker
// (benchmarks/stomp.sh writes its plan with plan-bare.mjs) and the product (users with JWTs):
//
// {
//   "url": "ws://127.0.0.1:18080/v1/ws",          // the STOMP over WebSocket endpoint
//   "connectHeaders": {},                          // optional: CONNECT headers of every connection
//   "connections": [                               // one entry per WebSocket (a user may have several)
//     // optional "url" per connection overrides the plan's (several instances behind no balancer)
//     { "connectHeaders": { "Authorization": "Bearer eyJ..." },     // merged over the ones above
//       "httpHeaders": { "Authorization": "Bearer eyJ..." },        // only for rooms with "sendUrl"
//       "subscribe": ["/topic/conversations/3f0c...", "/user/queue/notifications"] }
//   ],
//   "rooms": [                                     // where messages go; members are connection indexes
//     { "id": "3f0c...", "members": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
//       "sendDestination": "/app/conversations/3f0c.../send",   // a STOMP SEND ...
//       "sendUrl": "http://127.0.0.1:18080/v1/conversations/3f0c.../messages" } // ... or an HTTP POST
//   ],
//   "sendBody": "{\"text\":\"{marker}\",\"clientMessageId\":\"{uuid}\"}",   // the body template
//   "sendHeaders": { "content-type": "application/json" },   // optional: headers of every SEND/POST
//   "echoToSender": true                           // does the sender's own connection get its message?
// }
//
// The body template's placeholders: {marker} (REQUIRED: the receivers find it anywhere in what they
// receive, however the server wraps the message), {uuid} (a fresh UUID, e.g. an idempotency key),
// {seq}, {ts} (send time, µs), {room} (the room's id), {roomIndex}. The marker is
// "lt~<slice>.<seq>~<send time in µs>~<step, -1 in warm-up>~<room index>": plain text, safe in JSON.
// Each subscription of a room's members must receive the room's messages: every member of a room is
// expected to get each message once (the sender too, unless "echoToSender" is false), so subscribe a
// connection to one destination per room: a message that reaches it twice (say on the conversation's
// topic and on the user's queue) counts as a duplicate. Frames without a marker (receipts, presence,
// typing, ...) are only counted ("other frames"). A connection that fails or drops misses deliveries,
// which count as lost; the connection figures tell why.
//
// Who sends: room r is sent into by process r % n when that process owns one of its members (else by
// the owner of its first member), rotating over its members there that are connected. A process owns
// the connections whose index i has i % n == k (--slice k/n): every room of 10 spans all 3 processes,
// so most deliveries cross processes. Latency is measured against the sender's timestamp on the
// monotonic clock (process.hrtime), which all processes on one machine share: the processes must run
// on the same machine.
//
// ---------------------------------------------------------------------------------------- options
//   --plan FILE              the plan (required)
//   --slice K/N              this process owns connections i with i % N == K (0/1)
//   --rates R[,R...]         total messages/s of all processes together, one step per rate; 0 = hold
//                            the connections and send nothing (600)
//   --warmup S               seconds of sending before each step's measurement (10)
//   --duration S             measured seconds of each step (30)
//   --drain S                seconds after each step without sending, for late deliveries (5)
//   --heartbeat MS           STOMP heart-beat asked for in both directions, 0 = none (10000)
//   --heartbeat-tolerance K  a connection without any frame from the server for K heart-beat periods is
//                            closed by the client (stompjs, as in a browser; its default, 2)
//   --connect-concurrency C  connections being opened at once (32)
//   --connect-timeout MS     a connection not CONNECTED by then has failed (30000)
//   --connect-rate R         new connections per second of all processes together while connecting, 0 =
//                            as fast as --connect-concurrency allows (0). A paced storm: the generator
//                            shares the server's cores, and an unpaced one starves both (docs/performance.md)
//   --ready-file FILE        written when every owned connection is open or has failed; then it waits
//   --go-file FILE           ... for this file, which holds the epoch ms at which step 1 starts (all
//                            processes follow the same schedule); without these it starts at once
//   --go-wait S              give up when the go file has not come after S seconds (1800)
//   --server-pid PID         also sample this server's CPU (/proc) during each measured window
//   --deflate                offer permessage-deflate, as browsers do (off: it costs both sides CPU)
//   --out FILE               the result (JSON); stdout without it
// Everything runs for a bounded time and the process exits by itself.
//
// Besides the steps it records what tells a dropped connection's cause apart: the silence the client
// saw from the server (any frame, heart-beats included) — per drop, and the longest per connection that
// stayed; the generator's event-loop delay and CPU while connecting and during the steps (a starved
// generator reads frames late and then blames the server for its own silence); and when each drop came
// (seconds into the run, how many of this process's connections were open by then).

import { Client } from '@stomp/stompjs';
import WebSocket from 'ws';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Histogram } from './histogram.mjs';

const MARKER = /lt~(\d+\.\d+)~(\d+)~(-?\d+)~(\d+)/;
const TICK_MS = 10;
const MAX_HTTP_IN_FLIGHT = 2000;
const HTTP_AGENT = new http.Agent({ keepAlive: true, maxSockets: 64 });
const HTTPS_AGENT = new https.Agent({ keepAlive: true, maxSockets: 64 });

// ------------------------------------------------------------------------------------ arguments

function parseArguments(argv) {
  const options = {
    slice: '0/1', rates: '600', warmup: '10', duration: '30', drain: '5', heartbeat: '10000', 'heartbeat-tolerance': '2',
    'connect-concurrency': '32', 'connect-timeout': '30000', 'go-wait': '1800', 'connect-rate': '0',
  };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (!name.startsWith('--')) throw new Error(`unexpected argument ${name}`);
    const key = name.slice(2);
    if (key === 'deflate') options.deflate = true;
    else if (i + 1 < argv.length) options[key] = argv[++i];
    else throw new Error(`${name} needs a value`);
  }
  if (!options.plan) throw new Error('--plan FILE is required');
  const [slice, slices] = options.slice.split('/').map(Number);
  if (!(slices >= 1 && slice >= 0 && slice < slices)) throw new Error(`bad --slice ${options.slice}`);
  const number = (key, min) => {
    const value = Number(options[key]);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${key} must be a number >= ${min}`);
    return value;
  };
  return {
    plan: options.plan, slice, slices, out: options.out, readyFile: options['ready-file'], goFile: options['go-file'],
    rates: options.rates.split(',').map((rate) => {
      const value = Number(rate);
      if (!Number.isFinite(value) || value < 0) throw new Error(`bad rate ${rate}`);
      return value;
    }),
    warmupS: number('warmup', 0), durationS: number('duration', 1), drainS: number('drain', 0),
    heartbeatMs: number('heartbeat', 0), heartbeatTolerance: number('heartbeat-tolerance', 1), connectConcurrency: number('connect-concurrency', 1),
    connectTimeoutMs: number('connect-timeout', 100), goWaitS: number('go-wait', 1), connectRate: number('connect-rate', 0),
    serverPid: options['server-pid'] ? Number(options['server-pid']) : null, deflate: Boolean(options.deflate),
  };
}

function loadPlan(file) {
  const plan = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof plan.url !== 'string' || !/^wss?:\/\//.test(plan.url)) throw new Error('plan.url must be ws:// or wss://');
  if (!Array.isArray(plan.connections) || plan.connections.length === 0) throw new Error('plan.connections is empty');
  if (!Array.isArray(plan.rooms)) throw new Error('plan.rooms must be an array');
  plan.sendBody ??= '{"text":"{marker}"}';
  if (!plan.sendBody.includes('{marker}')) throw new Error('plan.sendBody must contain {marker}');
  plan.echoToSender ??= true;
  plan.connections.forEach((connection, index) => {
    if (connection.url !== undefined && !/^wss?:\/\//.test(connection.url)) throw new Error(`connection ${index}: url must be ws:// or wss://`);
  });
  plan.rooms.forEach((room, index) => {
    if (!Array.isArray(room.members) || room.members.length === 0) throw new Error(`room ${index} has no members`);
    if (!room.sendDestination && !room.sendUrl) throw new Error(`room ${index} has neither sendDestination nor sendUrl`);
    for (const member of room.members) {
      if (!(member >= 0 && member < plan.connections.length)) throw new Error(`room ${index}: no connection ${member}`);
    }
  });
  return plan;
}

// ------------------------------------------------------------------------------------ clocks, CPU

const micros = () => Number(process.hrtime.bigint() / 1000n);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const sleepUntil = (epochMs) => sleep(epochMs - Date.now());

function machineTicks() { // [busy, all] jiffies of the whole machine, null off Linux
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
    const busy = user + nice + system + irq + softirq + steal;
    return [busy, busy + idle + iowait];
  } catch {
    return null;
  }
}

function processTicks(pid) { // utime + stime jiffies of a process, null when it cannot be read
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

function cpuSample(serverPid) {
  const usage = process.cpuUsage();
  return {
    node: usage.user + usage.system, machine: machineTicks(), server: serverPid ? processTicks(serverPid) : null,
  };
}

function cpuBetween(start, end) {
  const delta = (a, b) => (a == null || b == null ? null : b - a);
  return {
    nodeMicros: end.node - start.node,
    serverTicks: delta(start.server, end.server),
    machineBusyTicks: start.machine && end.machine ? end.machine[0] - start.machine[0] : null,
    machineAllTicks: start.machine && end.machine ? end.machine[1] - start.machine[1] : null,
  };
}

const increment = (counts, key, by = 1) => { counts[key] = (counts[key] ?? 0) + by; };

// ------------------------------------------------------------------------------------ the run

class LoadRun {
  constructor(options, plan) {
    this.options = options;
    this.plan = plan;
    this.owned = plan.connections.map((_, index) => index).filter((index) => index % options.slices === options.slice);
    this.connections = new Map(); // index -> {client, state, seen}
    this.stepIndex = -1;
    this.steps = options.rates.map((rate) => ({
      rate, sent: 0, expected: 0, sendErrors: {}, sendSkipped: 0, httpStatus: {}, received: 0, duplicates: 0,
      latency: new Histogram(), cpu: null, loopDelay: null,
    }));
    this.stats = {
      opened: 0, failed: 0, failureReasons: {}, connect: new Histogram(), dropped: 0, dropReasons: {},
      droppedWhen: {}, stompErrors: {}, otherFrames: 0, warmupDeliveries: 0, heldAtEnd: 0,
      sentAll: 0, dropSilence: new Histogram(), dropDetails: [], heldMaxSilence: new Histogram(),
      connectPhase: null, runLoopDelay: null,
    };
    this.runStarted = Date.now();
    this.sendRooms = this.roomsThisProcessSendsInto();
    this.httpInFlight = 0;
    this.seq = 0;
  }

  roomsThisProcessSendsInto() {
    const { slice, slices } = this.options;
    const rooms = [];
    this.plan.rooms.forEach((room, index) => {
      const ownsMember = (s) => room.members.some((member) => member % slices === s);
      const sendingSlice = ownsMember(index % slices) ? index % slices : room.members[0] % slices;
      if (sendingSlice !== slice) return;
      rooms.push({ index, room, senders: room.members.filter((member) => member % slices === slice), next: 0 });
    });
    return rooms;
  }

  phase() {
    return this.stepIndex < 0 ? 'before' : `step${this.stepIndex + 1}`;
  }

  // ---------------------------------------------------------------------------------- connecting

  async connectAll() {
    const queue = [...this.owned];
    const { connectRate, slices, serverPid } = this.options;
    // paced: this process opens its share of --connect-rate, one connection every intervalMs
    const intervalMs = connectRate > 0 ? (1000 * slices) / connectRate : 0;
    const started = Date.now();
    let begun = 0;
    const worker = async () => {
      while (queue.length > 0) {
        const index = queue.shift();
        if (intervalMs > 0) await sleepUntil(started + begun++ * intervalMs);
        await this.connect(index);
      }
    };
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const cpuStart = cpuSample(serverPid);
    await Promise.all(Array.from({ length: Math.min(this.options.connectConcurrency, queue.length) }, worker));
    loop.disable();
    this.stats.connectPhase = {
      seconds: (Date.now() - started) / 1000, ratePerProcess: intervalMs > 0 ? 1000 / intervalMs : null,
      cpu: cpuBetween(cpuStart, cpuSample(serverPid)),
      loopDelay: { p99Ms: loop.count ? loop.percentile(99) / 1e6 : null, maxMs: loop.count ? loop.max / 1e6 : null },
    };
  }

  /** Any frame from the server, heart-beats included: the client's view of the server's silence. */
  frameArrived(connection) {
    const now = Date.now();
    if (connection.state === 'connected' && connection.lastFrameAt) {
      connection.maxSilenceMs = Math.max(connection.maxSilenceMs ?? 0, now - connection.lastFrameAt);
    }
    connection.lastFrameAt = now;
  }

  connect(index) {
    const spec = this.plan.connections[index];
    const { heartbeatMs, connectTimeoutMs, deflate } = this.options;
    return new Promise((resolve) => {
      const started = micros();
      const connection = { state: 'connecting', seen: new Set(), client: null };
      this.connections.set(index, connection);
      const fail = (reason) => {
        if (connection.state !== 'connecting') return;
        connection.state = 'failed';
        this.stats.failed++;
        increment(this.stats.failureReasons, reason);
        clearTimeout(timer);
        connection.client.deactivate({ force: true }).catch(() => {});
        resolve();
      };
      const timer = setTimeout(() => fail('timeout'), connectTimeoutMs);
      const client = new Client({
        webSocketFactory: () => {
          const socket = new WebSocket(spec.url ?? this.plan.url, ['v12.stomp', 'v11.stomp', 'v10.stomp'], { perMessageDeflate: deflate });
          socket.on('message', () => this.frameArrived(connection));
          return socket;
        },
        connectHeaders: { ...(this.plan.connectHeaders ?? {}), ...(spec.connectHeaders ?? {}) },
        heartbeatIncoming: heartbeatMs,
        heartbeatOutgoing: heartbeatMs,
        heartbeatToleranceMultiplier: this.options.heartbeatTolerance,
        reconnectDelay: 0,
        debug: () => {},
      });
      client.onHeartbeatLost = () => { connection.heartbeatLost = true; }; // stompjs closes it next
      connection.client = client;
      client.onConnect = () => {
        if (connection.state !== 'connecting') return;
        clearTimeout(timer);
        connection.state = 'connected';
        connection.openedAt = Date.now();
        this.stats.opened++;
        this.stats.connect.record(micros() - started);
        for (const destination of spec.subscribe ?? []) client.subscribe(destination, (message) => this.receive(connection, message));
        resolve();
      };
      client.onStompError = (frame) => {
        increment(this.stats.stompErrors, (frame.headers.message ?? 'ERROR').slice(0, 120));
        fail(`STOMP ERROR: ${(frame.headers.message ?? '').slice(0, 100)}`);
      };
      client.onWebSocketClose = (event) => {
        if (connection.state === 'connecting') {
          fail(`closed before CONNECTED (code ${event?.code})`);
        } else if (connection.state === 'connected') {
          connection.state = 'dropped';
          this.stats.dropped++;
          increment(this.stats.dropReasons, connection.heartbeatLost
            ? `closed by the client: no frame from the server for ${this.options.heartbeatTolerance} heart-beat periods`
            : `closed by the server: code ${event?.code}${event?.reason ? ` ${event.reason}` : ''}`);
          increment(this.stats.droppedWhen, this.phase());
          const now = Date.now();
          const silenceMs = now - (connection.lastFrameAt ?? connection.openedAt);
          this.stats.dropSilence.record(silenceMs * 1000);
          if (this.stats.dropDetails.length < 40) {
            this.stats.dropDetails.push({
              phase: this.phase(), atS: (now - this.runStarted) / 1000, openSecondsBefore: (now - connection.openedAt) / 1000,
              silenceMs, openInThisProcess: this.stats.opened, heartbeatLost: Boolean(connection.heartbeatLost), code: event?.code,
            });
          }
        }
      };
      client.onWebSocketError = () => {}; // the close that follows is what counts
      client.activate();
    });
  }

  // ---------------------------------------------------------------------------------- receiving

  receive(connection, message) {
    const now = micros();
    const match = MARKER.exec(message.body);
    if (!match) {
      this.stats.otherFrames++;
      return;
    }
    const step = Number(match[3]);
    if (step < 0) {
      this.stats.warmupDeliveries++;
      return;
    }
    const result = this.steps[step];
    if (!result) {
      this.stats.otherFrames++;
      return;
    }
    if (connection.seen.has(match[1])) {
      result.duplicates++;
      return;
    }
    connection.seen.add(match[1]);
    result.received++;
    result.latency.record(now - Number(match[2]));
  }

  // ---------------------------------------------------------------------------------- sending

  sendOne(result, measuredStep) {
    if (this.sendRooms.length === 0) return;
    const target = this.sendRooms[this.seq % this.sendRooms.length];
    const seq = this.seq++;
    let sender = null;
    for (let tries = 0; tries < target.senders.length && sender === null; tries++) {
      const candidate = target.senders[target.next++ % target.senders.length];
      if (this.connections.get(candidate)?.state === 'connected') sender = candidate;
    }
    if (sender === null) {
      result.sendSkipped++;
      return;
    }
    const ts = micros();
    const marker = `lt~${this.options.slice}.${seq}~${ts}~${measuredStep}~${target.index}`;
    const values = { marker, seq: String(seq), ts: String(ts), room: String(target.room.id ?? target.index), roomIndex: String(target.index) };
    const body = this.plan.sendBody.replace(/\{(marker|seq|ts|room|roomIndex|uuid)\}/g,
      (_, name) => (name === 'uuid' ? randomUUID() : values[name]));
    this.stats.sentAll++;
    if (measuredStep >= 0) {
      result.sent++;
      result.expected += target.room.members.length - (this.plan.echoToSender ? 0 : 1);
    }
    const headers = { 'content-type': 'application/json', ...(this.plan.sendHeaders ?? {}), ...(target.room.sendHeaders ?? {}) };
    if (target.room.sendDestination) {
      try {
        this.connections.get(sender).client.publish({ destination: target.room.sendDestination, body, headers });
      } catch (error) {
        increment(result.sendErrors, String(error.message).slice(0, 100));
      }
    } else {
      this.post(result, target.room.sendUrl, { ...(this.plan.connections[sender].httpHeaders ?? {}), ...headers }, body);
    }
  }

  post(result, url, headers, body) {
    if (this.httpInFlight >= MAX_HTTP_IN_FLIGHT) {
      increment(result.sendErrors, `more than ${MAX_HTTP_IN_FLIGHT} POSTs in flight`);
      return;
    }
    this.httpInFlight++;
    // node:http with a keep-alive pool: a third of fetch's CPU per request, and the generator's CPU is
    // taken from the server's two cores
    const secure = url.startsWith('https:');
    const request = (secure ? https : http).request(url, {
      method: 'POST', agent: secure ? HTTPS_AGENT : HTTP_AGENT, headers: { ...headers, 'content-length': Buffer.byteLength(body) },
    }, (response) => {
      increment(result.httpStatus, response.statusCode);
      response.resume();
      response.on('end', () => this.httpInFlight--);
    });
    request.on('error', (error) => {
      increment(result.sendErrors, String(error.code ?? error.message).slice(0, 100));
      this.httpInFlight--;
    });
    request.end(body);
  }

  async runStep(index, startMs) {
    const { warmupS, durationS, drainS, serverPid } = this.options;
    const result = this.steps[index];
    const localRate = this.plan.rooms.length === 0 ? 0 : (result.rate * this.sendRooms.length) / this.plan.rooms.length;
    await sleepUntil(startMs);
    this.stepIndex = index;
    const measureFrom = startMs + warmupS * 1000;
    const sendUntil = measureFrom + durationS * 1000;
    let sentInStep = 0;
    const loop = monitorEventLoopDelay({ resolution: 10 });
    let cpuStart = null;
    const tick = setInterval(() => {
      const now = Date.now();
      if (cpuStart === null && now >= measureFrom) {
        cpuStart = cpuSample(serverPid);
        loop.enable();
      }
      const due = Math.floor((localRate * (Math.min(now, sendUntil) - startMs)) / 1000);
      while (sentInStep < due) {
        sentInStep++;
        this.sendOne(result, now >= measureFrom && now < sendUntil ? index : -1);
      }
    }, TICK_MS);
    await sleepUntil(sendUntil);
    clearInterval(tick);
    const cpuEnd = cpuSample(serverPid);
    loop.disable();
    result.cpu = cpuBetween(cpuStart ?? cpuEnd, cpuEnd);
    result.loopDelay = { p99Ms: loop.count ? loop.percentile(99) / 1e6 : null, maxMs: loop.count ? loop.max / 1e6 : null };
    await sleepUntil(sendUntil + drainS * 1000);
  }

  // ---------------------------------------------------------------------------------- the whole run

  async waitForGo() {
    const { readyFile, goFile, goWaitS } = this.options;
    if (readyFile) writeFileSync(readyFile, JSON.stringify({ opened: this.stats.opened, failed: this.stats.failed }));
    if (!goFile) return Date.now() + 1000;
    const giveUp = Date.now() + goWaitS * 1000;
    while (Date.now() < giveUp) {
      if (existsSync(goFile)) {
        const start = Number(readFileSync(goFile, 'utf8').trim());
        if (Number.isFinite(start) && start > 0) return start;
      }
      await sleep(100);
    }
    throw new Error(`no ${goFile} after ${goWaitS}s`);
  }

  async run() {
    const { warmupS, durationS, drainS, slice, slices } = this.options;
    const log = (text) => process.stderr.write(`[load ${slice}/${slices}] ${text}\n`);
    const connectStarted = Date.now();
    await this.connectAll();
    log(`${this.stats.opened} of ${this.owned.length} connections open, ${this.stats.failed} failed`
      + ` (${((Date.now() - connectStarted) / 1000).toFixed(1)} s); sending into ${this.sendRooms.length} rooms`);
    const start = await this.waitForGo();
    const stepMs = (warmupS + durationS + drainS) * 1000;
    const runLoop = monitorEventLoopDelay({ resolution: 10 });
    runLoop.enable();
    for (let index = 0; index < this.steps.length; index++) {
      await this.runStep(index, start + index * stepMs);
      const step = this.steps[index];
      log(`step ${index + 1} (${step.rate} msg/s): sent ${step.sent}, received ${step.received}, `
        + `p99 ${((step.latency.percentile(0.99) ?? 0) / 1000).toFixed(1)} ms here, ${this.stats.dropped} dropped so far`);
    }
    runLoop.disable();
    this.stats.runLoopDelay = { p99Ms: runLoop.count ? runLoop.percentile(99) / 1e6 : null, maxMs: runLoop.count ? runLoop.max / 1e6 : null };
    const held = [...this.connections.values()].filter((connection) => connection.state === 'connected');
    this.stats.heldAtEnd = held.length;
    for (const connection of held) {
      const lastSilence = Date.now() - (connection.lastFrameAt ?? connection.openedAt);
      this.stats.heldMaxSilence.record(Math.max(connection.maxSilenceMs ?? 0, lastSilence) * 1000);
    }
    const closing = [...this.connections.values()].map((connection) => {
      const wasConnected = connection.state === 'connected';
      connection.state = 'closing';
      return wasConnected ? Promise.race([connection.client.deactivate(), sleep(5000)]).catch(() => {}) : null;
    });
    await Promise.all(closing);
    return this.result();
  }

  result() {
    const { options, plan, stats } = this;
    return {
      slice: options.slice, slices: options.slices, pid: process.pid, url: plan.url,
      planConnections: plan.connections.length, planRooms: plan.rooms.length,
      options: { rates: options.rates, warmupS: options.warmupS, durationS: options.durationS, drainS: options.drainS,
        heartbeatMs: options.heartbeatMs, heartbeatTolerance: options.heartbeatTolerance, deflate: options.deflate, serverPid: options.serverPid },
      connections: {
        owned: this.owned.length, ...stats, connect: stats.connect.toJSON(),
        dropSilence: stats.dropSilence.toJSON(), heldMaxSilence: stats.heldMaxSilence.toJSON(),
      },
      steps: this.steps.map((step) => ({ ...step, latency: step.latency.toJSON() })),
      rssBytes: process.memoryUsage().rss,
    };
  }
}

// ------------------------------------------------------------------------------------ main

const options = parseArguments(process.argv.slice(2));
const run = new LoadRun(options, loadPlan(options.plan));
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));
const result = await run.run();
const json = JSON.stringify(result);
if (options.out) writeFileSync(options.out, json);
else process.stdout.write(`${json}\n`);
process.exit(0);
