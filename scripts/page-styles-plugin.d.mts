import type { Plugin as VitePlugin } from 'vite';
export function pageStylesCss(): Promise<string>;
export function pageStylesVite(): VitePlugin;
export function pageStylesWtr(): { name: string; serve(context: { path: string }): Promise<{ body: string; type: string } | undefined> };
