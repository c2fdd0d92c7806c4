/**
 * Things to undo however a benchmark ends (child processes, databases): run.ts calls `runCleanups`
 * after each benchmark, on a time-out and on Ctrl-C, newest first.
 */
const pending: { label: string; undo: () => Promise<void> | void }[] = []

export function onCleanup(label: string, undo: () => Promise<void> | void): () => Promise<void> {
  const entry = { label, undo }
  pending.push(entry)
  return async () => {
    const i = pending.indexOf(entry)
    if (i < 0) return
    pending.splice(i, 1)
    await entry.undo()
  }
}

export async function runCleanups() {
  while (pending.length) {
    const entry = pending.pop()!
    try {
      await entry.undo()
    } catch (err) {
      console.warn(`cleanup "${entry.label}" failed: ${(err as Error).message}`)
    }
  }
}
