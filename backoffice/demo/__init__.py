"""Demo data: a realistic, deterministic shop for `make run` and the benchmarks."""
