from enum import StrEnum


class HookInputEvent(StrEnum):
    MSG_RECEIVED = "msg_received"
    MSG_SENT = "msg_sent"

    def __str__(self) -> str:
        return str(self.value)
