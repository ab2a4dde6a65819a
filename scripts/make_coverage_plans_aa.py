"""Write the sealed coverage evaluation set "aa": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_aa.py            # writes documents and gold
    python scripts/make_coverage_plans_aa.py --check    # only runs the consistency checks

Documents: corpus/coverage/aa/<name>.<ext>      Gold: corpus/gold/coverage/aa/<name>.json

The three documents imitate what councils' own systems produce: a landscape Word action plan
printed to PDF (one ruled table Ref | Recommendation | Action | Lead | Target date | RAG whose
header row repeats on each page, the Recommendation cell merged down the rows of its group and
holding the recommendation's number and a few of its words, a last "Business as usual" group), an
Excel tracker (a "Plan" sheet with a title row and the headers Area | Ref | What we will do |
Responsible | Due | Progress note, one cell holding two actions on two lines, and a "Completed"
sheet to which finished rows were moved), and a page exported from a council's SharePoint site
(nested <div>s, one <table> whose header is its first <tr> of <td><strong> cells, the Priority cell
repeated on each row, &nbsp; in empty cells, inline <span style> formatting in the actions).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes, never by reading the
generated documents back, and no extractor code is imported or run.

Recommendation texts: Calderdale 2024 and City of London 2024 come from the hand-checked report
gold in corpus/gold/reports/ (local-authority items only, via report_recs). Slough 2016 has no
file there: its twenty-two local-authority recommendations (report pages 9-10,
"Recommendations", four numbered headings with bulleted items, not the LSCB's list on page 39)
were transcribed by hand from the report PDF for this set and are held below as data (SL_RECS),
word for word, lines broken by the PDF joined. This set builds its gold with its own build
function (build_aa), which takes a plan's recommendations from the plan when it carries them and
from report_recs otherwise; nothing is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the row cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
    mis=True                       the row cites a number its action does not answer (mis-filed);
                                   its citation is not a link, its true link is judged
Actions with no links are orphans (business as usual), see each plan's design notes.

All councils, trusts, people, teams, systems, charities and local programmes are fictional
(national schemes such as Step Up to Social Work, the Family Star or pupil premium plus are named
as councils name them). Output is deterministic: reportlab runs in invariant mode with fixed
metadata, XLSX core properties are fixed and every zip member is written with a fixed timestamp;
the HTML file is plain text.
"""

import html
import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, ROOT, build_gold, main, normalise_zip, numbered_canvas, report_recs,  # noqa: E402
                          reportlab_canvas, xml_escape)
from _coverage_sets import STOP, curly, groups as _groups, words as _words  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (14, 55)
FIXED = datetime(2020, 1, 1, 9, 0, 0)


# ---------------------------------------------------------------------------------------------
# Slough, inspection of services for children in need of help and protection, children looked
# after and care leavers, and review of the LSCB (SIF), report published 17 February 2016,
# overall inadequate. "Recommendations", pages 9-10 of the PDF: four numbered headings
# ("1. Quality and effectiveness of practice" ...), each followed by bulleted items; the bullets
# carry no numbers of their own. Transcribed by hand for this set (no corpus/gold/reports file
# exists for this report) and numbered 1-22 in the report's order, as the hand-checked report
# gold numbers bulleted items; the heading each item sits under is kept as its group. Lines
# broken by the PDF are joined ("multi-" + "agency" at the end of a line of R1 is the hyphenated
# word multi-agency); the report's curly apostrophes (R5, R12, R13) are kept; the section has no
# footnote markers. The LSCB's six numbered recommendations (paragraphs 123-128, page 39) are
# addressed to the board and are not part of the list.
# ---------------------------------------------------------------------------------------------

SL_REPORT = "slough-80553/2016-02-17.pdf"

SL_GROUPS = {
    1: "1. Quality and effectiveness of practice",
    2: "2. Oversight and scrutiny by senior and political leaders",
    3: "3. Children who go missing or who are at risk of child sexual exploitation",
    4: "4. Provision and sufficiency of key services",
}

SL_RECS = [  # (number, page, group, text)
    (1, 9, 1, "In line with longstanding plans, develop and embed a genuinely multi-agency "
              "response to concerns about children. This should be rooted in clear and up-to-date "
              "threshold guidance rolled out across the partnership and regularly reviewed in "
              "conjunction with the LSCB."),
    (2, 9, 1, "Ensure that contingency arrangements and escalation processes are reviewed, "
              "monitored and understood at all levels of need and concern. This should include "
              "thresholds for step up and step down arrangements."),
    (3, 9, 1, "Ensure that all children and young people at risk of significant harm benefit from "
              "strategy discussions and meetings that meet minimum statutory requirements."),
    (4, 9, 1, "Improve the coordination and quality of support offered to children and young "
              "people on the edge of care and returning home from care."),
    (5, 9, 1, "Ensure that assessments, care plans and pathway plans for children looked after and "
              "care leavers are up to date, relevant to the individual child or young person and "
              "based on a thorough analysis of children and young people\u2019s needs and "
              "aspirations so that consequent action planning is effective."),
    (6, 9, 1, "Significantly improve the quality and regularity of contact with and support for "
              "care leavers, ensuring that managers oversee the frequency, quality and impact of "
              "contact effectively."),
    (7, 9, 1, "Ensure that staff have the knowledge and capacity to complete good-quality and "
              "timely life story work and letters for later life."),
    (8, 9, 2, "Through ambitious and innovative means, prioritise the establishment of a stable "
              "and skilled permanent workforce."),
    (9, 9, 2, "Evaluate the quality and effectiveness of early help processes and services to "
              "inform and improve future planning and service delivery."),
    (10, 9, 2, "Revise the corporate parenting strategy to ensure that it sets out a clear vision "
               "and process for improving outcomes for children looked after and care leavers."),
    (11, 9, 2, "Review the terms of reference of the corporate parenting panel to ensure that it "
               "includes wider partner representation and provides rigorous scrutiny and "
               "challenge."),
    (12, 9, 2, "Broaden the range of children and young people who participate in the CiCC and "
               "create a care leavers\u2019 focus group. Embed consultation processes "
               "systematically across the service."),
    (13, 10, 2, "Strengthen and monitor the effectiveness of the role of IROs in challenging and "
                "escalating concerns about children\u2019s plans."),
    (14, 10, 2, "Ensure that learning from complaints, audits and other sources is used "
                "effectively to influence service development."),
    (15, 10, 3, "With key partners, take decisive action to ensure that the local extent of child "
                "sexual exploitation is known and understood and that intelligence information is "
                "used proactively to inform risk management and disruption activities."),
    (16, 10, 3, "Be tenacious about ensuring that all children who go missing from home or care "
                "are offered a timely return home interview that properly explores and addresses "
                "risk and need."),
    (17, 10, 3, "Take urgent steps to ensure that all children who are identified as being at risk "
                "of going missing or being sexually exploited are subject to a risk assessment and "
                "are offered responsive and appropriate help."),
    (18, 10, 4, "Finalise, as a matter of urgency, which body is responsible for commissioning "
                "individual functions and services."),
    (19, 10, 4, "Ensure that children and young people have access to an advocacy service that "
                "enables the children and young people to express their views, particularly in "
                "important meetings about them."),
    (20, 10, 4, "Review the range and quality of accommodation for children looked after and care "
                "leavers, including staying put arrangements."),
    (21, 10, 4, "Improve the educational support provided to children looked after and strengthen "
                "significantly all services offered by the virtual school."),
    (22, 10, 4, "Review the effectiveness and organisation of support to care leavers."),
]


def sl_recs():
    """Slough's recommendations in the shape report_recs gives (corpus/gold/reports)."""
    return [{"number": n, "label": "\uf06e", "group": SL_GROUPS[g], "addressee": "local authority",
             "text": t, "page": p} for n, p, g, t in SL_RECS]


def plan_recs(plan):
    return plan["recs"]() if plan.get("recs") else report_recs(plan["report"])


# ---------------------------------------------------------------------------------------------
# Plan 1: Quennock - a landscape Word action plan printed to PDF, answering Slough 2016-02-17
# (SIF, 22 local-authority recommendations). A title block, then one ruled table Ref |
# Recommendation | Action | Lead | Target date | RAG whose header row repeats on each page. The
# Recommendation cell is merged down the rows of its group and holds the recommendation's number
# and a few of its words; the Ref cell is "N.k". Groups in the report's order, only for the
# recommendations the plan answers; a last group "Business as usual". One row is mis-filed.
# ---------------------------------------------------------------------------------------------

# the few words of each answered recommendation the Recommendation cell shows (verbatim pieces)
QN_WORDS = {
    1: "Develop and embed a genuinely multi-agency response",
    2: "Contingency arrangements and escalation processes",
    3: "Strategy discussions and meetings",
    4: "Support offered to children and young people on the edge of care",
    5: "Assessments, care plans and pathway plans",
    6: "Quality and regularity of contact with and support for care leavers",
    8: "Stable and skilled permanent workforce",
    9: "Evaluate the quality and effectiveness of early help",
    10: "Revise the corporate parenting strategy",
    11: "Terms of reference of the corporate parenting panel",
    12: "Broaden the range of children and young people who participate in the CiCC",
    14: "Learning from complaints, audits and other sources",
    15: "Local extent of child sexual exploitation",
    16: "Timely return home interview",
    17: "Subject to a risk assessment",
    20: "Range and quality of accommodation",
    22: "Effectiveness and organisation of support to care leavers",
}
QN_BAU = "Business as usual"


def qn_cell(n):
    return f"{n}. {QN_WORDS[n]}\u2026"


def qn_actions():
    acts = []

    def add(ref, text, lead, date, rag, links=(), mis=False):
        """``ref`` is the Ref cell: "N.k" in the group of recommendation N (whose merged
        Recommendation cell cites N for every row of the group), "BAUk" in the last group."""
        if ref.startswith("BAU"):
            sec, refs = QN_BAU, []
        else:
            n = int(ref.split(".")[0])
            sec, refs = qn_cell(n), [n]
        acts.append(A(curly(text), curly(lead), date, links, refs, mis, row=ref, section=sec,
                      objective=None, rag=rag))

    add("1.1", "Open the Quennock Front Door at Carfax House: the trust's duty social workers, "
        "officers from the Thamesdown Vale Police public protection unit, health visitors, a "
        "school nurse and an early help coordinator in one room, working to one "
        "information-sharing agreement and deciding together what happens next for every "
        "contact.",
        "Head of Front Door (Trust); DI, Public Protection Unit", "June 2016", "A",
        [(1, "e", "h", "a co-located front door where police, health, early help and social "
          "care decide together on every contact: the genuinely multi-agency response")])
    add("1.2", "Rewrite 'Right Help, Right Time', our guide to levels of need, with schools, "
        "health and the police; launch it at twelve briefings across the partnership and take "
        "it back to the QSCB every year to check that it still works.",
        "Head of Early Help (Council); QSCB Business Manager", "September 2016", "G",
        [(1, "e", "h", "clear, up-to-date threshold guidance rolled out across the partnership "
          "and reviewed every year with the LSCB")])

    add("2.1", "Step-up and step-down protocol between the Early Help Hubs and the trust's social "
        "work teams: no family moves between them until a joint meeting with the family has "
        "been held, and the current worker stays involved until the new worker has visited.",
        "Head of Early Help (Council); Head of Assessment (Trust)", "July 2016", "A",
        [(2, "e", "h", "step up and step down arrangements and the thresholds between early "
          "help and social care")])
    add("2.2", "One route for any practitioner, in any agency, who disagrees with a decision about "
        "a child, set out on a one-page flowchart; every escalation logged by the Front Door "
        "manager and the log reviewed each month.",
        "Head of Front Door (Trust)", "May 2016", "G",
        [(2, "e", "h", "an escalation process understood by all agencies and monitored")])
    add("2.3", "Every child in need and child protection plan to include an 'if this isn't "
        "working' section saying what will happen and who will act, checked by the team "
        "manager before the plan is signed off.",
        "Team Managers", "", "A",
        [(2, "e", "m", "contingency arrangements written into children's plans at every level "
          "of need, checked by managers")])

    add("3.1", "A meeting, not a phone call between two people, for every child who may be "
        "suffering significant harm: the police and health invited every time, a team manager "
        "in the chair, and the record on QCR within one working day.",
        "Head of Assessment (Trust)", "Immediate", "G",
        [(3, "e", "h", "strategy discussions and meetings for children at risk of significant "
          "harm that meet the statutory minimum (agencies present, recorded)")])
    add("3.2", "Heads of Service to read ten strategy meeting records a month and tell the "
        "Improvement Board who came, how soon the meeting was held and what was decided.",
        "Heads of Service", "Monthly from May 2016", "G",
        [(3, "e", "h", "strategy meetings checked against the minimum requirements")])

    add("4.1", "Set up the Keystone Team: six family practitioners and a clinical psychologist "
        "working evenings and weekends with teenagers who might otherwise come into care, and "
        "with their parents.",
        "Service Manager, Keystone", "October 2016", "A",
        [(4, "e", "h", "coordinated, good quality support for young people on the edge of "
          "care")])
    add("4.2", "Before any child goes home from care, a reunification assessment and a written "
        "support plan agreed at the child's review; Keystone visits the family for at least "
        "twelve weeks after the move.",
        "Service Manager, Keystone; Head of Children Looked After", "December 2016", "R",
        [(4, "e", "h", "support for children returning home from care")])

    add("5.1", "Care plans rewritten in the child's own words under three headings \u2013 what I "
        "need, what will happen, who will help \u2013 and brought up to date within ten working "
        "days of any change.",
        "Head of Children Looked After", "September 2016", "A",
        [(5, "e", "h", "care plans up to date and relevant to the individual child")])
    add("5.2", "Training for all social workers and personal advisers on writing assessments and "
        "pathway plans that say what a young person's history means for them now and what they "
        "want for their future.",
        "Principal Social Worker", "July 2016", "G",
        [(5, "e", "h", "assessments and pathway plans based on analysis of needs and "
          "aspirations")])

    add("6.1", "Every care leaver to see their personal adviser face to face at least every eight "
        "weeks, and every four weeks while they are 18 or without a settled home; visits "
        "written up on QCR the same week.",
        "Service Manager, Onward", "June 2016", "A",
        [(6, "e", "h", "regular, good quality contact with care leavers")])
    add("6.2", "The Onward team manager reviews each personal adviser's visit report every month "
        "and reads two case records with the adviser, asking what difference the visits have "
        "made for the young person.",
        "Team Manager, Onward", "Monthly", "A",
        [(6, "e", "h", "managers oversee the frequency, quality and impact of contact")])

    add("8.1", "'Choose Quennock': a relocation package of up to \u00a35,000, help with renting "
        "through the council's key worker housing scheme and a market supplement for "
        "experienced social workers; agency social workers offered permanent posts on the same "
        "terms.",
        "Head of HR (Trust)", "August 2016", "A",
        [(8, "e", "h", "attracting and keeping permanent social workers by ambitious means")])
    add("8.2", "Quennock Social Work Academy: a protected caseload and a mentor for every newly "
        "qualified social worker, and six Step Up to Social Work trainees a year.",
        "Principal Social Worker", "September 2016", "G",
        [(8, "e", "h", "growing a skilled permanent workforce")])
    add("8.3", "Two-day induction for every new member of staff, permanent or agency, including a "
        "morning with the virtual school and the looked after children's health team.",
        "Workforce Development Manager", "From May 2016", "G",
        [(8, "e", "m", "new staff equipped quickly (a skilled workforce); the virtual school is "
          "a passing mention (R21)")])

    add("9.1", "Independent review of the Early Help Hubs, the Early Help Assessment and the "
        "family services the council pays for, reporting to Cabinet in time to shape the "
        "2017/18 budget.",
        "Director of Children's Services (Council)", "November 2016", "A",
        [(9, "e", "h", "an evaluation of early help processes and services to inform future "
          "planning")])
    add("9.2", "Score every family at the start and the end of their early help plan with the "
        "Family Star; a quarterly outcomes report to the Early Help Partnership, which uses it "
        "to decide what to buy next year.",
        "Head of Early Help (Council)", "From July 2016", "A",
        [(9, "e", "h", "measuring the effectiveness of early help to improve service "
          "delivery")])

    add("10.1", "Write 'Our Promise', a new corporate parenting strategy, with Our Voice and the "
        "Next Steps Forum: five promises, each with the measures we will report on, signed by "
        "the Leader of the council and the trust's Chief Executive.",
        "Lead Member for Children; Head of Children Looked After", "October 2016", "A",
        [(10, "e", "h", "a revised corporate parenting strategy with a clear vision and "
          "measures for outcomes")])
    add("10.2", "Invite health, the police, Quennock College and a foster carer to sit on the "
        "Corporate Parenting Panel, and give one meeting in three to a challenge session at "
        "which heads of service answer for their figures.",
        "Democratic Services Manager", "July 2016", "G",
        [(11, "j", "h", "wider partner representation on the corporate parenting panel and "
          "rigorous challenge (R11); filed under 10, the strategy, which it does not answer")],
        mis=True)

    add("11.1", "New terms of reference for the Corporate Parenting Panel agreed by Cabinet, with "
        "a forward plan so that every part of 'Our Promise' is examined at least once a year.",
        "Democratic Services Manager", "July 2016", "G",
        [(11, "e", "h", "terms of reference of the panel reviewed so that it scrutinises")])

    add("12.1", "Relaunch the Children in Care Council as Our Voice, with a junior group for 8 to "
        "12-year-olds, evening meetings for teenagers at school or college, and travel paid "
        "for children who live outside Quennock.",
        "Participation Officer", "September 2016", "A",
        [(12, "e", "h", "a wider range of children taking part in the CiCC")])
    add("12.2", "Start the Next Steps Forum for care leavers, meeting monthly at the Onward base, "
        "with a budget of its own and a seat at the Corporate Parenting Panel.",
        "Participation Officer; Service Manager, Onward", "June 2016", "G",
        [(12, "e", "h", "a care leavers' focus group")])

    add("14.1", "Quarterly learning report drawing together complaints, audit findings, case "
        "reviews and what staff tell us; the senior leadership team picks three changes to "
        "practice from each report and tracks them until they are made.",
        "Head of Quality Assurance (Trust)", "Quarterly from July 2016", "A",
        [(14, "e", "h", "learning from complaints, audits and other sources turned into "
          "changes to the service")])
    add("14.2", "Meet every family whose complaint is upheld to tell them what has changed as a "
        "result, and publish a 'You said, we did' page each quarter.",
        "Complaints Manager", "", "G",
        [(14, "e", "m", "complaints leading to change, and families told of it")])

    add("15.1", "Joint problem profile with Thamesdown Vale Police and health: which children are "
        "at risk, where, and from whom; the first in June, then refreshed every six months and "
        "shared with schools and the licensing team.",
        "CSE Coordinator; DI, Public Protection Unit", "June 2016", "A",
        [(15, "e", "h", "the local extent of child sexual exploitation known and understood "
          "with partners")])
    add("15.2", "Operation Lantern: a fortnightly meeting with the police to pool what is known "
        "about suspected abusers and about hotels, takeaways and taxi firms, and to agree how "
        "to disrupt them, from abduction notices to licensing visits.",
        "DI, Public Protection Unit", "From May 2016", "G",
        [(15, "e", "h", "intelligence used proactively for disruption and risk management")])

    add("16.1", "Lodestar Project commissioned to offer every child a return interview within 72 "
        "hours of coming back, at a place the child chooses; at the end of each interview the "
        "child is told how to contact the advocacy service.",
        "Missing Coordinator", "July 2016", "A",
        [(16, "e", "h", "a timely return home interview offered to every child; telling the "
          "child about the advocacy service is a passing mention (R19)")])
    add("16.2", "The Missing Coordinator reads every return interview, passes what the child said "
        "to the social worker the same day and brings patterns \u2013 places, people, times \u2013 "
        "to the monthly Missing and Exploited Panel.",
        "Missing Coordinator", "Monthly", "G",
        [(16, "e", "h", "return interviews that explore risk and need and lead to action")])

    add("17.1", "Screening tool for going missing and exploitation completed by the social worker "
        "for every child flagged; a full risk assessment within ten working days and a support "
        "plan from the Lantern workers, reviewed at the Missing and Exploited Panel.",
        "Team Managers; CSE Coordinator", "June 2016", "A",
        [(17, "e", "h", "a risk assessment for every child at risk of going missing or sexual "
          "exploitation")])
    add("17.2", "Lantern workers to see each child within five working days of referral and then "
        "every week while the risk stays high.",
        "", "August 2016", "A",
        [(17, "e", "h", "responsive help for children at risk of exploitation")])

    add("20.1", "'Foster for Quennock': 30 more local foster families by March 2017, with a "
        "higher fee for carers of teenagers and of brothers and sisters, so that fewer children "
        "live far from home.",
        "Fostering Service Manager", "March 2017", "R",
        [(20, "e", "h", "the range of homes for children looked after")])
    add("20.2", "No more care leavers placed in houses of multiple occupation: twelve supported "
        "lodgings hosts and a block contract for 20 supported flats in the borough, each "
        "visited and checked by Onward before anyone moves in.",
        "Service Manager, Onward; Housing Needs Manager (Council)", "December 2016", "A",
        [(20, "e", "h", "the range and quality of accommodation for care leavers")])

    add("22.1", "Bring the personal advisers and the 16-plus social workers together as the Onward "
        "Service under one service manager, with one duty line, and test the new arrangement "
        "with the Next Steps Forum after six months.",
        "Head of Children Looked After", "September 2016", "A",
        [(22, "e", "h", "the organisation of support to care leavers reviewed and its "
          "effectiveness tested")])
    add("22.2", "Peer review of the Onward Service by the leaving care manager of a neighbouring "
        "council, reading case records and talking to young people.",
        "", "January 2017", "",
        [(22, "e", "h", "review of the effectiveness of support to care leavers")])

    add("BAU1", "Agree with Quennock Clinical Commissioning Group a jointly funded service of "
        "individual therapy sessions for children waiting for an autism assessment.",
        "Head of Children with Disabilities", "January 2017", "A")
    add("BAU2", "Refresh the whistleblowing policy and show every member of staff how to raise "
        "and escalate concerns about practice, including directly to the trust board.",
        "Head of HR (Trust)", "June 2016", "G")
    add("BAU3", "Residents' consultation on the new home-to-school transport policy; the "
        "consultation process closes on 30 September.",
        "Head of Education Services (Council)", "September 2016", "")
    add("BAU4", "Move all trust staff onto the new HR and payroll system, Clockwise.",
        "Head of HR (Trust)", "", "A")
    add("BAU5", "Replace social workers' laptops with tablets that can record visits offline.",
        "ICT Business Partner", "Q3 2016/17", "")
    add("BAU6", "Annual report of the Local Authority Designated Officer to the QSCB.",
        "LADO", "June 2016", "G")
    add("BAU7", "Recruit a registered manager for Elmcroft, the short breaks home.",
        "Head of Children with Disabilities", "October 2016", "R")
    return acts


QN = {
    "name": "quennock", "ext": "pdf", "report": SL_REPORT, "recs": sl_recs,
    "council": "Quennock Borough Council and Quennock Children's Services Trust",
    "actions": qn_actions, "bounds": (35, 55),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered",
                 6: "covered", 7: "uncovered", 8: "covered", 9: "covered", 10: "covered",
                 11: "covered", 12: "weak", 13: "uncovered", 14: "covered", 15: "covered",
                 16: "covered", 17: "covered", 18: "uncovered", 19: "weak", 20: "weak",
                 21: "weak", 22: "covered"},
    "unanswered": [7, 13, 18], "passing": [19, 21], "partial": [12, 20],
    "orphans": ["BAU1", "BAU2", "BAU3", "BAU4", "BAU5", "BAU6", "BAU7"], "miscited": ["10.2"],
    "passing_phrase": {19: ("16.1", "told how to contact the advocacy service"),
                       21: ("8.3", "a morning with the virtual school")},
    "decoys": {18: ["BAU1"], 13: ["BAU2"]},
    "ask_decoys": {12: ["BAU3"]},
    "asks": {1: [("develop and embed a genuinely multi-agency response to concerns about "
                  "children", ["1.1"]),
                 ("clear and up-to-date threshold guidance rolled out across the partnership and "
                  "regularly reviewed with the LSCB", ["1.2"])],
             2: [("contingency arrangements and escalation processes reviewed, monitored and "
                  "understood at all levels of need and concern", ["2.2", "2.3"]),
                 ("thresholds for step up and step down arrangements", ["2.1"])],
             6: [("improve the quality and regularity of contact with and support for care "
                  "leavers", ["6.1"]),
                 ("managers oversee the frequency, quality and impact of contact", ["6.2"])],
             12: [("broaden the range of children and young people who participate in the CiCC",
                   ["12.1"]),
                  ("create a care leavers' focus group", ["12.2"]),
                  ("embed consultation processes systematically across the service", [])],
             20: [("review the range and quality of accommodation for children looked after",
                   ["20.1"]),
                  ("review the range and quality of accommodation for care leavers", ["20.2"]),
                  ("including staying put arrangements", [])]},
    "notes": (
        "PDF printed from a landscape Word document: on page 1 a title block (trust and council, "
        "'Ofsted Improvement Plan 2016\u201317', what the plan answers, a version line, two short "
        "paragraphs and a RAG key: not actions), then one ruled table Ref | Recommendation | "
        "Action | Lead | Target date | RAG whose header row repeats on each page, with 'OFFICIAL' "
        "and 'Page N of M' furniture. The report's 22 recommendations to the council sit under "
        "four numbered headings as unnumbered bullets; the plan (and this gold) numbers them 1 "
        "to 22 in the report's order, as its introduction says. The table has one group of rows "
        "per recommendation the plan answers, in the report's order: the Recommendation cell is "
        "merged down the group's rows (drawn once, with text on the first row only) and holds "
        "the number and a few words of the recommendation ('3. Strategy discussions and "
        "meetings\u2026'); it is the citation of every row of its group (explicit_refs [N]; "
        "'section' is the cell as written, for every action of the group). 'row' is the Ref cell "
        "('3.1', 'N.k' numbering the council's actions within the group of N); 'objective' is "
        "null; the RAG cell is status, not text. A last group 'Business as usual' (Ref BAU1-"
        "BAU7) holds the orphans and cites nothing. Apostrophes and quotation marks are Word's "
        "curly ones. Groups exist only for 17 recommendations: the three unanswered and the two "
        "touched only in passing have none, so no designed gap is cited anywhere. Unanswered: "
        "R18 (finalise which body is responsible for commissioning individual functions and "
        "services) is the hard unanswered one: orphan 36 (BAU1, a service of 'individual' "
        "therapy sessions agreed with the clinical 'commissioning' group) shares its words but is "
        "a children's disability service, not the split of commissioning between council and "
        "trust; R13 (IROs challenging and escalating concerns about children's plans) has a "
        "hard decoy too: orphan 37 (BAU2, a whistleblowing policy telling staff how to "
        "'escalate concerns' about practice) involves no IRO and no child's plan; R7 (life story "
        "work and later life letters) is simply absent. Passing: R19 (access to advocacy) is "
        "touched only by action 28 (16.1, return interviews, aimed at R16), where the child 'is "
        "told how to contact the advocacy service'; R21 (education of children looked after and "
        "the virtual school) only by action 16 (8.3, induction for new staff, aimed at R8), which "
        "includes 'a morning with the virtual school'; both weak. Partly answered (see asks): "
        "R12 (the CiCC broadened by action 22, a care leavers' focus group by 23; embedding "
        "consultation systematically across the service by nothing; orphan 38, BAU3, a "
        "residents' 'consultation process' on school transport, shares the words), and R20 "
        "(accommodation for children looked after by 32, for care leavers by 33; staying put by "
        "nothing); both weak. Mis-filed row: action 20 (10.2, partners on the Corporate "
        "Parenting Panel and challenge sessions) sits in the group of 10 (the corporate "
        "parenting strategy) and so cites 10, but answers R11 (the panel's membership and "
        "challenge): its citation is not a link, its R11 link is judged and flagged miscited; "
        "R11 is also answered by 21 (11.1). The other answered recommendations have one to "
        "three actions each, all explicit; asks are recorded for R1, R2 and R6 and all are "
        "answered. Actions 5, 25 and 39 have no target date, 31 and 35 no lead. 'action N' means "
        "quennock-N, numbered down the table: 1-2 are 1.1-1.2, 3-5 2.1-2.3, 6-7 3.1-3.2, 8-9 "
        "4.1-4.2, 10-11 5.1-5.2, 12-13 6.1-6.2, 14-16 8.1-8.3, 17-18 9.1-9.2, 19-20 10.1-10.2, "
        "21 11.1, 22-23 12.1-12.2, 24-25 14.1-14.2, 26-27 15.1-15.2, 28-29 16.1-16.2, 30-31 "
        "17.1-17.2, 32-33 20.1-20.2, 34-35 22.1-22.2, 36-42 BAU1-BAU7. The plan's own names: "
        "Quennock Children's Services Trust, QCR (case record), Quennock Front Door, 'Right "
        "Help, Right Time', QSCB (the LSCB), Early Help Hubs, Keystone Team, Onward Service, "
        "'Choose Quennock', Quennock Social Work Academy, 'Our Promise', Our Voice (the "
        "CiCC), Next Steps Forum, Operation Lantern, Lodestar Project, Missing and Exploited "
        "Panel, Thamesdown Vale Police, Clockwise, Elmcroft."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Tullerby - an Excel tracker answering Calderdale 2024-05-15 (ILACS-short, 2
# recommendations). "Plan" sheet: a title row, then Area | Ref | What we will do | Responsible |
# Due | Progress note; the council's Ref codes (VS01 ...), no recommendation numbers; one cell
# holds two actions on two lines. "Completed" sheet: the same columns, three finished rows.
# ---------------------------------------------------------------------------------------------

TL_HEAD = ["Area", "Ref", "What we will do", "Responsible", "Due", "Progress note"]
TL_VS = "Education of children in care"


def tl_actions():
    acts = []

    def add(sheet, area, ref, text, lead, due, note, links=(), line=None):
        """``line``: 1 or 2 for the two lines of a cell holding two actions (the second shares
        the first's row, Responsible, Due and Progress note)."""
        acts.append(A(text, lead, due, links, row=ref, section=area, objective=None,
                      sheet=sheet, note=note, line=line))

    add("Plan", TL_VS, "VS01", "Every PEP written on the new ePEP platform, with the designated "
        "teacher, social worker, carer and child each adding their part before the meeting.",
        "Virtual School Headteacher", "02/09/2024", "Platform live; 84% of autumn PEPs on it",
        [(2, "j", "h", "quality of personal education plans: complete, with every contributor")])
    add("Plan", TL_VS, "VS02", "No more than three targets a term in each PEP, each tied to the "
        "child's current level in reading, writing or maths, and the next PEP to record "
        "whether it was met.",
        "Virtual School Headteacher", "Autumn term 2024", "New target section in the ePEP",
        [(2, "j", "h", "PEPs measuring progress and driving attainment (report para 35)")])
    add("Plan", TL_VS, "VS03", "Virtual school advisers to grade every PEP within ten school "
        "days of the meeting and send any graded 'requires work' back to the school and the "
        "social worker to be put right.",
        "Education Advisers, Virtual School", "From 09/09/2024", "Grading started; 61% good",
        [(2, "j", "h", "quality assurance of every personal education plan")])
    add("Plan", TL_VS, "VS04", "Pupil premium plus paid to schools only against a target in the "
        "PEP, with what it was spent on and what difference it made recorded at the next "
        "meeting.",
        "Virtual School Business Manager", "Sep-24", "Agreed with Schools Forum",
        [(2, "j", "h", "impact of PEPs: funding tied to targets and its effect on the child's "
          "progress")])
    add("Plan", TL_VS, "VS05", "Termly session for the designated teacher network on writing "
        "targets that move learning on",
        "Virtual School Headteacher; Principal Social Worker", "Termly",
        "First sessions booked for October", [(2, "j", "h", "quality of PEP targets set by "
                                                "schools")], line=1)
    add("Plan", TL_VS, "VS05", "Briefing for social workers on their part before, during and "
        "after the PEP meeting",
        "Virtual School Headteacher; Principal Social Worker", "Termly",
        "First sessions booked for October", [(2, "j", "m", "quality of PEPs: social workers' "
                                                "contribution")], line=2)
    add("Plan", TL_VS, "VS06", "Post-16 PEPs for young people in Years 12 and 13, reviewed each "
        "term alongside the college's own progress report.",
        "Post-16 Education Adviser", "Jan-25", "Not started",
        [(2, "j", "m", "PEPs for older children in care that follow their progress")])
    add("Plan", TL_VS, "VS07", "Termly report from the Virtual School Head to the Corporate "
        "Parenting Board, following each year group's results against the targets set in "
        "their PEPs.",
        "Virtual School Headteacher", "", "Format agreed",
        [(2, "j", "h", "oversight of the impact of PEPs on educational attainment")])
    add("Plan", "Help and protection", "HP01", "On-call managers in the emergency duty team to "
        "write the reason for every decision they make out of hours on the child's record "
        "before the end of the shift.",
        "EDT Manager", "28/06/2024", "Audit in July: 70%")
    add("Plan", "Help and protection", "HP02", "Chairs of review child protection conferences "
        "to ask at the start of each conference whether every action from the last plan has "
        "been done and what difference it made.",
        "Safeguarding and Quality Service Manager", "Jul-24", "In place")
    add("Plan", "Help and protection", "HP03", "Safety plans written with parents in plain "
        "language, saying exactly what is expected of them.",
        "", "31/08/2024", "Template updated")
    add("Plan", "Care leavers", "CL01", "Care leavers aged 18 to 20 who present as homeless at "
        "Housing Options to be seen the same day, with their personal adviser joining the "
        "appointment in person or by video.",
        "Leaving Care Team Manager; Housing Options Manager", "Oct-24", "Protocol drafted")
    add("Plan", "Young carers", "YC01", "Young carers' assessments for 16- and 17-year-olds to "
        "include planning for the move to support for adult carers at 18.",
        "Young Carers Service Manager", "Dec 2024", "")
    add("Plan", "Workforce", "WF01", "Supervision pods extended to the family support workers in "
        "the outreach team.",
        "Head of Service, Family Intervention", "Ongoing", "Two pods running")
    add("Plan", "Workforce", "WF02", "Four social work apprenticeships in the 2025 intake.",
        "Workforce Development Lead", "06/01/2025", "Advert out")
    add("Completed", TL_VS, "VS08", "PEP quality audit tool agreed with primary and secondary "
        "headteachers.",
        "Virtual School Headteacher", "31/05/2024", "Complete \u2013 in use since June",
        [(2, "j", "h", "a shared standard for the quality of PEPs")])
    add("Completed", TL_VS, "VS09", "A virtual school caseworker for children living outside "
        "Tullerby, who attends their PEP meetings in person.",
        "Virtual School Headteacher", "Jul-24", "Complete \u2013 appointed 15 July",
        [(2, "j", "h", "quality and follow-through of PEPs for children placed away")])
    add("Completed", "Help and protection", "HP04", "LADO awareness sessions for faith groups "
        "and sports clubs.",
        "LADO", "30/06/2024", "Complete \u2013 six sessions held")
    return acts


TL = {
    "name": "tullerby", "ext": "xlsx", "report": "calderdale-80444/2024-05-15.pdf",
    "council": "Tullerby Council",
    "actions": tl_actions, "bounds": (15, 25),
    "expected": {1: "uncovered", 2: "covered"},
    "unanswered": [1], "passing": [], "partial": [], "miscited": [],
    "orphans": [9, 10, 11, 12, 13, 14, 15, 18],
    "decoys": {1: [12, 13]},
    "asks": {2: [("the quality of personal education plans", [1, 3, 5, 6, 16, 17]),
                 ("the impact of personal education plans in progressing children's "
                  "educational attainment", [2, 4, 7, 8, 17])]},
    "notes": (
        "XLSX tracker with two sheets. 'Plan': row 1 a title (merged across the columns), row 2 "
        "the headers Area | Ref | What we will do | Responsible | Due | Progress note, then one "
        "row per action (Area filled on every row). 'Completed': the same title and header rows "
        "and three rows the council moved there when they were done; they are actions of the "
        "plan like the others. 'section' is the Area cell, 'row' the council's own Ref code "
        "(VS01, HP02 ...; letters and a serial, never recommendation numbers), 'objective' null; "
        "the Progress note is status, not text. No recommendation numbers anywhere: every link "
        "is judged. Row VS05's action cell holds two actions on two lines (actions 5 and 6, "
        "sharing the row's Ref, Responsible, Due and note; neither line ends with a full stop). "
        "Due cells are Excel dates shown as dd/mm/yyyy or mmm-yy (date_raw is the displayed "
        "text) or text ('Autumn term 2024', 'Termly', 'Ongoing'). Action 8 has no due date, "
        "action 11 no one responsible. R2 (the quality and impact of personal education plans) "
        "is covered by actions 1-8 and 16-17, both asks answered (see asks). R1 (the response "
        "to 16- and 17-year-olds who present as homeless) is the hard unanswered one: orphan "
        "12 (care leavers aged 18 to 20 'who present as homeless' at Housing Options) and orphan "
        "13 (young carers' assessments for '16- and 17-year-olds') share its words, but neither "
        "is about children of 16 or 17 presenting as homeless; nothing is aimed at R1. Other "
        "orphans (business as usual, or findings of the report that carry no recommendation): 9 "
        "(emergency duty team managers recording decisions, report para 4), 10 (review "
        "conferences, para 9), 11 (safety plans, para 7), 14-15 (workforce) and 18 (LADO "
        "awareness, para 20, on the Completed sheet). 'action N' means tullerby-N: 1-15 are the "
        "Plan sheet's rows in order (VS05 giving 5 and 6), 16-18 the Completed sheet's. The "
        "plan's own names: ePEP platform, designated teacher network, Housing Options, "
        "supervision pods."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Wendlesham - a SharePoint page answering City of London 2024-11-05 (ILACS-short, 2
# recommendations). Nested <div>s around one <table>: the header is the first <tr>, its cells
# <td><strong>; Priority | Action | Owner | Timescale; the Priority cell repeated on each row;
# &nbsp; in empty cells; actions wrapped in <span style="..."> with a bold lead-in on some.
# ---------------------------------------------------------------------------------------------

WD_P1 = "Domestic abuse \u2013 seeing it through the child's eyes"
WD_P2 = "Safe outside the home"
WD_P3 = "Other service priorities"


def wd_actions():
    acts = []

    def add(prio, text, owner, when, links=(), bold=None, nbsp=False, apos=False):
        """``bold``: the opening words shown in <strong>; ``nbsp``: the Timescale cell's spaces
        written as &nbsp;; ``apos``: apostrophes written as &#39; (as the editor saves them)."""
        if bold:
            assert text.startswith(bold), bold
        acts.append(A(text, owner, when, links, row=None, section=prio, objective=None,
                      bold=bold, nbsp=nbsp, apos=apos))

    add(WD_P1, "Look wider than the incident: every assessment where a parent is harmed by a "
        "partner to use the Wendlesham toolkit, covering financial, emotional and coercive and "
        "controlling behaviour as well as violence.",
        "Head of Children's Social Care", "December 2024",
        [(1, "j", "h", "all forms of domestic abuse explored in depth when judging its impact on "
          "the child (report para 5)")], bold="Look wider than the incident:")
    add(WD_P1, "Direct work with every child: the social worker uses the 'My World at Home' "
        "tools to hear what the child has seen and heard, and the child's words go into the "
        "plan.",
        "Team Manager, Children and Families", "Jan 2025",
        [(1, "j", "h", "the child's lived experience of abuse at home shaping the plan")],
        bold="Direct work with every child:", apos=True)
    add(WD_P1, "Quarterly audit of ten children's records where a parent is being hurt by a "
        "partner, starting from one question: is the child safer and happier than three months "
        "ago?",
        "Quality Assurance Lead", "Quarterly",
        [(1, "j", "h", "the impact for children tested by audit")], apos=True)
    add(WD_P1, "Coercive control and economic abuse training for all social workers and early "
        "help workers, run with the independent domestic violence advisers.",
        "Workforce Development Lead", "Feb 2025",
        [(1, "j", "h", "staff able to recognise every form of domestic abuse and its effect on "
          "children (report para 5)")], nbsp=True)
    add(WD_P1, "Places on the Turning Point programme for fathers who harm, agreed with the "
        "probation service for men released early from prison.",
        "Head of Early Help", "",
        [(1, "j", "m", "work with the person causing harm so that children are safer (report "
          "para 5, early release)")])
    add(WD_P1, "Where there is violence at home, the child protection plan says what happens if "
        "it is not working, and the team manager reviews it every four weeks.",
        "Team Managers", "Immediate",
        [(1, "j", "h", "children left too long in abusive situations without contingency "
          "planning (report para 11)")])

    add(WD_P2, "Replace the single missing and exploitation risk tool with the Wendlesham "
        "exploitation assessment, with separate parts for criminal and sexual exploitation and "
        "for push and pull factors.",
        "Head of Children's Social Care", "March 2025",
        [(2, "j", "h", "the generic tool does not explore criminal or sexual exploitation in "
          "depth (report para 12)")], bold="Replace the single missing and exploitation risk "
        "tool")
    add(WD_P2, "Return home interview provider to send a monthly summary of the places and "
        "people children talk about, taken to the multi-agency exploitation meeting.",
        "Commissioning Officer", "From Nov 2024",
        [(2, "j", "h", "what children say after going missing used in the response to "
          "exploitation")], nbsp=True)
    add(WD_P2, "Map with the police and the community safety team the places where young people "
        "are approached \u2013 stations, shopping centres, estates \u2013 and agree patrols and "
        "disruption.",
        "", "April 2025",
        [(2, "j", "h", "contextual response to the exploitation of young people outside the "
          "home")])
    add(WD_P2, "An exploitation lead practitioner in each team, to advise on every child where "
        "there are worries about county lines or sexual exploitation.",
        "Head of Children's Social Care", "Jan 2025",
        [(2, "j", "h", "practice expertise for children who are exploited")],
        bold="An exploitation lead practitioner in each team")
    add(WD_P2, "Support for the parents of a child who is being groomed or exploited outside the "
        "family, offered within five working days.",
        "Head of Early Help", "Feb 2025",
        [(2, "j", "m", "the response to exploited children includes help for their families")],
        nbsp=True)

    add(WD_P3, "Rebuild the PLO tracker so that timescales, key dates and each child's history "
        "can be seen at a glance.",
        "Legal and Court Progression Manager", "Jan 2025", apos=True)
    add(WD_P3, "Partner referral form to ask the referrer whether consent was sought or given.",
        "Front Door Manager", "Dec 2024")
    add(WD_P3, "Personal safety training for staff at the Marlow Yard youth centre: handling "
        "aggression and violence from visitors, lone working and personal alarms.",
        "Youth Service Manager", "Spring 2025")
    add(WD_P3, "Monthly online session for care leavers on their rights and entitlements, with "
        "the housing and health services.",
        "Care Leavers Service Manager", "Ongoing")
    add(WD_P3, "British passport applications paid for by the council for young people who were "
        "unaccompanied and have been granted indefinite leave to remain.",
        "Care Leavers Service Manager", "April 2025")
    return acts


WD = {
    "name": "wendlesham", "ext": "html", "report": "london-corporation-80450/2024-11-05.pdf",
    "council": "Wendlesham Council",
    "actions": wd_actions, "bounds": (14, 22),
    "expected": {1: "covered", 2: "weak"},
    "unanswered": [], "passing": [], "partial": [2], "miscited": [],
    "orphans": [12, 13, 14, 15, 16],
    "decoys": {},
    "ask_decoys": {2: [14]},
    "asks": {2: [("the response to children who experience exploitation", [7, 8, 9, 10, 11]),
                 ("the response to children who experience youth violence", [])]},
    "notes": (
        "HTML page as SharePoint saves it: a head with the page title, then nested <div>s "
        "(workspace, body container, content box, layout zones, a rich-text field) around a "
        "heading, two paragraphs (not actions) and one <table class=\"ms-rteTable-default\"> "
        "without <thead>: its first <tr> is the header, each cell a <td> holding <strong>Priority"
        "</strong>, Action, Owner, Timescale. Every other row repeats its Priority cell in full "
        "('section', as written, with &#39; / &ndash; entities decoded); 'row' and 'objective' "
        "are null. Each Action cell wraps the text in <span style=\"...\">; four begin with a "
        "bold lead-in (<strong> inside the span, part of 'text'); some write apostrophes as "
        "&#39; and some Timescale cells write their spaces as &nbsp;; the empty Owner cell of "
        "action 9 and the empty Timescale cell of action 5 hold only &nbsp; (leads_raw / "
        "date_raw empty). 'text' holds no tags or entities. After the table, a paragraph on "
        "governance (not an action). No recommendation numbers and no numbered priorities: "
        "every link is judged. R1 (the impact for children living with domestic abuse) is "
        "covered by actions 1-6. R2 (the response to children who experience exploitation and "
        "youth violence) is partly answered (see asks): exploitation is answered by 7-11; youth "
        "violence by nothing (no action on serious violence between young people, knives or "
        "groups). Hard decoy: orphan 14 (personal safety training for staff at a 'youth' "
        "centre, handling 'violence' from visitors) shares the unanswered ask's words, but it "
        "protects staff, not children who experience youth violence. Other orphans (business as "
        "usual, or findings of the report without a recommendation): 12 (PLO tracker, report "
        "para 13), 13 (consent on partner referrals, para 3), 15 (care leavers' online "
        "sessions), 16 (passports for formerly unaccompanied young people). 'action N' means "
        "wendlesham-N, numbered down the table: 1-6 'Domestic abuse \u2013 seeing it through "
        "the child's eyes', 7-11 'Safe outside the home', 12-16 'Other service priorities'. The "
        "plan's own names: the Wendlesham toolkit, 'My World at Home', Turning Point, the "
        "Wendlesham exploitation assessment, Marlow Yard youth centre."),
}

PLANS = [QN, TL, WD]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold, with the recommendations taken from the plan when it carries
# them, and design lists naming an action by its index or by its (unique) row
# ---------------------------------------------------------------------------------------------

def build_aa(plan, set_name="aa"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document), as
    _coverage_sets.build_gold builds it, except that the recommendations come from
    ``plan_recs`` (Slough's are transcribed in this script). Actions are ``<name>-<i>`` in
    order; design lists and asks name an action by its index or by its row, if unique."""
    return build_gold(plan, set_name, ABOUT, recs=plan_recs(plan))


def _ids(plan):
    """index or unique row -> action id, as build_aa names them."""
    acts = plan["actions"]()
    ids = {i: f"{plan['name']}-{i}" for i in range(1, len(acts) + 1)}
    rows = [a["row"] for a in acts]
    for i, a in enumerate(acts, 1):
        if a["row"] and rows.count(a["row"]) == 1:
            ids[a["row"]] = ids[i]
    return ids


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_qn(plan, acts, path):
    reportlab_canvas()  # invariant mode before anything is built
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    page = landscape(A4)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=16, leading=20,
                           spaceAfter=4)
    sub = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=12, leading=15,
                         spaceAfter=6)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold",
                          textColor=colors.white)

    def P(text, style=cell):
        return Paragraph(xml_escape(text), style)

    story = [P("Quennock Children\u2019s Services Trust and Quennock Borough Council", title),
             P("Ofsted Improvement Plan 2016\u201317", sub),
             P(curly("Our response to the inspection of services for children in need of help "
                     "and protection, children looked after and care leavers (24 November to 17 "
                     "December 2015; report published February 2016)"), body),
             P(curly("Version 2.1 \u2013 14 April 2016 \u2013 agreed by the Children's "
                     "Improvement Board"), body),
             P(curly("The report made 22 recommendations to the council, under four headings. "
                     "We have numbered them 1 to 22 in the order they appear in the report. The "
                     "Local Safeguarding Children Board's recommendations are in the QSCB "
                     "business plan. Since 1 October 2015 children's social care, early help and "
                     "the virtual school have been run by the trust; the council remains "
                     "responsible for the outcomes of its children."), body),
             P(curly("Each action has a lead and a target date. Leads update the RAG rating "
                     "before each monthly meeting of the Improvement Board. RAG: G on track, A "
                     "some slippage, R off track or at risk."), body),
             Spacer(1, 6)]

    cols = ["Ref", "Recommendation", "Action", "Lead", "Target date", "RAG"]
    rows = [[Paragraph(c, head) for c in cols]]
    spans, starts = [], []
    rag_cells = []
    for group in _groups(acts, lambda a: a["section"]):
        lo = len(rows)
        starts.append(lo)
        for k, a in enumerate(group):
            rag = a["extra"]["rag"]
            rows.append([P(a["row"]), P(a["section"], cellb) if k == 0 else "", P(a["text"]),
                         P(a["lead"]), P(a["date"]), P(rag, cellb) if rag else ""])
            if rag:
                rag_cells.append((len(rows) - 1, rag))
        if len(group) > 1:
            spans.append((lo, len(rows) - 1))
    widths = [1.3 * cm, 4.6 * cm, 11.6 * cm, 4.6 * cm, 2.6 * cm, 1.2 * cm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for lo, hi in spans:
        style.append(("SPAN", (1, lo), (1, hi)))
    for r, rag in rag_cells:
        fill = {"G": "#C6EFCE", "A": "#FFEB9C", "R": "#FFC7CE"}[rag]
        style.append(("BACKGROUND", (5, r), (5, r), colors.HexColor(fill)))
    table.setStyle(TableStyle(style))
    story.append(table)

    def furniture(c, n, total):
        w, h = page
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 1.5 * cm, h - 1.0 * cm, "OFFICIAL")
        c.drawString(1.5 * cm, 0.8 * cm, "Quennock Ofsted Improvement Plan v2.1 \u2013 April 2016")
        c.drawRightString(w - 1.5 * cm, 0.8 * cm, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=page, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm,
                            title="Ofsted Improvement Plan 2016-17 v2.1",
                            author="Quennock Children's Services Trust", subject="",
                            creator="Microsoft\u00ae Word 2013")
    doc.build(story, canvasmaker=numbered_canvas(furniture))


_MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                      "Sep", "Oct", "Nov", "Dec"], 1)}


def _excel_date(text):
    """A displayed date as the Excel value behind it: (value, number format) or (text, None)."""
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", text)
    if m:
        return datetime(int(m.group(3)), int(m.group(2)), int(m.group(1))), "dd/mm/yyyy"
    m = re.fullmatch(r"([A-Z][a-z]{2})-(\d\d)", text)
    if m and m.group(1) in _MONTHS:
        return datetime(2000 + int(m.group(2)), _MONTHS[m.group(1)], 1), "mmm-yy"
    return (text or None), None


def write_tl(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    titles = {"Plan": "Tullerby Children's Services \u2013 inspection improvement plan 2024/25 "
                      "(ILACS, February 2024) \u2013 updated 30/09/2024",
              "Completed": "Tullerby Children's Services \u2013 inspection improvement plan "
                           "2024/25: completed actions"}
    wb = Workbook()
    first = True
    for sheet in ("Plan", "Completed"):
        if first:
            ws = wb.active
            ws.title = sheet
            first = False
        else:
            ws = wb.create_sheet(sheet)
        ws["A1"] = titles[sheet]
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:F1")
        ws.append(TL_HEAD)
        for c in ws[2]:
            c.font = Font(bold=True)
            c.fill = head_fill
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="center")
        mine = [a for a in acts if a["extra"]["sheet"] == sheet]
        for row in _groups(mine, lambda a: (a["row"], a["extra"]["line"] is not None)):
            a = row[0]
            for b in row:
                assert (b["lead"], b["date"], b["extra"]["note"]) == (a["lead"], a["date"],
                                                                        a["extra"]["note"])
            if len(row) > 1:
                assert [b["extra"]["line"] for b in row] == [1, 2]
            what = "\n".join(b["text"] for b in row)
            value, fmt = _excel_date(a["date"])
            ws.append([a["section"], a["row"], what, a["lead"] or None, value,
                       a["extra"]["note"] or None])
            r = ws.max_row
            if fmt:
                ws.cell(row=r, column=5).number_format = fmt
            for col in range(1, 7):
                c = ws.cell(row=r, column=col)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="left" if col == 5 else None)
        for col, w in zip("ABCDEF", (24, 7, 70, 30, 14, 34)):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A3"
        ws.print_title_rows = "2:2"
        ws.page_setup.orientation = "landscape"
    p = wb.properties
    p.creator = "Tullerby Children's Services Performance Team"
    p.lastModifiedBy = "Tullerby Children's Services Performance Team"
    p.title = "ILACS improvement plan tracker 2024-25"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


def write_wd(plan, acts, path):
    def e(s, apos=False):
        s = html.escape(s, quote=False).replace("\u2013", "&ndash;")
        return s.replace("'", "&#39;") if apos else s

    out = ["<!DOCTYPE html>",
           '<html dir="ltr" lang="en-GB">',
           "<head>",
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="GENERATOR" content="Microsoft SharePoint">',
           "<title>Ofsted improvement plan 2024-25</title>",
           "</head>",
           '<body class="ms-backgroundImage">',
           '<div id="s4-workspace" class="ms-core-overlay">',
           '<div id="s4-bodyContainer">',
           '<div id="contentRow">',
           '<div id="contentBox" aria-live="polite" aria-relevant="all">',
           '<div id="DeltaPlaceHolderMain">',
           '<div class="ms-rte-layoutszone-outer" style="width:100%;">',
           '<div class="ms-rte-layoutszone-inner">',
           '<div class="ms-rtestate-field">',
           "<h1>Children&#39;s Services &ndash; Ofsted improvement plan 2024-25</h1>",
           "<p>Ofsted inspected Wendlesham&#39;s children&#39;s services from 23 to 27 September "
           "2024 and judged them outstanding overall. The report was published on 5 November "
           "2024.</p>",
           "<p><span style=\"font-size:11pt;\">This page is our working plan in response. It "
           "also holds other priorities for the year. Owners update it after each meeting of "
           "the Children&#39;s Services Management Team.</span></p>",
           "<div>",
           '<table class="ms-rteTable-default" cellspacing="0" style="width:100%;">',
           "<tbody>",
           '<tr class="ms-rteTableHeaderRow-default">'
           + "".join(f'<td class="ms-rteTableHeader{k}-default" style="width:{w};"><strong>{h}'
                     f"</strong></td>"
                     for k, (h, w) in zip(["FirstCol", "OddCol", "EvenCol", "OddCol"],
                                          [("Priority", "18%"), ("Action", "50%"),
                                           ("Owner", "18%"), ("Timescale", "14%")]))
           + "</tr>"]
    for i, a in enumerate(acts):
        x = a["extra"]
        parity = "Odd" if i % 2 == 0 else "Even"
        text = a["text"]
        if x["bold"]:
            rest = text[len(x["bold"]):]
            inner = f"<strong>{e(x['bold'], x['apos'])}</strong>{e(rest, x['apos'])}"
        else:
            inner = e(text, x["apos"])
        action = (f'<span style="font-size:10.5pt;font-family:Arial, sans-serif;color:#262626;">'
                  f"{inner}</span>")
        when = e(a["date"])
        if x["nbsp"]:
            when = when.replace(" ", "&nbsp;")
        cells = [e(a["section"], True), action, e(a["lead"]) or "&nbsp;", when or "&nbsp;"]
        kinds = ["FirstCol", "OddCol", "EvenCol", "OddCol"]
        out.append(f'<tr class="ms-rteTable{parity}Row-default">'
                   + "".join(f'<td class="ms-rteTable{k}-default">{c}</td>'
                             for k, c in zip(kinds, cells))
                   + "</tr>")
    out += ["</tbody>",
            "</table>",
            "</div>",
            "<p>&nbsp;</p>",
            "<p>Progress against this plan is reported to the Safeguarding Sub-Committee "
            "every quarter. For questions, contact the Children&#39;s Services Performance "
            "Team.</p>",
            "</div>", "</div>", "</div>", "</div>", "</div>", "</div>", "</div>", "</div>",
            "</body>",
            "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


WRITERS = {"quennock": write_qn, "tullerby": write_tl, "wendlesham": write_wd}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "quennock": dict(unanswered=3, passing=2, partial=2, miscited=1, orphans=(5, 9)),
    "tullerby": dict(unanswered=1, passing=0, partial=0, miscited=0, orphans=(4, 9)),
    "wendlesham": dict(unanswered=0, passing=0, partial=1, miscited=0, orphans=(3, 6)),
}

# words too common in this domain to count as shared vocabulary (as sets v and z)


def _report_text(report, pages):
    """The text of ``pages`` of a report PDF in the shared corpus, lines joined, or None when
    the PDF or pypdfium2 is not at hand (the transcription check is then skipped)."""
    sys.path.insert(0, str(ROOT))
    from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

    pdf = shared_dir() / "corpus" / "ofsted-reports" / report
    try:
        import pypdfium2
    except ImportError:
        return None
    if not pdf.exists():
        return None
    doc = pypdfium2.PdfDocument(str(pdf))
    text = " ".join(doc[p - 1].get_textpage().get_text_range() for p in pages)
    text = re.sub(r"\ufffe\s*", "-", text)  # a hyphen at the end of a line
    return re.sub(r"\s+", " ", text.replace("\uf06e", " "))


def check_recs(plan):
    """The recommendations: numbered 1..N in order, clean single-line texts; the transcribed
    ones (Slough) found word for word in the report's pages when the PDF is at hand."""
    recs = plan_recs(plan)
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper(), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad", t), r["number"]  # no footnote markers
    if plan.get("recs"):
        assert len(recs) == 22 and all(r["text"].endswith(".") for r in recs)
        assert [r["group"] for r in recs] == sorted(r["group"] for r in recs)
        text = _report_text(plan["report"], (9, 10))
        if text is not None:
            pos, gaps = 0, []
            for r in recs:
                k = text.find(r["text"], pos)
                assert k >= 0, ("not in the report as written", r["number"])
                gaps.append(text[pos:k])
                pos = k + len(r["text"])
            gaps.append(text[pos:])
            for g in SL_GROUPS.values():
                assert g in text, g
            # nothing left out: between the items only the headings and page numbers
            rest = " ".join(gaps).replace("Recommendations", " ")
            for g in SL_GROUPS.values():
                rest = rest.replace(g, " ")
            assert re.fullmatch(r"[\s\d]*", rest), rest
    return recs


def check_design(gold, plan):
    name = plan["name"]
    spec = SPEC[name]
    recs = check_recs(plan)
    assert len(recs) == len(plan["expected"]) == len(gold["expected"])
    lo, hi = plan["bounds"]
    acts = gold["actions"]
    ids = {a["id"]: a for a in acts}
    pid = _ids(plan)
    assert lo <= len(acts) <= hi, (name, len(acts))
    d = gold["design"]
    for key in ("unanswered", "passing", "partial", "miscited"):
        assert len(d[key]) == spec[key], (name, key)
    assert spec["orphans"][0] <= len(d["orphans"]) <= spec["orphans"][1], name
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    for r in d["partial"]:  # a partly answered recommendation: 2+ asks, some unanswered
        asks = gold["asks"][r]
        assert len(asks) >= 2 and any(not a["answered_by"] for a in asks), (name, r)
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert re.search(rf"\b{r}\b", d["notes"]), (name, r)
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan.get("passing_phrase", {}).items():
        a = ids[pid[k]]
        assert curly(phrase) in a["text"], (name, n, phrase)
        mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
        assert mine and f"R{n}" not in mine and f"R{n}" in d["passing"], (name, n)
    assert set(plan.get("passing_phrase", {})) == {int(r[1:]) for r in d["passing"]}, name
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    for n, orphans in plan.get("decoys", {}).items():
        assert f"R{n}" in d["unanswered"], (name, n)
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan.get("ask_decoys", {}).items():
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert "hard unanswered" in d["notes"] or "Hard decoy" in d["notes"], name
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&]|\u00a0", a["text"] + a["leads_raw"] + a["date_raw"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted)\b", a["text"], re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
    # at least a third of the answering links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    raw = plan["actions"]()
    if name == "quennock":
        # each row cites its group's number (none in Business as usual); groups follow the
        # report's order; the few words are the recommendation's own
        order = []
        for a, r in zip(acts, raw):
            if a["section"] == QN_BAU:
                assert a["explicit_refs"] == [] and a["id"] in d["orphans"], a["id"]
                assert re.fullmatch(r"BAU\d", a["row"]), a["id"]
                continue
            n = int(a["section"].split(".")[0])
            assert a["section"] == qn_cell(n) and a["explicit_refs"] == [n], a["id"]
            assert QN_WORDS[n].lower() in rec_text[f"R{n}"].lower(), n
            assert re.fullmatch(rf"{n}\.\d", a["row"]), a["id"]
            assert r["extra"]["rag"] in ("G", "A", "R", ""), a["id"]
            if not order or order[-1] != n:
                order.append(n)
            mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
            if a["id"] in d["miscited"]:
                assert f"R{n}" not in mine, a["id"]
            else:  # every other row answers the number it cites, explicitly
                assert f"R{n}" in mine and all(l["source"] == "explicit" for l in gold["links"]
                                               if l["action"] == a["id"]), a["id"]
        assert order == sorted(order) and len(order) == len(set(order)), order
        assert acts[-1]["section"] == QN_BAU and {a["id"] for a in acts
                                                  if a["section"] == QN_BAU} == set(d["orphans"])
        for r in d["unanswered"] + d["passing"]:  # no designed gap has a group or a citation
            assert int(r[1:]) not in order, r
        assert set(order) == {int(r[1:]) for r, s in gold["expected"].items()
                              if s == "covered" or r in d["partial"]}
        for r, s in gold["expected"].items():  # answered by one to three actions each
            if s == "covered" or r in d["partial"]:
                assert 1 <= len(per_rec[r]) <= 3, (name, r, len(per_rec[r]))
        assert len(d["orphans"]) >= 5
    if name == "tullerby":
        assert all(not a["explicit_refs"] and a["objective"] is None for a in acts), name
        assert all(l["source"] == "judged" for l in gold["links"]), name
        sheets = [r["extra"]["sheet"] for r in raw]
        assert sheets.count("Completed") == 3 and sheets == sorted(sheets, key=["Plan",
                                                                     "Completed"].index)
        lines = [r["extra"]["line"] for r in raw]
        assert lines.count(1) == 1 and lines.count(2) == 1, name  # one two-line cell
        k = lines.index(1)
        assert lines[k + 1] == 2 and raw[k]["row"] == raw[k + 1]["row"], name
        assert not any(re.search(r"\d", a["row"][:2]) for a in acts), name  # Ref codes
        assert sorted(gold["expected"].values()) == ["covered", "uncovered"], name
        real = [a for a in acts if _excel_date(a["date_raw"])[1]]
        assert 0 < len(real) < len(acts), name
    if name == "wendlesham":
        assert all(not a["explicit_refs"] and a["row"] is None and a["objective"] is None
                   for a in acts), name
        assert all(l["source"] == "judged" for l in gold["links"]), name
        assert [g[0]["section"] for g in _groups(acts, lambda a: a["section"])] == [
            WD_P1, WD_P2, WD_P3], name
        assert {a["id"] for a in acts if a["section"] == WD_P3} == set(d["orphans"]), name
        x = [r["extra"] for r in raw]
        assert sum(1 for e in x if e["bold"]) >= 3 and any(e["apos"] for e in x), name
        assert any(e["nbsp"] for e in x), name
        assert sorted(gold["expected"].values()) == ["covered", "weak"], name
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "aa", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_aa)
