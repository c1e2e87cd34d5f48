"""Intake: readers that turn files, exports, feeds and stdin into documents.

`read` takes paths (files, directories, ``-`` for stdin) and yields a `Document` for each readable
document and a `Rejected` for each piece of input that is not, so one bad file or line never stops a
batch. Each format has its own module: `text` (plain text and Markdown), `html`, `jsonl`,
`telegram` (Telegram Desktop exports) and `feed` (RSS and Atom); `guess` picks one.
"""

from dronewatch.intake._common import IntakeError, Rejected, make_document
from dronewatch.intake._read import MAX_BYTES, read
from dronewatch.intake.guess import FORMATS

__all__ = ["FORMATS", "MAX_BYTES", "IntakeError", "Rejected", "make_document", "read"]
