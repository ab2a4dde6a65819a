from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from extractor.coverage import action_problems, coverage
from extractor.items import DateSpan, Link
from extractor.settings import Settings

sys.path.insert(0, str(Path(__file__).parent / "link"))
from linkcases import act, rec  # noqa: E402

S = Settings(suggest_threshold=0.3, covered_threshold=0.7)
RECS = (rec("R1", 1, "one"), rec("R2", 2, "two"), rec("R3", 3, "three"), rec("R4", 4, "four"))


def test_status_from_basis_and_thresholds():
    acts = (act("A1", "a"), act("A2", "b"), act("A3", "c"), act("A4", "d"))
    links = (
        Link("A1", "R1", 1.0, "explicit", "cites Ofsted recommendation 1"),
        Link("A2", "R2", 0.85, "similarity", "shared terms: x"),
        Link("A3", "R3", 0.45, "similarity", "shared terms: y"),
        Link("A3", "R2", 0.40, "similarity", "shared terms: z"),
    )
    cov = coverage(RECS, acts, links, S)
    assert [i.status for i in cov.items] == ["covered", "covered", "weak", "uncovered"]
    assert cov.items[1].actions == ("A2", "A3") and cov.items[1].best_score == 0.85
    assert cov.items[3].best_score == 0.0 and cov.items[3].actions == ()
    assert cov.orphans == ("A4",)
    assert cov.counts() == {"covered": 2, "weak": 1, "uncovered": 1}


def test_reviewer_link_covers_even_with_low_score():
    cov = coverage(RECS[:1], (act("A1", "a"),), (Link("A1", "R1", 0.1, "reviewer", "reviewed"),), S)
    assert cov.status("R1") == "covered"


def test_problems_no_lead_no_date_overdue_orphan():
    acts = (
        act("A1", "no lead", leads=(), leads_raw=""),
        act("A2", "no date", date=DateSpan(None, None, "unknown")),
        act("A3", "late", date=DateSpan(None, "2019-01-31", "dated")),
        act("A4", "done late", date=DateSpan(None, "2019-01-31", "complete")),
        act("A5", "ongoing", date=DateSpan(None, None, "ongoing")),
    )
    links = tuple(Link(a.id, "R1", 1.0, "explicit", "") for a in acts[:4])
    cov = coverage(RECS, acts, links, S, as_of=date(2019, 6, 1))
    got = {(p.action, p.problem) for p in cov.problems}
    assert got == {("A1", "no lead"), ("A1", "overdue"), ("A2", "no date"), ("A3", "overdue"),
                   ("A5", "orphan")}


def test_overdue_needs_as_of():
    a = act("A1", "late", date=DateSpan(None, "2019-01-31", "dated"))
    assert action_problems(a) == ()
    assert action_problems(a, date(2019, 1, 31)) == ()  # due today is not overdue
    assert action_problems(a, date(2019, 2, 1)) == ("overdue",)


def test_a_secondary_link_only_makes_its_recommendation_weak():
    # A1 is mainly about R1; its side match to R2 scores high too, but well below its best.
    s = Settings(suggest_threshold=0.1, covered_threshold=0.3, covered_margin=0.05)
    acts = (act("A1", "a"), act("A2", "b"))
    links = (Link("A1", "R1", 0.90, "similarity", ""), Link("A1", "R2", 0.60, "similarity", ""),
             Link("A2", "R3", 0.40, "similarity", ""), Link("A2", "R4", 0.37, "similarity", ""))
    cov = coverage(RECS, acts, links, s)
    # R4 is within the margin of A2's best, so it is primary too
    assert [i.status for i in cov.items] == ["covered", "weak", "covered", "covered"]
    # without competition (margin 1) the side match covers R2
    loose = coverage(RECS, acts, links, Settings(suggest_threshold=0.1, covered_threshold=0.3, covered_margin=1.0))
    assert loose.status("R2") == "covered"
    # below the covered threshold a primary link is only weak
    assert coverage(RECS, acts, links, Settings(suggest_threshold=0.1, covered_threshold=0.95)).status("R1") == "weak"


def test_an_action_citing_a_recommendation_covers_others_only_as_strongly():
    s = Settings(suggest_threshold=0.1, covered_threshold=0.3, covered_margin=0.05)
    acts = (act("A1", "a", refs=(1,)),)
    links = (Link("A1", "R1", 1.0, "explicit", "cites Ofsted recommendation 1"),
             Link("A1", "R2", 0.70, "similarity", ""), Link("A1", "R3", 0.97, "similarity", ""))
    cov = coverage(RECS, acts, links, s)
    assert [i.status for i in cov.items] == ["covered", "weak", "covered", "uncovered"]


def test_a_qualifying_clause_is_listed_but_not_required():
    # Two asks: the second ("that the support continues ...") adds little of its own; the third
    # case adds a distinctive topic (dental health checks) and must be answered.
    from extractor.coverage import required_asks
    from extractor.link.field import own_weights

    qualifying = ("Ensure that mental health services for looked after children are in place so that no "
                  "child waits unnecessarily for this support", "that the support continues for as long as it is needed.")
    demanding = ("Ensure that mental health services for looked after children are in place so that no "
                 "child waits unnecessarily for this support", "that children receive regular dental health check-ups.")
    s = Settings(ask_own_weight=35.0)
    own_q, own_d = own_weights(qualifying), own_weights(demanding)
    assert own_q[1] < 35.0 <= own_d[1]
    assert required_asks(qualifying, s) == (True, False)
    assert required_asks(demanding, s) == (True, True)
    assert required_asks(qualifying, Settings(ask_own_weight=0.0)) == (True, True)

    r = rec("R1", 1, " and ".join(qualifying))
    links = (Link("A1", "R1", 1.0, "explicit", "cites 1", asks=(0,)),)
    cov = coverage((r,), (act("A1", "a"),), links, s)
    item = cov.items[0]
    assert len(item.asks) == 2 and [q.required for q in item.asks] == [True, False]
    assert item.asks[1].status == "uncovered" and item.status == "covered"
    # every ask counting, the same plan leaves the recommendation weak
    assert coverage((r,), (act("A1", "a"),), links, Settings(ask_own_weight=0.0)).items[0].status == "weak"
    r2 = rec("R2", 2, " and ".join(demanding))
    links2 = (Link("A1", "R2", 1.0, "explicit", "cites 2", asks=(0,)),)
    assert coverage((r2,), (act("A1", "a"),), links2, s).items[0].status == "weak"
