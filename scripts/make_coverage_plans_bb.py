"""Write the sealed coverage evaluation set "bb": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_bb.py            # writes documents and gold
    python scripts/make_coverage_plans_bb.py --check    # only runs the consistency checks

Documents: corpus/coverage/bb/<name>.<ext>      Gold: corpus/gold/coverage/bb/<name>.json

The two documents imitate what councils' own systems produce: an Excel action tracker printed to
PDF whose print area is TOO WIDE FOR ONE PAGE, so that Excel printed it "down, then over" (A4
portrait, no fit-to-page: pages 1-2 hold the left columns No. | Theme | Action for every row,
pages 3-4 the right columns Lead | Support | Target date | RAG | Comments for the same rows in
the same order; the No. column and the header row are print titles, repeated on every page, so
that the rows of page 3 line up with those of page 1, and page 4's with page 2's, only through
the No. column; gridlines printed; an Excel page header with the council's name and the
tracker's title, and a footer with the file path and "Page N of 4"), and a Word document (A4
landscape) whose main plan table has NESTED TABLES (columns Objective | Actions | Lead | Quarter,
one row per objective; the Actions cell holds a small table of its own, columns # and Action,
one row per action under a header row; the Lead and Quarter cells hold matching lists, one line
per action, in the nested table's order; the plan's financial year is given only in the title
and in a note under the table; a "Glossary of terms" table at the end is not a plan).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only, through
report_text, to find ../shared for the transcription check).

Recommendation texts: the local-authority items of both reports were transcribed by hand from
the report PDFs (text read with pypdfium2) for this set and are held below as data (WK_RECS,
PB_RECS), word for word, lines broken by the PDF joined, the reports' curly apostrophes kept;
they are passed to build_gold(recs=...). Nothing is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the action cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
Neither document cites a recommendation number anywhere, so every link is judged. Actions with
no links are orphans (see each plan's design notes). Design lists and asks name an action by its
number N (the action is <name>-N).

All councils, places, people, teams, systems, charities and local programmes are fictional
(national schemes and terms such as the local offer for care leavers, pathway plans, Form F
assessments, personal education plans, Makaton or the social work degree apprenticeship are
named as councils name them); no real person is named. Output is deterministic: reportlab runs
in invariant mode with fixed metadata; the DOCX has fixed core properties and every zip member a
fixed timestamp.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, build_gold, docx_props, main, normalise_zip,  # noqa: E402
                          reportlab_canvas)
from _coverage_sets import curly, groups as _groups, repeat_header, shade  # noqa: E402
from _coverage_sets import transcribed_gaps, words as _words  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Wokingham, inspection of children's social care services (ILACS), report published 15 July
# 2019 (requires improvement to be good in every judgement). "What needs to improve" (no
# question mark) is alone on page 3 of the PDF: five bullets (black squares, U+25FC), all
# addressed to the local authority (the corporate parenting board is the council's own), numbered
# 1-5 in the report's order; the block runs to the foot of the page (page 4 opens with the first
# judgement heading). The bullets are printed as noun phrases and are kept as printed. R1's
# "long-term" is hyphenated over a line break in the PDF (extracted as U+FFFE, which
# report_text turns back into a hyphen); it is the word "long-term". Lines broken by the PDF
# joined with a space.
# ---------------------------------------------------------------------------------------------

WK_REPORT = "wokingham-80582/2019-07-15.pdf"
WK_PAGES = (3,)

WK_RECS = [  # (number, page, text)
    (1, 3, "The stability of the workforce in the disabled children\u2019s team and the three "
           "long-term teams."),
    (2, 3, "The effectiveness of child in need and child protection plans."),
    (3, 3, "The quality and effectiveness of the social work support that disabled children and "
           "their families receive."),
    (4, 3, "The level of critical scrutiny, and quality of supervision, provided by frontline "
           "managers."),
    (5, 3, "The oversight and impact of the corporate parenting board."),
]

# ---------------------------------------------------------------------------------------------
# Peterborough, inspection of children's social care services (ILACS), report published 6
# August 2018 (good in every judgement). "What needs to improve" (no question mark), page 2 of
# the PDF: five bullets (a Wingdings glyph, extracted as U+F06E), all addressed to the local
# authority, numbered 1-5 in the report's order, followed by the heading "The experiences and
# progress of children who need help and protection: Good". Printed as noun phrases and kept as
# printed. Lines broken by the PDF joined with a space; the curly apostrophe of R2 kept.
# ---------------------------------------------------------------------------------------------

PB_REPORT = "peterborough-80537/2018-08-06.pdf"
PB_PAGES = (2,)

PB_RECS = [
    (1, 2, "Assessments of children who are missing or who are at risk from child sexual "
           "exploitation."),
    (2, 2, "The use of chronologies in underpinning children\u2019s assessments."),
    (3, 2, "The number of return interviews that are successfully completed with children who "
           "have been missing from care."),
    (4, 2, "The quality of information provided to care leavers about their rights and "
           "entitlements, including how to access their health histories."),
    (5, 2, "Consistency of management oversight, including recording of casework supervision "
           "across all social work teams."),
]

# where each list sits in its report: the words opening the block, the words after it (None: the
# end of the page), and what stands before each item (the bullet glyph)
BLOCKS = {
    WK_REPORT: dict(start="What needs to improve", end=None, label="\u25fc"),
    PB_REPORT: dict(start="What needs to improve",
                    end="The experiences and progress of children who need help and protection: "
                        "Good", label="\uf06e"),
}


def _recs(table):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in table]


def wk_recs():
    return _recs(WK_RECS)


def pb_recs():
    return _recs(PB_RECS)


# ---------------------------------------------------------------------------------------------
# Plan 1: Cauldmere - an Excel action tracker printed to PDF "down, then over", answering
# Wokingham 2019-07-15 (ILACS, five items). One row per action: No. | Theme | Action | Lead |
# Support | Target date | RAG | Comments; the theme typed on every row (the sheet is filtered by
# it); no theme rows, no citation column.
# ---------------------------------------------------------------------------------------------

CM_THEMES = [  # in the tracker's order, as typed in the Theme column
    "Recruitment and retention",
    "Children with disabilities",
    "Management grip",
    "Front door and early help",
    "Other service priorities",
]
CM_BAU = ("Front door and early help", "Other service priorities")
CM_HEADER = ("No.", "Theme", "Action", "Lead", "Support", "Target date", "RAG", "Comments")
CM_LEFT = (0, 1, 2)            # the columns of pages 1-2 (No. is column A)
CM_RIGHT = (0, 3, 4, 5, 6, 7)  # the columns of pages 3-4: No. again as a print title, then D:H
CM_RAG = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0"}


def cm_actions():
    acts = []

    def add(theme, text, lead, support, date, rag, comments, links=()):
        """A tracker row: Theme, Action, Lead, Support, Target date (as Excel shows it: a date
        formatted dd/mm/yyyy or mmm-yy, or text as typed; "" empty), RAG, Comments. ``text`` is
        the Action cell, leads_raw the Lead cell, date_raw the Target date cell; Support, RAG
        and Comments are not part of the action. No. is the row's number, 1.. down the sheet."""
        assert theme in CM_THEMES
        no = str(len(acts) + 1)
        acts.append(A(text, lead, date, links, [], False, row=no, section=theme, objective=None,
                      support=support, rag=rag, comments=comments))

    T1, T2, T3, T4, T5 = CM_THEMES

    # Recruitment and retention (R1)
    add(T1, "Pay a market supplement to social workers in the Children with Disabilities Team "
        "and in Family Teams North, South and Central, paid after 12 months' continuous service.",
        "Head of HR", "Finance Business Partner", "30/09/2019", "Green",
        "Agreed at CLT 02/07. First payments in October payroll.",
        links=[(1, "j", "h", "a payment to keep social workers in exactly the teams named: the "
                "disabled children's team and the three long-term teams")])
    add(T1, "Rolling recruitment campaign to fill the 7 vacant posts in the Family Teams with "
        "permanent social workers and stop using agency staff in those teams.",
        "Head of Children's Social Care", "HR Business Partner", "31/12/2019", "Amber",
        "4 offers made, 2 started. Agency still covering 3 posts in Central.",
        links=[(1, "j", "h", "permanent staff in place of agency workers in the long-term "
                "teams")])
    add(T1, "Newly qualified social workers in the Family Teams to have a protected caseload of "
        "no more than 15 children in their first year, and no child protection plans in their "
        "first six months.",
        "Principal Social Worker", "Team Managers", "Sep-19", "Green", "",
        links=[(1, "j", "m", "a protected first year, so that new social workers stay in the "
                "long-term teams")])
    add(T1, "Exit interview with every social worker who leaves the Family Teams or the Children "
        "with Disabilities Team, and a quarterly summary of why people leave to the Workforce "
        "Board.",
        "HR Business Partner", "", "Quarterly", "Green",
        "Q1 summary done - travel and caseloads the main reasons given.",
        links=[(1, "j", "m", "finding out why staff leave the named teams, to keep them")])
    add(T1, "Appoint a permanent team manager and a second senior practitioner to the Children "
        "with Disabilities Team, which has had three interim managers since 2018.",
        "Head of Children's Social Care", "HR Business Partner", "31/10/2019", "Amber",
        "Interviews 19/09.",
        links=[(1, "j", "h", "permanent leadership for the disabled children's team after a run "
                "of interim managers")])
    add(T1, "Career pathway from social worker to advanced practitioner, with clear criteria for "
        "moving up, so that experienced staff can progress without leaving Cauldmere.",
        "Principal Social Worker", "HR Business Partner", "Jan-20", "Red",
        "Not started - waiting for job evaluation.",
        links=[(1, "j", "m", "experienced social workers kept by a way to progress here")])
    add(T1, "Keep caseloads in the Family Teams at 20 children or fewer per social worker, "
        "reported to the Assistant Director every week.",
        "Assistant Director, Children's Social Care", "Performance Team", "Ongoing", "Amber",
        "Central averaging 23 w/c 02/09.",
        links=[(1, "j", "m", "manageable caseloads in the long-term teams, so that workers "
                "stay")])

    # Children with disabilities (R3)
    add(T2, "Every disabled child open to the Children with Disabilities Team to have an "
        "up-to-date social work assessment of the whole family's needs, not only a review of "
        "their short breaks package.",
        "Team Manager, CWD", "Senior Practitioner, CWD", "31/12/2019", "Amber",
        "62 of 140 completed.",
        links=[(3, "j", "h", "the social work help for disabled children and their families "
                "starts from a proper assessment of the family")])
    add(T2, "Social workers in the team trained in Makaton and in using picture and symbol tools, "
        "so that they can find out what children who do not use words think and feel.",
        "Workforce Development Manager", "Team Manager, CWD", "30/11/2019", "Green",
        "Two cohorts booked (Oct, Nov).",
        links=[(3, "j", "h", "social workers able to hear disabled children who do not speak: "
                "the quality of their work with them")])
    add(T2, "When there are worries that a disabled child is being harmed, a social worker from "
        "the Children with Disabilities Team joins the enquiry alongside the duty team.",
        "Head of Children's Social Care", "MASH Manager", "Sep-19", "Complete",
        "Protocol signed off 28/08.",
        links=[(3, "j", "h", "safeguarding enquiries about disabled children made with the "
                "specialist team's knowledge")])
    add(T2, "Joint preparing-for-adulthood meeting with adult social care for every young person "
        "in the team by the age of 14 and a half.",
        "Team Manager, CWD", "Adult Social Care Transitions Lead", "tbc", "Amber",
        "Waiting for ASC to confirm capacity.",
        links=[(3, "j", "m", "disabled young people and their families helped towards "
                "adulthood in good time")])
    add(T2, "Move families who only need a short breaks package to a family support worker, so "
        "that social workers in the team hold fewer cases and see disabled children more often.",
        "Team Manager, CWD", "", "31/01/2020", "",
        "Options paper to DMT in November.",
        links=[(3, "j", "m", "social workers' time freed for the disabled children who need "
                "social work")])
    add(T2, "Six-monthly survey of parents of disabled children, run with the Cauldmere Parent "
        "Carer Forum, asking what difference their social worker has made, with a 'you said, we "
        "did' reply.",
        "Participation Officer", "Parent Carer Forum", "Mar-20", "Green", "",
        links=[(3, "j", "m", "families telling the council whether the social work help makes a "
                "difference: its effectiveness")])

    # Management grip (R4: critical scrutiny by frontline managers; nothing on supervision)
    add(T3, "Team managers to record a management decision on the child's file at every key point "
        "- end of assessment, transfer, closure - saying what they questioned and what they "
        "decided.",
        "Head of Children's Social Care", "Team Managers", "30/09/2019", "Amber",
        "Template live on CareBase 12/08. Use patchy in South.",
        links=[(4, "j", "h", "team managers' challenge written down at every key point: the "
                "level of critical scrutiny")])
    add(T3, "Weekly case direction meeting in each team, where every new assessment is presented "
        "and challenged before it is signed off.",
        "Team Managers", "", "From Sep 19", "Green", "",
        links=[(4, "j", "h", "frontline managers challenging each assessment before sign-off")])
    add(T3, "'Leading Practice' programme for all team managers and assistant team managers: six "
        "sessions on analysing risk, spotting drift and holding workers to account.",
        "Workforce Development Manager", "Principal Social Worker", "31/03/2020", "Green",
        "Sessions 1-2 delivered.",
        links=[(4, "j", "h", "frontline managers trained to question and hold to account")])
    add(T3, "Team managers to audit two of their own team's cases each month with the social "
        "worker, and check four weeks later that the agreed changes have happened.",
        "Quality Assurance Manager", "Team Managers", "Monthly", "Amber",
        "July return 71%.",
        links=[(4, "j", "h", "frontline managers looking critically at their own team's work")])
    add(T3, "Heads of service to dip sample ten management decisions a month and give each team "
        "manager written feedback.",
        "Heads of Service", "", "Monthly", "Green", "",
        links=[(4, "j", "m", "the managers' own challenge checked and sharpened by their heads "
                "of service")])

    # Front door and early help (orphans)
    add(T4, "Schools and health visitors to use the new online request for support form for the "
        "Early Help Hub.",
        "Early Help Manager", "", "30/09/2019", "Complete", "Live from 2 September.")
    add(T4, "Police and health colleagues in the MASH to sit together at the Civic Offices five "
        "days a week.",
        "MASH Manager", "Police DI, Public Protection", "31/10/2019", "Amber",
        "Room booked; health rota not agreed.")
    add(T4, "Four training sessions for designated safeguarding leads in schools on completing "
        "early help assessments.",
        "Early Help Manager", "Education Safeguarding Adviser", "Dec-19", "Green", "")

    # Other service priorities (orphans, the decoys among them)
    add(T5, "Children's complaints to move to the corporate complaints team, with a quarterly "
        "report on their impact to the Corporate Leadership Team.",
        "Customer Relations Manager", "", "31/01/2020", "Green", "")
    add(T5, "Health and Wellbeing Board to take oversight of the new emotional wellbeing pathway "
        "for children, with a progress report at each meeting.",
        "Director of Public Health", "Head of Commissioning", "Nov-19", "Amber",
        "On Board agenda for 14/11.")
    add(T5, "Supervising social workers to provide each fostering household with a supervision "
        "visit at least every six weeks.",
        "Fostering Team Manager", "", "Ongoing", "Green", "")
    add(T5, "Recruit 10 new foster carers, four of them for teenagers.",
        "Fostering Team Manager", "Marketing Team", "31/03/2020", "Amber",
        "3 approved, 5 in assessment.")
    add(T5, "Summer activity programme for young people in four parks, with the youth service.",
        "", "Youth Service", "31/08/2019", "Complete", "")
    add(T5, "Upgrade CareBase to version 9 and move all teams onto the new forms.",
        "ICT Business Partner", "CareBase Support Team", "tbc", "Red",
        "Supplier date slipped again.")
    add(T5, "Renew the out of hours service agreement with Harlow Vale Council for a further "
        "three years.",
        "Commissioning Manager", "", "31/03/2020", "", "")
    return acts


CM = {
    "name": "cauldmere", "ext": "pdf", "report": WK_REPORT, "recs": wk_recs,
    "pages": WK_PAGES, "council": "Cauldmere Borough Council",
    "actions": cm_actions, "bounds": (20, 40),
    "expected": {1: "covered", 2: "weak", 3: "covered", 4: "weak", 5: "uncovered"},
    "unanswered": [5], "passing": [2], "partial": [4],
    "orphans": [19, 20, 21, 22, 23, 24, 25, 26, 27, 28],
    "miscited": [],
    "passing_phrase": {2: (3, "no child protection plans in their first six months")},
    "decoys": {5: [22, 23]},
    "ask_decoys": {4: [24]},
    "asks": {1: [("the stability of the workforce in the disabled children's team",
                  [1, 4, 5]),
                 ("the stability of the workforce in the three long-term teams",
                  [1, 2, 3, 4, 7])],
             4: [("the level of critical scrutiny provided by frontline managers",
                  [14, 15, 16, 17, 18]),
                 ("the quality of supervision provided by frontline managers", [])]},
    "notes": None,  # set below, after the page split is known
}

# the print layout: which rows Excel put on the first page of each vertical strip (pages 1 and
# 3); the rest are on pages 2 and 4. Asserted by the writer.
CM_FIRST_PAGE_ROWS = 17

CM["notes"] = (
    "PDF printed from an Excel action tracker (sheet 'Tracker'), A4 portrait, no fit-to-page "
    "scaling: the print area A1:H29 is TOO WIDE FOR ONE PAGE, and Excel printed it 'down, then "
    "over' (the default page order). Pages 1-2 hold columns A:C (No. | Theme | Action) for every "
    "row; pages 3-4 hold columns D:H (Lead | Support | Target date | RAG | Comments) for the same "
    "rows in the same order. Row 1 (the header row) and column A (No.) are print titles, "
    "repeated on every page, so page 3 shows No. | Lead | Support | Target date | RAG | Comments "
    f"for rows 1-{CM_FIRST_PAGE_ROWS} (the rows of page 1) and page 4 the same for rows "
    f"{CM_FIRST_PAGE_ROWS + 1}-28 (the rows of page 2): an action's lead and date stand two pages "
    "after its text and line up with it only through the repeated No. Row heights are the same "
    "in both strips (a row's height is set by its tallest wrapped cell, Action or Comments). "
    "Gridlines printed; the header row shaded; RAG cells filled in their colour. Excel page header "
    "on every page: 'Cauldmere Borough Council' (left), 'Children's Social Care Improvement Plan - "
    "Action Tracker' (centre), 'OFFICIAL' (right); footer: the workbook's full path and file name "
    "(left) and 'Page N of 4' (right). No title rows in the sheet. One row per action, no theme "
    "rows: the Theme column is typed on every row. 'row' is the No. cell ('1'-'28'), 'section' "
    "the Theme cell, 'text' the Action cell, 'leads_raw' the Lead cell only (Support names who "
    "helps), 'date_raw' the Target date cell as printed: a date in dd/mm/yyyy, 'Sep-19' / "
    "'Jan-20' / 'Mar-20' / 'Dec-19' / 'Nov-19' where the cell is formatted mmm-yy, or text as "
    "typed ('Ongoing', 'Quarterly', 'Monthly', 'From Sep 19', 'tbc'); 'objective' null. RAG and "
    "Comments are not part of the action. Empty Lead: orphan 26 ('Summer activity programme'). "
    "Target date 'tbc': action 11 ('Joint preparing-for-adulthood meeting') and orphan 27 "
    "('Upgrade CareBase'). Straight apostrophes and hyphens as typed in Excel. Nothing cites a "
    "number: explicit_refs is [] everywhere and every link is judged. Hard unanswered: R5 (the "
    "oversight and impact of the corporate parenting board): nothing is aimed at it and nothing "
    "speaks of corporate parenting, councillors or the board; orphan 22 ('Children's complaints "
    "to move to the corporate complaints team', a quarterly report on their 'impact' to the "
    "'Corporate' Leadership Team) and orphan 23 ('Health and Wellbeing Board to take oversight', "
    "a 'Board' taking 'oversight' of an emotional wellbeing pathway) share its words but neither "
    "touches the corporate parenting board. Passing: R2 (the effectiveness of child in need and "
    "child protection plans) is touched only by action 3 ('Newly qualified social workers in the "
    "Family Teams to have a protected caseload', aimed at R1), which keeps 'no child protection "
    "plans in their first six months' off new workers' caseloads; nothing makes plans more "
    "effective; weak, no link. Partly answered (see asks): R4: the level of critical scrutiny "
    "provided by frontline managers is answered by actions 14-18 (management decisions recorded "
    "at key points, weekly case direction, the Leading Practice programme, managers' own audits, "
    "heads of service dip sampling management decisions); the quality of supervision provided by "
    "frontline managers by nothing, and no linked row names supervision; ask decoy: orphan 24 "
    "('Supervising social workers to provide each fostering household with a supervision visit', "
    "fostering supervision, not frontline managers'); weak. Answered: R1 by actions 1-7, both "
    "asks (the disabled children's team: 1, 4, 5; the three long-term teams, which the council "
    "calls Family Teams North, South and Central: 1, 2, 3, 4, 7; action 6, a career pathway, is "
    "for all social workers); R3 by actions 8-13 (whole-family assessments, Makaton and symbol "
    "tools, the specialist team in safeguarding enquiries, preparing for adulthood, fewer cases "
    "for the team's social workers, a survey of parents). Orphans 19-28: the whole of the themes "
    "'Front door and early help' (19-21) and 'Other service priorities' (22-28: also fostering "
    "recruitment, a summer programme, the case recording system, an out of hours agreement). "
    "'action N' means cauldmere-N, which is also the No. cell; actions are numbered down the "
    "sheet: 1-7 'Recruitment and retention', 8-13 'Children with disabilities', 14-18 "
    "'Management grip', 19-21 and 22-28 the two business-as-usual themes. The plan's own names: "
    "Family Teams North, South and Central (the long-term teams), the Children with Disabilities "
    "Team (CWD), CareBase (case record), the Cauldmere Parent Carer Forum, Leading Practice, the "
    "Civic Offices, Harlow Vale Council.")


# ---------------------------------------------------------------------------------------------
# Plan 2: Quenbury - a Word improvement plan with nested tables, answering Peterborough
# 2018-08-06 (ILACS, five items). Main table Objective | Actions | Lead | Quarter, one row per
# objective; Actions cell: a nested table # | Action; Lead and Quarter cells: one line per
# action.
# ---------------------------------------------------------------------------------------------

QB_OBJECTIVES = {  # number: the Objective cell's statement (under a bold "Objective N")
    1: "Children who go missing or who are at risk of exploitation have their risks understood "
       "and acted on quickly.",
    2: "Young people leaving our care know what they are entitled to and how to get it.",
    3: "Social workers get the same direction from their managers in every team, and it is "
       "written on the child's record.",
    4: "Families get help at the right time from the right service.",
    5: "Children in care and adopted children and adults are well supported.",
    6: "A stable, skilled workforce.",
}
QB_BAU = (4, 5, 6)
QB_SOFT = 3  # the objective whose Lead and Quarter lines are soft line breaks (Shift+Enter)
QB_YEAR = "2018/19"


def qb_actions():
    acts = []

    def add(obj, text, lead, quarter, links=()):
        """An action: a row of objective ``obj``'s nested table ('#' is "<obj>.<k>"), its line
        of the Lead cell and its line of the Quarter cell ("" an empty line)."""
        k = sum(1 for a in acts if a["extra"]["obj"] == obj) + 1
        acts.append(A(curly(text), lead, quarter, links, [], False, row=f"{obj}.{k}",
                      section=None, objective=curly(QB_OBJECTIVES[obj]), obj=obj))

    # Objective 1 (R1); a passing mention of R3
    add(1, "A single screening tool for every team, used when a child goes missing for the "
        "second time or when anyone is worried that they are being groomed.",
        "Exploitation Hub", "Q1",
        links=[(1, "j", "h", "every child missing or at risk of being groomed screened the same "
                "way: the start of their assessment")])
    add(1, "Refresh the specialist risk assessment so that it ends with a written analysis of "
        "what the risk means for this child, and a clear decision.",
        "Exploitation Hub", "Q2",
        links=[(1, "j", "h", "the assessment of risk for these children made analytical")])
    add(1, "Two-day course for every social worker in the duty and long-term teams on spotting "
        "grooming and using the refreshed tool, with a refresher each year.",
        "Workforce Development", "Q2",
        links=[(1, "j", "h", "social workers trained to recognise grooming and to use the "
                "refreshed risk assessment")])
    add(1, "Update the child's risk assessment after every missing episode, using what the child "
        "said in their return interview.",
        "Assessment Teams", "Ongoing",
        links=[(1, "j", "h", "the assessment of a missing child kept current after each "
                "episode")])
    add(1, "A specialist social worker in the MASH to advise on every assessment where sexual "
        "exploitation is suspected.",
        "MASH Team", "Q3/Q4",
        links=[(1, "j", "h", "specialist advice on assessments of children at risk of sexual "
                "exploitation")])

    # Objective 2 (R4, partly: what they are entitled to; nothing on health histories)
    add(2, "Rewrite the local offer for care leavers with the Care Leavers' Forum, in plain "
        "English, online and as a pocket booklet.",
        "Leaving Care Team", "Q2",
        links=[(4, "j", "h", "clearer information for care leavers about what they are "
                "entitled to")])
    add(2, "Personal advisers to go through a 'what I'm entitled to' checklist with each young "
        "person at 17 and a half and at every pathway plan review.",
        "Leaving Care Team", "Q1",
        links=[(4, "j", "h", "each care leaver told in person what they are entitled to")])
    add(2, "A care leavers' app with money, housing and education entitlements in one place.",
        "Digital Services", "Q3/Q4",
        links=[(4, "j", "m", "entitlements set out for care leavers where they will look")])
    add(2, "Independent reviewing officers to check at the last review before 18 that the young "
        "person has been given the local offer and understands it.",
        "IRO Service", "Q2",
        links=[(4, "j", "m", "a check that each young person has the information and "
                "understands it")])

    # Objective 3 (R5); its Lead and Quarter cells use soft line breaks
    add(3, "One supervision policy and recording template for every social work team, with the "
        "record on the child's file within five working days.",
        "Principal Social Worker", "Q1",
        links=[(5, "j", "h", "casework supervision recorded the same way in every team")])
    add(3, "Monthly report, team by team, of the children whose file shows a supervision record "
        "in the last four weeks.",
        "Performance Team", "Q1",
        links=[(5, "j", "h", "the recording of supervision tracked in every team")])
    add(3, "Team managers to add a case direction note at each key decision, using the same "
        "template in every team.",
        "Heads of Service", "Q2",
        links=[(5, "j", "h", "managers' direction on cases given and recorded alike across "
                "teams")])
    add(3, "Twice-yearly dip sample of one-to-one notes in every team, reported to the Practice "
        "Quality Group.",
        "Quality Assurance Team", "Q3/Q4",
        links=[(5, "j", "h", "supervision records checked in every team, so that differences "
                "are found")])
    add(3, "Coaching course for new team managers and senior practitioners on running a good "
        "one-to-one.",
        "Workforce Development", "Q3/Q4",
        links=[(5, "j", "m", "the managers who hold supervision (one-to-ones) trained to one "
                "standard")])

    # Objective 4 (orphans)
    add(4, "One online referral form for all partners, replacing the six forms in use now.",
        "MASH Team", "Q1")
    add(4, "Open family hubs in Northgate and Eastmoor, with health visitors and early help "
        "workers in one building.",
        "Early Help", "Q3/Q4")

    # Objective 5 (orphans, the decoys among them)
    add(5, "Form F fostering assessments to include a chronology of the applicant's own life, "
        "checked by the panel adviser before panel.",
        "Fostering Team", "Q2")
    add(5, "Counselling for adopted adults who want to access their birth records and family "
        "history.",
        "Adoption Support", "Ongoing")
    add(5, "Independent reviewing officers to meet each child before their review, in a place "
        "the child chooses.",
        "IRO Service", "Q1")
    add(5, "Recruit 15 new fostering households, 5 of them for brothers and sisters.",
        "Fostering Team", "Q3/Q4")
    add(5, "Personal education plans for children in care to be completed online.",
        "Virtual School", "Q2")

    # Objective 6 (orphans); its last Quarter line empty
    add(6, "Six places on the social work degree apprenticeship for Quenbury staff.",
        "Workforce Development", "Q3/Q4")
    add(6, "New laptops and agile working for all social workers.",
        "tbc", "")
    return acts


QB = {
    "name": "quenbury", "ext": "docx", "report": PB_REPORT, "recs": pb_recs,
    "pages": PB_PAGES, "council": "Quenbury City Council",
    "actions": qb_actions, "bounds": (20, 40),
    "expected": {1: "covered", 2: "uncovered", 3: "weak", 4: "weak", 5: "covered"},
    "unanswered": [2], "passing": [3], "partial": [4],
    "orphans": [15, 16, 17, 18, 19, 20, 21, 22, 23],
    "miscited": [],
    "passing_phrase": {3: (4, "what the child said in their return interview")},
    "decoys": {2: [17]},
    "ask_decoys": {4: [18]},
    "asks": {4: [("the quality of information provided to care leavers about their rights and "
                  "entitlements", [6, 7, 8, 9]),
                 ("how care leavers can access their health histories", [])],
             5: [("consistency of management oversight across all social work teams",
                  [10, 12, 13, 14]),
                 ("recording of casework supervision across all social work teams",
                  [10, 11, 13])]},
    "notes": (
        "DOCX, A4 landscape, Word's curly apostrophes. A title block ('Quenbury City Council', "
        "'Children's Services', 'Improvement Plan 2018/19', a version line) and two paragraphs "
        "of introduction (not actions); then ONE main table, header row repeated on every page: "
        "Objective | Actions | Lead | Quarter, one row per objective (six). The Objective cell "
        "holds a bold 'Objective N' and under it the objective's statement ('objective' is the "
        "statement without the label; 'section' null). The Actions cell holds a NESTED TABLE (a "
        "w:tbl inside the w:tc) with a shaded header row '#' | 'Action' and one row per action; "
        "'#' is '<objective>.<k>' ('1.1' ... '6.2'), which is 'row'; 'text' is the nested "
        "Action cell. The Lead cell of the main row holds the leads, one line per action, in the "
        "nested table's order ('leads_raw' the line: team names such as 'MASH Team', 'IRO "
        "Service', 'Workforce Development'; 'tbc' for orphan 23 ('New laptops and agile "
        "working')); the Quarter cell likewise ('date_raw' the line: 'Q1', 'Q2', 'Q3/Q4', "
        "'Ongoing'; the Quarter cell of objective 6 ends with an EMPTY line, orphan 23's: "
        "date_raw ''). The lines are separate paragraphs, except in objective 3's Lead and "
        "Quarter cells, where they are soft line breaks (Shift+Enter) in one paragraph. The "
        "lines do not sit beside their actions: a nested row that wraps over two lines, and the "
        "nested header row, push the rows down while the Lead and Quarter lines stay single, so "
        "a line matches its action only by its place in the list. The financial year is stated "
        "only in the title ('Improvement Plan 2018/19') and in the note under the table "
        "('Quarters are of the financial year 2018/19: ...'); the Quarter cells hold the quarter "
        "alone. After the note a heading 'Glossary of terms' and a two-column table Term | "
        "Meaning (MASH, IRO, PA, CSE ...): not a plan, not actions. Nothing cites a number: "
        "explicit_refs is [] everywhere and every link is judged. Hard unanswered: R2 (the use "
        "of chronologies in underpinning children's assessments): nothing is aimed at it and no "
        "linked action speaks of chronologies or histories; orphan 17 ('Form F fostering "
        "assessments to include a chronology', of a prospective foster carer's own life) shares "
        "its words ('chronology', 'assessments') but is about assessing adults who want to "
        "foster, not children. Passing: R3 (the number of return interviews successfully "
        "completed with children missing from care) is touched only by action 4 ('Update the "
        "child's risk assessment after every missing episode', aimed at R1), which uses 'what "
        "the child said in their return interview'; nothing gets more return interviews done; "
        "weak, no link. Partly answered (see asks): R4: information for care leavers about "
        "their rights and entitlements is answered by actions 6-9: action 6 ('Rewrite the local "
        "offer for care leavers'), action 7 ('Personal advisers to go through a'), action 8 ('A "
        "care leavers'), an app, and action 9 ('Independent reviewing officers to check at the "
        "last review'); how to "
        "access their health histories by nothing, and no linked action names health or "
        "histories; ask decoy: orphan 18 ('Counselling for adopted adults who want to access "
        "their birth records and family history'); weak. Answered: R1 by actions 1-5 (action "
        "1 ('A single screening tool for every team'), the refreshed specialist risk assessment, "
        "training, updating the assessment after each missing episode, action 5 ('A specialist "
        "social worker in the MASH')); R5 by actions 10-14, "
        "both asks (consistent oversight across teams: 10, 12, 13, 14; recording of casework "
        "supervision: 10, 11, 13). Orphans 15-23: the whole of objectives 4, 5 and 6 (also a "
        "referral form, family hubs, IROs meeting children, fostering recruitment, personal "
        "education plans, apprenticeships, laptops). 'action N' means quenbury-N, numbered down "
        "the main table and, within each objective, down its nested table: 1-5 objective 1, "
        "6-9 objective 2, 10-14 objective 3, 15-16 objective 4, 17-21 objective 5, 22-23 "
        "objective 6. The plan's own names: the Exploitation Hub, the Care Leavers' Forum, the "
        "Practice Quality Group, Northgate and Eastmoor."),
}

PLANS = [CM, QB]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its number
# ---------------------------------------------------------------------------------------------

def build_bb(plan, set_name="bb"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

CM_PAGE_HEADER = ("Cauldmere Borough Council",
                  "Children's Social Care Improvement Plan - Action Tracker", "OFFICIAL")
CM_PATH = ("\\\\cbc-fs02\\Childrens Services\\CSC Improvement\\Ofsted 2019\\"
           "CSC Improvement Plan Tracker v0.9.xlsx")
# column widths in points (Excel's character widths at Calibri 11, roughly), by column A..H
CM_WIDTHS = (34, 92, 360, 100, 94, 62, 54, 150)


def cm_cells(a):
    x = a["extra"]
    return (a["row"], a["section"], a["text"], a["lead"], x["support"], a["date"], x["rag"],
            x["comments"])


def write_cm(plan, acts, path):
    canvas_mod = reportlab_canvas()  # invariant mode before anything is drawn
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit

    w, h = A4
    # Excel's "Normal" margins: 0.7" left and right, 0.75" top and bottom, header and footer 0.3"
    left, top, bottom, hf = 0.7 * 72, 0.75 * 72, 0.75 * 72, 0.3 * 72
    font, bold, size, lead = "Helvetica", "Helvetica-Bold", 10, 13
    pad = 2.5
    for strip in (CM_LEFT, CM_RIGHT):  # each strip fits the page's width, both do not
        assert sum(CM_WIDTHS[c] for c in strip) <= w - 2 * left, strip
    assert sum(CM_WIDTHS) > w - 2 * left

    rows = [cm_cells(a) for a in acts]

    def lines(text, c, f=font):
        return simpleSplit(text, f, size, CM_WIDTHS[c] - 2 * pad) if text else []

    # a row's height is its tallest wrapped cell over ALL columns, as Excel's autofit sets it
    def height(cells, f=font):
        return max(max(len(lines(t, c, f)), 1) for c, t in enumerate(cells)) * lead + 2 * pad

    head_h = height(CM_HEADER, bold)
    heights = [height(r) for r in rows]
    usable = h - top - bottom - head_h
    pages, cur, used = [], [], 0.0
    for i, hh in enumerate(heights):
        if cur and used + hh > usable:
            pages.append(cur)
            cur, used = [], 0.0
        cur.append(i)
        used += hh
    pages.append(cur)
    assert len(pages) == 2 and len(pages[0]) == CM_FIRST_PAGE_ROWS, [len(p) for p in pages]

    grid, head_fill = HexColor("#A6A6A6"), HexColor("#1F4E78")
    c = canvas_mod.Canvas(str(path), pagesize=A4)
    c.setTitle("CSC Improvement Plan Tracker v0.9")
    c.setAuthor("Cauldmere Borough Council")
    c.setCreator("Microsoft\u00ae Excel\u00ae for Microsoft 365")
    c.setProducer("Microsoft\u00ae Excel\u00ae for Microsoft 365")
    total = 2 * len(pages)
    n = 0
    for strip in (CM_LEFT, CM_RIGHT):  # down, then over
        for page in pages:
            n += 1
            c.setFont(font, 9)
            c.setFillColor(HexColor("#000000"))
            c.drawString(left, h - hf - 9, CM_PAGE_HEADER[0])
            c.setFont(bold, 9)
            c.drawCentredString(w / 2, h - hf - 9, CM_PAGE_HEADER[1])
            c.setFont(font, 9)
            c.drawRightString(w - left, h - hf - 9, CM_PAGE_HEADER[2])
            c.setFont(font, 7)
            c.drawString(left, hf, CM_PATH)
            c.drawRightString(w - left, hf, f"Page {n} of {total}")
            y = h - top
            for cells, hh, is_head in [(CM_HEADER, head_h, True)] + \
                    [(rows[i], heights[i], False) for i in page]:
                x = left
                for col in strip:
                    cw = CM_WIDTHS[col]
                    text = cells[col]
                    fill = None
                    if is_head:
                        fill = head_fill
                    elif col == 6 and text:
                        fill = HexColor("#" + CM_RAG[text])
                    if fill is not None:
                        c.setFillColor(fill)
                        c.rect(x, y - hh, cw, hh, stroke=0, fill=1)
                    c.setStrokeColor(grid)
                    c.setLineWidth(0.4)
                    c.rect(x, y - hh, cw, hh, stroke=1, fill=0)
                    f = bold if is_head else font
                    c.setFont(f, size)
                    c.setFillColor(HexColor("#FFFFFF") if is_head else HexColor("#000000"))
                    for k, line in enumerate(lines(text, col, f)):
                        ty = y - pad - size - k * lead + 1
                        if col == 0 or col == 6:
                            c.drawCentredString(x + cw / 2, ty, line)
                        else:
                            c.drawString(x + pad, ty, line)
                    x += cw
                y -= hh
            c.showPage()
    c.save()


QB_TITLE = ("Quenbury City Council", "Children\u2019s Services", f"Improvement Plan {QB_YEAR}",
            "Version 2.1 \u2013 September 2018 \u2013 Owner: Assistant Director, Children\u2019s "
            "Social Care")
QB_INTRO = [
    "Our children\u2019s services were judged good in the summer of 2018. This plan sets out the "
    "improvements we will make this year, grouped under six objectives. The first three respond "
    "to what we were told we could do better; the others carry on work already under way.",
    "Each objective lists its actions, who leads them and the quarter by which we expect them "
    "to be done. Progress is reported to the Children\u2019s Services Management Team every month "
    "and to the Improvement Board every quarter.",
]
QB_NOTE = (f"Quarters are of the financial year {QB_YEAR}: Q1 April\u2013June, Q2 "
           "July\u2013September, Q3 October\u2013December, Q4 January\u2013March. \u2018Ongoing\u2019 "
           "means the action becomes part of normal practice and is not closed.")
QB_GLOSSARY = [
    ("CSE", "Child sexual exploitation"),
    ("IRO", "Independent reviewing officer, who chairs the reviews of children in care"),
    ("MASH", "Multi-agency safeguarding hub, our front door for referrals"),
    ("PA", "Personal adviser for a young person leaving care"),
    ("Pathway plan", "The plan for a young person leaving care, reviewed every six months"),
    ("Form F", "The national assessment form for prospective foster carers"),
    ("Local offer", "What the council offers young people leaving its care"),
    ("PEP", "Personal education plan"),
]


def write_qb(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.footer.paragraphs[0].text = curly(f"Quenbury City Council \u2013 Children's Services "
                                          f"Improvement Plan {QB_YEAR} \u2013 v2.1")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_paragraph(QB_TITLE[0], style="Title")
    doc.add_paragraph(QB_TITLE[1], style="Subtitle")
    r = doc.add_paragraph().add_run(QB_TITLE[2])
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(QB_TITLE[3])
    for p in QB_INTRO:
        doc.add_paragraph(p)

    def fill(cell, text, bold=False, size=9, colour=None):
        cell.text = ""
        p = cell.paragraphs[0]
        for run in list(p._p.r_lst):
            p._p.remove(run)
        if not text:
            return p
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        return p

    def line_list(cell, values, soft):
        """One line per action: separate paragraphs, or soft breaks inside one paragraph."""
        cell.text = ""
        p = cell.paragraphs[0]
        for run in list(p._p.r_lst):
            p._p.remove(run)
        for k, v in enumerate(values):
            if k and not soft:
                p = cell.add_paragraph()
            run = p.add_run()
            run.font.size = Pt(9)
            if k and soft:
                run.add_break(WD_BREAK.LINE)
            if v:
                run.add_text(v)

    widths = [Cm(5.6), Cm(15.0), Cm(3.6), Cm(1.9)]
    inner_w = [Cm(1.1), Cm(13.6)]
    groups = _groups(acts, lambda a: a["extra"]["obj"])
    table = doc.add_table(rows=1 + len(groups), cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, head, wd in zip(table.rows[0].cells, ("Objective", "Actions", "Lead", "Quarter"),
                              widths):
        fill(cell, head, bold=True, size=10, colour="FFFFFF")
        shade(cell, "2F5496")
        cell.width = wd
    repeat_header(table.rows[0])
    nested = 0
    for row, group in zip(table.rows[1:], groups):
        obj = group[0]["extra"]["obj"]
        cells = row.cells
        for cell, wd in zip(cells, widths):
            cell.width = wd
        fill(cells[0], f"Objective {obj}", bold=True, size=10)
        p = cells[0].add_paragraph()
        p.add_run(group[0]["objective"]).font.size = Pt(9)
        if obj in QB_BAU:
            shade(cells[0], "EDEDED")
        inner = cells[1].add_table(rows=1 + len(group), cols=2)
        # the nested table opens the cell (python-docx leaves the paragraph Word needs after it)
        cells[1]._tc.remove(cells[1].paragraphs[0]._p)
        inner.style = "Table Grid"
        inner.autofit = False
        for cell, head, wd in zip(inner.rows[0].cells, ("#", "Action"), inner_w):
            fill(cell, head, bold=True)
            shade(cell, "D9E2F3")
            cell.width = wd
        for k, a in enumerate(group, 1):
            fill(inner.cell(k, 0), a["row"])
            fill(inner.cell(k, 1), a["text"])
            inner.cell(k, 0).width, inner.cell(k, 1).width = inner_w
        nested += 1
        soft = obj == QB_SOFT
        line_list(cells[2], [a["lead"] for a in group], soft)
        line_list(cells[3], [a["date"] for a in group], soft)
        # the writer's promise: as many lines as nested action rows, in the same order
        for cell in (cells[2], cells[3]):
            text = "\n".join(p.text for p in cell.paragraphs)
            assert text.split("\n") == [(a["lead"] if cell is cells[2] else a["date"])
                                        for a in group], (obj, text)
        assert len(cells[1].tables) == 1 and len(inner.rows) == len(group) + 1
    assert nested == len(groups) == len(QB_OBJECTIVES)

    doc.add_paragraph(QB_NOTE).runs[0].italic = True
    doc.add_paragraph("Glossary of terms", style="Heading 2")
    gl = doc.add_table(rows=1 + len(QB_GLOSSARY), cols=2)
    gl.style = "Table Grid"
    for cell, head in zip(gl.rows[0].cells, ("Term", "Meaning")):
        fill(cell, head, bold=True)
        shade(cell, "D9E2F3")
    for row, (term, meaning) in zip(gl.rows[1:], QB_GLOSSARY):
        fill(row.cells[0], term)
        fill(row.cells[1], meaning)
    docx_props(doc, "Children's Services Improvement Team", f"Improvement Plan {QB_YEAR}")
    doc.save(path)
    normalise_zip(path)


WRITERS = {"cauldmere": write_cm, "quenbury": write_qb}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "cauldmere": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(6, 12)),
    "quenbury": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(6, 12)),
}


def check_recs(plan):
    """The transcribed items: numbered 1..N, clean single-line texts, found word for word and in
    order in the report's block (when the PDF is at hand), with nothing but the bullet glyph
    before each and nothing after the last."""
    recs = plan["recs"]()
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    assert len(recs) == len(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and t.endswith("."), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]
        assert r["page"] in plan["pages"], r["number"]
    spec = BLOCKS[plan["report"]]
    gaps = transcribed_gaps(plan, recs, spec)
    if gaps is None:
        print(f"{plan['name']}: report PDF not at hand, transcription check skipped")
    for r, gap in zip(recs, gaps or ()):
        assert gap == spec["label"], (r["number"], gap)
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


# cauldmere: the unanswered R5 (nothing speaks of corporate parenting or the board's members);
# R4's unanswered ask (no linked row names supervision); the passing R2 (no row but action 3
# names child in need or child protection plans)
CORP_PARENT = re.compile(r"corporate parent|councillor|elected member|lead member", re.I)
SUPERVISION = re.compile(r"supervis", re.I)
CIN_CP = re.compile(r"child in need|child protection plan|\bplans?\b", re.I)
# quenbury: the unanswered R2 (no linked action speaks of chronologies or histories); R4's
# unanswered ask (no linked action names health or histories); the passing R3 (no action but
# action 4 names return interviews, and none aimed at getting them done)
CHRONO = re.compile(r"chronolog|histor|timeline", re.I)
HEALTH = re.compile(r"health|histor|medical|record", re.I)
RETURN = re.compile(r"return (?:home )?interview|independent return|missing from care", re.I)


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
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert curly(phrase) in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert f"R{n}" in d["passing"], (name, n)
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
    # the notes' "action N ('words" / "orphan N ('words" quote action N's own words
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \('([^']+)", d["notes"], re.I)
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
    # at least a third of the links share at most one distinctive word with the recommendation
    # they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # covered recommendations: every ask answered, two to seven actions
    for r, s in gold["expected"].items():
        if s == "covered":
            assert 2 <= len(per_rec[r]) <= 7, (r, per_rec[r])
    # leads and dates: varied, a few missing or "tbc"
    leads = [a["leads_raw"] for a in acts]
    dates = [a["date_raw"] for a in acts]
    assert any(v in ("", "tbc") for v in leads) and any(v in ("", "tbc") for v in dates), name
    assert len(set(leads)) >= 8, (name, set(leads))
    linked = [a for a in acts if mine[a["id"]]]
    if name == "cauldmere":
        check_cm(gold, plan, acts, raw, mine, linked, d)
    if name == "quenbury":
        check_qb(gold, plan, acts, raw, mine, linked, d)
    return True


def check_cm(gold, plan, acts, raw, mine, linked, d):
    assert [a["row"] for a in acts] == [str(i) for i in range(1, len(acts) + 1)]
    themes = [g[0]["section"] for g in _groups(acts, lambda a: a["section"])]
    assert themes == CM_THEMES, themes
    assert {a["id"] for a in acts if a["section"] in CM_BAU} == set(d["orphans"])
    # no theme is numbered or names the report; themes not in the report's order of aims
    assert not any(re.search(r"\d|recommend|ofsted", t, re.I) for t in CM_THEMES)
    for a, r in zip(acts, raw):
        x = r["extra"]
        assert "\u2019" not in a["text"] + a["leads_raw"], a["id"]  # typed in Excel
        assert not x["rag"] or x["rag"] in CM_RAG, a["id"]
        assert not CORP_PARENT.search(" ".join(cm_cells(r))), a["id"]  # nothing for R5
        if mine[a["id"]]:
            assert not SUPERVISION.search(a["text"] + x["comments"]), a["id"]
    for a in acts:  # the passing R2: only action 3 names plans of any kind
        if CIN_CP.search(a["text"]):
            assert a["id"] == "cauldmere-3", a["id"]
    for a in linked:  # R1's rows name the teams; R3's rows are about disabled children
        if "R1" in mine[a["id"]]:
            assert re.search(r"Family Teams|Children with Disabilities|social worker", a["text"])
        if "R3" in mine[a["id"]]:
            assert re.search(r"disabled|Disabilities|the team|Makaton", a["text"]), a["id"]
    dates = [a["date_raw"] for a in acts]
    for pat in (r"\d\d/\d\d/20\d\d", r"[A-Z][a-z]{2}-\d\d", "Ongoing", "Quarterly", "Monthly",
                "tbc", r"From .*"):
        assert any(re.fullmatch(pat, v) for v in dates), pat
    for v in dates:
        assert re.fullmatch(r"\d\d/\d\d/20\d\d|[A-Z][a-z]{2}-\d\d|Ongoing|Quarterly|Monthly|tbc|"
                            r"From [A-Z][a-z]{2} \d\d|", v), v
    # the empty leads and the "tbc" dates are the ones the notes name
    assert [a["id"] for a in acts if not a["leads_raw"]] == ["cauldmere-26"]
    assert [a["id"] for a in acts if a["date_raw"] == "tbc"] == ["cauldmere-11", "cauldmere-27"]
    assert f"rows 1-{CM_FIRST_PAGE_ROWS} " in d["notes"]


def check_qb(gold, plan, acts, raw, mine, linked, d):
    objs = [g[0]["extra"]["obj"] for g in _groups(raw, lambda r: r["extra"]["obj"])]
    assert objs == sorted(QB_OBJECTIVES), objs
    assert {a["id"] for a, r in zip(acts, raw) if r["extra"]["obj"] in QB_BAU} == \
        set(d["orphans"])
    for a, r in zip(acts, raw):
        obj = r["extra"]["obj"]
        assert a["row"].split(".")[0] == str(obj) and a["section"] is None, a["id"]
        assert a["objective"] == curly(QB_OBJECTIVES[obj]), a["id"]
        assert "'" not in a["text"], a["id"]  # Word's curly apostrophes
        assert re.fullmatch(r"Q[1-4]|Q3/Q4|Ongoing|", a["date_raw"]), a["id"]
        assert not re.search(r"20\d\d|April|July|October|January", a["date_raw"] + a["text"]), \
            a["id"]  # the year is in the title and the note only
        assert not RETURN.search(a["text"]) or a["id"] == "quenbury-4", a["id"]
    for a in linked:
        assert not CHRONO.search(a["text"]), a["id"]
        assert not HEALTH.search(a["text"]) or "R5" in mine[a["id"]], a["id"]
        if "R4" in mine[a["id"]]:
            assert not HEALTH.search(a["text"]), a["id"]
    assert not any(CHRONO.search(t) for t in QB_INTRO + list(QB_OBJECTIVES.values()))
    assert not any(re.search(r"health|histor", t, re.I) for t in QB_OBJECTIVES.values())
    assert [a["id"] for a in acts if a["leads_raw"] == "tbc"] == ["quenbury-23"]
    assert [a["id"] for a in acts if not a["date_raw"]] == ["quenbury-23"]
    assert not any(not a["leads_raw"] for a in acts)
    for v in ("MASH Team", "IRO Service", "Workforce Development"):
        assert v in {a["leads_raw"] for a in acts}, v
    for v in ("Q1", "Q2", "Q3/Q4", "Ongoing"):
        assert v in {a["date_raw"] for a in acts}, v


if __name__ == "__main__":
    main(sys.argv[1:], "bb", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_bb)
