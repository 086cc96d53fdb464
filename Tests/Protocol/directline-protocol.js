// Drives SupportBot's embedded Direct Line 3.0 with the official client (botframework-directlinejs) under Node:
// token, start, the greeting, a posted message with its echo and the bot's reply, then a resumed connection from the
// last watermark. Prints one JSON document on stdout for the .NET test to assert on; exits 0 even when a step fails
// (the failure is in the JSON), 2 on bad arguments.
//
//   node directline-protocol.js <bot base URL> <websocket|polling>
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [base, mode] = process.argv.slice(2);
if (!base || (mode !== 'websocket' && mode !== 'polling')) {
  console.error('usage: node directline-protocol.js <bot base URL> <websocket|polling>');
  process.exit(2);
}

const domain = base.replace(/\/$/, '') + '/v3/directline';
const userId = 'dl_protocol' + Math.random().toString(16).slice(2, 10);
const STEP_LIMIT_MS = 30000;
const report = { mode, userId, steps: [], error: null };

// Collects every activity one client instance sees, and lets a step wait for the first that matches.
function watch(directLine) {
  const seen = [];
  const waiters = [];
  const subscription = directLine.activity$.subscribe(
    (activity) => {
      seen.push(activity);
      for (const waiter of waiters.slice()) {
        if (waiter.match(activity)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(activity);
        }
      }
    },
    (error) => { report.error = report.error || 'activity stream failed: ' + (error && error.message); });
  return {
    seen,
    subscription,
    next(what, match) {
      const already = seen.find(match);
      if (already) {
        return Promise.resolve(already);
      }
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          if (waiters.includes(waiter)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            reject(new Error('no ' + what + ' within ' + STEP_LIMIT_MS / 1000 + ' s'));
          }
        }, STEP_LIMIT_MS).unref();
      });
    }
  };
}

function online(directLine) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not online within ' + STEP_LIMIT_MS / 1000 + ' s')), STEP_LIMIT_MS);
    const subscription = directLine.connectionStatus$.subscribe((status) => {
      if (status === ConnectionStatus.Online) {
        clearTimeout(timer);
        resolve();
        setImmediate(() => subscription.unsubscribe());
      } else if (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken) {
        clearTimeout(timer);
        reject(new Error('connection status ' + status));
      }
    });
  });
}

function post(directLine, activity) {
  return new Promise((resolve, reject) => {
    directLine.postActivity(activity).subscribe(resolve, (error) => reject(new Error('post failed: ' + (error && (error.status || error.message)))));
  });
}

const fromBot = (a) => a.type === 'message' && a.from && a.from.id !== userId;
const summary = (a) => ({ id: a.id, type: a.type, from: a.from && a.from.id, text: a.text, timestamp: a.timestamp,
  replyToId: a.replyToId, clientActivityID: a.channelData && a.channelData.clientActivityID,
  suggestedActions: a.suggestedActions ? a.suggestedActions.actions.map((x) => x.title) : undefined });

async function run() {
  const tokenResponse = await fetch(domain + '/tokens/generate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: userId, name: 'Protocol test' }, locale: 'en-US' })
  });
  const token = await tokenResponse.json();
  report.token = { status: tokenResponse.status, conversationId: token.conversationId, expiresIn: token.expires_in, hasToken: !!token.token };

  const first = new DirectLine({ token: token.token, domain, webSocket: mode === 'websocket', pollingInterval: 300 });
  const stream = watch(first);
  await online(first);
  report.conversationId = first.conversationId;
  report.steps.push('online');

  await post(first, { type: 'event', name: 'webchat/join', from: { id: userId }, locale: 'en-US', value: { locale: 'en-US' } });
  const greeting = await stream.next('greeting', fromBot);
  report.greeting = summary(greeting);
  report.steps.push('greeted');

  const clientActivityID = 'client-' + Date.now();
  const sent = await post(first, { type: 'message', from: { id: userId }, locale: 'en-US', text: 'rate my purchase',
    channelData: { clientActivityID } });
  report.postedId = sent;
  const echo = await stream.next('echo', (a) => a.id === sent);
  report.echo = summary(echo);
  const reply = await stream.next('reply', (a) => fromBot(a) && seenAfter(stream.seen, echo, a) && a.suggestedActions);
  report.reply = summary(reply);
  report.steps.push('replied');

  const beforeResume = stream.seen.length;
  const watermark = first.watermark;
  report.watermark = watermark;
  first.end();
  stream.subscription.unsubscribe();
  report.firstSeen = stream.seen.map(summary);

  const second = new DirectLine({ token: first.token, domain, conversationId: first.conversationId, watermark,
    webSocket: mode === 'websocket', pollingInterval: 300 });
  const resumed = watch(second);
  await online(second);
  report.steps.push('resumed');
  const again = await post(second, { type: 'message', from: { id: userId }, locale: 'en-US', text: '4' });
  const echoAgain = await resumed.next('echo after resume', (a) => a.id === again);
  const nextQuestion = await resumed.next('reply after resume', (a) => fromBot(a) && seenAfter(resumed.seen, echoAgain, a));
  report.resumedReply = summary(nextQuestion);
  report.resumedSeen = resumed.seen.map(summary);
  report.firstCountBeforeResume = beforeResume;
  second.end();
  resumed.subscription.unsubscribe();
  report.steps.push('done');
}

function seenAfter(seen, earlier, later) {
  return seen.indexOf(later) > seen.indexOf(earlier);
}

run()
  .catch((error) => { report.error = report.error || String(error && error.message || error); })
  .finally(() => {
    process.stdout.write(JSON.stringify(report) + '\n');
    setTimeout(() => process.exit(0), 100);
  });
