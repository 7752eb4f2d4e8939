"""alignkit: train chat models the InstructGPT / Llama 2-Chat way, end to end, on a CPU or a cluster."""

__version__ = "0.1.0"


class AlignkitError(Exception):
    """A user mistake (bad input, bad config, missing checkpoint): the CLI prints the message and exits 2."""
