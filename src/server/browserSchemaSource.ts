import type { SchemaSource } from '../core';

interface SyncRequest {
  open(method: string, url: string, async: false): void;
  send(): void;
  readonly status: number;
  readonly responseText: string;
}

declare const XMLHttpRequest: new () => SyncRequest;

/**
 * Schema chunks fetched synchronously (allowed in a worker) from dist/schema/, beside dist/browser/
 * where the worker bundles live. The core reads the schema synchronously, and each chunk only once.
 */
export function workerSchemaSource(baseUrl: string): SchemaSource {
  return {
    read(chunkName) {
      try {
        const request = new XMLHttpRequest();
        request.open('GET', new URL(`${chunkName}.json`, baseUrl).href, false);
        request.send();
        return request.status === 200 ? request.responseText : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
