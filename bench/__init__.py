"""Benchmarks of summary quality and speed (run as scripts: `uv run python bench/quality.py`)."""
