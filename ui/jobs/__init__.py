"""Background work: one job runner (runner.py), child processes (processes.py) and the summary
worker process (summary_worker.py) that every summary is made in."""
