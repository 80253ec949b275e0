"""Contract tests: run schemathesis against a target (a URL and a key) and the definition.

``runner.run_contract`` is the Python API behind ``trconnect contract-test``. The package
starts no server and imports nothing of the sandbox: the command line or a test fixture
hands it a target. What one API needs beyond its definition is data, a ``profile``
(``spec/textrequest.contract.yaml``); without one, a generic rule applies. The pieces are
separate on purpose: ``safety`` decides which operations may reach a live API, ``guard``
enforces that decision (and the throttle) on the wire, ``known_ids`` and ``links`` point
the generated requests at real resources, ``trigger`` checks what a webhook receives,
``collect`` turns schemathesis events into ``results``, and ``report``/``junit``/``curl``
render them for a person or a CI server.
"""
