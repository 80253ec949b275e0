"""Stage 4 of the pipeline: turn a definition into files (connector package, Python client)."""
