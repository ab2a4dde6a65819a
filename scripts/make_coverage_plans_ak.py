"""Write the sealed coverage evaluation set "ak": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_ak.py            # writes documents and gold
    python scripts/make_coverage_plans_ak.py --check    # only runs the consistency checks

Documents: corpus/coverage/ak/<name>.<ext>      Gold: corpus/gold/coverage/ak/<name>.json

The two documents imitate what councils' own systems produce: a Word improvement plan filled in
from a council template built of CONTENT CONTROLS (A4 portrait; a title block and, anchored on
page 1, a floating text box 'Key messages' - a DrawingML shape with a VML fallback, so its text
is stored twice, in two w:txbxContent elements - which holds no actions; each priority a Heading
1 paragraph in the council's words with a 'What will be different:' paragraph under it; each
action a block-level content control (w:sdt) holding the fields Action, Description,
Responsible officer, Completion date and RAG, their labels in bold, the values in nested
controls: inline plain-text controls for Action and Responsible officer, a block-level plain-text
control for Description, a date-picker for Completion date (w:date/@w:fullDate, shown as
dd/MM/yyyy, e.g. '31/05/2019'; or typed text 'tbc' / 'Ongoing' with no fullDate; or the empty
control showing Word's placeholder 'Click or tap to enter a date.'), a drop-down for RAG; an
empty Responsible officer control shows the placeholder 'Click or tap here to enter text.';
three actions laid out instead as a two-column borderless label/value table inside the block
control; a 'Monitoring this plan' section of prose at the end), and a GANTT-style delivery
timeline printed to PDF (A4 landscape, ruled table: Ref / Action / Lead, twelve month columns
Apr..Mar under a two-row header whose first row spans the months with the financial year
'2023/24', then Status; the timeframe shown ONLY by shaded cells holding an 'X' in the months an
action runs - runs of months, a few quarterly or termly marks, a few whole-year 'ongoing' rows,
one row with no month marked; a full-width section row per priority; the table over three pages
with both header rows repeated on each; a legend box under the table on the last page; footer
'Page n of m').

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
items of both were transcribed by hand from the report PDFs for this set and are held below as
data (SL_RECS, NN_RECS), word for word, lines broken by the PDF joined, the reports' curly
apostrophes kept; they are passed to build_gold(recs=...). Nothing is written into
corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the action cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
Neither document cites a recommendation number anywhere, so every link is judged. Actions with
no links are orphans (see each plan's design notes). In cradleigh, design lists and asks name an
action by its number N (the action is cradleigh-N: the template gives an action no reference);
in holmcaster by its Ref cell ("2.3"), which build_gold maps to holmcaster-N.

All councils, people, teams, systems, providers and local programmes are fictional (national
schemes and terms such as initial health assessments, the Graded Care Profile 2, Safe and
Together, ASYE, personal education plans or the designated officer (LADO) are named as councils
name them); no real person is named. Output is deterministic: DOCX core properties are fixed and
every zip member is written with a fixed timestamp; reportlab runs in invariant mode with fixed
metadata.
"""

import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape as _esc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, build_gold, docx_props, main, normalise_zip,  # noqa: E402
                          numbered_canvas, reportlab_canvas, xml_escape)
from _coverage_sets import curly, groups as _groups, words as _words  # noqa: E402
from _coverage_sets import transcribed_gaps  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Slough, inspection of local authority children's services (ILACS), report published 4 March
# 2019 (requires improvement to be good in every judgement). "What needs to improve" (printed
# without a question mark), page 2 of the PDF, the last thing on the page: seven bullets (a
# Wingdings square, extracted as U+F06E; no numbers), all addressed to the local authority,
# numbered 1-7 in the report's order. Lines broken by the PDF joined with a space; the curly
# apostrophe of R1 kept; R3's "16- and 17-year-olds" printed with plain hyphens and kept so.
# ---------------------------------------------------------------------------------------------

SL_REPORT = "slough-80553/2019-03-04.pdf"
SL_PAGES = (2,)

SL_RECS = [  # (number, page, text)
    (1, 2, "The quality of children\u2019s plans, so that they include clear measurable actions, "
           "with timescales for delivery and clarity about what will happen if concerns do not "
           "reduce."),
    (2, 2, "The way strategy discussions are convened, so that processes are clear and relevant "
           "agencies participate in initial decision-making."),
    (3, 2, "The quality of assessment, planning and service provision for privately fostered "
           "children and homeless 16- and 17-year-olds."),
    (4, 2, "The timeliness of initial health assessments when children come into care."),
    (5, 2, "The rigour of planning and coordination for children at risk of exploitation."),
    (6, 2, "Sufficiency of local placements to meet the needs of older children and for care "
           "leavers."),
    (7, 2, "The stability of the workforce so that children consistently benefit from the "
           "opportunity to build positive relationships with their social workers."),
]

# ---------------------------------------------------------------------------------------------
# North Northamptonshire, inspection of local authority children's services (ILACS), report
# published 25 November 2022 (requires improvement to be good in every judgement). "What needs
# to improve?", page 2 of the PDF: four bullets (black squares, no numbers), all addressed to
# the local authority, followed directly by the heading "The experiences and progress of
# children who need help and protection: requires improvement to be good". Numbered 1-4 in the
# report's order; lines broken by the PDF joined with a space; curly apostrophes kept.
# ---------------------------------------------------------------------------------------------

NN_REPORT = "north-northamptonshire-2637539/2022-11-25.pdf"
NN_PAGES = (2,)

NN_RECS = [
    (1, 2, "The effectiveness of how managers support social workers to ensure that assessments "
           "and plans are focused on children\u2019s experiences and progress."),
    (2, 2, "The development of clear and effective systems, together with increased management "
           "oversight, to improve the overall quality of practice in areas such as the use of "
           "unregistered children\u2019s homes, children at risk of exploitation and those who "
           "go missing from home and care, children who experience chronic neglect and domestic "
           "violence, and confirmation of permanence plans for children in care."),
    (3, 2, "The effectiveness of planning when children come into care."),
    (4, 2, "The quality of direct work to ascertain children\u2019s views about their "
           "experiences, and life-story work for all children in care to help them to "
           "understand their care history."),
]

# where each list sits in its report: the words opening the block, the words after it (None: the
# end of the page), what stands before each item
BLOCKS = {
    SL_REPORT: dict(start="What needs to improve", end=None, label="\uf06e"),
    NN_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help and protection: "
                        "requires improvement to be good", label="\u25fc"),
}


def sl_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in SL_RECS]


def nn_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in NN_RECS]


# ---------------------------------------------------------------------------------------------
# Plan 1: Cradleigh - a Word improvement plan built from a template of content controls,
# answering Slough 2019-03-04 (ILACS, 7). Priorities as Heading 1 with a 'What will be
# different:' paragraph; each action a block control with fields Action / Description /
# Responsible officer / Completion date / RAG; three actions as a borderless label/value table
# inside the block control; a 'Key messages' text box on page 1.
# ---------------------------------------------------------------------------------------------

CR_PRIORITIES = {  # number: (Heading 1, 'What will be different:' text), the council's words
    1: ("Plans that say what will happen",
        "Every child and family can read their plan and know what will be done, who will do it, "
        "by when, and what we will do next if things do not get better."),
    2: ("Social workers who stay",
        "Children keep the same social worker for longer and do not have to tell their story "
        "again and again."),
    3: ("Keeping young people safe from exploitation",
        "Young people who are being groomed or used by criminals have one plan, and everyone "
        "working with them knows what it is and what their part in it is."),
    4: ("Somewhere to live close to home",
        "Teenagers in our care and young people leaving care can live in or near Cradleigh, "
        "close to their school, friends and family."),
    5: ("Children living with other families",
        "Children who live with someone who is not their parent, by a private arrangement, are "
        "known to us, visited and helped."),
    6: ("Other work across the service",
        "The rest of our improvement work, listed here so that the whole picture is in one "
        "place. It is reported to the Improvement Board in the usual way."),
}
CR_OTHER = 6
CR_RAG = ("Red", "Amber", "Green", "Complete")
CR_PH_TEXT = "Click or tap here to enter text."
CR_PH_DATE = "Click or tap to enter a date."
CR_PH_LIST = "Choose an item."


def cr_actions():
    acts = []

    def add(pri, action, desc, officer, date, rag, links=(), table=False):
        """An action block under priority ``pri``: the Action and Description controls (``text``
        is the two joined by a space), the Responsible officer control ("" = placeholder shown),
        the Completion date control (``date``: "dd/mm/yyyy" from the date-picker, "tbc" or
        "Ongoing" typed into it, "" = placeholder shown), the RAG drop-down (None =
        placeholder). ``table``: the block is laid out as a two-column label/value table."""
        assert action.endswith(".") and desc.endswith(".")
        assert not date or date in ("tbc", "Ongoing") or re.fullmatch(r"\d\d/\d\d/20\d\d", date)
        assert rag is None or rag in CR_RAG
        head, why = CR_PRIORITIES[pri]
        acts.append(A(curly(f"{action} {desc}"), curly(officer), date, links, [], False,
                      row=None, section=curly(head), objective=curly(why), pri=pri,
                      action=curly(action), desc=curly(desc), rag=rag, table=table))

    # Priority 1 - Plans that say what will happen (R1)
    add(1, "Rewrite the plan template.",
        "One template for child in need, child protection and children in care plans, in which "
        "every step names who will do it, the date it will be done by and how we will know it "
        "has made a difference.",
        "Head of Quality and Practice", "31/05/2019", "Green",
        links=[(1, "j", "h", "each step with an owner, a date and a measure: clear measurable "
                "actions with timescales for delivery")])
    add(1, "Plans written for families.",
        "Plans written to the child and the parents in everyday words, with the new template "
        "tried out by two parents who have had a child protection plan before it goes live.",
        "Principal Social Worker", "31/05/2019", "Green",
        links=[(1, "j", "m", "the quality of children's plans: written so that the family can "
                "follow them")])
    add(1, "Say what happens if things don't change.",
        "Every plan ends with a section, agreed with the family at the conference or review, "
        "setting out plainly what we will do if the worries about the child have not lessened "
        "by the next review, up to a legal planning meeting.",
        "Child Protection Chairs Manager", "30/06/2019", "Amber",
        links=[(1, "j", "h", "clarity about what will happen if concerns do not reduce")])
    add(1, "Core groups check every step.",
        "Core groups and child in need meetings go through each step of the plan against its "
        "date and record whether it is done, late or no longer needed.",
        "Heads of Service, Safeguarding", "Ongoing", "Green",
        links=[(1, "j", "h", "the timescales of each action tracked at every meeting")])
    add(1, "Monthly plan reading by team managers.",
        "Team managers read two plans from each worker every month against the plan standard "
        "and give feedback within the week.",
        "", "31/07/2019", None,
        links=[(1, "j", "m", "managers checking plans against the standard for clear, timed "
                "steps")])

    # Priority 2 - Social workers who stay (R7); a passing mention of R4
    add(2, "Permanent managers for the assessment hubs.",
        "A recruitment campaign for permanent team managers in both assessment hubs, with a "
        "market supplement for posts that are hard to fill.",
        "Head of HR (Trust)", "30/06/2019", "Amber",
        links=[(7, "j", "h", "permanent managers instead of interims: a stable workforce")])
    add(2, "Fewer agency social workers.",
        "Agency posts turned into permanent ones, so that no more than 15% of our social workers "
        "are agency staff by March 2020.",
        "Director of Operations", "31/03/2020", "Amber",
        links=[(7, "j", "h", "permanent social workers who stay with their children")])
    add(2, "Lower caseloads in the assessment hubs.",
        "Two extra social workers in the assessment hubs, so that no worker there holds more "
        "than 20 children.",
        "Head of Assessment", "31/08/2019", "Red",
        links=[(7, "j", "m", "manageable caseloads that keep social workers in post")])
    add(2, "Two weeks' induction before a first case.",
        "Every new social worker spends two weeks learning Mosaic, the Cradleigh practice model "
        "and coming into care paperwork such as the initial health assessment request before "
        "taking cases.",
        "Workforce Development Manager", "Ongoing", "Green",
        links=[(7, "j", "m", "new staff settled in before they hold cases, so that they stay")])
    add(2, "Same worker from assessment to long-term team.",
        "Where it is right for the child, the social worker who completes the assessment keeps "
        "the child when the case moves on to a long-term team.",
        "Head of Children in Need and Child Protection", "tbc", "Amber",
        links=[(7, "j", "h", "children keep one social worker and can build a relationship with "
                "them")])
    add(2, "Stay conversations at one year.",
        "A head of service meets every social worker at twelve months' service to talk about "
        "what would keep them in Cradleigh, and the themes go to the Workforce Board.",
        "Heads of Service", "31/12/2019", None,
        links=[(7, "j", "m", "finding out what keeps social workers, so that fewer leave")])

    # Priority 3 - Keeping young people safe from exploitation (R5)
    add(3, "One exploitation team at Mill Street.",
        "Police, youth offending, missing from home and social work staff who work with "
        "exploited young people move into one team in the same building.",
        "Head of Adolescent Services", "30/09/2019", "Amber",
        links=[(5, "j", "h", "coordination: the agencies working with exploited young people in "
                "one team")])
    add(3, "One risk and safety plan for each young person.",
        "A single plan held on Mosaic for each young person at risk, replacing the separate "
        "police and Trust plans, and reviewed at least every six weeks.",
        "Head of Adolescent Services", "31/07/2019", "Green", table=True,
        links=[(5, "j", "h", "one reviewed plan per young person: rigour of planning")])
    add(3, "Weekly exploitation meeting.",
        "Partners meet every week to agree the next steps for each young person flagged as high "
        "risk and check that last week's steps were taken.",
        "DI Public Protection / Head of Adolescent Services", "Ongoing", "Green",
        links=[(5, "j", "h", "weekly multi-agency planning and follow-up for young people at "
                "high risk")])
    add(3, "Mapping hotspots with schools.",
        "Every quarter, map the peer groups and places linked to grooming and county lines with "
        "schools and the community safety team, and share the map with the weekly meeting.",
        "Community Safety Manager", "30/11/2019", None,
        links=[(5, "j", "m", "shared intelligence feeding the coordinated response")])

    # Priority 4 - Somewhere to live close to home (R6)
    add(4, "Foster carers for teenagers.",
        "Recruit 20 new fostering households able to look after young people aged 13 and over, "
        "with a higher fee and a support group of their own.",
        "Fostering Service Manager", "31/03/2020", "Amber",
        links=[(6, "j", "h", "local foster homes for older children")])
    add(4, "Supported lodgings.",
        "Twelve supported lodgings places with hosts in the borough for young people leaving "
        "care.",
        "Leaving Care Manager", "31/01/2020", "Green",
        links=[(6, "j", "h", "local homes for care leavers")])
    add(4, "A home of our own.",
        "Open a four-bed children's home in Cradleigh for teenagers, run with a provider under a "
        "block contract.",
        "Head of Commissioning", "tbc", "Red",
        links=[(6, "j", "h", "a local children's home for older children")])
    add(4, "Flats for care leavers.",
        "An agreement with Cradleigh Homes for 15 one-bedroom flats a year for care leavers, "
        "each with a named housing officer.",
        "Head of Housing Needs", "30/09/2019", "Green", table=True,
        links=[(6, "j", "h", "homes in the borough for care leavers")])
    add(4, "Forecast what we will need.",
        "Refresh the sufficiency strategy with a three-year forecast of the homes that "
        "teenagers and care leavers will need.",
        "Commissioning Manager", "31/10/2019", "Green",
        links=[(6, "j", "m", "planning enough local homes for teenagers and care leavers")])

    # Priority 5 - Children living with other families (R3, private fostering only)
    add(5, "Tell people about private fostering.",
        "Leaflets, posters and social media for schools, GPs, places of worship and language "
        "schools, so that more arrangements are reported to us.",
        "Private Fostering Lead", "31/07/2019", "Complete",
        links=[(3, "j", "m", "privately fostered children found, so that they can be assessed "
                "and helped")])
    add(5, "Visit in seven days, assess in six weeks.",
        "A named social worker visits within seven days of hearing of a private fostering "
        "arrangement and completes the assessment of the carers within 42 days.",
        "Private Fostering Lead", "31/07/2019", "Green",
        links=[(3, "j", "h", "the assessment of privately fostered children and their "
                "carers")])
    add(5, "A support plan for every privately fostered child.",
        "Each child has a written plan of the help they and their carers will get, looked at "
        "again at every visit.",
        "", "30/09/2019", "Amber",
        links=[(3, "j", "h", "planning and service provision for privately fostered "
                "children")])

    # Priority 6 - Other work across the service (orphans)
    add(6, "Corporate parenting strategy.",
        "Agree the new corporate parenting strategy with partner agencies and hold discussions "
        "with the Children in Care Council about what matters most to them.",
        "Corporate Parenting Lead", "31/10/2019", "Green")
    add(6, "Short breaks decisions.",
        "Initial decision-making on short breaks for disabled children moves to a monthly "
        "panel, with clear processes for families who want a decision looked at again.",
        "Head of Disabled Children's Service", "31/08/2019", "Amber")
    add(6, "Homeless families in bed and breakfast.",
        "A housing assessment and a support plan within ten days for every homeless family "
        "with children placed in bed and breakfast.",
        "Head of Housing Needs", "30/11/2019", "Amber")
    add(6, "Mosaic upgrade.",
        "Upgrade Mosaic and retrain business support staff on the new screens.",
        "ICT Business Partner", "tbc", None, table=True)
    add(6, "Early help offer online.",
        "Publish the early help offer on the Family Information Service website, with a "
        "self-referral form.",
        "Early Help Manager", "30/06/2019", "Complete")
    add(6, "One record of allegations against staff.",
        "Allegations about adults who work with children recorded in one tracking system "
        "instead of three spreadsheets.",
        "LADO", "", None)
    add(6, "Neglect strategy.",
        "Agree the neglect strategy with the Safeguarding Children Board and train staff to use "
        "the Graded Care Profile 2.",
        "Head of Quality and Practice", "31/12/2019", "Red")
    add(6, "Councillors' visits.",
        "Each member of the Corporate Parenting Panel visits a team or a children's home twice "
        "a year.",
        "", "Ongoing", "Green")
    return acts


CR = {
    "name": "cradleigh", "ext": "docx", "report": SL_REPORT, "recs": sl_recs,
    "pages": SL_PAGES, "council": "Cradleigh Borough Council",
    "actions": cr_actions, "bounds": (20, 40),
    "expected": {1: "covered", 2: "uncovered", 3: "weak", 4: "weak", 5: "covered",
                 6: "covered", 7: "covered"},
    "unanswered": [2], "passing": [4], "partial": [3],
    "orphans": [24, 25, 26, 27, 28, 29, 30, 31],
    "miscited": [],
    "passing_phrase": {4: (9, "initial health assessment request")},
    "decoys": {2: [24, 25]},
    "ask_decoys": {3: [26]},
    "asks": {1: [("clear measurable actions, with timescales for delivery", [1, 4, 5]),
                 ("clarity about what will happen if concerns do not reduce", [3])],
             3: [("the quality of assessment, planning and service provision for privately "
                  "fostered children", [21, 22, 23]),
                 ("the quality of assessment, planning and service provision for homeless 16- "
                  "and 17-year-olds", [])],
             6: [("local placements to meet the needs of older children", [16, 18, 20]),
                 ("local placements for care leavers", [17, 19, 20])]},
    "notes": (
        "DOCX, A4 portrait, filled in from a council template built of Word CONTENT CONTROLS. "
        "Page 1: a title block (Title 'Children's Services Improvement Plan', a subtitle naming "
        "Cradleigh Borough Council and Cradleigh Children's Trust, a version line, two "
        "paragraphs of introduction: not actions) and, anchored in the version paragraph, a "
        "floating text box 'Key messages' (a DrawingML text box with its VML fallback, so its "
        "four paragraphs are stored twice, each copy in a w:txbxContent): not actions. Then six "
        "priorities, each a Heading 1 paragraph in the council's words ('Plans that say what "
        "will happen', 'Social workers who stay', 'Keeping young people safe from "
        "exploitation', 'Somewhere to live close to home', 'Children living with other "
        "families', 'Other work across the service'; 'section' is the heading as written) "
        "followed by a paragraph with the bold label 'What will be different:' ('objective' is "
        "its text without the label). Each action is ONE block-level content control (alias "
        "'Action block') holding five fields, each label in bold: 'Action:' and an inline "
        "plain-text control (alias 'Action'); 'Description' and under it a block-level "
        "plain-text control (alias 'Description') wrapping the paragraph; 'Responsible "
        "officer:' and an inline plain-text control; 'Completion date:' and an inline "
        "date-picker control (w:date with w:fullDate, format dd/MM/yyyy, shown as e.g. "
        "'31/05/2019'); 'RAG:' and an inline drop-down (Red, Amber, Green, Complete). 'text' is "
        "the Action value and the Description value joined by a space (the Action value ends "
        "with a full stop); 'leads_raw' the Responsible officer value, 'date_raw' the date as "
        "shown; 'row' null (the template gives an action no reference). The RAG is progress, "
        "not part of the action. Three blocks - action 13 ('One risk and safety plan'), action "
        "19 ('Flats for care leavers') and orphan 27 ('Mosaic upgrade') - are laid out instead "
        "as a two-column borderless table (labels in bold in the left column, the same "
        "controls in the right), the whole table inside the block control. Empty controls show "
        "Word's placeholder text in grey with w:showingPlcHdr set, and the gold reads them as "
        "empty: Responsible officer 'Click or tap here to enter text.' in action 5 ('Monthly "
        "plan reading'), action 23 ('A support plan for every privately fostered child') and "
        "orphan 31 ('Councillors' visits') (leads_raw ''); Completion date 'Click or tap to "
        "enter a date.' in orphan 29 ('One record of allegations') (date_raw ''); RAG 'Choose "
        "an item.' in five blocks. Typed into the date-picker with no w:fullDate: 'tbc' "
        "(actions 10 and 18, orphan 27) and 'Ongoing' (actions 4, 9 and 14, orphan 31). A "
        "closing Heading 1 'Monitoring this plan' with two paragraphs of prose: not a "
        "priority, no actions. Word's curly apostrophes. Nothing cites a number: explicit_refs "
        "is [] everywhere and every link is judged. Hard unanswered: R2 (the way strategy "
        "discussions are convened, so that processes are clear and relevant agencies "
        "participate in initial decision-making): nothing is aimed at it; orphan 24 "
        "('Corporate parenting strategy': a 'strategy' agreed with partner 'agencies' and "
        "'discussions' with the Children in Care Council) and orphan 25 ('Short breaks "
        "decisions': 'initial decision-making' on short breaks with 'clear processes') share "
        "its words, and neither touches child protection strategy discussions. Passing: R4 "
        "(the timeliness of initial health assessments when children come into care) is "
        "touched only by action 9 ('Two weeks' induction before a first case', aimed at R7), "
        "whose induction covers paperwork 'such as the initial health assessment request': "
        "nothing makes the assessments quicker; weak, no link. Partly answered (see asks): R3: "
        "assessment, planning and provision for privately fostered children is answered by "
        "actions 21-23 (an awareness campaign, a visit in seven days and assessment in six "
        "weeks, a support plan); for homeless 16- and 17-year-olds by nothing; ask decoy: "
        "orphan 26 ('Homeless families in bed and breakfast': a housing 'assessment' for "
        "'homeless' families with children, not young people on their own); weak. Answered: "
        "R1 by actions 1-5 (clear measurable actions with timescales: 1, 4, 5; what happens if "
        "concerns do not reduce: 3; action 2, plans in everyday words, aimed at the quality of "
        "plans, medium); R5 by actions 12-15 (one team, one plan, a weekly meeting, mapping); "
        "R6 by actions 16-20 (older children: 16, 18, 20; care leavers: 17, 19, 20); R7 by "
        "actions 6-11 (permanent managers, fewer agency staff, caseloads, induction, the same "
        "worker, stay conversations). The priorities are not in the report's order. Orphans "
        "24-31: the whole of 'Other work across the service' (also Mosaic, the early help "
        "offer, the designated officer's records, the neglect strategy, councillors' visits). "
        "'action N' means cradleigh-N, numbered down the document: 1-5 the first priority, "
        "6-11 the second, 12-15 the third, 16-20 the fourth, 21-23 the fifth, 24-31 the "
        "sixth. The plan's own names: Cradleigh Children's Trust, Mosaic (case record), Mill "
        "Street, Cradleigh Homes, the Workforce Board, the Improvement Board."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Holmcaster - a GANTT-style delivery timeline printed to PDF (A4 landscape), answering
# North Northamptonshire 2022-11-25 (ILACS, 4). Ref / Action / Lead / Apr..Mar / Status; the
# months an action runs shaded with an 'X'; a section row per priority.
# ---------------------------------------------------------------------------------------------

NN_SECTIONS = {  # number: section row as printed, in the council's words and order
    1: "Priority 1: Safer outside the home",
    2: "Priority 2: Hearing children",
    3: "Priority 3: Neglect and domestic abuse",
    4: "Priority 4: Homes and permanence for children in care",
    5: "Priority 5: Workforce and the wider service",
}
NN_OTHER = 5
NN_MONTHS = ("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar")
NN_YEAR = "2023/24"
NN_STATUS = ("Complete", "On track", "Delayed", "Not started", "Ongoing")
ALL = tuple(range(12))


def month_year(k):
    """Month column k (0 = Apr) of 2023/24 as 'Mon YYYY'."""
    return f"{NN_MONTHS[k]} {2023 if k < 9 else 2024}"


def shown_months(months):
    """date_raw of a Gantt row: the shaded months as runs, 'Jun 2023 - Sep 2023' for a run,
    'Jun 2023' for a single month, runs joined by ', '; '' when nothing is shaded."""
    runs = []
    for k in sorted(months):
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return ", ".join(month_year(r[0]) if len(r) == 1 else
                     f"{month_year(r[0])} \u2013 {month_year(r[-1])}" for r in runs)


def hc_actions():
    acts = []

    def add(ref, text, lead, months, status, links=()):
        """A row of the timeline: Ref, Action and Lead cells as printed ("" empty), the month
        columns shaded (0 = Apr .. 11 = Mar), the Status cell (not part of the action)."""
        sec = int(ref.split(".")[0])
        assert status in NN_STATUS and all(0 <= k < 12 for k in months)
        assert (status == "Ongoing") == (tuple(months) == ALL), ref
        acts.append(A(text, lead, shown_months(months), links, [], False, row=ref,
                      section=NN_SECTIONS[sec], objective=None, sec=sec,
                      months=tuple(sorted(months)), status=status))

    # Priority 1 - Safer outside the home (R2: exploitation and missing)
    add("1.1", "Introduce one exploitation screening tool for police, schools and social care, "
        "with the results held in one place on Compass.",
        "Head of Safeguarding", range(0, 3), "Complete",
        links=[(2, "j", "h", "a clear system for identifying children at risk of "
                "exploitation")])
    add("1.2", "Weekly risk meeting for children at risk of exploitation or going missing, "
        "chaired by a head of service, agreeing a plan for each child assessed as high risk.",
        "HoS Adolescents", ALL, "Ongoing",
        links=[(2, "j", "h", "management oversight of children at risk of exploitation and "
                "those who go missing")])
    add("1.3", "Return home interviews within 72 hours, by the same worker each time where "
        "possible, with the reasons the child went missing written up and passed to their "
        "social worker.",
        "Missing Coordinator", range(1, 6), "On track",
        links=[(2, "j", "h", "a better system for children who go missing from home and "
                "care")])
    add("1.4", "Monthly missing and exploitation report to the Assistant Director, listing every "
        "child missing more than three times in the month.",
        "Performance Lead", range(3, 12), "On track",
        links=[(2, "j", "h", "senior oversight of missing and exploited children")])

    # Priority 2 - Hearing children (R4, direct work only); a passing mention of R3
    add("2.1", "Direct work packs (Three Houses, Words and Pictures, feelings cards) in every "
        "team, with a practice session for each team run by the Principal Social Worker.",
        "Principal Social Worker", range(0, 4), "Complete",
        links=[(4, "j", "h", "the quality of direct work with children")])
    add("2.2", "Visit records to open with a 'What I told my worker' section in the child's own "
        "words.",
        "Head of Practice Standards", range(2, 5), "On track",
        links=[(4, "j", "h", "children's views about their experiences found out and "
                "recorded")])
    add("2.3", "Every child to have a 'my views' session with their social worker before each "
        "review, including the first review after they come into care.",
        "IRO Service Manager", ALL, "Ongoing",
        links=[(4, "j", "h", "direct work to ascertain the child's views before every "
                "review")])
    add("2.4", "Independent advocate offered to every child who is the subject of a child "
        "protection conference.",
        "Participation Manager", range(5, 9), "Not started",
        links=[(4, "j", "m", "children's views heard through an advocate")])
    add("2.5", "Quarterly report to team managers on what children have told us through the "
        "Say It app, with each team agreeing one change.",
        "", (5, 8, 11), "On track",
        links=[(4, "j", "m", "what children say about their experiences gathered and acted "
                "on")])

    # Priority 3 - Neglect and domestic abuse (R2: chronic neglect and domestic violence)
    add("3.1", "Graded Care Profile 2 used in every assessment where neglect is a worry; two-day "
        "training for all social workers.",
        "Neglect Practice Lead", range(0, 6), "On track",
        links=[(2, "j", "h", "a clear tool for practice with children who experience "
                "neglect")])
    add("3.2", "Children on a plan for neglect for more than 12 months reviewed by a head of "
        "service, with a decision on whether to start pre-proceedings.",
        "HoS Safeguarding", range(3, 12), "On track",
        links=[(2, "j", "h", "management oversight of chronic neglect")])
    add("3.3", "Safe and Together training for social workers, so that our work with families "
        "holds the person who causes harm to account instead of relying on the parent who is "
        "the victim.",
        "Domestic Abuse Lead", range(6, 10), "Not started",
        links=[(2, "j", "h", "the quality of practice where children experience domestic "
                "violence")])
    add("3.4", "Domestic abuse practice lead in each locality team.",
        "tbc", (), "Not started",
        links=[(2, "j", "m", "practice leadership where children live with domestic "
                "violence")])

    # Priority 4 - Homes and permanence for children in care (R2: unregistered homes,
    # permanence)
    add("4.1", "Any move to a children's home that is not registered to be agreed by the "
        "Director of Children's Services, checked weekly and reported to the Lead Member.",
        "DCS", ALL, "Ongoing",
        links=[(2, "j", "h", "senior management oversight of the use of unregistered "
                "children's homes")])
    add("4.2", "Tracker of every child living in an unregistered setting, with the plan and date "
        "to move them, reviewed fortnightly at Placement Panel.",
        "Head of Commissioning", range(1, 12), "On track",
        links=[(2, "j", "h", "a system for tracking and ending unregistered placements")])
    add("4.3", "Open two small children's homes in Holmcaster for children who would otherwise "
        "live in unregistered homes.",
        "Head of Commissioning", range(6, 12), "Delayed",
        links=[(2, "j", "m", "fewer children in unregistered children's homes")])
    add("4.4", "Permanence confirmed at the second review for every child in care, with the IRO "
        "checking that the plan is recorded on Compass.",
        "IRO Service Manager", range(2, 12), "On track",
        links=[(2, "j", "h", "confirmation of permanence plans for children in care")])
    add("4.5", "Monthly permanence tracking panel for children in care without a confirmed "
        "permanence plan.",
        "HoS Children in Care", ALL, "Ongoing",
        links=[(2, "j", "h", "oversight of children whose permanence is not yet confirmed")])

    # Priority 5 - Workforce and the wider service (orphans)
    add("5.1", "Wellbeing offer for social workers: managers trained to support staff after "
        "difficult visits, and access to counselling.",
        "HR Business Partner", range(4, 7), "On track")
    add("5.2", "ASYE programme: the progress of newly qualified social workers assessed at 3, 6 "
        "and 12 months by the Academy.",
        "Academy Manager", ALL, "Ongoing")
    add("5.3", "Scan the archived care files of adults who were in care as children, so that "
        "they can understand their care history when they ask for their records.",
        "Information Governance Manager", range(7, 12), "Not started")
    add("5.4", "Move to the new case recording system, Compass, with training for all staff.",
        "Compass Project Manager", range(0, 3), "Complete")
    add("5.5", "International recruitment of 12 social workers.",
        "HR Business Partner", range(2, 9), "On track")
    add("5.6", "Open family hubs in Holmcaster, Wendlethorpe and Oxley Mere.",
        "Early Help Manager", range(5, 12), "On track")
    add("5.7", "Designated officer's allegations tracking moved into one recording system.",
        "LADO", range(1, 4), "Complete")
    add("5.8", "Personal education plans completed each term for every child in care.",
        "Virtual School Head", (0, 5, 9), "On track")
    add("5.9", "Refresh the short breaks offer for disabled children.",
        "", range(8, 11), "Not started")
    return acts


HC = {
    "name": "holmcaster", "ext": "pdf", "report": NN_REPORT, "recs": nn_recs,
    "pages": NN_PAGES, "council": "Holmcaster Council",
    "actions": hc_actions, "bounds": (20, 40),
    "expected": {1: "uncovered", 2: "covered", 3: "weak", 4: "weak"},
    "unanswered": [1], "passing": [3], "partial": [4],
    "orphans": ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9"],
    "miscited": [],
    "passing_phrase": {3: ("2.3", "the first review after they come into care")},
    "decoys": {1: ["5.1", "5.2"]},
    "ask_decoys": {4: ["5.3"]},
    "asks": {2: [("clear and effective systems and management oversight for the use of "
                  "unregistered children\u2019s homes", ["4.1", "4.2", "4.3"]),
                 ("for children at risk of exploitation and those who go missing from home and "
                  "care", ["1.1", "1.2", "1.3", "1.4"]),
                 ("for children who experience chronic neglect and domestic violence",
                  ["3.1", "3.2", "3.3", "3.4"]),
                 ("for the confirmation of permanence plans for children in care",
                  ["4.4", "4.5"])],
             4: [("the quality of direct work to ascertain children\u2019s views about their "
                  "experiences", ["2.1", "2.2", "2.3", "2.4", "2.5"]),
                 ("life-story work for all children in care to help them to understand their "
                  "care history", [])]},
    "notes": (
        "PDF of a GANTT-style delivery timeline (A4 landscape, three pages), as printed from a "
        "spreadsheet: a title line 'Holmcaster Council - Children's Services Improvement Plan: "
        "Delivery Timeline 2023/24' and a version line on page 1, then ONE ruled table. Its "
        "header is two rows: Ref, Action, Lead and Status each span both rows; over the twelve "
        "month columns the first row holds the financial year '2023/24' (one cell spanning the "
        "months) and the second the month abbreviations Apr .. Mar. Both header rows are "
        "repeated at the top of pages 2 and 3. A full-width shaded section row stands before "
        "each priority ('Priority 1: Safer outside the home', 'Priority 2: Hearing children', "
        "'Priority 3: Neglect and domestic abuse', 'Priority 4: Homes and permanence for "
        "children in care', 'Priority 5: Workforce and the wider service'; 'section' is the row "
        "as printed). The priorities' numbers are the council's, never recommendation numbers "
        "(priorities 1, 3 and 4 answer R2, priority 2 answers R4). There is NO date column: "
        "the months an action runs are shown only by shaded cells holding an 'X'. 'row' is the "
        "Ref cell ('1.1' .. '5.9'); 'text' the Action cell, its wrapped lines joined; "
        "'leads_raw' the Lead cell as printed ('' where empty: action 9 ('Quarterly report to "
        "team managers', 2.5) and orphan 27 ('Refresh the short breaks offer', 5.9); 'tbc' in "
        "action 13 ('Domestic abuse practice lead', 3.4)); 'date_raw' the shaded months read "
        "off the header, written as runs ('Jun 2023 \u2013 Sep 2023', a single month 'Jun "
        "2023', separate runs joined by ', ' as in action 9 (2.5: 'Sep 2023, Dec 2023, Mar "
        "2024') and orphan 26 ('Personal education plans', 5.8: 'Apr 2023, Sep 2023, Jan "
        "2024'); '' for action 13 (3.4), which has no month shaded). Five rows shade all twelve "
        "months and have Status 'Ongoing' (refs 1.2, 2.3, 4.1, 4.5 and 5.2): date_raw 'Apr 2023 "
        "\u2013 Mar 2024'. The Status cell (Complete, On track, Delayed, Not started, Ongoing) "
        "is progress, not part of the action. Under the table on the last page a boxed legend "
        "(what a shaded X means, the status words): not an action. Footer on every page "
        "'OFFICIAL' and 'Page n of m'. Straight apostrophes and quotes, as typed in a "
        "spreadsheet. 'action N' below means holmcaster-N in table order: the refs 1.1-1.4 are "
        "actions 1-4, 2.1-2.5 are 5-9, 3.1-3.4 are 10-13, 4.1-4.5 are 14-18, 5.1-5.9 are "
        "19-27; design lists and asks use the refs. Nothing cites a number: explicit_refs is [] "
        "everywhere and every link is judged. Hard unanswered: R1 (the effectiveness of how "
        "managers support social workers to ensure that assessments and plans are focused on "
        "children's experiences and progress): nothing is aimed at it; orphan 19 ('Wellbeing "
        "offer for social workers', 5.1: 'managers' trained to 'support' staff after difficult "
        "visits) and orphan 20 ('ASYE programme', 5.2: the 'progress' of newly qualified "
        "'social workers' 'assessed' by the Academy) share its words; neither is about how "
        "managers help social workers keep assessments and plans on the child's experience and "
        "progress. Passing: R3 (the effectiveness of planning when children come into care) is "
        "touched only by action 7 ('Every child to have a', 2.3, aimed at R4), a 'my views' "
        "session before each review 'including the first review after they come into care': "
        "nothing changes how children's care is planned when they come into care; weak, no "
        "link. Partly answered (see asks): R4: direct work to ascertain children's views about "
        "their experiences is answered by actions 5-9 (2.1-2.5: direct work packs, the child's "
        "words at the top of visit records, 'my views' sessions, advocates, the Say It app); "
        "life-story work for all children in care by nothing; ask decoy: orphan 21 ('Scan the "
        "archived care files', 5.3: adults who were in care 'understand their care history' "
        "from their records), which is access to records for adults, not life-story work with "
        "children in care; weak. Answered: R2 by actions 1-4 and 10-18, every ask (unregistered "
        "homes: 4.1, 4.2, 4.3; exploitation and missing: 1.1-1.4; chronic neglect and domestic "
        "violence: 3.1-3.4; permanence: 4.4, 4.5); the permanence actions confirm and track "
        "permanence plans later in a child's time in care and are not aimed at R3. Orphans "
        "19-27 (5.1-5.9): the whole of priority 5 (also Compass, international recruitment, "
        "family hubs, the designated officer's tracking, personal education plans, short "
        "breaks). The plan's own names: Compass (case record), the Say It app, the Academy, "
        "Placement Panel, Wendlethorpe, Oxley Mere."),
}

PLANS = [CR, HC]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations
# ---------------------------------------------------------------------------------------------

def build_ak(plan, set_name="ak"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number (and Ref, where the plan has one) -> action id, as build_gold names them."""
    acts = plan["actions"]()
    ids = {i: f"{plan['name']}-{i}" for i in range(1, len(acts) + 1)}
    for i, a in enumerate(acts, 1):
        if a["row"]:
            ids[a["row"]] = ids[i]
    return ids


# ---------------------------------------------------------------------------------------------
# Writer 1: the Word plan of content controls
# ---------------------------------------------------------------------------------------------

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')

CR_TITLE = "Children\u2019s Services Improvement Plan"
CR_SUBTITLE = "Cradleigh Borough Council and Cradleigh Children\u2019s Trust \u00b7 2019\u20132021"
CR_VERSION = ("Version 3 \u2013 agreed by the Improvement Board on 25 April 2019 \u2013 owner: "
              "Director of Children\u2019s Services")
CR_INTRO = [
    "Our services for children were inspected in January 2019 and judged to require improvement "
    "to be good. That is a long way from where we were in 2015, and it is not yet good enough. "
    "This plan sets out what the council and the Trust will do together over the next two years.",
    "Each priority starts with what will be different for children. Under it, each action has a "
    "description, a responsible officer, a completion date and a RAG rating, which officers "
    "update each month before the Improvement Board meets.",
]
CR_KEY = ("Key messages", [
    "Children are safer in Cradleigh than they were four years ago.",
    "Families should always know what their plan says and what happens next.",
    "We want every child to know their social worker \u2013 and keep them.",
    "The council and the Trust own this plan together.",
])
CR_MONITOR = [
    "The Improvement Board, chaired by the Chief Executive, receives this plan every month. "
    "Responsible officers update their blocks by the 20th of the month; a RAG rating of Red "
    "needs a note to the Board saying what will put it right.",
    "An action is marked Complete only when the Board has seen evidence that it has made a "
    "difference to children. Completed actions stay in the plan until its next version.",
]
CR_RAG_FILL = {"Red": "C00000", "Amber": "ED7D31", "Green": "00B050", "Complete": "2E75B6"}


def write_cr(plan, acts, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    for side in ("top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    head = sec.header.paragraphs[0]
    head.text = "OFFICIAL"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = ("Cradleigh Children\u2019s Services Improvement Plan "
                                     "2019\u20132021 \u2013 Version 3")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    body = doc.element.body
    sect_pr = body[-1]

    ids = iter(range(481516001, 481516999))

    def raw(xml):
        el = parse_xml(xml)
        sect_pr.addprevious(el)
        return el

    def run(text, bold=False, grey=False):
        rpr = ""
        if bold or grey:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + \
                  ('<w:color w:val="808080"/>' if grey else "") + "</w:rPr>"
        return f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'

    def sdt_inline(alias, tag, value, kind="text", full=None):
        """An inline control: plain text, a date-picker (``full`` its w:fullDate, None when the
        text was typed) or a drop-down; "" / None shows Word's placeholder."""
        if kind == "text":
            typ, ph = "<w:text/>", CR_PH_TEXT
        elif kind == "date":
            attr = f' w:fullDate="{full}T00:00:00Z"' if full else ""
            typ = (f'<w:date{attr}><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/>'
                   '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
                   '</w:date>')
            ph = CR_PH_DATE
        else:
            items = "".join(f'<w:listItem w:displayText="{v}" w:value="{v}"/>' for v in CR_RAG)
            typ = f'<w:dropDownList><w:listItem w:displayText="Choose an item." w:value=""/>{items}</w:dropDownList>'
            ph = CR_PH_LIST
        empty = not value
        shown = run(ph, grey=True) if empty else run(value)
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
                f'<w:id w:val="{next(ids)}"/>' + ("<w:showingPlcHdr/>" if empty else "") +
                f'{typ}</w:sdtPr><w:sdtContent>{shown}</w:sdtContent></w:sdt>')

    def sdt_desc(text, indent=True):
        ind = '<w:pPr><w:spacing w:after="60"/><w:ind w:left="284"/></w:pPr>' if indent else \
              '<w:pPr><w:spacing w:after="60"/></w:pPr>'
        return (f'<w:sdt><w:sdtPr><w:alias w:val="Description"/><w:tag w:val="description"/>'
                f'<w:id w:val="{next(ids)}"/><w:text w:multiLine="1"/></w:sdtPr>'
                f'<w:sdtContent><w:p>{ind}{run(text)}</w:p></w:sdtContent></w:sdt>')

    def date_parts(date):
        m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", date)
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else None

    def fields(a):
        x = a["extra"]
        return [("Action:", sdt_inline("Action", "action", x["action"])),
                ("Responsible officer:", sdt_inline("Responsible officer", "officer", a["lead"])),
                ("Completion date:", sdt_inline("Completion date", "completion", a["date"],
                                                "date", date_parts(a["date"]))),
                ("RAG:", sdt_inline("RAG", "rag", x["rag"] or "", "list"))]

    P = '<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{}</w:p>'

    def block(a):
        """The action's block control, paragraphs (the template's usual layout)."""
        (l1, v1), (l2, v2), (l3, v3), (l4, v4) = fields(a)
        inner = (P.format(run(l1 + " ", bold=True) + v1) +
                 P.format(run("Description", bold=True)) + sdt_desc(a["extra"]["desc"]) +
                 P.format(run(l2 + " ", bold=True) + v2) +
                 P.format(run(l3 + " ", bold=True) + v3) +
                 P.format(run(l4 + " ", bold=True) + v4) +
                 '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" '
                 'w:color="BFBFBF"/></w:pBdr><w:spacing w:after="120"/></w:pPr></w:p>')
        return inner

    def table_block(a):
        """The action's block control laid out as a borderless two-column label/value table."""
        (l1, v1), (l2, v2), (l3, v3), (l4, v4) = fields(a)
        nil = "".join(f'<w:{s} w:val="nil"/>' for s in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))

        def row(label, value_xml):
            return (f'<w:tr><w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>'
                    f'{P.format(run(label, bold=True))}</w:tc>'
                    f'<w:tc><w:tcPr><w:tcW w:w="7200" w:type="dxa"/></w:tcPr>{value_xml}</w:tc>'
                    f'</w:tr>')
        rows = (row(l1, P.format(v1)) + row("Description", sdt_desc(a["extra"]["desc"], False)) +
                row(l2, P.format(v2)) + row(l3, P.format(v3)) + row(l4, P.format(v4)))
        return (f'<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/><w:tblBorders>{nil}'
                f'</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" '
                f'w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
                f'w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="2400"/>'
                f'<w:gridCol w:w="7200"/></w:tblGrid>{rows}</w:tbl>'
                '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" '
                'w:color="BFBFBF"/></w:pBdr><w:spacing w:after="120"/></w:pPr></w:p>')

    def text_box():
        """The 'Key messages' text box: DrawingML with a VML fallback (the text twice)."""
        head, lines = CR_KEY
        paras = (f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>{run(head, bold=True)}</w:p>' +
                 "".join(f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>{run(t)}</w:p>'
                         for t in lines))
        cx, cy = 2286000, 2011680
        return (
            f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" '
            f'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" '
            f'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>91440</wp:posOffset>'
            f'</wp:positionV><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="1" name="Text Box 2"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData '
            f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
            f'<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
            f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill>'
            f'<a:srgbClr val="DEEAF6"/></a:solidFill><a:ln w="9525"><a:solidFill>'
            f'<a:srgbClr val="2E74B5"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>'
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
            f'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
            f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" '
            f'o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:0;margin-top:7.2pt;width:180pt;'
            f'height:158.4pt;z-index:251659264;visibility:visible;mso-wrap-style:square;'
            f'mso-position-horizontal:right;mso-position-horizontal-relative:margin;'
            f'mso-position-vertical-relative:text" fillcolor="#deeaf6" strokecolor="#2e74b5">'
            f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>'
            f'<w10:wrap type="square" anchorx="margin"/></v:shape></w:pict></mc:Fallback>'
            f'</mc:AlternateContent></w:r>')

    doc.add_paragraph(CR_TITLE, style="Title")
    doc.add_paragraph(CR_SUBTITLE, style="Subtitle")
    raw(f'<w:p {NS}><w:pPr><w:spacing w:after="200"/></w:pPr>{text_box()}'
        f'{run(CR_VERSION, bold=True)}</w:p>')
    for t in CR_INTRO:
        doc.add_paragraph(curly(t))

    tables = 0
    for group in _groups(acts, lambda a: a["extra"]["pri"]):
        pri = group[0]["extra"]["pri"]
        title, why = CR_PRIORITIES[pri]
        doc.add_paragraph(curly(title), style="Heading 1")
        raw(f'<w:p {NS}><w:pPr><w:spacing w:after="160"/></w:pPr>'
            f'{run("What will be different: ", bold=True)}{run(curly(why))}</w:p>')
        for a in group:
            inner = table_block(a) if a["extra"]["table"] else block(a)
            tables += bool(a["extra"]["table"])
            raw(f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Action block"/>'
                f'<w:tag w:val="actionBlock"/><w:id w:val="{next(ids)}"/></w:sdtPr>'
                f'<w:sdtContent>{inner}</w:sdtContent></w:sdt>')
    assert tables == 3, tables
    doc.add_paragraph("Monitoring this plan", style="Heading 1")
    for t in CR_MONITOR:
        doc.add_paragraph(curly(t))

    # the RAG drop-downs shaded as the template's conditional colours (a run shading)
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for sdt in body.iter(f"{W}sdt"):
        pr = sdt.find(f"{W}sdtPr")
        tag = pr.find(f"{W}tag")
        if tag is None or tag.get(f"{W}val") != "rag" or pr.find(f"{W}showingPlcHdr") is not None:
            continue
        r = sdt.find(f"{W}sdtContent").find(f"{W}r")
        value = "".join(t.text for t in r.iter(f"{W}t"))
        rpr = parse_xml(f'<w:rPr {NS}><w:b/><w:color w:val="FFFFFF"/><w:shd w:val="clear" '
                        f'w:color="auto" w:fill="{CR_RAG_FILL[value]}"/></w:rPr>')
        r.insert(0, rpr)

    docx_props(doc, "Improvement Team", "Children's Services Improvement Plan 2019-2021")
    doc.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------------------------------------
# Writer 2: the Gantt timeline PDF
# ---------------------------------------------------------------------------------------------

HC_TITLE = "Holmcaster Council - Children's Services Improvement Plan: Delivery Timeline 2023/24"
HC_VERSION = "Version 2.1 - updated 14/07/2023 - for the Improvement Board"
HC_LEGEND = [
    "Legend",
    "X (shaded)  month(s) in which the action is being delivered",
    "Complete  delivered and signed off by the Improvement Board",
    "On track  progressing to the months shown",
    "Delayed  behind the months shown - exception report to the Board",
    "Not started  not yet begun",
    "Ongoing  runs all year as part of normal business",
]
HC_PAGES = 3


def write_hc(plan, acts, path):
    reportlab_canvas()  # invariant mode before anything is built
    from reportlab.lib.colors import HexColor, white
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    w, h = landscape(A4)
    margin = 36
    widths = [34, 300, 104] + [22] * 12 + [68]  # 770 pt
    assert abs(sum(widths) - (w - 2 * margin)) < 0.5, sum(widths)
    navy, band, shade = HexColor("#1F3864"), HexColor("#D9E2F3"), HexColor("#8EAADB")
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=11.8)
    headp = ParagraphStyle("headp", fontName="Helvetica-Bold", fontSize=8.5, leading=10.4,
                           textColor=white)
    secp = ParagraphStyle("secp", fontName="Helvetica-Bold", fontSize=9, leading=11)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=13, leading=16)
    sub = ParagraphStyle("sub", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=8)
    legp = ParagraphStyle("legp", fontName="Helvetica", fontSize=8, leading=10.5)

    data = [[Paragraph("Ref", headp), Paragraph("Action", headp), Paragraph("Lead", headp),
             Paragraph(NN_YEAR, headp)] + [""] * 11 + [Paragraph("Status", headp)],
            ["", "", ""] + [Paragraph(m, headp) for m in NN_MONTHS] + [""]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, HexColor("#7F7F7F")),
             ("BACKGROUND", (0, 0), (-1, 1), navy),
             ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
             ("SPAN", (3, 0), (14, 0)), ("SPAN", (15, 0), (15, 1)),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ALIGN", (3, 0), (14, -1), "CENTER"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
             ("LEFTPADDING", (3, 1), (14, -1), 1), ("RIGHTPADDING", (3, 1), (14, -1), 1)]
    mark = ParagraphStyle("mark", parent=cell, alignment=1, fontName="Helvetica-Bold")
    for i, a in enumerate(acts):
        x = a["extra"]
        if i == 0 or x["sec"] != acts[i - 1]["extra"]["sec"]:
            r = len(data)
            data.append([Paragraph(xml_escape(a["section"]), secp)] + [""] * 15)
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), band)]
        r = len(data)
        data.append([Paragraph(xml_escape(a["row"]), cell), Paragraph(xml_escape(a["text"]), cell),
                     Paragraph(xml_escape(a["lead"]), cell)] +
                    [Paragraph("X", mark) if k in x["months"] else "" for k in range(12)] +
                    [Paragraph(xml_escape(x["status"]), cell)])
        for k in x["months"]:
            style.append(("BACKGROUND", (3 + k, r), (3 + k, r), shade))
    class Timeline(Table):
        """The timeline table; the parts reportlab splits it into over pages keep their kind."""
        _ak = "table"

        def split(self, aw, ah):
            parts = Table.split(self, aw, ah)
            for part in parts:
                part._ak = "table"
            return parts

    table = Timeline(data, colWidths=widths, repeatRows=2)
    table.setStyle(TableStyle(style))

    legend = Table([[Paragraph(f"<b>{xml_escape(HC_LEGEND[0])}</b>", legp)]] +
                   [[Paragraph(xml_escape(t), legp)] for t in HC_LEGEND[1:]],
                   colWidths=[330], hAlign="LEFT")
    legend._ak = "legend"
    legend.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, navy),
                                ("BACKGROUND", (0, 0), (-1, 0), band),
                                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))

    def furniture(c, n, total):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(HexColor("#404040"))
        c.drawString(margin, 20, "OFFICIAL")
        c.drawRightString(w - margin, 20, f"Page {n} of {total}")
        c.restoreState()

    pages, placed = [], {}  # placed: page -> what was drawn on it ("table", "legend")

    class Doc(SimpleDocTemplate):
        def afterPage(self):
            pages.append(self.page)

        def afterFlowable(self, flowable):
            kind = getattr(flowable, "_ak", None)
            if kind:
                placed.setdefault(self.page, []).append(kind)

    doc = Doc(str(path), pagesize=(w, h), leftMargin=margin, rightMargin=margin,
              topMargin=margin, bottomMargin=40, title="Delivery Timeline 2023/24",
              author="Holmcaster Council", subject="", creator="Microsoft\u00ae Excel\u00ae 2016")
    story = [Paragraph(xml_escape(HC_TITLE), title), Paragraph(xml_escape(HC_VERSION), sub),
             table, Spacer(1, 10), legend]
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    # the layout promised in the notes: three pages, the table on each of them (its header
    # repeated), the legend under its last part on the last page
    assert len(pages) == HC_PAGES, pages
    assert placed == {1: ["table"], 2: ["table"], 3: ["table", "legend"]}, placed


WRITERS = {"cradleigh": write_cr, "holmcaster": write_hc}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "cradleigh": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(4, 12)),
    "holmcaster": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(4, 12)),
}


def check_recs(plan):
    """The transcribed items: numbered 1..N, clean single-line texts, found word for word and in
    order in the report's block (when the PDF is at hand), with nothing but the bullet glyph
    before each, and nothing after the last."""
    recs = plan["recs"]()
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    assert len(recs) == len(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and t.endswith("."), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]  # no markers; curly
        assert r["page"] in plan["pages"], r["number"]
    spec = BLOCKS[plan["report"]]
    for r, gap in zip(recs, transcribed_gaps(plan, recs, spec) or ()):  # before each item only its label
        assert gap == spec["label"], (r["number"], gap)
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


def check_design(gold, plan):
    name = plan["name"]
    spec = SPEC[name]
    recs = check_recs(plan)
    assert len(recs) == len(gold["expected"])
    lo, hi = plan["bounds"]
    acts = gold["actions"]
    ids = {a["id"]: a for a in acts}
    pid = _ids(plan)
    raw = plan["actions"]()
    x = [r["extra"] for r in raw]
    assert lo <= len(acts) <= hi, (name, len(acts))
    d = gold["design"]
    for key in ("unanswered", "passing", "partial", "miscited"):
        assert len(d[key]) == spec[key], (name, key)
    assert spec["orphans"][0] <= len(d["orphans"]) <= spec["orphans"][1], name
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    mine = {a["id"]: {l["rec"] for l in gold["links"] if l["action"] == a["id"]} for a in acts}
    for r in d["partial"]:  # a partly answered recommendation: 2+ asks, some unanswered
        asks = gold["asks"][r]
        assert len(asks) >= 2 and any(not a["answered_by"] for a in asks), (name, r)
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert re.search(rf"\b{r}\b", d["notes"]), (name, r)
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    # the passing mention is really in the text of an action aimed elsewhere, and in the
    # recommendation's own words
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert phrase in _plain(a["text"]), (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert f"R{n}" in d["passing"], (name, n)
        assert len(_words(phrase) & _words(rec_text[f"R{n}"])) >= 2, (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one
    for n, orphans in plan["decoys"].items():
        assert f"R{n}" in d["unanswered"], (name, n)
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan["ask_decoys"].items():
        assert f"R{n}" in d["partial"], (name, n)
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert {f"R{n}" for n in plan["decoys"]} == set(d["unanswered"]), name
    assert {f"R{n}" for n in plan["ask_decoys"]} == set(d["partial"]), name
    assert "hard" in d["notes"].lower(), name
    for r in d["unanswered"]:  # no designed gap is answered by anything
        assert r not in per_rec, r
    # the notes' "action N ('words" / "orphan N ('words" quote action N's own words
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \('([^']+)", _plain(d["notes"]), re.I)
    assert len(quoted) >= 6, (name, quoted)
    for n, words in quoted:
        assert words in _plain(ids[f"{name}-{n}"]["text"]), (name, n, words)
    for kind, n in re.findall(r"\b(orphans?) (\d+)\b", d["notes"], re.I):
        assert f"{name}-{n}" in d["orphans"], (name, n)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&*_#`]|\u00a0", a["text"] + a["leads_raw"] + a["date_raw"]), \
            a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*)\b", a["text"],
                             re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
        assert not a["explicit_refs"], a["id"]
    assert all(l["source"] == "judged" for l in gold["links"]), name
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    # the sections' own words are not the inspectors'
    for a in acts:
        assert not re.search(r"recommend|ofsted|inspect", a["section"] + (a["objective"] or ""),
                             re.I), a["id"]
    for r, s in gold["expected"].items():  # covered ones: every ask answered, 2+ actions
        if s == "covered":
            assert len(per_rec[r]) >= 2, (r, per_rec[r])
    # the priorities are not in the report's order
    first = [sorted(int(r[1:]) for r in mine[acts[i]["id"]])[0]
             for i in range(len(acts)) if mine[acts[i]["id"]] and
             (i == 0 or acts[i - 1]["section"] != acts[i]["section"])]
    assert first != sorted(first) or len(set(first)) < len(first), first
    if name == "cradleigh":
        check_cr(gold, plan, acts, x, mine, d)
    if name == "holmcaster":
        check_hc(gold, plan, acts, x, mine, d)
    return True


def check_cr(gold, plan, acts, x, mine, d):
    pris = [g[0]["pri"] for g in _groups(x, lambda e: e["pri"])]
    assert pris == sorted(CR_PRIORITIES), pris
    for a, e in zip(acts, x):
        title, why = CR_PRIORITIES[e["pri"]]
        assert a["section"] == curly(title) and a["objective"] == curly(why), a["id"]
        assert not re.search(r"\d", title), a["id"]
        assert a["text"] == f"{e['action']} {e['desc']}", a["id"]
        assert a["row"] is None, a["id"]
        if e["pri"] == CR_OTHER:
            assert a["id"] in d["orphans"], a["id"]
    assert {a["id"] for a, e in zip(acts, x) if e["pri"] == CR_OTHER} == set(d["orphans"])
    # three table-laid blocks, one of them an orphan; placeholders in each field kind
    tabled = [a["id"] for a, e in zip(acts, x) if e["table"]]
    assert len(tabled) == 3 and any(t in d["orphans"] for t in tabled), tabled
    dates = [a["date_raw"] for a in acts]
    for pat in (r"\d\d/\d\d/20\d\d", "tbc", "Ongoing", ""):
        assert any(re.fullmatch(pat, v) for v in dates), pat
    assert sum(1 for e in x if e["rag"] is None) >= 3, name
    assert len({e["rag"] for e in x}) == len(CR_RAG) + 1, name
    # the unanswered R2: no linked action speaks of strategy discussions or initial decisions;
    # the unanswered ask of R3: no linked action speaks of homelessness or 16 and 17 year olds
    for a in acts:
        if mine[a["id"]]:
            assert not re.search(r"strategy discussion|initial decision|convene", a["text"],
                                 re.I), a["id"]
            assert not re.search(r"homeless|16|17|sixteen|seventeen", a["text"], re.I), a["id"]
        assert not re.search(r"health assessment", a["text"], re.I) or \
            a["id"] == _ids(plan)[plan["passing_phrase"][4][0]], a["id"]  # R4 only in passing
    # the key messages and the monitoring prose name no action of the plan
    for t in CR_KEY[1] + CR_MONITOR + CR_INTRO:
        assert not any(_plain(a["text"])[:30] in _plain(t) for a in acts), t
    # the notes name the placeholders and typed dates as the data has them
    for a, e in zip(acts, x):
        n = a["id"].rsplit("-", 1)[1]
        if not a["leads_raw"] or a["date_raw"] in ("tbc", "Ongoing", ""):
            assert re.search(rf"\b{n}\b", d["notes"]), a["id"]


def check_hc(gold, plan, acts, x, mine, d):
    secs = [g[0]["sec"] for g in _groups(x, lambda e: e["sec"])]
    assert secs == sorted(NN_SECTIONS), secs
    for i, (a, e) in enumerate(zip(acts, x)):
        assert a["section"] == NN_SECTIONS[e["sec"]], a["id"]
        assert re.fullmatch(rf"{e['sec']}\.\d", a["row"]), a["id"]
        assert a["date_raw"] == shown_months(e["months"]), a["id"]
        assert "\u2019" not in a["text"] + a["leads_raw"], a["id"]  # straight, as typed
        if e["sec"] == NN_OTHER:
            assert a["id"] in d["orphans"], a["id"]
    assert {a["id"] for a, e in zip(acts, x) if e["sec"] == NN_OTHER} == set(d["orphans"])
    # refs k.1, k.2, ... in order within each section
    for g in _groups(list(zip(acts, x)), lambda p: p[1]["sec"]):
        assert [p[0]["row"] for p in g] == [f"{g[0][1]['sec']}.{j}" for j in
                                             range(1, len(g) + 1)], g[0][0]["row"]
    # a section's number is never the number of the one recommendation it answers alone,
    # except by the report's own accident: priority 2 answers R4, 1/3/4 answer R2
    answers = {}
    for a, e in zip(acts, x):
        answers.setdefault(e["sec"], set()).update(mine[a["id"]])
    assert answers == {1: {"R2"}, 2: {"R4"}, 3: {"R2"}, 4: {"R2"}, 5: set()}, answers
    # the timeframe: runs, non-contiguous marks, whole-year rows, an unmarked row
    months = [e["months"] for e in x]
    assert sum(1 for m in months if m == ALL) >= 3, name
    assert any(m and m[-1] - m[0] + 1 != len(m) for m in months), name
    assert sum(1 for m in months if not m) == 1, name
    assert all(e["status"] == "Ongoing" for e in x if e["months"] == ALL)
    assert {e["status"] for e in x} == set(NN_STATUS), name
    # no linked action manages social workers' assessments and plans (the unanswered R1), or
    # does life-story work (the unanswered ask of R4)
    for a in acts:
        if mine[a["id"]]:
            assert not re.search(r"life.story|care history|supervis", a["text"], re.I), a["id"]
            assert not (re.search(r"manager", a["text"], re.I) and
                        re.search(r"assessment|plan\b|plans\b", a["text"], re.I)), a["id"]
    # the notes' "(ref" after an action's number agree with the numbering
    for n, ref in re.findall(r"\b(?:action|orphan) (\d+) \('[^']+', (\d\.\d)", d["notes"]):
        assert acts[int(n) - 1]["row"] == ref, (n, ref)


if __name__ == "__main__":
    main(sys.argv[1:], "ak", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_ak)
