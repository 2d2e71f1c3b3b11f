import { main } from './main';

// The `dti` binary: bin/dti.js loads the compiled copy of this file; tests run it from source.
main();
