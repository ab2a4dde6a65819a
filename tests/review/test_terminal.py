"""`recmap review` in the terminal, driven through pipes (stdin is not a tty in tests)."""
from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from casekit import make_case  # noqa: E402
from extractor.review.terminal import clean, run_review  # noqa: E402


def _run(store, answers: str):
    out = io.StringIO()
    stats = run_review(store, "Tess", io.StringIO(answers), out)
    return stats, out.getvalue()


def test_keys_record_decisions(tmp_path):
    store, recs, acts = make_case(tmp_path / "recmap.db", tmp_path)
    # rec 2: one suggestion -> accept; rec 3: two suggestions -> reject the newsletter? order is best first:
    # interviews (0.65) then newsletter (0.31): skip the first, reject the second
    stats, out = _run(store, "a\ns\nr\n")
    assert (stats.accepted, stats.rejected, stats.skipped, stats.quit) == (1, 1, 1, False)
    assert [(d.kind, d.action, d.reviewer) for d in store.decisions()] == [
        ("accept", acts[1].id, "Tess"), ("reject", acts[3].id, "Tess")]
    assert "score 0.72" in out and "Jo Smith" in out and "2019-01-31" in out and "care leavers" in out
    store.close()


def test_justified_asks_for_a_reason_and_quit_stops(tmp_path):
    store, recs, _ = make_case(tmp_path / "recmap.db", tmp_path)
    stats, out = _run(store, "x\nj\n\nthe leaving care team already does this\nq\n")
    assert "please answer one of" in out and "a reason is required" in out
    d = store.decisions()
    assert [(x.kind, x.recommendation, x.reason) for x in d] == [
        ("justified", recs[1].id, "the leaving care team already does this")]
    assert stats.quit and stats.justified == 1
    store.close()


def test_end_of_input_quits_cleanly_and_keeps_decisions(tmp_path):
    store, recs, acts = make_case(tmp_path / "recmap.db", tmp_path)
    stats, _ = _run(store, "a\n")
    assert stats.quit and len(store.decisions()) == 1
    # a second session only shows what is still unreviewed
    stats, out = _run(store, "")
    assert "1 of 3 recommendations need review" in out or "2 of 3" in out
    assert acts[1].text not in out
    store.close()


def test_control_characters_are_not_sent_to_the_terminal():
    assert clean("a\x1b[2Jb\x07") == "a [2Jb "


def test_single_key_presses_on_a_terminal(tmp_path):
    """On a real (pseudo-)terminal one key press decides, without Enter; a reason is a typed line."""
    import os
    import pty
    import threading
    import time

    store, recs, acts = make_case(tmp_path / "recmap.db", tmp_path)
    master, slave = pty.openpty()

    def typist():
        for chunk in (b"a", b"s", b"j", b"handled by the police\n"):
            time.sleep(0.3)
            os.write(master, chunk)

    t = threading.Thread(target=typist, daemon=True)
    t.start()
    with os.fdopen(slave, "r") as inp:
        out = io.StringIO()
        stats = run_review(store, "Tess", inp, out)
    t.join(5)
    os.close(master)
    assert (stats.accepted, stats.skipped, stats.justified, stats.quit) == (1, 1, 1, False)
    assert [(d.kind, d.reason) for d in store.decisions()] == [("accept", ""), ("justified", "handled by the police")]
    store.close()


def test_justified_recommendations_are_not_asked_again(tmp_path):
    store, recs, _ = make_case(tmp_path / "recmap.db", tmp_path)
    store.decide("justified", recs[2].id, None, "Ann", "the partnership plan covers it")
    _, out = _run(store, "")
    assert "1 of 3 recommendations need review" in out and recs[2].text not in out
    store.close()
