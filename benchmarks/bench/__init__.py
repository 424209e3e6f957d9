"""The wasmbox-build benchmark suite (run it with ``python benchmarks/run.py``)."""
