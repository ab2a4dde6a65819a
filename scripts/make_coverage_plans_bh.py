"""Write the sealed coverage evaluation set "bh": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_bh.py            # writes documents and gold
    python scripts/make_coverage_plans_bh.py --check    # only runs the consistency checks

Documents: corpus/coverage/bh/<name>.<ext>      Gold: corpus/gold/coverage/bh/<name>.json

The two documents imitate what councils' own systems produce: a Markdown page of a GitHub-style
wiki (a "# " title, an intro paragraph with a status legend, then one HTML <details> block per
theme whose <summary> names the theme ("1. Our workforce"), each holding a pipe table
| # | Action | Owner | Due | (themes 1, 3 and 5 also with a Status column of emoji, ✅ 🟡 🔴,
the others without); the # cell is the council's own action number "1.1", "3.4"; each Action
cell opens with its first words in **bold**, and uses <br> for line breaks inside the cell; a
few actions link a policy as [text](url); escaped pipes (\\|) inside an Action, an Owner and a
Due cell; two Owner cells hold two owners separated by <br> or \\|, and two Due cells a moved
date "Jan 2015<br>(was Oct 2014)"; then a closing "## Change log" bullet list which is not the
plan), and an ACTION STATUS REPORT printed to PDF from a council performance system
(Pentana/Covalent-like, here "Corvus Performance Manager"; A4 landscape; a header on every page
with the system name, the report title "Ofsted Improvement Plan - Action Status Report", the run
date and "Page x of y"; on the first page a filter line and a summary table of action counts per
status, which is not an action; then each theme as a dark bar "CSC-IP-1 Every child learning",
and under it each action as a BLOCK: a coloured bar holding the action code "CSC-IP-2.3" and the
action title, then a grid of labelled fields, each label in a grey cell left of its value:
Description (across the width), Assigned To | Due Date | Status | Progress %, and Latest Note
(across the width); the status shown as a coloured circle with its text alternative, "On track",
"At risk", "Overdue", "Completed", "Not started").

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only, through
transcribed_gaps/report_text, to find ../shared for the transcription check).

Recommendation texts: the local-authority items of both reports were transcribed by hand from
the report PDFs (text read with pypdfium2) for this set and are held below as data (NH_RECS,
GH_RECS), word for word, lines broken by the PDF joined, the reports' curly apostrophes and
paragraph references kept as printed; they are passed to build_gold(recs=...). Both reports are
SIF reports (2014 and 2016) and are numbered as they number their items. Nothing is written into
corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(13, "j", "h", "why")]  action is aimed at R13; "j" judged (neither plan cites a
                                   recommendation number anywhere, so no link is explicit);
                                   "h" high / "m" medium
Actions with no links are orphans (see each plan's design notes). Both formats give each action
a reference of its own (the wiki's # cell "3.4", the system's action code "CSC-IP-3.4"), which
is the gold's `row`; design lists, asks and the notes name an action by that reference. Those
references are the councils' own numbering and are no recommendation's number.

All councils, places, people, teams, systems, charities and local programmes are fictional
(national schemes and terms such as the ASYE, Staying Put, Signs of Safety, the Adoption Support
Fund, the Troubled Families programme, Step Up to Social Work, personal education plans or the
virtual school are named as councils name them); the people named in the system's Assigned To
fields are invented; web addresses use the reserved .example domain. Output is deterministic:
the Markdown is a fixed string written as UTF-8; reportlab runs in invariant mode with fixed
metadata and a fixed run date.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, build_gold, main, numbered_canvas, reportlab_canvas  # noqa: E402
from _coverage_sets import groups as _groups, transcribed_gaps, words as _words  # noqa: E402
from _coverage_sets import xml_escape  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Newham, inspection of services for children in need of help and protection, children looked
# after and care leavers, and review of the LSCB (SIF), report published 8 August 2014 (overall
# requires improvement). "What does the local authority need to improve?", page 4 of the PDF:
# "Priority and immediate action" holds none ("The inspection did not find any areas for priority
# and immediate action"); "Areas for improvement" holds the numbered paragraphs 9-18, all
# addressed to the local authority, running to the end of the page (page 5 opens "The local
# authority has the following strengths:"). Numbered as printed (R9-R18); lines broken by the PDF
# joined with a space; the curly apostrophes of R10 and R13 kept; R14 is two sentences, kept
# whole; R11's "decision-making" and R14's "re-occurrence" are real hyphens. The board's own
# "Areas for improvement" (page 31) are addressed to the LSCB and left out.
# ---------------------------------------------------------------------------------------------

NH_REPORT = "newham-80511/2014-08-08.pdf"
NH_PAGES = (4,)

NH_RECS = [  # (number, page, text)
    (9, 4, "Evaluate with partners the extent to which early help for children reduces the need "
           "for statutory services, and use the evaluation to inform service development."),
    (10, 4, "Take action with partners so that more children can receive early help without "
            "being referred to children\u2019s social care."),
    (11, 4, "Ensure that chronologies are of sufficient quality to inform assessments and "
            "decision-making effectively."),
    (12, 4, "Ensure that records are up to date and reflect activity that has been undertaken."),
    (13, 4, "Ensure that managers oversee all cases regularly, focus on children\u2019s "
            "experiences and, to inform the next steps, consider whether actions taken are "
            "having a positive impact."),
    (14, 4, "When children and young people return after having been missing, improve the "
            "analysis of triggers and patterns to reduce the risk of re-occurrence. The analysis "
            "should include looked after children who go missing for short periods from their "
            "placements."),
    (15, 4, "Increase the number of placements in or close to the borough, particularly for "
            "children when they start to be looked after."),
    (16, 4, "Improve opportunities for care leavers who do not go on to higher education to "
            "experience a wider range of training, apprenticeships and employment."),
    (17, 4, "Ensure that all staff have manageable caseloads and that the social care workforce "
            "is sufficiently stable and skilled to provide children and their families with "
            "services of consistently good quality."),
    (18, 4, "Ensure that all staff receive regular, formal supervision as appropriate for their "
            "experience and ability."),
]

# ---------------------------------------------------------------------------------------------
# Gateshead, inspection of services for children in need of help and protection, children looked
# after and care leavers, and review of the LSCB (SIF), report published 11 March 2016 (good
# overall). The local authority's list is headed "Recommendations" (page 7 of the PDF; this
# report has no section called "Areas for improvement"): eight numbered items, all addressed to
# the local authority, the last at the foot of the page (page 8 opens "Summary for children and
# young people"). The LSCB's own "Recommendations" (page 35) are addressed to the board and left
# out. Numbered 1-8 as printed; lines broken by the PDF joined with a space; the paragraph
# references kept as printed, including the full stop that stands BEFORE the bracket in R2 and
# R8 ("... risk analysis. (paragraphs 17, 36, 81 and 99)"), so that those two items end with a
# closing bracket; the curly apostrophes of R1 and R3 kept.
# ---------------------------------------------------------------------------------------------

GH_REPORT = "gateshead-80469/2016-03-11.pdf"
GH_PAGES = (7,)

GH_RECS = [
    (1, 7, "Improve the quality of all children\u2019s plans, including pathway plans to ensure "
           "that targets for improvement are clear and that they focus on risk and the most "
           "important issues for children, young people and care leavers (paragraphs 17, 25, "
           "46, 48 and 80)."),
    (2, 7, "Ensure that child protection conferences and looked after reviews are used to drive "
           "and progress plans through the use of effective challenge and robust risk analysis. "
           "(paragraphs 17, 36, 81 and 99)"),
    (3, 7, "Improve the attendance of education professionals at all children and young "
           "people\u2019s reviews and meetings to ensure a robust focus on their educational "
           "outcomes (paragraph 19)."),
    (4, 7, "Ensure that children who are subject to child protection processes have access to "
           "independent advocacy in order to help share their views and to inform decisions "
           "about their lives (paragraph 19)."),
    (5, 7, "Support care leavers to understand their health histories more thoroughly and ensure "
           "they have regular and timely access to mental health services (paragraphs 78, 79 "
           "and 95)."),
    (6, 7, "Devise a more effective way of communicating legal entitlements to all care leavers "
           "(paragraph 83)."),
    (7, 7, "Establish a protocol with all education and training partners to ensure that "
           "arrangements are in place to provide proactive support for care leavers to stay on "
           "their courses and complete their qualifications (paragraphs 81, 82 and 93)."),
    (8, 7, "Ensure the adoption panel provides quality assurance feedback to the agency on the "
           "quality of reports being presented to panel and adoption performance. (paragraphs "
           "64 and 99)"),
]

# where each list sits in its report: the words opening the block (the list runs to the end of
# the page in both), and the label before each item (its number and a full stop)
BLOCKS = {
    NH_REPORT: dict(start="Areas for improvement", end=None),
    GH_REPORT: dict(start="Recommendations", end=None),
}


def _recs(table):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in table]


def nh_recs():
    return _recs(NH_RECS)


def gh_recs():
    return _recs(GH_RECS)


# ---------------------------------------------------------------------------------------------
# Plan 1: Eastholm - a GitHub-style wiki page in Markdown answering Newham 2014-08-08 (SIF,
# R9-R18). A <details> block per theme, each a pipe table | # | Action | Owner | Due | (some
# with | Status |), then a Change log.
# ---------------------------------------------------------------------------------------------

EH_WIKI = "https://wiki.eastholm.example"
EH_POLICY = "https://intranet.eastholm.example/policies"
EH_THEMES = {  # number: (<summary> text as written, has a Status column)
    1: ("1. Our workforce", True),
    2: ("2. Help before it gets serious", False),
    3: ("3. Knowing the child's story", True),
    4: ("4. Every child known to a manager", False),
    5: ("5. Homes close to home", True),
    6: ("6. Business as usual", False),
}
EH_BAU = 6
EH_STATUS = {"done": "\u2705", "doing": "\U0001f7e1", "late": "\U0001f534"}


def md_plain(cell):
    """What the wiki shows of a cell, as the gold holds it: **bold** and link markup dropped
    (a link keeps its text), an escaped pipe a pipe, each <br> a space."""
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", cell)
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", s)
    s = s.replace("\\|", "|").replace("<br>", " ")
    return re.sub(r" +", " ", s).strip()


def md_owner(cell):
    """An Owner cell as the gold holds it: a <br> between two owners read as "; "."""
    return md_plain(cell.replace("<br>", "; "))


def eh_actions():
    acts = []

    def add(theme, num, action, owner, due, status=None, links=()):
        """A row of theme ``theme``'s table: the # cell "<theme>.<num>", the Action, Owner and
        Due cells as typed in Markdown ("" empty) and the Status emoji (themes with a Status
        column only). The gold holds each cell as the wiki shows it (md_plain / md_owner)."""
        title, has_status = EH_THEMES[theme]
        assert (status is not None) == has_status, (theme, num)
        acts.append(A(md_plain(action), md_owner(owner), md_plain(due), links, [], False,
                      row=f"{theme}.{num}", section=title, objective=None, theme=theme,
                      raw=(action, owner, due), status=status))

    # 1. Our workforce (R17 caseloads, stability, skills; R18 supervision)
    add(1, 1, "**Caseload ceiling of 18** for social workers in the Assessment service.<br>"
        "The weekly caseload report goes to the Head of Service and anyone over the ceiling has "
        "children moved within five working days.",
        "Head of Triage and Assessment", "Nov 2014", "doing",
        links=[(17, "j", "h", "a ceiling on the number of children per worker: manageable "
                "caseloads")])
    add(1, 2, "**Six more permanent posts** in the Assessment service, paid for by ending six "
        "agency contracts, so the temporary team brought in this summer is not needed after "
        "March.",
        "Workforce Lead", "Jan 2015<br>(was Oct 2014)", "late",
        links=[(17, "j", "h", "permanent staff in place of agency workers: caseloads and a more "
                "stable workforce")])
    add(1, 3, "**Stay with Eastholm** offer: a retention payment after two years, a protected "
        "ASYE year with no more than 12 children, and a route to Advanced Practitioner without "
        "moving into management.",
        "Workforce Lead \\| HR Business Partner", "Apr 2015", "doing",
        links=[(17, "j", "h", "reasons for social workers to stay: a stable workforce")])
    add(1, 4, "**Practice academy.**<br>Core modules on assessment, direct work and court skills "
        "for every social worker within their first year with us, then two refresher days a "
        "year.",
        "Principal Social Worker", "Ongoing", "doing",
        links=[(17, "j", "m", "training for every social worker: a skilled workforce")])
    add(1, 5, "**Supervision every four weeks** for social workers, six-weekly for senior "
        "practitioners, on the template in the [Supervision Policy 2014]"
        f"({EH_POLICY}/supervision-policy-2014.pdf), signed by both and kept on the worker's "
        "file.",
        "Principal Social Worker", "Oct 2014", "done",
        links=[(18, "j", "h", "a fixed, recorded supervision cycle, its frequency set by "
                "experience")])
    add(1, 6, "**Not just social workers:** family support workers, personal advisers and "
        "contact supervisors brought into the same four-weekly cycle with their own line "
        "managers.",
        "Heads of Service", "Dec 2014", "doing",
        links=[(18, "j", "h", "supervision extended to every member of staff")])
    add(1, 7, "**Two days for supervisors.**<br>A course for all team managers and senior "
        "practitioners on reflective supervision and on pitching it to the worker in front of "
        "them, from a newly qualified worker to someone with twenty years behind them.",
        "Principal Social Worker", "Feb 2015", "late",
        links=[(18, "j", "h", "supervision matched to each worker's experience and ability")])

    # 2. Help before it gets serious (R10 early help without referral; R9 evaluation)
    add(2, 1, "**Family Hubs in all four neighbourhoods**<br>Health visitors, school nurses and "
        "Eastholm Family Support under one roof, so a family can walk in and get help without "
        "going through Triage.",
        "Head of Early Help", "Mar 2015",
        links=[(10, "j", "h", "help families reach directly, not through a referral to "
                "children's social care")])
    add(2, 2, "**Early help conversations** - training for schools, GPs and the police to "
        "start an early help assessment themselves, using the [Eastholm Threshold Guide]"
        f"({EH_POLICY}/threshold-guide-v3.pdf), instead of phoning Triage.",
        "Partnership Manager", "Dec 2014",
        links=[(10, "j", "h", "partners offering help themselves instead of referring to "
                "social care")])
    add(2, 3, "**Same-day redirect.**<br>Contacts to Triage that do not need a social worker "
        "go that day to the Early Help Coordinator, who rings the caller and agrees who will "
        "offer the family help.",
        "Head of Triage and Assessment<br>Head of Early Help", "Nov 2014",
        links=[(10, "j", "m", "families steered to early help at the front door rather than "
                "into a social work assessment")])
    add(2, 4, "**Does early help keep families out of social care?** Tracking study with the "
        "CCG, schools and the police: every family who finishes a Family Hub plan is checked "
        "at 6 and 12 months for a later contact, assessment or plan.",
        "Head of Performance", "Jun 2015",
        links=[(9, "j", "h", "measuring, with partners, whether early help lowers later "
                "statutory involvement")])
    add(2, 5, "**Study findings to the Children's Trust Board** in July 2015, to shape what we "
        "commission for families from April 2016.",
        "Head of Early Help", "Jul 2015",
        links=[(9, "j", "h", "the evaluation used to decide future services")])

    # 3. Knowing the child's story (R11 chronologies; R12 records)
    add(3, 1, "**One chronology template** for the whole service - every significant event "
        "since birth, with a line on why it mattered. See the [chronology guidance]"
        f"({EH_WIKI}/Chronology-guidance).",
        "Principal Social Worker", "Nov 2014", "done",
        links=[(11, "j", "h", "a single standard for chronologies")])
    add(3, 2, "**Chronology from the first assessment**, not only when a case goes to court, "
        "and added to at every review.",
        "Head of Triage and Assessment", "Dec 2014", "doing",
        links=[(11, "j", "h", "a chronology in place when decisions are first made, not at "
                "court")])
    add(3, 3, "**The family's history before us.**<br>Family support workers gather what "
        "health, schools and adult services know of the family before our involvement, for "
        "every new assessment.",
        "Early Help Coordinator", "Feb 2015", "doing",
        links=[(11, "j", "m", "events before the referral brought into the child's history")])
    add(3, 4, "**Written up within two working days** - visits, meetings and phone calls typed "
        "on CareFile within two working days; a weekly list of visits with no case note goes to "
        "each team manager.",
        "Team Managers", "Oct 2014", "doing",
        links=[(12, "j", "h", "case notes kept current and matching the work done")])
    add(3, 5, "**Backlog cleared.**<br>Two business support officers for three months to type "
        "handwritten notes and file letters, minutes and reports on CareFile.",
        "Business Support Manager", "tbc", "late",
        links=[(12, "j", "h", "the file brought level with the work already done")])

    # 4. Every child known to a manager (R13, partly: oversight and the child's experience;
    # nothing on whether what is done is having a positive impact)
    add(4, 1, "**Monthly case direction** - the team manager writes a case direction on every "
        "open case at least once a month and whenever the plan changes.",
        "Team Managers", "Oct 2014",
        links=[(13, "j", "h", "managers overseeing every case at a regular interval")])
    add(4, 2, "**\"What is life like for this child?\"**<br>Every management note on CareFile "
        "opens with what daily life is like for the child, in the child's own words where we "
        "have them.",
        "Principal Social Worker", "Nov 2014",
        links=[(13, "j", "h", "managers' oversight centred on the child's experience")])
    add(4, 3, "**Heads of Service in team meetings** once a month, talking through three "
        "children with the worker and manager and asking what the child has told us.",
        "Heads of Service", "Monthly",
        links=[(13, "j", "m", "senior managers overseeing cases, with the child's experience "
                "in view")])

    # 5. Homes close to home (R15 placements near the borough; a passing mention of R16)
    add(5, 1, "**Foster for Eastholm** - a campaign to find 25 new fostering households living "
        "in the borough, with a welcome payment and a named supervising social worker from "
        "day one.",
        "Fostering Service Manager", "Mar 2015", "doing",
        links=[(15, "j", "h", "more foster homes inside the borough")])
    add(5, 2, "**Emergency carers** - four fee-paid carers in Eastholm on call for children "
        "who come into care at short notice, so the first night is near school and friends.",
        "Fostering Service Manager", "Jan 2015", "late",
        links=[(15, "j", "h", "local homes for the first night in care")])
    add(5, 3, "**Supported lodgings**<br>10 new hosts in Eastholm for 16 to 21 year olds, so a "
        "young person starting college or an apprenticeship does not have to move out of the "
        "area.",
        "Leaving Care Manager", "Jun 2015", "doing",
        links=[(15, "j", "m", "more homes in the borough for older young people in care")])
    add(5, 4, "**Block contract** with two independent fostering agencies for 12 places within "
        "five miles of the Town Hall.",
        "Head of Commissioning", "Apr 2015", "doing",
        links=[(15, "j", "h", "commissioned placements close to the borough")])
    add(5, 5, "**Ferncroft House** reopened as a four-bed short-stay home for teenagers coming "
        "into care.",
        "Head of Commissioning", "Sep 2015<br>(was Apr 2015)", "late",
        links=[(15, "j", "h", "a home in the borough for teenagers when they first come into "
                "care")])

    # 6. Business as usual (orphans)
    add(6, 1, "**Children missing education** - monthly tracking with schools of pupils taken "
        "off roll, including looked after children placed out of the borough.",
        "Education Welfare Manager", "Monthly")
    add(6, 2, "**Complaints:** analysis of the triggers and patterns in complaints from parents, "
        "reported to DMT each quarter.",
        "Complaints Manager", "Quarterly")
    add(6, 3, "**Youth Service summer programme** - ask young people whether the activities had "
        "a positive impact, to inform next steps for summer 2015.",
        "Youth Service Manager", "Sep 2014")
    add(6, 4, "**Private fostering** awareness with faith groups, language schools and "
        "community centres.",
        "Private Fostering Officer", "Ongoing")
    add(6, 5, "**Out of Hours \\| Emergency Duty Team** moves to the Civic Centre.",
        "", "Dec 2014")
    add(6, 6, "**IRO annual report** to the Corporate Parenting Board.",
        "IRO Service Manager", "Jun 2015")
    add(6, 7, "**Adopters for brothers and sisters** through the East London adoption "
        "consortium.",
        "Adoption Manager", "Mar 2015")
    add(6, 8, "**Interpreting contract** re-tendered, with telephone interpreting in 40 "
        "languages.",
        "tbc", "Dec 2014 \\| Mar 2015")
    return acts


EH = {
    "name": "eastholm", "ext": "md", "report": NH_REPORT, "recs": nh_recs,
    "pages": NH_PAGES, "council": "London Borough of Eastholm",
    "actions": eh_actions, "bounds": (20, 40),
    "expected": {9: "covered", 10: "covered", 11: "covered", 12: "covered", 13: "weak",
                 14: "uncovered", 15: "covered", 16: "weak", 17: "covered", 18: "covered"},
    "unanswered": [14], "passing": [16], "partial": [13],
    "orphans": ["6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8"],
    "miscited": [],
    "passing_phrase": {16: ("5.3", "starting college or an apprenticeship")},
    "decoys": {14: ["6.1", "6.2"]},
    "ask_decoys": {13: ["6.3"]},
    "asks": {9: [("evaluate with partners the extent to which early help reduces the need for "
                  "statutory services", ["2.4"]),
                 ("use the evaluation to inform service development", ["2.5"])],
             13: [("managers oversee all cases regularly", ["4.1", "4.3"]),
                  ("managers' oversight focuses on children's experiences", ["4.2", "4.3"]),
                  ("to inform the next steps, managers consider whether the actions taken are "
                   "having a positive impact", [])],
             17: [("all staff have manageable caseloads", ["1.1", "1.2"]),
                  ("the social care workforce is sufficiently stable", ["1.2", "1.3"]),
                  ("the social care workforce is sufficiently skilled", ["1.4"])]},
    "notes": (
        "Markdown page of a GitHub-style wiki ('Improvement-Plan-2014-15.md'). A '# ' title "
        "('Eastholm Children's Services Improvement Plan 2014-15'), one intro paragraph, a "
        "status legend line ('Status: \u2705 done \u00b7 \U0001f7e1 in progress \u00b7 "
        "\U0001f534 late or not started'), then six HTML <details> blocks, one per theme, each "
        "opening with <summary>N. Theme</summary> ('1. Our workforce', '2. Help before it gets "
        "serious', '3. Knowing the child's story', '4. Every child known to a manager', '5. "
        "Homes close to home', '6. Business as usual'; 'section' is the summary text as "
        "written), not in the report's order; inside each a pipe table | # | Action | Owner | "
        "Due |, and in themes 1, 3 and 5 only a fifth column | Status | holding an emoji "
        "(\u2705 \U0001f7e1 \U0001f534) and nothing else. The # cell holds the council's own "
        "numbering, 1.1 to 6.8 ('row'); it is no recommendation's number, and the theme "
        "numbers 1-6 are not the report's 9-18. Each Action cell opens with its first words in "
        "**bold**, and many use <br> for a line break inside the cell. The gold holds every cell "
        "as the wiki shows it: bold markers dropped, a link [text](url) kept as its text, an "
        "escaped pipe '\\|' as '|', each <br> a space, except in an Owner cell, where a <br> "
        "between two owners is read as '; '. Links to policies in actions 1.5 ('Supervision "
        "every four weeks'), 2.2 ('Early help conversations') and 3.1 ('One chronology "
        "template'). Escaped pipes: in the Owner cell of action 1.3 (leads_raw 'Workforce "
        "Lead | HR Business Partner'), in the Action cell of orphan 6.5 ('Out of Hours | "
        "Emergency Duty Team') and in the Due cell of orphan 6.8 (date_raw 'Dec 2014 | Mar "
        "2015'); two owners over a <br> in the Owner cell of action 2.3 (leads_raw 'Head of "
        "Triage and Assessment; "
        "Head of Early Help'); moved dates over a <br> in the Due cells of action 1.2 (date_raw "
        "'Jan 2015 (was Oct 2014)') and action 5.5 (date_raw 'Sep 2015 (was Apr 2015)'). Empty "
        "Owner: orphan 6.5; Owner 'tbc': orphan 6.8; Due 'tbc': action 3.5 ('Backlog "
        "cleared'); 'Ongoing', "
        "'Monthly', 'Quarterly' as typed. The closing '## Change log' bullet list (dated edits "
        "to the page, one of them saying a 'Missing from care' row was removed because it sits "
        "in the Safeguarding Board's business plan) is not the plan, nor is the intro or the "
        "legend. Nothing cites a number: explicit_refs is [] everywhere and every link is "
        "judged. Hard unanswered: R14 (the analysis of triggers and patterns when children "
        "return after being missing, including looked after children missing for short "
        "periods): nothing is aimed at it; orphan 6.1 ('Children missing education': pupils "
        "taken off roll, 'including looked after children placed out of the borough') and "
        "orphan 6.2 ('Complaints: analysis of the triggers and patterns in complaints from "
        "parents') share its words but are about school rolls and complaints; the Change log's "
        "'Missing from care' line says the work was taken out of the plan. Passing: R16 "
        "(opportunities for care leavers not in higher education: training, apprenticeships, "
        "employment) is touched only by action 5.3 ('Supported lodgings', aimed at R15), whose "
        "hosts mean 'a young person starting college or an apprenticeship does not have to "
        "move': nothing widens any care leaver's training or work; weak, no link. Partly "
        "answered (see asks): R13: managers overseeing all cases regularly is answered by "
        "actions 4.1 and 4.3, their focus on children's experiences by 4.2 and 4.3; "
        "considering whether the actions taken are having a positive impact, to inform the next "
        "steps, by nothing (no linked action speaks of impact, progress, difference or whether "
        "a plan is working); ask decoy: orphan 6.3 ('Youth Service summer programme': asking "
        "young people 'whether the activities had a positive impact, to inform next steps'); "
        "weak. Answered: R9 by 2.4 (evaluation with partners) and 2.5 (used for commissioning); "
        "R10 by 2.1-2.3; R11 by 3.1-3.3; R12 by 3.4 and 3.5; R15 by 5.1-5.5; R17 by 1.1-1.4 "
        "(caseloads 1.1, 1.2; stable 1.2, 1.3; skilled 1.4); R18 by 1.5-1.7. Orphans 6.1-6.8: "
        "the whole of 'Business as usual' (also private fostering awareness, the out of hours "
        "team's move, the IRO annual report, adopters for sibling groups, the interpreting "
        "contract). The plan's own names: CareFile (case record), Family Hubs, Eastholm Family "
        "Support, Foster for Eastholm, Stay with Eastholm, Ferncroft House, the Eastholm "
        "Threshold Guide."),
}

EH_TITLE = "Eastholm Children's Services Improvement Plan 2014-15"
EH_INTRO = (
    "This page is the working copy of our improvement plan following the inspection of "
    "children's services in June and July 2014. The plan was agreed by the Improvement Board on "
    "11 September 2014 and is updated by action owners after each monthly board meeting. Open a "
    "theme to see its actions. Please do not delete rows - mark them done and the page owner "
    "will tidy up at quarter end.")
EH_LEGEND = ("Status: \u2705 done \u00b7 \U0001f7e1 in progress \u00b7 \U0001f534 late or not "
             "started (themes 1, 3 and 5 only; the others report to the Early Help and "
             "Corporate Parenting boards)")
EH_CHANGELOG = [
    "12/09/2014 - Page created from the Improvement Board version (AK)",
    "26/09/2014 - Theme 3 split into 3 and 4; 4.3 added after the staff briefing (AK)",
    "03/10/2014 - Status column added to themes 1, 3 and 5 (RM)",
    "24/10/2014 - 'Missing from care' row removed: it sits in the Safeguarding Board's "
    "business plan (AK)",
    "07/11/2014 - 1.2 and 5.5 due dates moved, agreed at the November board (RM)",
]


def write_eh(plan, acts, path):
    out = [f"# {EH_TITLE}", "", EH_INTRO, "", EH_LEGEND, ""]
    for group in _groups(acts, lambda a: a["extra"]["theme"]):
        theme = group[0]["extra"]["theme"]
        title, has_status = EH_THEMES[theme]
        head = ["#", "Action", "Owner", "Due"] + (["Status"] if has_status else [])
        out += ["<details>", f"<summary>{title}</summary>", "",
                "| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        for a in group:
            x = a["extra"]
            action, owner, due = x["raw"]
            cells = [a["row"], action, owner, due]
            if has_status:
                cells.append(EH_STATUS[x["status"]])
            # an empty cell is written as Markdown writers leave it: two spaces between pipes
            out.append("| " + " | ".join(cells) + " |")
        out += ["", "</details>", ""]
    out += ["## Change log", ""]
    out += [f"- {line}" for line in EH_CHANGELOG]
    text = "\n".join(out) + "\n"
    # the writer's promise: every row has as many unescaped pipes as its header
    for line in text.splitlines():
        if line.startswith("| ") and not line.startswith("| #"):
            n = len(re.findall(r"(?<!\\)\|", line))
            assert n in (5, 6), line
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Plan 2: Oxmoor - an action status report printed from a performance system (PDF, A4
# landscape), answering Gateshead 2016-03-11 (SIF, R1-R8). Theme bars; each action a block: a
# coloured bar with its code and title, then a grid of labelled fields.
# ---------------------------------------------------------------------------------------------

OX_THEMES = {  # number: theme bar text as printed, in the system's order
    1: "CSC-IP-1 Every child learning",
    2: "CSC-IP-2 Leaving care well",
    3: "CSC-IP-3 Plans that drive change",
    4: "CSC-IP-4 Service development",
}
OX_BAU = 4
OX_STATUS = {  # status: (icon fill, text alternative as printed)
    "done": ("#2E75B6", "Completed"),
    "ok": ("#3A9E3A", "On track"),
    "risk": ("#F0A30A", "At risk"),
    "late": ("#C00000", "Overdue"),
    "new": ("#A6A6A6", "Not started"),
}
OX_RUN = "04-Jul-2016 08:47"


def ox_actions():
    acts = []

    def add(theme, num, title, desc, owner, due, status, pct, note, links=()):
        """An action block: the bar's code "CSC-IP-<theme>.<num>" and ``title``, then the fields
        Description, Assigned To ("" empty), Due Date ("" empty), Status, Progress % and Latest
        Note. The gold's text is the title and the Description joined by ": "."""
        assert not title.endswith(".") and desc.endswith(".")
        acts.append(A(f"{title}: {desc}", owner, due, links, [], False,
                      row=f"CSC-IP-{theme}.{num}", section=OX_THEMES[theme], objective=None,
                      theme=theme, title=title, desc=desc, status=status, pct=pct, note=note))

    # CSC-IP-1 Every child learning (R3)
    add(1, 1, "Designated teachers booked into reviews",
        "The Virtual School books the designated teacher into every looked after review and "
        "PEP meeting at the start of each term, and follows up any school that does not come.",
        "Gareth Pennock", "30-Sep-2016", "ok", 30,
        "27-Jun-2016: Autumn term dates sent to all secondary schools.",
        links=[(3, "j", "h", "schools at every review of a looked after child")])
    add(1, 2, "Schools at conferences and core groups",
        "Schools receive conference and core group invitations at the same time as the family, "
        "with a short education report to fill in; when no one from school can come, their "
        "report is read out.",
        "Joanne Feltwell; Gareth Pennock", "31-Aug-2016", "risk", 50,
        "29-Jun-2016: Invitations now automatic; report form still with the head teachers' "
        "forum.",
        links=[(3, "j", "h", "education staff at child protection meetings, or their view "
                "heard")])
    add(1, 3, "Attendance indicator",
        "New monthly measure of the share of conferences, core groups and looked after reviews "
        "with someone from education present, against a target of 90%.",
        "Lisa Hartside", "31-Jul-2016", "done", 100,
        "04-Jul-2016: First figures in the June performance pack: 71%.",
        links=[(3, "j", "h", "education attendance at meetings measured and tracked")])
    add(1, 4, "School on every agenda",
        "A standing item 'How is school going?' on every review and core group agenda, with "
        "attendance, exclusions and attainment from the Virtual School.",
        "Gareth Pennock", "31-Oct-2016", "new", 0,
        "",
        links=[(3, "j", "h", "a steady focus on how each child is doing at school")])

    # CSC-IP-2 Leaving care well (R5 partly: health histories only; R6; R7)
    add(2, 1, "My Health Story",
        "The looked after children's nurse writes each young person a summary of their health "
        "history - immunisations, illnesses, family history they may need to know - and goes "
        "through it with them before they turn 18.",
        "Deborah Ancroft", "31-Mar-2017", "ok", 15,
        "15-Jun-2016: Format agreed with the CCG; first 20 summaries in progress.",
        links=[(5, "j", "h", "care leavers helped to understand their health history")])
    add(2, 2, "Health history at the 18+ review",
        "Personal advisers check at the first pathway review after 18 that the young person "
        "has their health summary and knows how to get their GP records.",
        "Aisha Brandling", "31-Dec-2016", "new", 0,
        "",
        links=[(5, "j", "m", "care leavers' grasp of their own health history followed up")])
    add(2, 3, "Entitlements in plain English",
        "A pocket guide and a web page setting out what every care leaver can claim - money, "
        "housing, education and help up to 25 - written with the Speak Up group.",
        "Aisha Brandling", "30-Jun-2016", "late", 80,
        "30-Jun-2016: Text signed off; printing delayed until the new council logo is agreed.",
        links=[(6, "j", "h", "care leavers told their entitlements in a form they can use")])
    add(2, 4, "Text reminders",
        "Text messages at 17 and a half, 18 and 21 reminding each young person what they can "
        "claim and who to ask.",
        "Tom Wardell", "30-Nov-2016", "ok", 10,
        "",
        links=[(6, "j", "h", "a new way of telling every care leaver their entitlements")])
    add(2, 5, "Entitlements checklist",
        "Personal advisers go through the entitlements checklist with each young person at "
        "every pathway review and record that they have done so.",
        "", "30-Sep-2016", "ok", 20,
        "",
        links=[(6, "j", "m", "entitlements explained to each care leaver, and recorded")])
    add(2, 6, "College and training agreement",
        "A signed agreement with Oxmoor College, both sixth forms and the three main training "
        "providers: a named link for care leavers, a call to the personal adviser when "
        "attendance drops, and a meeting within a week.",
        "Tom Wardell", "31-Aug-2016", "risk", 45,
        "28-Jun-2016: College and one sixth form have signed; training providers slow to "
        "respond.",
        links=[(7, "j", "h", "a protocol with education and training providers to keep care "
                "leavers on their courses")])
    add(2, 7, "Course bursary top-up",
        "Up to \u00a3500 a year on top of the college bursary for care leavers who stay on "
        "their course to the end of the year.",
        "Tom Wardell", "01-Sep-2016", "ok", 50,
        "",
        links=[(7, "j", "m", "a reason and the means to finish the course")])
    add(2, 8, "Support through exam season",
        "Fortnightly personal adviser contact in the term before exams for every care leaver "
        "on a course, and a Virtual School mentor for anyone at risk of dropping out.",
        "Aisha Brandling", "31-May-2017", "new", 0,
        "",
        links=[(7, "j", "h", "support to complete qualifications, offered before things go "
                "wrong")])

    # CSC-IP-3 Plans that drive change (R1 plans; R2 conferences and reviews; R4 in passing)
    add(3, 1, "Child protection and child in need plan template",
        "New template with no more than five things that must change, each with who will do "
        "what by when and how we will know; the danger statement and safety goal at the top, "
        "in words the family can follow.",
        "Joanne Feltwell", "30-Jun-2016", "done", 100,
        "20-Jun-2016: Live on the case system for all new plans from 20 June.",
        links=[(1, "j", "h", "plans with clear targets, led by the risk to the child")])
    add(3, 2, "Plan writing workshops",
        "Half-day workshop for every social worker and team manager on writing plans families "
        "understand, working from real anonymised Oxmoor plans.",
        "Martin Carrow", "30-Sep-2016", "ok", 40,
        "28-Jun-2016: Four of ten sessions delivered; 46 staff attended.",
        links=[(1, "j", "m", "staff skilled to write sharper plans")])
    add(3, 3, "My Future Plan relaunch",
        "The plan for each young person leaving care is rewritten with them around the three "
        "things that matter most to them this year, with dangers named plainly and a step for "
        "each.",
        "Aisha Brandling", "31-Oct-2016", "ok", 25,
        "30-Jun-2016: New format agreed with the Speak Up group; pilot with two personal "
        "advisers in July.",
        links=[(1, "j", "h", "pathway plans focused on what matters most and on risk")])
    add(3, 4, "Child's plan in their own words",
        "Each child in our care has a plan that opens with their own top three priorities and "
        "names the single biggest worry about their safety.",
        "Neil Ormesby", "31-Dec-2016", "new", 0,
        "",
        links=[(1, "j", "m", "care plans that put the most important issues and risk first")])
    add(3, 5, "Chairs' checklist",
        "At every follow-up conference the chair asks what has changed since last time, has "
        "everyone present score the danger from 0 to 10, and notes the child's views and "
        "whether an advocate was offered. Where nothing has changed the chair names what must "
        "happen and who will do it.",
        "Ruth Kettering", "31-Jul-2016", "risk", 60,
        "01-Jul-2016: Checklist drafted; chairs want it built into the conference minute "
        "template, which needs a system change.",
        links=[(2, "j", "h", "conferences used to challenge drift and move the plan on")])
    add(3, 6, "IRO midway checks",
        "IROs look at each child in care's plan halfway between meetings and, when agreed "
        "tasks have slipped, take it up formally with the team manager under the dispute "
        "resolution process.",
        "Ruth Kettering", "31-May-2016", "late", 70,
        "24-Jun-2016: Midway checks happening for 70% of children; IRO vacancy filled from "
        "August.",
        links=[(2, "j", "h", "looked after reviews driving plans through challenge")])
    add(3, 7, "Scaled risk in conference reports",
        "Social work reports to conference include a scaled judgement of danger and safety "
        "from the worker, the parents and each agency, with the reasons for each score.",
        "Joanne Feltwell", "30-Sep-2016", "ok", 50,
        "22-Jun-2016: Report template updated; training for chairs booked for September.",
        links=[(2, "j", "h", "a sharper analysis of risk brought to every conference")])

    # CSC-IP-4 Service development (orphans)
    add(4, 1, "Fostering panel feedback",
        "Panel members give written feedback to each foster carer approved at panel, and the "
        "panel chair reports twice a year to the Fostering Service Manager.",
        "Neil Ormesby", "30-Sep-2016", "ok", 50,
        "")
    add(4, 2, "Adoption Support Fund",
        "Every adoptive family with a child who needs therapy is helped to apply to the "
        "Adoption Support Fund, and take-up is reported to the Corporate Parenting Board.",
        "Sam Aldgrave", "31-Mar-2017", "ok", 35,
        "")
    add(4, 3, "Staff wellbeing",
        "Timely access to the counselling service for all staff, and a trained mental health "
        "first aider in every office.",
        "HR Business Partner", "31-Oct-2016", "ok", 40,
        "")
    add(4, 4, "Short breaks home at Hillcrest Road",
        "Register and open the new four-bed short breaks home for disabled children.",
        "Neil Ormesby", "31-Jan-2017", "ok", 60,
        "21-Jun-2016: Building work on schedule.")
    add(4, 5, "Troubled Families phase 2",
        "Identify and work with the next 450 families and make the payment-by-results claims "
        "each quarter.",
        "Lisa Hartside", "", "ok", 55,
        "")
    add(4, 6, "Step Up to Social Work cohort 4",
        "Take six trainees with the regional partnership and find each a practice educator.",
        "Martin Carrow", "31-Jan-2017", "new", 0,
        "")
    add(4, 7, "Mobile working",
        "Tablets for all social workers and personal advisers, with the case system available "
        "away from the office.",
        "ICT Business Partner", "30-Apr-2016", "late", 85,
        "30-Jun-2016: 80 of 95 devices issued; remaining devices awaiting security update.")
    add(4, 8, "Transport savings",
        "Review transport for children in care to school and contact, to save \u00a3120,000 "
        "in 2016-17.",
        "Sam Aldgrave", "31-Mar-2017", "risk", 20,
        "")
    return acts


OX = {
    "name": "oxmoor", "ext": "pdf", "report": GH_REPORT, "recs": gh_recs,
    "pages": GH_PAGES, "council": "Oxmoor Metropolitan Borough Council",
    "actions": ox_actions, "bounds": (20, 40),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "weak", 5: "weak", 6: "covered",
                 7: "covered", 8: "uncovered"},
    "unanswered": [8], "passing": [4], "partial": [5],
    "orphans": ["CSC-IP-4.1", "CSC-IP-4.2", "CSC-IP-4.3", "CSC-IP-4.4", "CSC-IP-4.5",
                "CSC-IP-4.6", "CSC-IP-4.7", "CSC-IP-4.8"],
    "miscited": [],
    "passing_phrase": {4: ("CSC-IP-3.5", "whether an advocate was offered")},
    "decoys": {8: ["CSC-IP-4.1", "CSC-IP-4.2"]},
    "ask_decoys": {5: ["CSC-IP-4.3"]},
    "asks": {1: [("children's plans (child in need, child protection, looked after) with clear "
                  "targets, focused on risk and the most important issues",
                  ["CSC-IP-3.1", "CSC-IP-3.2", "CSC-IP-3.4"]),
                 ("pathway plans for care leavers likewise", ["CSC-IP-3.3"])],
             5: [("support care leavers to understand their health histories more thoroughly",
                  ["CSC-IP-2.1", "CSC-IP-2.2"]),
                 ("ensure care leavers have regular and timely access to mental health "
                  "services", [])],
             7: [("a protocol with all education and training partners", ["CSC-IP-2.6"]),
                 ("proactive support for care leavers to stay on their courses and complete "
                  "their qualifications", ["CSC-IP-2.6", "CSC-IP-2.7", "CSC-IP-2.8"])]},
    "notes": (
        "PDF of an action status report printed from a council performance system ('Corvus "
        "Performance Manager', Pentana/Covalent-like), A4 landscape. Every page has a header: "
        "the system name at the left, the report title 'Ofsted Improvement Plan - Action Status "
        "Report' in the middle, 'Run date: 04-Jul-2016 08:47' and 'Page x of y' at the right, "
        "a rule beneath; a footer names the council. Page 1 opens with a filter line (plan, "
        "owner, 'Show: all actions') and a 'Status summary' table (each status as its icon and "
        "text, the number of actions, a percentage; a Total row): not actions. Then the "
        "plan: each theme as a dark "
        "bar ('CSC-IP-1 Every child learning', 'CSC-IP-2 Leaving care well', 'CSC-IP-3 Plans "
        "that drive change', 'CSC-IP-4 Service development'; 'section' is the bar as printed), "
        "not in the report's order, and under it each action as a BLOCK kept on one page: a "
        "coloured bar holding the action's code (CSC-IP-3.5 and so on; 'row') and the "
        "action's title, then a grid of labelled fields, the label in a grey cell to the "
        "left of its value: "
        "'Description' across the width; 'Assigned To', 'Due Date', 'Status', 'Progress %' side "
        "by side; 'Latest Note' across the width. 'text' is the bar's title and the Description "
        "joined by ': '; 'leads_raw' the Assigned To value as printed (a person's name, two "
        "names joined by '; ' for action CSC-IP-1.2, a role for orphans CSC-IP-4.3 and "
        "CSC-IP-4.7, '' for action CSC-IP-2.5 ('Entitlements checklist'), whose field is "
        "empty); 'date_raw' the Due Date as printed ('31-Jul-2016'; '' for orphan CSC-IP-4.5 "
        "('Troubled Families phase 2'), whose field is empty); 'objective' null. The Status "
        "value is a coloured circle drawn beside its text ('Completed', 'On track', 'At risk', "
        "'Overdue', 'Not started'); Progress % a number; the Latest Note a dated comment, empty "
        "on many actions: neither is part of the action's text. The action codes are the "
        "system's own numbering: theme 1-4 and a number within it; they are no recommendation's "
        "number (CSC-IP-1.1 answers R3, CSC-IP-2.3 answers R6, CSC-IP-3.2 answers R1). "
        "Nothing cites a recommendation number: explicit_refs is [] everywhere and every "
        "link is judged. Hard unanswered: R8 "
        "(the adoption panel giving quality assurance feedback to the agency on the quality of "
        "reports presented to panel and on adoption performance): nothing is aimed at it; "
        "orphan CSC-IP-4.1 ('Fostering panel feedback': written feedback from the fostering "
        "panel to foster carers) and orphan CSC-IP-4.2 ('Adoption Support Fund': therapy for "
        "adopted children, take-up reported to the Corporate Parenting Board) share its words "
        "but neither touches what the adoption panel tells the agency. Passing: R4 (access to "
        "independent advocacy for children subject to child protection processes) is touched "
        "only by action CSC-IP-3.5 ('Chairs' checklist', aimed at R2), whose checklist "
        "records 'whether an advocate was offered': nothing provides or commissions "
        "advocacy; weak, no link. Partly answered (see asks): R5: helping care leavers "
        "understand their health histories is answered by actions CSC-IP-2.1 ('My Health "
        "Story') and CSC-IP-2.2 ('Health history at the 18+ review'); regular and timely access "
        "to mental health services by nothing (no linked action names mental health, CAMHS, "
        "counselling or emotional wellbeing); ask decoy: orphan CSC-IP-4.3 ('Staff wellbeing': "
        "'timely access' to counselling and a 'mental health' first aider, for staff); weak. "
        "Answered: R1 by CSC-IP-3.1 to 3.4 (children's plans 3.1, 3.2, 3.4; pathway plans "
        "3.3); R2 by CSC-IP-3.5 to 3.7; R3 by CSC-IP-1.1 to 1.4; R6 by CSC-IP-2.3 to 2.5; R7 by "
        "CSC-IP-2.6 to 2.8 (the protocol 2.6; support to stay and complete 2.6, 2.7, 2.8). "
        "Orphans CSC-IP-4.1 to 4.8: the whole of 'CSC-IP-4 Service development' (also a short "
        "breaks home, Troubled Families, Step Up to Social Work, mobile working, transport "
        "savings). The plan's own names: Corvus Performance Manager, the Speak Up group (the "
        "children in care council), My Health Story, Oxmoor College, Hillcrest Road."),
}

PLANS = [EH, OX]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its row (the # cell / the action code)
# ---------------------------------------------------------------------------------------------

def build_bh(plan, set_name="bh"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """row -> action id, as build_gold names them."""
    return {a["row"]: f"{plan['name']}-{i}" for i, a in enumerate(plan["actions"](), 1)}


# ---------------------------------------------------------------------------------------------
# Writer of the action status report
# ---------------------------------------------------------------------------------------------

OX_FILTER = ("Plan: CSC Ofsted Improvement Plan 2016-17 | Owner: all | Show: all actions | "
             "Sort: action code")
OX_FOOTER = "Oxmoor Metropolitan Borough Council - Care, Wellbeing and Learning - OFFICIAL"


def write_ox(plan, acts, path):
    reportlab_canvas()  # invariant mode before anything is built
    from reportlab.lib.colors import HexColor, white
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether,
                                    PageTemplate, Paragraph, Spacer, Table, TableStyle)

    w, h = landscape(A4)
    side, top, bottom = 1.3 * cm, 2.0 * cm, 1.5 * cm
    grey, ink, theme_fill = HexColor("#D9D9D9"), HexColor("#1F1F1F"), HexColor("#203864")
    bar_fill = HexColor("#DEEAF6")
    small = ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=10)
    label = ParagraphStyle("label", parent=small, fontName="Helvetica-Bold")
    bar_text = ParagraphStyle("bar", parent=small, fontName="Helvetica-Bold", fontSize=9.5,
                              leading=12)
    theme_text = ParagraphStyle("theme", parent=small, fontName="Helvetica-Bold", fontSize=11,
                                leading=14, textColor=white)
    heading = ParagraphStyle("heading", parent=small, fontName="Helvetica-Bold", fontSize=11,
                             leading=14, spaceAfter=4)

    class StatusIcon(Flowable):
        """A coloured circle and its text alternative, as the system draws a status."""

        def __init__(self, status):
            Flowable.__init__(self)
            self.fill, self.text = OX_STATUS[status]

        def wrap(self, aw, ah):
            return min(aw, 3.0 * cm), 10

        def draw(self):
            c = self.canv
            c.setFillColor(HexColor(self.fill))
            c.setStrokeColor(HexColor("#404040"))
            c.setLineWidth(0.3)
            c.circle(4, 3.5, 3.8, stroke=1, fill=1)
            c.setFillColor(ink)
            c.setFont("Helvetica", 8)
            c.drawString(12, 1, self.text)

    width = w - 2 * side
    story = [Paragraph(xml_escape(OX_FILTER), small), Spacer(1, 0.3 * cm),
             Paragraph("Status summary", heading)]
    counts = {k: sum(1 for a in acts if a["extra"]["status"] == k) for k in OX_STATUS}
    rows = [[Paragraph("Status", label), Paragraph("Actions", label), Paragraph("%", label)]]
    for k in OX_STATUS:
        rows.append([StatusIcon(k), Paragraph(str(counts[k]), small),
                     Paragraph(f"{round(100 * counts[k] / len(acts))}%", small)])
    rows.append([Paragraph("Total", label), Paragraph(str(len(acts)), label),
                 Paragraph("100%", label)])
    summ = Table(rows, colWidths=[3.4 * cm, 2.0 * cm, 1.6 * cm], hAlign="LEFT")
    summ.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, HexColor("#808080")),
                              ("BACKGROUND", (0, 0), (-1, 0), grey),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [summ, Spacer(1, 0.5 * cm)]

    lab_w = 2.3 * cm
    val_w = (width - 4 * lab_w) / 4
    for group in _groups(acts, lambda a: a["extra"]["theme"]):
        bar = Table([[Paragraph(xml_escape(group[0]["section"]), theme_text)]],
                    colWidths=[width])
        bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), theme_fill),
                                 ("TOPPADDING", (0, 0), (-1, -1), 4),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        story += [bar, Spacer(1, 0.25 * cm)]
        for a in group:
            x = a["extra"]
            head = Table([[Paragraph(xml_escape(a["row"]), bar_text),
                           Paragraph(xml_escape(x["title"]), bar_text)]],
                         colWidths=[3.0 * cm, width - 3.0 * cm])
            head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bar_fill),
                                      ("LINEBELOW", (0, 0), (-1, -1), 1.2,
                                       HexColor(OX_STATUS[x["status"]][0]))]))

            def v(s):
                return Paragraph(xml_escape(s), small)

            grid = Table([
                [Paragraph("Description", label), v(x["desc"]), "", "", "", "", "", ""],
                [Paragraph("Assigned To", label), v(a["lead"]), Paragraph("Due Date", label),
                 v(a["date"]), Paragraph("Status", label), StatusIcon(x["status"]),
                 Paragraph("Progress %", label), v(f"{x['pct']}%")],
                [Paragraph("Latest Note", label), v(x["note"]), "", "", "", "", "", ""],
            ], colWidths=[lab_w, val_w] * 4)
            grid.setStyle(TableStyle([
                ("SPAN", (1, 0), (7, 0)), ("SPAN", (1, 2), (7, 2)),
                ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#A0A0A0")),
                ("BACKGROUND", (0, 0), (0, -1), grey),
                ("BACKGROUND", (2, 1), (2, 1), grey), ("BACKGROUND", (4, 1), (4, 1), grey),
                ("BACKGROUND", (6, 1), (6, 1), grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(KeepTogether([head, grid, Spacer(1, 0.35 * cm)]))

    def furniture(c, n, total):
        c.saveState()
        c.setFillColor(ink)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(side, h - 1.1 * cm, "Corvus Performance Manager")
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(w / 2, h - 1.1 * cm, "Ofsted Improvement Plan - Action Status Report")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - side, h - 0.9 * cm, f"Run date: {OX_RUN}")
        c.drawRightString(w - side, h - 1.3 * cm, f"Page {n} of {total}")
        c.setStrokeColor(theme_fill)
        c.setLineWidth(0.8)
        c.line(side, h - 1.5 * cm, w - side, h - 1.5 * cm)
        c.setFont("Helvetica", 7)
        c.drawString(side, 0.8 * cm, OX_FOOTER)
        c.restoreState()

    frame = Frame(side, bottom, width, h - top - bottom, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(str(path), pagesize=(w, h), pageTemplates=[
        PageTemplate(id="page", frames=[frame])],
        title="Ofsted Improvement Plan - Action Status Report", author="Corvus",
        subject="", creator="Corvus Performance Manager 8.2 report server")
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    assert doc.page >= 3, doc.page  # blocks run over several pages, the header on each


def write_md(plan, acts, path):
    write_eh(plan, acts, path)


WRITERS = {"eastholm": write_md, "oxmoor": write_ox}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "eastholm": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(6, 12)),
    "oxmoor": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(6, 12)),
}


def check_recs(plan):
    """The transcribed items: numbered as the report numbers them (consecutive), clean single-line
    texts, found word for word and in order in the report's block (when the PDF is at hand), with
    nothing but the item's number and full stop before each and nothing after the last."""
    recs = plan["recs"]()
    nums = [r["number"] for r in recs]
    assert nums == list(range(nums[0], nums[0] + len(nums))), plan["name"]
    assert len(recs) == len(plan["expected"]) and set(nums) == set(plan["expected"])
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and (t.endswith(".") or t.endswith(")")), r["number"]
        assert not re.search(r"\ufffe|\u00ad|'", t), r["number"]  # no markers; curly
        assert r["page"] in plan["pages"], r["number"]
    spec = BLOCKS[plan["report"]]
    gaps = transcribed_gaps(plan, recs, spec)
    if gaps is None:
        print(f"{plan['name']}: report PDF not at hand, transcription check skipped")
    for r, gap in zip(recs, gaps or ()):
        assert gap == f"{r['number']}.", (r["number"], gap)
    return recs


# eastholm: the unanswered R14 (only the two decoys speak of missing, triggers or patterns); R13's
# unanswered ask (no linked action speaks of impact, progress, difference or whether a plan
# works); the passing R16 (only action 5.3 names an apprenticeship; nothing else speaks of
# training, employment or work for care leavers)
MISSING = re.compile(r"missing|trigger|pattern|return home", re.I)
IMPACT = re.compile(r"impact|progress|difference|outcome|whether\b.*\bwork|effective", re.I)
CARE_LEAVER_WORK = re.compile(r"apprentice|employ|\bjobs?\b|work experience|traineeship", re.I)
# oxmoor: the unanswered R8 (nothing names the adoption panel or quality assurance); R5's
# unanswered ask (no linked action names mental health, CAMHS, counselling or wellbeing); the
# passing R4 (only action CSC-IP-3.5 names an advocate)
ADOPTION_PANEL = re.compile(r"adoption panel|quality assurance|\bpanel\b", re.I)
MENTAL = re.compile(r"mental|CAMHS|counsell|wellbeing|emotional|therap", re.I)
ADVOCACY = re.compile(r"advoca", re.I)


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
    assert len(pid) == len(acts), name  # every row reference unique
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
        assert phrase in a["text"], (name, n, phrase)
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
    # the notes' "action X ('words" / "orphan X ('words" quote that action's own words, X its row
    quoted = re.findall(r"\b(?:actions?|orphans?) ([\w.-]+) \('([^']+)", d["notes"], re.I)
    assert len(quoted) >= 6, (name, quoted)
    for k, words in quoted:
        assert words in ids[pid[k]]["text"], (name, k, words)
    for k in re.findall(r"\borphans? ((?:CSC-IP-)?\d\.\d)\b", d["notes"]):
        assert pid[k] in d["orphans"], (name, k)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>*_#`\\\[\]]|\u00a0", a["text"] + a["leads_raw"] +
                             a["date_raw"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*)\b", a["text"],
                             re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
        assert not a["explicit_refs"] and a["objective"] is None, a["id"]
    assert all(l["source"] == "judged" for l in gold["links"]), name
    # at least a third of the links share at most one distinctive word with the recommendation
    # they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # covered recommendations: every ask answered, two to six actions
    for r, s in gold["expected"].items():
        if s == "covered":
            assert 2 <= len(per_rec[r]) <= 6, (r, per_rec[r])
    # the sections are in the document's order, the last holding exactly the orphans
    sections = [g[0]["section"] for g in _groups(acts, lambda a: a["section"])]
    assert len(sections) == len(set(sections)), sections
    last = [a["id"] for a in acts if a["section"] == sections[-1]]
    assert set(last) == set(d["orphans"]), name
    # the aims of the sections are not the report's order
    first = [min(int(r[1:]) for r in mine[g[0]["id"]])
             for g in _groups(acts, lambda a: a["section"]) if mine[g[0]["id"]]]
    assert first != sorted(first), first
    leads = [a["leads_raw"] for a in acts]
    dates = [a["date_raw"] for a in acts]
    assert any(v in ("", "tbc") for v in leads) and any(v in ("", "tbc") for v in dates), name
    assert len(set(leads)) >= 8, (name, set(leads))
    linked = [a for a in acts if mine[a["id"]]]
    if name == "eastholm":
        check_eh(gold, plan, acts, raw, mine, linked, d)
    if name == "oxmoor":
        check_ox(gold, plan, acts, raw, mine, linked, d)
    return True


def check_eh(gold, plan, acts, raw, mine, linked, d):
    themes = [g[0]["extra"]["theme"] for g in _groups(raw, lambda r: r["extra"]["theme"])]
    assert themes == sorted(EH_THEMES), themes
    for g in _groups(raw, lambda r: r["extra"]["theme"]):
        t = g[0]["extra"]["theme"]
        assert [r["row"] for r in g] == [f"{t}.{k}" for k in range(1, len(g) + 1)], t
    for a, r in zip(acts, raw):
        action, owner, due = r["extra"]["raw"]
        assert action.startswith("**") and action.count("**") == 2, a["id"]  # bold first words
        assert a["text"] == md_plain(action) and a["leads_raw"] == md_owner(owner), a["id"]
        assert a["section"] == EH_THEMES[r["extra"]["theme"]][0], a["id"]
        # the unanswered R14: only the decoys 6.1 and 6.2 speak of missing, triggers, patterns
        assert not MISSING.search(a["text"]) or r["row"] in ("6.1", "6.2"), a["id"]
        if CARE_LEAVER_WORK.search(a["text"]):  # the passing R16: action 5.3 only
            assert r["row"] == "5.3", a["id"]
    for a in linked:  # R13's unanswered ask: nothing aimed at R13 asks whether it works
        if "R13" in mine[a["id"]]:
            assert not IMPACT.search(a["text"]), a["id"]
    cells = [c for r in raw for c in r["extra"]["raw"]]
    assert sum("<br>" in c for c in cells) >= 8, "line breaks"
    assert sum("\\|" in c for c in cells) == 3, "escaped pipes"
    assert sum(bool(re.search(r"\]\(https://", c)) for c in cells) == 3, "links"
    with_status = {t for t, (_, s) in EH_THEMES.items() if s}
    assert with_status and with_status != set(EH_THEMES), "status only in some tables"
    assert {r["extra"]["status"] for r in raw if r["extra"]["status"]} == set(EH_STATUS)
    for v in ("tbc", "Ongoing", "Monthly", "Quarterly", "Jan 2015 (was Oct 2014)",
              "Dec 2014 | Mar 2015"):
        assert v in {a["date_raw"] for a in acts}, v
    assert "" in {a["leads_raw"] for a in acts} and "tbc" in {a["leads_raw"] for a in acts}
    # the intro, the legend and the change log are not the plan: no action's words in them;
    # the change log's missing-from-care line is the only mention of missing outside 6.1/6.2
    furniture = " ".join([EH_INTRO, EH_LEGEND] + EH_CHANGELOG)
    assert not any(a["text"] in furniture for a in acts)
    assert [s for s in EH_CHANGELOG if MISSING.search(s)] == [EH_CHANGELOG[3]]


def check_ox(gold, plan, acts, raw, mine, linked, d):
    themes = [g[0]["extra"]["theme"] for g in _groups(raw, lambda r: r["extra"]["theme"])]
    assert themes == sorted(OX_THEMES), themes
    for g in _groups(raw, lambda r: r["extra"]["theme"]):
        t = g[0]["extra"]["theme"]
        assert [r["row"] for r in g] == [f"CSC-IP-{t}.{k}" for k in range(1, len(g) + 1)], t
    run = OX_RUN.split()[0]
    from datetime import datetime
    run_day = datetime.strptime(run, "%d-%b-%Y")
    for a, r in zip(acts, raw):
        x = r["extra"]
        assert a["text"] == f"{x['title']}: {x['desc']}", a["id"]
        assert a["section"] == OX_THEMES[x["theme"]], a["id"]
        assert 0 <= x["pct"] <= 100 and (x["pct"] == 100) == (x["status"] == "done"), a["id"]
        assert (x["pct"] == 0) == (x["status"] == "new"), a["id"]
        if a["date_raw"]:
            due = datetime.strptime(a["date_raw"], "%d-%b-%Y")
            # overdue exactly when the due date has passed and the action is not complete
            assert (x["status"] == "late") == (due < run_day and x["status"] != "done"), a["id"]
        assert not ADOPTION_PANEL.search(a["text"]) or a["id"] in d["orphans"], a["id"]  # R8
        assert not re.search(r"adoption panel|quality assurance", a["text"], re.I), a["id"]
        assert not ADVOCACY.search(a["text"]) or r["row"] == "CSC-IP-3.5", a["id"]  # R4
        assert not ADVOCACY.search(x["note"]) and not MENTAL.search(x["note"]), a["id"]
        assert not ADOPTION_PANEL.search(x["note"]), a["id"]
    for a in linked:  # R5's unanswered ask
        assert not MENTAL.search(a["text"]), a["id"]
    assert set(x["extra"]["status"] for x in raw) == set(OX_STATUS), "every status used"
    assert any(not r["extra"]["note"] for r in raw) and any(r["extra"]["note"] for r in raw)


if __name__ == "__main__":
    main(sys.argv[1:], "bh", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_bh)
