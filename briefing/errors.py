"""The two kinds of failure the command line tells apart (exit codes 1 and 2)."""


class BriefingError(Exception):
    """Base of the errors that the command line reports as one clear line."""

    exit_code = 1


class InputError(BriefingError):
    """The input or the usage is wrong: the producer can fix it."""

    exit_code = 1


class EngineError(BriefingError):
    """A speech engine or a tool (ffmpeg) failed after its retries."""

    exit_code = 2
