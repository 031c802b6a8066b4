import { basePath } from "@/app/config/paths";

/**
 * Fetches one file of the bundle. Failures become `BundleFetchError`, which says which file and
 * why, so the error view can show it and offer a retry.
 */
export class BundleFetchError extends Error {
  override name = "BundleFetchError";
  constructor(
    readonly url: string,
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
}

export function bundleUrl(file: string): string {
  return `${basePath}/data/${file}`;
}

export async function fetchBundleJson(file: string, signal?: AbortSignal): Promise<unknown> {
  const url = bundleUrl(file);
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new BundleFetchError(
      url,
      null,
      `could not reach ${url} (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!response.ok) throw new BundleFetchError(url, response.status, `${url} answered HTTP ${response.status}`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new BundleFetchError(url, response.status, `${url} is not valid JSON`);
  }
}
