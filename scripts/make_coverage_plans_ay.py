"""Write the sealed coverage evaluation set "ay": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_ay.py            # writes documents and gold
    python scripts/make_coverage_plans_ay.py --check    # only runs the consistency checks

Documents: corpus/coverage/ay/<name>.<ext>      Gold: corpus/gold/coverage/ay/<name>.json

The two documents imitate what councils' own systems produce: an Excel workbook kept by a
children's trust's improvement team (sheet "Improvement Plan": a title block of three rows
merged into one cell across the table's width, a blank row, then a TWO-ROW header whose first
row holds only the merged group cells "Responsibility" over Lead and Support, "Timescale" over
Start and End, "Monitoring" over Measure of success and Evidence, and whose second row holds the
real column names Ref | Action | Lead | Support | Start | End | Measure of success | Evidence |
RAG; then the plan grouped with Excel's outline: a theme row at outline level 0 (Ref "1" ...,
the theme's title in the Action column, the theme's accountable manager in the Lead column)
above its actions at outline level 1; two of the five groups are collapsed, their action rows
hidden but still part of the plan; End and Start cells a mix of real Excel dates (serial numbers
formatted dd/mm/yyyy, and a few mmm-yy) and text ("Q3 2019/20", "Ongoing", "tbc"); a RAG
drop-down fed from a second sheet "Lookups" (lists of RAG values, lead officers and themes) and
a third sheet "Change log", neither of them the plan), and a Word document (A4 landscape) whose
plan table carries a CROSS-REFERENCE MATRIX (No. | Action | Lead | By when | R1 ... R8, one
narrow column per recommendation holding a tick where the council says the action addresses
it; theme rows merged across the table's width; the header row repeated on every page); above
the table a short numbered list restating the eight recommendations in the council's own short
words, which is not a list of actions; after the table a "Key to leads" table resolving the
initials in the Lead column.

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: the local-authority items of both reports were transcribed by hand from
the report PDFs (read with pypdfium2) for this set and are held below as data (BM_RECS, DV_RECS),
word for word, lines broken by the PDF joined; they are passed to build_gold(recs=...). Nothing
is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the action's row ticks the
                                   R3 column of the matrix, and the text supports it) or "j"
                                   judged; "h" high / "m" medium
    ticks=[3]                      the recommendation columns the row ticks (dunmarrow only;
                                   they are the action's explicit_refs)
Actions with no links are orphans (see each plan's design notes). Design lists and asks name an
action by its number N (the action is <name>-N).

All councils, places, people, teams, systems, charities and local programmes are fictional
(national schemes and terms such as special guardianship, foster to adopt, the Graded Care
Profile 2, the legal gateway / pre-proceedings stage, the virtual school or personal advisers are
named as councils name them); the people in dunmarrow's key to leads are invented. Output is
deterministic: the workbook and the Word document have fixed core properties and every zip
member a fixed timestamp.
"""

import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, FIXED, build_gold, docx_props, main,  # noqa: E402
                          normalise_zip)
from _coverage_sets import curly, groups as _groups, repeat_header, shade  # noqa: E402
from _coverage_sets import transcribed_gaps, words as _words  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Birmingham, inspection of children's social care services (ILACS), report published 17
# January 2019 (requires improvement in every judgement; services delivered by Birmingham
# Children's Trust, "BCT"). "What needs to improve" (no question mark), page 3 of the PDF: six
# bullets (a Wingdings glyph, extracted as U+F06E), all addressed to the local authority,
# numbered 1-6 in the report's order, followed by the heading "The experiences and progress of
# children who need help and protection requires improvement to be good". The bullets are
# printed as noun phrases and are kept as printed. Lines broken by the PDF joined with a space.
# ---------------------------------------------------------------------------------------------

BM_REPORT = "birmingham-80429/2019-01-17.pdf"
BM_PAGES = (3,)

BM_RECS = [  # (number, page, text)
    (1, 3, "The quality, effectiveness and pace of partnership working with external agencies, "
           "including partner-led early help services."),
    (2, 3, "Trust and confidence between the courts and BCT."),
    (3, 3, "Effectiveness of the fostering service."),
    (4, 3, "Robust and timely focus on all permanence options for children."),
    (5, 3, "Alignment of the approach to contextual safeguarding."),
    (6, 3, "The impact of the virtual school in improving provision for children in care."),
]

# ---------------------------------------------------------------------------------------------
# Devon, inspection of children's social care services (ILACS), report published 17 March 2020
# (inadequate overall). "What needs to improve" (no question mark), page 2 of the PDF: eight
# bullets (black squares), all addressed to the local authority, numbered 1-8 in the report's
# order; the block runs to the foot of page 2 (page 3 opens with the first judgement heading).
# The first bullet has three sub-items, each opened by a minus sign (U+2212); they are part of
# item 1 and are kept as printed, the minus signs included, so that the text stands word for
# word in the report. Lines broken by the PDF joined with a space.
# ---------------------------------------------------------------------------------------------

DV_REPORT = "devon-80461/2020-03-17.pdf"
DV_PAGES = (2,)

DV_RECS = [
    (1, 2, "Services to care leavers, including: \u2212 sufficiency of accommodation and support "
           "available for young people \u2212 assessment of risk and safety planning for young "
           "people \u2212 access for young people to full information about their health "
           "histories."),
    (2, 2, "The quality of social work practice, to assess, support and protect children who "
           "experience neglect, and the effective use of pre-proceedings."),
    (3, 2, "The effectiveness of child protection conference chairs in responding to escalating "
           "risks and identifying when progress is not being made for children."),
    (4, 2, "The consideration of child protection medicals when children disclose physical abuse "
           "or present with injuries."),
    (5, 2, "Permanence planning for children."),
    (6, 2, "The quality and timeliness of life-story work."),
    (7, 2, "The assessment of children looked after placed with parents."),
    (8, 2, "Strategic oversight and grip on areas for improvement and oversight of senior "
           "leaders, including case audits and supervision."),
]

# where each list sits in its report: the words opening the block, the words after it (None: the
# end of the page), and what stands before each item (the bullet glyph)
BLOCKS = {
    BM_REPORT: dict(start="What needs to improve",
                    end="The experiences and progress of children who need help and protection "
                        "requires improvement to be good", label="\uf06e"),
    DV_REPORT: dict(start="What needs to improve", end=None, label="\u25fc"),
}


def _recs(table):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in table]


def bm_recs():
    return _recs(BM_RECS)


def dv_recs():
    return _recs(DV_RECS)


def d(day, month, year):
    return datetime(year, month, day)


# ---------------------------------------------------------------------------------------------
# Plan 1: Stannerley - an Excel workbook answering Birmingham 2019-01-17 (ILACS, six items).
# Title block, two-row header with group cells, themes at outline level 0 and actions at level 1,
# two groups collapsed; "Lookups" and "Change log" sheets.
# ---------------------------------------------------------------------------------------------

ST_THEMES = {  # number: (title in the Action column, the theme's accountable manager)
    1: ("Permanence: a settled home for every child", "Assistant Director, Children in Care"),
    2: ("Fostering", "Assistant Director, Children in Care"),
    3: ("Working with partners", "Director of Practice"),
    4: ("Safe outside the home", "Assistant Director, Safeguarding"),
    5: ("Running the Trust", "Chief Operating Officer"),
}
ST_COLLAPSED = (2, 5)  # groups shown collapsed: their action rows are hidden
ST_OTHER = 5           # business as usual
ST_HEADER = ("Ref", "Action", "Lead", "Support", "Start", "End", "Measure of success",
             "Evidence", "RAG")
ST_GROUPS = {"Responsibility": (3, 4), "Timescale": (5, 6), "Monitoring": (7, 8)}
ST_FORMATS = {"dd/mm/yyyy": "%d/%m/%Y", "mmm-yy": "%b-%y"}
ST_RAG = {"Complete": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def st_shown(value, fmt):
    """A Start or End cell as Excel shows it: a date in its number format, text as typed."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(ST_FORMATS[fmt])
    return value


def st_actions():
    acts = []

    def add(ref, text, lead, support, start, end, measure, evidence, rag, links=(),
            fmt="dd/mm/yyyy"):
        """An action row: Ref, Action, Lead, Support, Start, End (datetime: a real Excel date in
        number format ``fmt``; str: text as typed; None: empty), Measure of success, Evidence,
        RAG. ``text`` is the Action cell, leads_raw the Lead cell, date_raw the End cell as
        Excel shows it; Support, Start, the monitoring cells and RAG are not part of the
        action."""
        theme = int(ref.split(".")[0])
        acts.append(A(text, lead or "", st_shown(end, fmt), links, [], False, row=ref,
                      section=ST_THEMES[theme][0], objective=None, theme=theme,
                      support=support or "", start=start, end=end, fmt=fmt, measure=measure or "",
                      evidence=evidence or "", rag=rag))

    # Theme 1 - Permanence (R4)
    add("1.1", "Permanence planning meeting for every child by their second review in care, "
        "looking at every route home or to a family side by side: return to parents, relatives "
        "and friends, special guardianship, adoption and long-term fostering.",
        "Head of Service, Children in Care", "IRO Service Manager", d(1, 4, 2019), d(30, 9, 2019),
        "Every child has a recorded permanence plan by the second review",
        "Monthly dip sample by IROs", "Green",
        links=[(4, "j", "h", "all the routes to permanence weighed for every child, early: the "
                "robust and timely focus on all options")])
    add("1.2", "Permanence tracker on Carefile listing every child in care with their plan and "
        "the date it should be achieved, gone through each month by the heads of service so "
        "that drift is picked up.",
        "Performance and Intelligence Manager", "Heads of Service", d(1, 4, 2019), d(31, 7, 2019),
        "Tracker live; fewer children waiting over 12 months for their plan",
        "Tracker report to Improvement Board", "Amber",
        links=[(4, "j", "h", "drift in permanence tracked monthly: the timely focus")])
    add("1.3", "Early permanence: foster to adopt and concurrent carers approved with Threeshires "
        "Adoption so that babies who may be adopted move only once.",
        "Adoption Service Manager", "Threeshires Adoption", d(1, 5, 2019), "Q3 2019/20",
        "12 early permanence placements in the year", "", "Green",
        links=[(4, "j", "h", "adoption planned early and in parallel: an option considered in "
                "time")])
    add("1.4", "New support offer for special guardians: a support plan and a named worker for "
        "the first two years after the order.",
        "Head of Service, Children in Care", "Kinship Team Manager", d(1, 6, 2019),
        d(31, 12, 2019), "Support plan in place for every new special guardian", "Audit of SGO "
        "support plans", "Amber",
        links=[(4, "j", "m", "special guardianship made a route families can take and sustain")])
    add("1.5", "Match children whose plan is long-term fostering to their carers at the fostering "
        "panel within six months of the decision, so that they know where they will grow up.",
        "Head of Service, Children in Care", "Fostering Panel Adviser", "Ongoing", "Q4 2019/20",
        "", "", "Amber",
        links=[(4, "j", "h", "long-term fostering confirmed as the permanent home without "
                "delay")])
    add("1.6", "Family group conference offered before any child comes into care, so that "
        "relatives who could look after the child are found early.",
        "Family Group Conference Manager", "", d(1, 4, 2019), "Ongoing",
        "Conference offered in 90% of cases", "FGC referral log", "Green",
        links=[(4, "j", "m", "family and friends found early as a permanence option")])

    # Theme 2 - Fostering (R3); collapsed; a passing mention of R6 in 2.6
    add("2.1", "Commission an independent review of our fostering service - recruitment, "
        "assessment, support for carers and the panel - with a plan for the changes it "
        "recommends going to the Trust Board.",
        "Assistant Director, Children in Care", "", d(1, 2, 2019), d(31, 5, 2019),
        "Review reported; change plan agreed", "Trust Board minutes", "Complete",
        links=[(3, "j", "h", "the fostering service's effectiveness examined as a whole and a "
                "change plan made")])
    add("2.2", "Campaign to find foster carers for teenagers and for brothers and sisters, aiming "
        "at 40 new fostering households over the year.",
        "Fostering Service Manager", "Communications", d(1, 4, 2019), d(31, 3, 2020),
        "40 households approved", "Quarterly recruitment report", "Amber",
        links=[(3, "j", "h", "more of the carers the service lacks: a more effective fostering "
                "service")])
    add("2.3", "No supervising social worker to hold more than 15 fostering households.",
        "Fostering Service Manager", "HR Business Partner", d(1, 4, 2019), d(30, 9, 2019), "",
        "Caseload report", "Red",
        links=[(3, "j", "m", "carers supported by workers with time for them")])
    add("2.4", "Foster carers' annual reviews chaired by someone independent of the supervising "
        "team and held on time, with the views of the children living with them written in.",
        "IRO Service Manager", "", "Ongoing", d(30, 9, 2019),
        "All reviews on time", "Review tracker", "Green", fmt="mmm-yy",
        links=[(3, "j", "h", "carers' approval and practice reviewed properly: the quality of "
                "the fostering service")])
    add("2.5", "Monthly fostering scorecard for senior leaders: enquiries, approvals, carers "
        "leaving, children living with our own carers rather than agency ones.",
        "Performance and Intelligence Manager", "Fostering Service Manager", d(1, 5, 2019),
        d(31, 7, 2019), "Scorecard used at SLT", "SLT minutes", "Green",
        links=[(3, "j", "h", "leaders able to see how well the fostering service works")])
    add("2.6", "Refresh the core training for foster carers, with new sessions on trauma and on "
        "keeping safe online and one led by the virtual school.",
        "Workforce Development Manager", "Fostering Service Manager", d(1, 9, 2019), "tbc",
        "Training attended by 80% of carers", "", "Amber",
        links=[(3, "j", "m", "better trained carers: the quality of fostering")])

    # Theme 3 - Working with partners (R1, the first ask)
    add("3.1", "Agree with the police a protocol for joint visits on section 47 enquiries, with "
        "a named sergeant in each locality and an escalation route if an officer does not "
        "attend.",
        "Director of Practice", "Detective Superintendent, Public Protection", d(1, 3, 2019),
        d(30, 4, 2019), "Police attend all agreed joint visits", "Monthly joint visit log",
        "Green",
        links=[(1, "j", "h", "police working with social workers when agreed: partnership "
                "working with an external agency")])
    add("3.2", "Strategy meetings held by phone conference when people cannot come in person, so "
        "that health and school colleagues always take part; attendance checked each month.",
        "Head of Service, Assessment and Short-term Intervention", "", d(1, 3, 2019),
        d(31, 5, 2019), "Health and school staff at 95% of strategy meetings", "Attendance report",
        "Amber",
        links=[(1, "j", "h", "all the agencies in the strategy meeting: effective partnership "
                "working")])
    add("3.3", "One partnership improvement plan owned by the Stannerley Safeguarding "
        "Partnership, with each agency's actions and dates, gone through every quarter by the "
        "three statutory partners.",
        "Director of Practice", "Partnership Business Manager", d(1, 4, 2019), "Q2 2019/20",
        "Plan agreed by all partners", "Partnership minutes", "Amber",
        links=[(1, "j", "h", "partners' own actions and pace held to account together")])
    add("3.4", "A route for social workers to escalate when another agency has not done what it "
        "agreed, with a named senior contact in police, health, schools and probation.",
        "Principal Social Worker", "", d(1, 6, 2019), d(31, 8, 2019),
        "Escalations resolved within 10 working days", "Escalation log", "Green",
        links=[(1, "j", "h", "a remedy when partnership working with another agency fails")])
    add("3.5", "Joint training days each term for social workers, police officers, health "
        "visitors and school staff.",
        "Workforce Development Manager", "", d(1, 9, 2019), "Ongoing", "", "", "Green",
        links=[(1, "j", "m", "agencies learning to work together")])

    # Theme 4 - Safe outside the home (R5; 4.2 also R1)
    add("4.1", "One approach to harm outside the family, agreed by the Trust, police, schools "
        "and community safety, replacing our three separate procedures for sexual exploitation, "
        "going missing and gang involvement.",
        "Assistant Director, Safeguarding", "Community Safety Partnership", d(1, 4, 2019),
        d(30, 9, 2019), "Single procedure signed off", "", "Amber",
        links=[(5, "j", "h", "one approach in place of three, shared by every agency: the "
                "alignment asked for")])
    add("4.2", "A single exploitation and missing panel chaired jointly by the Trust and the "
        "police, looking at places and peer groups as well as at individual children.",
        "Assistant Director, Safeguarding", "Detective Superintendent, Public Protection",
        d(1, 6, 2019), d(31, 10, 2019), "Panel meeting monthly", "Panel minutes", "Amber",
        links=[(5, "j", "h", "places and peer groups, one panel: the contextual approach "
                "aligned"),
               (1, "j", "m", "a panel chaired jointly with the police: partnership working")])
    add("4.3", "Map the parks, shopping centres and takeaways where young people are at risk, "
        "and agree with the owners and managers of those places what they will do.",
        "Exploitation Team Manager", "", "Ongoing", "Q4 2019/20", "", "", "Amber",
        links=[(5, "j", "m", "safeguarding the places, not only the child")])
    add("4.4", "Return home conversations after every missing episode, with what the young "
        "person says fed into their plan and to the panel.",
        "Exploitation Team Manager", "", d(1, 4, 2019), "Ongoing",
        "Conversation offered after 100% of episodes", "", "Green",
        links=[(5, "j", "m", "missing episodes brought into the same approach as "
                "exploitation")])
    add("4.5", "Training for every social work team in working with peer groups and places, "
        "using the same risk tool across the Trust.",
        "", "Workforce Development Manager", d(1, 9, 2019), "tbc", "", "", "Red",
        links=[(5, "j", "h", "every team using the same tool and approach")])

    # Theme 5 - Running the Trust (orphans); collapsed
    add("5.1", "Staff survey across Stannerley Children's Trust, with 'you said, we did' "
        "sessions so that staff have confidence their views are acted on.",
        "Head of HR", "", d(1, 4, 2019), d(30, 6, 2019), "Response rate over 60%", "", "Green")
    add("5.2", "Personal advisers to go with any care leaver who has to attend the criminal "
        "courts, so that they go in confident and know what will happen.",
        "Leaving Care Service Manager", "", "Ongoing", "Ongoing", "", "", "Green")
    add("5.3", "Move the Trust's in-house family support teams onto Carefile, so that their "
        "early help assessments and plans sit in the same child record as social work.",
        "Carefile Systems Lead", "Family Support Service Manager", d(1, 7, 2019), "Q3 2019/20",
        "All family support cases on Carefile", "", "Amber")
    add("5.4", "A second cohort of ten staff to start the social work degree apprenticeship in "
        "September.",
        "Workforce Development Manager", "", d(1, 1, 2019), d(30, 9, 2019), "", "", "Green")
    add("5.5", "Replace the telephone system at the front door, with call recording and a queue "
        "message.",
        "ICT Business Partner", "", d(1, 5, 2019), d(30, 9, 2019), "", "", "Amber", fmt="mmm-yy")
    add("5.6", "Bring agency social workers down to no more than 12% of social work posts.",
        "Head of HR", "Heads of Service", d(1, 4, 2019), d(31, 3, 2020), "12% or fewer",
        "Monthly workforce report", "Red")
    add("5.7", "Children in care survey 'Your Say' run for the second year, with the results "
        "shared with the Children in Care Council.",
        "Participation Manager", "", d(1, 10, 2019), "Q3 2019/20", "", "", "Green")
    add("5.8", "Publish the Trust's annual report and business plan for 2019/20.",
        "", "", None, "tbc", "", "", None)
    return acts


ST = {
    "name": "stannerley", "ext": "xlsx", "report": BM_REPORT, "recs": bm_recs,
    "pages": BM_PAGES, "council": "Stannerley City Council",
    "actions": st_actions, "bounds": (25, 35),
    "expected": {1: "weak", 2: "uncovered", 3: "covered", 4: "covered", 5: "covered",
                 6: "weak"},
    "unanswered": [2], "passing": [6], "partial": [1],
    "orphans": [23, 24, 25, 26, 27, 28, 29, 30],
    "miscited": [],
    "passing_phrase": {6: (12, "virtual school")},
    "mentions": {},
    "decoys": {2: [23, 24]},
    "ask_decoys": {1: [25]},
    "asks": {1: [("the quality, effectiveness and pace of partnership working with external "
                  "agencies (police, health, schools and other partners working with the Trust)",
                  [13, 14, 15, 16, 17, 19]),
                 ("the quality and effectiveness of partner-led early help services, including "
                  "the early help assessments partners complete", [])],
             4: [("a robust and timely focus on permanence for every child", [1, 2, 5]),
                 ("all the permanence options considered: return home, family and friends, "
                  "special guardianship, adoption, long-term fostering", [1, 3, 4, 6])]},
    "notes": (
        "Excel workbook (.xlsx) as a children's trust's improvement team keeps it. Three sheets: "
        "'Improvement Plan' (the plan), 'Lookups' (the lists behind the drop-downs: RAG values, "
        "lead officers, themes) and 'Change log' (date, version, change, by), neither of the "
        "last two a plan. On 'Improvement Plan' rows 1-3 are ONE title cell merged over A1:I3 "
        "(three lines: the council and the trust, the plan's title, version and date), row 4 is "
        "blank, rows 5-6 a TWO-ROW header: row 5 holds only the group cells 'Responsibility' "
        "(merged over C5:D5), 'Timescale' (E5:F5) and 'Monitoring' (G5:H5), its cells above "
        "Ref, Action and RAG empty; row 6 holds the real column names Ref | Action | Lead | "
        "Support | Start | End | Measure of success | Evidence | RAG. From row 7 the plan is "
        "grouped with Excel's outline (summary rows above their detail): each theme is a row at "
        "outline level 0, bold and shaded, with its number in Ref ('1' ... '5'), its title in "
        "Action and its accountable manager in Lead (not an action: 'section' is the title as "
        "written); its actions follow at outline level 1. Themes 2 ('Fostering') and 5 "
        "('Running the Trust') are shown COLLAPSED: their action rows (actions 7-12 and 23-30) "
        "are hidden, and they are still part of the plan. 'row' is the Ref cell ('1.1' ... "
        "'5.8', typed as text; the number before the point is the theme, never a "
        "recommendation); 'objective' null. 'text' is the Action cell; 'leads_raw' the Lead "
        "cell only (the Support cell names who helps); 'date_raw' the End cell as Excel shows "
        "it: real dates formatted dd/mm/yyyy ('30/09/2019') or, in action 10 ('Foster carers' "
        "annual reviews', 2.4) and orphan 27 ('Replace the telephone system', 5.5), mmm-yy "
        "('Sep-19'); text as typed ('Q3 2019/20', 'Q4 2019/20', 'Q2 2019/20', 'Ongoing', "
        "'tbc'). Empty Lead: action 22 ('Training for every social work team', 4.5) and orphan "
        "30 ('Publish the Trust', 5.8), whose End is 'tbc' and Start empty; action 12 "
        "('Refresh the core training for foster carers', 2.6) and action 22 also have the End "
        "'tbc'. The Start cell, the Support cell, Measure of success, Evidence and RAG are not "
        "part of the action. Straight apostrophes, as typed in Excel. No row cites a "
        "recommendation: explicit_refs is [] everywhere and every link is judged. "
        "Hard unanswered: R2 (trust and confidence between the courts and the trust): nothing "
        "is aimed at it, and no row of the plan speaks of the family court, legal services, "
        "proceedings or the quality of evidence for court; orphan 23 ('Staff survey across "
        "Stannerley Children's Trust', 5.1: staff to have 'confidence' their views are acted "
        "on) and orphan 24 ('Personal advisers to go with any care leaver who has to attend "
        "the criminal courts', 5.2: 'courts', 'confident') share its words but are about staff "
        "morale and care leavers in the criminal courts. Passing: R6 (the impact of the "
        "virtual school) is touched only by action 12 ('Refresh the core training for foster "
        "carers', 2.6, aimed at R3), one of whose new sessions is 'led by the virtual school': "
        "nothing is aimed at the virtual school's impact; weak, no link. Partly answered (see "
        "asks): R1: partnership working with external agencies is answered by actions 13-17 "
        "(joint visits with the police, strategy meetings everyone can join, one partnership "
        "improvement plan, an escalation route, joint training) and action 19 (a panel chaired "
        "jointly with the police, also aimed at R5); partner-led early help services by "
        "nothing; ask decoy: orphan 25 ('Move the Trust's in-house family support teams onto "
        "Carefile', 5.3), whose 'early help assessments' are the trust's own, recorded on a new "
        "system. Answered: R3 by actions 7-12 (an independent review, recruitment, supervising "
        "social workers' caseloads, independent annual reviews, a scorecard, carers' training); "
        "R4 by actions 1-6, both asks; R5 by actions 18-22. Orphans 23-30: the whole of "
        "'Running the Trust' (also an apprenticeship cohort, the front door telephones, agency "
        "staff, a children in care survey, the annual report). 'action N' means stannerley-N, "
        "numbered down the sheet: 1-6 theme 1, 7-12 theme 2, 13-17 theme 3, 18-22 theme 4, "
        "23-30 theme 5. The plan's own names: Carefile (case recording), Threeshires Adoption, "
        "the Stannerley Safeguarding Partnership, 'Your Say'."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Dunmarrow - a Word document (A4 landscape) answering Devon 2020-03-17 (ILACS, eight
# items). A numbered list restating the recommendations; one plan table No. | Action | Lead |
# By when | R1-R8 with ticks; theme rows merged across; a Key to leads table after it.
# ---------------------------------------------------------------------------------------------

DM_THEMES = {
    "A": "Care leavers",
    "B": "Help and protection",
    "C": "Children in care and permanence",
    "D": "Leadership and grip",
    "E": "Other service developments",
}
DM_RESTATED = [  # the council's short words for the eight recommendations (not actions)
    "Care leavers: enough homes and the right support, safety planning, and information about "
    "their health",
    "Neglect, and using pre-proceedings well",
    "Child protection chairs acting when risk rises or plans stall",
    "Child protection medicals after injuries or disclosures",
    "Planning for permanence",
    "Life story work",
    "Children in care who live with their parents",
    "Leaders\u2019 grip, case audits and supervision",
]
DM_HEADER = ("No.", "Action", "Lead", "By when") + tuple(f"R{n}" for n in range(1, 9))
DM_TICK = "\u2713"
DM_KEY = [  # initials, name, role (invented people)
    ("RH", "Ruth Halsgrove", "Director of Children\u2019s Services"),
    ("KT", "Kieran Tolley", "Head of Service, Children in Care and Care Leavers"),
    ("SB", "Sunita Bhardwell", "Head of Service, Safeguarding and Quality Assurance"),
    ("MP", "Martin Pascoe-Venn", "Head of Service, Locality Social Work"),
    ("PM", "Petra Meddon", "Principal Social Worker"),
    ("JC", "Jo Carnsew", "Housing and Commissioning Manager"),
    ("AO", "Abi Okafor-Lane", "Service Manager, Fostering and Permanence"),
    ("DW", "Dev Whitstone", "Performance and Intelligence Manager"),
    ("HW", "Helen Wrayford", "Workforce Development Manager"),
    ("LE", "Lowenna Ebbers", "Service Manager, Early Help and Youth"),
]


def dm_actions():
    acts = []

    def add(no, theme, text, lead, by, ticks=(), links=()):
        """A plan table row: No., Action, Lead (initials, as written), By when (as typed), and
        the tick columns ``ticks``. ``text`` is the Action cell; explicit_refs the ticked
        columns."""
        assert no == len(acts) + 1
        acts.append(A(curly(text), lead, by, links, sorted(ticks), False, row=str(no),
                      section=DM_THEMES[theme], objective=None, theme=theme))

    # A - Care leavers (R1: accommodation and support, risk and safety; not health histories)
    add(1, "A", "Commission 20 more supported lodgings and training flats for young people "
        "leaving care, four of them with staff on site for young people with the highest needs.",
        "JC", "Sep 2020", [1],
        links=[(1, "e", "h", "more homes with support for care leavers: sufficiency of "
                "accommodation and support")])
    add(2, "A", "Emergency housing protocol with the district councils: no young person leaving "
        "our care sleeps rough or in a tent; a bed the same day and the Head of Service told "
        "within 24 hours.",
        "JC / KT", "30/06/20", [1],
        links=[(1, "e", "h", "somewhere safe the same night: accommodation for care leavers")])
    add(3, "A", "Every pathway plan to hold a current risk assessment and a safety plan written "
        "with the young person, looked at again whenever they move or their mental health gets "
        "worse.",
        "KT", "Jul 2020", [1],
        links=[(1, "e", "h", "risk assessed and safety planned for each care leaver")])
    add(4, "A", "Weekly meeting on the young people we are most worried about, with personal "
        "advisers, adult mental health, housing and police, agreeing a plan for each of them.",
        "KT", "From April 2020", [1],
        links=[(1, "e", "h", "risk and safety planning for the care leavers most at risk, with "
                "partners")])
    add(5, "A", "Personal advisers to work with no more than 20 young people each, so that they "
        "can see those with the greatest needs more often.",
        "KT", "Q2 2020/21", [1],
        links=[(1, "e", "m", "more of the adviser's time: the support available to care "
                "leavers")])

    # B - Help and protection (R2, R3)
    add(6, "B", "Graded Care Profile 2 used in every assessment where neglect is a worry, and "
        "repeated every six months so that change, or the lack of it, can be seen over time.",
        "PM", "Sep 2020", [2],
        links=[(2, "e", "h", "neglect assessed with a tool and evidenced over time")])
    add(7, "B", "Legal gateway meeting within ten working days for any child who has been on a "
        "plan for nine months without things getting better.",
        "MP", "May 2020", [2],
        links=[(2, "e", "h", "a point at which drift goes to the legal gateway: the use of "
                "pre-proceedings")])
    add(8, "B", "Pre-proceedings: one letter before proceedings template, a review of progress "
        "at six weeks, and the decision to issue or step down recorded by the Head of Service.",
        "MP", "Jun 2020", [2],
        links=[(2, "e", "h", "pre-proceedings used effectively, with a decision recorded")])
    add(9, "B", "Conference chairs to send a formal practice alert to the team manager when a "
        "plan for neglect has shown no progress at two reviews, tracked by the Safeguarding "
        "Quality Manager.",
        "SB", "Jun 2020", [3],
        links=[(3, "e", "h", "chairs acting when progress is not being made"),
               (2, "j", "m", "plans for neglect that are stuck brought to managers: not ticked "
                "under R2, but it protects children who experience neglect")])
    add(10, "B", "Two more child protection chairs, bringing each chair's caseload down to "
        "about 60 children and leaving time to visit between conferences.",
        "SB", "Q2 2020/21", [3],
        links=[(3, "e", "h", "chairs with time to see risk rising between conferences")])
    add(11, "B", "Chairs to hold a midway review of every child protection plan and reconvene "
        "the conference within five days if risks grow.",
        "SB", "Jul 2020", [3],
        links=[(3, "e", "h", "chairs responding to escalating risks")])

    # C - Children in care and permanence (R5, R6; a passing mention of R7 in 13)
    add(12, "C", "Permanence planning meeting for every child by their second review in care, "
        "which also starts the child's life story work.",
        "AO", "Jun 2020", [5, 6],
        links=[(5, "e", "h", "a permanence plan for every child, early"),
               (6, "e", "m", "life story work begun at a fixed and early point")])
    add(13, "C", "Monthly Permanence Panel chaired by the Head of Service, tracking every child "
        "without a settled plan after four months in care, including children placed with "
        "parents.",
        "KT", "Monthly", [],
        links=[(5, "j", "h", "permanence planning overseen and drift tracked: its row has no "
                "tick, but it is aimed at R5")])
    add(14, "C", "Special guardianship and long-term fostering matches confirmed within six "
        "months of the plan being agreed.",
        "AO", "Dec 2020", [5],
        links=[(5, "e", "m", "permanence plans carried through in time")])
    add(15, "C", "A life story worker in each of the four localities; a book given to every "
        "child by the time they move to their permanent home.",
        "AO", "Q3 2020/21", [6],
        links=[(6, "e", "h", "life story work done well and on time")])
    add(16, "C", "Later life letters written for every child adopted or under special "
        "guardianship, read by a manager before they are sent.",
        "AO", "Ongoing", [6],
        links=[(6, "e", "h", "the later life letter, part of life story work, quality "
                "checked")])
    add(17, "C", "Memory boxes for every child coming into care, and training in life story "
        "work for foster carers and social workers.",
        "HW", "tbc", [6],
        links=[(6, "e", "m", "carers and workers able to do life story work from the start")])
    add(18, "C", "Looked after medicals: initial health assessments for children coming into "
        "care completed within 20 working days, covering physical and emotional health.",
        "KT", "Aug 2020")
    add(19, "C", "Recruit 30 new fostering households, with a new campaign aimed at carers for "
        "teenagers.",
        "AO", "Mar 2021")
    add(20, "C", "Children in Care Council to meet the Lead Member every quarter.",
        "", "Quarterly")

    # D - Leadership and grip (R8; 23 also R2)
    add(21, "D", "Improvement Board with an independent chair, meeting every month, where each "
        "action owner reports progress on this plan.",
        "RH", "Apr 2020", [8],
        links=[(8, "e", "h", "strategic oversight and grip on the areas for improvement")])
    add(22, "D", "Monthly performance clinic for each head of service with the Director: "
        "caseloads, visits, plans and drift, with the actions agreed followed up the next "
        "month.",
        "RH", "Monthly", [8],
        links=[(8, "e", "h", "the Director's oversight of senior leaders")])
    add(23, "D", "Case audit programme rewritten: 30 audits a month, each moderated, this year's "
        "themes led by neglect, with what is found shared with the worker and followed through.",
        "SB", "May 2020", [2, 8],
        links=[(8, "e", "h", "case audits"),
               (2, "e", "m", "audits led by neglect: the quality of practice with neglect")])
    add(24, "D", "Supervision policy refreshed: monthly recorded supervision for every worker "
        "with time to reflect, and a sample of each manager's supervision records checked every "
        "quarter.",
        "PM", "30/09/20", [8],
        links=[(8, "e", "h", "supervision and its oversight")])
    add(25, "D", "Heads of service set objectives from this plan at appraisal, reviewed by the "
        "Director every six months.",
        "RH", "Jun 2020", [8],
        links=[(8, "e", "m", "senior leaders held to the plan: oversight of senior leaders")])

    # E - Other service developments (orphans)
    add(26, "E", "Residential homes to record injuries to children on the new accident form, "
        "and every use of physical restraint reported to the Registered Manager the same day.",
        "KT", "Jul 2020")
    add(27, "E", "School nursing drop-ins in every secondary school, giving pupils access to "
        "confidential information and advice about their sexual health.",
        "LE", "Sep 2020")
    add(28, "E", "Summer activities programme run by the youth service in the five market "
        "towns.",
        "LE", "Aug 2020")
    add(29, "E", "Two more early help hubs, in Carrowbridge and Polmere.",
        "tbc", "Q4 2020/21")
    add(30, "E", "Ten social work apprentices to start the degree in September.",
        "HW", "")
    return acts


DM = {
    "name": "dunmarrow", "ext": "docx", "report": DV_REPORT, "recs": dv_recs,
    "pages": DV_PAGES, "council": "Dunmarrow County Council",
    "actions": dm_actions, "bounds": (25, 35),
    "expected": {1: "weak", 2: "covered", 3: "covered", 4: "uncovered", 5: "covered",
                 6: "covered", 7: "weak", 8: "covered"},
    "unanswered": [4], "passing": [7], "partial": [1],
    "orphans": [18, 19, 20, 26, 27, 28, 29, 30],
    "miscited": [],
    "passing_phrase": {7: (13, "placed with parents")},
    "mentions": {},
    "decoys": {4: [18, 26]},
    "ask_decoys": {1: [27]},
    "asks": {1: [("sufficiency of accommodation and support available for young people leaving "
                  "care", [1, 2, 5]),
                 ("assessment of risk and safety planning for care leavers", [3, 4]),
                 ("access for care leavers to full information about their health histories",
                  [])],
             2: [("social work practice to assess, support and protect children who experience "
                  "neglect", [6, 9, 23]),
                 ("the effective use of pre-proceedings", [7, 8])],
             8: [("strategic oversight and grip on the areas for improvement", [21]),
                 ("oversight of senior leaders", [22, 25]),
                 ("case audits", [23]),
                 ("supervision", [24])]},
    "notes": (
        "Word document (.docx, A4 landscape) as a council's improvement team writes it. Title, "
        "version line and an introduction; then under the heading 'What we have been asked to "
        "improve' a NUMBERED LIST of eight short lines restating the report's recommendations "
        "in the council's own words ('Care leavers: enough homes and the right support, safety "
        "planning, and information about their health', ..., 'Leaders' grip, case audits and "
        "supervision'): not actions. Then under 'Our action plan' ONE table, its header row "
        "repeated on every page: No. | Action | Lead | By when | R1 | R2 | ... | R8, the last "
        "eight narrow columns a CROSS-REFERENCE MATRIX holding a tick (U+2713) where the "
        "council says the action addresses that recommendation. Five theme rows, each one cell "
        "merged across all twelve columns and shaded ('A. Care leavers', 'B. Help and "
        "protection', 'C. Children in care and permanence', 'D. Leadership and grip', 'E. "
        "Other service developments'): not actions; 'section' is the theme's title without its "
        "letter. 'row' is the No. cell ('1' ... '30', numbered through the table); 'objective' "
        "null; 'text' the Action cell; 'leads_raw' the Lead cell as written, initials ('KT', "
        "'JC / KT', 'tbc'); 'date_raw' the By when cell as typed ('Sep 2020', '30/06/20', "
        "'From April 2020', 'Q2 2020/21', 'Monthly', 'Quarterly', 'Ongoing', 'tbc'). Orphan 20 "
        "('Children in Care Council to meet the Lead Member') has an empty Lead, orphan 29 "
        "('Two more early help hubs') the Lead 'tbc', orphan 30 ('Ten social work apprentices') "
        "an empty By when, action 17 ('Memory boxes for every child') the By when 'tbc'. After "
        "the table, under 'Key to leads', a table Initials | Name | Role resolving the Lead "
        "column's initials (invented people): not actions; then a short paragraph on "
        "governance. Word's curly apostrophes. 'explicit_refs' are the row's ticks; every tick "
        "is true (nothing is mis-cited) and every ticked pair is an explicit link; action 9 "
        "('Conference chairs to send a formal practice alert') is ticked only under R3 but is "
        "also aimed at R2 (plans for neglect that have stalled): a judged link; action 13 "
        "('Monthly Permanence Panel') is ticked nowhere, and its link to R5 is judged. Ticked "
        "under two columns: action 12 ('Permanence planning meeting for every child', R5 and "
        "R6) and action 23 ('Case audit programme rewritten', R2 and R8). Hard unanswered: R4 "
        "(child protection medicals when children disclose physical abuse or present with "
        "injuries): nothing is aimed at it and its column has no tick; orphan 18 ('Looked after "
        "medicals': initial health assessments 'covering physical' health of children coming "
        "into care) and orphan 26 ('Residential homes to record injuries to children', and "
        "'physical restraint') share its words, but one is the statutory health assessment on "
        "entering care and the other accident and restraint recording in children's homes; "
        "neither is ticked. Passing: R7 (the assessment of children looked after placed with "
        "parents) is touched only by action 13 ('Monthly Permanence Panel', aimed at R5, no "
        "tick), whose list of children tracked includes 'children placed with parents': nothing "
        "assesses those placements; its column has no tick; weak, no link. Partly answered (see "
        "asks): R1: sufficiency of accommodation and support by actions 1, 2 and 5; risk "
        "assessment and safety planning by actions 3 and 4; access to full information about "
        "their health histories by nothing (the restated line 1 mentions 'information about "
        "their health', but no action does); ask decoy: orphan 27 ('School nursing drop-ins in "
        "every secondary school': pupils' 'access' to 'information' about their sexual "
        "'health'). Answered: R2 by actions 6-9 and 23, both asks; R3 by actions 9-11; R5 by "
        "actions 12-14; R6 by actions 12 and 15-17; R8 by actions 21-25, all four asks. "
        "Orphans: 18, 19 and 20 inside theme C (looked after medicals, fostering recruitment, "
        "the Children in Care Council) and 26-30, the whole of theme E (also a summer "
        "programme, early help hubs, apprentices). 'action N' means dunmarrow-N, which is also "
        "the No. cell. The plan's own names: Carrowbridge, Polmere."),
}

PLANS = [ST, DM]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its number
# ---------------------------------------------------------------------------------------------

def build_ay(plan, set_name="ay"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

ST_TITLE = ("Stannerley City Council  |  Stannerley Children's Trust\n"
            "Children's Services Improvement Plan 2019-2020 (following the inspection of "
            "December 2018)\n"
            "Version 3.1  |  Owner: Director of Practice  |  Updated 18/03/2019")
ST_LOOKUPS = {
    "RAG": list(ST_RAG),
    "Lead officer": ["Assistant Director, Children in Care", "Assistant Director, Safeguarding",
                     "Director of Practice", "Head of Service, Children in Care",
                     "Head of Service, Assessment and Short-term Intervention",
                     "Principal Social Worker", "Fostering Service Manager",
                     "Adoption Service Manager", "Exploitation Team Manager",
                     "Performance and Intelligence Manager", "Workforce Development Manager",
                     "Head of HR"],
    "Theme": [t for t, _ in ST_THEMES.values()],
}
ST_CHANGES = [  # (date, version, change, by)
    (d(21, 1, 2019), "1.0", "First draft from the post-inspection workshop", "Improvement Team"),
    (d(4, 2, 2019), "2.0", "Leads and dates agreed at the Senior Leadership Team",
     "Improvement Team"),
    (d(25, 2, 2019), "2.2", "Theme 4 rewritten after the exploitation workshop with police",
     "Assistant Director, Safeguarding"),
    (d(11, 3, 2019), "3.0", "Agreed by the Improvement Board; RAG column added",
     "Improvement Team"),
    (d(18, 3, 2019), "3.1", "Action 2.1 marked complete; end date of 1.2 moved to July",
     "Improvement Team"),
]


def st_layout(acts):
    """Sheet rows of the plan from row 7: ("theme", n) or ("action", index), in order."""
    out = []
    for group in _groups(acts, lambda a: a["extra"]["theme"]):
        out.append(("theme", group[0]["extra"]["theme"]))
        out += [("action", acts.index(a)) for a in group]
    return out


def write_st(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.properties import Outline

    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="1F4E78")
    head_font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
    theme_fill = PatternFill("solid", fgColor="DDEBF7")
    bold = Font(name="Arial", size=10, bold=True)
    body = Font(name="Arial", size=10)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ncol = len(ST_HEADER)

    ws["A1"] = ST_TITLE
    ws["A1"].font = Font(name="Arial", size=13, bold=True, color="1F4E78")
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=3, end_column=ncol)
    for r in (1, 2, 3):
        ws.row_dimensions[r].height = 20
    for c in range(1, ncol + 1):
        for r in (5, 6):
            cell = ws.cell(r, c)
            cell.fill = head_fill
            cell.font = head_font
            cell.alignment = centre
            cell.border = box
    for name, (c1, c2) in ST_GROUPS.items():
        ws.cell(5, c1, name)
        ws.merge_cells(start_row=5, start_column=c1, end_row=5, end_column=c2)
    for c, name in enumerate(ST_HEADER, 1):
        ws.cell(6, c, name)

    r = 7
    rows = {}
    for kind, k in st_layout(acts):
        if kind == "theme":
            title, lead = ST_THEMES[k]
            values = [str(k), title, lead] + [None] * (ncol - 3)
            for c, v in enumerate(values, 1):
                cell = ws.cell(r, c, v)
                cell.font = bold
                cell.fill = theme_fill
                cell.alignment = wrap
                cell.border = box
            if k in ST_COLLAPSED:
                ws.row_dimensions[r].collapsed = True
            theme = k
        else:
            a = acts[k]
            x = a["extra"]
            values = [a["row"], a["text"], a["lead"] or None, x["support"] or None, x["start"],
                      x["end"], x["measure"] or None, x["evidence"] or None, x["rag"]]
            for c, v in enumerate(values, 1):
                cell = ws.cell(r, c, v)
                cell.font = body
                cell.alignment = wrap
                cell.border = box
                if isinstance(v, datetime):
                    cell.number_format = x["fmt"] if c == 6 else "dd/mm/yyyy"
            ws.cell(r, 1).number_format = "@"
            if x["rag"]:
                ws.cell(r, ncol).fill = PatternFill("solid", fgColor=ST_RAG[x["rag"]])
            ws.cell(r, ncol).alignment = centre
            ws.row_dimensions[r].outline_level = 1
            if theme in ST_COLLAPSED:
                ws.row_dimensions[r].hidden = True
            rows[k] = r
        r += 1
    last = r - 1
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=False)
    for letter, width in zip("ABCDEFGHI", (7, 62, 26, 24, 11, 11, 30, 24, 11)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "C7"
    ws.print_title_rows = "5:6"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    lk = wb.create_sheet("Lookups")
    for c, (head, values) in enumerate(ST_LOOKUPS.items(), 1):
        lk.cell(1, c, head).font = bold
        for k, v in enumerate(values, 2):
            lk.cell(k, c, v).font = body
        lk.column_dimensions["ABC"[c - 1]].width = 48 if c > 1 else 12
    rag = DataValidation(type="list", formula1=f"=Lookups!$A$2:$A${len(ST_RAG) + 1}",
                         allow_blank=True)
    lead = DataValidation(type="list",
                          formula1=f"=Lookups!$B$2:$B${len(ST_LOOKUPS['Lead officer']) + 1}",
                          allow_blank=True, showErrorMessage=False)
    ws.add_data_validation(rag)
    ws.add_data_validation(lead)
    rag.add(f"I7:I{last}")
    lead.add(f"C7:C{last}")

    log = wb.create_sheet("Change log")
    for c, head in enumerate(("Date", "Version", "Change", "By"), 1):
        cell = log.cell(1, c, head)
        cell.font = head_font
        cell.fill = head_fill
    for k, (when, ver, change, by) in enumerate(ST_CHANGES, 2):
        log.cell(k, 1, when).number_format = "dd/mm/yyyy"
        log.cell(k, 2, ver)
        log.cell(k, 3, change)
        log.cell(k, 4, by)
    for letter, width in zip("ABCD", (12, 9, 70, 34)):
        log.column_dimensions[letter].width = width

    p = wb.properties
    p.creator = "Improvement Team"
    p.lastModifiedBy = "Improvement Team"
    p.title = "Children's Services Improvement Plan 2019-2020"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)
    # the layout promised in the notes: the hidden rows are exactly the collapsed themes'
    # actions, and the plan's rows run from 7 to the last
    hidden = sorted(k + 1 for k, rr in rows.items()
                    if acts[k]["extra"]["theme"] in ST_COLLAPSED)
    assert hidden == list(range(7, 13)) + list(range(23, 31)), hidden
    assert last == 6 + len(acts) + len(ST_THEMES), last


DM_TITLE = "Dunmarrow County Council"
DM_SUBTITLE = "Children\u2019s Services Improvement Plan 2020\u201321"
DM_VERSION = "Version 1.4 \u2013 April 2020 \u2013 for the Improvement Board"
DM_INTRO = [
    "Ofsted inspected our services for children in January 2020 and judged them inadequate. "
    "This plan sets out what we will do about it. It was written with our staff, partners and "
    "the Children in Care Council, and it will be checked every month by the Improvement "
    "Board.",
    "Inspectors asked us to improve eight things. We have put them in our own words below; the "
    "columns R1 to R8 of the action plan show which of them each action helps with.",
]
DM_GOVERNANCE = (
    "Action owners update the plan before each Improvement Board. The Board reports to Cabinet "
    "every quarter, and the Director of Children\u2019s Services meets the Department for "
    "Education\u2019s adviser every six weeks to review progress.")


def write_dm(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.5))
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    sec.footer.paragraphs[0].text = "Dunmarrow County Council \u2013 Children\u2019s Services " \
                                    "Improvement Plan 2020\u201321 \u2013 OFFICIAL"

    doc.add_paragraph(DM_TITLE, style="Title")
    doc.add_paragraph(DM_SUBTITLE, style="Subtitle")
    doc.add_paragraph(DM_VERSION)
    for t in DM_INTRO:
        doc.add_paragraph(t)
    doc.add_heading("What we have been asked to improve", level=1)
    for t in DM_RESTATED:
        doc.add_paragraph(t, style="List Number")
    doc.add_heading("Our action plan", level=1)

    widths = [Cm(1.1), Cm(13.6), Cm(1.8), Cm(2.2)] + [Cm(1.0)] * 8
    table = doc.add_table(rows=1, cols=len(DM_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False

    def fill(cell, text, width, bold=False, centre=False, colour=None, size=9):
        cell.width = width
        p = cell.paragraphs[0]
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    head = table.rows[0]
    for c, (t, w) in enumerate(zip(DM_HEADER, widths)):
        fill(head.cells[c], t, w, bold=True, centre=c >= 4 or c == 0, colour="FFFFFF")
        shade(head.cells[c], "1F3864")
    repeat_header(head)
    for group in _groups(acts, lambda a: a["extra"]["theme"]):
        letter = group[0]["extra"]["theme"]
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        fill(merged, f"{letter}. {DM_THEMES[letter]}", sum(widths, Cm(0)), bold=True, size=10)
        shade(merged, "D9E2F3")
        for a in group:
            row = table.add_row()
            cells = row.cells
            fill(cells[0], a["row"], widths[0], centre=True)
            fill(cells[1], a["text"], widths[1])
            fill(cells[2], a["lead"], widths[2])
            fill(cells[3], a["date"], widths[3])
            for n in range(1, 9):
                fill(cells[3 + n], DM_TICK if n in a["refs"] else "", widths[3 + n], centre=True,
                     bold=True, size=10)

    doc.add_heading("Key to leads", level=1)
    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    kw = [Cm(2.0), Cm(6.0), Cm(11.0)]
    for c, (t, w) in enumerate(zip(("Initials", "Name", "Role"), kw)):
        fill(key.rows[0].cells[c], t, w, bold=True, colour="FFFFFF")
        shade(key.rows[0].cells[c], "1F3864")
    for ini, name, role in DM_KEY:
        cells = key.add_row().cells
        for c, (t, w) in enumerate(zip((ini, name, role), kw)):
            fill(cells[c], t, w)
    doc.add_heading("How we will know it is working", level=1)
    doc.add_paragraph(DM_GOVERNANCE)

    docx_props(doc, "Improvement Team", "Children's Services Improvement Plan 2020-21")
    doc.save(path)
    normalise_zip(path)


WRITERS = {"stannerley": write_st, "dunmarrow": write_dm}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "stannerley": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(6, 10)),
    "dunmarrow": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(6, 10)),
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
    for r, gap in zip(recs, transcribed_gaps(plan, recs, spec) or ()):
        assert gap == spec["label"], (r["number"], gap)
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


# stannerley's unanswered R2: nothing in the plan (beyond orphan 24's criminal courts) speaks of
# courts, legal work or evidence for proceedings
COURT = re.compile(r"court|legal|proceeding|judg|judici|cafcass|solicitor|evidence for", re.I)
# stannerley R1's unanswered ask: nothing linked speaks of early help or partners' assessments
EARLY = re.compile(r"early help|partner-led|partners' assessment", re.I)
# stannerley's passing R6: nothing but the one action speaks of school or education
SCHOOL = re.compile(r"virtual school|education|attainment|PEP\b|personal education", re.I)
# dunmarrow's unanswered R4: nothing linked speaks of medicals, injuries or physical abuse
MEDICAL = re.compile(r"medical|injur|bruis|paediatric|physical|examination", re.I)
# dunmarrow R1's unanswered ask: nothing linked speaks of health histories or records
HISTORY = re.compile(r"health (?:histor|record|summar|passport|information)|histor", re.I)


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
    d_ = gold["design"]
    for key in ("unanswered", "passing", "partial", "miscited"):
        assert len(d_[key]) == spec[key], (name, key)
    assert spec["orphans"][0] <= len(d_["orphans"]) <= spec["orphans"][1], name
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    mine = {a["id"]: {l["rec"] for l in gold["links"] if l["action"] == a["id"]} for a in acts}
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    for r in d_["partial"]:  # a partly answered recommendation: 2+ asks, some unanswered
        asks = gold["asks"][r]
        assert len(asks) >= 2 and any(not a["answered_by"] for a in asks), (name, r)
    for r in d_["unanswered"] + d_["passing"] + d_["partial"]:
        assert re.search(rf"\b{r}\b", d_["notes"]), (name, r)
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert phrase in a["text"] and phrase in rec_text[f"R{n}"].lower(), (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert n not in a["explicit_refs"], (name, n)
        assert f"R{n}" in d_["passing"], (name, n)
        others = [b for b in acts if b["id"] != a["id"] and phrase in b["text"].lower()]
        assert not others, (name, n, others)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d_["passing"]}, name
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one
    for n, orphans in plan["decoys"].items():
        assert f"R{n}" in d_["unanswered"], (name, n)
        for k in orphans:
            o = pid[k]
            assert o in d_["orphans"] and not ids[o]["explicit_refs"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan["ask_decoys"].items():
        assert f"R{n}" in d_["partial"], (name, n)
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        for k in orphans:
            o = pid[k]
            assert o in d_["orphans"] and not ids[o]["explicit_refs"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert {f"R{n}" for n in plan["decoys"]} == set(d_["unanswered"]), name
    assert {f"R{n}" for n in plan["ask_decoys"]} == set(d_["partial"]), name
    assert "hard" in d_["notes"].lower(), name
    for r in d_["unanswered"]:
        assert r not in per_rec, r
    # the notes' "action N ('words" / "orphan N ('words" quote action N's own words
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \('([^']+)", _plain(d_["notes"]), re.I)
    assert len(quoted) >= 6, (name, quoted)
    for n, said in quoted:
        assert said in _plain(ids[f"{name}-{n}"]["text"]), (name, n, said)
    for n in re.findall(r"\borphans? (\d+)\b", d_["notes"]):
        assert f"{name}-{n}" in d_["orphans"], (name, n)
    for a in acts:
        t = a["text"]
        assert "\n" not in t and "\t" not in t and t == t.strip() and "  " not in t, a["id"]
        assert not re.search(r"[<>&*_#`|\[\]]|\u00a0|https?:", t + a["leads_raw"] +
                             a["date_raw"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*)\b", t,
                             re.I), a["id"]
        assert a["id"] in d_["orphans"] or mine[a["id"]], a["id"]
        assert t.endswith("."), a["id"]
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing or not dates, every one named in the notes
    assert any(not a["leads_raw"] or a["leads_raw"].lower() == "tbc" for a in acts), name
    assert any(not a["date_raw"] or a["date_raw"].lower() in ("tbc", "ongoing")
               for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    for i, a in enumerate(acts, 1):
        if (not a["leads_raw"] or not a["date_raw"] or a["date_raw"].lower() == "tbc"
                or a["leads_raw"].lower() == "tbc"):
            assert re.search(rf"\b(action|orphan) {i} \(", d_["notes"], re.I), (name, i)
    # covered recommendations: every ask answered, two to seven actions
    for r, s in gold["expected"].items():
        if s == "covered":
            assert 2 <= len(per_rec[r]) <= 7, (r, per_rec[r])
    if name == "stannerley":
        check_st(gold, plan, acts, x, mine)
    if name == "dunmarrow":
        check_dm(gold, plan, acts, x, mine)
    return True


def check_st(gold, plan, acts, x, mine):
    name, d_ = plan["name"], gold["design"]
    themes = [g[0]["theme"] for g in _groups(x, lambda e: e["theme"])]
    assert themes == sorted(ST_THEMES), themes
    for title, lead in ST_THEMES.values():
        assert not re.search(r"\d|recommend|ofsted|inspect", title), title
    refs = [a["row"] for a in acts]
    assert len(set(refs)) == len(refs), refs
    fmts = set()
    for a, e in zip(acts, x):
        assert a["section"] == ST_THEMES[e["theme"]][0], a["id"]
        k = int(a["row"].split(".")[1])
        assert a["row"] == f"{e['theme']}.{k}", a["id"]
        assert not a["explicit_refs"], a["id"]
        assert "\u2019" not in a["text"] and "\u2018" not in a["text"], a["id"]  # as typed
        end = e["end"]
        if isinstance(end, datetime):
            fmts.add(e["fmt"])
            assert a["date_raw"] == end.strftime(ST_FORMATS[e["fmt"]]), a["id"]
        else:
            assert end is None or re.fullmatch(r"Q[1-4] 2019/20|Ongoing|tbc", end), a["id"]
        assert e["start"] is None or isinstance(e["start"], datetime) or \
            e["start"] == "Ongoing", a["id"]
        assert e["rag"] in (None,) + tuple(ST_RAG), a["id"]
        every = " ".join((a["text"], e["measure"], e["evidence"], e["support"], a["leads_raw"]))
        if a["id"] != f"{name}-24":
            assert not COURT.search(every), a["id"]  # the unanswered R2
        if mine[a["id"]]:
            assert not EARLY.search(every), a["id"]  # R1's unanswered ask
        if a["id"] != f"{name}-{plan['passing_phrase'][6][0]}":
            assert not SCHOOL.search(every), a["id"]  # R6 only in passing
        if e["theme"] == ST_OTHER:
            assert a["id"] in d_["orphans"], a["id"]
        else:
            assert mine[a["id"]], a["id"]
    assert fmts == set(ST_FORMATS), fmts
    assert {a["id"] for a, e in zip(acts, x) if e["theme"] == ST_OTHER} == set(d_["orphans"])
    dates = [a["date_raw"] for a in acts]
    for pat in (r"\d\d/\d\d/20\d\d", r"[A-Z][a-z]{2}-\d\d", r"Q\d 2019/20", "Ongoing", "tbc"):
        assert any(re.fullmatch(pat, v) for v in dates), pat
    # the linked actions' themes (the council's order) are not the report's order
    first = [min(int(r[1:]) for r in mine[acts[i]["id"]]) for i, e in enumerate(x)
             if mine[acts[i]["id"]] and (i == 0 or x[i - 1]["theme"] != e["theme"])]
    assert first != sorted(first), first
    # the hidden rows: the collapsed themes' actions, neither group the first
    assert ST_COLLAPSED == (2, ST_OTHER), ST_COLLAPSED
    assert gold["expected"] == {"R1": "weak", "R2": "uncovered", "R3": "covered",
                                "R4": "covered", "R5": "covered", "R6": "weak"}, name
    assert all(l["source"] == "judged" for l in gold["links"]), name


def check_dm(gold, plan, acts, x, mine):
    name, d_ = plan["name"], gold["design"]
    themes = [g[0]["theme"] for g in _groups(x, lambda e: e["theme"])]
    assert themes == sorted(DM_THEMES), themes
    assert len(DM_RESTATED) == len(gold["recommendations"]), name
    for line, r in zip(DM_RESTATED, gold["recommendations"]):  # short, not the report's text
        assert len(line.split()) <= 15 and _plain(line) not in r["text"], line
        assert not any(line in a["text"] for a in acts), line
    doubles = 0
    for i, (a, e) in enumerate(zip(acts, x), 1):
        assert a["row"] == str(i) and a["section"] == DM_THEMES[e["theme"]], a["id"]
        ticks = set(a["explicit_refs"])
        explicit = {int(l["rec"][1:]) for l in gold["links"]
                    if l["action"] == a["id"] and l["source"] == "explicit"}
        assert ticks == explicit, a["id"]  # every tick is an explicit link, and the reverse
        doubles += len(ticks) >= 2
        assert re.fullmatch(r"([A-Z]{2}( / [A-Z]{2})?|tbc)?", a["leads_raw"]), a["id"]
        if a["leads_raw"] and a["leads_raw"] != "tbc":
            known = {k for k, _, _ in DM_KEY}
            assert set(a["leads_raw"].split(" / ")) <= known, a["id"]
        assert re.fullmatch(r"([A-Z][a-z]{2} 202\d|\d\d/\d\d/\d\d|From [A-Z][a-z]+ 2020|"
                            r"Q[1-4] 2020/21|Monthly|Quarterly|Ongoing|tbc)?",
                            a["date_raw"]), a["id"]
        if mine[a["id"]]:
            assert not MEDICAL.search(a["text"]), a["id"]  # the unanswered R4
            assert not HISTORY.search(a["text"]), a["id"]  # R1's unanswered ask
        if e["theme"] == "E":
            assert a["id"] in d_["orphans"], a["id"]
    assert doubles >= 2, name
    judged = [(l["action"], l["rec"]) for l in gold["links"] if l["source"] == "judged"]
    assert judged == [(f"{name}-9", "R2"), (f"{name}-13", "R5")], judged
    # the passing mention's row is ticked nowhere, like the orphans
    k = plan["passing_phrase"][7][0]
    assert not gold["actions"][k - 1]["explicit_refs"], k
    # orphans inside a theme of linked actions, and no tick on any orphan
    assert any(x[int(o.split("-")[1]) - 1]["theme"] != "E" for o in d_["orphans"]), name
    for o in d_["orphans"]:
        assert not gold["actions"][int(o.split("-")[1]) - 1]["explicit_refs"], o
    # the R4 and R7 columns hold no tick at all
    assert not any(set(a["explicit_refs"]) & {4, 7} for a in acts), name
    assert gold["expected"] == {"R1": "weak", "R2": "covered", "R3": "covered",
                                "R4": "uncovered", "R5": "covered", "R6": "covered",
                                "R7": "weak", "R8": "covered"}, name


if __name__ == "__main__":
    main(sys.argv[1:], "ay", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_ay)
