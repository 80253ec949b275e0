"""Contract tests: run schemathesis against the sandbox or a live Text Request API.

``runner.run_contract`` is the Python API behind ``python -m generator contract-test``.
The pieces are separate on purpose: ``safety`` decides which operations may reach a
live API, ``guard`` enforces that decision (and the throttle) on the wire, ``collect``
turns schemathesis events into ``results``, and ``report``/``junit``/``curl`` render
them for a person or a CI server.
"""
