"""Phone numbers as the sandbox keys them: ten NANP digits, whatever the punctuation."""

from __future__ import annotations

import re


def normalize(text: str) -> str | None:
    """``"+1 (423) 987-6543"`` -> ``"4239876543"``; None when it is not a NANP number."""
    if not re.fullmatch(r"[\d\s().+-]+", text or ""):
        return None
    digits = re.sub(r"\D", "", text)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits if len(digits) == 10 else None
