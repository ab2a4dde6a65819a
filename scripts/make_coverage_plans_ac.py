"""Write the sealed coverage evaluation set "ac": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_ac.py            # writes documents and gold
    python scripts/make_coverage_plans_ac.py --check    # only runs the consistency checks

Documents: corpus/coverage/ac/<name>.<ext>      Gold: corpus/gold/coverage/ac/<name>.json

The three documents imitate what councils' own systems produce: a Word action plan in which every
action is its own small two-column key/value table (rows Action | Lead officer | Target date |
Progress), the tables grouped under headings "Recommendation N: <a few words>" and a last heading
"Other developments", a blank paragraph between tables; a CSV file exported from an action tracker
(UTF-8 byte order mark, every field double-quoted, commas, double quotes and line breaks inside
fields, header ID,Priority area,Action,Owner,Due date,Status, dates such as 31/03/2024 and
Q4 23/24); and a page of a council website on which each action is a card (<div
class="action-card"> with an <h3> title, a <p> holding the action and a <dl> Lead / When), the
cards grouped under <h2> headings in the council's own words, with a cookie banner, a menu and a
footer around them.

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes by the shared helpers in
scripts/_coverage_sets.py, never by reading the generated documents back, and no extractor code
is imported or run (extractor.shared_dir is used only to find ../shared for the transcription
check, as set aa does).

Recommendation texts: none of the three reports has a file in corpus/gold/reports, so their
local-authority recommendations were transcribed by hand from the report PDFs for this set and
are held below as data (ER_RECS, EX_RECS, BH_RECS), word for word, lines broken by the PDF joined,
the report's curly quotation marks kept; build_gold receives them through recs=...; nothing is
written into corpus/gold/reports. --check re-reads the pages when the shared corpus is at hand.

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (its heading cites 3 and
                                   the text supports it) or "j" judged; "h" high / "m" medium
    mis=True                       the heading it is filed under cites a number its action does
                                   not answer (mis-filed); the citation is not a link, the true
                                   link is judged
Actions with no links are orphans (business as usual), see each plan's design notes.

All councils, people, teams, systems, charities and local programmes are fictional (national
schemes and tools, such as Signs of Safety, the Graded Care Profile 2, ASYE or Regulation 44
visits, are named as councils name them). Output is deterministic: DOCX core properties are
fixed and every zip member is written with a fixed timestamp; the CSV and HTML files are plain
text.
"""

import csv
import html
import io
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, ROOT, build_gold, docx_props, main, normalise_zip  # noqa: E402
from _coverage_sets import STOP, curly, groups as _groups, words as _words  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (14, 45)


# ---------------------------------------------------------------------------------------------
# The recommendations, transcribed by hand from the report PDFs (local authority only).
# ---------------------------------------------------------------------------------------------

# East Riding of Yorkshire, SIF, report published 13 February 2017 (judged good). Page 8,
# "Recommendations", items numbered 1-8 by the report. The three recommendations to the LSCB
# (paragraphs 84-86, page 32, "The Board should ...") are out of scope.
ER_REPORT = "east-riding-of-yorkshire-80466/2017-02-13.pdf"
ER_RECS = [
    (1, "Ensure that when children\u2019s plans are recorded all of them are clear about actions "
        "to be taken, who has responsibility for them and the timescales they must be completed "
        "in, and that they are regularly updated."),
    (2, "Strengthen child protection strategy discussions and meetings by ensuring that they are "
        "more consistently informed by the involvement of all relevant professionals."),
    (3, "Improve the timeliness with which the designated officer service resolves allegations "
        "while ensuring that this work continues to be of a high quality."),
    (4, "Ensure that high-quality emotional and mental health support is available to meet the "
        "needs of the children looked after population."),
    (5, "Ensure that personal education plans are of a consistently good quality."),
    (6, "Increase the capacity in the independent visitors\u2019 service and ensure that children "
        "benefit from such support in a timely manner."),
    (7, "Ensure that supervision for all social workers is reflective, challenging and well "
        "recorded."),
    (8, "Ensure that the recommissioned children\u2019s services\u2019 electronic database "
        "supports social workers to record their work and enables management oversight."),
]

# Essex, ILACS, report published 11 August 2023 (judged outstanding). Page 2, "What needs to
# improve?": a single bullet.
EX_REPORT = "essex-80468/2023-08-11.pdf"
EX_RECS = [
    (1, "Consistent, high-quality care and support for all separated migrant children and care "
        "leavers."),
]

# Brighton and Hove, ILACS, report published 16 May 2024 (judged outstanding). Page 2, "What
# needs to improve?": two bullets, numbered 1 and 2 in order.
BH_REPORT = "brighton-and-hove-80438/2024-05-16.pdf"
BH_RECS = [
    (1, "The consistency of the gaining and recording of explicit parental consent to checks at "
        "the \u2018front door for families\u2019 (FDFF) when appropriate."),
    (2, "The sufficiency of placements for children with complex needs to avoid reliance on "
        "unregistered children\u2019s homes."),
]

# where each list sits in its report: page, the words opening the block, the words after it,
# the label of each item (None: "N." numbers)
TRANSCRIBED = {
    ER_REPORT: dict(recs=ER_RECS, page=8, start="Recommendations",
                    end=None, label=None),
    EX_REPORT: dict(recs=EX_RECS, page=2, start="What needs to improve?",
                    end="The experiences and progress of children who need help", label="\u25fc"),
    BH_REPORT: dict(recs=BH_RECS, page=2, start="What needs to improve?",
                    end="The experiences and progress of children who need help", label="\u25fc"),
}


def recs_of(report):
    """The transcribed recommendations in the shape of corpus/gold/reports."""
    t = TRANSCRIBED[report]
    return [{"number": n, "label": t["label"] or f"{n}.", "group": None,
             "addressee": "local authority", "text": text, "page": t["page"]}
            for n, text in t["recs"]]


# ---------------------------------------------------------------------------------------------
# Plan 1: Skelderwold - DOCX answering East Riding of Yorkshire 2017-02-13 (SIF, 8
# recommendations). Each action is its own two-column table (Action / Lead officer / Target date
# / Progress); the tables sit under Heading 2 paragraphs "Recommendation N: <a few words>" in the
# report's order, only for the recommendations the plan answers, then "Other developments".
# ---------------------------------------------------------------------------------------------

SK_HEAD = {
    1: "Plans that say who, what and when",
    3: "Allegations against staff",
    5: "Personal education plans",
    7: "Supervision",
    8: "Replacing CYPRIS",
}
SK_OTHER = "Other developments"


def sk_section(n):
    return f"Recommendation {n}: {SK_HEAD[n]}"


def sk_actions():
    acts = []

    def add(rec, text, lead, date, progress, links=(), mis=False):
        """``rec``: the number of the heading the table is filed under (None: Other
        developments); the heading's number is the citation of the table."""
        sec, refs = (SK_OTHER, []) if rec is None else (sk_section(rec), [rec])
        acts.append(A(curly(text), curly(lead), date, links, refs, mis, row=None, section=sec,
                      objective=None, progress=curly(progress)))

    # Recommendation 1: plans
    add(1, "Replace the free-text section of child in need and child protection plans with three "
        "columns, 'What needs to happen', 'Who will do it' and 'By when', so that every line has "
        "a named person and a date.",
        "Head of Safeguarding and Family Support", "April 2017", "Template live from 3 April",
        [(1, "e", "h", "plans clear about the actions, who is responsible and the timescale "
          "(report para 19: written plans not specific enough to drive progress)")])
    add(1, "Core groups and child in need reviews to go through the plan line by line; the "
        "social worker updates it on the system within five working days of each meeting.",
        "Locality Team Managers", "From May 2017", "71% updated within five days (June)",
        [(1, "e", "h", "plans regularly updated after every review meeting")])
    add(1, "Team managers to read six plans a month from their own team against a short "
        "checklist (is each step specific, is someone named, is there a date, is it still "
        "current?) and send back any that fall short.",
        "", "Monthly", "Started June",
        [(1, "e", "h", "assurance that plans name the actions, the person and the date and are "
          "kept current")])

    # Recommendation 3: designated officer
    add(3, "Second designated officer post, so that there is cover all year and no allegation "
        "waits for one person to come back from leave.",
        "Head of Safeguarding and Family Support", "June 2017", "Appointed \u2013 starts 1 June",
        [(3, "e", "h", "capacity to resolve allegations more quickly (report para 20: complex "
          "cases take too long to conclude)")])
    add(3, "Every open allegation reviewed at day 30 and then fortnightly with the police and the "
        "employer; any case still open at three months goes to the Head of Safeguarding and "
        "Family Support with a plan to close it.",
        "Designated Officers", "From April 2017", "Tracker in use since 10 April",
        [(3, "e", "h", "timeliness: tracking and escalation of allegations that are not "
          "concluded promptly")])
    add(3, "Twice-yearly dip sample of closed allegation cases by the Safeguarding Children "
        "Board's audit group, checking outcome letters, what employers did and referrals to the "
        "barring service.",
        "SSCB Business Manager", "September 2017 and March 2018", "",
        [(3, "e", "h", "the work stays of high quality while it speeds up")])

    # Recommendation 5: personal education plans
    add(5, "Virtual school caseworkers to grade every PEP within ten school days of the meeting "
        "(good, needs work, inadequate); any PEP not graded good goes back to the designated "
        "teacher with written feedback.",
        "Headteacher, Skelderwold Virtual School", "Summer term 2017",
        "Autumn term: 64% graded good",
        [(5, "e", "h", "consistent quality of PEPs, checked and returned when weak (report para "
          "38)")])
    add(5, "New PEP form written with Skelder Voices: targets split into 'this term' and 'by the "
        "end of the year', each with the help that goes with it, a page for the young person's "
        "own views, and a box where the designated teacher notes whether the young person is "
        "currently waiting for a CAMHS appointment.",
        "Virtual School / Skelder Voices", "September 2017", "Draft with Skelder Voices",
        [(5, "e", "h", "weaker PEPs had imprecise or too few targets and gaps (report para 38); "
          "the CAMHS box only notes a wait and is a passing mention of R4")])

    # Recommendation 7: supervision
    add(7, "Monthly group supervision in every locality team, built around a case brought by a "
        "worker and the Signs of Safety questions, facilitated in turn by an advanced "
        "practitioner.",
        "Principal Social Worker", "From March 2017", "Running in 5 of 7 teams",
        [(7, "e", "h", "reflective supervision (report para 78: at its best reflective, but not "
          "always so)")])
    add(7, "Two-day course for all team managers on supervision that tests the worker's "
        "thinking: asking what else could explain what they are seeing, and naming drift.",
        "Workforce Development Manager", "", "Dates being set",
        [(7, "e", "h", "challenging supervision: managers testing hypotheses and naming drift")])
    add(7, "Principal social worker to sit in on two supervision sessions per team manager each "
        "year and give feedback on how far the session helped the worker think and whether it "
        "pushed back.",
        "Principal Social Worker", "March 2018", "",
        [(7, "e", "h", "reflective and challenging supervision assured by observation")])

    # Recommendation 8: the new case recording system (one table answers R5)
    add(8, "A design group of twelve social workers and two business support officers to test "
        "every form in Lumen before go-live, aiming to halve the number of screens in a child "
        "and family assessment.",
        "Lumen Programme Manager", "Go-live October 2017", "Group meets fortnightly",
        [(8, "e", "h", "the recommissioned database supports social workers to record their work "
          "(report para 19: too much time spent inputting)")])
    add(8, "Laptops and tablets with offline Lumen access for every social worker, so that visits "
        "can be written up in the car or the family home.",
        "ICT Business Partner, Children's Services", "December 2017", "Tender complete",
        [(8, "e", "m", "supports social workers to record their work away from the office")])
    add(8, "Move PEPs off paper and email onto the ePEP online system, with the virtual school's "
        "grade for each PEP held in it and reminders sent to designated teachers when a PEP is "
        "due.",
        "Headteacher, Skelderwold Virtual School", "January 2018", "Provider chosen",
        [(5, "j", "h", "the quality of PEPs: one system for PEPs, their grading and reminders; "
          "filed under the case-system heading because it is an IT project, but ePEP is the "
          "virtual school's separate PEP platform, not the recommissioned children's services "
          "database")], mis=True)
    add(8, "Half a day of hands-on Lumen training for every practitioner in the month before "
        "go-live, and floor-walkers in each office for the first two weeks.",
        "Lumen Programme Manager", "September\u2013October 2017", "",
        [(8, "e", "h", "social workers able to record their work in the new system from the "
          "first day")])

    # Other developments (orphans)
    add(None, "Appoint a second independent visitor under Regulation 44, increasing capacity so "
        "that both of the council's children's homes have an unannounced visit every month.",
        "Head of Corporate Parenting", "July 2017", "Advert closes 2 June")
    add(None, "Roll out the Graded Care Profile 2 to all seven localities after the Holmsea pilot, "
        "relaunching the neglect strategy at a round of locality meetings with health "
        "professionals and schools.",
        "Head of Early Help", "November 2017", "Pilot evaluation due May")
    add(None, "Supervising social workers to record every foster carer supervision visit on the "
        "fostering record within five working days, with the carer signing the record.",
        "Fostering Team Manager", "From April 2017", "In place")
    add(None, "Foster for Skelderwold: a recruitment drive among the council's own staff, with "
        "five days' paid leave for training and assessment.",
        "Fostering Recruitment Officer", "Launch May 2017", "Intranet page ready")
    add(None, "Join Adopt Humberwold, the regional adoption agency, transferring the adoption "
        "team's recruitment and assessment of adopters.",
        "Head of Children Looked After", "April 2017", "Complete")
    add(None, "A one-page guide for all staff to what adoption support families can ask for after "
        "the adoption order, and how to ask.",
        "Adoption Support Team Manager", "", "")
    add(None, "Special guardianship: a support plan with a named worker offered to every special "
        "guardian for the first two years after the order.",
        "Kinship Care Team Manager", "September 2017", "")
    add(None, "Quality monitoring framework for externally commissioned placements: one set of "
        "visit records and scores for every provider, fed by what social workers and IROs "
        "see.",
        "Commissioning Manager", "March 2018", "Framework drafted")
    add(None, "Skelder Voices members to sit on interview panels for all senior posts in "
        "children's social care and help train new foster carers.",
        "Participation and Rights Manager", "Ongoing", "")
    add(None, "Leisure Pass for every child in care and their foster family, extended to care "
        "leavers up to 21.",
        "Corporate Parenting Officer", "August 2017", "Agreed by Cabinet")
    add(None, "Care leavers' risk panel to take referrals for young people aged 21 to 25 who "
        "still have a personal adviser.",
        "Pathway Team Manager", "June 2017", "")
    add(None, "Annual home visit offered to every family who educate their children at home, "
        "with the school nurse where there are health worries.",
        "Elective Home Education Officer", "Academic year 2017/18", "")
    add(None, "Private fostering: a leaflet and briefing for language schools and sports "
        "academies that host young people from abroad.",
        "Private Fostering Lead", "Spring 2017", "Leaflet printed")
    add(None, "Prevent and FGM refresher e-learning for all children's services staff, renewed "
        "every two years.",
        "Safeguarding Training Coordinator", "", "")
    add(None, "A second cohort of twelve advanced practitioners, with protected time to coach "
        "newly qualified social workers.",
        "Principal Social Worker", "January 2018", "")
    add(None, "Return home interview themes summarised each month for the child sexual "
        "exploitation operational group, including the places children name.",
        "", "Monthly", "First summary May")
    return acts


SK = {
    "name": "skelderwold", "ext": "docx", "report": ER_REPORT, "council": "Skelderwold Council",
    "actions": sk_actions, "bounds": (30, 45),
    "expected": {1: "covered", 2: "uncovered", 3: "covered", 4: "weak", 5: "covered",
                 6: "uncovered", 7: "weak", 8: "weak"},
    "unanswered": [2, 6], "passing": [4], "partial": [7, 8], "miscited": [14],
    "orphans": list(range(16, 32)),
    "passing_phrase": {4: (8, "currently waiting for a CAMHS appointment")},
    "decoys": {6: [16], 2: [17]},
    "ask_decoys": {7: [18]},
    "asks": {1: [("plans clear about the actions to be taken", [1, 3]),
                 ("plans clear about who has responsibility for the actions", [1, 3]),
                 ("plans clear about the timescales for completing the actions", [1, 3]),
                 ("plans regularly updated", [2, 3])],
             3: [("improve the timeliness with which allegations are resolved", [4, 5]),
                 ("the work continues to be of a high quality", [6])],
             7: [("supervision for all social workers is reflective", [9, 11]),
                 ("supervision for all social workers is challenging", [10, 11]),
                 ("supervision for all social workers is well recorded", [])],
             8: [("the recommissioned database supports social workers to record their work",
                  [12, 13, 15]),
                 ("the recommissioned database enables management oversight", [])]},
    "notes": (
        "DOCX, portrait: a cover block (council, directorate, title, version / owner / approval "
        "lines and two introduction paragraphs: not actions), then Heading 2 paragraphs "
        "'Recommendation N: <a few words>' (the words are the council's, not the report's) for "
        "the recommendations the plan answers, in the report's order (1, 3, 5, 7, 8), and a "
        "last Heading 2 'Other developments' with one sentence under it. Under each heading "
        "every action is its own two-column table with the rows Action | Lead officer | Target "
        "date | Progress (key in the left column, bold); a blank paragraph separates the tables. "
        "The heading's number is the citation of every table under it: explicit_refs holds it, "
        "and the links of tables whose text answers it are explicit. 'section' is the heading "
        "as written, 'row' and 'objective' null (the tables carry no numbers). The Progress row "
        "is status, not text; an empty Lead officer, Target date or Progress cell is empty in "
        "the document (leads_raw / date_raw ''). Apostrophes and quotation marks are Word's "
        "curly ones. R1 (plans clear about actions, responsibility and timescales, and "
        "regularly updated) is covered by 1-3 with all four asks answered; R3 (designated "
        "officer timeliness while keeping quality) by 4-6, both asks answered; R5 (personal "
        "education plans) by 7, 8 and the mis-filed 14. Unanswered: R2 (strategy discussions "
        "informed by all relevant professionals) has no heading and no action; orphan 17 (the "
        "Graded Care Profile 2 roll-out, relaunching the neglect 'strategy' at locality "
        "'meetings' with health 'professionals') shares its words. R6 (capacity of the "
        "independent visitors' service) is the hard unanswered one: orphan 16 appoints 'a "
        "second independent visitor under Regulation 44, increasing capacity' for the "
        "council's children's homes - the regulatory visitor to the homes, not the independent "
        "visitor befriending a child in care - and nothing is aimed at R6. Passing: R4 "
        "(emotional and mental health support for children looked after) is touched only by "
        "action 8 (aimed at R5), whose new PEP form has a box noting whether the young person "
        "is 'currently waiting for a CAMHS appointment'; noting a wait is not providing "
        "support. Partly answered (see asks): R7 - reflective (9, 11) and challenging (10, 11) "
        "supervision answered, well recorded supervision not; orphan 18 (supervising social "
        "workers recording foster carers' supervision visits) shares the unanswered ask's words "
        "but is the supervision of foster carers, not of social workers. R8 - the new case "
        "system Lumen (replacing CYPRIS) supporting social workers to record their work is "
        "answered (12, 13, 15); management oversight is not (no dashboard, workflow or "
        "manager view anywhere). Mis-filed: action 14 (PEPs moved onto the ePEP platform) sits "
        "under 'Recommendation 8: Replacing CYPRIS', so it cites 8, but it answers R5; its "
        "citation is not a link, its R5 link is judged and flagged miscited. Each answered "
        "recommendation has three actions. Actions 3 and 31 have no lead officer, 10, 21 and "
        "29 no target date. Orphans (business as usual, or findings of the report without a "
        "recommendation): 16-31 under 'Other developments' (Regulation 44 visits, Graded Care "
        "Profile 2, foster carers' supervision records, fostering recruitment among staff, the "
        "regional adoption agency, the adoption support guide (report para 59), special "
        "guardianship support (para 43), commissioning quality framework (para 80), Skelder "
        "Voices on interview panels, the Leisure Pass, the care leavers' risk panel, home "
        "education visits, private fostering, Prevent and FGM e-learning, advanced "
        "practitioners coaching newly qualified social workers (coaching, not supervision: "
        "not R7), return home interview themes). 'action N' means skelderwold-N, numbered "
        "down the document: 1-3 under Recommendation 1, 4-6 under 3, 7-8 under 5, 9-11 under "
        "7, 12-15 under 8, 16-31 under Other developments. The plan's own names: CYPRIS (the old "
        "case system), Lumen (the new one), Skelder Voices (the children in care council), "
        "Holmsea, Adopt Humberwold, Foster for Skelderwold, the Leisure Pass."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Mardlesey - CSV exported from an action tracker, answering Essex 2023-08-11 (ILACS, a
# single recommendation). UTF-8 BOM, CRLF between records, every field double-quoted, line
# breaks (LF) inside some fields, header ID,Priority area,Action,Owner,Due date,Status; the IDs
# are the tracker's own codes; no recommendation numbers anywhere.
# ---------------------------------------------------------------------------------------------

MD_ALONE = "Children who arrive alone"
MD_HEADER = ["ID", "Priority area", "Action", "Owner", "Due date", "Status"]


def md_actions():
    acts = []

    def add(ref, area, cell, owner, due, status, links=(), bullet=None):
        """``cell``: the Action cell's lines (text: the lines joined by a space; a bullet line
        is one action of a cell holding two, its bullet mark not part of the text)."""
        lines = [cell] if isinstance(cell, str) else cell
        text = " ".join(lines)
        if bullet:
            assert text.startswith("\u2022 ")
            text = text[2:]
        acts.append(A(text, owner, due, links, row=ref, section=area, objective=None,
                      lines=lines, status=status, bullet=bullet))

    add("UA-01", MD_ALONE, "A New Arrivals Team of four social workers and a team manager for "
        "unaccompanied (separated migrant) children under 18, taking every child from the day "
        "they arrive to their first review.",
        "Head of Service, Children in Care", "30/09/2023", "Complete\nTeam in place from 4 Sept",
        [(1, "j", "h", "dedicated, consistent care for separated migrant children in care from "
          "their arrival")])
    add("UA-02", MD_ALONE, "Visiting frequency for unaccompanied children set by need: weekly "
        "for the first month, at least fortnightly for the next five months, then as the review "
        "decides; any missed visit reported to the team manager in the same week.",
        "Team Manager, New Arrivals", "Q3 23/24", "On track",
        [(1, "j", "h", "separated migrant children not always visited in line with their needs "
          "(report para 19)")])
    add("UA-03", MD_ALONE, ["A \"My journey\" piece of direct work with each child within 12 "
                            "weeks of arrival:",
                            "where they have come from, who they have lost touch with, what "
                            "happened on the way, and what helps when the memories come back. "
                            "Revisited at every review."],
        "Team Manager, New Arrivals", "31/12/2023", "Amber - pack drafted, needs translating",
        [(1, "j", "h", "social workers not consistently exploring their journeys to the UK and "
          "the impact of separation and trauma (report para 20)")])
    add("UA-04", MD_ALONE, "Trauma-informed practice with young refugees: a two-day course, run "
        "with Harbourline, for social workers, IROs and the foster carers of children who "
        "arrived alone.",
        "Principal Social Worker", "Q4 23/24", "2 of 4 cohorts done",
        [(1, "j", "h", "staff and carers equipped to respond to separation and trauma (report "
          "para 20)")])
    add("UA-05", MD_ALONE, "Face-to-face interpreter at every statutory visit, review and health "
        "assessment for a child who is not yet confident in English, booked through the new "
        "interpreting framework.",
        "", "01/11/2023", "Framework live",
        [(1, "j", "m", "care for separated migrant children that they can understand and take "
          "part in; filed under 'Children who arrive alone'")])
    add("UA-06", MD_ALONE, "Recruit 15 foster carers from the county's Afghan, Kurdish, Eritrean "
        "and Sudanese communities, with two paid community champions, so that more children "
        "can live with carers who share their language, culture and faith.",
        "Fostering Recruitment Manager", "31/03/2024", "6 enquiries, 2 in assessment",
        [(1, "j", "h", "high-quality care for separated migrant children: carers who share their "
          "language and culture")])
    add("UA-07", MD_ALONE, "\u2022 Initial health assessment for every new arrival to include TB "
        "and hepatitis B screening and a dental check",
        "Designated Nurse, Children in Care", "Q3 23/24", "Agreed with ICB,\nstarts November",
        [(1, "j", "h", "health care for separated migrant children on arrival")], bullet=1)
    add("UA-07", MD_ALONE, "\u2022 Referral to the Harbourline wellbeing service within four weeks "
        "of arrival, unless the child says no",
        "Designated Nurse, Children in Care", "Q3 23/24", "Agreed with ICB,\nstarts November",
        [(1, "j", "h", "emotional support for the impact of separation and trauma (report para "
          "20)")], bullet=2)
    add("UA-08", MD_ALONE, "Themed audit of 30 files of children who arrived alone, checking "
        "visits, 'My journey' work, health and school, with a repeat six months later.",
        "Head of Quality Assurance", "Q1 24/25", "",
        [(1, "j", "h", "consistency of care and support for separated migrant children checked "
          "by audit")])

    add("CP-01", "Court and pre-proceedings", "Move pre-proceedings tracking from the "
        "spreadsheet into the new case system, with the date of each letter before proceedings, "
        "each assessment and each legal gateway meeting, so that drift can be seen.",
        "Legal Gateway Manager", "Dec 2023", "Slipped - go-live now January")
    add("CP-02", "Court and pre-proceedings", "Any family in pre-proceedings for more than 16 "
        "weeks discussed at the monthly legal gateway meeting, with a decision to issue, to "
        "extend with a reason, or to step down.",
        "Head of Service, Family Safeguarding", "Ongoing", "In place")
    add("DC-01", "Disabled children", "Visits to disabled children in care set by each child's "
        "needs and the way they communicate, agreed at the review and written into a visiting "
        "plan.",
        "Head of Service, Children with Disabilities", "31/01/2024", "On track")
    add("HS-01", "Homes for children", "Open Beacon Lodge, a four-bed registered home run by the "
        "council for older children with complex needs.",
        "Head of Commissioning", "Q2 24/25", "Planning permission granted")
    add("HS-02", "Homes for children", ["Every child living in an unregistered home reviewed "
                                        "weekly by the Director,",
                                        "with a plan and a date to move to a registered home."],
        "Director, Children and Families", "Weekly", "In place")
    add("HP-01", "Help and protection", "No recourse to public funds: revise the protocol with "
        "the ten district housing teams for migrant families, including where parents have "
        "separated, so that no child in need is left without a roof while a claim is decided.",
        "NRPF Practice Lead", "31/03/2024", "Draft out for comment")
    add("HP-02", "Help and protection", "A safe and well visit offered every year to each "
        "electively home educated child known to children's social care.",
        "Children Missing Education Manager", "", "Not started")
    add("ED-01", "Education", "A post-16 plan for every Year 11 leaver in care: careers interview "
        "by February, and a confirmed college, sixth-form or apprenticeship place by the end of "
        "June.",
        "Virtual School Headteacher", "30/06/2024", "On track")
    add("ED-02", "Education", "Virtual school restructure: a link caseworker for each secondary "
        "school cluster and a new early years caseworker.",
        "Virtual School Headteacher", "Q4 23/24", "Consultation closed")
    add("WF-01", "Our workforce", "ASYE academy: 40 places for newly qualified social workers in "
        "2024, with a protected caseload and a weekly learning day.",
        "Workforce Development Lead", "Sept 2024", "Recruiting")
    return acts


MD = {
    "name": "mardlesey", "ext": "csv", "report": EX_REPORT, "council": "Mardlesey County Council",
    "actions": md_actions, "bounds": (15, 25),
    "expected": {1: "weak"},
    "unanswered": [], "passing": [], "partial": [1], "miscited": [],
    "orphans": list(range(10, 20)),
    "decoys": {},
    "ask_decoys": {1: [15, 17]},
    "asks": {1: [("consistent, high-quality care and support for all separated migrant children "
                  "in care", [1, 2, 3, 4, 5, 6, 7, 8, 9]),
                 ("consistent, high-quality care and support for separated migrant care leavers",
                  [])]},
    "notes": (
        "CSV as the tracker exports it: a UTF-8 byte order mark, records ended by CRLF, every "
        "field in double quotes (a double quote inside a field doubled), header ID,Priority "
        "area,Action,Owner,Due date,Status, then one record per action. Several fields hold "
        "commas; some hold line breaks (LF): the Action cells of UA-03 and HS-02 are one action "
        "wrapped onto two lines ('text' joins the lines with a single space); the Action cell of "
        "UA-07 holds two actions, each a line beginning with a bullet (actions 7 and 8, sharing "
        "the record's ID, Owner, Due date and Status; the bullet mark is not part of 'text'); "
        "two Status cells also hold a line break. 'row' is the ID cell (the tracker's own codes, "
        "UA-01, CP-02 ...; never recommendation numbers), 'section' the Priority area cell, "
        "'objective' null; the Status cell is not part of 'text'. Due dates are text as "
        "exported: 30/09/2023, Q3 23/24, Dec 2023, Sept 2024, Weekly, Ongoing; action 16 has "
        "none, action 5 no owner. No recommendation numbers anywhere: every link is judged. The "
        "report has a single recommendation, so this plan cannot have both an unanswered and a "
        "partly answered one; R1 is partly answered (see asks), read as two asks: consistent, "
        "high-quality care and support for separated migrant children in care (report paras "
        "19-20), answered by actions 1-9 under 'Children who arrive alone' (the council's words "
        "for unaccompanied children), and the same for separated migrant care leavers, answered "
        "by nothing: the New Arrivals Team is for children 'under 18' and no action mentions "
        "care leavers of any kind, so the gold does not depend on whether 'care leavers' in R1 "
        "means all care leavers or separated migrant ones. Hard decoys for that unanswered ask: "
        "orphan 15 (a no recourse to public funds protocol for 'migrant' families 'where "
        "parents have separated') and orphan 17 (a post-16 plan for every Year 11 'leaver in "
        "care') share its words, but one is about children living with a parent and the other "
        "about all children in care leaving school, not care leavers. Other orphans (findings "
        "of the report that carry no recommendation, or business as usual): 10-11 "
        "(pre-proceedings tracking and drift, report paras 9 and 44), 12 (visits to disabled "
        "children, para 19, disabled children only), 13-14 (a registered home for older "
        "children with complex needs, unregistered homes, paras 25 and 43), 16 (home "
        "education), 18 (virtual school restructure), 19 (ASYE academy). 'action N' means "
        "mardlesey-N, numbered down the file: 1-6 are records UA-01 to UA-06, 7 and 8 the two "
        "lines of UA-07, 9 UA-08, 10 CP-01, 11 CP-02, 12 DC-01, 13 HS-01, 14 HS-02, 15 HP-01, "
        "16 HP-02, 17 ED-01, 18 ED-02, 19 WF-01. The plan's own names: the New Arrivals Team, "
        "'My journey', Harbourline, Beacon Lodge."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Shingleport - a page of a council website answering Brighton and Hove 2024-05-16
# (ILACS, 2 recommendations). Cookie banner (which asks for the reader's consent to cookies),
# header, menu, breadcrumb; <h2> sections in the council's words, each holding action cards
# <div class="action-card"><h3>title</h3><p>action</p><dl><dt>Lead</dt><dd/><dt>When</dt><dd/>
# </dl></div>; footer. No recommendation numbers.
# ---------------------------------------------------------------------------------------------

SH_HOMES = "Right home, first time: children with the most complex needs"
SH_FRONT = "Family Front Door and family hubs"
SH_PRACTICE = "Practice and learning"
SH_LEAVERS = "Care leavers"


def sh_actions():
    acts = []

    def add(sec, title, text, lead, when, links=()):
        """``title``: the card's <h3> (a label, not part of 'text')."""
        acts.append(A(curly(text), curly(lead), when, links, row=None, section=sec,
                      objective=None, title=curly(title)))

    add(SH_HOMES, "A council-run home for two",
        "Open Saltings House, a two-bedroom registered children's home run by the council for "
        "children whose needs are most complex, staffed by a team trained by the Tideway "
        "clinical service.",
        "Head of Corporate Parenting", "January 2025",
        [(2, "j", "h", "a registered home for children with complex needs, so that they need "
          "not live in unregistered children's homes")])
    add(SH_HOMES, "Solo homes on contract",
        "Block-book four registered solo placements with two providers in the region, for young "
        "people whose risk to themselves or others means they cannot share a home.",
        "Commissioning Manager, Children's Placements", "Autumn 2024",
        [(2, "j", "h", "registered places for the children now placed in unregistered solo "
          "arrangements")])
    add(SH_HOMES, "Specialist foster carers",
        "Recruit six specialist foster carers for teenagers with the highest needs, paid a "
        "professional fee and backed by the Tideway clinical service at any hour.",
        "Fostering Service Manager", "March 2025",
        [(2, "j", "h", "family placements for children with complex needs")])
    add(SH_HOMES, "One funding decision",
        "A joint panel with the integrated care board and the SEND service to agree within ten "
        "working days who pays for a residential place for a child with a learning disability "
        "or autism.",
        "", "From September 2024",
        [(2, "j", "m", "slow agreement on funding placements for children with complex needs "
          "leaves emergency, unregistered arrangements as the only option")])
    add(SH_HOMES, "Helping providers register",
        "Where a child has to live in an unregistered arrangement, the commissioning team works "
        "with the provider so that it applies for registration within twelve weeks.",
        "Commissioning Manager, Children's Placements", "Ongoing",
        [(2, "j", "h", "reducing reliance on unregistered children's homes (report paras 19, "
          "56)")])
    add(SH_HOMES, "Knowing what we will need",
        "A three-year forecast of how many children are likely to need a specialist home, "
        "refreshed every quarter and shared with providers at a market event.",
        "Head of Commissioning", "Quarterly",
        [(2, "j", "h", "planning the sufficiency of homes for children with complex needs")])
    add(SH_HOMES, "A way out for every child",
        "Each child now living in an unregistered home has a written plan and a date to move to "
        "a registered home or to a family, reviewed every week by the Executive Director.",
        "Executive Director, Families, Children and Learning", "Weekly",
        [(2, "j", "h", "ending the reliance on unregistered children's homes child by child")])

    add(SH_FRONT, "Looking back before deciding",
        "When a family has had help from us before, the Family Front Door worker reads back "
        "through the earlier episodes and records any pattern that keeps coming back, such as "
        "neglect, before deciding next steps; the history summary sits on the contact record "
        "beside the existing consent box.",
        "Family Front Door Manager", "July 2024")
    add(SH_FRONT, "Shorter waits for family hub help",
        "Families waiting for a family hub worker get a call every week from a named "
        "practitioner, and no family waits more than ten working days for a first visit.",
        "Family Hubs Service Manager", "October 2024")
    add(SH_FRONT, "Home education",
        "Two more officers in the home education team, so that every child educated at home is "
        "seen at least once a year.",
        "Head of Education Safeguarding", "September 2024")
    add(SH_PRACTICE, "Neglect: acting sooner",
        "A practice week on neglect in every team, and a second-referral check: any child "
        "referred again for neglect within a year is talked through with a senior practitioner.",
        "Principal Social Worker", "June 2024")
    add(SH_PRACTICE, "Hearing from families in audits",
        "Every practice audit to include a conversation with the child or a parent about what "
        "difference the work made, written up in the audit tool.",
        "Head of Quality Assurance", "From April 2024")
    add(SH_PRACTICE, "Family networks",
        "Keep the family network project going after the national pilot ends, as part of the "
        "family group conference team.",
        "Family Group Conference Manager", "TBC")
    add(SH_PRACTICE, "Poverty-aware practice",
        "A poverty-aware practice guide for social workers, with a cost-of-living fund that "
        "workers can draw on in a crisis.",
        "Head of Social Work", "Summer 2024")
    add(SH_LEAVERS, "Care leaver app, version 2",
        "A second version of the care leaver app, designed with the Care Leavers' Forum, with "
        "chat to personal advisers and the local offer in one place.",
        "Care Leavers Service Manager", "December 2024")
    add(SH_LEAVERS, "Council tax",
        "Care leavers living in the city exempt from council tax until their 25th birthday.",
        "", "April 2025")
    return acts


SH = {
    "name": "shingleport", "ext": "html", "report": BH_REPORT,
    "council": "Shingleport City Council",
    "actions": sh_actions, "bounds": (14, 22),
    "expected": {1: "weak", 2: "covered"},
    "unanswered": [], "passing": [1], "partial": [], "miscited": [],
    "orphans": list(range(8, 17)),
    "passing_phrase": {1: (8, "beside the existing consent box")},
    "decoys": {},
    "ask_decoys": {},
    "asks": {},
    "notes": (
        "HTML page of the council's public website: a cookie banner (which asks for the "
        "reader's 'consent' to optional cookies: page furniture, not an action), a header with "
        "the logo, a menu, a breadcrumb, then in <main> an <h1>, two introduction paragraphs "
        "(not actions) and four <section>s, each an <h2> in the council's own words followed by "
        "action cards: <div class=\"action-card\"> holding an <h3> title (the action in a few "
        "words), a <p> with the action and a <dl> with <dt>Lead</dt><dd>...</dd><dt>When</dt>"
        "<dd>...</dd>; then a 'Related pages' list and a footer. 'text' is the <p> only (the "
        "<h3> title is a label, not part of it; the titles are in the generator's data), "
        "'section' the <h2> as written, 'row' and 'objective' null; apostrophes are written "
        "&rsquo; and decoded in the gold. leads_raw / date_raw are the <dd> text: action 4 and "
        "action 16 have an empty Lead <dd>, action 13 has When 'TBC'. No recommendation "
        "numbers: every link is judged. R2 (the sufficiency of placements for children with "
        "complex needs, to avoid reliance on unregistered children's homes) is covered by "
        "actions 1-7 under 'Right home, first time: children with the most complex needs'. R1 "
        "(consistency of gaining and recording explicit parental consent to checks at the front "
        "door) is touched only in passing: orphan 8, aimed at recurring patterns of neglect at "
        "the Family Front Door (report para 1, which carries no recommendation), places its "
        "history summary 'beside the existing consent box' - it names the front door and the "
        "consent box but changes nothing about how consent is gained or recorded; nothing is "
        "aimed at R1 (weak). Orphans (findings of the report without a recommendation, or "
        "business as usual): 8 (neglect histories at the front door, with the passing "
        "mention), 9 (family hub waiting times, para 3), 10 (home education, para 13), 11 "
        "(neglect, paras 10 and 54), 12 (feedback from families in audits, para 53), 13 "
        "(family network project, para 55), 14 (poverty-aware practice), 15 (care leaver app), "
        "16 (council tax exemption). 'action N' means shingleport-N, numbered down the page: "
        "1-7 'Right home, first time: children with the most complex needs', 8-10 'Family Front "
        "Door and family hubs', 11-14 'Practice and learning', 15-16 'Care leavers'. The plan's "
        "own names: the Family Front Door (the council's name for its front door), Saltings "
        "House, the Tideway clinical service."),
}

PLANS = [SK, MD, SH]


def build_ac(plan, set_name="ac"):
    """The shared build_gold with this set's transcribed recommendations."""
    return build_gold(plan, set_name, ABOUT, recs=recs_of(plan["report"]))


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_sk(plan, acts, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.2))
    head = sec.header.paragraphs[0]
    head.text = "OFFICIAL"
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.footer.paragraphs[0].text = curly("Skelderwold Council \u2013 Children, Families and "
                                          "Schools \u2013 Ofsted action plan, version 1.3")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_paragraph("Skelderwold Council", style="Title")
    doc.add_paragraph("Children, Families and Schools", style="Subtitle")
    p = doc.add_paragraph()
    p.add_run(curly("Ofsted action plan: inspection of services for children in need of help and "
                    "protection, children looked after and care leavers, November\u2013December "
                    "2016")).bold = True
    for line in ("Version 1.3, 24 March 2017",
                 "Owner: Director of Children, Families and Schools",
                 "Agreed by: Children's Services Improvement Group, 22 March 2017"):
        doc.add_paragraph(curly(line))
    doc.add_paragraph(curly(
        "Inspectors judged our services for children to be good, and services for care leavers "
        "to be outstanding. The report was published in February 2017. It also reviewed the "
        "Skelderwold Safeguarding Children Board, whose own actions are in the Board's business "
        "plan."))
    doc.add_paragraph(curly(
        "Each action below has its own table with the lead officer, the target date and "
        "progress to date. Actions are grouped under the report's recommendations to the "
        "council; a final section holds other developments that the Improvement Group "
        "monitors alongside this plan. Progress is updated before each meeting of the group."))

    def shade(cell, fill):
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tc_pr.append(shd)

    def action_table(a):
        rows = [("Action", a["text"]), ("Lead officer", a["lead"]),
                ("Target date", a["date"]), ("Progress", a["extra"]["progress"])]
        table = doc.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        for r, (key, value) in zip(table.rows, rows):
            k, v = r.cells
            k.text = ""
            k.paragraphs[0].add_run(key).bold = True
            shade(k, "DCE6F1")
            v.text = value
            k.width, v.width = Cm(3.6), Cm(13.0)
            for cell in (k, v):
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.font.size = Pt(9.5)

    for group in _groups(acts, lambda a: a["section"]):
        doc.add_paragraph(group[0]["section"], style="Heading 2")
        if group[0]["section"] == SK_OTHER:
            doc.add_paragraph(curly(
                "Priorities from the service plan 2017\u201318 that are reported to the "
                "Improvement Group with this plan."))
        for a in group:
            action_table(a)
            doc.add_paragraph("")
    doc.add_paragraph(curly("Contact: Children's Services Improvement Team, County Hall, "
                            "Skelderwold."))
    docx_props(doc, "Children, Families and Schools", "Ofsted action plan 2017")
    doc.save(path)
    normalise_zip(path)


def write_md(plan, acts, path):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(MD_HEADER)
    for group in _groups(acts, lambda a: a["row"]):
        a = group[0]
        for b in group:
            assert (b["lead"], b["date"], b["section"], b["extra"]["status"]) == (
                a["lead"], a["date"], a["section"], a["extra"]["status"])
        cell = "\n".join(line for b in group for line in b["extra"]["lines"])
        w.writerow([a["row"], a["section"], cell, a["lead"], a["date"], a["extra"]["status"]])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


SH_COOKIES = ("We use some essential cookies to make this website work. We\u2019d also like your "
              "consent to set optional analytics cookies so we can see how the site is used.")


def write_sh(plan, acts, path):
    def e(s):
        s = html.escape(s, quote=False)
        return (s.replace("\u2019", "&rsquo;").replace("\u2018", "&lsquo;")
                .replace("\u2013", "&ndash;"))

    out = ["<!DOCTYPE html>",
           '<html lang="en-GB">',
           "<head>",
           '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>Children&rsquo;s services: our improvement plan 2024 to 2025 | Shingleport "
           "City Council</title>",
           '<link rel="stylesheet" href="/assets/css/main.css">',
           "</head>",
           "<body>",
           '<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies on '
           'this website">',
           "<h2>Cookies on shingleport.gov.uk</h2>",
           f"<p>{e(SH_COOKIES)}</p>",
           '<button type="button" data-accept="all">Accept analytics cookies</button>',
           '<button type="button" data-accept="none">Reject analytics cookies</button>',
           '<a href="/cookies">View cookies</a>',
           "</div>",
           '<header class="site-header">',
           '<a class="site-logo" href="/"><img src="/assets/img/logo.svg" alt="Shingleport City '
           'Council"></a>',
           '<nav aria-label="Main"><ul>',
           '<li><a href="/bins-recycling">Bins and recycling</a></li>',
           '<li><a href="/council-tax">Council tax</a></li>',
           '<li><a href="/children-families" aria-current="true">Children and families</a></li>',
           '<li><a href="/housing">Housing</a></li>',
           '<li><a href="/parking">Parking</a></li>',
           "</ul></nav>",
           "</header>",
           '<nav class="breadcrumb" aria-label="Breadcrumb"><ol>',
           '<li><a href="/">Home</a></li>',
           '<li><a href="/children-families">Children and families</a></li>',
           '<li><a href="/children-families/inspections">Inspections and reports</a></li>',
           "<li>Our improvement plan</li>",
           "</ol></nav>",
           '<main id="main-content">',
           "<h1>Children&rsquo;s services: our improvement plan 2024 to 2025</h1>",
           "<p>Inspectors visited our children&rsquo;s services in March 2024 and judged them "
           "outstanding overall. We are proud of that, and of the social workers, carers and "
           "partners behind it.</p>",
           "<p>The report also pointed to things we can do better. This page sets out what we "
           "are doing about them, together with other priorities we have set ourselves for the "
           "year. Each card says who leads the work and when we expect it to be done. We update "
           "the page every three months.</p>"]
    for group in _groups(acts, lambda a: a["section"]):
        out.append('<section class="plan-section">')
        out.append(f"<h2>{e(group[0]['section'])}</h2>")
        out.append('<div class="card-grid">')
        for a in group:
            out += ['<div class="action-card">',
                    f"<h3>{e(a['extra']['title'])}</h3>",
                    f"<p>{e(a['text'])}</p>",
                    "<dl>",
                    f"<dt>Lead</dt><dd>{e(a['lead'])}</dd>",
                    f"<dt>When</dt><dd>{e(a['date'])}</dd>",
                    "</dl>",
                    "</div>"]
        out += ["</div>", "</section>"]
    out += ["<h2>Related pages</h2>",
            '<ul class="related">',
            '<li><a href="/children-families/inspections/ofsted-2024">Read the inspection '
            "report (PDF, 412KB)</a></li>",
            '<li><a href="/children-families/fostering">Become a foster carer</a></li>',
            '<li><a href="/children-families/care-leavers">Our offer to care leavers</a></li>',
            "</ul>",
            '<p class="updated">Last updated: 15 July 2024</p>',
            "</main>",
            '<footer class="site-footer">',
            '<ul><li><a href="/accessibility">Accessibility statement</a></li>',
            '<li><a href="/privacy">Privacy</a></li>',
            '<li><a href="/cookies">Cookies</a></li>',
            '<li><a href="/contact">Contact us</a></li></ul>',
            "<p>&copy; Shingleport City Council, Guildhall Square, Shingleport</p>",
            "</footer>",
            "</body>",
            "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


WRITERS = {"skelderwold": write_sk, "mardlesey": write_md, "shingleport": write_sh}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "skelderwold": dict(unanswered=2, passing=1, partial=2, miscited=1, orphans=(4, 20)),
    # Essex has a single recommendation: it is the partly answered one
    "mardlesey": dict(unanswered=0, passing=0, partial=1, miscited=0, orphans=(4, 12)),
    "shingleport": dict(unanswered=0, passing=1, partial=0, miscited=0, orphans=(4, 12)),
}

# words too common in this domain to count as shared vocabulary (as sets v and aa)


def _report_text(report, page):
    """The text of ``page`` of a report PDF in the shared corpus, lines joined, or None when the
    PDF or pypdfium2 is not at hand (the transcription check is then skipped)."""
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
    text = doc[page - 1].get_textpage().get_text_range()
    text = re.sub(r"\ufffe\s*", "-", text)  # a hyphen at the end of a line
    return re.sub(r"\s+", " ", text)


def check_recs(plan):
    """The transcription: numbered 1..N in order, clean single-line texts, and (when the PDF is
    at hand) found word for word and in order in the report's block, with nothing else there
    but the labels."""
    recs = recs_of(plan["report"])
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and t.endswith("."), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]  # no markers; curly
    spec = TRANSCRIBED[plan["report"]]
    text = _report_text(plan["report"], spec["page"])
    if text is not None:
        start = text.index(spec["start"]) + len(spec["start"])
        stop = text.index(spec["end"], start) if spec["end"] else len(text)
        block, pos, rest = text[start:stop], 0, []
        for r in recs:
            k = block.find(r["text"], pos)
            assert k >= 0, ("not in the report as written", plan["report"], r["number"])
            rest.append(block[pos:k])
            pos = k + len(r["text"])
        rest.append(block[pos:])
        for r, gap in zip(recs, rest):  # before each item only its label
            assert gap.strip() == (spec["label"] or f"{r['number']}."), (r["number"], gap)
        assert rest[-1].strip() == "", rest[-1]
    return recs


def check_design(gold, plan):
    name = plan["name"]
    spec = SPEC[name]
    recs = check_recs(plan)
    assert len(recs) == len(plan["expected"]) == len(gold["expected"])
    lo, hi = plan["bounds"]
    acts = gold["actions"]
    ids = {a["id"]: a for a in acts}
    aid = {i: f"{name}-{i}" for i in range(1, len(acts) + 1)}
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
    # the passing mention is really in the text of the action named, which is not aimed at it
    for n, (k, phrase) in plan.get("passing_phrase", {}).items():
        a = ids[aid[k]]
        assert curly(phrase) in a["text"], (name, n, phrase)
        mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
        assert f"R{n}" not in mine and f"R{n}" in d["passing"], (name, n)
    assert set(plan.get("passing_phrase", {})) == {int(r[1:]) for r in d["passing"]}, name
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    for n, orphans in plan["decoys"].items():
        assert f"R{n}" in d["unanswered"], (name, n)
        for k in orphans:
            o = aid[k]
            assert o in d["orphans"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan["ask_decoys"].items():
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        for k in orphans:
            o = aid[k]
            assert o in d["orphans"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert plan["decoys"] or plan["ask_decoys"] or not d["unanswered"], name
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&]|\u00a0|\u2022", a["text"] + a["leads_raw"] + a["date_raw"]), \
            a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*|report)\b",
                             a["text"], re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
    # at least a third of the answering links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    raw = plan["actions"]()
    if name == "skelderwold":
        assert any(not a["date_raw"] for a in acts), name
        order = []
        for a, r in zip(acts, raw):
            assert a["row"] is None and a["objective"] is None, a["id"]
            mine = [l for l in gold["links"] if l["action"] == a["id"]]
            if a["section"] == SK_OTHER:
                assert a["explicit_refs"] == [] and a["id"] in d["orphans"], a["id"]
                continue
            m = re.fullmatch(r"Recommendation (\d): (.+)", a["section"])
            n = int(m.group(1))
            assert m.group(2) == SK_HEAD[n] and a["explicit_refs"] == [n], a["id"]
            if not order or order[-1] != n:
                order.append(n)
            if a["id"] in d["miscited"]:
                assert mine and all(l["rec"] != f"R{n}" and l["source"] == "judged"
                                    for l in mine), a["id"]
            else:  # every other table answers the number its heading cites, explicitly
                assert [(l["rec"], l["source"]) for l in mine] == [(f"R{n}", "explicit")], a["id"]
        assert order == sorted(order) and len(order) == len(set(order)), order
        assert acts[-1]["section"] == SK_OTHER
        assert {a["id"] for a in acts if a["section"] == SK_OTHER} == set(d["orphans"])
        assert set(order) == {int(r[1:]) for r, s in gold["expected"].items()
                              if s == "covered" or r in d["partial"]}
        for r in d["unanswered"] + d["passing"]:  # no designed gap has a heading
            assert int(r[1:]) not in order, r
        for r, s in gold["expected"].items():  # answered by one to three actions each
            if s == "covered" or r in d["partial"]:
                assert 1 <= len(per_rec[r]) <= 3, (name, r, len(per_rec[r]))
        assert all(len(h.split()) <= 7 for h in SK_HEAD.values())  # a few words
    if name == "mardlesey":
        assert all(not a["explicit_refs"] and a["objective"] is None for a in acts), name
        assert all(l["source"] == "judged" for l in gold["links"]), name
        assert all(re.fullmatch(r"[A-Z]{2}-\d\d", a["row"]) for a in acts), name
        bullets = [r["extra"]["bullet"] for r in raw]
        assert bullets.count(1) == 1 and bullets.count(2) == 1, name  # one two-action cell
        k = bullets.index(1)
        assert bullets[k + 1] == 2 and raw[k]["row"] == raw[k + 1]["row"], name
        assert sum(1 for r in raw if len(r["extra"]["lines"]) > 1) == 2, name  # wrapped cells
        assert any("\n" in r["extra"]["status"] for r in raw), name
        assert sum(1 for r in raw if "," in r["text"]) >= 5, name
        assert any('"' in r["text"] for r in raw), name  # a doubled quote in the export
        dates = [a["date_raw"] for a in acts]
        assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", x) for x in dates), name
        assert any(re.fullmatch(r"Q\d \d\d/\d\d", x) for x in dates), name
        assert any(not x for x in dates), name
        assert gold["expected"] == {"R1": "weak"} and d["partial"] == ["R1"], name
        assert all(a["section"] == MD_ALONE for a in acts if a["id"] not in d["orphans"]), name
        assert all(a["section"] != MD_ALONE for a in acts if a["id"] in d["orphans"]), name
    if name == "shingleport":
        assert all(not a["explicit_refs"] and a["row"] is None and a["objective"] is None
                   for a in acts), name
        assert all(l["source"] == "judged" for l in gold["links"]), name
        assert [g[0]["section"] for g in _groups(acts, lambda a: a["section"])] == [
            SH_HOMES, SH_FRONT, SH_PRACTICE, SH_LEAVERS], name
        assert {a["id"] for a in acts if a["section"] == SH_HOMES} == {
            l["action"] for l in gold["links"]}, name
        titles = [r["extra"]["title"] for r in raw]
        assert len(set(titles)) == len(titles) and all(len(t.split()) <= 9 for t in titles)
        assert "consent" in SH_COOKIES  # the banner's consent is furniture
        assert gold["expected"] == {"R1": "weak", "R2": "covered"}, name
        assert any(a["date_raw"] == "TBC" for a in acts), name
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "ac", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_ac)
