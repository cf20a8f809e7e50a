"""The classroom server: `./course hub` (cli.py) and the JupyterHub configuration it runs."""
