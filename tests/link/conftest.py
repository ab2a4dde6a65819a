"""Fixtures for linker tests."""
from __future__ import annotations

import pytest
from linkcases import act, rec


@pytest.fixture
def small_case():
    recs = (
        rec("R1", 1, "Ensure that all care leavers have full information about their health histories "
                     "and about advocacy and complaints."),
        rec("R2", 2, "Improve management oversight and supervision so that children's plans progress."),
        rec("R3", 3, "Review the procedures for unaccompanied asylum-seeking children who arrive "
                     "outside office opening hours."),
    )
    acts = (
        act("A1", "Give every care leaver a health passport with their health history.", "1.1",
            "Care leavers know their rights and entitlements."),
        act("A2", "Team managers record supervision on each CLA and CIN file.", "1.2",
            "Strengthen managerial oversight."),
        act("A3", "Recruit permanent staff to replace agency workers.", "3.1", "A stable workforce."),
    )
    return recs, acts
