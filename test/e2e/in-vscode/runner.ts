// A tiny test runner for inside the extension host: `test(name, fn)` registers, `runAll()` runs them
// in order, each with a time limit, and reports one result per test.
export interface TestResult {
  name: string;
  passed: boolean;
  error?: string;
  durationMs: number;
}

const TEST_TIMEOUT_MS = 30_000;
const tests: { name: string; fn: () => Promise<void> }[] = [];

export function test(name: string, fn: () => Promise<void>): void {
  tests.push({ name, fn });
}

export async function runAll(): Promise<TestResult[]> {
  const results: TestResult[] = [];
  for (const { name, fn } of tests) {
    const started = Date.now();
    try {
      await withTimeout(fn(), name);
      results.push({ name, passed: true, durationMs: Date.now() - started });
    } catch (error) {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      results.push({ name, passed: false, error: text, durationMs: Date.now() - started });
    }
  }
  return results;
}

async function withTimeout(work: Promise<void>, name: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`"${name}" took longer than ${TEST_TIMEOUT_MS / 1000} s`)), TEST_TIMEOUT_MS);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
