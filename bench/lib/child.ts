import type { Message } from './processes'

/** For bench/servers/* scripts: talk to the benchmark that started them, and end when it goes away. */
export const tell = (message: Message) => process.send?.(message)

// A benchmark killed outright (SIGKILL, a closed terminal) cannot clean up; its children notice the
// IPC channel closing and stop by themselves instead of running on.
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'))
