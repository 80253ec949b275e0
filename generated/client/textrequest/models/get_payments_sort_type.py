from enum import StrEnum


class GetPaymentsSortType(StrEnum):
    AMOUNT = "amount"
    CONTACT = "contact"
    DATE = "date"
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)
