const CALLBACK_ATTEMPTS = 3;
const CALLBACK_TIMEOUT_MS = 10_000;

/** POSTs a job's details to its callback URL, retrying a few times as Zoho does (count assumed). */
export async function sendCallback(url: string, body: unknown): Promise<void> {
  for (let attempt = 1; attempt <= CALLBACK_ATTEMPTS; attempt += 1) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
      });
      if (response.ok) return;
    } catch {
      // retried below
    }
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
  }
}
