"""``python -m extractor ARGS`` is ``recmap ARGS`` (for when the console script is not on PATH)."""
import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
