console.log('bench/ is being built; see docs/benchmarks.md')
