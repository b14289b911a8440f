import type { LaunchOptions } from 'playwright-core';

export type StaticServer = { baseUrl: string; close(): Promise<void> };

export function buildProduction(outDir?: string): Promise<string>;
export function serveStatic(dir: string): Promise<StaticServer>;
export function chromiumLaunchOptions(): Promise<LaunchOptions>;
export const repoRoot: string;
