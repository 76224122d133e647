/** scripts/build-server.mjs: the server bundle `npm start` runs. */
export const serverBundle: string;
export function serverBundleStale(): boolean;
export function buildServer(): Promise<void>;
