// The real server, apps/api/src/server.ts, exactly as `npm start` runs it, in a process that also
// ends (gracefully, through the server's own SIGTERM handler) when the benchmark that started it is gone.
import '../lib/child'

await import('@linli/api/src/server')
