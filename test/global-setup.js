// Printed once per `npm test`, before any suite: the KurrentDB contract suite against a real
// server needs one, which cannot run on our machines (no Docker), so say plainly that it is
// skipped and why, and what runs instead.
module.exports = async () => {
  if (!process.env.KURRENTDB_URL) {
    process.stderr.write(
      '\nKurrentDB real-server contract suite skipped: KURRENTDB_URL is not set (no KurrentDB server can run on this machine; ' +
        'set KURRENTDB_URL=kurrentdb://host:2113?tls=false to run it). The adapter still runs against the in-memory ' +
        'KurrentDB protocol double, which proves its use of the protocol, not a real server (docs/kurrentdb.md)\n',
    );
  }
};
