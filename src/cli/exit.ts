/** Exit codes: 0 all inputs cleaned; 1 some inputs failed; 2 usage error; 130 interrupted (Ctrl-C). */
export const EXIT_OK = 0;
export const EXIT_FAILURES = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;
