"""The hand-written parts of every generated client (installed as ``trconnect.client_overrides``).

``config.yaml`` configures openapi-python-client, ``client.yaml`` holds the runtime's
names and defaults, ``templates/`` the Jinja templates that replace the generator's.
"""
