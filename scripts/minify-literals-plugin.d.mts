import type { Plugin } from 'vite';
export declare function minifyLiteralsVite(): Plugin;
export declare function minifyLiteralsEsbuild(): { name: string; setup(build: unknown): void };
