/** True when the test file (path relative to root) provably opens no database and starts no process. */
export function isDatabaseFree(root: string, file: string): boolean;
