#!/usr/bin/env node
// Writes a load.mjs plan (format: top of load.mjs) for the bare broker (BareBrokerApp), which relays
// SEND /app/conversations/<room>/send (and POST /v1/conversations/<room>/messages) to
// /topic/conversations/<room>:
//   --connections N --room-size K   N connections in rooms of K consecutive connections, each subscribed
//                                   to its room's topic (10,000 and 10 by default)
//   --send stomp|http               send with STOMP SEND (default) or with the HTTP POST
//   --like PLAN                     the same shape as another plan (the product's): as many connections,
//                                   the same rooms with the same members, the same body template and
//                                   the same way of sending (STOMP or HTTP), so the bare broker's
//                                   figures compare like with like
//
//   node plan-bare.mjs --url ws://127.0.0.1:18082/v1/ws --connections 10000 --room-size 10 --out plan.json

import { readFileSync, writeFileSync } from 'node:fs';

const options = { url: 'ws://127.0.0.1:18082/v1/ws', connections: '10000', 'room-size': '10', send: 'stomp' };
const argv = process.argv.slice(2);
for (let i = 0; i + 1 < argv.length; i += 2) options[argv[i].replace(/^--/, '')] = argv[i + 1];

function roomsOfSize(connections, roomSize) {
  if (!(connections >= 1 && roomSize >= 1)) throw new Error('--connections and --room-size must be >= 1');
  return Array.from({ length: Math.ceil(connections / roomSize) }, (_, room) => Array.from(
    { length: Math.min(roomSize, connections - room * roomSize) }, (_, k) => room * roomSize + k));
}

const like = options.like ? JSON.parse(readFileSync(options.like, 'utf8')) : null;
const memberships = like ? like.rooms.map((room) => room.members) : roomsOfSize(Number(options.connections), Number(options['room-size']));
const connectionCount = like ? like.connections.length : Number(options.connections);
const subscriptions = Array.from({ length: connectionCount }, () => []);
memberships.forEach((members, room) => members.forEach((member) => subscriptions[member].push(`/topic/conversations/r${room}`)));

const httpBase = options.url.replace(/^ws/, 'http').replace(/\/v1\/ws$/, '');
const sendsOverHttp = (room) => (like ? Boolean(like.rooms[room].sendUrl) : options.send === 'http');
const plan = {
  url: options.url,
  connections: subscriptions.map((subscribe) => ({ subscribe })),
  rooms: memberships.map((members, room) => (sendsOverHttp(room)
    ? { id: `r${room}`, sendUrl: `${httpBase}/v1/conversations/r${room}/messages`, members }
    : { id: `r${room}`, sendDestination: `/app/conversations/r${room}/send`, members })),
  sendBody: like?.sendBody ?? '{"text":"{marker}"}',
  echoToSender: true, // the simple broker sends a room's message to every subscriber, the sender too
};
const json = JSON.stringify(plan);
if (options.out) writeFileSync(options.out, json);
else process.stdout.write(`${json}\n`);
