import { runCli } from './main'

// `npm run linli -- …` (tsx, from the sources) and `node apps/api/dist/cli.js …` (the built bundle,
// in the Docker image) both start here. Pipes and files are written synchronously on Linux, so
// nothing printed is lost by exiting at once; exiting also ends any client a failed check left open.
process.exit(await runCli(process.argv.slice(2)))
