/** Whether Excel refused to send what a sync asked for: more than a response may carry (5 MB on the web). */
export function isResponseTooLarge(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return code === 'ResponsePayloadSizeLimitExceeded';
}
