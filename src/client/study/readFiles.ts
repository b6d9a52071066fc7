// Reading the workspace's candidate templates for the study panel: a workspace may hold thousands of
// YAML and JSON files, some of them huge (data dumps, lock files). Each is looked at (stat) before it is
// read, files over the size CloudFormation accepts are skipped, a few are read at a time, and the total
// sent to the language server is bounded.

/** The calls of vscode.workspace.fs used here (tests pass their own). */
export interface FileReader<U> {
  stat(uri: U): PromiseLike<{ size: number }>;
  readFile(uri: U): PromiseLike<Uint8Array>;
}

export interface ReadLimits {
  /** Larger files are skipped: CloudFormation accepts templates of at most 1 MB. */
  maxFileBytes: number;
  /** Once this much has been read, the remaining files are skipped. */
  maxTotalBytes: number;
  /** Files read at the same time. */
  concurrency: number;
}

export const STUDY_READ_LIMITS: ReadLimits = { maxFileBytes: 1_000_000, maxTotalBytes: 64_000_000, concurrency: 8 };

/** The text of each file within the limits, in the order given; unreadable and skipped files left out. */
export async function readTexts<U>(uris: readonly U[], reader: FileReader<U>, limits: ReadLimits = STUDY_READ_LIMITS): Promise<{ uri: U; text: string }[]> {
  const decoder = new TextDecoder();
  let budget = limits.maxTotalBytes;
  const texts = await mapWithConcurrency(uris, limits.concurrency, async (uri) => {
    try {
      const { size } = await reader.stat(uri);
      if (size > limits.maxFileBytes || size > budget) return undefined;
      budget -= size;
      const bytes = await reader.readFile(uri);
      // The file may have grown since it was looked at.
      return bytes.length > limits.maxFileBytes ? undefined : { uri, text: decoder.decode(bytes) };
    } catch {
      return undefined;
    }
  });
  return texts.filter((text) => text !== undefined);
}

/** `map` with at most `limit` calls of `run` pending at once; results in the order of `items`. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
