"""The resources, one package per tag: each a class per client, and one module per operation."""
