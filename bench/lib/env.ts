import { availableParallelism, cpus, totalmem } from 'node:os'

/** Everything the benchmarks read from the environment, with the local defaults the issue names. */
export const env = {
  /** A PostgreSQL server the benchmarks may create and drop their own databases on. */
  postgresUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  chromiumPath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  /** Socket.IO clients in the push benchmark (see docs/benchmarks.md for why 1,000 is the default). */
  pushClients: Number(process.env.BENCH_PUSH_CLIENTS ?? 1000),
  /** Reservations added before the one-slot race (0: only the run's own), to race on a production-sized index. */
  racePrefill: Number(process.env.BENCH_RACE_PREFILL ?? 0),
  /** One-slot races in a row (each on its own slot, with 200 fresh residents); more rounds, more chances to deadlock. */
  raceRounds: Math.min(10, Math.max(1, Number(process.env.BENCH_RACE_ROUNDS ?? 1))),
  /** Write a V8 CPU profile of the API under the schedule load to bench/results/profiles/. */
  profileApi: process.env.BENCH_PROFILE === '1',
  /** Show the spawned API's warnings and errors (pino writes them to stdout). */
  apiLogs: process.env.BENCH_API_LOGS === '1',
  /** Seconds after which run.ts stops a benchmark (and cleans up). */
  timeLimitSeconds: process.env.BENCH_TIME_LIMIT_S ? Number(process.env.BENCH_TIME_LIMIT_S) : undefined,
  /** Seconds of the lobby soak (the issue asks for 30 min; one change a second for a minute by default). */
  soakSeconds: Number(process.env.BENCH_SOAK_SECONDS ?? 60),
  /** Centers in the reports benchmark's district (the issue: a year of data for 30 centers). */
  reportCenters: Number(process.env.BENCH_REPORT_CENTERS ?? 30),
  /** Timed requests per report row. */
  reportRuns: Number(process.env.BENCH_REPORT_RUNS ?? 15),
}

/** The scale gate (bench/scale.bench.ts). */
export const scaleEnv = {
  /** Province sizes in centers, grown in this order (multiples of a district's ten centers). */
  steps: (process.env.BENCH_SCALE_STEPS ?? '10,100,1000').split(',').map(Number).filter((n) => n > 0 && n % 10 === 0),
  /** Seconds of generation the province may take in all; a size expected to overrun it is not generated. */
  generateSeconds: Number(process.env.BENCH_SCALE_GENERATE_S ?? 600),
}

export const machine = () => ({
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
})
