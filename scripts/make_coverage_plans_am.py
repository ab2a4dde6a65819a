"""Write the sealed coverage evaluation set "am": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_am.py            # writes documents and gold
    python scripts/make_coverage_plans_am.py --check    # only runs the consistency checks

Documents: corpus/coverage/am/<name>.<ext>      Gold: corpus/gold/coverage/am/<name>.json

The two documents imitate what councils' own systems produce: an Excel improvement-plan tracker
in which every action takes TWO rows (the first holds Ref | Rec | Action | Lead | Due | RAG, the
row below holds "Progress update: ..." in the Action column merged across to RAG, its other cells
empty), with a title block above the header row, a HIDDEN first column of internal IDs, the rows
of completed actions HIDDEN (row height hidden, both of their rows) but still in the sheet, an
AutoFilter on the header row, a frozen pane, Due cells holding real Excel dates or words, and a
second sheet "Ofsted recs" listing the report's recommendations in the council's own paraphrase
with their numbers, which the Rec column cites on about half the action rows (a lone number as
Excel stores it, a number; two numbers as text "1, 2"; "BAU" on some business-as-usual rows);
and a Word plan with NO tables: a cover block of paragraphs, each priority a Heading 2 in the
council's words, the actions a multi-level AUTOMATICALLY numbered list (numbering.xml holds the
abstractNum, each paragraph a w:numPr; level 0 drawn "1.", level 1 "1.1"; one list running
through the whole document, so the numbers go on across the headings), each action ONE
paragraph ending with its lead and its date after TAB characters aligned to right tab stops
("Action text<TAB>Head of Early Help<TAB>Sept 2023"), long actions wrapping over several lines,
level-1 sub-points that are steps of the action above (some with a date of their own, none an
action), and a closing "Monitoring and reporting" section of prose.

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
items of both were transcribed by hand from the report PDFs for this set and are held below as
data (SH_RECS, ER_RECS), word for word, lines broken by the PDF joined, the reports' curly
apostrophes kept; they are passed to build_gold(recs=...). Nothing is written into
corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the action's Rec cell
                                   cites 3 and the text supports it) or "j" judged; "h" high /
                                   "m" medium
    refs=[1, 2]                    the numbers the action's Rec cell cites (daverley only)
    mis=True                       the Rec cell cites a number the action does not answer
Actions with no links are orphans (see each plan's design notes). Design lists and asks name an
action by its Ref cell (daverley, "NEG-03") or by its number N (wrangholme, the action is
wrangholme-N: Word draws the list numbers, they are not in the text).

All councils, people, teams, systems, charities and local programmes are fictional (national
schemes and terms such as the Graded Care Profile 2, the Public Law Outline, legal gateway
meetings, personal advisers, the local offer for care leavers or the virtual school are named as
councils name them); no real person is named. Output is deterministic: DOCX and XLSX core
properties are fixed and every zip member is written with a fixed timestamp.
"""

import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, FIXED, build_gold, docx_props, main,  # noqa: E402
                          normalise_zip)
from _coverage_sets import curly, groups as _groups, words as _words  # noqa: E402
from _coverage_sets import transcribed_gaps  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# St Helens, inspection of local authority children's services (ILACS), report published 4
# September 2023 (overall effectiveness good). "What needs to improve?", page 2 of the PDF: five
# bullets (each a black square, no numbers), all addressed to the local authority, followed by
# the heading "The experiences and progress of children who need help and protection: requires
# improvement to be good". Numbered 1-5 in the report's order; lines broken by the PDF joined
# with a space; the curly apostrophe of R4 kept; R3's "16- and 17-year-olds" as printed.
# ---------------------------------------------------------------------------------------------

SH_REPORT = "st-helens-80560/2023-09-04.pdf"
SH_PAGES = (2,)

SH_RECS = [  # (number, page, text)
    (1, 2, "The effectiveness of the response to children experiencing neglect."),
    (2, 2, "The timeliness of entering into pre-proceedings for children who need this "
           "support."),
    (3, 2, "The response to 16- and 17-year-olds who are homeless."),
    (4, 2, "The stability and consistency of children\u2019s social workers."),
    (5, 2, "Safeguarding of disabled children."),
]

# ---------------------------------------------------------------------------------------------
# East Riding of Yorkshire, inspection of local authority children's services (ILACS), report
# published 24 March 2023 (overall effectiveness good). "What needs to improve?", page 2 of the
# PDF: four bullets (black squares), all addressed to the local authority, followed by the
# heading "The experiences and progress of children who need help and protection: good".
# Numbered 1-4 in order; lines broken by the PDF joined with a space; the curly apostrophes of
# R1 and R2 kept. R1 names the council's "supporting and strengthening families teams" as
# printed (lower case).
# ---------------------------------------------------------------------------------------------

ER_REPORT = "east-riding-of-yorkshire-80466/2023-03-24.pdf"
ER_PAGES = (2,)

ER_RECS = [
    (1, 2, "The consistency in the quality of children\u2019s assessments in the assessment and "
           "supporting and strengthening families teams."),
    (2, 2, "Contribution to the reviews of children\u2019s plans from key partners."),
    (3, 2, "The accessibility of the local offer for care leavers, and opportunities for "
           "children and young people to be involved in the development of services for "
           "them."),
    (4, 2, "The recording of management oversight at key decision points for children."),
]

# where each list sits in its report: the words opening the block, the words after it, the
# label before every item (the bullet glyph)
BLOCKS = {
    SH_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help and protection",
                    label="\u25fc"),
    ER_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help and protection",
                    label="\u25fc"),
}


def sh_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in SH_RECS]


def er_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in ER_RECS]


def d(day, month, year):
    """A real Excel date in the workbook (shown dd/mm/yyyy)."""
    return datetime(year, month, day)


def shown(value):
    """A workbook cell as Excel displays it (dates in the dd/mm/yyyy number format)."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    return str(value)


# ---------------------------------------------------------------------------------------------
# Plan 1: Daverley - an Excel improvement-plan tracker answering St Helens 2023-09-04 (ILACS, 5).
# Sheet "Improvement Plan": title block (rows 1-2), blank row 3, header row 4, then two rows an
# action (action row; "Progress update: ..." row merged D:G). Hidden column A (internal IDs);
# completed actions' two rows hidden. Sheet "Ofsted recs": the council's paraphrase, numbered.
# ---------------------------------------------------------------------------------------------

DV_TITLE = "Daverley Children's Services - Improvement Plan 2023-25 (post-ILACS July 2023)"
DV_VERSION = ("Version 7 - updated 08/01/2024 - owner: Improvement Programme Manager - "
              "RAG: Blue = complete, Green = on track, Amber = at risk, Red = off track")
DV_HEADER = ["ID", "Ref", "Rec", "Action", "Lead", "Due", "RAG"]
DV_FIRST = 5  # the sheet row of the first action (title 1, version 2, blank 3, header 4)
DV_RAG = ("Blue", "Green", "Amber", "Red")
DV_RECS_SHEET = [  # the "Ofsted recs" sheet: No. | Area for improvement (our summary) | SLT lead
    (1, "Neglect - make our response to children living with neglect work better, so it "
        "doesn't drag on", "AD Children's Social Care"),
    (2, "PLO - children who need it get into pre-proceedings without delay",
        "AD Children's Social Care"),
    (3, "Homeless 16/17 year olds - improve how we respond", "AD Early Help & Prevention"),
    (4, "Social workers - children to have more stable and consistent social workers",
        "Director of Children's Services"),
    (5, "Disabled children - safeguarding", "AD Children's Social Care"),
]


def dv_actions():
    acts = []

    def add(ref, ident, rec, text, lead, due, rag, progress, links=(), mis=False):
        """``ref`` the Ref cell; ``ident`` the hidden ID cell; ``rec`` the Rec cell as typed
        (an int, a text such as "1, 2" or "BAU", or "" empty); ``due`` a real date, a word or "";
        ``rag`` the RAG cell (Blue rows are complete and hidden); ``progress`` the text after
        "Progress update: " in the row below (progress: not part of the action)."""
        assert rag in DV_RAG, ref
        refs = ([rec] if isinstance(rec, int) else
                [int(x) for x in re.findall(r"\d+", rec)] if re.fullmatch(r"[\d, ]*", rec)
                else [])
        acts.append(A(text, lead, shown(due), links, refs, mis, row=ref, section=None,
                      objective=None, ident=ident, rec=rec, due=due, rag=rag,
                      progress=progress, hidden=rag == "Blue"))

    # NEG - neglect (R1)
    add("NEG-01", "IP-0003", 1,
        "Roll out Graded Care Profile 2 to every social work and family support team, with all "
        "practitioners trained and the tool used in every assessment where neglect is a worry.",
        "Head of Service, Safeguarding", d(31, 3, 2024), "Amber",
        "212 of 298 staff trained (71%). GCP2 added as a case note type on Atlas. Two more "
        "training dates booked for February.",
        links=[(1, "e", "h", "a shared tool for recognising and measuring neglect, used in "
                "assessments")])
    add("NEG-02", "IP-0004", "1, 2",
        "Monthly Neglect Panel chaired by the Head of Service to look at every child on a second "
        "or later child protection plan for neglect and decide the next step, including whether "
        "to seek legal advice.",
        "Head of Service, Safeguarding", "Monthly", "Green",
        "Panel met Oct, Nov, Dec and Jan. 23 children considered; 6 referred on to legal "
        "gateway.",
        links=[(1, "e", "h", "children whose neglect has gone on through repeat plans get a "
                "senior decision"),
               (2, "e", "m", "the panel decides whether to seek legal advice, the door to "
                "pre-proceedings")])
    add("NEG-03", "IP-0007", "",
        "Practice workshops for social workers and team managers on over-optimism, disguised "
        "compliance and professional curiosity, built around our own anonymised cases.",
        "Principal Social Worker", d(30, 11, 2023), "Green",
        "Four workshops held, 96 staff attended. Evaluation positive; recordings on the "
        "practice hub.",
        links=[(1, "j", "m", "over-optimism and disguised compliance are what blunt the response "
                "to neglect (report para 10); the action does not name neglect")])
    add("NEG-04", "IP-0012", 1,
        "Refresh the Daverley neglect strategy with the Safeguarding Partnership so that "
        "schools, health visitors and social care use one set of neglect indicators and one "
        "referral route.",
        "Strategic Safeguarding Manager (Partnership)", d(31, 1, 2024), "Amber",
        "Draft strategy to Partnership Executive 15/01. Indicators agreed with schools forum.",
        links=[(1, "e", "h", "the partnership's strategy and shared indicators for neglect")])
    add("NEG-05", "IP-0009", 1,
        "Themed audit of 30 children who have had a child protection plan for neglect for more "
        "than 12 months; findings to Practice Week in January.",
        "Head of Quality Assurance", d(15, 12, 2023), "Blue",
        "Complete. Report to DMT 19/12. Findings presented at Practice Week.",
        links=[(1, "e", "m", "learning from children whose neglect has lasted too long")])
    add("NEG-06", "IP-0027", "",
        "Home Matters: a six-week early help programme in the family hubs on home conditions, "
        "routines and school attendance for families where things are starting to slip.",
        "Head of Early Help", "Q4 2023/24", "Amber",
        "Programme written. Two family hubs piloting from February.",
        links=[(1, "j", "m", "early help on home conditions and routines: the first response "
                "to neglect, without the word")])
    add("NEG-07", "IP-0031", 1,
        "Recovery workers from the Daverley Drug and Alcohol Service to sit with the assessment "
        "teams two days a week, so that parents' drinking and drug use is properly weighed in "
        "assessments.",
        "Service Manager, Assessment", "tbc", "Red",
        "Awaiting agreement from Public Health on funding. Escalated to DCS.",
        links=[(1, "e", "m", "parental substance misuse missed in neglect cases (report para "
                "10); cited 1 on the sheet")])

    # PLO - pre-proceedings (R2); one passing mention of R3
    add("PLO-01", "IP-0005", 2,
        "Legal gateway meeting to sit weekly instead of fortnightly, so that a decision on "
        "starting pre-proceedings is never more than a week away.",
        "Legal Services / HoS Safeguarding", d(1, 10, 2023), "Blue",
        "Complete. Weekly since 04/10/2023.",
        links=[(2, "e", "h", "the decision to enter pre-proceedings made sooner")])
    add("PLO-02", "IP-0006", 2,
        "Tracker on Atlas listing every child agreed for a letter before proceedings and the "
        "date of their first meeting, set up in the same way as the daily list of homeless 16 "
        "and 17 year olds waiting for a joint assessment.",
        "Performance & Intelligence Manager", d(29, 2, 2024), "Amber",
        "Specification with Atlas team. Test version expected end of January.",
        links=[(2, "e", "h", "time from the decision to the first pre-proceedings meeting "
                "tracked for every child")])
    add("PLO-03", "IP-0014", 2,
        "Where a child protection plan has not reduced risk by the third review, the conference "
        "chair and team manager agree in writing whether the case goes to legal gateway.",
        "Safeguarding Unit Manager", d(31, 12, 2023), "Green",
        "Added to conference chairs' checklist. 11 cases considered since November.",
        links=[(2, "e", "h", "drift before pre-proceedings stopped at a fixed point")])
    add("PLO-04", "IP-0018", 2,
        "A childcare solicitor to attend the Neglect Panel so that advice on the legal threshold "
        "is given in the room.",
        "Legal Services", "Ongoing", "Green",
        "Solicitor attending since November panel.",
        links=[(2, "e", "h", "advice on the threshold for proceedings at the point of "
                "decision, so that entry is not delayed")])
    add("PLO-05", "IP-0033", "",
        "Days from a review recommending legal advice to the legal gateway decision reported "
        "each month to the Improvement Board.",
        "", "Monthly", "Green",
        "First report December. Average 19 days (target 10).",
        links=[(2, "j", "h", "the timeliness of entering pre-proceedings measured and "
                "reported")])

    # WFS - workforce (R4, the stability ask only); one action mis-cited
    add("WFS-01", "IP-0008", 4,
        "Market supplement of \u00a33,000 a year for social workers in the assessment and "
        "safeguarding teams, reviewed after twelve months.",
        "Head of HR (Children's)", d(1, 9, 2023), "Blue",
        "Complete. Paid from September payroll.",
        links=[(4, "e", "h", "pay to keep social workers, so that children keep them")])
    add("WFS-02", "IP-0010", 4,
        "Grow Daverley: turn ten agency posts into permanent ones through a rolling recruitment "
        "campaign and a refer-a-friend payment.",
        "Workforce Development Manager", d(31, 3, 2024), "Amber",
        "6 of 10 posts filled. Two of the new starters placed in the Children with Disabilities "
        "Team, which had the most agency cover.",
        links=[(4, "e", "h", "permanent staff in place of agency workers who move on")])
    add("WFS-03", "IP-0021", 4,
        "No more than 18 children for a full-time social worker in the safeguarding teams, by "
        "creating a fourth safeguarding team.",
        "AD Children's Social Care", "Q1 2024/25", "Red",
        "Business case to Cabinet in March. Dependent on budget.",
        links=[(4, "e", "m", "caseloads that make social workers feel pressured (report para "
                "65) brought down, so that they stay")])
    add("WFS-04", "IP-0022", 5,
        "Daverley Social Work Academy: twelve newly qualified social workers a year, with a "
        "protected first year and a commitment to stay with us for two years.",
        "Principal Social Worker", d(30, 9, 2024), "Green",
        "Cohort 2 recruited (12). Retention of cohort 1 at 11 of 12.",
        links=[(4, "j", "h", "growing social workers who commit to stay: workforce stability; "
                "the Rec cell's 5 (disabled children) is a slip")],
        mis=True)
    add("WFS-05", "IP-0034", "",
        "Exit interviews for every social worker who leaves, with the top three reasons reported "
        "to the Workforce Board each quarter and an answer to each.",
        "HR Business Partner", "Quarterly", "Green",
        "Q2 report: workload, travel, progression.",
        links=[(4, "j", "m", "why social workers leave found out and acted on")])
    add("WFS-06", "IP-0035", 4,
        "Stay conversations: every social worker has a one-to-one with their Head of Service "
        "after a year in post about what would keep them here.",
        "Heads of Service", "Ongoing", "Green",
        "34 held so far.",
        links=[(4, "e", "m", "retention conversations with every social worker")])

    # GEN - business as usual (orphans); R5 decoys, R4 ask decoy
    add("GEN-01", "IP-0040", "",
        "Safeguarding Partnership website refreshed, with easy-read pages for disabled adults "
        "and their carers.",
        "Strategic Safeguarding Manager (Partnership)", d(31, 3, 2024), "Amber",
        "Content drafted; easy-read version with the printers.")
    add("GEN-02", "IP-0041", "",
        "Disabled staff network to test the council's safeguarding e-learning for accessibility "
        "(screen readers, captions, colour contrast) before it is relaunched.",
        "Learning & OD", "tbc", "Amber",
        "Network chair has agreed; dates to be set.")
    add("GEN-03", "IP-0044", "BAU",
        "Saturday short breaks club for disabled children at Moorgate Park, 40 places.",
        "Short Breaks Manager", d(30, 4, 2024), "Green",
        "Venue agreed. Provider tender closes 09/02.")
    add("GEN-04", "IP-0015", "",
        "Every foster carer to have a consistent supervising social worker who stays with them "
        "for at least two years, with no more than 15 households each.",
        "Fostering Service Manager", d(31, 3, 2024), "Green",
        "Caseloads now 14 on average.")
    add("GEN-05", "IP-0019", "BAU",
        "Return home interviews offered within 72 hours of a missing child being found, with the "
        "Waymark young people's charity contract renewed.",
        "Complex Safeguarding Manager", d(31, 1, 2024), "Amber",
        "68% within 72 hours in December (target 85%).")
    add("GEN-06", "IP-0023", "",
        "Audit actions tracked on Atlas to completion and the outcome sent back to the auditor.",
        "Head of Quality Assurance", d(31, 12, 2023), "Green",
        "Tracker live. 81% of actions closed within 20 days.")
    add("GEN-07", "IP-0002", "BAU",
        "Elective home education protocol refreshed with schools and the 0-19 service.",
        "Education Safeguarding Lead", d(31, 7, 2023), "Blue",
        "Complete. Signed off by Schools Forum.")
    add("GEN-08", "IP-0024", "BAU",
        "Recruit 20 new fostering households, 6 of them for teenagers.",
        "Fostering Service Manager", d(31, 3, 2024), "Amber",
        "9 approved so far, 7 in assessment.")
    add("GEN-09", "IP-0025", "BAU",
        "Free leisure passes for children in care and care leavers at all Daverley leisure "
        "centres.",
        "Corporate Parenting Officer", "Q3 2023/24", "Green",
        "Agreed by Leisure Trust. 143 passes issued.")
    add("GEN-10", "IP-0043", "",
        "Atlas upgrade to version 12 and case documents moved to the new document store.",
        "ICT Business Partner", "", "Red",
        "Supplier delay. New date awaited.")
    add("GEN-11", "IP-0045", "BAU",
        "Care leavers' hub at Bridge Street to open on Saturday mornings.",
        "Leaving Care Team Manager", d(2, 3, 2024), "Green",
        "Rota agreed with PAs.")
    return acts


def dv_rows(acts):
    """The sheet rows of each action: (action row, progress row), from the plan data."""
    return [(DV_FIRST + 2 * k, DV_FIRST + 2 * k + 1) for k in range(len(acts))]


DV = {
    "name": "daverley", "ext": "xlsx", "report": SH_REPORT, "recs": sh_recs,
    "pages": SH_PAGES, "council": "Daverley Metropolitan Borough Council",
    "actions": dv_actions, "bounds": (25, 35),
    "expected": {1: "covered", 2: "covered", 3: "weak", 4: "weak", 5: "uncovered"},
    "unanswered": [5], "passing": [3], "partial": [4],
    "orphans": ["GEN-01", "GEN-02", "GEN-03", "GEN-04", "GEN-05", "GEN-06", "GEN-07", "GEN-08",
                "GEN-09", "GEN-10", "GEN-11"],
    "miscited": ["WFS-04"],
    "passing_phrase": {3: ("PLO-02", "homeless 16 and 17 year olds")},
    "decoys": {5: ["GEN-01", "GEN-02"]},
    "ask_decoys": {4: ["GEN-04"]},
    "asks": {4: [("the stability of children's social workers: a settled, permanent workforce, "
                  "so that children do not keep losing their social worker",
                  ["WFS-01", "WFS-02", "WFS-03", "WFS-04", "WFS-05", "WFS-06"]),
                 ("the consistency of children's social workers: children keep the same social "
                  "worker as their help goes on, moving to a worker in the longer-term team "
                  "when they need to instead of being held by the duty team", [])],
             2: [("a timely decision that a child needs pre-proceedings",
                  ["NEG-02", "PLO-01", "PLO-03", "PLO-04"]),
                 ("the time from that decision to entering pre-proceedings tracked and kept "
                  "short", ["PLO-02", "PLO-05"])]},
    "notes": "",  # set below (dv_notes), once the sheet rows are known
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Wrangholme - a Word plan with no tables answering East Riding of Yorkshire 2023-03-24
# (ILACS, 4). Each priority a Heading 2; the actions a multi-level automatically numbered list
# (level 0 the actions, level 1 their steps), lead and date after tabs at right tab stops.
# ---------------------------------------------------------------------------------------------

WR_PRIORITIES = {  # number: Heading 2, in the council's words and order
    1: "Good assessments, whichever team you meet",
    2: "Care leavers know what they are entitled to",
    3: "Children in care and care leavers: other commitments",
    4: "Our workforce",
}


def wr_actions():
    acts = []

    def add(pri, text, lead, date, links=(), steps=()):
        """An action paragraph under priority ``pri``: ``text``<TAB>``lead``<TAB>``date`` ("" an
        empty place between the tabs); ``steps``: level-1 sub-points under it, each (text,
        date) - steps of this action, not actions."""
        acts.append(A(curly(text), curly(lead), date, links, [], False, row=None,
                      section=curly(WR_PRIORITIES[pri]), objective=None, pri=pri,
                      steps=[(curly(t), dt) for t, dt in steps]))

    # 1 - Good assessments, whichever team you meet (R1); the passing mention of R4
    add(1, "Joint practice standards for assessments, written with team managers from the "
        "Assessment Team and the Family Safeguarding Teams, so that both services work to the "
        "same standard.",
        "Head of Assessment and Family Safeguarding", "Sept 2023",
        links=[(1, "j", "h", "one standard of assessment for both kinds of team")],
        steps=[("Draft standards to the managers' meeting", "July 2023"),
               ("Launch at the all-staff briefing", "")])
    add(1, "Monthly moderation: two assessments from each team read together by managers from "
        "the other team, with grades compared and differences talked through.",
        "Principal Social Worker", "Monthly",
        links=[(1, "j", "h", "the quality of assessments compared across the teams, so that it "
                "evens out")])
    add(1, "Analysis workshops: half-day sessions on turning what we know about a family into an "
        "analysis that shows why the plan is what it is, for every social worker in both "
        "services.",
        "Workforce Development Lead", "Dec 2023",
        links=[(1, "j", "h", "the analysis in assessments, where the report found the "
                "inconsistency (para 6)")],
        steps=[("Cohort 1 \u2013 Assessment Team", "Oct 2023"),
               ("Cohort 2 \u2013 Family Safeguarding Teams", "Feb 2024"),
               ("Evaluation to the Practice Improvement Group", "")])
    add(1, "Single assessment template for both teams rebuilt in Carelink with a required analysis section and "
        "a plan summary that carries into the child's plan (the management oversight form to "
        "be looked at after go-live).",
        "Carelink Systems Lead", "March 2024",
        links=[(1, "j", "h", "one assessment template, with analysis, for every team")])
    add(1, "Identity and culture prompts added to the assessment guidance used by both teams, "
        "with a practice session led by the Diversity Practice Lead.",
        "Diversity Practice Lead", "Nov 2023",
        links=[(1, "j", "m", "children's identities explored in assessments (report para 7): "
                "quality of assessments")])
    add(1, "Each new starter in either team to shadow an experienced colleague in the other team "
        "for a week.",
        "Team Managers", "Ongoing",
        links=[(1, "j", "m", "new workers learn both teams' practice, so that it does not "
                "drift apart")])
    add(1, "Quarterly audit of 20 assessments from the two services, results broken down by "
        "team and reported to the Practice Improvement Group.",
        "Head of Quality and Performance", "Quarterly",
        links=[(1, "j", "h", "the quality of assessments measured team by team")])
    add(1, "When a family moves from the Assessment Team to a Family Safeguarding Team, a joint "
        "visit and an updated chronology, so that the second team builds on the assessment "
        "instead of starting again.",
        "", "Jan 2024",
        links=[(1, "j", "m", "the assessment carried from one team to the other, the same "
                "quality on both sides")])

    # 2 - Care leavers know what they are entitled to (R3, the accessibility ask only)
    add(2, "Local offer rewritten in plain English and put on a mobile-friendly web page, with "
        "an easy-read version and translations into the five languages most used by our care "
        "leavers.",
        "Leaving Care Service Manager", "Oct 2023",
        links=[(3, "j", "h", "the local offer made easy to find and read")],
        steps=[("Web page live", "Sept 2023"),
               ("Easy-read and translated versions printed", "Oct 2023")])
    add(2, "Personal advisers to meet each young person before their 17th birthday and go "
        "through the pocket guide of what they are entitled to.",
        "Leaving Care Service Manager", "Jan 2024",
        links=[(3, "j", "h", "young people told of their entitlements in person, early (report "
                "para 34: unsure of entitlements)")])
    add(2, "Wallet card with a QR code linking to the local offer, handed out at the care "
        "leavers' drop-in and with every 18th birthday card.",
        "", "Aug 2023",
        links=[(3, "j", "h", "the local offer in young people's pockets")])
    add(2, "A named contact in each leaving care team to answer questions about entitlements by "
        "text or WhatsApp within two working days.",
        "Team Manager, Leaving Care", "Sept 2023",
        links=[(3, "j", "m", "an easy way to ask what the local offer means for me")])
    add(2, "Local offer also included in the council's tenancy pack and on the noticeboard at the "
        "Jobcentre.",
        "Housing Options Manager", "tbc",
        links=[(3, "j", "m", "the local offer where care leavers already go")])
    add(2, "Visits to the local offer web page and calls to the leaving care duty line counted "
        "each quarter, to see whether the changes are reaching young people.",
        "Performance Officer", "Quarterly",
        links=[(3, "j", "m", "whether the local offer is reaching care leavers, measured")])

    # 3 - Children in care and care leavers: other commitments (orphans; R2 decoys)
    add(3, "Two more in-house foster families for brothers and sisters, through the Room at Home "
        "campaign.",
        "Fostering Team Manager", "March 2024")
    add(3, "Virtual School to follow up every care leaver who is not in education, employment or "
        "training, with a named learning mentor for each.",
        "Virtual School Head", "Jan 2024")
    add(3, "Quicker emotional well-being support for care leavers living outside Wrangholme, "
        "agreed with the Wold and Coast NHS Trust.",
        "Head of Children in Care", "Ongoing")
    add(3, "Young people moving from the 16 to 18 team to the 18 to 21 team to have a three-way "
        "meeting and a written summary, so they do not have to tell their story again.",
        "Leaving Care Service Manager", "Dec 2023")
    add(3, "Review the partner contributions to the jointly funded placements budget with the "
        "Integrated Care Board.",
        "Head of Commissioning", "End Q2")
    add(3, "Foster carers' annual reviews: the carer's own children and the child's social "
        "worker to contribute to every review, each with their own form.",
        "Fostering Team Manager", "Oct 2023")

    # 4 - Our workforce (orphans; the R3 ask decoy)
    add(4, "Opportunities for staff to be involved in the development of the new practice model "
        "through three open design days.",
        "Principal Social Worker", "June 2023")
    add(4, "Two more social workers for the Children with Disabilities Team and the Children in "
        "Care Teams, to bring caseloads under 18.",
        "Head of Children in Care", "31/03/2024")
    add(4, "Grow our own: a social work degree apprenticeship for six family support workers.",
        "HR Business Partner", "Sept 2024")
    add(4, "New starter induction moved onto the Learning Hub, with a checklist signed off by the "
        "team manager at three months.",
        "Workforce Development Lead", "")
    add(4, "Monthly reflective group on staff well-being, run by the service's clinical "
        "psychologist.",
        "Head of Service", "Monthly")
    return acts


WR = {
    "name": "wrangholme", "ext": "docx", "report": ER_REPORT, "recs": er_recs,
    "pages": ER_PAGES, "council": "Wrangholme Council",
    "actions": wr_actions, "bounds": (20, 30),
    "expected": {1: "covered", 2: "uncovered", 3: "weak", 4: "weak"},
    "unanswered": [2], "passing": [4], "partial": [3],
    "orphans": [15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25],
    "miscited": [],
    "passing_phrase": {4: (4, "the management oversight form to be looked at after go-live")},
    "decoys": {2: [19, 20]},
    "ask_decoys": {3: [21]},
    "asks": {1: [("consistent quality of children's assessments in the assessment team(s)",
                  [1, 2, 3, 4, 5, 6, 7, 8]),
                 ("consistent quality of children's assessments in the supporting and "
                  "strengthening families teams (Wrangholme's Family Safeguarding Teams)",
                  [1, 2, 3, 4, 5, 6, 7, 8])],
             3: [("the accessibility of the local offer for care leavers",
                  [9, 10, 11, 12, 13, 14]),
                 ("opportunities for children and young people to be involved in the "
                  "development of services for them", [])]},
    "notes": (
        "DOCX, A4 portrait, NO tables. A cover block of paragraphs (council, the plan's title "
        "'Children's Services Improvement Plan 2023\u201324', a version line, two paragraphs of "
        "introduction, a 'How to read this plan' paragraph, and a bold line 'Action<TAB>Lead<TAB>"
        "By when' set on the same tab stops as the actions: none of them actions). Each "
        "priority is a Heading 2 in the council's words, unnumbered ('Good assessments, "
        "whichever team you meet', 'Care leavers know what they are entitled to', 'Children in "
        "care and care leavers: other commitments', 'Our workforce'); 'section' is the heading "
        "as written, 'objective' null. The actions are ONE multi-level list with Word's "
        "AUTOMATIC numbering (numbering.xml holds an abstractNum with level 0 drawn '%1.' and "
        "level 1 drawn '%1.%2'; every list paragraph carries a w:numPr with the same numId and "
        "its ilvl): level-0 paragraphs are the actions, numbered 1. to 25. straight through "
        "the document (the numbering does not restart under each heading); the numbers are "
        "drawn by Word and are not in the text, so 'row' is null. Each action is ONE paragraph: "
        "its text, a TAB, the lead, a TAB, the date, the lead and the date aligned to two "
        "right-aligned tab stops; long actions wrap over two or three lines before the tabs. "
        "'text' is the paragraph before the first TAB, 'leads_raw' the part between the two "
        "TABs, 'date_raw' the part after the second ('Sept 2023', 'Monthly', 'Quarterly', "
        "'Ongoing', 'tbc', 'End Q2', '31/03/2024'; '' where empty). Action 8 ('When a family "
        "moves from the Assessment Team') and action 11 ('Wallet card with a QR code') have "
        "an empty lead (two TABs together); orphan 24 ('New starter induction') has no date "
        "(nothing after the second TAB). Level-1 paragraphs (drawn '1.1', '3.2' ...) are "
        "steps of the action above them, not actions, and the gold leaves them out (neither "
        "separate actions nor part of the parent's text); some carry a date of their own "
        "after two TABs. They stand under action 1 ('Joint practice standards'), action 3 "
        "('Analysis workshops') and action 9 ('Local offer rewritten in plain English'), "
        "seven in all. After the last action a Heading 1 'Monitoring and reporting' and three "
        "paragraphs of prose (the Improvement Board, reports to scrutiny, how actions are "
        "closed): not actions. Word's curly apostrophes and dashes. Nothing cites a "
        "recommendation number: explicit_refs is [] everywhere and every link is judged. Hard "
        "unanswered: R2 (the contribution of key partners to the reviews of children's "
        "plans): nothing is aimed at it; orphan 19 ('Review the partner contributions to the "
        "jointly funded placements budget') is about money with the Integrated Care Board and "
        "orphan 20 ('Foster carers' annual reviews') about who contributes to foster carers' "
        "reviews; both share R2's words (review, partner, contribution) and neither touches "
        "partners' part in children's reviews. Passing: R4 (the recording of management "
        "oversight at key decision points) is touched only by action 4 ('Single assessment "
        "template for both teams', aimed at R1), which ends '(the management oversight "
        "form to be looked at after go-live)': put off, nothing done now; weak, no link. "
        "Partly answered (see asks): R3: the accessibility of the local offer for care leavers "
        "is answered by actions 9-14 (plain English and translated web page, personal "
        "advisers before 17, a wallet card, a named contact, the tenancy pack, visits "
        "counted); opportunities for children and young people to be involved in the "
        "development of services by nothing: no linked action involves young people in "
        "shaping a service; ask decoy: orphan 21 ('Opportunities for staff to be involved in "
        "the development of the new practice model'): staff, not children; weak. Answered: R1 "
        "by actions 1-8, both asks (every one of them spans the Assessment Team and the Family "
        "Safeguarding Teams, Wrangholme's name for the report's 'supporting and strengthening "
        "families teams'). Orphans 15-25: the whole of the last two headings (also foster "
        "families for brothers and sisters, the virtual school and care leavers not in "
        "education, employment or training (report para 43), well-being support away from "
        "home (para 40), handovers between the 16 to 18 and 18 to 21 teams (para 36), "
        "caseloads (para 52), an apprenticeship, induction, a reflective group). 'action N' "
        "means wrangholme-N, the level-0 paragraphs in order, as Word numbers them: 1-8 under "
        "the first heading, 9-14 the second, 15-20 the third, 21-25 the fourth. The plan's own "
        "names: Carelink (case record), the Family Safeguarding Teams, the Practice "
        "Improvement Group, Room at Home, the Learning Hub, the Wold and Coast NHS Trust."),
}

PLANS = [DV, WR]

DV_NOTES = (
    "Excel workbook (.xlsx) kept as the council's improvement-plan tracker. Sheet 'Improvement "
    "Plan' (the active sheet): row 1 a title in B1 ('Daverley Children's Services - Improvement Plan "
    "2023-25 (post-ILACS July 2023)'), row 2 a version line with the RAG key, row 3 blank, row 4 "
    "the header ID | Ref | Rec | Action | Lead | Due | RAG, with an AutoFilter on it (A4:G{last}) "
    "and the pane frozen below it and right of Rec (D5). Column A (ID, the tracker's internal "
    "numbers 'IP-0003' ...) is HIDDEN. From row 5 every action takes TWO rows: the action row "
    "(ID, Ref, Rec, Action, Lead, Due, RAG) and below it a progress row whose Action cell holds "
    "'Progress update: ...' merged across Action, Lead, Due and RAG (D:G), its ID, Ref and Rec "
    "cells empty. The progress rows are not actions and their text is not part of any action. "
    "Completed actions (RAG 'Blue') keep both their rows in the sheet, HIDDEN (row height "
    "hidden): they are actions of the plan and the gold counts them: action 5 (NEG-05, sheet "
    "row {r5}), action 8 (PLO-01, sheet row {r8}), action 13 (WFS-01, sheet row {r13}) and "
    "orphan 25 (GEN-07, sheet row {r25}). 'row' is the Ref cell ('NEG-01' ...; the letters are "
    "the council's workstreams, never recommendation numbers), 'section' and 'objective' null "
    "(the sheet has no section rows). 'text' is the Action cell, 'leads_raw' the Lead cell, "
    "'date_raw' the Due cell as Excel displays it: a real date in the dd/mm/yyyy number format "
    "('31/03/2024'), or a word typed into the cell ('Monthly', 'Quarterly', 'Ongoing', 'tbc', "
    "'Q4 2023/24'), '' where empty (orphan 28 (GEN-10, sheet row {r28})). Action 12 (PLO-05, "
    "sheet row {r12}) has no lead. The RAG cell, the hidden ID and the progress row are not "
    "part of the action. Sheet 'Ofsted recs' lists the five recommendations in the council's "
    "own paraphrase with their numbers (No. | Area for improvement (our summary) | SLT lead): "
    "not actions. The Rec column cites those numbers on 14 of the 29 action rows: a lone "
    "number is stored as a number (1), two as text ('1, 2'); 'BAU' on six business-as-usual "
    "rows and empty elsewhere are no citation. explicit_refs are the numbers cited; a link is "
    "explicit where the row cites the number and its text supports it, judged otherwise. "
    "Mis-cited: action 16 (WFS-04, sheet row {r16}, the Daverley Social Work Academy) cites 5 "
    "(disabled children) but is a workforce action aimed at R4: its link to R4 is judged and "
    "flagged miscited, and it does nothing for R5. Straight apostrophes, as typed in Excel. "
    "Hard unanswered: R5 (safeguarding of disabled children): nothing is aimed at it (the only "
    "5 in the Rec column is the mis-citation); orphan 19 (GEN-01, 'Safeguarding Partnership "
    "website refreshed, with easy-read pages for disabled adults') and orphan 20 (GEN-02, "
    "'Disabled staff network to test the council's safeguarding e-learning') share both its "
    "words and are about adults and staff; orphan 21 (GEN-03, 'Saturday short breaks club for "
    "disabled children') is a service for disabled children, not their safeguarding. The "
    "progress row (sheet row {r14p}) of action 14 (WFS-02) says two new starters were placed "
    "in the Children with Disabilities Team: a progress note, not an action. Passing: R3 (the "
    "response to homeless 16- and 17-year-olds) is touched only by action 9 (PLO-02, the "
    "pre-proceedings tracker, aimed at R2), 'set up in the same way as the daily list of "
    "homeless 16 and 17 year olds waiting for a joint assessment': the list is named as a "
    "model and nothing changes in the response; weak, no link (the 'Ofsted recs' sheet still "
    "lists R3). Partly answered (see asks): R4: the stability of children's social workers "
    "(a settled, permanent workforce) is answered by actions 13-18 (WFS-01 to WFS-06: a market "
    "supplement, agency posts made permanent, caseloads, the Academy, exit interviews, stay "
    "conversations); the consistency of children's social workers (keeping the same worker, "
    "moving to the longer-term team when needed instead of being held by duty) by nothing; ask "
    "decoy: orphan 22 (GEN-04, 'Every foster carer to have a consistent supervising social "
    "worker'): foster carers' workers, not children's; weak. Answered: R1 by actions 1-7 "
    "(NEG-01 to NEG-07: Graded Care Profile 2, the Neglect Panel, workshops on over-optimism "
    "and disguised compliance, the partnership's neglect strategy, a themed audit, Home "
    "Matters, drug and alcohol workers; NEG-03 and NEG-06 do not name neglect), R2 by action 2 "
    "(NEG-02, the Neglect Panel deciding on legal advice; cited '1, 2', explicit to both) and "
    "actions 8-12 (PLO-01 to PLO-05), both asks. Orphans 19-29 (GEN-01 to GEN-11): the decoys, "
    "short breaks, return home interviews (report para 17), audit actions closed (para 63), "
    "elective home education (para 22), fostering recruitment, leisure passes, the Atlas "
    "upgrade, the care leavers' hub. 'action N' means daverley-N, numbered down the sheet, "
    "hidden rows included: 1-7 are NEG-01 to NEG-07, 8-12 are PLO-01 to PLO-05, 13-18 are "
    "WFS-01 to WFS-06, 19-29 are GEN-01 to GEN-11; action N's row is sheet row {first} + "
    "2(N-1), its progress row the one below. The plan's own names: Atlas (case record), the "
    "Neglect Panel, Home Matters, the Daverley Drug and Alcohol Service, Grow Daverley, the "
    "Daverley Social Work Academy, Waymark (a charity), Moorgate Park, Bridge Street.")


def dv_notes():
    acts = dv_actions()
    rows = dv_rows(acts)
    last = rows[-1][1]
    keys = {f"r{n}": rows[n - 1][0] for n in range(1, len(acts) + 1)}
    keys.update({f"r{n}p": rows[n - 1][1] for n in range(1, len(acts) + 1)})
    return DV_NOTES.format(last=last, first=DV_FIRST, **keys)


DV["notes"] = dv_notes()


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations
# ---------------------------------------------------------------------------------------------

def build_am(plan, set_name="am"):
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

DV_FILLS = {"Blue": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def write_dv(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    thin = Side(style="thin", color="BFBFBF")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    normal = Font(name="Arial", size=10)
    progress = Font(name="Arial", size=9, italic=True, color="595959")
    # the title block starts in B: column A (the IDs) is hidden
    ws["B1"] = DV_TITLE
    ws["B1"].font = Font(name="Arial", size=14, bold=True, color="1F3864")
    ws["B2"] = DV_VERSION
    ws["B2"].font = Font(name="Arial", size=9, italic=True)
    for col, h in enumerate(DV_HEADER, 1):
        cell = ws.cell(4, col, h)
        cell.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(vertical="center", horizontal="center" if col != 4 else
                                   "left")
        cell.border = box
    rows = dv_rows(acts)
    for a, (r, p) in zip(acts, rows):
        x = a["extra"]
        values = [x["ident"], a["row"], x["rec"] if x["rec"] != "" else None, a["text"],
                  a["lead"] or None, x["due"] if x["due"] != "" else None, x["rag"]]
        for col, v in enumerate(values, 1):
            cell = ws.cell(r, col, v)
            cell.font = normal
            cell.border = box
            cell.alignment = Alignment(vertical="top", wrap_text=col in (4, 5),
                                       horizontal="center" if col in (2, 3, 6, 7) else None)
            if col == 6:
                cell.number_format = "dd/mm/yyyy"
        ws.cell(r, 7).fill = PatternFill("solid", fgColor=DV_FILLS[x["rag"]])
        cell = ws.cell(p, 4, f"Progress update: {x['progress']}")
        cell.font = progress
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        for col in range(1, 8):
            ws.cell(p, col).border = box
        ws.merge_cells(start_row=p, start_column=4, end_row=p, end_column=7)
        if x["hidden"]:
            ws.row_dimensions[r].hidden = True
            ws.row_dimensions[p].hidden = True
    last = rows[-1][1]
    for letter, width in zip("ABCDEFG", (10, 9, 6, 70, 26, 12, 8)):
        ws.column_dimensions[letter].width = width
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = "D5"
    ws.auto_filter.ref = f"A4:G{last}"
    dv = DataValidation(type="list", formula1='"Blue,Green,Amber,Red"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"G5:G{last}")
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    rs = wb.create_sheet("Ofsted recs")
    for col, h in enumerate(["No.", "Area for improvement (our summary)", "SLT lead"], 1):
        cell = rs.cell(1, col, h)
        cell.font = Font(name="Arial", size=10, bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    for k, (n, summary, lead) in enumerate(DV_RECS_SHEET, 2):
        rs.cell(k, 1, n).font = normal
        rs.cell(k, 2, summary).font = normal
        rs.cell(k, 3, lead).font = normal
        rs.cell(k, 2).alignment = Alignment(wrap_text=True, vertical="top")
    rs.column_dimensions["A"].width = 6
    rs.column_dimensions["B"].width = 70
    rs.column_dimensions["C"].width = 30

    p = wb.properties
    p.creator = "Improvement Programme Office"
    p.lastModifiedBy = "Improvement Programme Office"
    p.title = "Children's Services Improvement Plan 2023-25"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


WR_COVER = [  # (text, style) of the cover block, in order
    ("Wrangholme Council", "Title"),
    ("Children\u2019s Services Improvement Plan 2023\u201324", "Subtitle"),
    ("Version 2.1 \u2013 agreed by the Children\u2019s Improvement Board, 22 May 2023", None),
    ("Our services for children and families were inspected in January and February 2023 and "
     "were judged good overall. Inspectors saw the difference our relational way of working "
     "makes, and they told us where we still need to do better.", None),
    ("This plan brings together what we will do in response and the other improvements we "
     "committed to for 2023\u201324. It is owned by the Director of Children's Services and "
     "overseen by the Children's Improvement Board.", None),
    ("How to read this plan: each numbered action shows the lead officer and the target date "
     "on the right. Where the way an action will be done is broken down, the steps are listed "
     "underneath it.", None),
]
WR_HEAD_LINE = ("Action", "Lead", "By when")
WR_MONITORING = [
    "The Children's Improvement Board meets every six weeks, chaired by the Director of "
    "Children's Services, and receives a highlight report on every action in this plan. Leads "
    "send a short update to the Improvement Programme Officer a week before each meeting.",
    "A summary of progress goes to the Children and Young People Scrutiny Committee twice a "
    "year and to the Lead Member each quarter. Performance measures that sit behind the plan are "
    "reported monthly in the Children's Services performance pack.",
    "An action is closed only when the Board agrees that the change can be seen in children's "
    "records and in what families and staff tell us. Closed actions stay in the plan, marked "
    "complete, until the next version.",
]
WR_NUMID = 31  # the numbering instance of the list (an abstractNum of the same id)
WR_TABS = (7938, 9638)  # right tab stops in twips: the lead (14.0 cm), the date (17.0 cm)


def _add_numbering(doc):
    """A two-level decimal list: level 0 '1.', level 1 '1.1', level 1 restarting under each
    level-0 item."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="{WR_NUMID}"><w:nsid w:val="3D6A51C2"/>'
        '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="8E1C4A20"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2.%3"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1701" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>')
    first_num = numbering.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    first_num.addprevious(absn)
    numbering.append(parse_xml(f'<w:num {w} w:numId="{WR_NUMID}">'
                               f'<w:abstractNumId w:val="{WR_NUMID}"/></w:num>'))


def _tabs(p):
    """The two right-aligned tab stops of an action line (direct paragraph formatting)."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Twips

    for pos in WR_TABS:
        p.paragraph_format.tab_stops.add_tab_stop(Twips(pos), WD_TAB_ALIGNMENT.RIGHT)


def _numbered(doc, text, level):
    """A list paragraph at ``level`` of the one numbered list, its runs holding ``text`` (TAB
    characters written as w:tab)."""
    p = doc.add_paragraph(style="List Paragraph")
    num = p._p.get_or_add_pPr().get_or_add_numPr()
    num.get_or_add_ilvl().val = level
    num.get_or_add_numId().val = WR_NUMID
    _tabs(p)
    p.paragraph_format.space_after = 4 if level == 0 else 2
    p.add_run(text)
    return p


def write_wr(plan, acts, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    head = sec.header.paragraphs[0]
    head.text = "OFFICIAL"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = sec.footer.paragraphs[0]
    foot.text = curly("Wrangholme Council \u2013 Children's Services Improvement Plan "
                      "2023\u201324 \u2013 v2.1 \u2013 Page ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    foot._p.append(fld)
    _add_numbering(doc)

    for text, style in WR_COVER:
        doc.add_paragraph(curly(text), style=style)
    line = doc.add_paragraph()
    line.paragraph_format.left_indent = Cm(1.0)
    _tabs(line)
    run = line.add_run("\t".join(WR_HEAD_LINE))
    run.bold = True

    steps = 0
    for group in _groups(acts, lambda a: a["extra"]["pri"]):
        doc.add_paragraph(group[0]["section"], style="Heading 2")
        for a in group:
            _numbered(doc, f"{a['text']}\t{a['lead']}\t{a['date']}", 0)
            for text, date in a["extra"]["steps"]:
                _numbered(doc, f"{text}\t\t{date}" if date else text, 1)
                steps += 1
    assert steps == 7, steps  # the notes say seven

    doc.add_paragraph("Monitoring and reporting", style="Heading 1")
    for para in WR_MONITORING:
        doc.add_paragraph(curly(para))
    docx_props(doc, "Children's Services", "Children's Services Improvement Plan 2023-24")
    doc.save(path)
    normalise_zip(path)


WRITERS = {"daverley": write_dv, "wrangholme": write_wr}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "daverley": dict(unanswered=1, passing=1, partial=1, miscited=1, orphans=(4, 12)),
    "wrangholme": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(4, 12)),
}


def check_recs(plan):
    """The transcribed recommendations: numbered 1..N, clean single-line texts, found word for
    word and in order in the report's block (when the PDF is at hand), with nothing but the
    bullet glyph before each and nothing after the last."""
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
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    for r in d["partial"]:  # a partly answered recommendation: 2+ asks, some unanswered
        asks = gold["asks"][r]
        assert len(asks) >= 2 and any(not a["answered_by"] for a in asks), (name, r)
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert re.search(rf"\b{r}\b", d["notes"]), (name, r)
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert curly(phrase) in a["text"] or phrase in a["text"], (name, n, phrase)
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
    assert "Hard unanswered" in d["notes"], name
    for r in d["unanswered"]:  # no designed gap is answered by anything
        assert r not in per_rec, r
    # the notes' "action N ('words" / "orphan N ('words" quote action N's own words
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \((?:[A-Z]{3}-\d\d, )?'([^']+)",
                        _plain(d["notes"]), re.I)
    assert len(quoted) >= (6 if name == "wrangholme" else 4), (name, quoted)
    for n, words in quoted:
        assert words in _plain(ids[f"{name}-{n}"]["text"]), (name, n, words)
    for n in re.findall(r"\borphans? (\d+)\b", d["notes"]):
        assert f"{name}-{n}" in d["orphans"], (name, n)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert "\t" not in a["leads_raw"] + a["date_raw"], a["id"]
        assert not re.search(r"[<>&*_#`]|\u00a0|\u2022", a["text"]), a["id"]
        assert not re.search(r"[<>*_#`]|\u00a0|\u2022", a["leads_raw"] + a["date_raw"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*|afi)\b",
                             a["text"], re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
        assert a["objective"] is None, a["id"]
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    for r, s in gold["expected"].items():  # fully answered recommendations: 2-8 actions
        if s == "covered":
            assert 2 <= len(per_rec[r]) <= 8, (name, r, len(per_rec[r]))
    if name == "daverley":
        check_dv(gold, plan, acts, x, mine)
    if name == "wrangholme":
        check_wr(gold, plan, acts, x, mine)
    return True


def check_dv(gold, plan, acts, x, mine):
    name, d = plan["name"], gold["design"]
    ids = {a["id"]: a for a in acts}
    rows = dv_rows(plan["actions"]())
    # refs: workstream prefix, numbered from 01 within it, workstreams in order
    refs = [a["row"] for a in acts]
    expect = []
    for g in _groups(refs, lambda r: r[:3]):
        expect += [f"{g[0][:3]}-{k:02d}" for k in range(1, len(g) + 1)]
    assert refs == expect, refs
    assert [g[0][:3] for g in _groups(refs, lambda r: r[:3])] == ["NEG", "PLO", "WFS", "GEN"]
    # the workstream letters answer: NEG R1 (and R2 once), PLO R2, WFS R4, GEN nothing
    answered = {}
    for a in acts:
        answered.setdefault(a["row"][:3], set()).update(mine[a["id"]])
    assert answered == {"NEG": {"R1", "R2"}, "PLO": {"R2"}, "WFS": {"R4"}, "GEN": set()}, \
        answered
    assert {a["id"] for a in acts if a["row"].startswith("GEN")} == set(d["orphans"]), name
    # the notes' "action N (REF" and "sheet row R" agree with the layout
    found = re.findall(r"\b(?:actions?|orphans?) (\d+) \(([A-Z]{3}-\d\d)(?:, sheet row "
                       r"(\d+))?", d["notes"])
    assert len(found) >= 12, found
    for n, ref, r in found:
        assert ids[f"{name}-{n}"]["row"] == ref, (n, ref)
        if r:
            assert rows[int(n) - 1][0] == int(r), (n, r)
    for n, m, r1, r2 in re.findall(r"\b(\d+)-(\d+) are ([A-Z]{3}-\d\d) to ([A-Z]{3}-\d\d)\b",
                                   d["notes"]):
        assert ids[f"{name}-{n}"]["row"] == r1 and ids[f"{name}-{m}"]["row"] == r2, (n, m)
    r, n = re.search(r"progress row \(sheet row (\d+)\) of action (\d+) \([A-Z]{3}-\d\d\)",
                     d["notes"]).groups()
    assert rows[int(n) - 1][1] == int(r), (n, r)
    assert "Children with Disabilities" in x[int(n) - 1]["progress"], n
    # citations: about half the rows cite; explicit links only where cited; the mis-citation
    cited = [a for a in acts if a["explicit_refs"]]
    assert 0.4 <= len(cited) / len(acts) <= 0.6, len(cited)
    assert f"on {len(cited)} of the {len(acts)} action rows" in d["notes"], len(cited)
    bau = sum(1 for e in x if e["rec"] == "BAU")
    assert f"'BAU' on {['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'][bau]} " \
           "business-as-usual rows" in d["notes"], bau
    assert any(isinstance(e["rec"], int) for e in x) and any(
        isinstance(e["rec"], str) and "," in e["rec"] for e in x), name
    for a, e in zip(acts, x):
        if e["rec"] == "BAU":
            assert a["id"] in d["orphans"], a["id"]
        for l in gold["links"]:
            if l["action"] == a["id"] and int(l["rec"][1:]) in a["explicit_refs"]:
                assert l["source"] == "explicit", l
        assert not e["progress"] or e["progress"] not in a["text"], a["id"]
        assert a["date_raw"] == shown(e["due"]), a["id"]
        assert a["section"] is None and a["row"], a["id"]
        assert not re.search("[\u2018\u2019\u201c\u201d]", a["text"] + a["leads_raw"]), a["id"]
    # the one 5 in the Rec column is the mis-citation; R5 stays uncovered
    fives = [a["id"] for a in acts if 5 in a["explicit_refs"]]
    assert fives == d["miscited"] and gold["expected"]["R5"] == "uncovered", fives
    # hidden rows: exactly the Blue (complete) actions, at least three, some linked, one orphan
    hidden = [a["id"] for a, e in zip(acts, x) if e["hidden"]]
    assert hidden == [a["id"] for a, e in zip(acts, x) if e["rag"] == "Blue"] and len(hidden) >= 3
    assert any(h in d["orphans"] for h in hidden) and any(mine[h] for h in hidden), hidden
    for h in hidden:
        n = int(h.rsplit("-", 1)[1])
        assert f"{'orphan' if h in d['orphans'] else 'action'} {n} ({ids[h]['row']}, sheet " \
               f"row {rows[n - 1][0]})" in d["notes"], h
    assert {e["rag"] for e in x} == set(DV_RAG), name
    # Due cells: real dates and words; one empty
    dates = [a["date_raw"] for a in acts]
    for pat in (r"\d\d/\d\d/20\d\d", r"Q\d 20\d\d/\d\d", "Monthly", "Quarterly", "Ongoing",
                "tbc", ""):
        assert any(re.fullmatch(pat, v) for v in dates), pat
    assert any(isinstance(e["due"], datetime) for e in x), name
    # the unanswered ask of R4: no linked action keeps a child's worker, deals with duty or
    # transfer; the R3 passing: no linked action but PLO-02 speaks of homelessness
    for a in acts:
        if mine[a["id"]]:
            assert not re.search(r"same (social )?worker|duty|transfer|longer-term|consistent",
                                 a["text"], re.I), a["id"]
            assert "homeless" not in a["text"] or a["row"] == "PLO-02", a["id"]
        assert not re.search(r"disab", a["text"], re.I) or a["id"] in d["orphans"], a["id"]
    # the "Ofsted recs" sheet: five rows, numbered, paraphrased (never the report's words)
    assert [n for n, _, _ in DV_RECS_SHEET] == [1, 2, 3, 4, 5], name
    recs = {r["n"]: r["text"] for r in gold["recommendations"]}
    for n, summary, _ in DV_RECS_SHEET:
        assert summary not in recs[n] and recs[n].rstrip(".") not in summary, n
    assert rows[0][0] == DV_FIRST and f"A4:G{rows[-1][1]}" in d["notes"], name


def check_wr(gold, plan, acts, x, mine):
    name, d = plan["name"], gold["design"]
    pris = [g[0]["pri"] for g in _groups(x, lambda e: e["pri"])]
    assert pris == sorted(WR_PRIORITIES), pris
    for h in WR_PRIORITIES.values():
        assert not re.search(r"\d|recommend|ofsted|priority", h, re.I), h
    for a, e in zip(acts, x):
        assert a["section"] == curly(WR_PRIORITIES[e["pri"]]) and a["row"] is None, a["id"]
        assert not a["explicit_refs"], a["id"]
        for t, _ in e["steps"]:  # a step is never an action, nor in one
            assert not any(t in b["text"] for b in acts), t
    assert all(l["source"] == "judged" for l in gold["links"]), name
    # what each heading answers: 1 R1, 2 R3, 3 and 4 nothing
    answered = {}
    for a, e in zip(acts, x):
        answered.setdefault(e["pri"], set()).update(mine[a["id"]])
    assert answered == {1: {"R1"}, 2: {"R3"}, 3: set(), 4: set()}, answered
    assert {a["id"] for a, e in zip(acts, x) if e["pri"] in (3, 4)} == set(d["orphans"])
    # steps: seven, under three actions, some with a date; the notes name them
    with_steps = [i for i, e in enumerate(x, 1) if e["steps"]]
    assert sum(len(e["steps"]) for e in x) == 7 and len(with_steps) == 3, with_steps
    assert any(dt for e in x for _, dt in e["steps"]) and any(
        not dt for e in x for _, dt in e["steps"]), name
    for i in with_steps:
        assert re.search(rf"action {i} \('", d["notes"]), i
    # an empty lead, an empty date; the notes say which
    for i, a in enumerate(acts, 1):
        if not a["leads_raw"] or not a["date_raw"]:
            assert re.search(rf"(action|orphan) {i} \('", d["notes"], re.I), i
    # R1's teams: every linked action of heading 1 spans both kinds of team
    for a, e in zip(acts, x):
        if e["pri"] == 1:
            assert re.search(r"both|either|two|each team|the other team|Assessment Team",
                             a["text"]), a["id"]
    # the unanswered ask of R3, the unanswered R2 and the passing R4: nothing linked speaks of
    # involving young people, of partners in reviews, or of recording oversight (but action 4)
    for a in acts:
        if mine[a["id"]]:
            assert not re.search(r"involv|participat|co-produc|design|shape", a["text"],
                                 re.I), a["id"]
            assert not re.search(r"partner|review", a["text"], re.I), a["id"]
            assert "oversight" not in a["text"] or a["id"] == f"{name}-4", a["id"]
    # the layout the notes promise: numbering straight through, 25 actions, tab stops
    assert f"numbered 1. to {len(acts)}. straight through" in d["notes"], name
    assert WR_TABS[1] == 9638 and WR_TABS[0] < WR_TABS[1], WR_TABS
    dates = [a["date_raw"] for a in acts]
    for pat in (r"[A-Z][a-z]+ 20\d\d", "Monthly", "Quarterly", "Ongoing", "tbc", "End Q2",
                r"\d\d/\d\d/20\d\d", ""):
        assert any(re.fullmatch(pat, v) for v in dates), pat
    # the closing prose names none of the gaps
    assert not any(GAP_WORDS.search(t) for t in WR_MONITORING + [t for t, _ in WR_COVER]), name


GAP_WORDS = re.compile(r"partners?\b.*\breview|involv|participat|oversight", re.I)


if __name__ == "__main__":
    main(sys.argv[1:], "am", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_am)
