#!/usr/bin/env node
// The perf-eval command line. The TypeScript sources are compiled to lib/ by `npm ci` (prepare).
'use strict';
require('../lib/cli/main.js').runFromProcess();
