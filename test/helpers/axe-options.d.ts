import type { RunOptions } from 'axe-core';
export declare const axeRunOptions: RunOptions;
