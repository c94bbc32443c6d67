#!/usr/bin/env node
// Writes a load.mjs plan (format: top of load.mjs) for the product (issue 14, "Performance"): N users,
// each with one connection authenticated by an access token signed with the benchmark's key pair (the
// one run.sh gives the product as JWT_PRIVATE_KEY/JWT_PUBLIC_KEY: benchmarks/target/jwt), in group
// conversations of --room-size members. Logging 10,000 users in would cost 10,000 bcrypt checks
// (~20 min on two cores); the tokens carry exactly the claims the product's issuer writes
// (JwtAccessTokenIssuer), so the product checks them like its own.
//
// The users and conversations are rows, added with COPY (psql) to the database the product uses,
// consistent with identity's and messaging's schemas: identity.accounts (username stomp_<run>_<n>,
// password Bench1234, e-mail verified), identity.profiles (metric, UTC, private: registration's),
// messaging.conversations (kind GROUP, owner = first member, last_seq 0) and messaging.participants
// (receipts at 0). Nothing is changed or deleted; --run names the rows (a fresh random one by
// default), so several plans can live in one database.
// Every connection subscribes to its conversation's topic /topic/conversations/<id> and sends
// SEND /app/conversations/<id>/send {"text":"<marker>","clientKey":"<uuid>"} (--send http: the same
// body with POST /v1/conversations/<id>/messages and the user's token); the product stores every
// message before it pushes it to the topic, to every member, the sender too.
//
// Access tokens live 15 minutes (weighttracker.jwt.access-token-lifetime; the product refuses a
// longer one): CONNECT must happen within that time of writing the plan. A STOMP session is not
// closed when its token expires later (ADR 22: the token is checked at CONNECT), so a run may last
// longer than 15 minutes once connected.
//
//   node plan-product.mjs --url ws://127.0.0.1:18280/v1/ws --connections 10000 --room-size 10 \
//     --private-key benchmarks/target/jwt/private.pem \
//     --database postgresql://postgres:postgres@127.0.0.1:54339/postgres --out product-plan.json
//   --urls ws://...:18280/v1/ws,ws://...:18281/v1/ws   connections alternate between instances (Redis relay)
//   --sql FILE      also (or, without --database, only) write the COPY script

import { createPrivateKey, randomBytes, randomUUID, sign } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const options = {
  url: 'ws://127.0.0.1:18280/v1/ws', connections: '10000', 'room-size': '10', send: 'stomp',
  'private-key': 'benchmarks/target/jwt/private.pem', issuer: 'weight-tracker', 'lifetime-s': '900',
  run: randomBytes(3).toString('hex'),
};
const argv = process.argv.slice(2);
for (let i = 0; i + 1 < argv.length; i += 2) options[argv[i].replace(/^--/, '')] = argv[i + 1];

// the bcrypt hash of Bench1234 (run.sh's PASSWORD), cost 12: the users could log in, though the plan needs not
const PASSWORD_HASH = '$2a$12$.w2JKr571xztXV2hmBUYp.xYD34pfazbism09Pt0b5RUORwjKU6yu';
const MAX_LIFETIME_S = 900;

const connectionCount = Number(options.connections);
const roomSize = Number(options['room-size']);
const lifetimeS = Number(options['lifetime-s']);
if (!(connectionCount >= 1 && roomSize >= 2)) throw new Error('--connections must be >= 1 and --room-size >= 2');
if (!(lifetimeS >= 1 && lifetimeS <= MAX_LIFETIME_S)) throw new Error(`--lifetime-s must be 1..${MAX_LIFETIME_S}: the product refuses longer tokens`);
if (!/^[a-z0-9]{1,8}$/.test(options.run)) throw new Error('--run must be 1-8 lower-case letters or digits');
if (!['stomp', 'http'].includes(options.send)) throw new Error('--send must be stomp or http');
const urls = (options.urls ?? options.url).split(',');
for (const url of urls) if (!/^wss?:\/\/.+\/v1\/ws$/.test(url)) throw new Error(`not a ws(s)://…/v1/ws url: ${url}`);

const privateKey = createPrivateKey(readFileSync(options['private-key'], 'utf8'));
const base64url = (value) => Buffer.from(value).toString('base64url');
const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));

function accessToken(userId, username, nowMs) {
  const claims = {
    iss: options.issuer, sub: userId, jti: randomUUID(),
    iat: Math.floor(nowMs / 1000), exp: Math.floor(nowMs / 1000) + lifetimeS,
    iat_ms: nowMs, preferred_username: username, email_verified: true,
  };
  const input = `${header}.${base64url(JSON.stringify(claims))}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

const nowMs = Date.now();
const createdAt = new Date(nowMs).toISOString();
const users = Array.from({ length: connectionCount }, (_, n) => {
  const username = `stomp_${options.run}_${n}`.slice(0, 20);
  return { id: randomUUID(), username, email: `${username}@bench.invalid` };
});
if (new Set(users.map((user) => user.username)).size !== users.length) throw new Error('--run is too long for this many usernames (20 characters at most)');
const rooms = Array.from({ length: Math.ceil(connectionCount / roomSize) }, (_, room) => ({
  id: randomUUID(),
  members: Array.from({ length: Math.min(roomSize, connectionCount - room * roomSize) }, (_, k) => room * roomSize + k),
}));
const roomOf = new Array(connectionCount);
rooms.forEach((room) => room.members.forEach((member) => { roomOf[member] = room; }));

// ------------------------------------------------------------------ the rows
const lines = [
  'begin;',
  'copy identity.accounts (id, email, username, password_hashes, created_at, email_verified_at, version) from stdin;',
  ...users.map((user) => [user.id, user.email, user.username, `{${PASSWORD_HASH}}`, createdAt, createdAt, 0].join('\t')),
  '\\.',
  // a profile as registration makes it: without one identity does not know the user (UserDirectory),
  // and notifications would tell them nothing, again and again (the sixth session's runs did so)
  'copy identity.profiles (user_id, units, time_zone, profile_visibility, weight_visibility) from stdin;',
  ...users.map((user) => [user.id, 'METRIC', 'UTC', 'PRIVATE', 'PRIVATE'].join('\t')),
  '\\.',
  'copy messaging.conversations (id, kind, name, owner_id, last_seq, created_at) from stdin;',
  ...rooms.map((room, index) => [room.id, 'GROUP', `Benchmark ${options.run} ${index}`, users[room.members[0]].id, 0, createdAt].join('\t')),
  '\\.',
  'copy messaging.participants (conversation_id, user_id, joined_at, delivered_seq, read_seq) from stdin;',
  ...rooms.flatMap((room) => room.members.map((member) => [room.id, users[member].id, createdAt, 0, 0].join('\t'))),
  '\\.',
  'commit;',
  '',
];
const sql = lines.join('\n');
if (options.sql) writeFileSync(options.sql, sql);
if (options.database) {
  const started = Date.now();
  const psql = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', options.database], { input: sql, encoding: 'utf8' });
  if (psql.status !== 0) throw new Error(`psql failed (${psql.status}): ${psql.stderr}`);
  process.stderr.write(`added ${users.length} accounts, ${rooms.length} conversations, ${connectionCount} participants in ${Date.now() - started} ms (run ${options.run})\n`);
} else if (!options.sql) {
  throw new Error('give --database (psql connection string) or --sql FILE: the product must know the users and conversations');
}

// ------------------------------------------------------------------ the plan
const tokens = users.map((user) => accessToken(user.id, user.username, Date.now()));
const httpBase = (url) => url.replace(/^ws/, 'http').replace(/\/v1\/ws$/, '');
const plan = {
  url: urls[0],
  connections: users.map((user, n) => ({
    ...(urls.length > 1 ? { url: urls[n % urls.length] } : {}),
    connectHeaders: { Authorization: `Bearer ${tokens[n]}` },
    ...(options.send === 'http' ? { httpHeaders: { Authorization: `Bearer ${tokens[n]}` } } : {}),
    subscribe: [`/topic/conversations/${roomOf[n].id}`],
  })),
  rooms: rooms.map((room) => (options.send === 'http'
    ? { id: room.id, members: room.members, sendUrl: `${httpBase(urls[0])}/v1/conversations/${room.id}/messages` }
    : { id: room.id, members: room.members, sendDestination: `/app/conversations/${room.id}/send` })),
  sendBody: '{"text":"{marker}","clientKey":"{uuid}"}',
  sendHeaders: { 'content-type': 'application/json' },
  echoToSender: true,
  tokensExpireAt: new Date(nowMs + lifetimeS * 1000).toISOString(),
  run: options.run,
};
const json = JSON.stringify(plan);
if (options.out) writeFileSync(options.out, json);
else process.stdout.write(`${json}\n`);
process.stderr.write(`plan: ${users.length} connections, ${rooms.length} conversations of ${roomSize}, ${urls.join(' ')}; tokens expire at ${plan.tokensExpireAt}: connect before\n`);
