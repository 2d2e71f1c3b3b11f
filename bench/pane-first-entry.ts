/**
 * The page's script as it was before issue 10, for bench/registration.bench.ts only
 * (webpack.config.js with DTI_BENCH_PANE_FIRST=1): the pane imported statically, so
 * React, Fluent UI and the pane are evaluated before functions.js runs.
 */
import '../src/taskpane/pane';
import '../src/taskpane/boot';
