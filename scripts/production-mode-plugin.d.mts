import type { Plugin as VitePlugin } from 'vite';
import type { Plugin as EsbuildPlugin } from 'esbuild';
export function toProduction(code: string): string | undefined;
export function productionModeVite(): VitePlugin;
export function productionModeEsbuild(): EsbuildPlugin;
