// Types for scripts/e2e-setup.mjs, imported by the TypeScript end-to-end harness.
export declare const harnessDir: string;
export declare const codeServerBin: string;
export declare const chromiumPath: string;
export declare function ensureE2eSetup(options?: { log?: (line: string) => void }): {
  codeServerBin: string;
  chromiumPath: string;
  harnessDir: string;
};
