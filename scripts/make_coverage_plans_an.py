"""Write the sealed coverage evaluation set "an": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_an.py            # writes documents and gold
    python scripts/make_coverage_plans_an.py --check    # only runs the consistency checks

Documents: corpus/coverage/an/<name>.<ext>      Gold: corpus/gold/coverage/an/<name>.json

The two documents imitate what councils' own systems produce: an Excel workbook exported from a
SharePoint list (one sheet named after the list, "Ofsted Improvement Plan", holding a flat table
formatted as an Excel table, its header row keeping SharePoint's internal column names where the
export kept them: Title | Ofsted_x0020_Recommendation | Assigned_x0020_To | Target_x0020_Date |
Status | Modified | Modified By | Item Type | Path; Title holds the action, as SharePoint lists
call their first column; the recommendation column is a multi-value lookup shown "Rec 27" or
"Rec 15;#Rec 16" and empty on some rows; Assigned To holds people as "Surname, Firstname" or as
claims strings "i:0#.f|membership|firstname.surname@chaldermoor.council.example", two of them
joined by ";#" on some rows; Target Date and Modified are real Excel datetimes with times
(deadlines at 17:00); Item Type "Item" and Path the list's site path on every row; rows in the
list's ID order, so the actions aimed at one recommendation are not always next to each other),
and an HTML e-mail saved from Outlook (.htm, windows-1252, Word-generated markup: the xmlns:o /
xmlns:w namespaces, <p class=MsoNormal>, mso- styles in a <style> block, conditional comments,
<o:p></o:p>, &nbsp;, long lines wrapped by Word; an e-mail header block From / Sent / To / Cc /
Subject as a table, a greeting and two paragraphs of prose, then the plan as a Word table
(class=MsoTableGrid) Theme | What we will do | Who | When, the Theme cell merged down the rows of
its theme (rowspan), cells holding <p class=MsoNormal> paragraphs: some What cells hold two
paragraphs, either two actions (with one shared Who and When, or a Who and When paragraph for
each) or an action and a sentence explaining it; then a signature block and a disclaimer).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: the local-authority items of both reports were transcribed by hand from the
report PDFs for this set (text read with pypdfium2) and are held below as data (BU_RECS,
LE_RECS), word for word, lines broken by the PDF joined, the reports' curly apostrophes and
quotation marks kept; they are passed to build_gold(recs=...). Buckinghamshire 2014 is a SIF
report: its "What does the local authority need to improve?" holds the numbered items 12-44 under
two sub-headings, "Priority and immediate action" (12-26) and "Areas for improvement" (27-44);
all 33 are addressed to the local authority and all are taken, numbered as the report numbers
them (as set ae did for Waltham Forest); the board's items (147-156, "What does the LSCB need to
improve?", page 28) are left out. Nothing is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(27, "j", "h", "why")]  action is aimed at R27; "e" explicit (the action's row cites
                                   27 in the lookup column and the text supports it) or "j"
                                   judged; "h" high / "m" medium
    mis=True                       the lookup cites a number the action does not answer
Actions with no links are orphans (see each plan's design notes). Design lists and asks name an
action by its number N (the action is <name>-N, numbered down the sheet or the table): neither
format gives an action a reference of its own.

All councils, people, teams, systems, charities and local programmes are fictional (national
schemes and terms such as staying put, Staying Close, the Public Law Outline, letters before
proceedings, legal gateway meetings, personal education plans, the virtual school or education,
health and care plans are named as councils name them); no real person is named. Output is
deterministic: the XLSX core properties are fixed and every zip member is written with a fixed
timestamp; the HTML is written from the data with fixed dates.
"""

import html
import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, FIXED, build_gold, main, normalise_zip  # noqa: E402
from _coverage_sets import curly, groups as _groups, words as _words  # noqa: E402
from _coverage_sets import transcribed_gaps  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Buckinghamshire, inspection of services for children in need of help and protection, children
# looked after and care leavers, and review of the LSCB (SIF), report published 8 August 2014
# (overall inadequate). "What does the local authority need to improve?", pages 5-8 of the PDF:
# numbered paragraphs 12-44, all addressed to the local authority, under "Priority and
# immediate action" (12-26, pages 5-6) and "Areas for improvement" (27-44, pages 7-8). Numbered
# as printed; lines broken by the PDF joined with a space; the report's curly apostrophes and
# single quotation marks kept (R37 "'good' and 'outstanding'", R39 "'staying-put'"); R30's
# "looked after reviews meetings" and R44's "Children & Young People's" as printed. The
# board's recommendations (147-156, page 28) are not part of the list.
# ---------------------------------------------------------------------------------------------

BU_REPORT = "buckinghamshire-80442/2014-08-08.pdf"
BU_PAGES = (5, 6, 7, 8)

BU_RECS = [  # (number, page, text)
    (12, 5, "Review all unallocated cases that have been closed without the child\u2019s needs "
            "being assessed and ensure that any necessary action is taken to meet them."),
    (13, 5, "Ensure that the local authority as a whole takes responsibility for and prioritises "
            "the improvements needed in children\u2019s social care."),
    (14, 5, "Ensure that all partners understand and agree on the multi-agency thresholds "
            "document, that it is implemented and monitored effectively, and that it is "
            "supported by clear guidance."),
    (15, 5, "Ensure that there are enough suitably qualified and skilled social workers and "
            "first-line managers to provide services that are safe, responsive and effective."),
    (16, 5, "Ensure that, when children and young people are referred to children\u2019s social "
            "care, there is sufficient capacity in this part of the service to undertake the "
            "work effectively, and that children are assessed swiftly so that their safety is "
            "secured."),
    (17, 5, "Ensure that suitably qualified staff undertake assessments, that these focus on the "
            "needs and wishes of the child, provide a thorough assessment of parental "
            "attributes, consider historical factors, and analyse risk and resilience factors in "
            "detail."),
    (18, 5, "Ensure that information about children and families is shared and recorded in line "
            "with legislation and case law, with consent obtained except in circumstances where "
            "it would heighten risk of significant harm to a child or young person. Ensure that "
            "historical information is included so that risks can be better analysed and "
            "understood."),
    (19, 5, "Ensure that children and young people are visited regularly, seen alone by their "
            "social workers, and have enough time with them to build and maintain positive "
            "relationships."),
    (20, 5, "Ensure that case records contain an accurate account of the child\u2019s "
            "experiences, an analysis of their cultural, religious and diversity needs, and "
            "detailed reasons for key decisions."),
    (21, 5, "Ensure that child protection strategy meetings, discussions and conferences consider "
            "the views of all relevant agencies and professionals when determining how to "
            "proceed."),
    (22, 5, "Ensure that all plans for children and young people focus on their assessed needs, "
            "with clear timescales and outcomes by which progress can be measured."),
    (23, 6, "Ensure that core groups consistently review progress in achieving the aims of the "
            "child protection plan and that escalation processes follow if parents fail to "
            "engage."),
    (24, 6, "Undertake timely statutory visits to all looked after children and record on the "
            "children\u2019s case files whether they are spoken to alone."),
    (25, 6, "Ensure that managers\u2019 decisions for children to return to their families are "
            "clearly recorded and supported by a risk assessment and support plan to enable them "
            "to be reunited successfully."),
    (26, 6, "Ensure that allegations of abuse, mistreatment or poor practice by professionals are "
            "dealt with promptly and recorded accurately."),
    (27, 7, "Ensure that the local authority and partners coordinate and target early help "
            "effectively, so that families receive support when their need is first "
            "identified."),
    (28, 7, "Ensure that social work reports presented at reviews for children looked after "
            "include an updated assessment and analysis of the child\u2019s progress since the "
            "previous review to inform future planning."),
    (29, 7, "Review and improve the electronic recording system to ensure that information about "
            "children is contained in one place and can be easily accessed by staff."),
    (30, 7, "Ensure that children\u2019s records are accurate and up to date including ensuring "
            "that records of looked after reviews meetings, reports and minutes are on the "
            "child\u2019s case file."),
    (31, 7, "Ensure sufficient Independent Reviewing Officer capacity exists for them to "
            "undertake their statutory responsibilities, including monitoring children\u2019s "
            "care plans and visiting children between statutory reviews."),
    (32, 7, "Improve the quality of information about individual children in their permanence "
            "reports (CPRs) and about prospective adopters in adoption assessments and ensure "
            "that a senior manager agrees the reports before they go to the panel."),
    (33, 7, "Ensure that all care leavers have a pathway plan to guide their transition to "
            "independence. These should include contingency arrangements, take account of their "
            "education and health history, and be updated promptly as circumstances change."),
    (34, 7, "Improve the timeliness of initial health assessments for looked after children who "
            "live outside Buckinghamshire."),
    (35, 7, "Ensure that sufficient foster carers and children\u2019s home placements are "
            "available in Buckinghamshire to meet needs, and that children are placed out of "
            "area only when it is part of their care plan."),
    (36, 7, "Review all foster carers annually to determine their continued suitability as carers "
            "and to identify their support needs."),
    (37, 7, "Strengthen work to close the gap in educational attainment at secondary school "
            "between looked after children and other pupils in Buckinghamshire and make sure "
            "that looked after children have access to \u2018good\u2019 and "
            "\u2018outstanding\u2019 schools."),
    (38, 7, "Strengthen the representation of care leavers in the Children in Care Council (We "
            "Do Care) and ensure that they are influential in revising the Care Leavers\u2019 "
            "Pledge."),
    (39, 8, "Increase awareness and take-up of the \u2018staying-put\u2019 arrangements for young "
            "people to remain with foster carers beyond the age of 18 and develop more choice "
            "for care leavers\u2019 accommodation, including when they need or wish to settle "
            "outside the county."),
    (40, 8, "Develop further opportunities for care leavers to take up work experience, "
            "apprenticeships and work-based learning."),
    (41, 8, "Raise the proportion of children in care and care leavers who are in education, "
            "employment or training and close the gap between them and other children and young "
            "people in Buckinghamshire."),
    (42, 8, "Raise awareness of private fostering and assess and support all privately fostered "
            "children in accordance with regulations and guidance."),
    (43, 8, "Embed the new performance management framework so that managers at all levels have "
            "timely, relevant and accurate performance and quality assurance information to "
            "enable them to do their jobs effectively and deliver improvements."),
    (44, 8, "Review governance arrangements between the Children & Young People\u2019s "
            "Partnership Board, the Buckinghamshire Safeguarding Children Board (BSCB) and the "
            "Health and Well-being Board so that improved outcomes for children and young people "
            "are prioritised, tracked and evaluated across the partnership."),
]

# ---------------------------------------------------------------------------------------------
# Leicestershire, inspection of local authority children's services (ILACS), report published
# 12 July 2024 (overall effectiveness outstanding). "What needs to improve?", page 2 of the PDF:
# two bullets (black squares, no numbers), both addressed to the local authority, followed by
# the heading "The experiences and progress of children who need help and protection: good".
# Numbered 1-2 in order; lines broken by the PDF joined with a space.
# ---------------------------------------------------------------------------------------------

LE_REPORT = "leicestershire-80483/2024-07-12.pdf"
LE_PAGES = (2,)

LE_RECS = [
    (1, 2, "Monitoring of pre-proceedings to tackle drift and delay and the accessibility of "
           "letters before proceedings."),
    (2, 2, "Timeliness of initial child protection conferences."),
]

# where each list sits in its report: the words opening the block, the words after it (None: the
# end of the last page), and what may stand before each item: its label, after any page furniture
# or sub-heading named for that item
BLOCKS = {
    BU_REPORT: dict(start="What does the local authority need to improve?", end=None,
                    label=lambda n: f"{n}.",
                    before={12: "Priority and immediate action", 23: "6",
                            27: "7 Areas for improvement", 39: "8"}),
    LE_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help and protection",
                    label=lambda n: "\u25fc", before={}),
}


def _recs(table):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in table]


def bu_recs():
    return _recs(BU_RECS)


def le_recs():
    return _recs(LE_RECS)


# ---------------------------------------------------------------------------------------------
# Plan 1: Chaldermoor - an Excel workbook exported from the SharePoint list "Ofsted Improvement
# Plan", answering Buckinghamshire 2014-08-08 (SIF, 33 local-authority recommendations).
# ---------------------------------------------------------------------------------------------

CH_LIST = "Ofsted Improvement Plan"
CH_HEADER = ["Title", "Ofsted_x0020_Recommendation", "Assigned_x0020_To", "Target_x0020_Date",
             "Status", "Modified", "Modified By", "Item Type", "Path"]
CH_PATH = "sites/ChildrensImprovement/Lists/Ofsted Improvement Plan"
CH_DOMAIN = "chaldermoor.council.example"
CH_STATUS = ("Not Started", "In Progress", "Completed", "Deferred")


def claims(first, last):
    """A person as a SharePoint claims string."""
    return f"i:0#.f|membership|{first.lower()}.{last.lower()}@{CH_DOMAIN}"


def due(day, month, year):
    """A deadline as the list stores it: a date at 17:00."""
    return datetime(year, month, day, 17, 0)


def shown(value):
    """A cell as Excel displays it (datetimes in the dd/mm/yyyy hh:mm number format)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    return str(value)


def ch_actions():
    acts = []

    def add(recs, text, people, target, status, modified, by, links=(), mis=False):
        """One list item. ``recs`` the lookup values' numbers (the cell reads "Rec 15;#Rec 16";
        () leaves it empty); ``people`` the Assigned To values, joined by ";#"; ``target`` the
        deadline (a datetime at 17:00) or None; ``modified``/``by`` the item's last edit."""
        assert status in CH_STATUS, text
        lookup = ";#".join(f"Rec {n}" for n in recs)
        lead = ";#".join(people)
        acts.append(A(text, lead, shown(target), links, list(recs), mis, row=None, section=None,
                      objective=None, lookup=lookup, people=list(people), target=target,
                      status=status, modified=modified, by=by))

    hendry = claims("Moira", "Hendry")
    # 1-5: the first items entered, September 2014
    add((12,), "Every case closed since April 2013 without an assessment while it was unallocated "
        "to be read by a senior manager, reopened where the child's needs were not met, and the "
        "outcome recorded on the file.",
        ["Latham, Gareth", "Ashworth, Colin"], due(31, 10, 2014), "Completed",
        datetime(2014, 11, 3, 10, 12), "Latham, Gareth",
        links=[(12, "e", "h", "the closed unallocated cases read again and reopened where needs "
                "were not met")])
    add((13,), "Council Plan 2015-18 to name keeping children safe as one of the Council's two top "
        "priorities, with a protected budget for 2015/16 agreed by Cabinet.",
        [claims("Anita", "Gill")], due(28, 2, 2015), "In Progress",
        datetime(2015, 1, 14, 16, 40), "Varley, Nicola",
        links=[(13, "e", "h", "the whole council putting children's social care first, "
                "corporately and in its budget")])
    add((14,), "Relaunch 'Right Help, Right Time' with police, health, schools and the voluntary "
        "sector: a briefing in every agency, a signed commitment from each, and a quarterly "
        "joint sample of contacts to check it is being applied.",
        ["Ashworth, Colin"], due(31, 1, 2015), "In Progress",
        datetime(2015, 1, 9, 11, 5), "Ashworth, Colin",
        links=[(14, "e", "h", "the multi-agency thresholds agreed with every partner, briefed "
                "and checked in use")])
    add((15,), "Recruitment drive for 30 permanent social workers and 6 team managers, with a "
        "market supplement, a relocation package and a rolling advert.",
        ["Whitcombe, Jane", hendry], due(31, 3, 2015), "In Progress",
        datetime(2015, 1, 12, 9, 31), "Whitcombe, Jane",
        links=[(15, "e", "h", "enough permanent social workers and first-line managers")])
    add((15, 16), "Two extra referral and assessment teams funded from September, so that no "
        "social worker there holds more than 20 children and each has time to get to know the "
        "children they work with.",
        ["Latham, Gareth"], due(30, 11, 2014), "In Progress",
        datetime(2014, 12, 19, 15, 2), "Latham, Gareth",
        links=[(15, "e", "m", "more social workers and managers in two new teams"),
               (16, "e", "h", "capacity where children are referred, caseloads capped"),
               (19, "j", "m", "time to get to know each child: enough time to build "
                "relationships; the lookup does not cite 19")])
    # 6: a business-as-usual item added to the same list
    add((), "Children's services teams in the north of the county to move from Mill Lane to "
        "Tollbridge House.",
        ["Varley, Nicola"], due(30, 4, 2015), "Not Started",
        datetime(2014, 10, 2, 14, 18), "Varley, Nicola")
    add((16,), "Chaldermoor Hub: one front door for all contacts, screened within 24 hours by "
        "duty workers and police side by side, with any child who needs a fuller look allocated "
        "the same day.",
        ["Latham, Gareth"], due(31, 3, 2015), "In Progress",
        datetime(2015, 1, 15, 8, 55), "Latham, Gareth",
        links=[(16, "e", "h", "referrals dealt with quickly at the front of the service, so "
                "that children are assessed swiftly")])
    add((17,), "New single assessment template and practice standard prompting on what the child "
        "wants, parenting capacity, family history and the balance of risk and strengths; a "
        "one-day course for every social worker who assesses.",
        ["Fenwick, Ruth"], due(31, 12, 2014), "In Progress",
        datetime(2015, 1, 7, 13, 27), "Fenwick, Ruth",
        links=[(17, "e", "h", "assessments focused on the child, parenting, history and risk, "
                "with training for assessors")])
    add((17, 18), "A chronology of significant events started on every child's file at referral "
        "and brought up to date at each assessment.",
        ["Fenwick, Ruth"], due(31, 1, 2015), "In Progress",
        datetime(2015, 1, 7, 13, 29), "Fenwick, Ruth",
        links=[(17, "e", "m", "history available to every assessment"),
               (18, "e", "h", "historical information kept on the file so that risk is better "
                "understood")])
    add((), "Guidance for staff on sharing information and asking for consent, with a one-page "
        "flowchart on when to share without a parent's agreement, agreed with police and health "
        "legal advisers.",
        [claims("Colin", "Ashworth")], due(30, 11, 2014), "Completed",
        datetime(2014, 12, 1, 10, 0), "Ashworth, Colin",
        links=[(18, "j", "h", "information shared lawfully, with consent unless that would "
                "raise the risk; the lookup is empty")])
    # 11-20: entered October 2014
    add((19, 24), "Weekly visits report for each team manager listing every child due or overdue "
        "a visit (child protection, child in need and looked after), and 'seen alone' made a "
        "required field on the visit record.",
        ["Marsh, Adeola", "Tindall, Rob"], due(31, 12, 2014), "Completed",
        datetime(2015, 1, 5, 9, 14), "Marsh, Adeola",
        links=[(19, "e", "h", "children visited regularly and seen alone, tracked"),
               (24, "e", "h", "statutory visits to looked after children kept up and 'seen "
                "alone' recorded")])
    add((20,), "Recording standard for case notes: the child's own words and what was seen, the "
        "family's culture, faith and identity, and the manager's reasons for every key decision; "
        "team managers to check five files a month.",
        ["Fenwick, Ruth"], due(28, 2, 2015), "In Progress",
        datetime(2015, 1, 7, 13, 33), "Fenwick, Ruth",
        links=[(20, "e", "h", "records giving the child's experience, identity needs and the "
                "reasons for decisions")])
    add((), "Complaints from children, parents and carers to be dealt with promptly, with the "
        "response letter and outcome recorded on the complaints database within 10 working "
        "days.",
        ["Ogden, Paula"], due(31, 3, 2015), "In Progress",
        datetime(2014, 12, 11, 12, 46), "Ogden, Paula")
    add((21,), "Police, health and school to be invited to every strategy discussion, and each "
        "agency's view written into the record before the decision on how to proceed is made.",
        ["Ashworth, Colin"], due(31, 10, 2014), "Completed",
        datetime(2014, 11, 4, 17, 21), "Ashworth, Colin",
        links=[(21, "e", "h", "every agency's view heard in strategy discussions before a "
                "decision")])
    add((22,), "Child protection and child in need plans rewritten in one format: each need from "
        "the assessment, what will change, who will do it and by when, and how we will know.",
        ["Ibbotson, Claire", "Ashworth, Colin"], due(31, 1, 2015), "In Progress",
        datetime(2015, 1, 13, 10, 48), "Ibbotson, Claire",
        links=[(22, "e", "h", "plans built on assessed needs, with timescales and measurable "
                "outcomes")])
    add((23,), "Core group agenda to go through the plan outcome by outcome at every meeting; if "
        "parents miss two meetings running, the team manager and conference chair agree next "
        "steps within a week.",
        ["Ibbotson, Claire"], due(30, 11, 2014), "Completed",
        datetime(2014, 12, 2, 9, 3), "Ibbotson, Claire",
        links=[(23, "e", "h", "core groups reviewing progress, and escalation when parents do "
                "not engage")])
    add((26,), "No child to go home from care without a written risk assessment, a support plan "
        "for the first six months and the Head of Service's decision and reasons on file.",
        ["Brennan, Siobhan"], due(31, 12, 2014), "In Progress",
        datetime(2015, 1, 6, 15, 37), "Brennan, Siobhan",
        links=[(25, "j", "h", "return home decisions recorded with a risk assessment and "
                "support plan; the lookup's 'Rec 26' (allegations against professionals) is the "
                "next value in the drop-down, a slip")],
        mis=True)
    add((27,), "Early Help Strategy 2015-17 with police, health and schools: one early help "
        "assessment and locality panels that pick up families when a worry is first raised. "
        "Sign-off waits for the review of how the three partnership boards fit together.",
        ["Quayle, Dominic"], None, "Deferred",
        datetime(2015, 1, 16, 11, 52), "Quayle, Dominic",
        links=[(27, "e", "h", "early help coordinated with partners and reaching families when "
                "need first shows")])
    add((), "Domestic abuse awareness sessions for professionals in schools and GP practices, run "
        "with Safer Homes Chaldermoor.",
        ["Pryce, Tom"], due(31, 3, 2015), "Not Started",
        datetime(2014, 10, 28, 10, 20), "Pryce, Tom")
    add((28,), "New template for the social worker's report to each looked after review, covering "
        "how the child has got on since the last review and what the plan should be next.",
        ["Brennan, Siobhan"], due(31, 1, 2015), "In Progress",
        datetime(2015, 1, 6, 15, 41), "Brennan, Siobhan",
        links=[(28, "e", "h", "review reports carrying an updated view of the child's progress "
                "into planning")])
    # 21-30: entered November 2014
    add((29,), "Business case and procurement to replace ChildView and the paper files with one "
        "electronic case record that staff can search in one place.",
        ["Tindall, Rob"], due(30, 9, 2015), "Not Started",
        datetime(2014, 11, 20, 14, 9), "Tindall, Rob",
        links=[(29, "e", "h", "one electronic record, information about a child in one place")])
    add((), "Scan all paper review minutes and reports into the child's electronic file, and from "
        "now on upload them within 20 working days of each review.",
        ["Varley, Nicola", "Ibbotson, Claire"], due(31, 3, 2015), "In Progress",
        datetime(2015, 1, 14, 16, 44), "Varley, Nicola",
        links=[(30, "j", "h", "review meetings, reports and minutes on the child's file; the "
                "lookup is empty")])
    add((31,), "Three more reviewing officers, so that each has no more than 70 children and "
        "time to see them and check on their plans between meetings.",
        ["Ibbotson, Claire"], due(31, 1, 2015), "In Progress",
        datetime(2015, 1, 13, 10, 51), "Ibbotson, Claire",
        links=[(31, "e", "h", "IRO capacity for monitoring plans and visiting between reviews")])
    add((32,), "Child permanence reports and adopter assessments checked against a quality "
        "checklist and signed off by the Head of Service before panel papers go out.",
        ["Kaur, Harpreet"], due(30, 11, 2014), "Completed",
        datetime(2014, 12, 3, 9, 47), "Kaur, Harpreet",
        links=[(32, "e", "h", "better permanence reports and adopter assessments, agreed by a "
                "senior manager before panel")])
    add((33,), "Every care leaver who does not have a pathway plan to have one written by the end "
        "of March, with the leaving care team manager reporting the number still missing each "
        "month.",
        ["Delaney, Marcus"], due(31, 3, 2015), "In Progress",
        datetime(2015, 1, 8, 12, 15), "Delaney, Marcus",
        links=[(33, "e", "h", "every care leaver with a pathway plan (the first ask only)")])
    add((), "Out of hours service contingency arrangements for snow, flooding and staff sickness "
        "updated and tested with a desk-top exercise.",
        ["Cartwright, Lee"], due(31, 12, 2014), "Completed",
        datetime(2014, 12, 22, 8, 30), "Cartwright, Lee")
    add((34,), "Agreement with the clinical commissioning group that children placed outside the "
        "county have their first health check within 20 working days, with the looked after "
        "children's nurse chasing each one.",
        ["Moss, Helen"], due(28, 2, 2015), "In Progress",
        datetime(2015, 1, 12, 14, 3), "Moss, Helen",
        links=[(34, "e", "h", "initial health assessments on time for children placed out of "
                "county")])
    add((35,), "Sufficiency strategy: 40 more in-house foster carers over two years and two small "
        "children's homes in the county; any move outside the county agreed by the Head of "
        "Service as part of the care plan.",
        ["Pryce, Tom", "Kaur, Harpreet"], due(31, 3, 2016), "In Progress",
        datetime(2015, 1, 9, 16, 22), "Pryce, Tom",
        links=[(35, "e", "h", "enough foster and residential places in the county; out of area "
                "only when the care plan needs it")])
    add((), "Independent reviewer to catch up all overdue household reviews of our carers, each "
        "one asking whether approval should continue and what help and training the carer needs.",
        ["Kaur, Harpreet"], due(31, 3, 2015), "In Progress",
        datetime(2015, 1, 9, 16, 25), "Kaur, Harpreet",
        links=[(36, "j", "h", "foster carers' annual reviews of suitability and support needs; "
                "the lookup is empty")])
    add((37,), "Virtual School to track every looked after pupil at secondary school each term, "
        "pay for extra tuition where they fall behind, and secure new placements a place at a "
        "school judged good or better.",
        ["Rowe, Stephen"], due(31, 7, 2015), "In Progress",
        datetime(2015, 1, 15, 13, 10), "Rowe, Stephen",
        links=[(37, "e", "h", "secondary attainment of looked after pupils and access to good "
                "schools")])
    # 31-38: entered December 2014 and January 2015
    add((38,), "Two seats for care leavers on Speak Up Chaldermoor, and our promise to care "
        "leavers rewritten with them and the Lead Member.",
        ["Delaney, Marcus"], due(30, 6, 2015), "Not Started",
        datetime(2014, 12, 15, 11, 11), "Delaney, Marcus",
        links=[(38, "e", "h", "care leavers represented on the children in care council and "
                "shaping the pledge")])
    add((39,), "Staying put allowance raised to match the fostering allowance and explained to "
        "every young person and carer at 16; more supported lodgings and a shared housing "
        "scheme, including homes outside the county.",
        ["Delaney, Marcus", "Pryce, Tom"], due(30, 9, 2015), "In Progress",
        datetime(2015, 1, 8, 12, 19), "Delaney, Marcus",
        links=[(39, "e", "h", "staying put promoted and paid for; more choice of accommodation, "
                "out of county too")])
    add((), "Children's services savings of \u00a31.2m for 2015/16 identified from back office and "
        "transport costs.",
        [hendry], due(31, 1, 2015), "In Progress",
        datetime(2015, 1, 16, 17, 4), "Varley, Nicola")
    add((40, 41), "Ten council apprenticeships a year kept for care leavers, and work experience "
        "offered in every directorate.",
        ["Whitcombe, Jane", "Delaney, Marcus"], due(30, 9, 2015), "Not Started",
        datetime(2014, 12, 15, 11, 20), "Delaney, Marcus",
        links=[(40, "e", "h", "apprenticeships and work experience for care leavers"),
               (41, "e", "m", "more care leavers in work or training")])
    add((), "Careers adviser based in the leaving care team, and a monthly meeting on every young "
        "person aged 16-21 who is not in work, college or training.",
        ["Delaney, Marcus"], due(31, 3, 2015), "Not Started",
        datetime(2014, 12, 15, 11, 24), "Delaney, Marcus",
        links=[(41, "j", "h", "care leavers who are NEET followed up one by one; the lookup is "
                "empty")])
    add((42,), "Posters, leaflets and briefings for schools, GPs and faith groups on when a child "
        "living with someone who is not a close relative must be reported to us; every "
        "arrangement we hear of assessed and visited by a named social worker.",
        ["Ashworth, Colin"], due(30, 6, 2015), "Not Started",
        datetime(2015, 1, 9, 11, 9), "Ashworth, Colin",
        links=[(42, "e", "h", "private fostering made known, and every arrangement assessed and "
                "supported (without the words 'private fostering')")])
    add((43,), "Monthly performance and quality dashboard for every manager from team manager to "
        "Director, with audit findings alongside the figures, discussed at each management "
        "meeting.",
        ["Marsh, Adeola"], due(31, 12, 2014), "Completed",
        datetime(2015, 1, 5, 9, 20), "Marsh, Adeola",
        links=[(43, "e", "h", "performance and quality information for managers at every "
                "level")])
    add((), "Move children with statements of special educational needs onto education, health and "
        "care plans on the agreed transfer timetable.",
        [claims("Sue", "Hartley")], None, "In Progress",
        datetime(2015, 1, 16, 17, 12), "Hartley, Sue")
    return acts


CH = {
    "name": "chaldermoor", "ext": "xlsx", "report": BU_REPORT, "recs": bu_recs,
    "pages": BU_PAGES, "council": "Chaldermoor County Council",
    "actions": ch_actions, "bounds": (30, 40),
    "expected": {**{n: "covered" for n, _, _ in BU_RECS}, 26: "uncovered", 33: "weak",
                 44: "weak"},
    "unanswered": [26], "passing": [44], "partial": [33],
    "orphans": [6, 13, 19, 26, 33, 38],
    "miscited": [17],
    "passing_phrase": {44: (18, "the review of how the three partnership boards fit together")},
    "decoys": {26: [13, 19]},
    "ask_decoys": {33: [26]},
    "asks": {33: [("all care leavers have a pathway plan to guide their transition to "
                   "independence", [25]),
                  ("the pathway plans include contingency arrangements, take account of the "
                   "young person's education and health history, and are updated promptly as "
                   "circumstances change", [])],
             39: [("awareness and take-up of staying put, so that young people can stay with "
                   "their foster carers beyond 18", [32]),
                  ("more choice of accommodation for care leavers, including outside the county",
                   [32])]},
    "notes": "",  # set below (ch_notes)
}

CH_NOTES = (
    "Excel workbook (.xlsx) exported from the council's SharePoint list 'Ofsted Improvement "
    "Plan'. ONE sheet, named after the list, holding a flat table formatted as an Excel table "
    "(Table1, A1:I{last}, banded rows, a filter button on each header cell); no title rows. Row 1 "
    "is the header as the export wrote it, SharePoint's internal names kept where the export "
    "kept them: 'Title' (the action), 'Ofsted_x0020_Recommendation', 'Assigned_x0020_To', "
    "'Target_x0020_Date', 'Status', 'Modified', 'Modified By', 'Item Type', 'Path'. From row 2 "
    "one list item a row, {n} items, in the list's ID order (the order they were entered, "
    "September 2014 to January 2015), so the actions aimed at one recommendation are not always "
    "next to each other. 'text' is the Title cell (at most 255 characters, as a SharePoint Title "
    "is); 'leads_raw' the Assigned To cell as exported: people as 'Surname, Firstname' or as "
    "claims strings 'i:0#.f|membership|firstname.surname@{domain}', two people joined by ';#' "
    "('Latham, Gareth;#Ashworth, Colin'); 'date_raw' the Target Date cell as Excel displays it, a "
    "real datetime in the dd/mm/yyyy hh:mm number format, every deadline at 17:00 ('31/10/2014 "
    "17:00'), '' where empty: action 18 ('Early Help Strategy 2015-17', Status 'Deferred') and "
    "orphan 38 ('Move children with statements of special educational needs'). 'row', 'section' "
    "and 'objective' are null (the list has no reference column and no sections). Status "
    "('Not Started', 'In Progress', 'Completed', 'Deferred'), Modified (a datetime), Modified By, "
    "Item Type ('Item' on every row) and Path ('{path}' on every row) are list metadata, not part "
    "of any action. The recommendation column is a multi-value lookup to a list of the report's "
    "paragraph numbers, shown 'Rec 27' or 'Rec 15;#Rec 16', and empty on {empty} of the {n} rows; "
    "explicit_refs are the numbers it shows. A link is explicit where the row cites the number "
    "and its text supports it, judged otherwise: judged are action 5 ('Two extra referral and "
    "assessment teams', cited 15 and 16) to R19, and the uncited action 10 ('Guidance for staff "
    "on sharing information') to R18, action 22 ('Scan all paper review minutes') to R30, action "
    "29 ('Independent reviewer to catch up all overdue household reviews') to R36 and action 35 "
    "('Careers adviser based in the leaving care team') to R41. Mis-cited: action 17 ('No child "
    "to go home from care') cites 'Rec 26' (allegations against professionals), the next value "
    "in the drop-down, but answers R25 (managers' decisions on children returning home): its "
    "link to R25 is judged and flagged miscited, and it does nothing for R26. Straight "
    "apostrophes, as typed into the list. Hard unanswered: R26 (allegations of abuse, "
    "mistreatment or poor practice by professionals dealt with promptly and recorded "
    "accurately): nothing is aimed at it (the only 'Rec 26' is the mis-citation); orphan 13 "
    "('Complaints from children, parents and carers to be dealt with promptly', the outcome "
    "recorded) and orphan 19 ('Domestic abuse awareness sessions for professionals') share its "
    "words, and neither touches how allegations against people who work with children are "
    "handled. Passing: R44 (governance between the three partnership boards) is touched only by "
    "action 18 ('Early Help Strategy 2015-17', aimed at R27), whose last sentence says its "
    "sign-off 'waits for the review of how the three partnership boards fit together': the "
    "review is named as something happening elsewhere, and nothing in the plan carries it out; "
    "weak, no link. Partly answered (see asks): R33: every care leaver having a pathway plan is "
    "answered by action 25 ('Every care leaver who does not have a pathway plan'); what the "
    "plans must hold (contingency arrangements, education and health history) and their prompt "
    "updating by nothing; ask decoy: orphan 26 ('Out of hours service contingency "
    "arrangements', updated and tested): the out of hours service's own contingency, not a "
    "young person's; weak. Answered: the other 30, each by one or two actions: all but R26, "
    "R33 and R44 (asks recorded for R39, both answered by action 32 ('Staying put allowance "
    "raised')); action 36 ('Posters, leaflets and briefings') answers R42 without the words "
    "'private fostering'. Orphans 6, 13, 19, 26, 33, 38 (business as usual in the same list, "
    "their lookups empty: an office move, the two decoys, the ask decoy, savings, transfers to "
    "education, health and care plans). 'action N' means chaldermoor-N, the list items in sheet "
    "order: action N is on sheet row N+1. The plan's own names: the Chaldermoor Hub, Right Help, "
    "Right Time (the thresholds), ChildView (case record), Speak Up Chaldermoor (children in care "
    "council), Safer Homes Chaldermoor (a charity), Mill Lane and Tollbridge House (offices).")


def ch_notes():
    acts = ch_actions()
    empty = sum(1 for a in acts if not a["refs"])
    return CH_NOTES.format(last=len(acts) + 1, n=len(acts), empty=empty, domain=CH_DOMAIN,
                           path=CH_PATH)


CH["notes"] = ch_notes()


# ---------------------------------------------------------------------------------------------
# Plan 2: Brackenholt - an e-mail saved from Outlook (.htm) answering Leicestershire 2024-07-12
# (ILACS, 2). Header table, greeting, two paragraphs, the plan as a Word table Theme | What we
# will do | Who | When (Theme merged down its rows), signature and disclaimer.
# ---------------------------------------------------------------------------------------------

BR_THEMES = ["Pre-proceedings", "Child protection", "Family help",
             "Children in care and care leavers", "Our workforce", "Hearing from children"]
BR_HEADER = ("Theme", "What we will do", "Who", "When")
BR_ROWS = []  # filled by br_actions: one dict a table row (theme, items, who, when)


def br_actions():
    acts = []
    rows = []

    def row(theme, items, who, when):
        """A table row of ``theme``: ``items`` the What cell, a list of (action text, sentence
        explaining it or None, links); two items are two actions in one cell. ``who``/``when``
        one paragraph each (shared by the items) or one per item ("" an empty paragraph)."""
        assert theme in BR_THEMES
        assert len(who) in (1, len(items)) and len(when) in (1, len(items)), items
        rows.append(dict(theme=theme, items=items, who=who, when=when))
        for k, (text, why, links) in enumerate(items):
            lead = who[k if len(who) > 1 else 0]
            date = when[k if len(when) > 1 else 0]
            full = curly(text if why is None else f"{text} {why}")
            acts.append(A(full, curly(lead), curly(date), links, [], False, row=None,
                          section=theme, objective=None, row_index=len(rows) - 1, item=k,
                          action=curly(text), why=None if why is None else curly(why)))

    # Pre-proceedings (R1, the monitoring ask only)
    row("Pre-proceedings",
        [("The case progression manager keeps a tracker of every child in pre-proceedings, "
          "counting the weeks from the letter before proceedings, and raises any child past 16 "
          "weeks with the Head of Service.", None,
          [(1, "j", "h", "pre-proceedings monitored child by child, drift flagged at 16 weeks; "
            "the letter is named only as the start of the count")])],
        ["Case Progression Manager"], ["In place \u2013 monthly report from August"])
    row("Pre-proceedings",
        [("A monthly PLO panel chaired by the Head of Service for Safeguarding goes through "
          "every family in pre-proceedings and sets a date for the decision to issue or step "
          "down.",
          "This replaces the quarterly legal planning review, which met too far apart to pick "
          "up drift.",
          [(1, "j", "h", "senior monthly oversight of every family in pre-proceedings, to end "
            "drift")])],
        ["Head of Service \u2013 Safeguarding"], ["From September 2024"])
    row("Pre-proceedings",
        [("Review meetings at 6 and 12 weeks for every family in pre-proceedings, with the "
          "family's solicitor invited.", None,
          [(1, "j", "h", "fixed review points inside pre-proceedings, so that delay is seen")]),
         ("Any child still in pre-proceedings at 20 weeks goes back to the legal gateway meeting "
          "for a decision.", None,
          [(1, "j", "h", "a cut-off that stops pre-proceedings drifting")])],
        ["Team Managers", "Legal Services / Head of Service"], ["September 2024", "September 2024"])
    row("Pre-proceedings",
        [("Weeks in pre-proceedings added to the monthly performance report and the Lead "
          "Member's scorecard, broken down by team.", None,
          [(1, "j", "h", "time in pre-proceedings monitored and reported")])],
        ["Performance & Business Intelligence"], ["October 2024"])
    row("Pre-proceedings",
        [("Quarterly audit of ten families in pre-proceedings, looking at whether the plan moved "
          "on between meetings, with findings to the Practice Improvement Board.", None,
          [(1, "j", "h", "audit of progress in pre-proceedings: monitoring for drift")])],
        ["Quality Assurance Team"], ["Quarterly"])
    row("Pre-proceedings",
        [("Two workshops for team managers, run with Legal Services, on keeping pre-proceedings "
          "purposeful and time-limited.", None,
          [(1, "j", "m", "managers equipped to stop pre-proceedings drifting; not monitoring "
            "itself")])],
        ["Principal Social Worker"], ["Autumn 2024"])
    # Child protection (orphans; one R2 decoy)
    row("Child protection",
        [("Parents' feedback form after every child protection conference, collated by the "
          "Safeguarding Unit each quarter.",
          "What parents tell us will shape the new leaflet about conferences.", [])],
        ["Safeguarding Unit Manager"], ["Quarterly"])
    row("Child protection",
        [("Daily domestic abuse triage with the police at the Front Door, so that notifications "
          "are screened the morning after an incident.", None, [])],
        ["Front Door Service Manager"], ["Ongoing"])
    row("Child protection",
        [("Strengths-based approach to child in need and core group meetings rolled out across "
          "all teams.", None, [])],
        [""], ["March 2025"])
    # Family help (orphans; the ask decoy)
    row("Family help",
        [("Two more family hubs open, at Marshgate and Upper Tolley.", None, []),
         ("Saturday morning opening in the three busiest hubs.", None, [])],
        ["Head of Family Help"], ["March 2025"])
    row("Family help",
        [("Early help waiting list checked weekly so that no family waits more than ten working "
          "days for a key worker.",
          "Families told us that waiting was the hardest part.", [])],
        ["Early Help Locality Managers"], ["Ongoing"])
    row("Family help",
        [("Standard letters sent to parents after a contact to the Front Door rewritten in plain "
          "English and tested with the Parent Panel, so that they are easier to understand.",
          None, [])],
        ["Front Door Service Manager"], ["tbc"])
    # Children in care and care leavers (orphans; one R2 decoy)
    row("Children in care and care leavers",
        [("Timeliness of initial health assessments: a weekly nurse-led clinic so that children "
          "new to care are seen within 20 working days.", None, [])],
        ["Designated Nurse, Children in Care"], ["December 2024"])
    row("Children in care and care leavers",
        [("Eight more foster families for teenagers through the Room to Grow campaign.", None,
          [])],
        ["Fostering Service Manager"], ["March 2025"])
    row("Children in care and care leavers",
        [("Council tax exemption for care leavers extended from 21 to 25.", None, [])],
        ["Head of Service \u2013 Care Leavers"], [""])
    row("Children in care and care leavers",
        [("Staying Close: a second house for young people leaving our children's homes.", None,
          [])],
        ["Head of Service \u2013 Care Leavers"], ["tbc"])
    # Our workforce (orphans)
    row("Our workforce",
        [("Social work academy: a third cohort of 15 newly qualified social workers with "
          "protected caseloads.", None, [])],
        ["Principal Social Worker"], ["September 2024"])
    row("Our workforce",
        [("Agency social workers kept below 10% of posts.",
          "We are at 7% now and want to stay there.", [])],
        ["HR Business Partner"], ["Ongoing"])
    # Hearing from children (orphans)
    row("Hearing from children",
        [("Young Reviewers to visit two services each term and report to the Corporate "
          "Parenting Board.", None, []),
         ("An app for children to send their views to their social worker before any meeting "
          "about them.", None, [])],
        ["Participation Lead", ""], ["Termly", "January 2025"])
    BR_ROWS[:] = rows
    return acts


BR = {
    "name": "brackenholt", "ext": "htm", "report": LE_REPORT, "recs": le_recs,
    "pages": LE_PAGES, "council": "Brackenholt County Council",
    "actions": br_actions, "bounds": (20, 30),
    "expected": {1: "weak", 2: "uncovered"},
    "unanswered": [2], "passing": [], "partial": [1],
    "orphans": list(range(8, 23)),
    "miscited": [],
    "passing_phrase": {},
    "decoys": {2: [8, 15]},
    "ask_decoys": {1: [14]},
    "asks": {1: [("monitoring of pre-proceedings to tackle drift and delay", [1, 2, 3, 4, 5, 6, 7]),
                 ("the accessibility of letters before proceedings, so that parents can read and "
                  "understand what must change", [])]},
    "notes": (
        "HTML e-mail saved from Outlook (.htm, charset windows-1252, Word-generated markup: "
        "xmlns:v/o/w/m namespaces, <p class=MsoNormal>, mso- styles in a <style> block inside a "
        "comment, conditional comments <!--[if gte mso 9]>...<![endif]-->, <o:p></o:p>, &nbsp; "
        "in empty paragraphs, long lines wrapped by Word inside the text). An e-mail header block "
        "as a table (From / Sent / To / Cc / Subject), a greeting ('Dear Councillors,') and two "
        "paragraphs of prose (the outcome and what the plan holds), then ONE Word table "
        "(class=MsoTableGrid) with the header row Theme | What we will do | Who | When, then a "
        "sign-off, a signature block and a disclaimer: none of these are actions. The Theme cell "
        "is merged down the rows of its theme (rowspan), so it is written once per theme; "
        "'section' is the theme as written ('Pre-proceedings', 'Child protection', 'Family help', "
        "'Children in care and care leavers', 'Our workforce', 'Hearing from children'), 'row' "
        "and 'objective' null. Cells hold <p class=MsoNormal> paragraphs. A What cell of one "
        "paragraph is one action; 'text' is that paragraph, 'leads_raw' the Who cell and "
        "'date_raw' the When cell as written ('In place \u2013 monthly report from August', 'From "
        "September 2024', 'Quarterly', 'Ongoing', 'tbc', 'March 2025', 'Termly'; '' for an empty "
        "paragraph). Four What cells hold an action and, in a second paragraph, a sentence "
        "explaining it: action 2 ('A monthly PLO panel', 'This replaces the quarterly legal "
        "planning review'), orphan 8 ('Parents' feedback form'), orphan 13 ('Early help waiting "
        "list checked weekly') and orphan 20 ('Agency social workers kept below 10%'); there "
        "'text' is both paragraphs joined by a space (one action). Three What cells hold TWO "
        "actions, a paragraph each: action 3 ('Review meetings at 6 and 12 weeks') and action 4 "
        "('Any child still in pre-proceedings at 20 weeks') with a Who and a When paragraph "
        "each; orphan 11 ('Two more family hubs open') and orphan 12 ('Saturday morning "
        "opening') with ONE Who and ONE When paragraph shared by both (each action has that "
        "lead and date); orphan 21 ('Young Reviewers') and orphan 22 ('An app for children') "
        "with a Who and a When paragraph each, the app's Who paragraph empty. Empty Who: orphan "
        "10 ('Strengths-based approach') and orphan 22. Empty When: orphan 17 ('Council tax "
        "exemption for care leavers'). Word's curly apostrophes and en dashes, "
        "stored as windows-1252 bytes. "
        "Nothing cites a recommendation number: explicit_refs is [] everywhere and every link is "
        "judged. The report has only two items, so a passing recommendation could not be made "
        "as well (see the README). Hard unanswered: R2 (timeliness of initial child protection "
        "conferences): nothing is aimed at it; orphan 8 ('Parents' feedback form after every "
        "child protection conference') is about what parents think of conferences, and orphan 15 "
        "('Timeliness of initial health assessments') about health checks of children new to "
        "care; both share R2's words and neither makes a conference happen sooner. Partly "
        "answered (see asks): R1: monitoring of pre-proceedings to tackle drift and delay is "
        "answered by actions 1-7 (the case progression tracker, the monthly PLO panel, review "
        "meetings at 6 and 12 weeks, the 20-week return to legal gateway, weeks in "
        "pre-proceedings reported, a quarterly audit, workshops for managers); the accessibility "
        "of letters before proceedings by nothing: action 1 ('The case progression manager "
        "keeps a tracker') names the letter before proceedings only as the date the weeks are "
        "counted from; ask decoy: orphan 14 ('Standard letters sent to parents after a contact "
        "to the Front Door rewritten in plain English'): letters, but not letters before "
        "proceedings; weak. Orphans 8-22: every action after the Pre-proceedings theme "
        "(Child protection, Family help, Children in care and care leavers, Our workforce, "
        "Hearing from children), the council's own priorities from its self-assessment. 'action "
        "N' means brackenholt-N, the actions in table order, top to bottom, the first paragraph "
        "of a two-action cell before the second: 1-7 Pre-proceedings, 8-10 Child protection, "
        "11-14 Family help, 15-18 Children in care and care leavers, 19-20 Our workforce, 21-22 "
        "Hearing from children. The plan's own names: the PLO panel, the Front Door, the Parent "
        "Panel, Marshgate and Upper Tolley (family hubs), Room to Grow, Young Reviewers, the "
        "Practice Improvement Board."),
}

PLANS = [CH, BR]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations
# ---------------------------------------------------------------------------------------------

def build_an(plan, set_name="an"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """index -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def write_ch(plan, acts, path):
    """The SharePoint export: one sheet named after the list, a flat Excel table."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.table import Table, TableStyleInfo

    wb = Workbook()
    ws = wb.active
    ws.title = CH_LIST
    body = Font(name="Calibri", size=11)
    for col, h in enumerate(CH_HEADER, 1):
        ws.cell(1, col, h).font = Font(name="Calibri", size=11, bold=True)
    for r, a in enumerate(acts, 2):
        x = a["extra"]
        values = [a["text"], x["lookup"] or None, a["lead"] or None, x["target"], x["status"],
                  x["modified"], x["by"], "Item", CH_PATH]
        for col, v in enumerate(values, 1):
            cell = ws.cell(r, col, v)
            cell.font = body
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
            if col == 1:
                cell.alignment = Alignment(wrap_text=False)
    last = len(acts) + 1
    table = Table(displayName="Table1", ref=f"A1:I{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showFirstColumn=False,
                                          showLastColumn=False, showRowStripes=True,
                                          showColumnStripes=False)
    ws.add_table(table)
    for letter, width in zip("ABCDEFGHI", (60, 22, 34, 18, 12, 16, 18, 10, 52)):
        ws.column_dimensions[letter].width = width
    p = wb.properties
    p.creator = "Varley, Nicola"
    p.lastModifiedBy = "Varley, Nicola"
    p.title = CH_LIST
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


BR_SENT = "Monday, 22 July 2024 16:42"
BR_HEAD = [
    ("From:", "Hollis, Joanne <Joanne.Hollis@brackenholt.gov.example>"),
    ("Sent:", BR_SENT),
    ("To:", "Members - Children and Families Overview and Scrutiny Committee "
            "<CFOSC.Members@brackenholt.gov.example>"),
    ("Cc:", "Lead Member for Children and Families <LeadMember.Children@brackenholt.gov.example>; "
            "Democratic Services <democratic.services@brackenholt.gov.example>"),
    ("Subject:", "Ofsted inspection of children's services - our action plan"),
]
BR_PROSE = [
    "Dear Councillors,",
    "As you will have seen, Ofsted published the report of our inspection of local authority "
    "children's services on 12 July. Services for children and families in Brackenholt were "
    "judged outstanding overall, and I would like to thank you for the support and challenge "
    "the committee has given us since the last inspection. The credit belongs to our staff, our "
    "partners and the families who let us work alongside them.",
    "Inspectors told us about two things we need to do better, and the plan below sets out how "
    "we will respond. It also brings in the priorities from our own self-assessment, so that "
    "everything we are working on this year is in one place. I will bring a progress report to "
    "the committee in January, and I am happy to talk any of it through before then.",
]
BR_SIGN = ["Kind regards,", "", "Joanne", "", "Joanne Hollis",
           "Director of Children and Family Services",
           "Brackenholt County Council | County Hall | Market Street | Brackenholt | BK1 2AA",
           "Tel: 01632 960418 | Mobile: 07700 900318"]
BR_DISCLAIMER = (
    "This e-mail and any files transmitted with it are confidential and intended solely for the "
    "use of the individual or organisation to whom they are addressed. If you have received this "
    "e-mail in error please notify the sender and delete it. Brackenholt County Council may "
    "monitor the content of e-mails sent and received via its network for the purposes of "
    "ensuring compliance with its policies and procedures. Views expressed in this message are "
    "those of the sender and not necessarily those of the Council.")

BR_FONT = "font-size:10.0pt;font-family:\"Arial\",sans-serif"
BR_COLS = [(123, "92.15pt"), (302, "226.8pt"), (132, "99.25pt"), (94, "70.9pt")]


def _wrap(line, indent="", width=76):
    """Word wraps long lines of its HTML at spaces; continuation lines carry the indent."""
    out, cur = [], indent
    for word in line.split(" "):
        if cur.strip() and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = indent + word
        else:
            cur = word if not cur.strip() and not indent else (
                cur + (" " if cur.strip() else "") + word)
    out.append(cur)
    return "\r\n".join(out)


def _esc(text):
    return html.escape(text, quote=False)


def _para(text, indent="", bold=False, style=None):
    """A Word paragraph: <p class=MsoNormal> with a span, or the &nbsp; of an empty one."""
    st = f" style='{style}'" if style else ""
    if not text:
        return (f"{indent}<p class=MsoNormal{st}><span style='{BR_FONT}'><o:p>&nbsp;</o:p>"
                "</span></p>")
    inner = _esc(text)
    if bold:
        inner = f"<b>{inner}</b>"
    return _wrap(f"{indent}<p class=MsoNormal{st}><span style='{BR_FONT}'>{inner}<o:p></o:p>"
                 f"</span></p>", indent)


def _cell(k, paras, rowspan=1, head=False, last_row=False):
    w, pt = BR_COLS[k]
    border = ("border:solid windowtext 1.0pt" if k == 0 else
              "border:solid windowtext 1.0pt;border-left:none")
    bg = ";background:#D9E2F3" if head else ""
    rs = f" rowspan={rowspan}" if rowspan > 1 else ""
    lines = [f"  <td width={w} valign=top{rs} style='width:{pt};{border};mso-border-alt:solid "
             f"windowtext .5pt{bg};padding:0cm 5.4pt 0cm 5.4pt'>"]
    lines += [_para(p, "  ", bold=head) for p in paras]
    lines.append("  </td>")
    return "\r\n".join(lines)


BR_STYLE = """<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;
\tmso-font-charset:0;
\tmso-generic-font-family:roman;
\tmso-font-pitch:variable;
\tmso-font-signature:-536869121 1107305727 33554432 0 415 0;}
 @font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;
\tmso-font-charset:0;
\tmso-generic-font-family:swiss;
\tmso-font-pitch:variable;
\tmso-font-signature:-469750017 -1040178053 9 0 511 0;}
 @font-face
\t{font-family:Arial;
\tpanose-1:2 11 6 4 2 2 2 2 2 4;
\tmso-font-charset:0;
\tmso-generic-font-family:swiss;
\tmso-font-pitch:variable;
\tmso-font-signature:-536859905 -1073711037 9 0 511 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{mso-style-unhide:no;
\tmso-style-qformat:yes;
\tmso-style-parent:"";
\tmargin:0cm;
\tmso-pagination:widow-orphan;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-font-family:Calibri;
\tmso-fareast-theme-font:minor-latin;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\tmso-themecolor:hyperlink;
\ttext-decoration:underline;
\ttext-underline:single;}
span.EmailStyle19
\t{mso-style-type:personal-reply;
\tmso-style-noshow:yes;
\tmso-style-unhide:no;
\tfont-family:"Arial",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tmso-default-props:yes;
\tfont-size:10.0pt;
\tmso-ansi-font-size:10.0pt;
\tmso-fareast-language:EN-US;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;
\tmso-header-margin:36.0pt;
\tmso-footer-margin:36.0pt;
\tmso-paper-source:0;}
div.WordSection1
\t{page:WordSection1;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
\t{mso-style-name:"Table Normal";
\tmso-tstyle-rowband-size:0;
\tmso-tstyle-colband-size:0;
\tmso-style-noshow:yes;
\tmso-style-priority:99;
\tmso-style-parent:"";
\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;
\tmso-para-margin:0cm;
\tmso-pagination:widow-orphan;
\tfont-size:10.0pt;
\tfont-family:"Times New Roman",serif;}
table.MsoTableGrid
\t{mso-style-name:"Table Grid";
\tmso-tstyle-rowband-size:0;
\tmso-tstyle-colband-size:0;
\tmso-style-priority:39;
\tmso-style-unhide:no;
\tborder:solid windowtext 1.0pt;
\tmso-border-alt:solid windowtext .5pt;
\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;
\tmso-border-insideh:.5pt solid windowtext;
\tmso-border-insidev:.5pt solid windowtext;
\tmso-para-margin:0cm;
\tmso-pagination:widow-orphan;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1" />
 </o:shapelayout></xml><![endif]-->"""


def br_html(acts):
    """The saved e-mail as text (written to disk as windows-1252)."""
    rows = BR_ROWS
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml"',
           'xmlns:o="urn:schemas-microsoft-com:office:office"',
           'xmlns:w="urn:schemas-microsoft-com:office:word"',
           'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"',
           'xmlns="http://www.w3.org/TR/REC-html40">', "", "<head>",
           '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">',
           "<meta name=ProgId content=Word.Document>",
           '<meta name=Generator content="Microsoft Word 15">',
           '<meta name=Originator content="Microsoft Word 15">',
           f"<title>{_esc(BR_HEAD[-1][1])}</title>",
           BR_STYLE, "</head>", "",
           "<body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\" style='tab-interval:36.0pt;"
           "word-wrap:break-word'>", "", "<div class=WordSection1>", ""]
    # the header block: Outlook's table of From / Sent / To / Cc / Subject
    out.append("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=\"100%\" "
               "style='width:100.0%;mso-cellspacing:0cm;mso-yfti-tbllook:1184;mso-padding-alt:"
               "0cm 0cm 0cm 0cm'>")
    for k, (label, value) in enumerate(BR_HEAD):
        out.append(f" <tr style='mso-yfti-irow:{k}'>")
        out.append("  <td width=\"19%\" valign=top style='width:19.0%;padding:0cm 0cm 0cm 0cm'>")
        out.append(f"  <p class=MsoNormal><b><span style='{BR_FONT}'>{label}<o:p></o:p></span>"
                   "</b></p>")
        out.append("  </td>")
        out.append("  <td width=\"81%\" valign=top style='width:81.0%;padding:0cm 0cm 0cm 0cm'>")
        out.append(_wrap(f"  <p class=MsoNormal><span style='{BR_FONT}'>{_esc(value)}"
                         "<o:p></o:p></span></p>", "  "))
        out.append("  </td>")
        out.append(" </tr>")
    out.append("</table>")
    out.append("")
    out.append(_para(""))
    for k, text in enumerate(BR_PROSE):
        out.append(_para(curly(text)))
        out.append(_para(""))
    # the plan
    out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
               "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
               "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
    out.append(" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>")
    for k, h in enumerate(BR_HEADER):
        out.append(_cell(k, [h], head=True))
    out.append(" </tr>")
    spans = {}
    for g in _groups(list(range(len(rows))), lambda i: rows[i]["theme"]):
        spans[g[0]] = len(g)
    for i, r in enumerate(rows):
        last = i == len(rows) - 1
        out.append(f" <tr style='mso-yfti-irow:{i + 1}{';mso-yfti-lastrow:yes' if last else ''}'>")
        if i in spans:
            out.append(_cell(0, [r["theme"]], rowspan=spans[i]))
        what = []
        for text, why, _ in r["items"]:
            what.append(curly(text))
            if why:
                what.append(curly(why))
        out.append(_cell(1, what))
        out.append(_cell(2, [curly(t) for t in r["who"]]))
        out.append(_cell(3, [curly(t) for t in r["when"]]))
        out.append(" </tr>")
    out.append("</table>")
    out.append("")
    out.append(_para(""))
    for text in BR_SIGN:
        out.append(_para(text, bold=text == "Joanne Hollis"))
    out.append(_para(""))
    out.append(_para(BR_DISCLAIMER, style="mso-margin-top-alt:auto"))
    out.append(_para(""))
    out += ["</div>", "", "</body>", "", "</html>", ""]
    return "\r\n".join(out)


def write_br(plan, acts, path):
    path.write_bytes(br_html(acts).encode("cp1252"))


WRITERS = {"chaldermoor": write_ch, "brackenholt": write_br}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "chaldermoor": dict(unanswered=1, passing=1, partial=1, miscited=1, orphans=(4, 8),
                        shared=2),
    "brackenholt": dict(unanswered=1, passing=0, partial=1, miscited=0, orphans=(10, 16),
                        shared=1),
}


def check_recs(plan):
    """The transcribed recommendations: numbered as the report numbers them (Buckinghamshire
    12-44, Leicestershire 1-2), clean single-line texts, found word for word and in order in the
    report's block (when the PDF is at hand), with nothing before each but its label (after the
    page number or sub-heading named for it) and nothing after the last."""
    recs = plan["recs"]()
    nums = [r["number"] for r in recs]
    assert nums == list(range(nums[0], nums[0] + len(nums))), plan["name"]
    assert len(recs) == len(plan["expected"]) and set(nums) == set(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and t.endswith("."), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]  # no markers; curly
        assert r["page"] in plan["pages"], r["number"]
    spec = BLOCKS[plan["report"]]
    for r, gap in zip(recs, transcribed_gaps(plan, recs, spec) or ()):
        n = r["number"]
        want = " ".join(x for x in (spec["before"].get(n, ""), spec["label"](n)) if x)
        assert gap == want, (n, gap)
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


PEOPLE = re.compile(r"[A-Z][a-z]+, [A-Z][a-z]+|i:0#\.f\|membership\|[a-z]+\.[a-z]+@"
                    + re.escape(CH_DOMAIN))


def check_design(gold, plan):
    name = plan["name"]
    spec = SPEC[name]
    recs = check_recs(plan)
    assert len(recs) == len(gold["expected"])
    lo, hi = plan["bounds"]
    acts = gold["actions"]
    ids = {a["id"]: a for a in acts}
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
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    for r in d["partial"]:  # a partly answered recommendation: 2+ asks, some unanswered
        asks = gold["asks"][r]
        assert len(asks) >= 2 and any(not a["answered_by"] for a in asks), (name, r)
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert re.search(rf"\b{r}\b", d["notes"]), (name, r)
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[f"{name}-{k}"]
        assert phrase in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one
    for n, orphans in plan["decoys"].items():
        assert f"R{n}" in d["unanswered"], (name, n)
        for k in orphans:
            o = f"{name}-{k}"
            assert o in d["orphans"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan["ask_decoys"].items():
        assert f"R{n}" in d["partial"], (name, n)
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        for k in orphans:
            o = f"{name}-{k}"
            assert o in d["orphans"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert {f"R{n}" for n in plan["decoys"]} == set(d["unanswered"]), name
    assert {f"R{n}" for n in plan["ask_decoys"]} == set(d["partial"]), name
    assert "Hard unanswered" in d["notes"], name
    # the notes' "action N ('words" / "orphan N ('words" quote action N's own words
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \('([^']+)", _plain(d["notes"]), re.I)
    assert len(quoted) >= 10, (name, quoted)
    for n, words in quoted:
        assert words in _plain(ids[f"{name}-{n}"]["text"]), (name, n, words)
    for n in re.findall(r"\borphans? (\d+)\b", d["notes"]):
        assert f"{name}-{n}" in d["orphans"], (name, n)
    for n in re.findall(r"\bactions? (\d+)\b", d["notes"]):
        assert f"{name}-{n}" not in d["orphans"], (name, n)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>*_`]|\u00a0|\u2022", a["text"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*|afi)\b",
                             a["text"], re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
        assert a["objective"] is None and a["row"] is None, a["id"]
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors'); at most
    # two for the SIF report, whose items are long (about fourteen distinctive words each)
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= spec["shared"]) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    for r, s in gold["expected"].items():  # fully answered recommendations: 1-3 actions
        if s == "covered":
            assert 1 <= len(per_rec[r]) <= 3, (name, r, len(per_rec[r]))
    {"chaldermoor": check_ch, "brackenholt": check_br}[name](gold, plan, acts, x, mine)
    return True


def check_ch(gold, plan, acts, x, mine):
    name, d = plan["name"], gold["design"]
    # the lookup: "Rec N" values joined by ";#", or empty; explicit_refs its numbers
    for a, e in zip(acts, x):
        assert len(a["text"]) <= 255, (a["id"], len(a["text"]))  # a SharePoint Title
        assert re.fullmatch(r"(Rec \d\d(;#Rec \d\d)*)?", e["lookup"]), e["lookup"]
        assert a["explicit_refs"] == [int(v) for v in re.findall(r"\d+", e["lookup"])], a["id"]
        assert all(PEOPLE.fullmatch(p) for p in a["leads_raw"].split(";#")), a["leads_raw"]
        assert a["date_raw"] == shown(e["target"]), a["id"]
        assert e["target"] is None or (e["target"].hour, e["target"].minute) == (17, 0), a["id"]
        assert e["modified"] > datetime(2014, 9, 1) and PEOPLE.fullmatch(e["by"]), a["id"]
        assert a["section"] is None, a["id"]
        if a["id"] in d["orphans"]:
            assert not e["lookup"], a["id"]
    cited = [a for a in acts if a["explicit_refs"]]
    empty = len(acts) - len(cited)
    assert 0.6 <= len(cited) / len(acts) <= 0.85, len(cited)
    assert f"empty on {empty} of the {len(acts)} rows" in d["notes"], empty
    assert any(";#" in e["lookup"] for e in x), name
    leads = [a["leads_raw"] for a in acts]
    assert any(l.startswith("i:0#") for l in leads) and any(";#" in l for l in leads), name
    assert any(";#i:0#" in l for l in leads), name  # a name and a claims string together
    assert sum(1 for a in acts if not a["date_raw"]) == 2, name
    assert {e["status"] for e in x} == set(CH_STATUS), name
    # explicit links exactly where the row cites the number (bar the mis-citation)
    for l in gold["links"]:
        a = next(a for a in acts if a["id"] == l["action"])
        assert (l["source"] == "explicit") == (int(l["rec"][1:]) in a["explicit_refs"]), l
    # the one "Rec 26" is the mis-citation; R26 stays uncovered, no linked action handles
    # allegations against staff
    assert [a["id"] for a in acts if 26 in a["explicit_refs"]] == d["miscited"]
    assert gold["expected"]["R26"] == "uncovered"
    for a in acts:
        if mine[a["id"]]:
            assert not re.search(r"allegation|LADO|designated officer", a["text"], re.I), a["id"]
            # the passing R44: only action 18 speaks of the boards
            assert not re.search(r"\bboards?\b", a["text"], re.I) or a["id"] == f"{name}-18", \
                a["id"]
            # the partial R33: nothing linked speaks of contingency, health history or updating
            # pathway plans
            assert not re.search(r"contingen|health history", a["text"], re.I), a["id"]
            assert "pathway" not in a["text"] or a["id"] == f"{name}-25", a["id"]
    assert not re.search(r"private fostering", ids_text(acts, f"{name}-36"), re.I)
    # the notes' row count and table range
    assert f"A1:I{len(acts) + 1}" in d["notes"], name


def ids_text(acts, i):
    return next(a["text"] for a in acts if a["id"] == i)


def check_br(gold, plan, acts, x, mine):
    name, d = plan["name"], gold["design"]
    rows = BR_ROWS
    themes = [g[0]["theme"] for g in _groups(rows, lambda r: r["theme"])]
    assert themes == BR_THEMES, themes  # each theme one run of rows (one merged cell)
    for a, e in zip(acts, x):
        assert a["section"] == rows[e["row_index"]]["theme"], a["id"]
        assert not a["explicit_refs"], a["id"]
        if e["why"]:
            assert a["text"] == f"{e['action']} {e['why']}", a["id"]
    assert all(l["source"] == "judged" for l in gold["links"]), name
    two = [r for r in rows if len(r["items"]) == 2]
    assert len(two) == 3 and any(len(r["who"]) == 1 for r in two) and any(
        len(r["who"]) == 2 for r in two), name
    assert sum(1 for e in x if e["why"]) == 4, name
    assert any(not a["leads_raw"] for a in acts), name
    for pat in (r"[A-Z][a-z]+ 20\d\d", "Quarterly", "Ongoing", "tbc", "Termly",
                r"In place .*", r"From .*"):
        assert any(re.fullmatch(pat, a["date_raw"]) for a in acts), pat
    # what each theme answers: Pre-proceedings R1, the others nothing
    answered = {}
    for a in acts:
        answered.setdefault(a["section"], set()).update(mine[a["id"]])
    assert answered == {t: ({"R1"} if t == "Pre-proceedings" else set()) for t in BR_THEMES}
    assert {a["id"] for a in acts if a["section"] != "Pre-proceedings"} == set(d["orphans"])
    # the unanswered R2 and the unanswered ask of R1: nothing linked speaks of conferences or
    # of making letters readable; the letter is named once, as a date to count from
    for a in acts:
        if mine[a["id"]]:
            assert not re.search(r"conference|plain English|easy|readable|understand|access",
                                 a["text"], re.I), a["id"]
            assert "letter" not in a["text"] or a["id"] == f"{name}-1", a["id"]
    # the prose names neither gap as something the council will do
    assert not re.search(r"conference|letter", " ".join(BR_PROSE), re.I)


if __name__ == "__main__":
    main(sys.argv[1:], "an", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_an)
