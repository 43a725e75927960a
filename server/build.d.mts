/** Types for server/build.mjs (the tests build the server through it). */
export declare const DEFAULT_OUTFILE: string;
/** Builds the server into `outfile` (default server/dist/main.js); resolves with the path written. */
export declare function buildServer(outfile?: string): Promise<string>;
