#!/usr/bin/env node
'use strict';
// The compiled command line (npm's "prepare" step builds lib/ from src/ on install).
require('../lib/cli/bin');
