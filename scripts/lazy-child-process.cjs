// commander requires node:child_process at load time, for executable
// subcommands pakt does not have; loading it pulls in net, dgram and streams
// (milliseconds at every start). The bundle gets this stand-in, which loads
// the real module only if something uses it.
let real;
module.exports = new Proxy(
  {},
  {
    get(_, key) {
      real ??= require('node:child_process');
      return real[key];
    },
  },
);
