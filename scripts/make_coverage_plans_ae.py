"""Write the sealed coverage evaluation set "ae": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_ae.py            # writes documents and gold
    python scripts/make_coverage_plans_ae.py --check    # only runs the consistency checks

Documents: corpus/coverage/ae/<name>.<ext>      Gold: corpus/gold/coverage/ae/<name>.json

The two documents imitate what councils' own systems produce: an Excel workbook kept by a
council's performance team (a "Key" sheet first, which is not a plan, then one sheet per
improvement theme in the council's own order; on each theme sheet two title rows and a blank row
above a two-row header with merged cells, Ref | Action | Responsibility over Lead and Support |
Timescale over Start and Completion | RAG | Evidence of impact, and on five of the nine sheets a
last column "Link to Ofsted" holding "Rec N" or a short quoted fragment of a recommendation's
words on some rows and nothing on others; completion dates as real Excel dates on some rows and
as text - "Q3 2015/16", "Ongoing", "Complete" - on others; a few Action cells holding two lines
typed with Alt+Enter, the second a further sentence of the same action), and an HTML file
exported from Google Docs (the export's <style> block of generated class names, every paragraph
a <p class><span class>, empty spacer paragraphs, &nbsp; entities, a title, an introduction, then
under an <h2> heading naming each priority in the council's words one table No. | What we will
do | Who | When | How we will know, a few "What we will do" cells holding a lead-in line and a
short <ul class="lst-kix_..."> list of sub-steps that together are one action).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
recommendations of both were transcribed by hand from the report PDFs for this set and are held
below as data (WF_RECS, DB_RECS), word for word, lines broken by the PDF joined, the reports'
curly apostrophes kept; they are passed to build_gold(recs=...). Nothing is written into
corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the row's Link to Ofsted
                                   cell cites 3 - "Rec 3", or words quoted from R3 alone - and
                                   the text supports it) or "j" judged; "h" high / "m" medium
    cite=[7]                       the numbers the row's Link to Ofsted cell cites (hand-written;
                                   --check resolves the cell and compares)
    mis=True                       the row cites a number its text does not answer; the citation
                                   is not a link, the action's true link is judged
Actions with no links are orphans (see each plan's design notes).

All councils, people, teams, systems, charities and local programmes are fictional (national
tools and schemes such as the Graded Care Profile 2, the Three Houses, section 47 enquiries or
the legal gateway / pre-proceedings stage are named as councils name them). Output is
deterministic: the workbook has fixed core properties and every zip member a fixed timestamp;
the HTML file is plain text.
"""

import hashlib
import html
import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, FIXED, ROOT, build_gold, main, normalise_zip  # noqa: E402
from _coverage_sets import curly, groups as _groups, words as _words  # noqa: E402
from _coverage_sets import report_text as _report_text  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (15, 50)


# ---------------------------------------------------------------------------------------------
# Waltham Forest, inspection of services for children in need of help and protection, children
# looked after and care leavers, and review of the LSCB (SIF), report published 20 January 2015.
# "What does the local authority need to improve?", pages 4-6 of the PDF: twenty numbered items
# to the local authority under the sub-headings "Priority and immediate action" (1-4) and "Areas
# for improvement" (5-20), with topic headings between them ("Child protection", "Workforce
# development", "Standards of social work practice", "Corporate parenting"). Transcribed by hand
# for this set (no corpus/gold/reports file exists for this report), numbered as the report
# numbers them; lines broken by the PDF joined with a space; the hyphen of "drop-out" (R20),
# broken over a line and extracted as U+FFFE, kept as a hyphen; the curly apostrophes of R7 and
# R14 kept; R7's stray comma ("children's plans, are") kept as printed. The LSCB's
# recommendations ("What does the LSCB need to improve?", page 39) are addressed to the board
# and are not part of the list.
# ---------------------------------------------------------------------------------------------

WF_REPORT = "waltham-forest-80517/2015-01-20.pdf"
WF_PAGES = (4, 5, 6)
WF_HEADINGS = ("Priority and immediate action", "Child protection", "Workforce development",
               "Areas for improvement", "Standards of social work practice",
               "Corporate parenting")

WF_RECS = [  # (number, page, text)
    (1, 4, "Better coordinate information and intelligence on children missing from home, care "
           "and education to ensure that any risks for these vulnerable children, including those "
           "who may be at risk of sexual exploitation, are understood and action is taken to "
           "protect them."),
    (2, 4, "Promote awareness of private fostering arrangements across all agencies, so that "
           "children who are privately fostered in the borough are quickly identified, the local "
           "authority is notified and action is taken to appropriately assess their needs and, "
           "where necessary, keep them safe."),
    (3, 4, "Ensure that the assessment teams have sufficient capacity to respond to all cases and "
           "complete work in a timescale relevant for the child. Ensure timely follow-up work with "
           "families after any initial child protection response, to ensure ongoing risks are "
           "managed well and working agreements are applied effectively."),
    (4, 4, "Continue to improve workforce stability, to ensure that children experience "
           "meaningful relationships with social workers who know them well."),
    (5, 4, "Integrate performance management information on children missing from school, home "
           "and care, to make it possible to identify patterns and trends and take appropriate "
           "action."),
    (6, 5, "Ensure that social workers analyse risk and protective factors and family histories "
           "more effectively, to improve the help and protection children receive."),
    (7, 5, "Ensure that children\u2019s plans, are outcome-focused and that case records are of "
           "high quality, including more detailed planning records for child protection "
           "enquiries."),
    (8, 5, "Ensure that social workers consistently visit children at the required frequency and "
           "that children benefit from meaningful direct work with their social workers."),
    (9, 5, "Continue to improve the consistency of supervision and supervision records for social "
           "workers."),
    (10, 5, "Improve the quality and impact of critical challenge provided by Independent "
            "Reviewing Officers, child protection conference chairs and fostering and adoption "
            "panel chairs."),
    (11, 5, "Use the views and experiences of children and care leavers more consistently to "
            "inform service delivery and development."),
    (12, 5, "Ensure that senior managers engage and consult more consistently with the Children "
            "in Care Council, to enable the work of this group to have a greater impact on "
            "outcomes for their peers."),
    (13, 5, "Ensure that all looked-after children and care leavers understand their rights and "
            "entitlements, including access to financial support, how to obtain advocacy and how "
            "to complain."),
    (14, 5, "Ensure that the care leavers\u2019 service keeps in touch with all care leavers, "
            "including those who are over 21, and provides effective help for young people in "
            "difficulty."),
    (15, 5, "Reduce the number of care leavers who are not in education, employment or "
            "training."),
    (16, 5, "Develop practice guidelines for working with care leavers who are parents."),
    (17, 5, "Increase the number of foster carers with the right skills to meet the needs of "
            "looked-after children in the borough."),
    (18, 5, "Place children with their siblings in their own community where this is in their "
            "best interests."),
    (19, 5, "Consider family and friends as foster carers."),
    (20, 6, "Increase adopter recruitment and improve the process to reduce the high drop-out "
            "rate, so that children waiting to be adopted move in more quickly with their new "
            "families."),
]

# ---------------------------------------------------------------------------------------------
# Derby, inspection of local authority children's services (ILACS), report published 8 July
# 2025 (judged outstanding). "What needs to improve?", page 2 of the PDF: a single bullet (a
# black square), addressed to the local authority, numbered 1. The heading carries a footnote
# marker "1" (the footnote explains the National Framework cross-references); it is not part of
# the bullet. The parenthetical "(Outcome 3)" is part of the bullet as printed and is kept; the
# bullet ends with it, after the full stop. Lines broken by the PDF joined with a space.
# ---------------------------------------------------------------------------------------------

DB_REPORT = "derby-80459/2025-07-08.pdf"
DB_PAGES = (2,)

DB_RECS = [
    (1, 2, "Management oversight of children\u2019s experiences when children are living in the "
           "most complex circumstances and are at risk of prolonged neglect or other ongoing "
           "harm. (Outcome 3)"),
]


def wf_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in WF_RECS]


def db_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in DB_RECS]


def d(day, month, year):
    """A real Excel date in the workbook (shown dd/mm/yyyy)."""
    return datetime(year, month, day)


def shown(value):
    """A workbook cell as Excel displays it (dates in the dd/mm/yyyy number format)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    return value


# ---------------------------------------------------------------------------------------------
# Plan 1: Hollinsgate - an Excel workbook kept by the Performance and Improvement Team,
# answering Waltham Forest 2015-01-20 (SIF, 20 local-authority recommendations). Sheet "Key"
# (RAG definitions and abbreviations; not a plan), then nine theme sheets in the council's own
# order. Each theme sheet: row 1 the plan's title, row 2 "Theme N: <sheet name>", row 3 blank,
# rows 4-5 the two-row header (merged cells), actions from row 6. "Link to Ofsted" is the last
# column on the sheets in HG_LINKED only.
# ---------------------------------------------------------------------------------------------

HG_THEMES = {  # number: sheet name (the theme as the council names it)
    1: "Our workforce",
    2: "Good practice every time",
    3: "Front door and assessment",
    4: "Missing and exploited children",
    5: "Challenge and scrutiny",
    6: "Children in care",
    7: "Care leavers",
    8: "Listening to children",
    9: "Partners and early help",
}
HG_LINKED = {1, 2, 5, 6, 8}  # sheets with a "Link to Ofsted" column
HG_TITLE = ("London Borough of Hollinsgate \u2013 Children's Social Care Improvement Plan 2015/16 "
            "(version 3.2, updated 30 June 2015)")


def hg_actions():
    acts = []

    def add(ref, cell, lead, support, start, end, rag, evidence, link=None, links=(), cite=(),
            mis=False):
        """``ref`` "N.k" on theme sheet N. ``cell``: the Action cell, a string or its lines
        (typed with Alt+Enter; 'text' joins them with a space). ``lead``/``support``: the two
        Responsibility cells ("" empty). ``start``/``end``: the Timescale cells, a real date
        (d(...)), text, or "" empty; date_raw is the Completion cell as displayed. ``link``: the
        Link to Ofsted cell ("" blank; None on sheets without the column). ``cite``: what that
        cell cites (hand-written)."""
        n = int(ref.split(".")[0])
        lines = [cell] if isinstance(cell, str) else list(cell)
        assert (link is not None) == (n in HG_LINKED), ref
        acts.append(A(" ".join(lines), lead, shown(end or None), links, list(cite), mis,
                      row=ref, section=HG_THEMES[n], objective=None,
                      lines=lines, support=support, start=start, end=end, rag=rag,
                      evidence=evidence, link=link))

    # Theme 1 - Our workforce (Link to Ofsted column)
    add("1.1", "Retention payment of \u00a32,000 a year for permanent social workers in the "
        "assessment and child protection teams, paid on each anniversary of joining.",
        "Head of HR (Children and Families)", "Workforce Development Manager",
        d(1, 4, 2015), d(31, 3, 2016), "Green", "31 staff eligible; first 9 payments made in June",
        link="Rec 4", cite=[4],
        links=[(4, "e", "h", "keeping permanent social workers so that children keep the same "
                "worker: workforce stability")])
    add("1.2", "Agency to permanent: every agency social worker who has been with us for six "
        "months is offered a permanent post, and agency staff are capped at 15% of social work "
        "posts.",
        "Assistant Director, Children's Social Care", "HR Business Partner",
        "Apr 2015", d(31, 3, 2016), "Amber", "Agency rate 33% (Nov 2014), 26% (June 2015)",
        link="Rec 4", cite=[4],
        links=[(4, "e", "h", "fewer agency staff and more permanent ones: workforce "
                "stability")])
    add("1.3", "Caseload promise: no social worker in the assessment or locality teams holds more "
        "than 18 children, with the weekly caseload report going to the Divisional Director.",
        "Divisional Director, Children's Social Care", "Performance Team",
        d(1, 5, 2015), "Ongoing", "Amber", "Average 21 in assessment, 17 in locality (June)",
        link="Rec 3 / Rec 4", cite=[3, 4],
        links=[(3, "e", "h", "capacity in the assessment teams to respond to all cases: a "
                "caseload ceiling for assessment social workers"),
               (4, "e", "m", "manageable caseloads so that social workers stay")])
    add("1.4", "One worker for as long as possible: a child changes worker only when their "
        "case moves between services (assessment to locality, locality to children in care), not "
        "because of team reorganisations or internal moves.",
        "Head of Locality Services", "", "Jul 2015", "Q3 2015/16", "Green", "",
        link='"meaningful relationships with social workers"', cite=[4],
        links=[(4, "e", "h", "children keep a social worker who knows them well")])
    add("1.5", ["Supervision every four weeks for every social worker, recorded on the new "
                "supervision template in Lodestar.",
                "The template has a section for what has changed for each child since the last "
                "supervision and the actions agreed."],
        "Principal Social Worker", "Team Managers", d(1, 6, 2015), d(30, 9, 2015), "Green",
        "92% of supervisions in timescale (Aug); template in use",
        link="Rec 9", cite=[9],
        links=[(9, "e", "h", "regular supervision, recorded the same way for every worker")])
    add("1.6", "Quarterly read of supervision files: a service manager reads the supervision "
        "notes of two workers in each team against the Hollinsgate standard and feeds back to "
        "the team manager.",
        "Head of Quality Assurance", "Service Managers", "Q2 2015/16", "Ongoing", "Green",
        "Q2: 14 of 20 files good", link="",
        links=[(9, "j", "h", "checks the consistency of supervision and of its records")])
    add("1.7", "Move the children's social care teams from Marlowe House to the Civic Centre, "
        "with new IT and hot-desking for all staff.",
        "Head of Business Support", "Facilities", d(1, 9, 2015), d(29, 2, 2016), "Amber", "",
        link="")

    # Theme 2 - Good practice every time (Link to Ofsted column)
    add("2.1", "'Weighing it up' workshop for all practitioners and managers on the three "
        "columns of the Hollinsgate practice model: what we are worried about, what is working "
        "well and what needs to happen.",
        "Principal Social Worker", "Practice Academy", d(1, 4, 2015), d(31, 7, 2015), "Blue",
        "212 staff attended", link='"analyse risk and protective factors"', cite=[6],
        links=[(6, "e", "h", "weighing worries against what is working well: analysis of risk "
                "and protective factors")])
    add("2.2", "Chronology and genogram on every child's file before an assessment is signed off; "
        "team managers will not authorise an assessment without them.",
        "Head of Assessment", "Team Managers", d(1, 5, 2015), d(30, 6, 2015), "Blue",
        "Dip sample (Sept): 85% of files have both", link="Rec 6", cite=[6],
        links=[(6, "e", "h", "family histories (chronology and genogram) in every "
                "assessment")])
    add("2.3", "New plan template in Lodestar for child in need and child protection plans, each "
        "outcome written as what will be different for the child and by when, with a briefing "
        "for every team.",
        "Head of Locality Services", "Lodestar Team", d(1, 6, 2015), d(31, 10, 2015), "Amber",
        "", link="Rec 7", cite=[7],
        links=[(7, "e", "h", "children's plans outcome-focused")])
    add("2.4", "Strategy discussion and section 47 record rebuilt: who took part in the strategy "
        "discussion, what each agency agreed to do, who was spoken to, what the child said and "
        "the decision reached.",
        "Head of Assessment", "Lodestar Team", "Jun 2015", "Q3 2015/16", "Green", "",
        link="Rec 7", cite=[7],
        links=[(7, "e", "h", "more detailed planning records for child protection enquiries "
                "(section 47)")])
    add("2.5", "'Write it for the child' recording guidance, and a monthly read of five case "
        "files per team by the team manager, marked against the recording standard.",
        "", "Principal Social Worker", "", "Monthly", "Green", "", link="",
        links=[(7, "j", "h", "case records of high quality")])
    add("2.6", ["Visits tracker: a weekly list for each team manager of the children whose "
                "statutory visit is due or overdue.",
                "Any visit more than five days late goes to the service manager the same week."],
        "Performance Manager", "Team Managers", d(1, 4, 2015), d(30, 4, 2015), "Blue",
        "Visits in timescale 71% (Mar) to 88% (Aug)", link="Rec 8", cite=[8],
        links=[(8, "e", "h", "children visited at the required frequency")])
    add("2.7", "Direct work toolkit, a direct work room in each office, and training in using "
        "play, drawing and the Three Houses with children of every age.",
        "Practice Academy Lead", "", d(1, 7, 2015), "", "Amber",
        "Rooms open in two of the three offices", link='"meaningful direct work"', cite=[8],
        links=[(8, "e", "h", "meaningful direct work with children")])

    # Theme 3 - Front door and assessment (no Link to Ofsted column)
    add("3.1", "Fifth assessment team (a team manager and six social workers) funded from October "
        "2015, so that each team is on duty one day in five and can finish its work before "
        "taking more.",
        "Head of Assessment", "Finance Business Partner", d(1, 10, 2015), d(31, 3, 2016),
        "Amber", "Team manager appointed; 4 of 6 posts filled",
        links=[(3, "j", "h", "capacity in the assessment teams to respond to all cases")])
    add("3.2", "Daily allocation meeting in the assessment service: every new case has a social "
        "worker the same day and an agreed date for the assessment to be finished, set by what "
        "the child needs rather than the 45-day limit.",
        "Assessment Service Manager", "", d(1, 4, 2015), "Complete", "Blue",
        "Same-day allocation 97% (Q1)",
        links=[(3, "j", "h", "assessments completed in a timescale relevant for the child")])
    add("3.3", "Private fostering: leaflets in the eight most spoken languages in Hollinsgate, "
        "briefings for schools, GPs, mosques, churches and language schools, and a named private "
        "fostering social worker everyone can call.",
        "Private Fostering Social Worker", "Communications Team", d(1, 6, 2015),
        d(30, 11, 2015), "Green", "Notifications up from 3 to 11 a year",
        links=[(2, "j", "h", "awareness of private fostering across agencies, so that children "
                "are identified and the council is told")])
    add("3.4", "Every new private fostering notification visited within seven working days and "
        "assessed within 42 days, on a tracker read each month by the Head of Assessment.",
        "Head of Assessment", "", "May 2015", "Ongoing", "Green", "",
        links=[(2, "j", "h", "privately fostered children quickly assessed and kept safe once "
                "the council is notified")])
    add("3.5", "Emergency Duty Team to join the shared out-of-hours service with two neighbouring "
        "boroughs from 1 October.",
        "", "", "", d(1, 10, 2015), "Green", "")

    # Theme 4 - Missing and exploited children (no Link to Ofsted column)
    add("4.1", "HELM panel every fortnight with the police, schools, health and the youth "
        "offending service: each child who has gone missing from home, care or school in the "
        "fortnight is discussed, and anyone at risk of exploitation gets a named lead and a "
        "plan.",
        "Head of Safeguarding", "Police (Hollinsgate BCU)", d(1, 4, 2015), "Ongoing", "Green",
        "",
        links=[(1, "j", "h", "information and intelligence on children missing from home, care "
                "and education brought together so that risks are understood and acted on")])
    add("4.2", "One 'missing' notification form for the police, schools, children's homes and "
        "foster carers, sent to the Front Door within 24 hours and added to the child's Lodestar "
        "record the same day.",
        "Front Door Manager", "Police; Schools", d(1, 6, 2015), d(31, 8, 2015), "Blue", "",
        links=[(1, "j", "h", "information about each child who goes missing brought into one "
                "place")])
    add("4.3", "Independent return conversations by Safe Harbour within 72 hours of a child coming "
        "back; what the child says goes to the social worker and to the police intelligence "
        "unit.",
        "Commissioning Manager", "Safe Harbour", d(1, 4, 2015), "Complete", "Blue",
        "Take-up 64% (Q1)",
        links=[(1, "j", "h", "intelligence from return interviews shared so that risks are "
                "understood")])
    add("4.4", "Sexual exploitation screening tool completed for every child who goes missing "
        "twice in 90 days, and discussed at the next HELM panel.",
        "CSE Coordinator", "Social Workers", "", d(30, 9, 2015), "Amber", "",
        links=[(1, "j", "h", "the risk of sexual exploitation understood for children who go "
                "missing")])

    # Theme 5 - Challenge and scrutiny (Link to Ofsted column)
    add("5.1", "IRO escalation: the dispute resolution protocol rewritten so that every IRO "
        "challenge is logged and timed, and a formal alert goes to the Head of Service when a "
        "plan has drifted for two reviews in a row.",
        "IRO Service Manager", "", d(1, 5, 2015), d(31, 7, 2015), "Blue",
        "47 challenges logged July to September", link="Rec 10", cite=[10],
        links=[(10, "e", "h", "independent reviewing officers' challenge with more impact")])
    add("5.2", "Child protection chairs to check at every review conference whether the core group "
        "has met and the plan has moved on, recording their challenge in a new 'chair's view' "
        "section of the minutes.",
        "IRO Service Manager", "CP Chairs", d(1, 6, 2015), "Q2 2015/16", "Green", "",
        link='"child protection conference chairs"', cite=[10],
        links=[(10, "e", "h", "the quality and impact of child protection chairs' "
                "challenge")])
    add("5.3", "Recruit six new members to the central list for the fostering panel, including "
        "two care-experienced adults, so that the panel can sit twice a month.",
        "Fostering Service Manager", "", "Sep 2015", d(31, 12, 2015), "Amber", "", link="")
    add("5.4", "Performance clinic: every month each team manager meets the Performance Manager "
        "to go through the team's performance management information and agree three things to "
        "work on.",
        "Performance Manager", "Team Managers", d(1, 4, 2015), "", "Green", "", link="")

    # Theme 6 - Children in care (Link to Ofsted column)
    add("6.1", "'Open Doors Hollinsgate' foster carer campaign for carers of teenagers, of "
        "brothers and sisters, and of disabled children: 20 new fostering households by March "
        "2016.",
        "Fostering Service Manager", "Communications Team", d(1, 5, 2015), d(31, 3, 2016),
        "Amber", "8 households approved so far", link="Rec 17", cite=[17],
        links=[(17, "e", "h", "more foster carers for the children who need them"),
               (18, "j", "m", "carers who can take brothers and sisters, found in the "
                "borough")])
    add("6.2", "'Skills to Foster Plus': a second-year training programme for approved carers on "
        "looking after teenagers at risk of exploitation and on therapeutic parenting.",
        "Fostering Service Manager", "Practice Academy", "Sep 2015", "Q4 2015/16", "Green", "",
        link='"foster carers with the right skills"', cite=[17],
        links=[(17, "e", "h", "foster carers with the right skills")])
    add("6.3", "'Together or apart' assessment for every group of brothers and sisters coming into "
        "care; a plan to place them apart needs the Head of Service's agreement, and the "
        "placements team searches in Hollinsgate first.",
        "Head of Children in Care", "Placements Team", d(1, 6, 2015), d(31, 8, 2015), "Blue", "",
        link="Rec 18", cite=[18],
        links=[(18, "e", "h", "siblings placed together, in their own community, unless apart "
                "is best for them")])
    add("6.4", ["Family first: before any child is placed with foster carers they do not know, a "
                "family group conference is offered to find relatives or friends who could care "
                "for them.",
                "A viability assessment of each person put forward starts within five working "
                "days."],
        "Head of Children in Care", "Family Group Conference Service", d(1, 7, 2015),
        "Q3 2015/16", "Amber", "", link="Rec 19", cite=[19],
        links=[(19, "e", "h", "family and friends considered as carers before a placement with "
                "strangers")])
    add("6.5", "Adopter recruitment: join the Greenwell Adoption Consortium's spring campaign and "
        "hold our own information evening every month, aiming for 12 approved adopters in "
        "2015/16.",
        "Adoption Team Manager", "Greenwell Adoption Consortium", d(1, 3, 2015), d(31, 3, 2016),
        "Green", "5 approved, 7 in assessment", link="Rec 20", cite=[20],
        links=[(20, "e", "h", "increase adopter recruitment")])
    add("6.6", "Initial health assessments within 20 working days of a child coming into care, "
        "with the looked after children's nurse chasing any that are late.",
        "Designated Nurse (Children in Care)", "", "", "Ongoing", "Red",
        "58% in timescale (Q1)", link="")

    # Theme 7 - Care leavers (no Link to Ofsted column)
    add("7.1", "Find every care leaver: the Next Steps Team traces the 46 young people aged 21 to "
        "24 we have lost touch with, through housing, benefits and GP records, and offers each of "
        "them a personal adviser again.",
        "Next Steps Team Manager", "Housing Options", d(1, 4, 2015), d(30, 9, 2015), "Amber",
        "29 of 46 back in touch",
        links=[(14, "j", "h", "keeping in touch with all care leavers, including those over "
                "21")])
    add("7.2", "Every care leaver hears from their personal adviser at least every eight weeks, by "
        "visit, call or text, and anyone in crisis (homeless, in custody or in debt) can see the "
        "duty personal adviser the same day.",
        "Next Steps Team Manager", "", d(1, 6, 2015), "Ongoing", "Green", "",
        links=[(14, "j", "h", "staying in touch, and effective help for young people in "
                "difficulty")])
    add("7.3", "Twelve apprenticeships a year in council departments kept for young people who "
        "have left our care, each with a mentor from the department.",
        "Head of HR (Children and Families)", "Next Steps Team", "Sep 2015", "Sep 2016", "Green",
        "",
        links=[(15, "j", "h", "fewer care leavers not in employment or training")])
    add("7.4", ["'Next Chapter' coaching from the Virtual School for care leavers who have left "
                "college or a job.",
                "Each young person has a coach for six months and a place at the termly jobs and "
                "courses fair."],
        "Virtual School Headteacher", "Next Steps Team", d(1, 9, 2015), d(31, 7, 2016), "Amber",
        "",
        links=[(15, "j", "h", "care leavers back into education, employment or training")])

    # Theme 8 - Listening to children (Link to Ofsted column; one mis-cited row)
    add("8.1", "'You said, we did': each quarter, what children say in their reviews and in the "
        "annual 'How's Life?' survey is summarised, and the changes made because of it are "
        "published on the council website.",
        "Participation Manager", "IRO Service", d(1, 7, 2015), "Quarterly", "Green", "",
        link="Rec 12", cite=[12], mis=True,
        links=[(11, "j", "h", "children's views and experiences used to shape services; its "
                "Link to Ofsted cell says Rec 12 (senior managers consulting the Children in Care "
                "Council), which it does not answer")])
    add("8.2", "Young reviewers: care leavers trained and paid to visit our services (the Next "
        "Steps drop-in, two children's homes and the Front Door) and tell the service what needs "
        "to change.",
        "Participation Manager", "", "Oct 2015", "Q4 2015/16", "Amber", "",
        link='"views and experiences of children and care leavers"', cite=[11],
        links=[(11, "e", "h", "care leavers' experience of services used to change them")])
    add("8.3", "Rights and entitlements pocket guide, written with Speak Up, our Children in Care "
        "Council: given to each child at their first review and each care leaver at 17, "
        "covering money, advocacy and how to complain.",
        "Participation Manager", "Speak Up", d(1, 5, 2015), d(30, 9, 2015), "Blue",
        "Guide printed; 140 given out", link="Rec 13", cite=[13],
        links=[(13, "e", "h", "looked-after children and care leavers understand their rights "
                "and entitlements (money, advocacy, complaints); the Children in Care Council is "
                "a passing mention of R12")])
    add("8.4", "IROs ask every child at each review whether they know how to get an advocate from "
        "Kestrel Advocacy, and tick this on the review record.",
        "IRO Service Manager", "Kestrel Advocacy", "", "", "Green", "", link="",
        links=[(13, "j", "h", "children know how to obtain advocacy")])
    add("8.5", "Complaints: a freephone number and a text line for children, and every complaint "
        "from a child answered by a manager within ten working days.",
        "Complaints Manager", "", d(1, 8, 2015), d(31, 10, 2015), "Green", "",
        link='"how to complain"', cite=[13],
        links=[(13, "e", "m", "children and care leavers able to complain, and knowing how")])

    # Theme 9 - Partners and early help (no Link to Ofsted column; orphans)
    add("9.1", "Practice guidelines for working with parents who have a learning disability, "
        "written with the adult learning disability team and launched at a joint practice day.",
        "Principal Social Worker", "Adult Social Care", "Jan 2016", d(31, 3, 2016), "Green", "")
    add("9.2", "Reduce the number of families who drop out of the Strong Start parenting course: a "
        "reminder text before each session and a call from the family support worker after any "
        "missed one.",
        "Early Help Manager", "Children's Centres", d(1, 9, 2015), "", "Amber", "")
    add("9.3", "Follow-up call to families stepped down from early help, six weeks after the "
        "case closes, to check how things are going and offer a way back in.",
        "", "Family Support Workers", d(1, 10, 2015), "Q4 2015/16", "Green", "")
    add("9.4", "Youth Service: one membership system for the three youth centres, bringing "
        "attendance information together so that managers can see trends by age and area.",
        "Youth Service Manager", "", "Nov 2015", d(31, 3, 2016), "Amber", "")
    add("9.5", "Children's centres: the six centres become three family hubs, open on Saturdays, "
        "with health visitors on site.",
        "Head of Early Help", "Public Health", d(1, 1, 2016), "2016/17", "Green", "")
    return acts


HG = {
    "name": "hollinsgate", "ext": "xlsx", "report": WF_REPORT, "recs": wf_recs,
    "pages": WF_PAGES, "council": "London Borough of Hollinsgate",
    "actions": hg_actions, "bounds": (35, 50),
    "expected": {1: "covered", 2: "covered", 3: "weak", 4: "covered", 5: "uncovered",
                 6: "covered", 7: "covered", 8: "covered", 9: "covered", 10: "weak",
                 11: "covered", 12: "weak", 13: "covered", 14: "covered", 15: "covered",
                 16: "uncovered", 17: "covered", 18: "covered", 19: "covered", 20: "weak"},
    "unanswered": [5, 16], "passing": [12], "partial": [3, 10, 20],
    "orphans": ["1.7", "3.5", "5.3", "5.4", "6.6", "9.1", "9.2", "9.3", "9.4", "9.5"],
    "miscited": ["8.1"],
    "passing_phrase": {12: ("8.3", "Children in Care Council")},
    "mentions": {},
    "decoys": {16: ["9.1"], 5: ["5.4", "9.4"]},
    "ask_decoys": {3: ["9.3"], 10: ["5.3"], 20: ["9.2"]},
    "asks": {3: [("assessment teams with sufficient capacity to respond to all cases and complete "
                  "work in a timescale relevant for the child", ["1.3", "3.1", "3.2"]),
                 ("timely follow-up work with families after any initial child protection "
                  "response, so that ongoing risks are managed well and working agreements are "
                  "applied effectively", [])],
             7: [("children's plans outcome-focused", ["2.3"]),
                 ("case records of high quality", ["2.5"]),
                 ("more detailed planning records for child protection enquiries", ["2.4"])],
             8: [("social workers visit children at the required frequency", ["2.6"]),
                 ("children benefit from meaningful direct work with their social workers",
                  ["2.7"])],
             10: [("the quality and impact of the critical challenge of Independent Reviewing "
                   "Officers and child protection conference chairs", ["5.1", "5.2"]),
                  ("the quality and impact of the critical challenge of fostering and adoption "
                   "panel chairs", [])],
             13: [("looked-after children and care leavers understand their rights and "
                   "entitlements, including access to financial support", ["8.3"]),
                  ("they know how to obtain advocacy", ["8.3", "8.4"]),
                  ("they know how to complain", ["8.3", "8.5"])],
             14: [("keep in touch with all care leavers, including those over 21",
                   ["7.1", "7.2"]),
                  ("effective help for young people in difficulty", ["7.2"])],
             20: [("increase adopter recruitment", ["6.5"]),
                  ("improve the process to reduce the high drop-out rate of prospective "
                   "adopters, so that children waiting to be adopted move in more quickly with "
                   "their new families", [])]},
    "notes": (
        "Excel workbook (.xlsx) as a council's performance team keeps it. The first sheet, 'Key', "
        "is not a plan: RAG colours and their meanings, abbreviations, and two lines on the Link "
        "to Ofsted column and on updates. Then nine theme sheets in the council's own order "
        "(sheet names: 'Our workforce', 'Good practice every time', 'Front door and assessment', "
        "'Missing and exploited children', 'Challenge and scrutiny', 'Children in care', 'Care "
        "leavers', 'Listening to children', 'Partners and early help'), not the report's. On "
        "each theme sheet row 1 is the plan's title (merged across), row 2 'Theme N: <sheet "
        "name>' (merged across), row 3 blank, rows 4-5 a two-row header with merged cells: 'Ref' "
        "and 'Action' each merged over both rows, 'Responsibility' over 'Lead' and 'Support', "
        "'Timescale' over 'Start' and 'Completion', 'RAG' and 'Evidence of impact' merged over "
        "both rows, and on five sheets (themes 1, 2, 5, 6, 8) a last column 'Link to Ofsted', "
        "also merged over both rows. Actions from row 6, one a row. 'row' is the Ref cell ('1.1' "
        "... '9.5'; the number before the point is the theme, never a recommendation), "
        "'section' the sheet name (row 2 repeats it after 'Theme N: '), 'objective' null. "
        "'text' is the Action cell; four Action cells hold two lines typed with Alt+Enter "
        "(action 5 (1.5), action 13 (2.6), action 31 (6.4), action 37 (7.4)), the second line a "
        "further sentence of the same action: one action, its lines joined with a space. "
        "'leads_raw' is the Lead cell only (the Support cell names who helps, not who leads); "
        "action 12 (2.5) and action 45 (9.3) have an empty Lead beside a Support, action 19 "
        "(3.5) neither. 'date_raw' is the Completion cell as Excel displays it: real dates "
        "(number format dd/mm/yyyy) as '31/03/2016', text as typed ('Q3 2015/16', 'Ongoing', "
        "'Complete', 'Monthly', 'Quarterly', 'Sep 2016', '2016/17'), '' where "
        "empty (action 14 (2.7), action 27 (5.4), action 41 (8.4), action 44 (9.2)). The Start "
        "cell, RAG and Evidence of impact are not part of the action. Straight apostrophes, as "
        "typed in Excel. 'explicit_refs' is what the Link to Ofsted cell cites: 'Rec N' cites "
        "N, 'Rec 3 / Rec 4' both, and a quoted fragment of a recommendation's words (e.g. "
        "'\"meaningful direct work\"') cites the one recommendation whose text holds those "
        "words; [] where the cell is blank or the sheet has no such column. "
        "Hard unanswered: R16 (practice guidelines for working with care leavers who are "
        "parents): orphan 43 (9.1, 'practice guidelines for working with parents' who have a "
        "learning disability) shares its words but is for another group of parents; nothing is "
        "aimed at care leavers who are parents. R5 (integrated performance management "
        "information on children missing from school, home and care, to see patterns and "
        "trends) is unanswered and hard too: orphan 27 (5.4, a monthly 'performance clinic' on "
        "each team's 'performance management information') and orphan 46 (9.4, youth centre "
        "membership 'information' brought together so that 'managers' can see 'trends') share "
        "its words, and the R1 actions 20-23 (4.1-4.4) share its words about children "
        "'missing' from 'home', 'care' and 'school'; but those coordinate what is known about "
        "each child (a panel, a notification form, return conversations, screening) and none "
        "produces performance information, patterns or trends. Passing: R12 (senior managers "
        "engaging and consulting the Children in Care Council) is touched only by action 40 "
        "(8.3, the rights and entitlements guide, aimed at R13), 'written with Speak Up, our "
        "Children in Care Council'; weak, no link. Mis-cited: action 38 (8.1, 'You said, we "
        "did') has 'Rec 12' in its Link to Ofsted cell but answers R11 (children's views used to "
        "shape services), not R12 (no senior managers, no Children in Care Council): its "
        "citation is not a link, its R11 link is judged and flagged miscited; a tool that "
        "trusts citations would call the passing R12 covered. Partly answered (see asks): R3: "
        "the capacity of the assessment teams and timely assessments by action 3 (1.3, the "
        "caseload promise, whose cell cites 'Rec 3 / Rec 4'), action 15 (3.1) and action 16 "
        "(3.2); timely follow-up with families after an initial child protection response, and "
        "working agreements, by nothing; ask decoy: orphan 45 (9.3, a 'follow-up' call to "
        "'families' stepped down from early help). R10: the challenge of IROs and child "
        "protection chairs by action 24 (5.1) and action 25 (5.2); the challenge of fostering "
        "and adoption panel chairs by nothing; ask decoy: orphan 26 (5.3, new members for the "
        "'fostering panel', not its chair). R20: adopter recruitment by action 32 (6.5); the "
        "process and its drop-out rate by nothing; ask decoy: orphan 44 (9.2, to 'reduce' the "
        "number of 'families' who 'drop' out of a parenting course). All three weak. Answered, "
        "every ask: R1 by actions 20-23 (4.1-4.4), R2 by 17-18 (3.3, 3.4), R4 by 1-4 (1.1-1.4), "
        "R6 by 8-9 (2.1, 2.2), R7 by 10-12 (2.3-2.5, one per ask), R8 by 13-14 (2.6, 2.7), R9 "
        "by 5-6 (1.5, 1.6), R11 by 38 (8.1, mis-cited) and 39 (8.2), R13 by 40-42 (8.3-8.5), "
        "R14 by 34-35 (7.1, 7.2), R15 by 36-37 (7.3, 7.4), R17 by 28-29 (6.1, 6.2), R18 by "
        "action 30 (6.3) and, judged medium, action 28 (6.1, a campaign for carers of brothers "
        "and sisters), R19 by action 31 (6.4). Explicit: every link of a row whose Link to "
        "Ofsted cell cites the recommendation (by number or by its words); judged: the rows "
        "with a blank cell (6, 12, 41), all rows of the four sheets without the column, the "
        "second link of action 28 and the mis-cited action 38. Orphans: 7 (1.7, office move), "
        "19 (3.5, out-of-hours service), 26, 27, 33 (6.6, initial health assessments), 43-47 "
        "(theme 9: also 9.5, children's centres into family hubs). 'action N' means "
        "hollinsgate-N, numbered down the sheets in order: 1-7 are 1.1-1.7, 8-14 2.1-2.7, "
        "15-19 3.1-3.5, 20-23 4.1-4.4, 24-27 5.1-5.4, 28-33 6.1-6.6, 34-37 7.1-7.4, 38-42 "
        "8.1-8.5, 43-47 9.1-9.5. The plan's own names: Lodestar (case record), the Hollinsgate "
        "practice model, Practice Academy, HELM panel (missing and exploited children), Safe "
        "Harbour (return conversations), Kestrel Advocacy, Speak Up (the Children in Care "
        "Council), Next Steps Team (care leavers), Next Chapter, Open Doors Hollinsgate, Skills "
        "to Foster Plus, Greenwell Adoption Consortium, Strong Start, Marlowe House."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Stavenby - an HTML file exported from Google Docs, answering Derby 2025-07-08 (ILACS,
# one area for improvement). Title, a line of document details, an introduction, then under an
# <h2> per priority (the council's words, no numbers) a table No. | What we will do | Who | When
# | How we will know. No recommendation numbers anywhere: every link is judged.
# ---------------------------------------------------------------------------------------------

SV_PRIORITIES = {  # number (the No. column's first part): heading as written
    1: "Children who have lived with neglect for a long time",
    2: "Managers who keep the child in view",
    3: "Care leavers we see less often",
    4: "Other commitments for 2025\u201326",
}


def sv_actions():
    acts = []

    def add(no, cell, who, when, know, links=(), bold=(), nbsp=(), empty_nbsp=False):
        """``no`` "P.k" under priority P. ``cell``: the What we will do cell, a string, or
        (lead-in line, [sub-steps]) shown as a paragraph over a bulleted list ('text' joins the
        line and the sub-steps with a space). ``bold``: phrases the export wraps in a bold span;
        ``nbsp``: phrases whose spaces the export writes as &nbsp; (read as spaces);
        ``empty_nbsp``: the Who cell holds only a non-breaking space (read as empty)."""
        p = int(no.split(".")[0])
        if isinstance(cell, str):
            intro, steps = curly(cell), []
        else:
            intro, steps = curly(cell[0]), [curly(s) for s in cell[1]]
        text = " ".join([intro] + steps)
        assert not (empty_nbsp and who), no
        acts.append(A(text, curly(who), when, links, [], False, row=no,
                      section=SV_PRIORITIES[p], objective=None,
                      intro=intro, steps=steps, know=curly(know), bold=list(bold),
                      nbsp=list(nbsp), empty_nbsp=empty_nbsp))

    # Priority 1 - children who have lived with neglect for a long time (R1, first ask)
    add("1.1", "Set up a Neglect Review Panel, chaired by the Head of Safeguarding, which looks "
        "each month at every child who has been on a child protection plan for neglect for nine "
        "months or more, or who is on a second plan for neglect.",
        "Head of Safeguarding and Review", "October 2025",
        "Every eligible child seen by the panel by the end of December; the panel's decisions on "
        "the child's record within two working days",
        bold=["Neglect Review Panel"], nbsp=["nine months"],
        links=[(1, "j", "h", "senior managers' regular oversight of each child living with "
                "prolonged neglect (report paras 12 and 63)")])
    add("1.2", ("A 'day in the life' summary at every review conference for a child on a neglect "
                "plan:",
                ["the social worker describes, in plain words, an ordinary day for the child now "
                 "and six months ago;",
                 "the team manager adds what has and has not changed;",
                 "the conference chair asks about it before any decision to continue the "
                 "plan."]),
        "Service Manager, Child Protection", "From November 2025",
        "Summaries present in 9 of 10 audited conferences",
        links=[(1, "j", "h", "managers and chairs weighing the child's daily experience of "
                "neglect before decisions are made")])
    add("1.3", "Graded Care Profile 2 at the start of every neglect plan and again every six "
        "months, the scores compared with the last ones in the social worker's supervision.",
        "Principal Social Worker", "Q3 2025/26",
        "GCP2 completed and compared for 90% of children on neglect plans",
        links=[(1, "j", "h", "managers see whether care is getting better for children living "
                "with neglect over time")])
    add("1.4", "For a child on a neglect plan, the team manager decides at the first review "
        "conference which parenting or specialist assessments are needed and commissions them "
        "then, instead of waiting for the legal gateway meeting.",
        "Team Managers, Locality Social Work", "December 2025",
        "No child enters pre-proceedings for neglect without these assessments already done",
        nbsp=["legal gateway"],
        links=[(1, "j", "h", "management oversight that stops drift for children on long "
                "neglect plans: assessments commissioned early, not at pre-proceedings (report "
                "para 12)")])
    add("1.5", "A neglect chronology for every child on a plan for neglect for six months or more, "
        "updated monthly and read by the head of service at each three-monthly case review.",
        "", "Monthly", "", empty_nbsp=True,
        links=[(1, "j", "m", "the head of service sees the build-up of neglect in the child's "
                "life")])

    # Priority 2 - managers who keep the child in view (R1, first ask)
    add("2.1", "Quarterly themed audit of 20 children on neglect plans of more than a year, done "
        "with each child's team manager, asking what life is like for the child and whether "
        "managers' decisions changed it.",
        "Head of Quality Assurance", "Quarterly from January 2026",
        "Findings reported to the Children's Improvement Group each quarter",
        links=[(1, "j", "h", "assurance about managers' oversight of children on long neglect "
                "plans and of what their lives are like")])
    add("2.2", "'Child's Eye' prompt in supervision for children on neglect plans: what the child "
        "has seen, heard and felt since the last supervision, and what the manager will do "
        "about it.",
        "Team Managers", "November 2025", "Prompt used in 8 of 10 supervision records sampled",
        bold=["'Child's Eye'"],
        links=[(1, "j", "h", "supervision that keeps the child's experience of neglect in the "
                "manager's view")])
    add("2.3", ("Neglect practice sessions for team managers and assistant team managers:",
                ["two half-day workshops with the Principal Social Worker on the long-term "
                 "impact of neglect;",
                 "a quarterly clinic where each manager brings a child on a long neglect plan "
                 "they are worried about."]),
        "Principal Social Worker", "", "",
        links=[(1, "j", "m", "managers better able to scrutinise the impact of long-term "
                "neglect when they decide (report para 63)")])
    add("2.4", "No child who has been on a neglect plan for more than 12 months steps down to a "
        "child in need plan without the Head of Service's agreement, with the reasons written on "
        "the child's record.",
        "Heads of Service, Children's Social Work", "With immediate effect",
        "Every step-down after 12 months has a recorded agreement",
        nbsp=["12 months"],
        links=[(1, "j", "h", "senior management oversight of decisions for children living "
                "with prolonged neglect")])
    add("2.5", "A page in Stavenby Insight for managers listing every child on a neglect plan with "
        "how long it has lasted, the date of the last visit and the date of the last "
        "supervision.",
        "Performance and Intelligence Manager", "January 2026", "Page live and used at the "
        "monthly performance meeting",
        bold=["Stavenby Insight"],
        links=[(1, "j", "h", "managers' line of sight of every child on a long neglect "
                "plan")])

    # Priority 3 - care leavers we see less often (orphans; report paras 53 and 63)
    add("3.1", "Every month the Leaving Care service manager reviews each care leaver in custody "
        "and each care leaver not seen for eight weeks, and writes a management oversight note "
        "on what happens next.",
        "Service Manager, Leaving Care", "October 2025",
        "Oversight notes on 100% of the young people in scope")
    add("3.2", "Two more personal advisers in the Leaving Care service, so that no adviser works "
        "with more than 25 young people.",
        "", "April 2026", "Average caseload 25 or fewer")
    add("3.3", ("Pathway plans after a significant event:",
                ["the personal adviser updates the plan within 10 working days of a move, an "
                 "arrest or a hospital stay;",
                 "the team manager signs the updated plan off."]),
        "Team Manager, Leaving Care", "December 2025", "Audit of 15 pathway plans in March",
        nbsp=["10 working days"])

    # Priority 4 - other commitments (orphans)
    add("4.1", "Private fostering assessments to include time with the child on their own, with "
        "the child's wishes and feelings written in their own words.",
        "Private Fostering Lead", "November 2025", "")
    add("4.2", "Short breaks for disabled children living with the most complex needs: one panel "
        "agrees each package and its ongoing funding, reviewed every six months.",
        "Head of Service, Disabled Children", "Ongoing", "Fewer packages agreed in more than one "
        "meeting")
    add("4.3", "Saturday opening at the four family hubs, with a family practitioner on hand for "
        "parents in the most complex circumstances who cannot come in during the week.",
        "Head of Early Help", "From January 2026", "Saturday visits counted each month")
    add("4.4", "Two new council children's homes, Larch House and Ferncroft, so that no child has "
        "to live in an unregistered home.",
        "Head of Commissioning", "March 2027", "")
    add("4.5", "'Speak Out Stavenby', the Children in Care Council, to co-chair the Corporate "
        "Parenting Board twice a year.",
        "Participation Lead", "Spring 2026", "")
    add("4.6", "Social work academy: 18 places in 2026 for newly qualified social workers, each "
        "with a protected caseload and a practice educator.",
        "Workforce Development Manager", "", "")
    return acts


SV = {
    "name": "stavenby", "ext": "html", "report": DB_REPORT, "recs": db_recs,
    "pages": DB_PAGES, "council": "Stavenby City Council",
    "actions": sv_actions, "bounds": (15, 25),
    "expected": {1: "weak"},
    "unanswered": [], "passing": [], "partial": [1],
    "orphans": ["3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6"],
    "miscited": [],
    "passing_phrase": {},
    "mentions": {1: ("4.3", "the most complex circumstances")},
    "decoys": {},
    "ask_decoys": {1: ["3.1", "4.2"]},
    "asks": {1: [("management oversight of the experiences of children living in the most "
                  "complex circumstances who are at risk of prolonged neglect",
                  ["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5"]),
                 ("the same management oversight for children living in the most complex "
                  "circumstances who are at risk of other ongoing harm, harm other than neglect",
                  [])]},
    "notes": (
        "HTML file as Google Docs exports it (File > Download > Web page): one line, a <style> "
        "block of generated class names (.c0, .c7 ... and lst-kix_ list classes), <body "
        "class=\"... doc-content\">, every paragraph a <p class><span class>, empty <p> spacer "
        "paragraphs, curly quotes and dashes as entities (&rsquo; &lsquo; &ndash;), &nbsp; "
        "inside some cells (read as spaces), a bold span inside some action paragraphs. A title "
        "paragraph ('Stavenby Children's Services Improvement Plan 2025\u201326'), a line of "
        "document details (owner, version, date), an introduction of two paragraphs (the second "
        "an instruction to leads, not an action), then four <h2> priority headings in the "
        "council's words, none citing a number, each over one table No. | What we will do | Who "
        "| When | How we will know (the header row in bold spans, no <th>). 'row' is the No. "
        "cell ('1.1' ... '4.6'; the first part is the priority, never a recommendation number), "
        "'section' the <h2> heading as written (entities decoded), 'objective' null. 'text' is "
        "the What we will do cell; in actions 2, 8 and 13 (1.2, 2.3, 3.3) the cell is a lead-in "
        "paragraph over a <ul class=\"lst-kix_...\"> of two or three sub-steps that together are "
        "one action: 'text' joins the lead-in and the sub-steps with a space, without bullet "
        "marks. 'leads_raw' is the Who cell and 'date_raw' the When cell as written ('' where "
        "empty: action 5 (1.5) has a Who cell holding only &nbsp;, action 12 (3.2) an empty "
        "one; actions 8 (2.3) and 19 (4.6) have no When); 'How we will know' is not part of the "
        "action. Google Docs' curly apostrophes kept. No recommendation numbers anywhere: every "
        "link is judged. The report has a single area for improvement, so this plan cannot have "
        "an unanswered, a passing and a partly answered recommendation at once; R1 is partly "
        "answered (see asks) and the hard decoys stand against its unanswered ask. R1 asks for "
        "management oversight of children's experiences when they live in the most complex "
        "circumstances and are at risk of 'prolonged neglect or other ongoing harm'; read as two "
        "asks. Oversight for children at risk of prolonged neglect (report paras 12 and 63) is "
        "answered by actions 1-10 (1.1-2.5: a neglect review panel, 'day in the life' "
        "summaries, the Graded Care Profile 2 compared in supervision, assessments commissioned "
        "early, a neglect chronology, a themed audit, a supervision prompt, managers' neglect "
        "sessions, head of service sign-off of step-down, a managers' dashboard page), every one "
        "of them limited to children on neglect plans. The same oversight for children at risk "
        "of other ongoing harm is answered by nothing: the introduction says 'neglect or other "
        "harm', but no action reaches a child whose long-running plan is not for neglect. Hard "
        "decoys for that unanswered ask: orphan 11 (3.1, the Leaving Care service manager's "
        "monthly 'management oversight' note on care leavers in custody or not seen, report "
        "para 53) is about young adults leaving care, not children at risk of harm; orphan 15 "
        "(4.2, short breaks for disabled children 'living' with the most 'complex' needs and "
        "their 'ongoing' funding) is about funding support, not oversight of harm. A phrase of "
        "R1 in passing: orphan 16 (4.3, Saturday opening of the family hubs) offers a family "
        "practitioner to parents 'in the most complex circumstances'; it is early help, not "
        "management oversight, and is not linked. Orphans 11-19 (priorities 3 and 4: care "
        "leavers in custody and not seen, personal advisers' caseloads (report para 63), pathway "
        "plans after significant events, private fostering assessments (para 17), short breaks, "
        "family hubs, new children's homes (para 42), the Children in Care Council, a social "
        "work academy). 'action N' means stavenby-N, numbered down the document: 1-5 are "
        "1.1-1.5, 6-10 2.1-2.5, 11-13 3.1-3.3, 14-19 4.1-4.6. The plan's own names: Neglect "
        "Review Panel, 'Child's Eye', Stavenby Insight, Children's Improvement Group, Speak "
        "Out Stavenby, Larch House, Ferncroft."),
}


PLANS = [HG, SV]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its index or by its (unique) row
# ---------------------------------------------------------------------------------------------

def build_ae(plan, set_name="ae"):
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

HG_KEY = [  # (A, B) rows of the Key sheet, from row 3; None: a blank row
    ("RAG", "Meaning"),
    ("Blue", "Complete: action finished and impact evidenced"),
    ("Green", "On track to finish by the completion date"),
    ("Amber", "Some slippage: completion date at risk"),
    ("Red", "Off track: escalate to the Improvement Board"),
    None,
    ("Abbreviation", "Meaning"),
    ("BCU", "Borough Command Unit (police)"),
    ("CP", "Child protection"),
    ("CSE", "Child sexual exploitation"),
    ("EDT", "Emergency Duty Team"),
    ("HELM", "Hollinsgate Exploitation and Locating Missing panel"),
    ("IRO", "Independent Reviewing Officer"),
    ("Lodestar", "Children's social care case recording system"),
    None,
    ("Link to Ofsted", "Where shown: the number of the recommendation in the Ofsted report of "
                       "20 January 2015 that the action responds to, or words quoted from it."),
    ("Updates", "Leads send updates to the Performance and Improvement Team by the 20th of each "
                "month. Do not add rows without telling the team."),
]

HG_FILL = {"Blue": "8DB4E2", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def write_hg(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="1F4E78")
    head_font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
    body_font = Font(name="Arial", size=10)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    wb = Workbook()
    key = wb.active
    key.title = "Key"
    key["A1"] = "Key"
    key["A1"].font = Font(name="Arial", size=14, bold=True)
    r = 3
    for row in HG_KEY:
        if row is not None:
            a, b = row
            key.cell(r, 1, a).font = Font(name="Arial", size=10, bold=a in ("RAG", "Abbreviation"))
            key.cell(r, 2, b).font = Font(name="Arial", size=10, bold=a in ("RAG", "Abbreviation"))
            key.cell(r, 2).alignment = wrap
            if a in HG_FILL:
                key.cell(r, 1).fill = PatternFill("solid", fgColor=HG_FILL[a])
        r += 1
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 80

    for group in _groups(acts, lambda a: a["section"]):
        n = int(group[0]["row"].split(".")[0])
        ws = wb.create_sheet(HG_THEMES[n])
        linked = n in HG_LINKED
        last = 9 if linked else 8
        col = "ABCDEFGHI"[last - 1]
        ws["A1"] = HG_TITLE
        ws["A1"].font = Font(name="Arial", size=14, bold=True)
        ws.merge_cells(f"A1:{col}1")
        ws["A2"] = f"Theme {n}: {HG_THEMES[n]}"
        ws["A2"].font = Font(name="Arial", size=12, bold=True)
        ws.merge_cells(f"A2:{col}2")
        top = {1: "Ref", 2: "Action", 3: "Responsibility", 5: "Timescale", 7: "RAG",
               8: "Evidence of impact"}
        if linked:
            top[9] = "Link to Ofsted"
        for c in range(1, last + 1):
            for rr in (4, 5):
                cell = ws.cell(rr, c)
                cell.fill = head_fill
                cell.font = head_font
                cell.alignment = centre
                cell.border = box
        for c, v in top.items():
            ws.cell(4, c, v)
        for c, v in {3: "Lead", 4: "Support", 5: "Start", 6: "Completion"}.items():
            ws.cell(5, c, v)
        ws.merge_cells("C4:D4")
        ws.merge_cells("E4:F4")
        for c in (1, 2, 7, 8) + ((9,) if linked else ()):
            letter = "ABCDEFGHI"[c - 1]
            ws.merge_cells(f"{letter}4:{letter}5")
        rr = 6
        for a in group:
            x = a["extra"]
            values = [a["row"], "\n".join(x["lines"]), a["lead"] or None, x["support"] or None,
                      x["start"] or None, x["end"] or None, x["rag"], x["evidence"] or None]
            if linked:
                values.append(x["link"] or None)
            for c, v in enumerate(values, 1):
                cell = ws.cell(rr, c, v)
                cell.font = body_font
                cell.alignment = wrap
                cell.border = box
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(rr, 7).fill = PatternFill("solid", fgColor=HG_FILL[x["rag"]])
            ws.cell(rr, 7).alignment = centre
            rr += 1
        for letter, width in zip("ABCDEFGHI", (6, 60, 24, 20, 12, 13, 8, 32, 30)):
            ws.column_dimensions[letter].width = width
        ws.freeze_panes = "C6"
        ws.print_title_rows = "4:5"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

    p = wb.properties
    p.creator = "Performance and Improvement Team"
    p.lastModifiedBy = "Performance and Improvement Team"
    p.title = "Children's Social Care Improvement Plan 2015/16"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


SV_CSS = (
    '@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXF'
    'hPV2kP3T8HjGs);'
    "ul.lst-kix_q7w2c9m1x4b8-0{list-style-type:none}"
    ".lst-kix_q7w2c9m1x4b8-0>li:before{content:\"\\0025cf   \"}"
    "ul.lst-kix_h3k8s0v5n2d6-0{list-style-type:none}"
    ".lst-kix_h3k8s0v5n2d6-0>li:before{content:\"\\0025cf   \"}"
    "ul.lst-kix_t5r1y6e0p9a3-0{list-style-type:none}"
    ".lst-kix_t5r1y6e0p9a3-0>li:before{content:\"\\0025cf   \"}"
    "li.li-bullet-0:before{margin-left:-18pt;white-space:nowrap;display:inline-block;"
    "min-width:18pt}"
    "ol{margin:0;padding:0}table td,table th{padding:0}"
    ".c6{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;"
    "border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;"
    "border-right-color:#000000;border-left-width:1pt;border-top-style:solid;"
    "background-color:#d9e2f3;border-left-style:solid;border-bottom-width:1pt;width:45pt;"
    "border-top-color:#000000;border-bottom-style:solid}"
    ".c13{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;"
    "border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;"
    "border-right-color:#000000;border-left-width:1pt;border-top-style:solid;"
    "border-left-style:solid;border-bottom-width:1pt;width:45pt;border-top-color:#000000;"
    "border-bottom-style:solid}"
    ".c15{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;"
    "border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;"
    "border-right-color:#000000;border-left-width:1pt;border-top-style:solid;"
    "border-left-style:solid;border-bottom-width:1pt;width:200pt;border-top-color:#000000;"
    "border-bottom-style:solid}"
    ".c17{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;"
    "border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;"
    "border-right-color:#000000;border-left-width:1pt;border-top-style:solid;"
    "border-left-style:solid;border-bottom-width:1pt;width:95pt;border-top-color:#000000;"
    "border-bottom-style:solid}"
    ".c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;"
    "font-size:10pt;font-family:\"Arial\";font-style:normal}"
    ".c4{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;"
    "font-size:10pt;font-family:\"Arial\";font-style:normal}"
    ".c9{color:#1f3864;font-weight:700;text-decoration:none;vertical-align:baseline;"
    "font-size:14pt;font-family:\"Arial\";font-style:normal}"
    ".c12{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;"
    "font-size:26pt;font-family:\"Arial\";font-style:normal}"
    ".c14{color:#595959;font-weight:400;text-decoration:none;vertical-align:baseline;"
    "font-size:9pt;font-family:\"Arial\";font-style:italic}"
    ".c1{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;"
    "text-align:left;height:11pt}"
    ".c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;"
    "text-align:left}"
    ".c3{padding-top:0pt;padding-bottom:6pt;line-height:1.15;orphans:2;widows:2;"
    "text-align:left}"
    ".c5{padding-top:0pt;margin-left:18pt;padding-bottom:0pt;line-height:1.15;orphans:2;"
    "widows:2;text-align:left;padding-left:0pt}"
    ".c7{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;"
    "widows:2;text-align:left}"
    ".c8{padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid;orphans:2;"
    "widows:2;text-align:left}"
    ".c10{border-spacing:0;border-collapse:collapse;margin-right:auto}"
    ".c11{height:0pt}"
    ".c16{padding:0;margin:0}"
    ".c18{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}"
    ".title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;"
    "font-family:\"Arial\";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;"
    "text-align:left}"
    "li{color:#000000;font-size:10pt;font-family:\"Arial\"}"
    "p{margin:0;color:#000000;font-size:10pt;font-family:\"Arial\"}"
    "h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:\"Arial\";"
    "line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
)

SV_TITLE = "Stavenby Children\u2019s Services Improvement Plan 2025\u201326"
SV_LISTS = ["lst-kix_q7w2c9m1x4b8-0", "lst-kix_h3k8s0v5n2d6-0", "lst-kix_t5r1y6e0p9a3-0"]
SV_HEAD_IDS = ["h.5x2kq9d1m0ab", "h.9w3ne7c4v1rt", "h.1p6zj8u2f5sy", "h.7g0hb3l6t9qe"]

SV_INTRO = [
    "Ofsted inspected our services for children and families from 19 to 23 May 2025 and judged "
    "them outstanding in every area. Inspectors asked us to do one thing better: to make sure "
    "that managers keep sight of what daily life is like for the small number of children who "
    "live in the most complex circumstances, where neglect or other harm goes on for a long time. "
    "This plan sets out how we will do that, together with other commitments for the year that "
    "came from the inspection and from our own audits.",
    "Leads: please update the When and How we will know columns before each monthly meeting of "
    "the Children's Improvement Group, and do not delete rows that are finished.",
]


def _gd(s):
    """Text as the Google Docs export writes it: entities for markup characters, quotes,
    dashes and non-breaking spaces."""
    s = html.escape(s, quote=False)
    return (s.replace("'", "&#39;").replace('"', "&quot;").replace("\u2019", "&rsquo;")
            .replace("\u2018", "&lsquo;").replace("\u201c", "&ldquo;")
            .replace("\u201d", "&rdquo;").replace("\u2013", "&ndash;")
            .replace("\u00a0", "&nbsp;"))


def _spans(text, bold=(), nbsp=()):
    """One paragraph's spans: normal text in .c0, the ``bold`` phrases in .c4; the spaces of
    the ``nbsp`` phrases written as non-breaking spaces."""
    for phrase in nbsp:
        text = text.replace(phrase, phrase.replace(" ", "\u00a0"))
    parts = [(text, "c0")]
    for phrase in bold:
        phrase = curly(phrase)
        out = []
        for t, c in parts:
            if c == "c0" and phrase in t:
                a, b = t.split(phrase, 1)
                out += [(a, "c0"), (phrase, "c4"), (b, "c0")]
            else:
                out.append((t, c))
        parts = out
        assert any(c == "c4" and t == phrase for t, c in parts), phrase
    return "".join(f'<span class="{c}">{_gd(t)}</span>' for t, c in parts if t)


def write_sv(plan, acts, path):
    out = ['<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
           f'<style type="text/css">{SV_CSS}</style></head><body class="c18 doc-content">']
    out.append('<p class="c8 title" id="h.gjdgxs"><span class="c12">'
               f"{_gd(SV_TITLE)}</span></p>")
    out.append('<p class="c2"><span class="c14">Owner: Director of Children&rsquo;s Social Care'
               "&nbsp;| Version 1.3 | Last updated 15 September 2025</span></p>")
    out.append('<p class="c1"><span class="c0"></span></p>')
    for para in SV_INTRO:
        out.append(f'<p class="c3">{_spans(curly(para))}</p>')
    lists = iter(SV_LISTS)
    tables = 0
    for k, group in enumerate(_groups(acts, lambda a: a["section"])):
        out.append('<p class="c1"><span class="c0"></span></p>')
        out.append(f'<h2 class="c7" id="{SV_HEAD_IDS[k]}"><span class="c9">'
                   f"{_gd(group[0]['section'])}</span></h2>")
        anchor = hashlib.sha1(group[0]["section"].encode("utf-8")).hexdigest()
        out.append(f'<a id="t.{anchor}"></a><a id="t.{tables}"></a>')
        tables += 1
        out.append('<table class="c10"><tr class="c11">')
        for h, cls in zip(("No.", "What we will do", "Who", "When", "How we will know"),
                          ("c6", "c6", "c6", "c6", "c6")):
            out.append(f'<td class="{cls}" colspan="1" rowspan="1"><p class="c2">'
                       f'<span class="c4">{h}</span></p></td>')
        out.append("</tr>")
        for a in group:
            x = a["extra"]
            out.append('<tr class="c11">')
            out.append('<td class="c13" colspan="1" rowspan="1"><p class="c2">'
                       f'<span class="c0">{_gd(a["row"])}</span></p></td>')
            paras = [x["intro"]] + x["steps"]
            assert all(any(p in t for t in paras) for p in x["nbsp"]), a["row"]

            def nb(t):
                return [p for p in x["nbsp"] if p in t]

            cell = f'<p class="c2">{_spans(x["intro"], x["bold"], nb(x["intro"]))}</p>'
            if x["steps"]:
                lst = next(lists)
                cell += f'<ul class="c16 {lst} start">'
                for s in x["steps"]:
                    cell += f'<li class="c5 li-bullet-0">{_spans(s, (), nb(s))}</li>'
                cell += "</ul>"
            out.append(f'<td class="c15" colspan="1" rowspan="1">{cell}</td>')
            for value, nb in ((a["lead"], x["empty_nbsp"]), (a["date"], False),
                              (x["know"], False)):
                if nb:
                    inner = '<p class="c2"><span class="c0">&nbsp;</span></p>'
                elif value:
                    inner = f'<p class="c2">{_spans(value)}</p>'
                else:
                    inner = '<p class="c1"><span class="c0"></span></p>'
                out.append(f'<td class="c17" colspan="1" rowspan="1">{inner}</td>')
            out.append("</tr>")
        out.append("</table>")
    out.append('<p class="c1"><span class="c0"></span></p>')
    out.append('<p class="c2"><span class="c14">Agreed by the Children&rsquo;s Leadership Team on '
               "9&nbsp;September 2025. Next review: December 2025.</span></p>")
    out.append("</body></html>")
    path.write_text("".join(out), encoding="utf-8")


WRITERS = {"hollinsgate": write_hg, "stavenby": write_sv}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "hollinsgate": dict(unanswered=2, passing=1, partial=3, miscited=1, orphans=(4, 12)),
    # Derby has a single recommendation: it is the partly answered one
    "stavenby": dict(unanswered=0, passing=0, partial=1, miscited=0, orphans=(4, 12)),
}




TRANSCRIBED = {  # start of the block, the words after it, what may stand before item N
    "hollinsgate": ("What does the local authority need to improve?",
                    "The local authority\u2019s strengths",
                    lambda n: r"(?:\d+ )?(?:(?:%s) )*%d\." % ("|".join(WF_HEADINGS), n)),
    "stavenby": ("What needs to improve?",
                 "The experiences and progress of children who need help",
                 lambda n: r"1 \u25fc"),  # the heading's footnote marker, then the bullet
}


def check_recs(plan):
    """The transcribed recommendations: numbered 1..N, clean single-line texts, found word for
    word and in order in the report's pages (when the PDF is at hand), with nothing but the
    item labels, topic headings and page numbers between them, and nothing after the last."""
    recs = plan["recs"]()
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    assert len(recs) == len(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and re.search(r"(\.|\(Outcome \d\))$", t), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]  # no markers, curly
        assert r["page"] in plan["pages"], r["number"]
    text = _report_text(plan["report"], plan["pages"])
    if text is None:
        return recs
    start, end, label = TRANSCRIBED[plan["name"]]
    pos = text.index(start) + len(start)
    stop = text.index(end, pos)
    block, pos = text[pos:stop], 0
    for r in recs:
        k = block.find(r["text"], pos)
        assert k >= 0, ("not in the report as written", plan["name"], r["number"])
        gap = block[pos:k].strip()
        assert re.fullmatch(label(r["number"]), gap), (r["number"], gap)
        pos = k + len(r["text"])
    assert block[pos:].strip() == "", block[pos:]
    return recs


def _cited(cell, recs):
    """What a Link to Ofsted cell cites: "Rec N" numbers, or the one recommendation whose text
    holds a quoted fragment (a fragment found in none or in two is an error)."""
    if not cell:
        return []
    m = re.fullmatch(r'"([^"]+)"', cell)
    if m:
        frag = m.group(1).lower()
        hits = [n for n, t in recs.items() if frag in t.lower().replace("\u2019", "'")]
        assert len(hits) == 1, (cell, hits)
        return hits
    assert re.fullmatch(r"Rec \d+(?: / Rec \d+)*", cell), cell
    return [int(n) for n in re.findall(r"\d+", cell)]


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
    mine = {a["id"]: {l["rec"] for l in gold["links"] if l["action"] == a["id"]} for a in acts}
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    for r in d["partial"]:  # a partly answered recommendation: 2+ asks, some unanswered
        asks = gold["asks"][r]
        assert len(asks) >= 2 and any(not a["answered_by"] for a in asks), (name, r)
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert re.search(rf"\b{r}\b", d["notes"]), (name, r)
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert phrase in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # a recommendation's phrase mentioned by an orphan (the passing trap where the report has
    # too few recommendations for a passing one)
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    for n, (k, phrase) in plan["mentions"].items():
        a = ids[pid[k]]
        assert phrase in a["text"] and phrase in rec_text[f"R{n}"], (name, n)
        assert a["id"] in d["orphans"], (name, n)
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one
    for n, orphans in plan["decoys"].items():
        assert f"R{n}" in d["unanswered"], (name, n)
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan["ask_decoys"].items():
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert set(plan["decoys"]) == {int(r[1:]) for r in d["unanswered"]}, name
    assert "hard" in d["notes"], name
    # the notes' "action N (ref" / "orphan N (ref" / "actions N and M (ref, ref" agree with the
    # numbering
    for n, ref in re.findall(r"\b(?:actions?|orphans?) (\d+) \((\d\.\d)\b", d["notes"]):
        assert ids[f"{name}-{n}"]["row"] == ref, (name, n, ref)
    # ... and so do "N-M (a.b-c.d)", "N-M (a.b, c.d)" and the mapping "N-M are a.b-c.d"
    for pattern in (r"(\d+)-(\d+) \((\d\.\d)-(\d\.\d)\b", r"(\d+)-(\d+) \((\d\.\d), (\d\.\d)\)",
                    r"(\d+)-(\d+) (?:are )?(\d\.\d)-(\d\.\d)\b"):
        for n, m, r1, r2 in re.findall(pattern, d["notes"]):
            assert ids[f"{name}-{n}"]["row"] == r1 and ids[f"{name}-{m}"]["row"] == r2, \
                (name, n, m, r1, r2)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&*_#`]|\u00a0|\u2022", a["text"] + a["leads_raw"] +
                             a["date_raw"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*)\b", a["text"],
                             re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    # rows "P.k" under theme / priority P, unique, in order
    assert len({a["row"] for a in acts}) == len(acts), name
    for a in acts:
        assert re.fullmatch(r"\d\.\d", a["row"]) and a["objective"] is None, a["id"]
    x = [r["extra"] for r in raw]
    if name == "hollinsgate":
        recs_by_n = {r["number"]: r["text"] for r in recs}
        order = []
        for a, e in zip(acts, x):
            n = int(a["row"].split(".")[0])
            assert a["section"] == HG_THEMES[n], a["id"]
            if not order or order[-1] != n:
                order.append(n)
            assert a["text"] == " ".join(e["lines"]), a["id"]
            # the Link to Ofsted cell: only on the linked sheets; what it cites is explicit_refs
            assert (e["link"] is not None) == (n in HG_LINKED), a["id"]
            assert _cited(e["link"], recs_by_n) == a["explicit_refs"], a["id"]
            for k in a["explicit_refs"]:
                assert (f"R{k}" in mine[a["id"]]) != (a["id"] in d["miscited"]), a["id"]
            if a["id"] in d["orphans"]:
                assert not a["explicit_refs"], a["id"]
            assert e["rag"] in HG_FILL, a["id"]
            assert a["date_raw"] == shown(e["end"] or None), a["id"]
        assert order == sorted(order) == list(range(1, 10)), order
        assert all(len(s) <= 31 and not re.search(r"[\[\]:*?/\\]", s) for s in HG_THEMES.values())
        # themes in the council's order, not the report's
        first = []
        for g in _groups(acts, lambda a: a["section"]):
            cited = [k for a in g for k in a["explicit_refs"]]
            if cited:
                first.append(cited[0])
        assert first != sorted(first), first
        for r in d["unanswered"]:  # no designed gap is cited
            assert not any(int(r[1:]) in a["explicit_refs"] for a in acts), r
        # judged links only on rows that do not cite the recommendation
        for l in gold["links"]:
            if l["source"] == "judged":
                assert int(l["rec"][1:]) not in ids[l["action"]]["explicit_refs"], l
        # the Link to Ofsted cell: some numbers, some quoted fragments, some blank, and the
        # column on some sheets only
        links = [e["link"] for e in x if e["link"] is not None]
        assert any(c and c.startswith("Rec") for c in links), name
        assert sum(1 for c in links if c and c.startswith('"')) >= 3, name
        assert any(c == "" for c in links), name
        assert 0 < len(HG_LINKED) < len(HG_THEMES), name
        # two-line Action cells: one action, the second line a further sentence
        two = [e for e in x if len(e["lines"]) > 1]
        assert len(two) >= 3, name
        for e in two:
            assert len(e["lines"]) == 2 and e["lines"][0].endswith(".") and \
                e["lines"][1][0].isupper(), e["lines"]
        # completion dates: real dates, text and empty; starts too
        ends = [e["end"] for e in x]
        assert sum(1 for v in ends if isinstance(v, datetime)) >= 10, name
        assert any(isinstance(v, str) and re.fullmatch(r"Q\d 2015/16", v) for v in ends), name
        assert "Ongoing" in ends and "Complete" in ends and "" in ends, name
        assert any(isinstance(e["start"], datetime) for e in x), name
        assert any(isinstance(e["start"], str) and e["start"] for e in x), name
        # leads: an empty Lead with a Support, and a row with neither
        assert any(not r["lead"] and e["support"] for r, e in zip(raw, x)), name
        assert any(not r["lead"] and not e["support"] for r, e in zip(raw, x)), name
        assert not any(re.search("[\u2018\u2019\u201c\u201d]", a["text"]) for a in acts), name
        for r, s in gold["expected"].items():  # fully answered recommendations: 1-4 actions
            if s == "covered":
                assert 1 <= len(per_rec[r]) <= 4, (name, r, len(per_rec[r]))
    if name == "stavenby":
        assert all(not a["explicit_refs"] for a in acts), name
        assert all(l["source"] == "judged" for l in gold["links"]), name
        assert [g[0]["section"] for g in _groups(acts, lambda a: a["section"])] == \
            list(SV_PRIORITIES.values()), name
        assert not any(re.search(r"^\s*(priority\s*)?\d|recommendation|\bR\d", h, re.I)
                       for h in SV_PRIORITIES.values()), name
        for a, e in zip(acts, x):
            assert a["section"] == SV_PRIORITIES[int(a["row"].split(".")[0])], a["id"]
            assert a["text"] == " ".join([e["intro"]] + e["steps"]), a["id"]
            assert "'" not in a["text"] + a["leads_raw"], a["id"]  # Google Docs' curly quotes
        lists = [e for e in x if e["steps"]]
        assert len(lists) == len(SV_LISTS) and all(2 <= len(e["steps"]) <= 3 for e in lists)
        assert all(e["intro"].endswith(":") for e in lists), name
        assert any(e["empty_nbsp"] for e in x) and any(e["nbsp"] for e in x), name
        assert any(e["bold"] for e in x), name
        # every linked action is limited to children on neglect plans; none answers the
        # unanswered ask (other ongoing harm)
        for a in acts:
            if mine[a["id"]]:
                assert "neglect" in a["text"], a["id"]
                assert not re.search(r"\bharm\b|domestic abuse|exploitation", a["text"]), a["id"]
        assert gold["expected"] == {"R1": "weak"} and d["partial"] == ["R1"], name
        assert {a["id"] for a in acts if a["row"][0] in "12"} == set(per_rec["R1"]), name
        assert {a["id"] for a in acts if a["row"][0] in "34"} == set(d["orphans"]), name
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "ae", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_ae)
