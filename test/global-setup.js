// Printed once per `npm test`, before any suite: the KurrentDB contract suite needs a server,
// which cannot run on our machines (no Docker), so say plainly that it is skipped and why.
module.exports = async () => {
  if (!process.env.KURRENTDB_URL) {
    process.stderr.write(
      '\nKurrentDB contract suite skipped: KURRENTDB_URL is not set (no KurrentDB server can run on this machine; ' +
        'set KURRENTDB_URL=kurrentdb://host:2113?tls=false to run it)\n',
    );
  }
};
