'use strict';
// Loads the bundle with V8's code cache (`<bundle>.cache`, written by the
// build): compiling 300 kB of JavaScript is most of pakt's start-up, and the
// cache skips it. A cache from another Node.js version is rejected by V8 and
// the bundle is simply compiled as usual.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

/**
 * Runs a bundle and returns its exports, plus the compiled script (to write
 * a new cache from). The bundle's text is a function of CommonJS's five
 * parameters (`exports, require, module, __filename, __dirname`: the
 * wrapper `require` would add, written in by scripts/build.mjs), compiled
 * as it stands.
 */
function loadBundle(file) {
  // The build keeps the bundle ASCII (scripts/build.mjs checks it), and ASCII
  // read as Latin-1 is the same text, without the UTF-8 decoder's pass.
  const source = fs.readFileSync(file, 'latin1');
  let cachedData;
  try {
    cachedData = fs.readFileSync(`${file}.cache`);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return { ...module.exports, script };
}

module.exports = { loadBundle };
