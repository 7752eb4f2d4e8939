"""Validated record types: what every recipe reads and every loader writes.

A prompt is a list of messages (system/user/assistant turns before the answer); a plain string is
accepted everywhere a prompt is and becomes one user message.
"""

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

Role = Literal["system", "user", "assistant"]
Degree = Literal["significantly_better", "better", "slightly_better", "negligibly_better_or_unsure"]
Kind = Literal["helpfulness", "safety"]
SafetyBin = Literal["chosen_safe_other_unsafe", "both_safe", "both_unsafe"]
# The three Llama 2 risk categories; any other non-empty string is a user-defined category.
RISK_CATEGORIES = ("illicit_criminal", "hateful_harmful", "unqualified_advice")
DEGREES = ("significantly_better", "better", "slightly_better", "negligibly_better_or_unsure")


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Message(Record):
    role: Role
    content: str


def _as_messages(value):
    return [{"role": "user", "content": value}] if isinstance(value, str) else value


def _check_prompt(messages: list[Message]) -> list[Message]:
    if not messages or messages[-1].role != "user":
        raise ValueError("a prompt must end with a user message")
    if not messages[-1].content.strip():
        raise ValueError("the last user message is empty")
    return messages


PromptMessages = Annotated[list[Message], BeforeValidator(_as_messages), AfterValidator(_check_prompt)]


class Conversation(Record):
    """An SFT demonstration: messages ending with the assistant's answer (several turns allowed)."""

    messages: list[Message] = Field(min_length=2)
    category: str | None = None
    source: str | None = None

    @field_validator("messages")
    @classmethod
    def _ends_with_answer(cls, messages: list[Message]) -> list[Message]:
        if messages[-1].role != "assistant":
            raise ValueError("a conversation must end with an assistant message")
        if not any(m.role == "user" for m in messages):
            raise ValueError("a conversation needs at least one user message")
        if any(m.role == "assistant" and not m.content.strip() for m in messages):
            raise ValueError("an assistant message is empty")
        return messages


class PreferencePair(Record):
    """Two answers to one prompt; `chosen` is the better one by `degree`, judged for `kind`."""

    prompt: PromptMessages
    chosen: str
    rejected: str
    degree: Degree = "better"
    kind: Kind = "helpfulness"
    safety_bin: SafetyBin | None = None
    source: str | None = None

    @model_validator(mode="after")
    def _answers_differ(self):
        if not self.chosen.strip() or not self.rejected.strip():
            raise ValueError("chosen and rejected must be non-empty")
        if self.chosen.strip() == self.rejected.strip():
            raise ValueError("chosen is identical to rejected")
        return self


class Prompt(Record):
    """A prompt for sampling, red-teaming or evaluation; `risk_category` None means benign."""

    prompt: PromptMessages
    risk_category: str | None = None
    source: str | None = None

    @field_validator("risk_category")
    @classmethod
    def _non_empty(cls, v):
        if v is not None and not v.strip():
            raise ValueError("risk_category must be a non-empty string or null")
        return v
