"""Write the sealed coverage evaluation set "bg": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_bg.py            # writes documents and gold
    python scripts/make_coverage_plans_bg.py --check    # only runs the consistency checks

Documents: corpus/coverage/bg/<name>.<ext>      Gold: corpus/gold/coverage/bg/<name>.json

The two documents imitate what councils' own systems produce: a Word improvement plan (A4
portrait) in which each action is a NUMBERED HEADING (Heading 3, "2.1 Improve return home
interviews") followed by a short paragraph of what will be done and then a small two-row table,
header Lead | Timescale | Success measure and one row of values; the themes are Heading 2
("2. Children who go missing"); a front page with a version table, an introduction, a glossary
and an appendix table of performance measures (Measure | Baseline | Target) that are not
actions; and a TAB-SEPARATED export (.tsv) from a council's performance database: a header row
in capitals with underscores (ACTION_ID, THEME_CD, THEME_DESC, ACTION_DESC, OWNER_NAME,
OWNER_ROLE, TARGET_DT, STATUS_CD, REC_REF, LAST_UPD), one row per action ordered by theme CODE
and then by ID (so the themes come out in alphabetical order of their codes, "Other" in the
middle), dates as yyyymmdd numbers (20180331), TARGET_DT sometimes 0 or empty (not set),
STATUS_CD codes (OPN, CLS, ONG), REC_REF codes ('REC-04', 'REC-06;REC-07' or empty), OWNER_NAME
a person and OWNER_ROLE the post (either may be empty), CRLF line ends, and a trailer line at the
end ('-- 33 rows exported 2018-04-12 09:14 --') that is not an action.

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only, through
transcribed_gaps/report_text, to find ../shared for the transcription check).

Recommendation texts: the local-authority items of both reports were transcribed by hand from
the report PDFs (text read with pypdfium2) for this set and are held below as data (ST_RECS,
SM_RECS), word for word, lines broken by the PDF joined, the reports' curly apostrophes kept,
numbered as the reports number them (Staffordshire 18-25, Somerset 1-13); they are passed to
build_gold(recs=...). Both reports also have hand-checked report gold in corpus/gold/reports;
it was not used for the transcription, and --check compares the two afterwards (they agree item
for item). Nothing is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the row's REC_REF cites 3
                                   and the text supports it) or "j" judged; "h" high / "m" medium
    mis=True                       the row's REC_REF cites a recommendation its text does not
                                   answer; the citation is not a link, its true link is judged
The Word plan cites no recommendation number (its heading numbers are its own), so all its links
are judged. Actions with no links are orphans (see each plan's design notes). Design lists and
asks name an action by its number N (the action is <name>-N), numbered down the document.

All councils, places, people, teams, systems, charities and local programmes are fictional
(national schemes and bodies such as Jobcentre Plus, personal education plans, clinical
commissioning groups, Signs of Safety or the independent reviewing officer are named as councils
name them); no real person is named, and the names in OWNER_NAME are invented. Output is
deterministic: the DOCX has fixed core properties and every zip member a fixed timestamp; the TSV
is plain bytes.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, build_gold, docx_props, main, normalise_zip,  # noqa: E402
                          curly, groups as _groups, shade, words as _words)
from _coverage_sets import REPORT_GOLD, report_recs, transcribed_gaps  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Staffordshire, inspection of services for children in need of help and protection, children
# looked after and care leavers, and review of the LSCB (SIF), report published 21 March 2014.
# "What does the local authority need to improve?", page 5 of the PDF: "Priority and immediate
# action" (paragraph 17: none found, not an item), then "Areas for improvement", numbered
# paragraphs 18-25, all addressed to the local authority; the page ends after 25. The board's
# two areas for improvement (101-102, page 25, Section 2) are addressed to the safeguarding
# board and are left out. Numbered as printed; lines broken by the PDF joined with a space; the
# curly apostrophe of R23 kept.
# ---------------------------------------------------------------------------------------------

ST_REPORT = "staffordshire-80561/2014-03-21.pdf"
ST_PAGES = (5,)

ST_RECS = [  # (number, page, text)
    (18, 5, "Ensure that independent reviewing officers (IROs) provide consistent and robust "
            "challenge to care planning and see children outside their statutory review in line "
            "with statutory guidance."),
    (19, 5, "The authority should undertake a review of the range of communication needs of all "
            "children with a disability to ensure that workers are fully equipped with the right "
            "skills to communicate effectively with children."),
    (20, 5, "Put in place effective processes for aggregating and analysing information gathered "
            "from return home interviews."),
    (21, 5, "Ensure that all social work caseloads are manageable and that supervision fully "
            "supports reflective practice."),
    (22, 5, "Ensure that there are effective tracking and review processes for monitoring "
            "adoption plans."),
    (23, 5, "Strengthen the assessment process and content of plans so that they all effectively "
            "address issues that relate to children\u2019s ethnicity and cultural identity."),
    (24, 5, "Further improve the proportion of care leavers aged 19 in education, employment or "
            "training."),
    (25, 5, "Develop the 4US Forum across the county so that care leavers can help to shape "
            "provision wherever they might live in Staffordshire."),
]

# ---------------------------------------------------------------------------------------------
# Somerset, reinspection of services for children in need of help and protection, children
# looked after and care leavers (SIF), report published 29 January 2018. The report has no
# section called "Areas for improvement" or "What needs to improve": its list is headed
# "Recommendations", page 9 of the PDF, thirteen numbered items, all addressed to the local
# authority (a reinspection of the local authority only; no board section); the page ends after
# item 13. Numbered as printed; lines broken by the PDF joined with a space; the curly apostrophe
# of R12 kept; R6's "risk-reduction" is hyphenated at a line end in the PDF (pypdfium2 gives
# U+FFFE there, read as the hyphen).
# ---------------------------------------------------------------------------------------------

SM_REPORT = "somerset-80555/2018-01-29.pdf"
SM_PAGES = (9,)

SM_RECS = [
    (1, 9, "Ensure that capacity in the senior management team is sufficient to address the "
           "operational issues that have resulted in inconsistencies in social work practice."),
    (2, 9, "Ensure that the scrutiny and oversight of practice provided by managers, child "
           "protection chairs and independent reviewing officers are effective in achieving "
           "positive change for children."),
    (3, 9, "Ensure that all plans and reviews focus on improving outcomes for children and young "
           "people and are informed by an up-to-date, holistic assessment of need that includes "
           "their ethnicity, identity and cultural needs."),
    (4, 9, "Develop effective systems with partner agencies to ensure that appropriate support "
           "and oversight take place of all children kept in police custody."),
    (5, 9, "Improve the quality and effectiveness of strategy discussions by ensuring that joint "
           "investigations are appropriately planned, with timely completion of actions, and "
           "that contingency planning is clear."),
    (6, 9, "When children go missing, ensure that return home interviews are timely and of "
           "sufficiently good quality to inform individual planning for children and wider "
           "risk-reduction strategies."),
    (7, 9, "Ensure that there is consistent use of tools for all children who may be at risk of "
           "sexual exploitation to improve safety planning and inform trend and risk analysis "
           "by senior managers."),
    (8, 9, "Ensure that children and young people within the child protection process have "
           "timely access to advocacy services."),
    (9, 9, "Ensure that all homeless 16- and 17-year-olds are appropriately advised of their "
           "entitlement to become looked after, and that those that require it are actively "
           "supported as children in need."),
    (10, 9, "Improve the timeliness and standards of social work practice relating to families "
            "in pre-proceedings work in order to help parents to understand the concerns "
            "regarding their children and make improvements."),
    (11, 9, "Ensure that sufficient foster homes are available for children to meet their needs, "
            "and that a range of quality placement options are available to them."),
    (12, 9, "Ensure that children\u2019s initial health assessments are timely, and that the "
            "emotional and mental health needs of care leavers and children looked after are "
            "recognised and addressed."),
    (13, 9, "Ensure that care leavers receive support to live independently at a time that is "
            "appropriate to their individual needs, and that all care leavers are engaged in "
            "some purposeful activity that supports them in accessing education, employment or "
            "training."),
]

# where each list sits in its report: the words opening the block (the end of the page closes
# it in both), and the label standing before each item (its printed number and a full stop)
BLOCKS = {
    ST_REPORT: dict(start="Areas for improvement", end=None, label=lambda n: f"{n}."),
    SM_REPORT: dict(start="Recommendations", end=None, label=lambda n: f"{n}."),
}


def _recs(table):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in table]


def st_recs():
    return _recs(ST_RECS)


def sm_recs():
    return _recs(SM_RECS)


# ---------------------------------------------------------------------------------------------
# Plan 1: Thornlow - a Word improvement plan answering Staffordshire 2014-03-21 (SIF, items
# 18-25). Themes as Heading 2 ("2. Children who go missing"); each action a Heading 3 "2.1
# <title>", a paragraph, and a 2-row table Lead | Timescale | Success measure.
# ---------------------------------------------------------------------------------------------

TL_THEMES = {  # number: Heading 2 words after "<n>. ", in the council's words and order
    1: "Planning and review for children in care",
    2: "Children who go missing",
    3: "A workforce that can do the job",
    4: "Knowing who the child is",
    5: "Care leavers",
    6: "Other service developments",
}
TL_OTHER = 6


def tl_actions():
    acts = []

    def add(theme, title, para, lead, when, measure, links=()):
        """An action of theme ``theme``: its Heading 3 "<theme>.<k> <title>", its paragraph, and
        the value row of its small table (Lead, Timescale, Success measure; "" empty). ``text``
        is the title and the paragraph joined by ". "; the success measure is not part of it."""
        assert not title.endswith(".") and para.endswith(".")
        k = sum(1 for a in acts if a["extra"]["theme"] == theme) + 1
        acts.append(A(curly(f"{title}. {para}"), curly(lead), when, links, [], False,
                      row=f"{theme}.{k}", section=curly(f"{theme}. {TL_THEMES[theme]}"),
                      objective=None, theme=theme, title=curly(title), para=curly(para),
                      measure=curly(measure)))

    # 1. Planning and review for children in care (R18: both asks); one orphan
    add(1, "Give reviewing officers a stronger voice",
        "When a child's plan is drifting or unclear, the reviewing officer will raise a formal "
        "practice alert and take it through our three-stage route: team manager, head of "
        "service, then the Assistant Director. Every alert and what came of it will be logged.",
        "IRO Service Manager", "July 2014",
        "Alerts resolved at the first stage within 10 working days",
        links=[(18, "j", "h", "IROs escalating drifting or unclear plans: robust challenge to "
                "care planning")])
    add(1, "Seeing children between reviews",
        "Each child in care will meet their reviewing officer at least once between reviews, at "
        "home, at school or somewhere the child chooses, and the visit will be written up on "
        "Orion.",
        "IRO Service Manager", "September 2014",
        "90% of children seen by their reviewing officer between reviews",
        links=[(18, "j", "h", "IROs seeing children outside their statutory reviews")])
    add(1, "Two more reviewing officers",
        "Two additional reviewing officer posts, so that each officer has the time to visit "
        "children and to follow up what was agreed at the review.",
        "Head of Safeguarding", "September 2014",
        "Both posts filled by permanent staff",
        links=[(18, "j", "m", "IRO capacity so that they can visit children and follow plans "
                "up")])
    add(1, "A midway check on every plan",
        "Halfway between reviews the reviewing officer checks the child's record and writes to "
        "the social worker and team manager where an agreed action has not happened.",
        "IRO Service Manager", "From September 2014",
        "Midway check recorded for every child in care",
        links=[(18, "j", "h", "IROs monitoring and challenging the progress of care plans "
                "between reviews")])
    add(1, "Refurbish the family time centre",
        "New kitchen, garden and two family rooms at the Hartsbury family time centre, so that "
        "time with parents feels more like home.",
        "Service Manager, Children in Care", "March 2015", "Works complete")

    # 2. Children who go missing (R20)
    add(2, "Improve return home interviews",
        "Every return home interview will be written on the same form in Orion, whoever "
        "carries it out, so that where the child went, who they were with and why they left "
        "can be counted across the county.",
        "Head of Safeguarding", "August 2014",
        "All interviews recorded on the new form",
        links=[(20, "j", "h", "interview information captured in one way so that it can be "
                "brought together")])
    add(2, "Quarterly missing profile",
        "The performance team will produce a profile every quarter of the places, the people "
        "and the reasons that children give, and of the patterns that repeat from one quarter "
        "to the next.",
        "Performance and Information Manager", "Quarterly from October 2014",
        "Profile presented to the Missing Children Panel each quarter",
        links=[(20, "j", "h", "what interviews tell us pulled together and analysed across the "
                "county")])
    add(2, "Acting on what children tell us",
        "The Missing Children Panel will use the profile to plan joint disruption work with "
        "Thornlow Police at the addresses and adults that keep coming up.",
        "Head of Safeguarding", "Ongoing", "",
        links=[(20, "j", "m", "the analysis of interviews put to use by the panel")])

    # 3. A workforce that can do the job (R21, partly: caseloads; a passing mention of R22);
    # two orphans, one the ask decoy
    add(3, "Weighted caseloads",
        "A weighting tool for every social work team, so that complex work counts for more: "
        "for example a child whose adoption plan is going through court counts as one and a "
        "half. No social worker should hold more than 20 weighted cases.",
        "Principal Social Worker", "July 2014",
        "No social worker above 20 weighted cases",
        links=[(21, "j", "h", "caseloads measured and capped so that they are manageable")])
    add(3, "Recruit permanent social workers",
        "A campaign for 25 permanent social workers, with a relocation package and a market "
        "supplement for the teams that are hardest to fill in Wenmoor.",
        "HR Business Partner", "December 2014",
        "Vacancy rate below 10%",
        links=[(21, "j", "h", "more social workers so that each holds fewer children")])
    add(3, "A protected first year",
        "Newly qualified social workers hold a smaller number of children in their first year, "
        "rising in steps over the twelve months.",
        "Principal Social Worker", "From September 2014",
        "No newly qualified worker above 12 children in the first six months",
        links=[(21, "j", "h", "manageable workloads for newly qualified social workers")])
    add(3, "Weekly workload report",
        "Each team manager receives a weekly report of every worker's weighted cases, and the "
        "head of service moves work between teams where a team is over the limit.",
        "Performance and Information Manager", "July 2014", "",
        links=[(21, "j", "h", "caseloads watched every week and evened out between teams")])
    add(3, "Student placements",
        "Host 12 social work students a year, each with a practice educator and weekly "
        "supervision from a qualified practitioner.",
        "Workforce Development Manager", "Ongoing",
        "12 placements a year")
    add(3, "Agile working",
        "Laptops and tablets for all social workers, and hot desks in the Cadley and Wenmoor "
        "offices.",
        "tbc", "tbc", "")

    # 4. Knowing who the child is (R23)
    add(4, "Heritage in every assessment",
        "A new section in the Orion assessment on the child's heritage, faith, language and how "
        "they see themselves, which must be filled in before the assessment can be signed off.",
        "Head of Children and Families", "October 2014",
        "Audits find the section completed well in 80% of assessments",
        links=[(23, "j", "h", "the assessment made to address ethnicity and cultural "
                "identity")])
    add(4, "Talking with families about background and faith",
        "A half-day workshop for all social workers and team managers, run with the Thornlow "
        "Race Equality Council.",
        "Workforce Development Manager", "November 2014",
        "All social workers attended",
        links=[(23, "j", "h", "workers equipped to explore a child's ethnicity and culture")])
    add(4, "Plans that keep a child connected",
        "Every care plan and child protection plan will say what will be done to keep the child "
        "in touch with their community, faith and language, such as a mentor, a place of "
        "worship or help with hair and skin care.",
        "Heads of Service", "March 2015", "",
        links=[(23, "j", "h", "the content of plans addressing the child's identity and "
                "culture")])

    # 5. Care leavers (R24, R25)
    add(5, "Apprenticeships for care leavers",
        "Ten council apprenticeships kept each year for young people leaving our care, and a "
        "guaranteed interview for any care leaver who applies for a council job.",
        "Leaving Care Service Manager", "April 2015",
        "10 apprenticeships filled",
        links=[(24, "j", "h", "care leavers into employment and training")])
    add(5, "An adviser for work and learning",
        "A dedicated adviser in the leaving care team for young people aged 18 to 21 who are "
        "not in work or learning, working alongside Thornlow College and Jobcentre Plus.",
        "Leaving Care Service Manager", "September 2014",
        "Care leavers aged 19 in education, employment or training up to 60%",
        links=[(24, "j", "h", "more care leavers aged 19 in education, employment or "
                "training")])
    add(5, "Keeping college places",
        "Personal advisers keep in touch with each young person and their college over the "
        "summer after Year 13, so that nobody loses their place between one course and the "
        "next.",
        "", "Ongoing", "",
        links=[(24, "j", "m", "care leavers kept in education")])
    add(5, "Next Steps Forum in every district",
        "The Next Steps Forum, which meets only in Thornlow town, will start groups in "
        "Hartsbury, Cadley and Wenmoor, with travel paid and a youth worker for each.",
        "Participation Officer", "January 2015",
        "Groups meeting in all four districts",
        links=[(25, "j", "h", "the care leavers' forum developed across the county")])
    add(5, "Care leavers help choose services",
        "Two forum members will sit on the panel that commissions supported accommodation, and "
        "the forum will be asked to review the leaving care offer every year.",
        "Head of Commissioning", "tbc", "",
        links=[(25, "j", "h", "care leavers shaping what is provided for them")])
    add(5, "Online forum",
        "A closed online group for care leavers who live outside the county or cannot get to a "
        "meeting.",
        "Participation Officer", "", "",
        links=[(25, "j", "m", "care leavers can take part wherever they live")])

    # 6. Other service developments (orphans: the two decoys of R19 among them)
    add(6, "Staff communication",
        "A fortnightly bulletin from the Director to all workers, and a review of the intranet "
        "so that policies and procedures are easy to find.",
        "Communications Officer", "June 2014", "")
    add(6, "Short breaks",
        "A review of the short breaks offer for children with a disability, with a wider range "
        "of Saturday and holiday activities in each district.",
        "Disabled Children's Service Manager", "October 2014",
        "Short breaks offer published")
    add(6, "Early help hubs",
        "Open early help hubs in Cadley and Wenmoor, bringing family support workers, health "
        "visitors and school nurses together.",
        "Head of Early Help", "March 2015", "Both hubs open")
    add(6, "More foster carers",
        "Recruit 20 new fostering households, especially for teenagers and for brothers and "
        "sisters.",
        "Fostering Service Manager", "March 2015", "20 households approved")
    add(6, "Family group conferences",
        "Offer a family group conference to every family before a child comes into care, unless "
        "it would not be safe.",
        "Head of Early Help", "Q4 2014/15", "")
    return acts


TL = {
    "name": "thornlow", "ext": "docx", "report": ST_REPORT, "recs": st_recs,
    "pages": ST_PAGES, "council": "Thornlow County Council",
    "actions": tl_actions, "bounds": (20, 40),
    "expected": {18: "covered", 19: "uncovered", 20: "covered", 21: "weak", 22: "weak",
                 23: "covered", 24: "covered", 25: "covered"},
    "unanswered": [19], "passing": [22], "partial": [21],
    "orphans": [5, 13, 14, 24, 25, 26, 27, 28],
    "miscited": [],
    "passing_phrase": {22: (9, "a child whose adoption plan is going through court")},
    "decoys": {19: [24, 25]},
    "ask_decoys": {21: [13]},
    "asks": {18: [("IROs provide consistent and robust challenge to care planning", [1, 3, 4]),
                  ("IROs see children outside their statutory review in line with statutory "
                   "guidance", [2, 3])],
             21: [("all social work caseloads are manageable", [9, 10, 11, 12]),
                  ("supervision fully supports reflective practice", [])],
             25: [("develop the care leavers' forum across the county, wherever care leavers "
                   "live", [21, 23]),
                  ("care leavers help to shape provision", [22])]},
    "notes": (
        "DOCX, A4 portrait, Word's curly apostrophes. A front page (council name as Title, "
        "'Children's Social Care Improvement Plan 2014\u201315', a line on the inspection it "
        "answers, and a small version table Version | Date | Owner), then a heading "
        "'Introduction' with two paragraphs (not actions), then 'Our plan': six themes, each a "
        "Heading 2 typed with its number ('1. Planning and review for children in care', '2. "
        "Children who go missing', '3. A workforce that can do the job', '4. Knowing who the "
        "child is', '5. Care leavers', '6. Other service developments'); under each theme its "
        "actions, each a Heading 3 typed with the action's own number and a short title ('2.1 "
        "Improve return home interviews'), then ONE paragraph of what will be done, then a "
        "small table of two rows, a shaded header row Lead | Timescale | Success measure and one "
        "row of values. 'row' is the heading's number ('1.1' ... '6.5'; the plan's own "
        "numbering, not a recommendation number), 'section' the Heading 2 as written, number "
        "included, 'objective' null. 'text' is the heading's title (without its number) and the "
        "paragraph joined by '. '; 'leads_raw' is the Lead cell, 'date_raw' the Timescale cell "
        "as written ('July 2014', 'From September 2014', 'Quarterly from October 2014', "
        "'Ongoing', 'Q4 2014/15', 'tbc', '' where empty). The Success measure cell is a "
        "measure, not part of the action, and is empty on some actions. Empty Lead cell: action "
        "20 ('Keeping college places'); Lead 'tbc': orphan 14 ('Agile working'); Timescale "
        "'tbc': action 22 ('Care leavers help choose services') and orphan 14; empty "
        "Timescale: action 23 ('Online forum'). After the plan a heading 'Glossary' with "
        "bold-term paragraphs ('IRO \u2013 independent reviewing officer' ...) and a heading "
        "'Appendix A: Performance measures' with a table Measure | Baseline | Target (six "
        "rows): neither is an action, and neither names disability, communication or adoption. "
        "Header 'OFFICIAL' and a footer with the plan's title and version. Nothing cites a "
        "recommendation number: explicit_refs is [] everywhere and every link is judged. Hard "
        "unanswered: R19 (a review of the range of communication needs of all children with a "
        "disability, so that workers can communicate with them): nothing is aimed at it, and no "
        "linked action speaks of disability or communication; orphan 24 ('Staff "
        "communication': a bulletin to 'all workers' and a 'review' of the intranet) and orphan "
        "25 ('Short breaks': a 'review' of short breaks for children with a 'disability', a "
        "wider 'range' of activities) share its words, but one is internal communications and "
        "the other a leisure offer; neither touches how workers communicate with disabled "
        "children. Passing: R22 (tracking and review processes for monitoring adoption plans) "
        "is touched only by action 9 ('Weighted caseloads', heading 3.1, aimed at R21), where "
        "'a child whose adoption plan is going through court' weighs one and a half cases; "
        "nothing tracks or reviews adoption plans; weak, no link. Partly answered (see asks): "
        "R21: manageable caseloads are answered by actions 9-12 (weighting with a cap, "
        "recruitment, a protected first year, a weekly workload report); supervision that fully "
        "supports reflective practice by nothing, and no linked action names supervision or "
        "reflection; ask decoy: orphan 13 ('Student placements': 'weekly supervision from a "
        "qualified practitioner' for social work students with a 'practice' educator); weak. "
        "Answered: R18 by actions 1-4, both asks (challenge to care planning: 1, 3, 4; seeing "
        "children between reviews: 2, 3); R20 by actions 6-8 (action 6 ('Improve return home "
        "interviews'), a quarterly profile, the panel using it); R23 by actions 15-17; R24 by "
        "actions 18-20; R25 by actions 21-23, both asks (across the county: 21, 23; shaping "
        "provision: 22). The council's forum is the 'Next Steps Forum' (the report names its "
        "own county's forum, '4US'). Orphans: 5 (the family time centre), 13 and 14 (student "
        "placements, agile working) and the whole of theme 6, orphans 24-28 (the two decoys, "
        "early help hubs, foster carers, family group conferences). 'action N' means thornlow-N, "
        "numbered down the document: 1-5 theme 1, 6-8 theme 2, 9-14 theme 3, 15-17 theme 4, "
        "18-23 theme 5, 24-28 theme 6 (action N's heading number is given by that order). The "
        "plan's own names: Orion (case record system), the Missing Children Panel, the Next "
        "Steps Forum, Thornlow College, the Thornlow Race Equality Council, Thornlow Police, "
        "Hartsbury, Cadley and Wenmoor."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Haddonmere - a tab-separated export from the council's performance database answering
# Somerset 2018-01-29 (SIF reinspection, items 1-13). Rows ordered by THEME_CD, then ACTION_ID.
# ---------------------------------------------------------------------------------------------

HM_THEMES = {  # THEME_CD: THEME_DESC as held in the database
    "CLA": "Children looked after",
    "EXP": "Missing and exploitation",
    "LDR": "Leadership and capacity",
    "LVC": "Leaving care and homeless young people",
    "OTH": "Other service developments",
    "QAP": "Quality of practice",
    "SAF": "Safeguarding and partnerships",
}
HM_HEADER = ("ACTION_ID", "THEME_CD", "THEME_DESC", "ACTION_DESC", "OWNER_NAME", "OWNER_ROLE",
             "TARGET_DT", "STATUS_CD", "REC_REF", "LAST_UPD")
HM_EXPORTED = "2018-04-12 09:14"


def hm_actions():
    acts = []

    def add(aid, theme, desc, name, role, target, status, refs, upd, links=(), mis=False):
        """A database row: ACTION_ID ``aid``, THEME_CD ``theme`` (THEME_DESC from HM_THEMES),
        ACTION_DESC ``desc``, OWNER_NAME / OWNER_ROLE ("" empty), TARGET_DT ``target`` as
        exported ("20180630", "0" or "" for not set), STATUS_CD, REC_REF citing ``refs``
        ("REC-06", "REC-06;REC-07", ""), LAST_UPD ``upd``. leads_raw is OWNER_NAME and
        OWNER_ROLE joined by "; " when both are filled, the one filled otherwise, "" when
        neither."""
        lead = "; ".join(v for v in (name, role) if v)
        acts.append(A(desc, lead, target, links, list(refs), mis, row=str(aid),
                      section=HM_THEMES[theme], objective=None, theme=theme, owner=name,
                      role=role, status=status, upd=upd))

    # CLA - Children looked after (R11; R12 partly: initial health assessments); one orphan
    add(1012, "CLA", "Foster carer recruitment campaign 'Room for One More' - 30 new fostering "
        "households by March 2019, targeting teenagers and sibling groups.",
        "Rachel Dunmore", "Fostering Service Manager", "20190331", "OPN", [11], "20180403",
        links=[(11, "e", "h", "more foster homes")])
    add(1013, "CLA", "Enhanced fostering scheme: professional fee and 24 hour support line for "
        "carers who take children with complex needs.",
        "Rachel Dunmore", "Fostering Service Manager", "20180930", "OPN", [], "20180403",
        links=[(11, "j", "h", "foster homes for children whose needs are complex")])
    add(1014, "CLA", "IHA requests sent to the CCG within 2 working days of a child coming into "
        "care; consent form signed at the placement meeting.",
        "Tom Brierley", "Service Manager, Children Looked After", "20180430", "CLS", [12],
        "20180329",
        links=[(12, "e", "h", "initial health assessments requested at once, so that they are "
                "timely")])
    add(1029, "CLA", "Weekly IHA tracker - every assessment due, escalated to the designated "
        "nurse when a date is missed.",
        "Tom Brierley", "Service Manager, Children Looked After", "0", "ONG", [], "20180406",
        links=[(12, "j", "h", "late initial health assessments chased every week")])
    add(1047, "CLA", "New framework for residential and supported accommodation providers, with "
        "a quality visit before any child is placed.",
        "Priya Lakhani", "Commissioning Manager", "20181231", "OPN", [], "20180409",
        links=[(11, "j", "h", "a range of quality placement options")])
    add(1052, "CLA", "ePEP - personal education plans completed online for all children looked "
        "after, from the summer term.",
        "Alan Gorse", "Virtual School Head", "20180720", "OPN", [], "20180410")

    # EXP - Missing and exploitation (R6, R7; one row cites REC-06 for an R7 action)
    add(1009, "EXP", "Return interviews recommissioned from Haddonmere Young People's Trust - "
        "offered within 72 hours by a worker the child knows, report on the child's file the "
        "same week.",
        "Neil Ashworth", "Head of Safeguarding", "20180601", "OPN", [6], "20180322",
        links=[(6, "e", "h", "return home interviews timely and good enough to inform the "
                "child's plan")])
    add(1010, "EXP", "CSE screening tool to be completed for every child aged 10+ where there "
        "are signs of exploitation; full risk assessment within 5 working days.",
        "Neil Ashworth", "Head of Safeguarding", "20180501", "OPN", [6], "20180322",
        links=[(7, "j", "h", "the same tool used for every child at risk of sexual "
                "exploitation")], mis=True)
    add(1011, "EXP", "Monthly exploitation dashboard for SLT from the screening tools - numbers, "
        "hotspots and trends by area.",
        "Sunita Varma", "Performance Manager", "20180531", "OPN", [7], "20180406",
        links=[(7, "e", "h", "trend and risk analysis by senior managers")])
    add(1033, "EXP", "Quarterly report to the Missing and Exploitation sub-group combining what "
        "children say at return interviews with the screening results (places, people, "
        "patterns); area disruption plans agreed from it.",
        "Sunita Varma", "Performance Manager", "20180731", "OPN", [6, 7], "20180406",
        links=[(6, "e", "h", "what interviews find used for wider risk-reduction plans"),
               (7, "e", "m", "screening results analysed for trends by senior managers")])

    # LDR - Leadership and capacity (R1; a passing mention of R10); two orphans, one the ask
    # decoy of R12
    add(1001, "LDR", "Recruit a third Head of Service (Locality Social Work) so that each "
        "locality has a senior manager on site and practice problems are sorted quickly.",
        "Fiona Castell", "Director of Children's Services", "20180630", "OPN", [1], "20180405",
        links=[(1, "e", "h", "more senior management capacity to deal with the problems behind "
                "variable practice")])
    add(1002, "LDR", "Create Deputy Director post - portfolio to cover the front door, child "
        "protection conferences and the pre-proceedings panel, freeing the DCS to lead the "
        "improvement programme.",
        "Fiona Castell", "Director of Children's Services", "20180531", "ONG", [1], "20180405",
        links=[(1, "e", "h", "a further senior post: capacity in the senior management "
                "team")])
    add(1003, "LDR", "Monthly Improvement Board chaired by the Chief Executive, highlight report "
        "to each meeting.",
        "Fiona Castell", "Director of Children's Services", "0", "ONG", [], "20180212")
    add(1041, "LDR", "Staff wellbeing offer - mental health first aiders in every office, "
        "emotional resilience sessions and the employee assistance line.",
        "Gemma Ruddock", "HR Business Partner", "20180930", "OPN", [], "20180409")

    # LVC - Leaving care and homeless young people (R9, R13)
    add(1016, "LVC", "Joint protocol with the district housing teams: every 16/17 year old who "
        "presents as homeless gets a children's services assessment and is told in writing of "
        "their right to be accommodated.",
        "Karen Sowerby", "Head of Children Looked After and Care Leavers", "20180531", "OPN",
        [9], "20180404",
        links=[(9, "e", "h", "homeless 16 and 17 year olds advised of their entitlement to be "
                "looked after")])
    add(1017, "LVC", "Young people who decide not to become looked after are offered a child in "
        "need plan and a named worker until they are 18.",
        "Karen Sowerby", "Head of Children Looked After and Care Leavers", "", "OPN", [],
        "20180404",
        links=[(9, "j", "h", "those who need it supported as children in need")])
    add(1018, "LVC", "Independence skills programme (cooking, budgeting, managing a tenancy) "
        "from 16, paced to the young person; pathway plan to say when they will be ready to "
        "move on.",
        "Mark Hollins", "Leaving Care Team Manager", "20180930", "OPN", [13], "20180328",
        links=[(13, "e", "h", "support to live independently at the right time")])
    add(1019, "LVC", "Care leaver apprenticeships and traineeships with the council and its "
        "partners - 15 places in 2018/19.",
        "Mark Hollins", "Leaving Care Team Manager", "20190331", "OPN", [13], "20180328",
        links=[(13, "e", "h", "care leavers into education, employment or training")])
    add(1044, "LVC", "Monthly panel for care leavers who are NEET - look at each young person "
        "and agree a next step (course, volunteering, work trial).",
        "", "Leaving Care Team Manager", "0", "ONG", [], "20180409",
        links=[(13, "j", "h", "every care leaver engaged in purposeful activity")])

    # OTH - Other service developments (orphans: one decoy of R4 among them)
    add(1021, "OTH", "Go live with Orchard case management system - data migration and "
        "training for all staff.",
        "", "", "0", "OPN", [], "20180301")
    add(1022, "OTH", "Children's centres reshaped into 8 family hubs.",
        "Louise Pardoe", "Head of Early Help", "20190331", "OPN", [], "20180301")
    add(1050, "OTH", "Joint training with partner agencies - Signs of Safety workshops for "
        "police officers, health visitors and school staff.",
        "Kerry Aldous", "Principal Social Worker", "20181130", "OPN", [], "20180410")

    # QAP - Quality of practice (R2, R3)
    add(1004, "QAP", "Practice observations - team managers observe each social worker twice a "
        "year and give written feedback, with a development plan where practice is not good "
        "enough.",
        "Kerry Aldous", "Principal Social Worker", "20180731", "OPN", [2], "20180402",
        links=[(2, "e", "h", "managers' oversight of practice that changes it")])
    add(1005, "QAP", "CP chairs and IROs to raise a practice alert when a plan is drifting; "
        "alerts tracked to resolution and reported to SLT monthly.",
        "Owen Pettifer", "Head of Quality Assurance", "20180430", "CLS", [2], "20180330",
        links=[(2, "e", "h", "child protection chairs' and IROs' scrutiny made to bring change "
                "for children")])
    add(1006, "QAP", "New single assessment template - chronology, family history, culture, "
        "religion and identity all mandatory; open cases reassessed at least every 6 months.",
        "Owen Pettifer", "Head of Quality Assurance", "20180630", "OPN", [3], "20180330",
        links=[(3, "e", "h", "up-to-date, holistic assessments that include identity and "
                "culture")])
    add(1007, "QAP", "Every CIN, CP and CLA plan to say what will be different for the child, "
        "in the family's words, and each review to ask whether it is.",
        "Kerry Aldous", "Principal Social Worker", "20180930", "OPN", [3], "20180402",
        links=[(3, "e", "h", "plans and reviews focused on outcomes for the child")])
    add(1031, "QAP", "Monthly audit of 40 files by managers at every level, graded on the "
        "difference made for the child and not only compliance; learning back to teams within "
        "a month.",
        "Owen Pettifer", "Head of Quality Assurance", "0", "ONG", [], "20180406",
        links=[(2, "j", "h", "managers' scrutiny of practice, judged by its effect on "
                "children")])
    add(1035, "QAP", "Half day on heritage, faith and culture for all social workers, with the "
        "Haddonmere Equality Partnership.",
        "Kerry Aldous", "Principal Social Worker", "20181031", "OPN", [], "20180406",
        links=[(3, "j", "m", "workers able to assess a child's ethnicity, identity and "
                "culture")])

    # SAF - Safeguarding and partnerships (R5, R8; one orphan, a decoy of R4)
    add(1008, "SAF", "Strategy discussion record redesigned - tasks, named person and deadline "
        "for each, and a what-if plan, for every joint enquiry with police.",
        "Neil Ashworth", "Head of Safeguarding", "20180531", "OPN", [5], "20180322",
        links=[(5, "e", "h", "joint investigations planned, actions timed and contingency "
                "plans written")])
    add(1015, "SAF", "Commission an independent advocacy service for children on CP plans, "
        "offered before every initial conference.",
        "Priya Lakhani", "Commissioning Manager", "20180930", "OPN", [8], "20180409",
        links=[(8, "e", "h", "advocacy for children in the child protection process")])
    add(1026, "SAF", "Conference chairs to meet the child or their advocate before each "
        "conference and record whether advocacy was offered and taken up.",
        "Owen Pettifer", "Head of Quality Assurance", "20180630", "OPN", [8], "20180330",
        links=[(8, "e", "h", "advocacy offered in time for every conference")])
    add(1027, "SAF", "Weekly check by the police sergeant and practice manager of every open "
        "joint enquiry, chasing anything overdue.",
        "Neil Ashworth", "Head of Safeguarding", "0", "ONG", [], "20180322",
        links=[(5, "j", "h", "actions from joint investigations completed on time")])
    add(1038, "SAF", "Read-only access to the case management system for police and health "
        "staff in the MASH - partner agencies to sign the data sharing agreement first.",
        "", "MASH Manager", "", "OPN", [], "20180406")
    return acts


HM = {
    "name": "haddonmere", "ext": "tsv", "report": SM_REPORT, "recs": sm_recs,
    "pages": SM_PAGES, "council": "Haddonmere County Council",
    "actions": hm_actions, "bounds": (20, 40),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "uncovered", 5: "covered",
                 6: "covered", 7: "covered", 8: "covered", 9: "covered", 10: "weak",
                 11: "covered", 12: "weak", 13: "covered"},
    "unanswered": [4], "passing": [10], "partial": [12],
    "orphans": [6, 13, 14, 20, 21, 22, 33],
    "miscited": [8],
    "passing_phrase": {10: (12, "the pre-proceedings panel")},
    "decoys": {4: [22, 33]},
    "ask_decoys": {12: [14]},
    "asks": {2: [("scrutiny and oversight of practice by managers effective in achieving "
                  "positive change", [23, 27]),
                 ("scrutiny and oversight by child protection chairs and independent reviewing "
                  "officers effective", [24])],
             6: [("return home interviews timely and good enough to inform individual "
                  "planning", [7]),
                 ("return home interviews informing wider risk-reduction strategies", [10])],
             9: [("homeless 16- and 17-year-olds advised of their entitlement to become looked "
                  "after", [15]),
                 ("those who need it supported as children in need", [16])],
             12: [("children's initial health assessments timely", [3, 4]),
                  ("the emotional and mental health needs of care leavers and children looked "
                   "after recognised and addressed", [])],
             13: [("support to live independently at a time that suits the young person",
                   [17]),
                  ("all care leavers engaged in purposeful activity towards education, "
                   "employment or training", [18, 19])]},
    "notes": (
        "TSV: a tab-separated export from the council's performance database, UTF-8 without a "
        "byte order mark, CRLF line ends, no quoting (no field holds a tab or a line break). "
        "Line 1 is the header in capitals with underscores: ACTION_ID, THEME_CD, THEME_DESC, "
        "ACTION_DESC, OWNER_NAME, OWNER_ROLE, TARGET_DT, STATUS_CD, REC_REF, LAST_UPD. Then one "
        "line per action, 33 in all, ordered by THEME_CD and then by ACTION_ID, so the themes "
        "come in the alphabetical order of their codes (CLA, EXP, LDR, LVC, OTH, QAP, SAF): "
        "'Other service developments' (OTH) stands in the middle, and the IDs are not in "
        "order down the file and have gaps (deleted rows). The last line is a trailer '-- 33 "
        "rows exported 2018-04-12 09:14 --': not an action. 'row' is ACTION_ID ('1012'), "
        "'section' THEME_DESC, 'objective' null, 'text' ACTION_DESC as held (straight "
        "apostrophes, typed abbreviations: IHA, CCG, CSE, SLT, CIN, CP, CLA, NEET, MASH). "
        "'leads_raw' is OWNER_NAME and OWNER_ROLE joined by '; ' when both are filled "
        "('Rachel Dunmore; Fostering Service Manager'), the one filled otherwise; action 19 "
        "('Monthly panel for care leavers who are NEET') and orphan 33 ('Read-only access to "
        "the case management system') have a role but no name, orphan 20 ('Go live with "
        "Orchard') neither. 'date_raw' is TARGET_DT as exported: a yyyymmdd number "
        "('20180630'), '0' where the database holds zero for not set (orphan 13 ('Monthly "
        "Improvement Board'), action 4 ('Weekly IHA tracker'), action 19, orphan 20, action 27 "
        "('Monthly audit of 40 files'), action 32 ('Weekly check by the police sergeant')) or "
        "'' where the field is empty (action 16 ('Young people who decide not to become looked "
        "after'), orphan 33). STATUS_CD (OPN open, CLS closed, ONG ongoing) and LAST_UPD (a "
        "yyyymmdd number of the last edit, not a target) are not leads or dates of the action. "
        "REC_REF cites 'REC-NN' codes, two joined by ';' on one row; it cites on 18 of the 33 "
        "rows and is empty on the others; 'explicit_refs' holds its numbers. A link is "
        "explicit where REC_REF cites the recommendation and the text answers it, judged "
        "otherwise. Mis-cited: action 8 ('CSE screening tool to be completed for every child') "
        "cites REC-06 (return home interviews) but is the screening tool of R7; its link to R7 "
        "is judged and marked miscited. Hard unanswered: R4 (systems with partner agencies for "
        "the support and oversight of all children kept in police custody): no row cites REC-04 "
        "and no row speaks of custody; orphan 22 ('Joint training with partner agencies': "
        "Signs of Safety workshops for 'police' officers) and orphan 33 ('Read-only access to "
        "the case management system for police and health staff in the MASH', 'partner "
        "agencies') share its words ('partner', 'agencies', 'police', 'system') but are "
        "training and information sharing. Passing: R10 (timeliness and standards of "
        "pre-proceedings work with parents) is touched only by action 12 ('Create Deputy "
        "Director post', citing REC-01 and aimed at R1), whose portfolio includes 'the "
        "pre-proceedings panel'; nothing improves pre-proceedings work; weak, no link, and no "
        "row cites REC-10. Partly answered (see asks): R12: timely initial health assessments "
        "are answered by action 3 ('IHA requests sent to the CCG within 2 working days') and "
        "action 4 (the weekly tracker); the emotional and mental health needs of children "
        "looked after and care leavers by nothing, and no linked row names emotional or mental "
        "health; ask decoy: orphan 14 ('Staff wellbeing offer': 'mental health' first aiders "
        "and 'emotional' resilience sessions for staff); weak. Answered: R1 by 11, 12; R2 by "
        "23, 24, 27 (asks: managers 23, 27; chairs and IROs 24); R3 by 25, 26, 28; R5 by 29, "
        "32; R6 by 7, 10 (asks: individual planning 7; wider strategies 10); R7 by 8, 9, 10; "
        "R8 by 30, 31; R9 by 15, 16 (asks recorded); R11 by 1, 2, 5; R13 by 17, 18, 19 (asks "
        "recorded). Orphans: 6 (ePEP), 13 and 14 (the Improvement Board, staff wellbeing), 20-22 "
        "(the whole OTH theme: Orchard, family hubs, the joint training decoy) and 33 (the "
        "MASH access decoy). 'action N' means haddonmere-N, numbered down the file (data lines "
        "only): 1-6 CLA, 7-10 EXP, 11-14 LDR, 15-19 LVC, 20-22 OTH, 23-28 QAP, 29-33 SAF. The "
        "plan's own names: Orchard (case management system), 'Room for One More', Haddonmere "
        "Young People's Trust, the Missing and Exploitation sub-group, the Haddonmere Equality "
        "Partnership."),
}

PLANS = [TL, HM]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its number
# ---------------------------------------------------------------------------------------------

def build_bg(plan, set_name="bg"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

TL_FRONT = [  # (text, style) of the front page, before the version table
    ("Thornlow County Council", "Title"),
    ("Children\u2019s Social Care Improvement Plan 2014\u201315", "Subtitle"),
    ("Our response to the inspection of services for children in need of help and protection, "
     "children looked after and care leavers, January and February 2014", None),
]
TL_VERSIONS = [("Version", "Date", "Owner"),
               ("0.3", "24 April 2014", "Assistant Director, Children\u2019s Social Care"),
               ("1.0", "9 May 2014", "Assistant Director, Children\u2019s Social Care")]
TL_INTRO = [
    "Inspectors visited Thornlow in January and February 2014 and judged our services for "
    "children to be good. They found children safe, good work with families at the front door "
    "and strong support for children in care, and they told us where we can do better still.",
    "This plan sets out what we will do over the next twelve months on the road to "
    "outstanding. Each action has a lead, a timescale and a measure of success, and the "
    "Children\u2019s Improvement Board will look at progress every two months. The measures we "
    "will report on are in Appendix A.",
]
TL_GLOSSARY = [
    ("IRO", "independent reviewing officer: chairs the reviews of a child in care"),
    ("Orion", "the council\u2019s electronic case record for children\u2019s social care"),
    ("Return home interview", "a conversation with a child after they have been missing, to "
                              "understand why they went and keep them safer"),
    ("Weighted case", "a child\u2019s case counted according to how much work it needs"),
    ("Next Steps Forum", "the group that brings together young people leaving our care"),
    ("EET", "education, employment or training"),
]
TL_MEASURES = [("Measure", "Baseline", "Target"),
               ("Children in care seen by their reviewing officer between reviews", "34%", "90%"),
               ("Return home interviews held within 72 hours", "52%", "85%"),
               ("Average weighted cases per social worker", "24", "20"),
               ("Social work vacancy rate", "17%", "10%"),
               ("Care leavers aged 19 in education, employment or training", "47%", "60%"),
               ("Care leavers taking part in the forum outside Thornlow town", "3", "30")]
TL_HEADER = ("Lead", "Timescale", "Success measure")


def write_tl(plan, acts, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.2))
    head = sec.header.paragraphs[0]
    head.text = "OFFICIAL"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = curly("Thornlow County Council \u2013 Children's Social Care "
                                          "Improvement Plan 2014\u201315 \u2013 v1.0")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)

    def fill(cell, text, bold=False, colour=None):
        cell.text = ""
        p = cell.paragraphs[0]
        if not text:
            return
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(9.5)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)

    def small_table(rows, widths, fill_head="1F4E79"):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for r, values in enumerate(rows):
            for c, (v, w) in enumerate(zip(values, widths)):
                cell = t.cell(r, c)
                fill(cell, curly(v), bold=(r == 0), colour="FFFFFF" if r == 0 else None)
                if r == 0:
                    shade(cell, fill_head)
                cell.width = w
        return t

    for text, style in TL_FRONT:
        doc.add_paragraph(curly(text), style=style)
    doc.add_paragraph("")
    small_table(TL_VERSIONS, [Cm(2.2), Cm(3.6), Cm(10.8)])
    doc.add_paragraph("").add_run().add_break(WD_BREAK.PAGE)

    doc.add_paragraph("Introduction", style="Heading 1")
    for para in TL_INTRO:
        doc.add_paragraph(curly(para))
    doc.add_paragraph("Our plan", style="Heading 1")
    widths = [Cm(4.6), Cm(3.6), Cm(8.4)]
    tables = 0
    for group in _groups(acts, lambda a: a["extra"]["theme"]):
        doc.add_paragraph(group[0]["section"], style="Heading 2")
        for a in group:
            x = a["extra"]
            doc.add_paragraph(f"{a['row']} {x['title']}", style="Heading 3")
            doc.add_paragraph(x["para"])
            t = small_table([TL_HEADER, (a["lead"], a["date"], x["measure"])], widths,
                            fill_head="2E75B6")
            assert [c.text for c in t.rows[1].cells] == [a["lead"], a["date"], x["measure"]]
            tables += 1
            doc.add_paragraph("")
    assert tables == len(acts)

    doc.add_paragraph("Glossary", style="Heading 1")
    for term, meaning in TL_GLOSSARY:
        p = doc.add_paragraph()
        p.add_run(curly(term)).bold = True
        p.add_run(curly(f" \u2013 {meaning}"))
    doc.add_paragraph("Appendix A: Performance measures", style="Heading 1")
    small_table(TL_MEASURES, [Cm(10.0), Cm(3.0), Cm(3.0)])
    docx_props(doc, "Children's Social Care", "Children's Social Care Improvement Plan 2014-15")
    doc.save(path)
    normalise_zip(path)
    # the writer's promise: one Heading 3 per action, reading "<row> <title>", in order, each
    # directly followed by its paragraph; the Heading 2s are the themes in order
    doc = Document(str(path))
    h3 = [p.text for p in doc.paragraphs if p.style.name == "Heading 3"]
    assert h3 == [f"{a['row']} {a['extra']['title']}" for a in acts], h3
    h2 = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert h2 == [g[0]["section"] for g in _groups(acts, lambda a: a["extra"]["theme"])], h2
    paras = doc.paragraphs
    for i, p in enumerate(paras):
        if p.style.name == "Heading 3":
            assert paras[i + 1].style.name == "Normal" and paras[i + 1].text, p.text
    assert len(doc.tables) == len(acts) + 2  # the version table and the appendix


def hm_line(a):
    x = a["extra"]
    ref = ";".join(f"REC-{n:02d}" for n in a["refs"])
    return "\t".join((a["row"], x["theme"], a["section"], a["text"], x["owner"], x["role"],
                      a["date"], x["status"], ref, x["upd"]))


def write_hm(plan, acts, path):
    lines = ["\t".join(HM_HEADER)] + [hm_line(a) for a in acts]
    lines.append(f"-- {len(acts)} rows exported {HM_EXPORTED} --")
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    path.write_bytes(data)
    # the writer's promise: ten fields on every data line, none holding a tab or line break;
    # the trailer's count is the number of data lines
    text = data.decode("utf-8")
    rows = text.split("\r\n")
    assert rows[-1] == "" and "\n" not in text.replace("\r\n", "")
    assert rows[0].split("\t") == list(HM_HEADER)
    body = rows[1:-2]
    assert len(body) == len(acts) and all(len(r.split("\t")) == 10 for r in body)
    assert rows[-2] == f"-- {len(body)} rows exported {HM_EXPORTED} --", rows[-2]


WRITERS = {"thornlow": write_tl, "haddonmere": write_hm}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "thornlow": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(6, 12)),
    "haddonmere": dict(unanswered=1, passing=1, partial=1, miscited=1, orphans=(6, 12)),
}


def check_recs(plan):
    """The transcribed items: numbered as the report numbers them (Staffordshire 18-25, Somerset
    1-13), clean single-line texts, found word for word and in order in the report's block
    (when the PDF is at hand), with nothing before each but its printed number and nothing
    after the last."""
    recs = plan["recs"]()
    nums = [r["number"] for r in recs]
    assert nums == list(range(nums[0], nums[0] + len(nums))), plan["name"]
    assert set(nums) == set(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and t.endswith("."), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]  # no markers; curly
        assert r["page"] in plan["pages"], r["number"]
    spec = BLOCKS[plan["report"]]
    gaps = transcribed_gaps(plan, recs, spec)
    if gaps is None:
        print(f"{plan['name']}: report PDF not at hand, transcription check skipped")
    for r, gap in zip(recs, gaps or ()):
        assert gap == spec["label"](r["number"]), (r["number"], gap)
    # both reports also have hand-checked report gold (corpus/gold/reports), read here only to
    # compare after the transcription was made: the two agree item for item
    council, date = plan["report"][:-4].split("/")
    if (REPORT_GOLD / f"{council}_{date}.json").exists():
        other = [(r["number"], r["text"]) for r in report_recs(plan["report"])]
        assert other == [(r["number"], r["text"]) for r in recs], plan["name"]
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


# thornlow: the unanswered R19 (only the two decoys speak of communication or disability); the
# passing R22 (only action 9 names adoption); R21's unanswered ask (no linked action names
# supervision or reflection)
COMMUNICATION = re.compile(r"communicat|disab|sign language|makaton|speech", re.I)
ADOPTION = re.compile(r"adopt", re.I)
REFLECTIVE = re.compile(r"supervis|reflect", re.I)
# haddonmere: the unanswered R4 (nothing names custody); the passing R10 (only action 12 names
# pre-proceedings); R12's unanswered ask (no linked row names emotional or mental health)
CUSTODY = re.compile(r"custod|detain|detention|appropriate adult|police station|cell", re.I)
PRE_PROC = re.compile(r"pre-proceedings|public law outline|\bPLO\b|letter before", re.I)
EMOTIONAL = re.compile(r"emotion|mental|wellbeing|CAMHS|SDQ|therap", re.I)


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
    # the passing mention is really in the text of an action aimed elsewhere, not citing it
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert curly(phrase) in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert n not in a["explicit_refs"], (name, n)
        assert f"R{n}" in d["passing"], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one; they cite nothing
    for n, orphans in plan["decoys"].items():
        assert f"R{n}" in d["unanswered"], (name, n)
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"] and not ids[o]["explicit_refs"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan["ask_decoys"].items():
        assert f"R{n}" in d["partial"], (name, n)
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"] and not ids[o]["explicit_refs"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert {f"R{n}" for n in plan["decoys"]} == set(d["unanswered"]), name
    assert {f"R{n}" for n in plan["ask_decoys"]} == set(d["partial"]), name
    assert "hard" in d["notes"].lower(), name
    # no row cites an unanswered or passing recommendation; orphans cite nothing
    for a in acts:
        for n in a["explicit_refs"]:
            assert f"R{n}" not in d["unanswered"] + d["passing"], (name, a["id"])
        if a["id"] in d["orphans"]:
            assert not a["explicit_refs"], a["id"]
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
    # at least a third of the links share at most one distinctive word with the recommendation
    # they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # covered recommendations: every ask answered, two to five actions
    for r, s in gold["expected"].items():
        if s == "covered":
            assert 2 <= len(per_rec[r]) <= 5, (r, per_rec[r])
    # leads and dates: varied, a few "tbc" or missing
    leads = [a["leads_raw"] for a in acts]
    dates = [a["date_raw"] for a in acts]
    assert any(v in ("", "tbc") for v in leads) and any(v in ("", "tbc", "0") for v in dates)
    assert len(set(leads)) >= 8, (name, set(leads))
    linked = [a for a in acts if mine[a["id"]]]
    if name == "thornlow":
        check_tl(gold, plan, acts, raw, mine, linked, d)
    if name == "haddonmere":
        check_hm(gold, plan, acts, raw, mine, linked, d)
    return True


def check_tl(gold, plan, acts, raw, mine, linked, d):
    themes = [g[0]["extra"]["theme"] for g in _groups(raw, lambda r: r["extra"]["theme"])]
    assert themes == sorted(TL_THEMES), themes
    for g in _groups(raw, lambda r: r["extra"]["theme"]):
        t = g[0]["extra"]["theme"]
        assert [r["row"] for r in g] == [f"{t}.{k}" for k in range(1, len(g) + 1)], t
        assert 3 <= len(g) <= 6, t
    assert not any(re.search(r"recommend|ofsted|priority", t, re.I) for t in TL_THEMES.values())
    for a, r in zip(acts, raw):
        x = r["extra"]
        assert a["section"] == curly(f"{x['theme']}. {TL_THEMES[x['theme']]}"), a["id"]
        assert a["text"] == f"{x['title']}. {x['para']}" and a["objective"] is None, a["id"]
        assert not a["explicit_refs"], a["id"]
        assert "'" not in a["text"] + a["leads_raw"] + x["measure"], a["id"]  # Word's curly
        assert len(x["title"].split()) <= 8, a["id"]
        assert re.fullmatch(r"(?:(?:From |Quarterly from )?(?:January|April|June|July|August|"
                            r"September|October|November|December|March) 201[45])|Ongoing|"
                            r"Q4 2014/15|tbc|", a["date_raw"]), a["id"]
        if x["theme"] == TL_OTHER:
            assert a["id"] in d["orphans"], a["id"]
        # the unanswered R19: only its two decoys speak of communication or disability
        if COMMUNICATION.search(a["text"]):
            assert a["id"] in ("thornlow-24", "thornlow-25"), a["id"]
        if ADOPTION.search(a["text"] + x["measure"]):  # the passing R22: action 9 only
            assert a["id"] == "thornlow-9", a["id"]
    for a in linked:  # R21's unanswered ask: no linked action names supervision or reflection
        assert not REFLECTIVE.search(a["text"]), a["id"]
    assert all(l["source"] == "judged" for l in gold["links"])
    # the front page, the introduction, the glossary and the measures are not a plan, and say
    # nothing of communication, disability, adoption tracking or supervision
    furniture = " ".join([t for t, _ in TL_FRONT] + TL_INTRO + [" ".join(r) for r in
                         TL_GLOSSARY + TL_MEASURES + TL_VERSIONS])
    assert not COMMUNICATION.search(furniture) and not REFLECTIVE.search(furniture)
    assert not re.search(r"adoption plan|tracking", furniture, re.I)
    for v in ("", "tbc", "Ongoing", "From September 2014", "Quarterly from October 2014",
              "Q4 2014/15"):
        assert v in {a["date_raw"] for a in acts}, v
    assert [a["id"] for a in acts if not a["leads_raw"]] == ["thornlow-20"]
    assert [a["id"] for a in acts if a["leads_raw"] == "tbc"] == ["thornlow-14"]
    assert any(not r["extra"]["measure"] for r in raw)


def check_hm(gold, plan, acts, raw, mine, linked, d):
    codes = [r["extra"]["theme"] for r in raw]
    order = [(r["extra"]["theme"], int(r["row"])) for r in raw]
    assert order == sorted(order), order  # by THEME_CD, then ACTION_ID
    assert [g[0] for g in _groups(codes, lambda c: c)] == sorted(HM_THEMES)
    assert len({r["row"] for r in raw}) == len(raw)
    assert [int(r["row"]) for r in raw] != sorted(int(r["row"]) for r in raw)  # IDs out of order
    for a, r in zip(acts, raw):
        x = r["extra"]
        assert a["section"] == HM_THEMES[x["theme"]] and a["objective"] is None, a["id"]
        assert re.fullmatch(r"\d{4}", a["row"]), a["id"]
        assert a["leads_raw"] == "; ".join(v for v in (x["owner"], x["role"]) if v), a["id"]
        assert re.fullmatch(r"20180[4-9]\d\d|20181[0-2]\d\d|20190[1-3]\d\d|0|", a["date_raw"])
        assert re.fullmatch(r"20180[1-4]\d\d", x["upd"]) and x["upd"] <= "20180412", a["id"]
        assert x["status"] in ("OPN", "CLS", "ONG"), a["id"]
        assert a["text"].isascii() and x["owner"].isascii() and x["role"].isascii(), a["id"]
        assert "\u2019" not in a["text"], a["id"]  # a database field: straight apostrophes
        assert a["explicit_refs"] == sorted(set(a["explicit_refs"])), a["id"]
        if x["theme"] == "OTH":
            assert a["id"] in d["orphans"], a["id"]
        assert not CUSTODY.search(a["text"]), a["id"]  # the unanswered R4
        assert not PRE_PROC.search(a["text"]) or a["id"] == "haddonmere-12", a["id"]  # R10
    for a in linked:  # R12's unanswered ask: no linked row names emotional or mental health
        assert not EMOTIONAL.search(a["text"]), a["id"]
    # REC_REF cites on about half of the rows, two codes on at least one; every cited number is
    # linked explicitly, except on the mis-cited row
    cited = [a for a in acts if a["explicit_refs"]]
    assert 0.4 <= len(cited) / len(acts) <= 0.6, len(cited)
    assert any(len(a["explicit_refs"]) == 2 for a in acts)
    for a in cited:
        if a["id"] not in d["miscited"]:
            for n in a["explicit_refs"]:
                assert f"R{n}" in mine[a["id"]], (a["id"], n)
    assert f"on {len(cited)} of the {len(acts)} rows" in d["notes"], len(cited)
    assert f"'-- {len(acts)} rows exported {HM_EXPORTED} --'" in d["notes"]
    for v in ("0", ""):
        assert v in {a["date_raw"] for a in acts}, v
    assert {r["extra"]["status"] for r in raw} == {"OPN", "CLS", "ONG"}
    assert [a["id"] for a in acts if not a["leads_raw"]] == ["haddonmere-20"]
    assert {a["id"] for a, r in zip(acts, raw) if r["extra"]["role"] and not
            r["extra"]["owner"]} == {"haddonmere-19", "haddonmere-33"}


if __name__ == "__main__":
    main(sys.argv[1:], "bg", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_bg)
