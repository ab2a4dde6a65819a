"""FieldWeights.share: the weighted share of a target's units that a side has (rare units count most)."""
from __future__ import annotations

from extractor.link.field import FieldWeights


def test_share_weighs_rare_units_most():
    fw = FieldWeights(100, {"quality": 90, "dental": 1})
    assert fw.share({"dental"}, {"dental", "quality"}) > 0.5 > fw.share({"quality"}, {"dental", "quality"})
    assert fw.share({"dental", "quality", "other"}, {"dental", "quality"}) == 1.0
    assert fw.share({"dental"}, ()) == 0.0 and fw.share((), {"dental"}) == 0.0
    # The same as the weighted share the linker's features use (field.share_of over fw.weighted(...)).
    from extractor.link.field import share_of

    target = {"dental", "quality", "unseen"}
    assert fw.share({"quality", "unseen"}, target) == share_of(frozenset({"quality", "unseen"}), fw.weighted(target))
