// Types of scripts/view-stamp.mjs for the TypeScript that imports it (cli/main.ts, the report bench).
export declare const VIEW_STAMP_FILE: string;
export declare function sourceStamp(repo: string): Promise<string>;
export type ViewState = 'current' | 'missing' | 'stale';
export declare function printViewState(repo: string, dist: string): Promise<ViewState>;
