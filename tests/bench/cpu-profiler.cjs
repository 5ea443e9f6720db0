// Preloaded into the portal's processes by `npm run bench -- --profile` (NODE_OPTIONS=--require …; Node does
// not allow --cpu-prof there): starts V8's sampling profiler and writes the profile to BENCH_PROFILE_DIR when
// the process exits. The inspector session of the same thread answers synchronously, so 'exit' is early enough.
const fs = require("node:fs");
const path = require("node:path");
const inspector = require("node:inspector");

const dir = process.env.BENCH_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.start");
  process.on("exit", () => {
    session.post("Profiler.stop", (err, result) => {
      if (err || !result) return;
      fs.mkdirSync(dir, { recursive: true });
      // The Next.js server names itself (process.title "next-server (v…)"); the file name says which process it was.
      const title = process.title.replace(/[^a-z0-9.-]+/gi, "_").slice(0, 40);
      fs.writeFileSync(path.join(dir, `${title}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
