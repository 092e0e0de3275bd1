"""Record PyTorch training runs as TrainScope run files (see docs/run-format.md)."""
from .recorder import Recorder, FORMAT_VERSION

__all__ = ["Recorder", "FORMAT_VERSION"]
