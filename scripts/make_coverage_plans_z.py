"""Write the sealed coverage evaluation set "z": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_z.py            # writes documents and gold
    python scripts/make_coverage_plans_z.py --check    # only runs the consistency checks

Documents: corpus/coverage/z/<name>.<ext>      Gold: corpus/gold/coverage/z/<name>.json

The two documents imitate what councils really publish: a large Word improvement plan written
after an inadequate judgement (introduction, governance, then one table per improvement theme
Action | Success measure | Owner | By when | Ofsted rec, the last column citing recommendation
numbers on about a third of the rows, themes in the council's own order), and a plain-text
staff bulletin as an intranet or email editor gives it (title, short paragraphs, numbered
actions each followed by "Owner:" and "Deadline:" lines, sections headed in the council's own
words, no recommendation numbers).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes, never by reading the
generated documents back, and no extractor code is imported or run.

Recommendation texts: Islington 2020 comes from the hand-checked report gold in
corpus/gold/reports/ (local-authority items only, via report_recs). Tower Hamlets 2017 has no
file there: its fifteen local-authority recommendations (report pages 9-10, "Recommendations",
not the LSCB's list on page 32) were transcribed by hand from the report PDF for this set and
are held below as data (TH_RECS), word for word, lines broken by the PDF joined, the report's
own numbering kept. This set builds its gold with its own build function (build_z), which takes
a plan's recommendations from the plan when it carries them and from report_recs otherwise;
nothing is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the row cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
    cite="8 & 9"                   the plan's Ofsted rec cell as written (explicit_refs parsed)
    mis=True                       the row cites a number its action does not answer; its
                                   citation is not a link, its true link is judged
Actions with no links are orphans (business as usual), see each plan's design notes.

All councils, people, teams, systems, charities and local programmes are fictional (national
schemes such as Troubled Families, the Mockingbird family model, MACE meetings or the Public Law
Outline are named as councils name them). Output is deterministic: DOCX core properties are
fixed and every zip member is written with a fixed timestamp; the text file is plain text.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, build_gold, docx_props, main, normalise_zip, report_recs  # noqa: E402
from _coverage_sets import STOP, curly, groups as _groups, repeat_header as _repeat_header, shade as _shade, words as _words  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (14, 55)


# ---------------------------------------------------------------------------------------------
# Tower Hamlets, inspection of services for children in need of help and protection, children
# looked after and care leavers (SIF), report published 7 April 2017, overall inadequate.
# The local authority's fifteen recommendations, "Recommendations", pages 9-10 of the PDF,
# transcribed by hand for this set (no corpus/gold/reports file exists for this report).
# Lines broken by the PDF are joined; the report's numbering, wording and quotation marks
# (R8's curly 'missing', R12's apostrophe) are kept. The LSCB's five bulleted recommendations
# (page 32) are addressed to the board and are not part of the list.
# ---------------------------------------------------------------------------------------------

TH_REPORT = "tower-hamlets-80516/2017-04-07.pdf"

TH_RECS = [
    (1, 9, "Take immediate action to ensure that work with children and their families is "
           "compliant with basic practice standards and that poor practice is challenged across "
           "all service areas."),
    (2, 9, "Take steps to ensure that thresholds are consistently applied and that children "
           "requiring statutory intervention receive it."),
    (3, 9, "Ensure that strategy discussions include all relevant agencies and that robust "
           "arrangements are in place to protect children while child protection investigations "
           "take place."),
    (4, 9, "Improve the quality of assessments and plans for children to ensure that purposeful "
           "work takes place to prevent drift, and to protect children in need of help and "
           "protection and children in care."),
    (5, 9, "Ensure that independent reviewing officers (IROs) and child protection chairs provide "
           "sufficient challenge to plans."),
    (6, 9, "Take immediate action to ensure that management oversight and supervision are "
           "strengthened and that all work is recorded appropriately to an acceptable standard."),
    (7, 9, "Urgently improve the quality and timeliness of services for children who are at risk "
           "of becoming involved in gangs and serious youth violence. Ensure the alignment of "
           "those services with those for children who go missing and those who are vulnerable "
           "to sexual exploitation and radicalisation. Ensure that comprehensive and accurate "
           "intelligence and data inform service developments."),
    (8, 9, "Ensure that risks to children who go missing from home or care are assessed by social "
           "workers and their managers, and that all \u2018missing\u2019 children are offered a "
           "return home interview within 72 hours."),
    (9, 9, "Take urgent steps to ensure that social workers and managers receive relevant "
           "training to counter child sexual exploitation, and that children identified as at "
           "risk of sexual exploitation are subject to a risk assessment and offered responsive "
           "and appropriate help."),
    (10, 9, "Review the arrangements for private fostering to ensure that practice is compliant "
            "with statutory requirements, that assessments include relevant information and that "
            "reviews are meaningful and timely."),
    (11, 9, "Ensure that children benefit from effective and timely processes under the PLO that "
            "address all risks for children and are thorough and well managed."),
    (12, 9, "Urgently address the sufficiency of emergency and unplanned placements so that "
            "children\u2019s needs can be met appropriately when they become looked after."),
    (13, 10, "Improve the quality of child permanence reports to ensure that all areas are fully "
             "evidenced, including details of all brothers and sisters and relevant medical "
             "information."),
    (14, 10, "Ensure that the agency decision-maker reads and considers all adoption panel "
             "paperwork, panel minutes and recommendations before reaching her decisions and "
             "that she clearly records her own reasons for the decisions made."),
    (15, 10, "Implement the workforce strategy as swiftly as possible to improve workforce "
             "stability and capacity. Undertake a training needs analysis to ensure that the "
             "workforce is appropriately trained in order to achieve improvements and "
             "consistency in the quality of practice."),
]


def th_recs():
    """Tower Hamlets' recommendations in the shape report_recs gives (corpus/gold/reports)."""
    return [{"number": n, "label": f"{n}.", "group": None, "addressee": "local authority",
             "text": t, "page": p} for n, p, t in TH_RECS]


def plan_recs(plan):
    return plan["recs"]() if plan.get("recs") else report_recs(plan["report"])


# ---------------------------------------------------------------------------------------------
# Plan 1: Pellingbourne - DOCX improvement plan 2017-19 after an inadequate judgement, answering
# Tower Hamlets 2017-04-07 (SIF, 15 recommendations). Cover lines, Introduction, Governance, How
# to read this plan, then seven themes in the council's own order, each a Heading 1 "Theme N:
# ...", an italic aim sentence and a table Action | Success measure | Owner | By when | Ofsted
# rec. The Ofsted rec cell cites numbers ("R4", "8 & 9") on about a third of rows, blank on the
# rest. One row cites the wrong number.
# ---------------------------------------------------------------------------------------------

PELL_THEMES = [
    ("Theme 1: Front door and early help",
     "Families get the right help the first time they ask, and children who need protecting are "
     "protected straight away."),
    ("Theme 2: Young people at risk outside the home",
     "Young people who go missing, are exploited or are drawn into violence get help quickly "
     "from workers who share what they know."),
    ("Theme 3: Good practice, every time",
     "Every child has a social worker who sees them, knows their story and has a plan that is "
     "making a difference."),
    ("Theme 4: Managers who lead practice",
     "Managers know every child in their team, direct the work and make sure it is written "
     "down."),
    ("Theme 5: A stable, skilled workforce",
     "Pellingbourne is a place where good social workers want to work and want to stay."),
    ("Theme 6: Children in care and permanence",
     "Children who cannot live at home have stable homes and a plan for permanence without "
     "delay."),
    ("Theme 7: Leadership, performance and partnership",
     "Leaders know what is happening for children and are held to account for making it "
     "better."),
]


def _cite_refs(cell):
    """The recommendation numbers an Ofsted rec cell cites: '', 'R4', '8 & 9'."""
    if not cell:
        return []
    m = re.fullmatch(r"R(\d+)|(\d+) & (\d+)", cell)
    assert m, cell
    return [int(x) for x in m.groups() if x]


def pell_actions():
    acts = []
    st = {}

    def theme(k):
        st["t"] = PELL_THEMES[k - 1]

    def add(cite, text, lead, date, measure, links=(), mis=False):
        sec, aim = st["t"]
        acts.append(A(curly(text), curly(lead), date, links, _cite_refs(cite), mis, row=None,
                      section=sec, objective=aim, cite=cite, measure=curly(measure)))

    theme(1)
    add("R2", "Every contact to the First Response Hub that may meet the threshold for "
        "statutory work is screened by a qualified social worker and decided by a hub team "
        "manager within 24 hours; no contact is passed to early help or closed without the "
        "manager recording the reason on FamilyFile.",
        "Head of First Response", "May 2017",
        "95% of contacts decided within 24 hours; monthly dip-sample of 30 step-downs",
        [(2, "e", "h", "thresholds applied consistently at the front door; step-down and "
          "closure decisions made and recorded by a manager (report para 18)")])
    add("R2", "Re-read every domestic abuse notification passed from the hub to early help since "
        "1 September 2016, and allocate to a social worker the same week any child who should "
        "have had a social work assessment.",
        "Service Manager, First Response", "April 2017",
        "All notifications re-read; children allocated",
        [(2, "e", "h", "children who needed statutory intervention but were stepped down get it "
          "(report para 18: domestic abuse referrals sent to the early help hub)")])
    add("", "Publish one Continuum of Need with the police, health and schools, and hold a "
        "monthly calibration session at which hub managers, early help leads and partners test "
        "their decisions on the same anonymised cases.",
        "Head of First Response / Pellingbourne Safeguarding Children Board", "June 2017",
        "Continuum published; ten sessions a year; re-referrals below 20%",
        [(2, "j", "h", "a shared understanding across agencies and teams so that thresholds are "
          "applied consistently")])
    add("R3", "Every strategy discussion to be held as a meeting or conference call with the "
        "police, the child's health professionals, the referring agency and, for a child of "
        "school age, the school; the hub's health and education liaison officers take part "
        "whenever they know the child.",
        "Head of First Response; DI, Child Abuse Investigation Team", "From 1 May 2017",
        "Partners present at 90% of strategy discussions (audit)",
        [(3, "e", "h", "strategy discussions include all relevant agencies (report para 19)")])
    add("", "For every child subject to section 47 enquiries, a written safety plan agreed at the "
        "strategy discussion, with a named manager checking each day that it is being followed "
        "until the enquiry ends.",
        "Team Managers, Assessment and Intervention", "June 2017",
        "Safety plan on file for every child on a s47",
        [(3, "j", "h", "robust arrangements to protect children while child protection "
          "investigations take place")])
    add("", "Joint home visits with the police for every child protection investigation where a "
        "crime may have been committed against the child, with the visit and what the child "
        "said written up the same day.",
        "Team Managers, Assessment and Intervention", "From May 2017",
        "Joint visits recorded on FamilyFile",
        [(3, "j", "m", "arrangements that keep children safe while an investigation is under "
          "way")])
    add("", "Extend the early help advice line to 8am\u20138pm on weekdays and publish an online "
        "directory of the family support services the council commissions.",
        "Early Help Manager", "September 2017", "Calls answered; directory live")
    add("", "Troubled Families: attach 1,150 further families to the programme in 2017/18 and "
        "submit payment-by-results claims every quarter.",
        "Troubled Families Coordinator", "March 2018", "Families attached; claims made")

    theme(2)
    add("R7", "Bring the gangs workers, the youth offending case workers, the missing coordinator "
        "and the sexual exploitation coordinator together as one Youth Safety Team at the "
        "Marlowe Road centre, with a single referral route and one lead worker for each young "
        "person.",
        "Head of Youth Safety", "September 2017", "Team co-located; one referral form in use",
        [(7, "e", "h", "services for young people drawn into gangs and violence aligned with the "
          "missing and exploitation services, with one lead worker (report paras 24-26, 86)")])
    add("", "Replace the separate missing panel, exploitation panel and gangs panel with one weekly "
        "MACE meeting, attended by the police, health, schools and the Prevent coordinator, so "
        "that the same young people are not discussed at three meetings.",
        "Head of Youth Safety; Prevent Coordinator", "From June 2017",
        "One panel; attendance by partners",
        [(7, "j", "h", "alignment of the responses to gangs, going missing, sexual exploitation "
          "and radicalisation")])
    add("", "Steady Ground: a youth worker contacts within 48 hours any young person arrested for "
        "carrying a knife or treated at the Royal Pellingbourne for a stab wound, and offers "
        "twelve weeks of mentoring and family work.",
        "Head of Youth Safety; Royal Pellingbourne Hospital", "October 2017",
        "Contact within 48 hours for 90% of young people",
        [(7, "j", "h", "quicker and better help for young people at risk of serious youth "
          "violence (quality and timeliness, report para 24)")])
    add("8 & 9", "When a child comes back from a missing episode, the social worker completes the "
        "missing risk assessment within 24 hours and the team manager countersigns it; "
        "Waymark offers the return interview within 72 hours; any sign of sexual exploitation "
        "from either starts the exploitation risk assessment the same day.",
        "Team Managers; Waymark Young People's Service", "May 2017",
        "Return interviews offered within 72 hours: 95%",
        [(8, "e", "h", "risks to missing children assessed by social worker and manager; return "
          "home interview offered within 72 hours"),
         (9, "e", "h", "children at risk of sexual exploitation subject to a risk assessment")])
    add("R8", "The missing coordinator chases every return interview not done within three days and "
        "reports weekly to the Head of Youth Safety; the Waymark contract is varied so that "
        "payment follows interviews done on time.",
        "Missing Coordinator; Commissioning Manager", "July 2017", "Weekly exception report",
        [(8, "e", "h", "return home interviews offered within 72 hours (report para 25)")])
    add("", "A child reported missing three times in 90 days is discussed at a strategy meeting "
        "chaired by a team manager, and the child's risk management plan is reviewed.",
        "Team Managers", "", "Tracked on the missing dashboard",
        [(8, "j", "h", "risks to children who go missing repeatedly assessed with their "
          "managers")])
    add("R8", "Every young person where sexual exploitation is suspected to have the exploitation "
        "screening tool completed by the social worker, a full risk assessment within ten "
        "working days and a support plan from the specialist exploitation workers agreed at "
        "MACE.",
        "Team Managers; Specialist Exploitation Workers", "June 2017",
        "Risk assessments within ten days: 90%",
        [(9, "j", "h", "risk assessment and help for children at risk of sexual exploitation; "
          "the row cites R8 (children who go missing) but nothing in it is about going missing")],
        mis=True)
    add("R9", "'Seeing It': a two-day course on exploitation, run with the Riverbank Girls' "
        "Project, for every social worker and team manager in the hub, assessment, family "
        "support and looked after teams; nobody holds an exploitation case until they have "
        "done it.",
        "Workforce Development Manager", "December 2017", "Attendance from the learning record",
        [(9, "e", "h", "social workers and managers trained to counter sexual exploitation")])

    theme(3)
    add("R1", "Launch the Pellingbourne Ten: ten practice standards that every worker and manager "
        "signs up to, from seeing the child alone at every visit to keeping the chronology up "
        "to date.",
        "Principal Social Worker", "April 2017", "Signed by all staff; in the weekly report",
        [(1, "e", "h", "basic practice standards for work with children and families")])
    add("", "Weekly FamilyFile report for each team showing every child's last visit, open "
        "assessments and next plan review; Heads of Service take up every missed standard with "
        "the team manager that week.",
        "Performance and Intelligence Manager; Heads of Service", "Weekly from May 2017",
        "Missed visits below 5%",
        [(1, "j", "h", "compliance with basic standards monitored and shortfalls challenged in "
          "every service")])
    add("R4", "Assessments to include a chronology of the family's history and an analysis of what "
        "daily life is like for the child; team managers do not sign off an assessment without "
        "both.",
        "Principal Social Worker; Team Managers", "July 2017",
        "60% of audited assessments good by March 2018",
        [(4, "e", "h", "quality of assessments: history and analysis (report para 20)")])
    add("R4", "Rewrite child in need, child protection and care plans in the 'what needs to change, "
        "who will do it, by when' format; core groups and child in need meetings score "
        "progress against the plan each time they meet.",
        "Heads of Service", "September 2017", "All plans in the new format",
        [(4, "e", "h", "quality of plans and purposeful work for children in need, on child "
          "protection plans and in care (report para 21)")])
    add("", "Monthly drift panel chaired by the Divisional Director for every child who has been on "
        "a plan for more than 15 months or is on a plan for the second time, until a clear way "
        "forward is agreed.",
        "Divisional Director, Children's Social Care", "Monthly from June 2017",
        "Children on plans over 15 months",
        [(4, "j", "h", "preventing drift for children in need of help and protection")])
    add("R11", "Fortnightly legal gateway meeting: no child to stay in pre-proceedings for more than "
        "16 weeks without a decision to issue or to step down.",
        "Head of Legal Services (Children); Head of Family Support and Protection", "June 2017",
        "No child in pre-proceedings for more than 16 weeks",
        [(11, "e", "h", "timely, well managed PLO (report para 23)")])
    add("", "Legal gateway tracker: each child's entry shows the date of the letter before "
        "proceedings, the date of the next review meeting and, where adoption is the plan, the "
        "date the child permanence report is due.",
        "Legal Gateway Coordinator", "May 2017", "Tracker reviewed at each gateway meeting",
        [(11, "j", "h", "robust tracking of pre-proceedings work (report para 23); the child "
          "permanence report's due date is a passing mention (R13)")])
    add("", "Letters before proceedings written in plain language and checked by Legal before they "
        "are sent; a family group conference offered to every family before the first "
        "pre-proceedings meeting.",
        "", "July 2017", "",
        [(11, "j", "m", "thorough pre-proceedings work that addresses the risks with the "
          "family")])

    theme(4)
    add("R6", "Monthly supervision for every social worker on the new FamilyFile template, with a "
        "case direction for each child discussed and a date by which it will be checked.",
        "Team Managers", "May 2017", "Supervision within four weeks: 95%",
        [(6, "e", "h", "supervision strengthened and recorded (report para 91)")])
    add("", "A manager's note on the child's record at each key decision \u2013 contact, strategy "
        "discussion, end of assessment, plan review and closure \u2013 saying what was decided "
        "and why.",
        "Team Managers; Heads of Service", "June 2017", "Decisions recorded (monthly audit)",
        [(6, "j", "h", "management oversight at key decisions, recorded on the child's file")])
    add("", "Emergency duty team managers to record a decision on FamilyFile for every child seen "
        "out of hours, including any child who needed an unplanned placement overnight, before "
        "9am the next working day.",
        "Emergency Duty Team Manager", "April 2017", "",
        [(6, "j", "h", "management oversight and recording out of hours; the unplanned "
          "placement is a passing mention (R12)")])

    theme(5)
    add("R15", "Take the Children's Workforce Strategy 2017\u201319 to Cabinet and put it into "
        "effect: a market supplement for hard-to-fill posts, a 'Stay with Us' payment after two "
        "years and a clear route from social worker to advanced practitioner.",
        "Divisional Director; Head of HR (Children's)", "Cabinet 14 June 2017",
        "Turnover below 15%",
        [(15, "e", "h", "the workforce strategy implemented to improve stability")])
    add("R15", "Caseloads capped at 18 children per social worker (12 in the first year in "
        "practice), paid for by 14 more social worker posts from the council's reserves.",
        "Divisional Director; Corporate Director, Resources", "September 2017",
        "Average caseload 18 or below in every team",
        [(15, "e", "h", "workforce capacity (report para 90)")])
    add("", "Fill agency-held posts with permanent staff through an international campaign and a "
        "recruitment partner, bringing agency workers below 20% of social workers and managers.",
        "Head of HR (Children's)", "March 2018", "Agency rate",
        [(15, "j", "h", "workforce stability: fewer agency staff")])
    add("", "Move course booking for children's services onto the council's new online learning "
        "platform, LearnPell, so that staff can book training themselves.",
        "Learning and Development Team", "", "")
    add("", "Staff wellbeing: a confidential counselling line and a quiet room in every social "
        "work office.",
        "HR Business Partner", "August 2017", "Staff survey")

    theme(6)
    add("", "Fostering panel: appoint two new independent members and a vice-chair, and refresh "
        "the panel's terms of reference so that foster carer assessments and annual reviews "
        "come to panel in a timely way.",
        "Fostering Service Manager", "July 2017", "Panel quorate; reviews on time")
    add("", "Extend the Mockingbird family model to a second constellation of ten foster homes "
        "around a hub carer.",
        "Fostering Service Manager", "January 2018", "Second constellation running")
    add("", "Adoption panel: a training day for panel members and the panel adviser, a refreshed "
        "central list, and panel minutes sent out within ten working days of each panel.",
        "Adoption Service Manager; Panel Adviser", "October 2017", "Minutes within ten days")
    add("", "Initial health assessments for children coming into care completed within 20 "
        "working days, with consent forms signed at the point of entry.",
        "Designated Nurse, Children in Care; Team Managers", "September 2017",
        "Assessments in time: 80%")
    add("", "Personal advisers to visit every care leaver in custody each month and attend their "
        "sentence planning meetings.",
        "Leaving Care Service Manager", "", "Visits recorded")

    theme(7)
    add("", "Children's Improvement Board chaired by the Chief Executive, with the Lead Member for "
        "Children's Services, the Corporate Director and partners, meeting monthly to drive this "
        "plan.",
        "Chief Executive", "From April 2017", "Monthly highlight report")
    add("R1", "Every team manager and Head of Service audits two cases a month against the "
        "Pellingbourne Ten; actions from each audit are set on FamilyFile and followed until "
        "they are done.",
        "Head of Quality Assurance", "Monthly from June 2017",
        "Audit actions completed within 20 days: 90%",
        [(1, "e", "h", "compliance with practice standards tested and poor practice followed "
          "up in every service (report para 89)")])
    add("", "Rebuild the monthly performance scorecard from validated FamilyFile data and add "
        "children in need, who are not reported at present.",
        "Performance and Intelligence Manager", "August 2017", "Scorecard signed off")
    add("", "Children's Services Scrutiny Sub-Committee to receive this plan and a progress report "
        "every quarter.",
        "Scrutiny Lead Officer", "Quarterly", "")
    add("", "Lead Member to attend the Safeguarding Children Board as a participating observer, and "
        "the Chief Executive's corporate safeguarding group to receive the Improvement Board's "
        "minutes.",
        "Lead Member for Children's Services; Chief Executive", "May 2017", "")
    add("", "Joint commissioning strategy for children and families agreed with the clinical "
        "commissioning group.",
        "", "December 2017", "Strategy agreed")
    return acts


PELL = {
    "name": "pellingbourne", "ext": "docx", "report": TH_REPORT, "recs": th_recs,
    "council": "London Borough of Pellingbourne",
    "actions": pell_actions, "bounds": (40, 55),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "uncovered",
                 6: "covered", 7: "weak", 8: "covered", 9: "covered", 10: "uncovered",
                 11: "covered", 12: "weak", 13: "weak", 14: "uncovered", 15: "weak"},
    "unanswered": [5, 10, 14], "passing": [12, 13], "partial": [7, 15],
    "orphans": [7, 8, 31, 32, 33, 34, 35, 36, 37, 38, 40, 41, 42, 43], "miscited": [15],
    "passing_phrase": {12: (27, "any child who needed an unplanned placement overnight"),
                       13: (23, "the date the child permanence report is due")},
    "decoys": {10: [33], 14: [35]},
    "asks": {3: [("strategy discussions include all relevant agencies", [4]),
                 ("robust arrangements to protect children while child protection "
                  "investigations take place", [5, 6])],
             6: [("management oversight strengthened", [26, 27]),
                 ("supervision strengthened", [25]),
                 ("all work recorded appropriately to an acceptable standard", [25, 26, 27])],
             7: [("the quality and timeliness of services for children at risk of gangs and "
                  "serious youth violence", [9, 11]),
                 ("the alignment of those services with those for children who go missing and "
                  "who are vulnerable to sexual exploitation and radicalisation", [9, 10]),
                 ("comprehensive and accurate intelligence and data inform service "
                  "developments", [])],
             8: [("risks to missing children assessed by social workers and their managers",
                  [12, 14]),
                 ("a return home interview offered within 72 hours", [12, 13])],
             9: [("social workers and managers receive training to counter sexual exploitation",
                  [16]),
                 ("children at risk of sexual exploitation subject to a risk assessment",
                  [12, 15]),
                 ("children at risk of sexual exploitation offered responsive and appropriate "
                  "help", [15])],
             15: [("implement the workforce strategy to improve workforce stability and capacity",
                   [28, 29, 30]),
                  ("undertake a training needs analysis", [])]},
    "notes": (
        "DOCX, landscape, as a council's Word improvement plan after an inadequate judgement: "
        "title and subtitle, a version / owner / approval block, headings 'Introduction', "
        "'Governance' and 'How to read this plan' with prose (not actions), then seven themes "
        "in the council's own order (not the report's), each a Heading 1 'Theme N: ...' "
        "('section'), an italic aim sentence ('objective', as written) and one table Action | "
        "Success measure | Owner | By when | Ofsted rec whose header row repeats on each page. "
        "One row is one action; 'row' is null (no row numbers). The Success measure cell is not "
        "part of 'text'. The Ofsted rec cell cites numbers on 16 of 43 rows ('R4' ..., and "
        "'8 & 9' on action 12; explicit_refs) and is blank on the rest; every citation but one "
        "is right. Apostrophes and quotation marks are Word's curly ones. Three "
        "recommendations are unanswered. R10 (private fostering) is the hard unanswered one: "
        "orphan 33 (fostering panel members and terms of reference so that 'foster carer "
        "assessments and annual reviews' come to panel 'in a timely way') shares 'fostering', "
        "'assessments', 'reviews' and 'timely' but is about the panel for the council's own "
        "foster carers; nothing is aimed at privately fostered children. R14 (the agency "
        "decision-maker reading adoption panel papers and recording her reasons) has a hard "
        "decoy too: orphan 35 ('Adoption panel' training, a refreshed central list, 'panel "
        "minutes' sent out within ten working days) shares its words without touching the "
        "decision-maker. R5 (challenge to plans by IROs and child protection chairs) is simply "
        "absent: no action involves IROs or conference chairs (the drift panel, action 21, is "
        "chaired by the Divisional Director and aimed at R4). Two are touched only in passing by "
        "actions aimed elsewhere: R12 (sufficiency of emergency and unplanned placements) by "
        "action 27 (emergency duty team managers record a decision for every child seen out of "
        "hours, 'including any child who needed an unplanned placement overnight'; aimed at "
        "R6), R13 (quality of child permanence reports) by action 23 (the legal gateway "
        "tracker shows 'the date the child permanence report is due'; aimed at R11); both "
        "weak. Two multi-ask recommendations are partly answered (see asks): R7 (the quality "
        "and timeliness of services for young people at risk of gangs and serious youth "
        "violence, and their alignment with the missing, exploitation and radicalisation "
        "responses, are answered by 9-11; 'comprehensive and accurate intelligence and data "
        "inform service developments' by nothing: orphan 40 rebuilds the general performance "
        "scorecard and adds children in need, which is not intelligence about gangs and youth "
        "violence) and R15 (the workforce strategy, caseloads and agency staff answered by "
        "28-30; no training needs analysis: orphan 31 only moves course booking onto a "
        "learning platform); both weak. Mis-cited row: action 15 (exploitation screening tool, "
        "risk assessment and support plan for young people at risk of sexual exploitation) "
        "cites 'R8' (children who go missing) but answers R9: its citation is not a link and "
        "its R9 link is judged and flagged miscited. Action 12 cites '8 & 9' and answers both "
        "(explicit). The other eight recommendations are covered, each by two or three actions: "
        "R1 (17, 18, 39), R2 (1-3), R3 (4-6), R4 (19-21), R6 (25-27), R8 (12-14), R9 (12, 15, "
        "16), R11 (22-24); asks are recorded for R3, R6, R8 and R9 and all are answered. "
        "Actions 14, 31 and 37 have no date, 24 and 43 no owner. Orphans (business as usual, "
        "or answering findings of the report that carry no recommendation): 7 (early help "
        "advice line), 8 (Troubled Families), 31 (course booking), 32 (staff wellbeing), 33 "
        "(fostering panel, the R10 trap), 34 (Mockingbird), 35 (adoption panel, the R14 trap), "
        "36 (initial health assessments), 37 (care leavers in custody), 38 (Improvement "
        "Board), 40 (performance scorecard), 41 (scrutiny), 42 (Lead Member and corporate "
        "safeguarding group), 43 (joint commissioning strategy). 'action N' means "
        "pellingbourne-N, numbered down the document: 1-8 Theme 1, 9-16 Theme 2, 17-24 Theme 3, "
        "25-27 Theme 4, 28-32 Theme 5, 33-37 Theme 6, 38-43 Theme 7. The plan's own names: "
        "FamilyFile (case system), First Response Hub, the Pellingbourne Ten, Youth Safety "
        "Team, Steady Ground, Waymark Young People's Service, 'Seeing It', Riverbank Girls' "
        "Project, LearnPell, Royal Pellingbourne Hospital, Marlowe Road centre."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Cressingwold - plain-text staff bulletin answering Islington 2020-04-15 (ILACS-short,
# 2 recommendations). Title, posted-by line, short paragraphs, then two sections headed in the
# council's own words, each with a sentence or two and a numbered list (restarting at 1) whose
# items are followed by "Owner: ..." and "Deadline: ..." lines, then "Also in progress" with
# orphans. No recommendation numbers.
# ---------------------------------------------------------------------------------------------

CRESS_SECTIONS = {
    1: ("When a teenager goes home in a crisis",
        ["Inspectors found that a very small number of teenagers at high risk of exploitation "
         "went back to live with a parent when their placement broke down, while we searched "
         "for somewhere new for them to live. The plans for these young people did not keep "
         "pace with the risks they faced.",
         "Senior managers acted straight away on the young people the inspectors saw. From now "
         "on:"]),
    2: ("Care leavers in charge of their own plans",
        ["Our pathway plans are mostly good and up to date, but some care leavers told "
         "inspectors they had not been involved in their plans or been given a copy. We want "
         "every young person to feel the plan is theirs."]),
    3: ("Also in progress",
        ["Other work the service is taking forward this year:"]),
}


def cress_actions():
    acts = []
    st = {"s": 0, "k": 0}

    def section(n):
        st.update(s=n, k=0)

    def add(text, owner, deadline, links=()):
        st["k"] += 1
        acts.append(A(text, owner, deadline, links, row=str(st["k"]),
                      section=CRESS_SECTIONS[st["s"]][0], objective=None))

    section(1)
    add("When a placement breaks down and a young person goes back to a parent while we find them "
        "a new home, the social worker, the young person and the parent agree a written safety "
        "plan within 24 hours, saying what happens if the young person goes missing or is seen "
        "with people who put them at risk.",
        "Head of Service, Children in Care", "1 June 2020",
        [(1, "j", "h", "timely safety and contingency planning for a young person placed back "
          "with a parent while another home is found (report para 23)")])
    add("A service manager signs off that plan, and the young person's IRO reviews it within five "
        "working days.",
        "Service Managers, Children in Care, and IRO Service Manager", "1 June 2020",
        [(1, "j", "h", "rigorous oversight of the plan by managers and IROs (report para 23)")])
    add("A weekly list of every young person living back at home in these circumstances goes to "
        "the Director of Safeguarding and Family Support, who checks each plan and how the "
        "search for a new home is going.",
        "Performance Team", "Weekly from 8 June 2020",
        [(1, "j", "h", "senior managers' oversight of planning for these young people")])
    add("The Exploitation and Missing Team holds a network meeting for each young person within "
        "three days, with the youth worker, school and police, to agree who will see the young "
        "person each day.",
        "Exploitation and Missing Team Manager", "June 2020",
        [(1, "j", "h", "quality of the plan that keeps a young person at high risk safe in the "
          "community")])
    add("The Placements Team puts forward at least three options within ten working days, so that "
        "no young person stays at home longer than their plan says.",
        "Head of Placements and Commissioning", "July 2020",
        [(1, "j", "m", "timeliness: the plan's date for the move to a new home is kept to")])
    add("A practice alert and a lunchtime briefing for all social workers and IROs on what a good "
        "safety plan looks like in these situations, using the young people the inspectors met "
        "(anonymised).",
        "Principal Social Worker", "June 2020",
        [(1, "j", "h", "quality of planning: practitioners and IROs know what a good plan looks "
          "like")])

    section(2)
    add("Every care leaver is offered their own pathway plan meeting, at a time and place they "
        "choose, and writes the 'About me' section themselves or with their personal adviser.",
        "Leaving Care Service Manager", "September 2020",
        [(2, "j", "h", "care leavers involved in their own pathway planning (report para 30)")])
    add("Pathway plans are sent to the young person within ten working days of the meeting, by "
        "email or post as they prefer, and the record notes that they have it.",
        "Personal Adviser Team Managers", "July 2020",
        [(2, "j", "h", "care leavers receive copies of their plans (report para 30)")])
    add("Move the pathway plan onto the MyPlan Cressingwold app, so that young people can read it, "
        "comment on it and update their goals on their phones between reviews.",
        "Digital Lead, Children's Services", "March 2021",
        [(2, "j", "h", "care leavers taking part in their plans between reviews")])
    add("Children in Care Council members to go through the pathway plan template with us and "
        "rewrite the questions in young people's own words.",
        "Participation Officer", "October 2020",
        [(2, "j", "m", "care leavers shaping the pathway plan itself")])
    add("Team managers dip-sample five pathway plans a month, checking that the young person's own "
        "words are in the plan and that they have signed it.",
        "", "Monthly from August 2020",
        [(2, "j", "h", "assurance that care leavers are engaged in their plans")])

    section(3)
    add("Connected carer assessments to include the carer's own health history, checked by the "
        "medical adviser.",
        "Kinship Care Team Manager", "September 2020")
    add("Family group conferences to ask, every time, whether anyone in the wider family could care "
        "for the child.",
        "Family Group Conference Coordinator", "Ongoing")
    add("Council tax exemption for care leavers living in Cressingwold extended from age 21 to 25.",
        "Corporate Parenting Lead", "April 2021")
    add("Summer catch-up programme for children in care whose learning was disrupted by school "
        "closures.",
        "Virtual School Head", "August 2020")
    add("Records of visits to children in care to be written up within three working days.",
        "Heads of Service", "")
    return acts


CRESS = {
    "name": "cressingwold", "ext": "txt", "report": "islington-80505/2020-04-15.pdf",
    "council": "Cressingwold Council",
    "actions": cress_actions, "bounds": (14, 20),
    "expected": {1: "covered", 2: "weak"},
    "unanswered": [], "passing": [], "partial": [2],
    "orphans": [12, 13, 14, 15, 16], "miscited": [],
    "decoys": {},
    "ask_decoys": {2: [12]},
    "asks": {1: [("the timeliness of planning for children at high risk in the community placed "
                  "back with their parents while alternative accommodation is sought",
                  [1, 2, 5]),
                 ("the quality of that planning", [1, 2, 3, 4, 6])],
             2: [("the engagement of care leavers in pathway planning", [7, 8, 9, 10, 11]),
                 ("the consistent provision of health histories", [])]},
    "notes": (
        "Plain text as a council's intranet or email editor gives it: a title line, a 'Posted "
        "by ... | date' line, three short paragraphs, then two sections headed in the council's "
        "own words ('When a teenager goes home in a crisis', 'Care leavers in charge of their "
        "own plans'; 'section') and a third, 'Also in progress'. Each section has a sentence or "
        "two of prose (not actions) and a numbered list; each item ('1. ...', on one line) is "
        "followed by an 'Owner: ...' line and a 'Deadline: ...' line, then a blank line. The "
        "numbering restarts at 1 in each section: 'row' is the item's number as shown ('1' ...), "
        "so rows repeat across sections; these are the council's item numbers, not "
        "recommendation numbers (explicit_refs are empty everywhere and every link is judged). "
        "'objective' is null. Action 11 has no Owner line (leads_raw empty), action 16 an "
        "empty Deadline; action 13's deadline is 'Ongoing'. R1 (timeliness and quality of "
        "planning for young people at high risk placed back with parents while another home is "
        "sought) is covered by actions 1-6, both asks answered. R2 has two asks: the engagement "
        "of care leavers in pathway planning is answered by 7-11; the consistent provision of "
        "health histories by nothing, so R2 is partly answered (partial, weak). Hard decoy: "
        "orphan 12 adds 'the carer's own health history' to connected carer assessments, "
        "sharing 'health history' with R2's unanswered ask, but it is about kinship carers, not "
        "care leavers. Orphan 13 (family group conferences asking, every time, whether anyone "
        "in the wider family could care for the child; report para 19) is about finding "
        "alternative carers in the family, not about planning for young people placed back "
        "with their parents, and is not aimed at R1. Orphans (business as usual): 12-16 (connected carers' health history, family "
        "group conferences, council tax exemption, summer catch-up, records of visits). "
        "'action N' means cressingwold-N, numbered down the document: 1-6 are items 1-6 of the "
        "first section, 7-11 items 1-5 of the second, 12-16 items 1-5 of 'Also in progress'. "
        "The plan's own names: MyPlan Cressingwold (app), Exploitation and Missing Team."),
}

PLANS = [PELL, CRESS]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold, with the recommendations taken from the plan when it carries them
# ---------------------------------------------------------------------------------------------

def build_z(plan, set_name="z"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document), as
    _coverage_sets.build_gold builds it, except that the recommendations come from
    ``plan_recs`` (Tower Hamlets' are transcribed in this script). Actions are ``<name>-<i>``
    in order; design lists and asks name actions by their index."""
    return build_gold(plan, set_name, ABOUT, recs=plan_recs(plan))

# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_pell(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    head = sec.header.paragraphs[0]
    head.text = "OFFICIAL"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = curly(
        "London Borough of Pellingbourne \u2013 Children's Services Improvement Plan 2017\u201319 "
        "\u2013 v1.2")

    doc.add_paragraph("London Borough of Pellingbourne", style="Title")
    doc.add_paragraph(curly("Children's Services Improvement Plan 2017\u201319"), style="Subtitle")
    for line in ("Version 1.2 \u2013 June 2017",
                 "Owner: Corporate Director, Children's Services",
                 "Approved by: Cabinet, 14 June 2017; Children's Improvement Board, 7 June 2017"):
        doc.add_paragraph(curly(line))

    doc.add_heading("Introduction", level=1)
    for text in (
            "Ofsted inspected Pellingbourne's services for children in need of help and protection, "
            "children looked after and care leavers in January and February 2017. The report, "
            "published in April, judged our services to be inadequate. Inspectors found that too "
            "many children had been left in situations of risk for too long, that basic standards "
            "of practice were not being met and that managers did not know the extent of the "
            "problems.",
            "We accept every finding. Since the inspection we have acted at once on the children "
            "the inspectors referred to us and brought in additional senior managers. This plan "
            "sets out what we will do over the next two years so that children in Pellingbourne "
            "are safe and get the help they need, when they need it.",
            "The plan is organised around seven themes which reflect how our services are "
            "arranged rather than the order of the report. It replaces the earlier improvement "
            "and inspection plan and brings together the actions from our service plans that "
            "matter most for children."):
        doc.add_paragraph(curly(text))

    doc.add_heading("Governance", level=1)
    doc.add_paragraph(curly(
        "The Children's Improvement Board, chaired by the Chief Executive, oversees this plan and "
        "meets monthly. Its members include the Lead Member for Children's Services, the "
        "Corporate Director, the independent chair of the Safeguarding Children Board and senior "
        "leaders from the police, the clinical commissioning group and schools. Each theme has a "
        "senior lead who reports progress to the Board against the success measures, and the "
        "Board reports to Cabinet every quarter. The Safeguarding Children Board has its own "
        "plan in response to the review of its effectiveness."))

    doc.add_heading("How to read this plan", level=1)
    doc.add_paragraph(curly(
        "Each theme begins with what we want to achieve, followed by a table of actions. The "
        "'Ofsted rec' column gives the number of the inspection recommendation that an action "
        "responds to most directly, where there is one; many actions contribute to more than "
        "one area of the report."))

    cols = ["Action", "Success measure", "Owner", "By when", "Ofsted rec"]
    widths = [Cm(11.0), Cm(5.4), Cm(4.6), Cm(2.8), Cm(2.0)]
    for group in _groups(acts, lambda a: a["section"]):
        a0 = group[0]
        doc.add_heading(a0["section"], level=1)
        p = doc.add_paragraph()
        p.add_run(a0["objective"]).italic = True
        table = doc.add_table(rows=1, cols=len(cols))
        table.style = "Table Grid"
        hrow = table.rows[0]
        _repeat_header(hrow)
        for cell, text in zip(hrow.cells, cols):
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            _shade(cell, "5B2C6F")
        for a in group:
            assert a["objective"] == a0["objective"]
            cells = table.add_row().cells
            for cell, text in zip(cells, [a["text"], a["extra"]["measure"], a["lead"],
                                          a["date"], a["extra"]["cite"]]):
                cell.text = text
        for r in table.rows:
            for cell, w in zip(r.cells, widths):
                cell.width = w
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.font.size = Pt(9)
        doc.add_paragraph("")
    doc.add_paragraph(curly(
        "Contact: Children's Improvement Team, Pellingbourne Town Hall. This plan is updated "
        "after each meeting of the Children's Improvement Board."))
    docx_props(doc, "Children's Services, London Borough of Pellingbourne",
               "Children's Services Improvement Plan 2017-19")
    doc.save(path)
    normalise_zip(path)


def write_cress(plan, acts, path):
    out = ["Ofsted inspection of children's social care: what happens next",
           "",
           "Posted by Children's Services Communications | 14 May 2020",
           "",
           "In March, just before lockdown, Ofsted spent a week with us inspecting children's "
           "social care in Cressingwold. The report was published in April and judged our "
           "services to be outstanding overall, with services for children in care and care "
           "leavers judged good. Thank you to everyone who made the week possible, and to the "
           "children, young people and families who talked to the inspectors.",
           "",
           "Inspectors also told us about two things we need to get better at. This page sets "
           "out what we are doing about them, who is leading each piece of work and when it "
           "will be done. We will update it every two months.",
           "",
           "If you have a question about any of these actions, please contact the person "
           "named as the owner.",
           ""]
    for group in _groups(acts, lambda a: a["section"]):
        a0 = group[0]
        heading, paras = next(v for v in CRESS_SECTIONS.values() if v[0] == a0["section"])
        out += [heading, ""]
        for p in paras:
            out += [p, ""]
        for a in group:
            out.append(f"{a['row']}. {a['text']}")
            if a["lead"]:
                out.append(f"Owner: {a['lead']}")
            out.append(f"Deadline: {a['date']}".rstrip())
            out.append("")
    out += ["Children's Services Improvement Team",
            "Cressingwold Council"]
    for line in out:
        assert line == line.rstrip(), line
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


WRITERS = {"pellingbourne": write_pell, "cressingwold": write_cress}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "pellingbourne": dict(unanswered=3, passing=2, partial=2, miscited=1, orphans=(5, 16)),
    "cressingwold": dict(unanswered=0, passing=0, partial=1, miscited=0, orphans=(3, 6)),
}

# words too common in this domain to count as shared vocabulary (as set v)


def check_recs(plan):
    """The transcribed recommendations: numbered 1..N in order, clean single-line texts."""
    recs = plan_recs(plan)
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and t.endswith("."), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad", t), r["number"]  # no footnote markers
    return recs


def check_design(gold, plan):
    name = plan["name"]
    spec = SPEC[name]
    recs = check_recs(plan)
    assert len(recs) == len(plan["expected"]) == len(gold["expected"])
    lo, hi = plan["bounds"]
    acts = gold["actions"]
    ids = {a["id"]: a for a in acts}
    assert lo <= len(acts) <= hi, (name, len(acts))
    d = gold["design"]
    for key in ("unanswered", "passing", "partial", "miscited"):
        assert len(d[key]) == spec[key], (name, key)
    assert spec["orphans"][0] <= len(d["orphans"]) <= spec["orphans"][1], name
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    for r, s in gold["expected"].items():
        if s == "covered" and name == "pellingbourne":  # one to three actions each
            assert 1 <= len(per_rec[r]) <= 3, (name, r, len(per_rec[r]))
    for r in d["partial"]:  # a partly answered recommendation: 2+ asks, some unanswered
        asks = gold["asks"][r]
        assert len(asks) >= 2 and any(not a["answered_by"] for a in asks), (name, r)
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert re.search(rf"\b{r}\b", d["notes"]), (name, r)
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan.get("passing_phrase", {}).items():
        a = ids[f"{name}-{k}"]
        assert phrase in a["text"], (name, n, phrase)
        mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
        assert mine and f"R{n}" not in mine and f"R{n}" in d["passing"], (name, n)
    assert set(plan.get("passing_phrase", {})) == {int(r[1:]) for r in d["passing"]}, name
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation (or the unanswered ask of a partial one)
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    for n, orphans in plan.get("decoys", {}).items():
        assert f"R{n}" in d["unanswered"], (name, n)
        for k in orphans:
            o = f"{name}-{k}"
            assert o in d["orphans"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan.get("ask_decoys", {}).items():
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        for k in orphans:
            o = f"{name}-{k}"
            assert o in d["orphans"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert "hard unanswered" in d["notes"] or "Hard decoy" in d["notes"], name
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&]|\u00a0", a["text"]), (name, a["id"])
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted)\b", a["text"], re.I), a["id"]
    # at least a third of the answering links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    raw = plan["actions"]()
    if name == "pellingbourne":
        cited = [a for a in acts if a["explicit_refs"]]
        assert 0.28 <= len(cited) / len(acts) <= 0.4, (name, len(cited))
        assert any(len(a["explicit_refs"]) == 2 for a in acts), name
        for a, r in zip(acts, raw):
            assert a["row"] is None and a["explicit_refs"] == _cite_refs(r["extra"]["cite"])
            assert (a["section"], a["objective"]) in PELL_THEMES, a["id"]
            mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
            cited_recs = {f"R{n}" for n in a["explicit_refs"]}
            if a["id"] in d["miscited"]:
                assert not cited_recs & mine, a["id"]
            else:  # every other citation is right: the row answers each number it cites
                assert cited_recs <= mine, a["id"]
            assert not (a["id"] in d["orphans"] and a["explicit_refs"]), a["id"]
        for r in d["unanswered"] + d["passing"]:  # no gap is cited anywhere
            assert not any(int(r[1:]) in a["explicit_refs"] for a in acts), r
        # themes do not follow the report's order
        first = []
        for group in _groups(acts, lambda a: a["section"]):
            ns = sorted(int(l["rec"][1:]) for l in gold["links"]
                        if l["action"] in {a["id"] for a in group})
            if ns:
                first.append(ns[0])
        assert first != sorted(first) and len(first) >= 5, (name, first)
        assert len({a["section"] for a in acts}) == len(PELL_THEMES), name
        assert any(a["id"] in d["orphans"] for a in acts if a["section"] == PELL_THEMES[0][0])
    if name == "cressingwold":
        assert all(not a["explicit_refs"] and a["objective"] is None for a in acts), name
        assert all(l["source"] == "judged" for l in gold["links"]), name
        sections = [a["section"] for a in acts]
        assert len(set(sections)) == 3, name
        for group in _groups(acts, lambda a: a["section"]):  # numbering restarts per section
            assert [a["row"] for a in group] == [str(i) for i in range(1, len(group) + 1)]
        last = CRESS_SECTIONS[3][0]
        assert {a["id"] for a in acts if a["section"] == last} == set(d["orphans"]), name
        for a in acts:
            assert not re.search(r"\b(R\d|recommendation)", a["text"]), a["id"]
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "z", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_z)
