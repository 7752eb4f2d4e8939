"""Stop strings, without a server: where the text is cut, what streaming holds back, and the row cancelled."""

from alignkit.batcher import Row, Step
from alignkit.serve import answer, drain, first_stop, held_back


def test_first_stop_and_held_back_by_hand():
    assert first_stop("abcENDxyzSTOP", ["STOP", "END"]) == 3  # the earliest of any stop string
    assert first_stop("abc", ["END"]) is None
    assert held_back("abcEN", ["END"]) == 2  # "EN" may become "END": not sent yet
    assert held_back("abcE", ["END", "Ex"]) == 1 and held_back("abc", ["END"]) == 0
    assert held_back("abcEND", ["END"]) == 0  # a whole stop string is found by first_stop, not held


def test_answer_streams_up_to_the_stop_string_and_cancels_the_row(tokenizer):
    row = Row(prompt=[1], max_new=50)
    steps = [Step(t) for t in tokenizer.encode("Hi ENx END and more", add_special_tokens=False)]
    pieces = answer(iter(steps), row, tokenizer, ["END"], tokenizer.eos_token_id)
    sent = []
    while True:
        try:
            sent.append(next(pieces)[0])
        except StopIteration as end:
            finish, n = end.value
            break
    assert sent == ["H", "i", " ", "ENx", " "]  # one token a character; "E", "EN" waited: they might begin "END"
    assert finish == "stop" and row.cancelled.is_set()
    assert n == len("Hi ENx END")  # tokens read up to the one that completed the stop string
    text, _, finish, n = drain(answer(iter(steps), Row(prompt=[1], max_new=4), tokenizer, [], tokenizer.eos_token_id))
    assert (text, finish, n) == ("Hi E", "length", 4)
    eos = [*steps[:2], Step(tokenizer.eos_token_id)]
    assert drain(answer(iter(eos), Row(prompt=[1], max_new=9), tokenizer, [], tokenizer.eos_token_id))[2:] == ("stop", 3)
