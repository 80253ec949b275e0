"""Phone numbers as the sandbox keys them: ten NANP digits, whatever the punctuation.

What ``normalize`` accepts is exactly what the spec's phone ``pattern`` admits: ASCII
digits, spaces, brackets, dots, dashes and plus signs, with ten digits or eleven
starting with 1.
"""

from __future__ import annotations

import re


def normalize(text: str) -> str | None:
    """``"+1 (423) 987-6543"`` -> ``"4239876543"``; None when it is not a NANP number."""
    if not re.fullmatch(r"[0-9 ().+-]+", text or ""):
        return None
    digits = re.sub(r"[^0-9]", "", text)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits if len(digits) == 10 else None
