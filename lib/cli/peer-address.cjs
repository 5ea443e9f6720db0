// Loaded into the Next.js server by the launcher (lib/cli/start.ts, node --require). Next.js hands route handlers
// and server actions only headers, and fills X-Forwarded-For with the socket's address only when a client sent
// none, so the one fact about who is connected would be lost. This writes that fact into a header of its own on
// every request, replacing any copy a client sent, and marks the process so the app believes the header only where
// this hook runs (lib/http/client-address.ts).
"use strict";
const http = require("node:http");

const HEADER = "x-portal-peer";
globalThis[Symbol.for("portal.peerAddressHeader")] = true;

function withPeer(listener) {
  return function peerAware(req, res) {
    const addr = req.socket && req.socket.remoteAddress;
    if (addr) req.headers[HEADER] = addr;
    else delete req.headers[HEADER];
    // Keep rawHeaders in step (some code rebuilds headers from them): drop a client's copy, add ours.
    const raw = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      if (req.rawHeaders[i].toLowerCase() !== HEADER) raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
    }
    if (addr) raw.push(HEADER, addr);
    req.rawHeaders.length = 0;
    req.rawHeaders.push(...raw);
    return listener.call(this, req, res);
  };
}

const createServer = http.createServer;
http.createServer = function (...args) {
  const i = args.findIndex((a) => typeof a === "function");
  if (i >= 0) args[i] = withPeer(args[i]);
  const server = createServer.apply(this, args);
  // Listeners added later with server.on("request", …) are wrapped too.
  const on = server.on;
  server.on = server.addListener = function (event, fn) {
    return on.call(this, event, event === "request" && typeof fn === "function" ? withPeer(fn) : fn);
  };
  return server;
};
