#!/usr/bin/env node
// Writes a load.mjs plan (format: top of load.mjs) for the bare broker (BareBrokerApp): N connections
// in rooms of ROOM_SIZE consecutive connections, each subscribed to its room's topic, sending with
// STOMP SEND to /app/conversations/<room>/send.
//
//   node plan-bare.mjs --url ws://127.0.0.1:18082/v1/ws --connections 10000 --room-size 10 --out plan.json

import { writeFileSync } from 'node:fs';

const options = { url: 'ws://127.0.0.1:18082/v1/ws', connections: '10000', 'room-size': '10' };
const argv = process.argv.slice(2);
for (let i = 0; i + 1 < argv.length; i += 2) options[argv[i].replace(/^--/, '')] = argv[i + 1];
const connections = Number(options.connections);
const roomSize = Number(options['room-size']);
if (!(connections >= 1 && roomSize >= 1)) throw new Error('--connections and --room-size must be >= 1');

const roomOf = (index) => `r${Math.floor(index / roomSize)}`;
const plan = {
  url: options.url,
  connections: Array.from({ length: connections }, (_, index) => ({ subscribe: [`/topic/conversations/${roomOf(index)}`] })),
  rooms: Array.from({ length: Math.ceil(connections / roomSize) }, (_, room) => ({
    id: `r${room}`,
    sendDestination: `/app/conversations/r${room}/send`,
    members: Array.from({ length: Math.min(roomSize, connections - room * roomSize) }, (_, k) => room * roomSize + k),
  })),
  sendBody: '{"text":"{marker}"}',
  echoToSender: true,
};
const json = JSON.stringify(plan);
if (options.out) writeFileSync(options.out, json);
else process.stdout.write(`${json}\n`);
