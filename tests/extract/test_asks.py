"""Splitting recommendations into asks (texts from published Ofsted reports)."""
from extractor.extract.asks import split_asks


def test_previous_inspection_list_is_three_asks_without_its_lead_in():
    # West Berkshire 2015, recommendation 1 (shortened items)
    text = ("Implement the following areas for improvement from the previous inspection: \u2022 Legal advice is "
            "sought when necessary and this leads to appropriate action and timely legal intervention. \u2022 "
            "Management oversight is both reflective and challenging. \u2022 Ensure core groups and child "
            "protection conferences effectively monitor cases.")
    assert split_asks(text) == (
        "Legal advice is sought when necessary and this leads to appropriate action and timely legal intervention.",
        "Management oversight is both reflective and challenging.",
        "Ensure core groups and child protection conferences effectively monitor cases.",
    )


def test_private_use_bullets_and_a_lead_in_ending_in_by():
    text = ("Improve the quality of pathway planning by: \uf0b7 ensuring that assessments and plans are updated when "
            "young people transfer into the care leaver service \uf0b7 strengthening the involvement of care leavers "
            "in their pathway planning process")
    assert split_asks(text) == (
        "ensuring that assessments and plans are updated when young people transfer into the care leaver service",
        "strengthening the involvement of care leavers in their pathway planning process",
    )


def test_sentences_and_complement_clauses_are_asks():
    # Buckinghamshire 2018, recommendation 1
    text = ("Take immediate action to improve the quality of management oversight and decision-making at all levels "
            "to make sure that children\u2019s plans are properly progressed. Ensure that management interventions, "
            "including escalations and alerts by child protection chairs and independent reviewing officers, are "
            "clearly recorded on children\u2019s files and that these actions are followed through.")
    asks = split_asks(text)
    assert len(asks) == 3
    assert asks[0].startswith("Take immediate action")
    assert asks[1].endswith("clearly recorded on children\u2019s files")
    assert asks[2] == "that these actions are followed through."


def test_a_relative_that_does_not_split():
    text = ("Work with care leavers and looked after children to develop a local care leaver \u2018pledge\u2019 that "
            "reflects their needs and that is in clear and accessible language.")
    assert split_asks(text) == (text,)


def test_one_ask_stays_whole_and_references_are_dropped():
    text = "Ensure that the impact of multi-agency safeguarding training is evaluated (paragraphs 55 and 56)."
    assert split_asks(text) == ("Ensure that the impact of multi-agency safeguarding training is evaluated.",)


def test_a_note_that_it_was_asked_before_is_not_an_ask():
    text = ("Ensure that multi-agency core groups and child in need meetings are held within timescales and drive "
            "plans forward. This was a recommendation at the last inspection.")
    assert split_asks(text) == ("Ensure that multi-agency core groups and child in need meetings are held within "
                                "timescales and drive plans forward.",)


def test_semicolon_clauses_and_short_lettered_items():
    assert len(split_asks("Ensure that children\u2019s plans are outcome-focused, specific and include timescales; are "
                          "reviewed and updated following significant events; and are written in straightforward "
                          "language.")) == 3
    assert split_asks("Improve care plans by: a) setting clear timescales b) involving families in planning") == (
        "setting clear timescales", "involving families in planning")


def test_fragments_join_the_ask_before_them():
    assert split_asks("Review thresholds. Act now.") == ("Review thresholds. Act now.",)
    assert split_asks("") == ()
