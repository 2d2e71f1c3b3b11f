/** A module's async function called through import(): the module loads on the first call, not with the pane. */
export function onFirstCall<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never {
  const call = async (...args: unknown[]): Promise<unknown> => ((await load())[name] as (...a: unknown[]) => Promise<unknown>)(...args);
  return call as never;
}
