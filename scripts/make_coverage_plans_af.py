"""Write the sealed coverage evaluation set "af": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_af.py            # writes documents and gold
    python scripts/make_coverage_plans_af.py --check    # only runs the consistency checks

Documents: corpus/coverage/af/<name>.<ext>      Gold: corpus/gold/coverage/af/<name>.json

The two documents imitate what councils' own systems produce: a Word action plan that is ONE
large table for the whole plan (A4 landscape, columns Ref | Action | Lead officer | Partner lead
| Start | End | RAG, the header row repeated on every page), each recommendation introduced inside
the table by a full-width banner row (all seven cells merged, shaded) "Recommendation 1: <the
recommendation's text>", one banner grouping two recommendations ("Recommendations 3 and 5:
<both texts, shortened with ...>"), then its action rows (Ref "3.1", "3.2", ...), and a last
banner "Other improvement activity" above the rows that answer nothing; and a progress report
printed from Word to PDF (A4 portrait): a title page, a short "Purpose" section, then per
improvement area a numbered heading in the council's words and under it one block per action, a
bold line "Action 2.3 – <short title>", a paragraph, label lines "Responsible officer:", "Target
date:", "Status:" (Green / Amber / Red) and "Progress update:" (what has happened so far: not an
action), some blocks without a Responsible officer or Target date line, a running header with
the council's name, "Page N of M" in the footer, and blocks running over page breaks.

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
recommendations of both were transcribed by hand from the report PDFs for this set and are held
below as data (CW_RECS, NS_RECS), word for word, lines broken by the PDF joined, the reports'
curly apostrophes kept, the paragraph references and the missing full stops of Cheshire West
and Chester's items 3 and 4 kept as printed; they are passed to build_gold(recs=...). Nothing is
written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the banner above the row
                                   cites 3 and the text supports it) or "j" judged; "h" high /
                                   "m" medium
    mis=True                       the row sits under a banner whose numbers its text does not
                                   answer; the citation is not a link, its true link is judged
Actions with no links are orphans (see each plan's design notes).

All councils, people, teams, systems, partner agencies and local programmes are fictional
(national schemes such as Changing Places toilets, staying put or section 47 enquiries, and
national bodies such as NHS England, are named as councils name them); no real person is named.
Output is deterministic: DOCX core properties are fixed and every zip member is written with a
fixed timestamp; reportlab runs in invariant mode with fixed metadata.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, ROOT, build_gold, docx_props, main,  # noqa: E402
                          normalise_zip, numbered_canvas, reportlab_canvas, xml_escape)
from _coverage_sets import curly, groups as _groups, repeat_header, shade  # noqa: E402
from _coverage_sets import words as _words  # noqa: E402
from _coverage_sets import report_text as _report_text  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (15, 50)


# ---------------------------------------------------------------------------------------------
# Cheshire West and Chester, inspection of services for children in need of help and protection,
# children looked after and care leavers, and review of the LSCB (SIF), report published 19
# February 2016. "Recommendations", page 7 of the PDF: five numbered items to the local
# authority. Transcribed by hand for this set (no corpus/gold/reports file exists for this
# report), numbered as the report numbers them; lines broken by the PDF joined with a space; the
# report's curly apostrophe (R3, "children looked after’s") kept; each item's paragraph
# reference is part of the item as printed and is kept; items 3 and 4 have no full stop in the
# report and are kept without one. The LSCB's recommendations (page 34 onwards, "The LSCB
# should") are addressed to the board and are not part of the list.
# ---------------------------------------------------------------------------------------------

CW_REPORT = "cheshire-west-and-chester-80448/2016-02-19.pdf"
CW_PAGES = (7,)

CW_RECS = [  # (number, page, text)
    (1, 7, "Ensure that information is gathered from all relevant agencies to inform strategy "
           "discussions and meetings in order to gain all information before decisions are made "
           "(paragraph 15)."),
    (2, 7, "Ensure that assessments for disabled children fully consider the impact of disability "
           "on their everyday lives (paragraph 30)."),
    (3, 7, "Ensure that children looked after\u2019s health needs are assessed in a timely way and "
           "extend the health passport scheme to all care leavers (paragraph 53)"),
    (4, 7, "Continue with and strengthen the work done by the virtual school with children looked "
           "after at Key Stages 3 and 4 to increase their progress and attainment (paragraph 57)"),
    (5, 7, "Ensure that assessments of children looked after reflect their current needs and "
           "circumstances and that care planning documentation has targets for improvement that "
           "are clear and prioritise the most important issues for children and young people "
           "(paragraphs 40 and 42)."),
]

# ---------------------------------------------------------------------------------------------
# North Somerset, inspection of local authority children's services (ILACS), report published 10
# June 2020. "What needs to improve" (printed without a question mark), page 2 of the PDF: six
# bullets (each marked with a black square, no numbers), all addressed to the local authority.
# Transcribed by hand and numbered 1-6 in the report's order, as the hand-checked report gold
# numbers ILACS bullets; lines broken by the PDF joined with a space; curly apostrophes kept.
# ---------------------------------------------------------------------------------------------

NS_REPORT = "north-somerset-80528/2020-06-10.pdf"
NS_PAGES = (2,)

NS_RECS = [
    (1, 2, "The effectiveness, and management oversight, of decision-making when children first "
           "come to the attention of the local authority."),
    (2, 2, "The quality of analysis in assessments, including the impact of children\u2019s "
           "situations on their health and development."),
    (3, 2, "Management oversight and supervision of the progress of children\u2019s plans."),
    (4, 2, "Formalised matching of children with their long-term carers."),
    (5, 2, "Access to the drop-in for older children in care and care leavers who are working or "
           "who are in full-time education or employment."),
    (6, 2, "Use of performance management information to systematically inform leaders\u2019 "
           "understanding of the quality and impact of practice for children."),
]

# where each list sits in its report: the words opening the block, the words after it (None: the
# end of the page), the label of each item (None: "N." numbers)
BLOCKS = {
    CW_REPORT: dict(start="Recommendations", end=None, label=None),
    NS_REPORT: dict(start="What needs to improve",
                    end="The experiences and progress of children who need help", label="\u25fc"),
}


def cw_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in CW_RECS]


def ns_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in NS_RECS]


# ---------------------------------------------------------------------------------------------
# Plan 1: Marlowdene - a Word action plan answering Cheshire West and Chester 2016-02-19 (SIF, 5
# local-authority recommendations): one table for the whole plan, columns Ref | Action | Lead
# officer | Partner lead | Start | End | RAG, banner rows inside the table.
# ---------------------------------------------------------------------------------------------

MD_HEADER = ["Ref", "Action", "Lead officer", "Partner lead", "Start", "End", "RAG"]
MD_OTHER = "Other improvement activity"
MD_BANNERS = {  # key: (numbers cited, the text after "Recommendation(s) ...: " as fragments)
    "1": ([1], [CW_RECS[0][2]]),
    "3+5": ([3, 5], ["Ensure that children looked after\u2019s health needs are assessed in a "
                     "timely way ...",
                     "Ensure that assessments of children looked after reflect their current "
                     "needs and circumstances and that care planning documentation has targets "
                     "for improvement ..."]),
}
MD_RAG = {"G": "92D050", "A": "FFC000", "R": "FF5050", "B": "5B9BD5"}


def md_banner(key):
    """The banner row's text as written ("Recommendation 1: ...", "Recommendations 3 and 5:
    ... ...", or "Other improvement activity")."""
    if key is None:
        return MD_OTHER
    nums, frags = MD_BANNERS[key]
    label = (f"Recommendation {nums[0]}" if len(nums) == 1
             else "Recommendations " + ", ".join(map(str, nums[:-1])) + f" and {nums[-1]}")
    return f"{label}: " + " ".join(frags)


def md_actions():
    acts = []

    def add(banner, ref, text, lead, partner, start, end, rag, links=(), mis=False):
        """``banner``: the key of the banner row the action row sits under (its numbers are the
        row's citation), None for "Other improvement activity"; ``lead``/``partner`` the Lead
        officer and Partner lead cells ("" empty); ``end`` the End cell (the target date)."""
        refs = list(MD_BANNERS[banner][0]) if banner else []
        both = "; ".join(x for x in (curly(lead), curly(partner)) if x)
        acts.append(A(curly(text), both, end, links, refs, mis, row=ref,
                      section=md_banner(banner), objective=None,
                      lead_cell=curly(lead), partner_cell=curly(partner), start=start, rag=rag))

    # Recommendation 1 - information from all agencies for strategy discussions (covered)
    add("1", "1.1", "Rewrite the joint protocol for strategy discussions with Marlowshire Police "
        "and Wychford Community Health: unless a child is in immediate danger, no strategy "
        "discussion is held until health and the child's school have been asked what they know.",
        "Head of Safeguarding and Quality Assurance", "Marlowshire Police, Public Protection Unit",
        "Apr 2016", "30/06/2016", "G",
        [(1, "e", "h", "no strategy discussion without what health and education know: "
          "information gathered from all relevant agencies before decisions are made")])
    add("1", "1.2", "A named safeguarding nurse and an education safeguarding officer on a daily "
        "rota, able to join any strategy call within two hours of being asked.",
        "Service Manager, First Contact Hub", "Wychford Community Health",
        "01/05/2016", "End of Q2", "A",
        [(1, "e", "h", "health and education available to take part in every strategy "
          "discussion (the council's 'strategy call')")])
    add("1", "1.3", "A strategy record on Cairn with a line for each agency (police, health, "
        "school, early help, probation, housing) showing whether it was contacted, what it "
        "shared and, if it was not contacted, why not.",
        "Cairn Systems Lead", "", "May 2016", "Sept 2016", "G",
        [(1, "e", "h", "the record shows which agencies informed each strategy discussion or "
          "meeting, and why any was left out")])
    add("1", "1.4", "Before a section 47 enquiry begins, First Contact Hub staff check GP, school "
        "and health visitor records and add what they hold to the child's record, so that the "
        "social worker starts with the whole picture.",
        "", "", "Jun 2016", "", "A",
        [(1, "e", "h", "all the information gained before decisions are made, as the enquiry "
          "starts (report para 15: work begun without the widest consultation)")])
    add("1", "1.5", "Each month the Safeguarding Unit audits ten strategy discussions, asking who "
        "took part and whether anything another agency knew came to light only afterwards; "
        "findings go to the quality group of the MSCB.",
        "Head of Safeguarding and Quality Assurance", "MSCB Business Manager",
        "Jul 2016", "Monthly", "G",
        [(1, "e", "h", "assurance that strategy discussions are informed by every relevant "
          "agency")])
    add("1", "1.6", "Out of hours, the Emergency Duty Team calls the on-call paediatrician as well "
        "as the police for any strategy discussion held at night, and passes its record to the "
        "day team by 9am.",
        "Emergency Duty Team Manager", "Wychford Hospitals, on-call paediatrics",
        "Jan 2016", "Complete", "B",
        [(1, "e", "m", "health's information in strategy discussions held out of hours")])
    add("1", "1.7", "A short guide and a briefing for designated safeguarding leads in schools on "
        "what to share when the Hub rings, and how quickly.",
        "Education Safeguarding Manager", "", "Sept 2016", "Dec 2016", "G",
        [(1, "e", "m", "schools ready to give what they know when asked before a strategy "
          "discussion")])

    # Recommendations 3 and 5 - health assessments (R3, partly answered), assessments and care
    # plans (R5, answered); one row answers R1 (mis-cited)
    add("3+5", "3.1", "Ask for the initial health assessment on the day a child comes into care, "
        "with the parent's consent signed at the placement meeting, so that it takes place "
        "within 20 working days.",
        "Head of Service, Cared for Children", "Wychford Community Health, Children in Care Team",
        "Apr 2016", "End of Q1", "G",
        [(3, "e", "h", "timely initial health assessments for children looked after")])
    add("3+5", "3.2", "A weekly tracker of every cared for child whose health review, dental check "
        "or eye test is due or overdue; any child four weeks overdue is raised with the Head of "
        "Service.",
        "Business Intelligence Manager", "", "Apr 2016", "Weekly", "A",
        [(3, "e", "h", "health needs assessed on time, with delays escalated (report para 53)")])
    add("3+5", "3.3", "Agree with NHS England a list of dental practices in and around the borough "
        "that take cared for children as new patients within four weeks of asking.",
        "Designated Nurse, Cared for Children", "NHS England area team", "May 2016", "TBC", "R",
        [(3, "e", "m", "dental checks in time: part of meeting children looked after's basic "
          "health needs (report para 53, 76% had had dental checks)")])
    add("3+5", "3.4", "For children living more than 20 miles away, a fee-per-visit agreement with "
        "the host area's children in care nurses to carry out review health assessments for us.",
        "Designated Nurse, Cared for Children", "", "01/06/2016", "31/03/2017", "G",
        [(3, "e", "h", "timely review health assessments for children placed at a distance")])
    add("3+5", "3.5", "The named nurse for cared for children joins every strategy discussion "
        "about a child in our care and brings the child's health history and any recent hospital "
        "attendance.",
        "Designated Nurse, Cared for Children", "Wychford Community Health", "May 2016",
        "Jul 2016", "G",
        [(1, "j", "h", "health information brought to strategy discussions about children in "
          "care: R1. Filed under the banner of 3 and 5 because it concerns the health of cared "
          "for children, but it assesses no health needs and touches no assessment or care "
          "plan")], mis=True)
    add("3+5", "3.6", "Any change of home, school move, plan to return home or serious incident "
        "triggers an updated child and family assessment within 15 working days; a review cannot "
        "go ahead on an assessment more than six months old.",
        "Head of Service, Cared for Children", "", "Jun 2016", "Sept 2016", "A",
        [(5, "e", "h", "assessments of children looked after kept up with their current needs "
          "and circumstances (report para 40)")])
    add("3+5", "3.7", "A new care plan for cared for children with no more than five priorities, "
        "each written as 'what will be different for me', naming who will do what and by when, "
        "and how we will know it has worked.",
        "Principal Social Worker", "", "Apr 2016", "End of Q2", "G",
        [(5, "e", "h", "care planning documentation with clear targets that put the most "
          "important issues first (report para 42: needs confused with actions, no measures of "
          "success)")])
    add("3+5", "3.8", "At each review the independent reviewing officer checks that the plan's "
        "priorities still match what the latest assessment says, and raises a practice alert "
        "if they do not.",
        "IRO Service Manager", "", "Jul 2016", "Ongoing", "G",
        [(5, "e", "h", "plans whose priorities follow the child's current assessed needs, with "
          "challenge when they drift apart")])
    add("3+5", "3.9", "Fill the education part of the updated assessment automatically from the "
        "virtual school's termly progress and attainment returns, so that social workers do not "
        "have to type it again.",
        "Cairn Systems Lead", "", "Sept 2016", "", "A",
        [(5, "e", "m", "assessments that show the child's current circumstances at school; the "
          "virtual school's progress and attainment returns are a passing mention of R4")])
    add("3+5", "3.10", "Workshops for every social worker and team manager on writing plan "
        "targets that a child, a parent or a carer can understand: one target, one sign of "
        "success.",
        "Principal Social Worker", "", "May 2016", "01/11/2016", "G",
        [(5, "e", "h", "clear targets for improvement in care planning documentation")])
    add("3+5", "3.11", "Every quarter, audit 30 cared for children's files, grading whether the "
        "assessment is current and whether the plan's priorities are the right ones; results to "
        "the Children's Improvement Board.",
        "Head of Safeguarding and Quality Assurance", "", "Q2 2016/17", "Quarterly", "G",
        [(5, "e", "h", "assurance on both asks: assessments that are current and plans that "
          "prioritise")])

    # Other improvement activity (orphans)
    add(None, "O.1", "Offer every parent of a disabled child a parent carer's needs assessment at "
        "the yearly short breaks review, with a personal budget for the carer where eligible.",
        "Head of Service, Children with Disabilities", "", "Apr 2016", "31/03/2017", "G")
    add(None, "O.2", "Two more Changing Places toilets, at the Marlowdene leisure centre and the "
        "Old Quay shopping centre, so that disabled children and their families can take part in "
        "everyday life in the borough.",
        "Head of Leisure and Culture", "", "Jun 2016", "March 2017", "A")
    add(None, "O.3", "A 'Ready to Go' documents passport for every care leaver by their 18th "
        "birthday: birth certificate, National Insurance number, bank account and provisional "
        "driving licence.",
        "Leaving Care Team Manager", "", "Apr 2016", "Sept 2016", "G")
    add(None, "O.4", "Move return interviews for cared for children who go missing to the Missing "
        "from Home and Care Team, so that more are held within 72 hours.",
        "Missing from Home and Care Team Manager", "Marlowshire Police", "May 2016", "End of Q3",
        "A")
    add(None, "O.5", "Ten council apprenticeships a year kept for care leavers, each with a mentor "
        "from the service they join.",
        "HR Manager, Early Careers", "", "Sept 2016", "Ongoing", "G")
    add(None, "O.6", "Recruit 25 new fostering households in 2016/17, with a focus on carers for "
        "teenagers and for brothers and sisters.",
        "Fostering Service Manager", "", "Apr 2016", "31/03/2017", "A")
    add(None, "O.7", "Staying put: raise the weekly allowance so that foster carers do not lose "
        "income when a young person stays on after 18.",
        "", "", "TBC", "TBC", "R")
    add(None, "O.8", "Social work health check survey each spring, with a plan for each team on "
        "what it finds.",
        "Principal Social Worker", "", "Mar 2016", "Complete", "B")
    add(None, "O.9", "Move the family support workers into the three children's centres in the "
        "north of the borough.",
        "Head of Early Help", "", "Jul 2016", "Jan 2017", "G")
    add(None, "O.10", "Joint training on child sexual exploitation for taxi drivers licensed by "
        "the council.",
        "", "Marlowshire Police, CSE Team", "Jun 2016", "Dec 2016", "G")
    return acts


MD = {
    "name": "marlowdene", "ext": "docx", "report": CW_REPORT, "recs": cw_recs,
    "pages": CW_PAGES, "council": "Marlowdene Borough Council",
    "actions": md_actions, "bounds": (25, 35),
    "expected": {1: "covered", 2: "uncovered", 3: "weak", 4: "weak", 5: "covered"},
    "unanswered": [2], "passing": [4], "partial": [3],
    "orphans": ["O.1", "O.2", "O.3", "O.4", "O.5", "O.6", "O.7", "O.8", "O.9", "O.10"],
    "miscited": ["3.5"],
    "passing_phrase": {4: ("3.9", "the virtual school's termly progress and attainment "
                                  "returns")},
    "decoys": {2: ["O.1", "O.2"]},
    "ask_decoys": {3: ["O.3"]},
    "asks": {3: [("children looked after's health needs assessed in a timely way",
                  ["3.1", "3.2", "3.3", "3.4"]),
                 ("extend the health passport scheme to all care leavers", [])],
             5: [("assessments of children looked after reflect their current needs and "
                  "circumstances", ["3.6", "3.8", "3.9", "3.11"]),
                 ("care planning documentation has clear targets for improvement that "
                  "prioritise the most important issues", ["3.7", "3.8", "3.10", "3.11"])]},
    "notes": (
        "DOCX, A4 landscape: a title block (council, service, 'Ofsted Improvement Plan "
        "2016\u201317', a version line, two paragraphs of introduction and a RAG key: not "
        "actions), then ONE table for the whole plan with the columns Ref | Action | Lead "
        "officer | Partner lead | Start | End | RAG; its header row is marked to repeat on every "
        "page. Inside the table, full-width banner rows (all seven cells merged, shaded) "
        "introduce each group: 'Recommendation 1: <R1 as printed>', 'Recommendations 3 and 5: "
        "<R3 shortened with ...> <R5 shortened with ...>' (one banner grouping two "
        "recommendations), and last 'Other improvement activity'. 'section' is the banner as "
        "written, 'row' the Ref cell (1.1-1.7, 3.1-3.11 under the grouped banner, numbered by "
        "its first number whatever the row answers, O.1-O.10), 'objective' null. The banner's "
        "numbers are the citation of every row under it (explicit_refs [1], or [3, 5] for "
        "every row under the grouped banner); the Ref cell is a row number, not a further "
        "citation; the rows under 'Other improvement activity' cite nothing. 'leads_raw' is the "
        "Lead officer cell and the Partner lead cell (a second owner, a partner agency, often "
        "blank) joined by '; ' when both are filled; action 4 (1.4) and action 25 (O.7) have "
        "both empty, action 28 (O.10) only a Partner lead. 'date_raw' is the End cell as "
        "written (the target date: 30/06/2016, End of Q2, Sept 2016, Complete, TBC, Weekly "
        "...), '' for action 4 (1.4) and action 16 (3.9); the Start cell and the RAG cell (G, "
        "A, R, B = complete, shaded) are not part of the gold. Word's curly apostrophes. "
        "Unanswered: R2 (assessments for disabled children considering the impact of disability "
        "on their everyday lives) is the hard unanswered one: it has no banner and nothing is "
        "aimed at it; orphan 19 (O.1, a parent carer's needs 'assessment' for every parent of a "
        "'disabled' child) and orphan 20 (O.2, Changing Places toilets so that 'disabled' "
        "children can take part in 'everyday' life) share its words, but one assesses the "
        "parent's needs and the other is about buildings. Passing: R4 (the virtual school's "
        "work at Key Stages 3 and 4) has no banner and is touched only by action 16 (3.9, "
        "aimed at R5), which fills the assessment's education part from 'the virtual school's "
        "termly progress and attainment returns': reusing data strengthens nothing the virtual "
        "school does; weak, no link. Partly answered (see asks): R3: timely health assessments "
        "are answered by actions 8-11 (3.1-3.4); extending the health passport scheme to all "
        "care leavers by nothing (the plan has no health passport at all); ask decoy: orphan "
        "21 (O.3, a 'Ready to Go' documents 'passport' for every care 'leaver': birth "
        "certificate, bank account, not health); weak. Answered: R1 by actions 1-7 (1.1-1.7; "
        "the council's 'strategy call' is its strategy discussion) and by the mis-cited "
        "action 12 (3.5); R5 by actions 13-18 (3.6-3.11), both asks. Mis-cited: action 12 "
        "(3.5, the named nurse for cared for children joining strategy discussions) sits under "
        "'Recommendations 3 and 5', so it cites 3 and 5, but it answers R1: its citation is not "
        "a link, its R1 link is judged and flagged miscited. Every other row under a "
        "recommendation banner answers exactly one of the banner's numbers, explicitly: rows "
        "3.1-3.4 answer R3, 3.6-3.11 answer R5 (the grouped banner cites both; each row answers "
        "one). 'Cared for children' is the council's name for children looked after. Orphans: "
        "19-28 (O.1-O.10), the rows under 'Other improvement activity' (also missing-from-care "
        "return interviews, report para 59, apprenticeships for care leavers, para 84, foster "
        "carer recruitment, staying put, a social work health check, family support in "
        "children's centres, CSE training for taxi drivers: findings without a recommendation, "
        "or business as usual). 'action N' means marlowdene-N, numbered down the table: 1-7 "
        "are 1.1-1.7, 8-18 are 3.1-3.11, 19-28 are O.1-O.10. The plan's own names: Cairn (case "
        "record), the First Contact Hub (its front door), the MSCB (the LSCB), Marlowshire "
        "Police, Wychford Community Health, Wychford Hospitals, the Children's Improvement "
        "Board, 'Ready to Go', the Old Quay shopping centre."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Sedgemouth - a progress report printed from Word to PDF, answering North Somerset
# 2020-06-10 (ILACS, 6 areas for improvement). Title page, "Purpose", then six numbered areas in
# the council's own words and order, each holding action blocks "Action N.k – title",
# paragraph, Responsible officer / Target date / Status / Progress update lines.
# ---------------------------------------------------------------------------------------------

SG_AREAS = {
    1: "Knowing the difference we make",
    2: "The right response at the first point of contact",
    3: "Assessments that tell the child's story",
    4: "Keeping children's plans on track",
    5: "Young people in care and care leavers",
    6: "Other priorities for 2020 to 2021",
}


def sg_section(n):
    return curly(f"{n}. {SG_AREAS[n]}")


def sg_actions():
    acts = []

    def add(ref, title, para, lead, due, status, progress, links=()):
        """``ref`` "N.k" under area N; ``lead``/``due`` None: the Responsible officer / Target
        date line is left out of the block (leads_raw / date_raw '')."""
        n = int(ref.split(".")[0])
        assert not re.search(r"[.:;,]$", title), ref
        assert status in ("Green", "Amber", "Red"), ref
        acts.append(A(curly(f"{title}. {para}"), curly(lead or ""), due or "", links, [], False,
                      row=ref, section=sg_section(n), objective=None,
                      title=curly(title), para=curly(para), status=status,
                      progress=curly(progress), lead_line=lead is not None,
                      due_line=due is not None))

    # Area 1 - performance management information and leaders' understanding (R6, answered)
    add("1.1", "One picture of practice",
        "Bring performance figures, audit grades and what children and families tell us together "
        "in a monthly 'Practice Picture' on the Tidewater reporting portal, so that heads of "
        "service see how good the work is and not only how much of it is done.",
        "Head of Quality, Performance and Improvement", "October 2020", "Green",
        "The first Practice Picture went to the Leadership Team in October. Heads of service say "
        "that seeing audit grades beside the figures has changed the conversation, although the "
        "section on feedback from families is still thin.",
        [(6, "j", "h", "performance figures brought together with audit and feedback so that "
          "leaders understand how good practice is, not only how much is done (report para "
          "38)")])
    add("1.2", "Audits we can rely on",
        "A second auditor moderates one audit in four, and any case graded good where the two "
        "auditors disagree is audited again, so that audit findings give an accurate view of "
        "practice.",
        "Principal Social Worker", "Quarterly from September 2020", "Amber",
        "Moderation began in September. The two auditors disagreed on about one case in five, "
        "mostly where the first grade was good, and a refresher session for auditors is booked "
        "for February.",
        [(6, "j", "h", "reliable audit findings to inform leaders' understanding of the quality "
          "of practice (report para 38: insufficiently reliable audit findings)")])
    add("1.3", "Leaders in the teams",
        "Each member of the Leadership Team spends a morning a month with one team, reading "
        "three children's records with their social workers, and brings what they learned to "
        "the next Leadership Team meeting.",
        "Director of Children's Services", "Monthly", "Amber",
        "Visits stopped between April and July and have been held online since then. Eleven "
        "have taken place, and the notes are now kept in one log so that themes can be seen.",
        [(6, "j", "m", "leaders' first-hand understanding of the quality and impact of "
          "practice, read alongside the performance information")])
    add("1.4", "A quality and impact report every quarter",
        "A quarterly report to this Board that sets the Practice Picture, audit themes, "
        "complaints and compliments, and the views of care leavers collected at the Quayside "
        "drop-in side by side, and says what leaders will change as a result.",
        "Head of Quality, Performance and Improvement", "31 December 2020", "Green",
        "The first report came to the Board in December. Members asked for fewer tables and more "
        "about what changed for children, and the March report will try to do that.",
        [(6, "j", "h", "performance management information used systematically to inform "
          "leaders' understanding of quality and impact; the views of care leavers collected "
          "at the drop-in are a passing mention of R5")])

    # Area 2 - the front door (R1, partly answered)
    add("2.1", "Looking back before deciding",
        "Front Door social workers read and summarise the family's earlier contacts and "
        "referrals before any decision is made, using a five-year history view on Tidewater, so "
        "that a build-up of concerns is not missed.",
        "Front Door Service Manager", "September 2020", "Green",
        "The history view went live on 1 September. In the December dip sample 17 of 20 "
        "contacts had a history summary, against 6 in the spring.",
        [(1, "j", "h", "effective first decisions: history and cumulative concerns analysed "
          "(report para 2)")])
    add("2.2", "One understanding of thresholds",
        "Half-day workshops on the Sedgemouth continuum of need for all Front Door staff and "
        "early help practitioners, working through real contacts with the names removed.",
        "Principal Social Worker", "November 2020", "Amber",
        "Four of the six workshops have run online. The last two have moved to February because "
        "of staff absence during the second lockdown.",
        [(1, "j", "h", "consistent threshold decisions when children first come to the "
          "council's attention (report para 2: initial decision-making too variable)")])
    add("2.3", "A daily risk meeting",
        "A ten o'clock meeting each weekday of Front Door social workers, police and health "
        "staff, going through every contact received overnight where a child may be at risk of "
        "harm.",
        None, "July 2020", "Green",
        "The meeting has run every weekday since July by video call. Police colleagues say it "
        "has shortened the time it takes to agree what happens next.",
        [(1, "j", "h", "timely, risk-focused first decisions informed by partners")])
    add("2.4", "Analysing the risk in every contact",
        "A short analysis section on the contact record asks what has happened, what might happen "
        "next and what is keeping the child safe, and must be completed before the next step is "
        "chosen.",
        "Front Door Service Manager", "Q3 2020/21", "Amber",
        "The new section is being tested in one team. Social workers asked for it to be shorter, "
        "so it has been cut from six questions to three.",
        [(1, "j", "h", "decisions focused on the risk of harm to the child (report para 2)")])
    add("2.5", "A social worker for every child without delay",
        "Every child whose case is passed on for assessment to have a named social worker within "
        "two working days, with two agency social workers kept in reserve for busy weeks.",
        "Head of Children's Social Work", "Ongoing", "Green",
        "No child has waited more than two working days since August. The reserve workers were "
        "needed in five weeks of the autumn.")

    # Area 3 - assessments (R2, answered)
    add("3.1", "What life is like for this child",
        "Rebuild the assessment form around three questions \u2013 what is daily life like for "
        "this child, what does it mean for them, and what needs to change \u2013 with the "
        "analysis at the start rather than the end.",
        "Principal Social Worker", "January 2021", "Amber",
        "The new form has been agreed with team managers and is being built on Tidewater. It "
        "should go live at the end of January, a month later than planned.",
        [(2, "j", "h", "the quality of analysis in assessments")])
    add("3.2", "Health and development in every assessment",
        "Ask the health visitor, school nurse or GP for a short written view of the child's "
        "health, growth and development for every assessment, and say in the analysis what the "
        "child's circumstances mean for them.",
        "Head of Children's Social Work", "31 March 2021", "Red",
        "Health partners agreed the request form in November, but replies have come back for "
        "fewer than half of assessments so far. The Designated Nurse is taking this up with the "
        "GP practices.",
        [(2, "j", "h", "the impact of children's situations on their health and development "
          "considered in assessments")])
    add("3.3", "Research at our fingertips",
        "A monthly twenty-minute research session in every team and access to an online research "
        "library, so that social workers can draw on research when they weigh up what is "
        "happening for a child.",
        "Workforce Development Manager", None, "Green",
        "Sessions have run in every team since October. The library has had 140 log-ins, most of "
        "them from newly qualified social workers.",
        [(2, "j", "m", "research findings used to inform analysis (report para 7)")])
    add("3.4", "Identity, culture and money",
        "A practice guide and a one-day course on exploring a child's identity, ethnicity, "
        "culture and the family's money worries when we assess.",
        "Principal Social Worker", "February 2021", "Amber",
        "The guide was written with the Sedgemouth Race Equality Forum and is out for comment. "
        "The first two courses are booked for February.",
        [(2, "j", "h", "analysis that explores identity, ethnicity, social context and poverty "
          "(report para 7)")])
    add("3.5", "Assessments that keep up",
        "When a child's circumstances change significantly, the social worker updates the "
        "assessment within 20 working days and says what the change means for the child.",
        "Head of Children's Social Work", "December 2020", "Green",
        "Team managers now check for an updated assessment at every case transfer and after "
        "every new referral on an open case. The December audit found this in 14 of 18 cases.",
        [(2, "j", "m", "analysis kept current when children's circumstances change (report "
          "para 7)")])

    # Area 4 - supervision and the progress of plans (R3, answered)
    add("4.1", "Supervision that moves plans on",
        "A new supervision record in which the manager goes through each action in the child's "
        "plan, notes whether it has happened and agrees the next step and a date.",
        "Head of Children's Social Work", "October 2020", "Green",
        "The record has been used in all community family teams since October. Social workers "
        "say supervision is more focused, although it takes longer.",
        [(3, "j", "h", "supervision that drives the progress of children's plans with clear, "
          "timebound actions (report para 13)")])
    add("4.2", "Overdue actions on one page",
        "A weekly Tidewater report for each team listing the children whose plan has an action "
        "past its date, looked at by the team manager every Monday.",
        "Performance and Systems Manager", "November 2020", "Green",
        "The report has been produced every week since 9 November. The number of overdue actions "
        "fell by a third in its first six weeks.",
        [(3, "j", "h", "management oversight of the progress of children's plans")])
    add("4.3", "Thinking together about stuck plans",
        "A fortnightly group discussion in each community family team, led by a consultant "
        "social worker, for children whose plans are not moving.",
        "Consultant Social Workers", "From September 2020", "Amber",
        "The discussions run in three of the four teams. The fourth team has had no consultant "
        "social worker since November and a new one starts in February.",
        [(3, "j", "m", "group supervision for children whose plans have stalled")])
    add("4.4", "Developing our team managers",
        "A six-part programme for team managers and assistant team managers on supervision that "
        "analyses, challenges and sets timebound actions for the child.",
        "Workforce Development Manager", "June 2021", "Amber",
        "The first two parts have been delivered to 14 managers. The programme was moved online "
        "and the remaining parts will finish in June.",
        [(3, "j", "h", "the quality of managers' supervision and oversight of plans")])
    add("4.5", "Checking supervision",
        "Heads of service sample five supervision records a month from each team and grade "
        "whether they led to clear, timebound actions that moved the child's plan on.",
        None, "Monthly", "Green",
        "Sampling began in October. In December two thirds of the records sampled were graded "
        "good, up from under half in October.",
        [(3, "j", "h", "oversight of whether supervision progresses children's plans")])

    # Area 5 - young people in care and care leavers (orphans)
    add("5.1", "More time to get to know a personal adviser",
        "Introduce each young person to their personal adviser at 16, and have the adviser work "
        "alongside the social worker for at least six months before the young person turns 18.",
        "Leaving Care Service Manager", "April 2021", "Amber",
        "Two more personal advisers have been recruited to make this possible. Introductions at "
        "16 start in April.")
    add("5.2", "Pathway plans in young people's own words",
        "A new pathway plan written with the young person, covering their emotional well-being "
        "and their hopes for the future, that they keep a copy of and can use.",
        "Leaving Care Service Manager", "March 2021", "Green",
        "Young people helped design the new plan in two online sessions. It will be used for "
        "every pathway plan review from March.")
    add("5.3", "A health history for every care leaver",
        "Give every care leaver a copy of their health history, whether or not they come to "
        "their final health assessment.",
        "Designated Nurse for Children in Care", "December 2020", "Green",
        "All 38 young people who turned 18 since July have received their health history. Older "
        "care leavers can ask their personal adviser for a copy.")
    add("5.4", "Mentors for care leavers",
        "Matching care leavers with trained volunteer mentors from local employers, each asked to "
        "make a long-term commitment of at least a year.",
        "Participation Lead", "Spring 2021", "Red",
        "Twelve volunteers have come forward but training could not take place in person. It is "
        "now planned for the spring.")
    add("5.5", "Knowing the offer",
        "Personal advisers go through the care leavers' guide with each young person at every "
        "pathway plan review, not only when they leave care.",
        "Leaving Care Service Manager", "Ongoing", "Green",
        "The guide is now part of the pathway plan review checklist. Young people at the "
        "Quayside drop-in suggested a shorter version for phones, which is being designed.")
    add("5.6", "Help into work and study",
        "A careers adviser based in the leaving care team two days a week, and a guaranteed "
        "interview for care leavers who apply for council apprenticeships.",
        "Head of Skills and Employment", None, "Amber",
        "The careers adviser started in November and has seen 21 young people. Three care leavers "
        "have had interviews for apprenticeships.")

    # Area 6 - other priorities (orphans)
    add("6.1", "Young carers",
        "A formal young carers' assessment for every young carer identified by a school, with a "
        "long-term support plan reviewed each year.",
        "Early Help Service Manager", "March 2021", "Amber",
        "Schools identified 64 young carers this term. Assessments have been completed for 29 of "
        "them.")
    add("6.2", "Home education",
        "When parents first tell us of their decision to educate their child at home, an "
        "education welfare officer visits within 15 school days and then at least once a year.",
        "Education Welfare Manager", "January 2021", "Amber",
        "First visits are up to date. Yearly visits were held by phone during the lockdowns and "
        "home visits restart in January.")
    add("6.3", "A fuller picture of exploitation",
        "Rewrite the local profile of child exploitation with police, health, schools and the "
        "youth offending team, so that it does not rely on police data alone.",
        "Exploitation and Missing Manager", "Q4 2020/21", "Amber",
        "Partners have shared their data and a first draft is being written. It will go to the "
        "safeguarding partnership in March.")
    add("6.4", "Private fostering",
        "Every private fostering notification seen by a social worker within seven working days, "
        "and the assessment finished within the required timescale.",
        None, "November 2020", "Green",
        "All five notifications since September were seen within seven working days. Four "
        "assessments were finished on time and one is still open.")
    add("6.5", "Children's voices at the corporate parenting board",
        "Two members of the Children in Care Council to sit on the corporate parenting board and "
        "choose one item for each agenda.",
        "Participation Lead", "March 2021", "Green",
        "Two members joined the board in December and chose placement moves as their first "
        "item. The board meets next in March.")
    return acts


SG = {
    "name": "sedgemouth", "ext": "pdf", "report": NS_REPORT, "recs": ns_recs,
    "pages": NS_PAGES, "council": "Sedgemouth Council",
    "actions": sg_actions, "bounds": (25, 35),
    "expected": {1: "weak", 2: "covered", 3: "covered", 4: "uncovered", 5: "weak",
                 6: "covered"},
    "unanswered": [4], "passing": [5], "partial": [1],
    "orphans": ["2.5", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "6.1", "6.2", "6.3", "6.4",
                "6.5"],
    "miscited": [],
    "passing_phrase": {5: ("1.4", "the views of care leavers collected at the Quayside "
                                  "drop-in")},
    "decoys": {4: ["5.4", "6.1"]},
    "ask_decoys": {1: ["6.2"]},
    "asks": {1: [("the effectiveness of decision-making when children first come to the "
                  "attention of the local authority", ["2.1", "2.2", "2.3", "2.4"]),
                 ("management oversight of decision-making when children first come to the "
                  "attention of the local authority", [])],
             2: [("the quality of analysis in assessments",
                  ["3.1", "3.2", "3.3", "3.4", "3.5"]),
                 ("including the impact of children's situations on their health and "
                  "development", ["3.2"])],
             3: [("management oversight of the progress of children's plans",
                  ["4.2", "4.5"]),
                 ("supervision of the progress of children's plans",
                  ["4.1", "4.3", "4.4", "4.5"])]},
    "notes": (
        "PDF of a progress report printed from Word (A4 portrait): a title page (council, "
        "service, 'Ofsted Improvement Plan: Progress Report', the board and meeting date, "
        "report of, author, status), then 'Purpose' and 'How this report is set out' "
        "(paragraphs of prose, not actions), then six numbered improvement areas in the "
        "council's own words and order, each a bold heading ('1. Knowing the difference we "
        "make' ... '6. Other priorities for 2020 to 2021'; 'section' is the heading as "
        "written) followed by one block per action: a bold line 'Action N.k \u2013 <short "
        "title>' ('row' is N.k), a paragraph, then label lines 'Responsible officer: ...', "
        "'Target date: ...', 'Status: Green/Amber/Red' and 'Progress update: <what has "
        "happened so far>'. 'text' is the short title and the paragraph joined by '. '; the "
        "Status and Progress update lines are progress, not text, and are not annotated. "
        "'objective' is null. Word's curly apostrophes. Running header with the council's name "
        "and the report's title, 'Page N of M' in the footer; action blocks run over page "
        "breaks. Action 7 (2.3), action 19 (4.5) and action 29 (6.4) have no Responsible officer "
        "line, action 12 (3.3) and action 25 (5.6) no Target date line (leads_raw / date_raw "
        "''). The area "
        "and action numbers are the council's, NOT recommendation numbers: area 1 answers R6, "
        "area 2 R1, area 3 R2, area 4 R3, areas 5 and 6 nothing; explicit_refs is [] for every "
        "action and every link is judged (a reader taking 'Action 4.2' for a citation of R4 "
        "would cover the unanswered R4). Unanswered: R4 (formalised matching of children with "
        "their long-term carers) is the hard unanswered one: nothing is aimed at it, although "
        "area 5 ('Young people in care and care leavers') is where it would sit; orphan 23 (5.4, "
        "'matching' care leavers with volunteer mentors who make a 'long-term' commitment) and "
        "orphan 26 (6.1, a 'formal' young 'carers'' assessment with a 'long-term' support plan) "
        "share its words. Passing: R5 (access to the drop-in for older children in care and "
        "care leavers who are working or in education) is touched only by action 4 (1.4, the "
        "quarterly quality and impact report, aimed at R6), which includes 'the views of care "
        "leavers collected at the Quayside drop-in'; nothing changes the drop-in's opening "
        "times; weak, no link. Orphan 25 (5.6, careers advice and apprenticeship interviews for "
        "care leavers) is about getting into work, not the drop-in; the progress update of "
        "orphan 24 (5.5) mentions the drop-in too, and a progress update is not an action. "
        "Partly answered (see asks): R1: the effectiveness of first decisions at the council's "
        "'Front Door' is answered by actions 5-8 (2.1-2.4); management oversight of those "
        "decisions by nothing (no action has a manager review, audit or sign off front door "
        "decisions); ask decoy: orphan 27 (6.2, when parents 'first' tell us of their "
        "'decision' to educate at home); weak. Orphan 9 (2.5, allocation of a social worker "
        "within two working days, report para 5) sits in area 2 but is about allocation after "
        "the decision, not the decision. Answered: R6 by actions 1-4 (1.1-1.4), R2 by actions "
        "10-14 (3.1-3.5), both asks (3.2 on health and development), R3 by actions 15-19 "
        "(4.1-4.5), both asks. Orphans: 9, 20-25 (area 5: personal advisers, pathway plans, "
        "health histories, mentors, the care leavers' guide, careers: report paras 23, 28, 29, "
        "32 and 33, findings without an area for improvement), 26-30 (area 6: young carers, "
        "home education, the exploitation profile, private fostering, the corporate parenting "
        "board). 'action N' means sedgemouth-N, numbered down the report: 1-4 are 1.1-1.4, 5-9 "
        "2.1-2.5, 10-14 3.1-3.5, 15-19 4.1-4.5, 20-25 5.1-5.6, 26-30 6.1-6.5. The plan's own "
        "names: Tidewater (case record and reporting portal), the Front Door, the Practice "
        "Picture, the Quayside drop-in, the Sedgemouth continuum of need, the Sedgemouth Race "
        "Equality Forum, the Children's Services Improvement Board."),
}

PLANS = [MD, SG]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its index or by its (unique) row
# ---------------------------------------------------------------------------------------------

def build_af(plan, set_name="af"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """index or unique row -> action id, as build_gold names them."""
    acts = plan["actions"]()
    ids = {i: f"{plan['name']}-{i}" for i in range(1, len(acts) + 1)}
    for i, a in enumerate(acts, 1):
        if a["row"] and a["row"] not in ids:
            ids[a["row"]] = ids[i]
    return ids


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

MD_INTRO = [
    "Ofsted inspected Marlowdene's services for children in need of help and protection, "
    "children looked after and care leavers between November and December 2015, together with "
    "the Marlowdene Safeguarding Children Board (MSCB), and published its report in February "
    "2016. Services were judged to be good, and leadership, management and governance "
    "outstanding.",
    "This plan sets out how we will respond to the report's recommendations to the council, and "
    "the other improvement activity the Children's Improvement Board monitors alongside it. The "
    "MSCB's own response is in its business plan. Leads update the RAG rating before each "
    "monthly meeting of the Board.",
]
MD_KEY = ("RAG key: G \u2013 on track; A \u2013 some slippage, recoverable; R \u2013 off track, "
          "needs the Board's help; B \u2013 complete.")


def write_md(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    head = sec.header.paragraphs[0]
    head.text = "OFFICIAL"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = curly("Marlowdene Borough Council \u2013 Children and "
                                          "Families \u2013 Ofsted Improvement Plan 2016\u201317, "
                                          "version 2.1")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_paragraph("Marlowdene Borough Council", style="Title")
    doc.add_paragraph("Children and Families Service", style="Subtitle")
    p = doc.add_paragraph()
    p.add_run(curly("Ofsted Improvement Plan 2016\u201317")).bold = True
    doc.add_paragraph(curly("Version 2.1, 14 April 2016. Owner: Director of Children's "
                            "Services. Agreed by the Children's Improvement Board, 12 April "
                            "2016."))
    for para in MD_INTRO:
        doc.add_paragraph(curly(para))
    doc.add_paragraph(MD_KEY)

    widths = [Cm(1.3), Cm(11.6), Cm(4.2), Cm(3.8), Cm(1.9), Cm(2.1), Cm(1.2)]
    table = doc.add_table(rows=1, cols=len(MD_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False

    def fill(cell, text, bold=False, size=9, colour=None):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)

    hdr = table.rows[0]
    for cell, h, w in zip(hdr.cells, MD_HEADER, widths):
        fill(cell, h, bold=True, colour="FFFFFF")
        shade(cell, "1F3864")
        cell.width = w
    repeat_header(hdr)

    for group in _groups(acts, lambda a: a["section"]):
        row = table.add_row()
        for cell, w in zip(row.cells, widths):
            cell.width = w
        banner = row.cells[0].merge(row.cells[-1])
        fill(banner, group[0]["section"], bold=True, size=9.5)
        shade(banner, "DEEAF6")
        for a in group:
            x = a["extra"]
            row = table.add_row()
            cells = [a["row"], a["text"], x["lead_cell"], x["partner_cell"], x["start"],
                     a["date"], x["rag"]]
            for cell, value, w in zip(row.cells, cells, widths):
                fill(cell, value)
                cell.width = w
            shade(row.cells[-1], MD_RAG[x["rag"]])
            row.cells[-1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("")
    doc.add_paragraph(curly("Contact: Children's Improvement Team, Marlowdene Town Hall."))
    docx_props(doc, "Children and Families Service", "Ofsted Improvement Plan 2016-17")
    doc.save(path)
    normalise_zip(path)


SG_TITLE = [  # the title page, line by line: (text, style)
    ("Sedgemouth Council", "big"),
    ("Children's Services", "mid"),
    ("Ofsted Improvement Plan: Progress Report", "big"),
    ("Report to the Children's Services Improvement Board", "line"),
    ("Meeting of 19 January 2021", "line"),
    ("Report of: Director of Children's Services", "line"),
    ("Author: Head of Quality, Performance and Improvement", "line"),
    ("Status: For information", "line"),
]

SG_PROSE = [  # (heading, [paragraphs])
    ("Purpose", [
        "This report updates the Board on the improvement plan agreed in July 2020, after "
        "Ofsted's inspection of children's social care services in March 2020. The report, "
        "published in June, judged services to require improvement to be good overall and "
        "judged the experiences and progress of children in care and care leavers to be good.",
        "Progress has been slower than we hoped in some places because of the pandemic: visits, "
        "training and audits moved online during the spring and again in November. The Board is "
        "asked to note the progress made and the actions rated Amber or Red."]),
    ("How this report is set out", [
        "The plan brings the six areas for improvement in the inspection report together with "
        "priorities of our own, under six headings in our own words. Under each heading every "
        "action has a short title, a description, the officer responsible, a target date, a "
        "status (Green: on track; Amber: some delay; Red: at risk) and a progress update. "
        "Actions are numbered by heading.",
        "An action stays in this report until the Board agrees that it is complete and that its "
        "impact can be seen in audits and in what children and families tell us. Actions closed "
        "at the November meeting are listed in the background papers."]),
]


def write_sg(plan, acts, path):
    reportlab_canvas()  # invariant mode before anything is built
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer

    page = A4
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=13, leading=17,
                          spaceBefore=10, spaceAfter=6, keepWithNext=1)
    area = ParagraphStyle("area", parent=head, fontSize=14, leading=18, spaceBefore=14,
                          textColor="#1F3864")
    act = ParagraphStyle("act", fontName="Helvetica-Bold", fontSize=11, leading=14,
                         spaceBefore=9, spaceAfter=3, keepWithNext=1)
    label = ParagraphStyle("label", fontName="Helvetica", fontSize=10, leading=13,
                           spaceAfter=1.5)
    big = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=22, leading=28,
                         spaceAfter=14)
    mid = ParagraphStyle("mid", fontName="Helvetica-Bold", fontSize=15, leading=20,
                         spaceAfter=30)
    line = ParagraphStyle("line", fontName="Helvetica", fontSize=12, leading=17, spaceAfter=4)
    styles = {"big": big, "mid": mid, "line": line}

    def P(text, style, tag=None):
        p = Paragraph(xml_escape(curly(text)), style)
        p._af_tag = tag
        return p

    def L(name, value, tag=None):
        p = Paragraph(f"<b>{name}:</b> {xml_escape(value)}", label)
        p._af_tag = tag
        return p

    class Mark(Flowable):
        """An invisible mark after an action block: the page it lands on is where the block
        ends (a split paragraph's second part carries no tag)."""
        def __init__(self, tag):
            Flowable.__init__(self)
            self._af_tag = tag

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            pass

    story = [Spacer(1, 4 * cm)]
    story += [P(t, styles[s]) for t, s in SG_TITLE]
    story.append(PageBreak())
    for heading, paras in SG_PROSE:
        story.append(P(heading, head))
        story += [P(para, body) for para in paras]
    for i, a in enumerate(acts):
        if i == 0 or a["section"] != acts[i - 1]["section"]:
            story.append(P(a["section"], area))
        x = a["extra"]
        story.append(P(f"Action {a['row']} \u2013 {x['title']}", act, (i, "title")))
        story.append(P(x["para"], body, (i, "para")))
        if x["lead_line"]:
            story.append(L("Responsible officer", a["lead"]))
        if x["due_line"]:
            story.append(L("Target date", a["date"]))
        story.append(L("Status", x["status"], (i, "status")))
        story.append(L("Progress update", x["progress"], (i, "progress")))
        story.append(Mark((i, "end")))

    seen = {}

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, flowable):
            tag = getattr(flowable, "_af_tag", None)
            if tag is not None:
                seen.setdefault(tag[0], {})[tag[1]] = self.page

    def furniture(c, n, total):
        w, h = page
        c.saveState()
        c.setFont("Helvetica", 8.5)
        c.drawString(2 * cm, h - 1.2 * cm, "Sedgemouth Council")
        c.drawRightString(w - 2 * cm, h - 1.2 * cm,
                          "Ofsted Improvement Plan: Progress Report \u2013 January 2021")
        c.line(2 * cm, h - 1.35 * cm, w - 2 * cm, h - 1.35 * cm)
        c.drawCentredString(w / 2, 1.1 * cm, f"Page {n} of {total}")
        c.restoreState()

    doc = Doc(str(path), pagesize=page, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
              topMargin=2.2 * cm, bottomMargin=2 * cm,
              title="Ofsted Improvement Plan: Progress Report, January 2021",
              author="Sedgemouth Council Children's Services", subject="",
              creator="Microsoft\u00ae Word for Microsoft 365")
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    # the layout promised in the notes: at least one action block runs over a page break
    spans = [acts[i]["row"] for i, s in sorted(seen.items()) if s["end"] > s["title"]]
    assert spans, "no action block runs over a page break"


WRITERS = {"marlowdene": write_md, "sedgemouth": write_sg}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "marlowdene": dict(unanswered=1, passing=1, partial=1, miscited=1, orphans=(4, 12)),
    "sedgemouth": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(4, 14)),
}




def check_recs(plan):
    """The transcribed recommendations: numbered 1..N, clean single-line texts, found word for
    word and in order in the report's block (when the PDF is at hand), with nothing but the
    item numbers or bullet glyphs between them."""
    recs = plan["recs"]()
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    assert len(recs) == len(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and re.search(r"[.)]$", t), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]  # no markers; curly
        assert r["page"] in plan["pages"], r["number"]
    text = _report_text(plan["report"], plan["pages"])
    if text is None:
        return recs
    spec = BLOCKS[plan["report"]]
    start = text.index(spec["start"]) + len(spec["start"])
    stop = text.index(spec["end"], start) if spec["end"] else len(text)
    block, pos, gaps = text[start:stop], 0, []
    for r in recs:
        k = block.find(r["text"], pos)
        assert k >= 0, ("not in the report as written", plan["name"], r["number"])
        gaps.append(block[pos:k])
        pos = k + len(r["text"])
    gaps.append(block[pos:])
    for r, gap in zip(recs, gaps):  # before each item only its label
        assert gap.strip() == (spec["label"] or f"{r['number']}."), (r["number"], gap)
    assert gaps[-1].strip() == "", gaps[-1]
    return recs


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
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert curly(phrase) in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert f"R{n}" in d["passing"], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
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
    assert "hard unanswered" in d["notes"], name
    assert {f"R{n}" for n in plan["decoys"]} == set(d["unanswered"]), name
    assert {f"R{n}" for n in plan["ask_decoys"]} == set(d["partial"]), name
    # the notes' "action N (ref" and "orphan N (ref" agree with the numbering
    for kind, n, ref in re.findall(r"\b(actions?|orphans?) (\d+) \(([0-9O]+\.\d+)", d["notes"],
                                   re.I):
        assert ids[f"{name}-{n}"]["row"] == ref, (name, kind, n, ref)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&*_#`]|\u00a0", a["text"] + a["leads_raw"] + a["date_raw"]), \
            a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*)\b", a["text"],
                             re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert "'" not in a["text"] + a["leads_raw"], a["id"]  # Word's curly quotes
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
    assert len({a["row"] for a in acts}) == len(acts), name
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    for r in d["unanswered"]:  # no designed gap is answered by anything, cited or not
        assert r not in per_rec, r
    x = [r["extra"] for r in raw]
    if name == "marlowdene":
        order = []
        for a, e in zip(acts, x):
            assert a["objective"] is None, a["id"]
            assert a["leads_raw"] == "; ".join(v for v in (e["lead_cell"], e["partner_cell"]) if v)
            assert e["rag"] in MD_RAG, a["id"]
            if a["section"] == MD_OTHER:
                assert a["explicit_refs"] == [] and a["id"] in d["orphans"], a["id"]
                assert re.fullmatch(r"O\.\d+", a["row"]), a["id"]
                continue
            m = re.fullmatch(r"Recommendations? ([\d, and]+): (.+)", a["section"])
            nums = [int(v) for v in re.findall(r"\d+", m.group(1))]
            assert a["explicit_refs"] == nums, a["id"]
            assert re.fullmatch(rf"{nums[0]}\.\d+", a["row"]), a["id"]  # numbered by the first
            if not order or order[-1] != nums:
                order.append(nums)
            ls = [l for l in gold["links"] if l["action"] == a["id"]]
            if a["id"] in d["miscited"]:
                assert ls and all(int(l["rec"][1:]) not in nums and l["source"] == "judged"
                                  for l in ls), a["id"]
            else:  # every other row answers exactly one of its banner's numbers, explicitly
                assert len(ls) == 1 and ls[0]["source"] == "explicit", a["id"]
                assert int(ls[0]["rec"][1:]) in nums, a["id"]
        flat = [n for nums in order for n in nums]
        assert flat == sorted(flat) and len(flat) == len(set(flat)), order  # report's order
        assert any(len(nums) == 2 for nums in order), order  # a banner grouping two
        assert acts[-1]["section"] == MD_OTHER, name
        assert {a["id"] for a in acts if a["section"] == MD_OTHER} == set(d["orphans"]), name
        for r in d["unanswered"] + d["passing"]:  # no designed gap has a banner
            assert int(r[1:]) not in flat, r
        # the banners quote the report: each fragment, '...' removed, opens its recommendation
        for key, (nums, frags) in MD_BANNERS.items():
            for n, f in zip(nums, frags):
                assert rec_text[f"R{n}"].startswith(f.removesuffix(" ...")), (key, n)
            assert len(nums) == len(frags)
        assert any(f.endswith(" ...") for _, fs in MD_BANNERS.values() for f in fs)
        assert any(not f.endswith(" ...") for _, fs in MD_BANNERS.values() for f in fs)
        # owners: no lead at all, a partner only, both
        assert any(not e["lead_cell"] and not e["partner_cell"] for e in x), name
        assert any(not e["lead_cell"] and e["partner_cell"] for e in x), name
        assert any(e["lead_cell"] and e["partner_cell"] for e in x), name
        assert sum(1 for e in x if not e["partner_cell"]) > len(x) / 2, name  # often blank
        # dates in the styles councils type them
        dates = [a["date_raw"] for a in acts]
        starts = [e["start"] for e in x]
        for pat in (r"[A-Z][a-z]{2,3} 20\d\d", r"\d\d/\d\d/20\d\d", r"End of Q\d", "Complete",
                    "TBC"):
            assert any(re.fullmatch(pat, v) for v in dates), pat
        assert any(re.fullmatch(r"\d\d/\d\d/20\d\d", v) for v in starts), name
        assert set(e["rag"] for e in x) == set(MD_RAG), name
        for r, s in gold["expected"].items():  # covered ones: a banner and 3+ explicit rows
            if s == "covered":
                assert int(r[1:]) in flat, r
    if name == "sedgemouth":
        assert all(not a["explicit_refs"] for a in acts), name
        assert all(l["source"] == "judged" for l in gold["links"]), name
        areas = {}
        for a, e in zip(acts, x):
            n = int(a["row"].split(".")[0])
            assert a["section"] == sg_section(n) and a["objective"] is None, a["id"]
            assert a["text"] == f"{e['title']}. {e['para']}", a["id"]
            assert e["status"] in ("Green", "Amber", "Red"), a["id"]
            assert e["lead_line"] or not a["leads_raw"], a["id"]
            assert e["due_line"] or not a["date_raw"], a["id"]
            assert e["lead_line"] == bool(a["leads_raw"]) and e["due_line"] == bool(a["date_raw"])
            # the progress update is two or three sentences and no part of the action's text
            sentences = re.findall(r"[.!?](?:\s|$)", e["progress"])
            assert 2 <= len(sentences) <= 3, (a["id"], e["progress"])
            assert e["progress"] not in a["text"], a["id"]
            areas.setdefault(n, set()).update(mine[a["id"]])
        # areas 1-6 in order, each holding actions N.1, N.2, ... down the page
        rows = [a["row"] for a in acts]
        expect = []
        for g in _groups(rows, lambda r: r.split(".")[0]):
            expect += [f"{g[0].split('.')[0]}.{k}" for k in range(1, len(g) + 1)]
        assert rows == expect, name
        assert [g[0] for g in _groups([int(r.split(".")[0]) for r in rows], lambda n: n)] == \
            list(range(1, 7)), name
        # the council's area numbers are not recommendation numbers: no area's number is the
        # recommendation its actions answer, and areas 5 and 6 answer nothing
        for n, answered in areas.items():
            assert f"R{n}" not in answered, (n, answered)
        assert not areas[5] and not areas[6], name
        assert {n for n, answered in areas.items() if answered} == {1, 2, 3, 4}, name
        # missing lines: no Responsible officer, no Target date
        assert any(not e["lead_line"] for e in x) and any(not e["due_line"] for e in x), name
        assert set(e["status"] for e in x) == {"Green", "Amber", "Red"}, name
        # the drop-in is named in a progress update too (furniture of the trap: not an action)
        assert any("drop-in" in e["progress"] for e in x), name
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "af", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_af)
