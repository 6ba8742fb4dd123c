"""newsx's extraction library: text in, plain records out.

It never prints, exits or imports the CLI; see ``extract.entries.extract`` for the entry point.
"""

__version__ = "0.1.0"
