"""Write the sealed coverage evaluation set "q": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_q.py            # writes documents and gold
    python scripts/make_coverage_plans_q.py --check    # only runs the consistency checks

Documents: corpus/coverage/q/<name>.<ext>      Gold: corpus/gold/coverage/q/<name>.json

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes by the shared helpers in
scripts/_coverage_sets.py, never by reading the generated documents back, and no extractor code
is imported or run. Recommendation texts come from the hand-checked report gold in
corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the row cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
    refs=[7]                       numbers the row cites
    mis=True                       the row cites a number its action does not answer (mis-cited);
                                   its citation is not a link, its true link is judged
Actions with no links are orphans (see each plan's design).

The three layouts are forms councils really publish: a landscape Word table kept by a quality
assurance officer (recommendation cell merged vertically over its actions, numbers in a Ref
column on about half of the rows, a shaded row per priority), a tracker workbook with no
recommendation numbers (a title block, a main sheet, a "Business as usual" sheet and a key), and a
portrait Word table exported to PDF (an Objective cell paraphrasing one recommendation spans its
actions; the table runs over page breaks with its header row repeated). All councils, people,
teams, systems and programmes are fictional. Output is deterministic: DOCX/XLSX core properties
are fixed and every zip member is written with a fixed timestamp; reportlab runs in invariant
mode with fixed metadata.
"""

import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, docx_props, main, normalise_zip, numbered_canvas, report_recs,  # noqa: E402
                          reportlab_canvas, xml_escape)
from _coverage_sets import shade as _shade  # noqa: E402

FIXED = datetime(2020, 1, 1, 9, 0, 0)
ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


def _rec_texts(report):
    return {r["number"]: r["text"] for r in report_recs(report)}


# ---------------------------------------------------------------------------------------------
# Plan 1: Brantwick - landscape DOCX Word table answering Coventry 2014-03-21 (SIF, 21 local-
# authority recommendations numbered 23-43 in the report). Columns: Ofsted recommendation
# (verbatim or summarised) | Ref | What we will do | Lead | By when | How we will measure impact |
# RAG. The recommendation cell is merged vertically (w:vMerge) over the rows of its actions; the
# Ref cell cites a number on half of the rows ("R23", "Rec 23", "23"); a shaded full-width row
# heads each priority.
# ---------------------------------------------------------------------------------------------

BW_REPORT = "coventry-80456/2014-03-21.pdf"

# summaries the QA officer wrote instead of the recommendation's words (the other groups quote it)
BW_SUMMARY = {
    23: "Children referred to children's social care are seen and assessed swiftly so that they "
        "are safe.",
    27: "Strategy meetings and discussions: as a minimum the social worker, their manager, a "
        "health professional and the police take part, and what is shared is recorded.",
    30: "Assessments that are child-focused and analyse parents' problems, the impact on the "
        "child and every risk factor.",
    33: "Social workers have the time to get to know children well.",
    34: "Life story work done promptly once it is decided a child will not return home.",
    36: "IROs know the children they review, understand their wishes and feelings and challenge "
        "every agency.",
    37: "A return interview for every child who goes missing.",
    41: "Enough adopters and foster carers to meet the needs of children who need a permanent "
        "family.",
    24: "Tackle the weaknesses found by the 2012 service review and the 2013 LGA peer review.",
}


def brantwick_actions():
    recs = _rec_texts(BW_REPORT)
    acts = []
    st = {"group": 0}

    def priority(title):
        st["section"] = title

    def group(rec):
        st["group"] += 1
        st["rec"] = rec
        st["objective"] = None if rec is None else BW_SUMMARY.get(rec, recs[rec])

    def add(ref, text, lead, date, measure, rag, links=(), mis=False):
        m = re.fullmatch(r"(?:R|Rec )?(\d+)", ref)
        refs = [int(m.group(1))] if m else []
        assert bool(ref) == bool(m), ref
        acts.append(A(text, lead, date, links, refs, mis, row=None, section=st["section"],
                      objective=st["objective"], ref=ref, measure=measure, rag=rag,
                      group=st["group"], rec=st["rec"]))

    # ---- Priority 1 --------------------------------------------------------------------------
    priority("Priority 1: Children referred to us are seen, assessed and kept safe quickly")
    group(23)
    add("R23", "Set up a fifth duty team in the Referral and Assessment Service so that each team "
        "is on duty one week in five, and allocate every accepted referral to a named social "
        "worker on the day it is accepted.",
        "Head of Referral and Assessment", "03/03/2014 (team live)",
        "95% of accepted referrals allocated on the day", "G",
        [(23, "e", "h", "referrals allocated at once so children are seen and assessed swiftly")])
    add("", "Team managers to RAG-rate every new referral at the 10am duty meeting: red-rated "
        "children visited the same day, amber within three working days; the rating and the date "
        "the child was seen recorded on LCS.",
        "Team Managers, Referral and Assessment", "April 2014",
        "Children seen within their RAG timescale (weekly LCS report)", "A",
        [(23, "j", "h", "children seen quickly according to risk")])
    add("23", "Daily 'not yet seen' list from the Performance and Intelligence Team to the Head of "
        "Service: any child referred more than five working days ago who has not been visited is "
        "escalated to the Service Manager that day.",
        "Performance and Intelligence Team / Head of Referral and Assessment",
        "Daily from May 2014",
        "No child waiting more than 5 days to be seen", "G",
        [(23, "e", "h", "managers assure that every referred child is seen")])
    group(28)
    add("", "Strategy discussion outcome form on LCS to be completed and signed off by the team "
        "manager within one working day, and sent to the police and health the same day by "
        "secure email.",
        "Service Manager, Safeguarding", "June 2014",
        "Outcome recorded within 1 working day in 90% of strategy discussions", "A",
        [(28, "j", "h", "strategy discussions recorded promptly and the information shared")])
    add("Rec 28", "Section 47 enquiries to conclude within 15 working days and assessments within "
        "45, with a 'day 20' checkpoint in supervision; LCS workflow to alert the team manager at "
        "day 15 and day 35.",
        "Head of Referral and Assessment", "July 2014",
        "Assessments completed in 45 working days (target 85%)", "R",
        [(28, "e", "h", "enquiries and assessments completed on time"),
         (23, "j", "m", "referred children assessed swiftly")])
    group(27)
    add("R27", "Agree a joint protocol with West Brant Police: a Public Protection Unit sergeant "
        "joins every strategy discussion in person or by phone, and a detective constable is "
        "based with the Referral and Assessment Service from April.",
        "Head of Safeguarding / DCI, Public Protection Unit", "April 2014",
        "Police present at 100% of strategy discussions (monthly dip sample)", "G",
        [(27, "e", "h", "police involved in every strategy meeting")])
    add("", "Named nurses from Brantwick and Rowley Community Health Trust on a daily rota to take "
        "part in strategy meetings, bringing the health visiting, school nursing and GP "
        "information they hold on the family.",
        "Designated Nurse for Safeguarding Children", "Q1 2014/15",
        "Health present at 90% of strategy discussions", "A",
        [(27, "j", "h", "health professional involved in strategy meetings")])

    # ---- Priority 2 --------------------------------------------------------------------------
    priority("Priority 2: Help for families at the earliest point")
    group(25)
    add("R25", "Launch the Brantwick Early Help Strategy 2014-17 through the Children and Young "
        "People's Partnership: one offer for children aged 0-19, with schools, health visitors "
        "and the police signed up to carry out early help assessments and act as lead "
        "professional.",
        "Head of Early Intervention", "June 2014",
        "Partner sign-up; number of early help assessments by partners", "G",
        [(25, "e", "h", "implement the early help strategy with partners")])
    add("", "Bring the Family Early Support (FES) teams together in four locality hubs, each with "
        "a weekly Early Help Panel that gives a lead professional to every family stepped down "
        "from the Referral and Assessment Service or turned away at the front door.",
        "FES Locality Managers", "September 2014",
        "Families offered support within 10 days of panel", "A",
        [(25, "j", "h", "coordinated early help so families get support when need is first "
          "identified")])
    add("25", "Roll out the Liquidlogic Early Help Module (EHM) so that every early help "
        "assessment and plan sits in one record the front door can see; quarterly report to the "
        "Partnership on early help activity and referral rates to social care by locality.",
        "EHM Project Manager", "Q3 2014/15",
        "Referral rate per 10,000 falls towards statistical neighbours", "A",
        [(25, "e", "h", "targeting early help and tracking the fall in referrals")])

    # ---- Priority 3 --------------------------------------------------------------------------
    priority("Priority 3: Good social work, every time")
    group(30)
    add("30", "Introduce Signs of Safety as our model for assessment and planning in the Referral "
        "and Assessment and Child Protection teams, with five days' training for every social "
        "worker and team manager.",
        "Principal Social Worker", "Sept 2014 - March 2015",
        "Audit grade of assessments good or better (target 70%)", "A",
        [(30, "e", "h", "assessment model that analyses risk and harm")])
    add("", "Every assessment to include a 'What life is like for me' section written after seeing "
        "the child on their own, in the child's words where possible; team managers will not "
        "authorise an assessment without it.",
        "Team Managers (all social work teams)", "May 2014",
        "Child's views present in 95% of audited assessments", "G",
        [(30, "j", "h", "child-focused assessments")])
    group(31)
    add("Rec 31", "New child in need and child protection plan template in LCS: each outcome "
        "written as what will be different for the child, with the date it must be achieved and "
        "the person responsible.",
        "LCS Development Team / Principal Social Worker", "July 2014",
        "Plans audited as SMART (target 80%)", "A",
        [(31, "e", "h", "plans with clear outcomes and timescales")])
    add("", "Core groups to score progress against each outcome from 0 to 10 at every meeting; two "
        "meetings without change and the chair escalates to the team manager.",
        "Child Protection Chairs / Team Managers", "From September 2014",
        "Escalations logged and resolved", "",
        [(31, "j", "h", "progress measured against the plan")])
    group(33)
    add("33", "A business support officer in every team to take minutes, book meetings and arrange "
        "transport, giving each social worker back around half a day a week.",
        "Business Support Manager", "October 2014",
        "Staff survey: time spent with children", "A",
        [(33, "e", "h", "releasing social workers' time to spend with children")])
    add("", "'Time with Me' standard: at least one visit a month where the social worker spends "
        "time alone with the child doing something the child has chosen, backed by a direct work "
        "toolkit and a family room in each office.",
        "Practice Leads", "",
        "Children's feedback at review; visit records", "",
        [(33, "j", "h", "time to get to know children")])
    group(43)
    add("R43", "Refresh the Quality Assurance Framework: two case audits a month by every team "
        "manager, a themed audit each quarter and a 'learning from audit' briefing for all staff; "
        "audit actions tracked on LCS until closed.",
        "Head of Quality Assurance", "June 2014",
        "Audit actions closed within 28 days", "G",
        [(43, "e", "h", "audit findings driving improvements in practice")])
    add("", "Rebuild the monthly scorecard from LCS data only, with a data quality officer in each "
        "service chasing missing entries; the scorecard goes to the Performance Board with the "
        "audit findings.",
        "Head of Performance and Intelligence", "Q2 2014/15",
        "Data quality exceptions below 2%", "A",
        [(43, "j", "h", "reliable performance reporting")])

    # ---- Priority 4 --------------------------------------------------------------------------
    priority("Priority 4: Children in care - health, stability and permanence")
    group(34)
    add("R34", "Later-life letter and life story book started within 20 working days of the "
        "permanence decision at the looked after review, and finished before the child moves to "
        "their permanent family.",
        "Team Manager, Permanence", "From 01/06/2014",
        "Life story work started within 20 days (target 90%)", "A",
        [(34, "e", "h", "life story work undertaken promptly")])
    add("", "Two life story practitioners (family support workers trained by the adoption team) to "
        "work with children aged five and over, helping them understand why they cannot live at "
        "home and what happens next.",
        "Service Manager, Children in Care / Adoption Team Manager", "Q2 2014/15",
        "Number of children completing life story sessions", "",
        [(34, "j", "h", "children understand the reasons for the decision")])
    group(35)
    add("35", "Looked after children's nurses to check at every health assessment when the child "
        "last saw a dentist, and book a community dental appointment where it was more than six "
        "months ago.",
        "Designated Nurse, Looked After Children", "May 2014",
        "Dental checks up to date (target 85%; 55% now)", "A",
        [(35, "e", "h", "regular dental check-ups for looked after children")])
    add("", "Dental check dates recorded on LCS and reported monthly by team; foster carers "
        "reminded through the carers' newsletter and supervising social workers that six-monthly "
        "check-ups are part of their role.",
        "Fostering Service Manager / Performance and Intelligence Team", "Monthly",
        "Monthly report by team", "G",
        [(35, "j", "h", "monitoring and securing regular dental checks")])
    group(36)
    add("Rec 36", "Each IRO to see the child before every review and at least once between "
        "reviews, and to record the child's wishes and feelings on LCS in the child's own words.",
        "IRO Service Manager", "September 2014",
        "Children seen by IRO before review (target 95%)", "A",
        [(36, "e", "h", "regular IRO contact, knowing children's wishes and feelings")])
    add("", "Revised dispute resolution protocol covering health, education and placement "
        "providers as well as our own teams; every escalation logged and reported each quarter "
        "to the Corporate Parenting Board.",
        "IRO Service Manager", "July 2014",
        "Escalations by agency and outcome", "G",
        [(36, "j", "h", "IROs challenging all agencies")])
    group(37)
    add("37", "Extend the return home interview contract with Safe Harbour Brantwick to children "
        "missing from home as well as from care, with the interview offered within 72 hours of "
        "the child's return.",
        "Commissioning Manager, Children", "April 2014",
        "Interviews offered within 72 hours (target 95%)", "G",
        [(37, "e", "h", "return interviews for all children who go missing")])
    add("", "Monthly Missing Children Panel to look at what children said in their interviews and "
        "agree safety and disruption plans with West Brant Police.",
        "Missing and CSE Coordinator / West Brant Police", "Monthly",
        "Repeat missing episodes per child", "A",
        [(37, "j", "h", "understanding why children went missing and preventing repeats")])
    group(40)
    add("R40", "Fortnightly Permanence Tracking Meeting chaired by the Head of Service, following "
        "every child from the second looked after review to a permanence order; adoption "
        "scorecard measures A1 and A2 reported to the Performance Board.",
        "Head of Children in Care", "From May 2014",
        "A1 average days (target 547)", "A",
        [(40, "e", "h", "timeliness of adoption and permanence tracked and improved")])
    add("41", "Start family finding when the 'should be placed for adoption' decision is made "
        "rather than at the placement order, with a 'days to match' target of 121 days.",
        "Adoption Team Manager", "September 2014",
        "A2 average days (target 152)", "R",
        [(40, "j", "h", "faster matching and adoption timeliness (row cites 41, which is about "
          "having enough adopters and foster carers)")], mis=True)
    group(41)
    add("Rec 41", "'Could you care for a Brantwick child?' fostering campaign, aiming for 30 new "
        "in-house fostering households in 2014/15, for teenagers and for brothers and sisters.",
        "Fostering Recruitment Team", "March 2015",
        "New fostering households approved", "A",
        [(41, "e", "h", "sufficient foster placements")])
    add("", "Find adopters for the children who wait longest (over-fives, sibling groups, disabled "
        "children) through the Heart of Mercia adoption consortium, buying inter-agency "
        "placements where needed.",
        "Adoption Service Manager", "Ongoing",
        "Children waiting over 6 months for a match", "",
        [(41, "j", "h", "adoptive placements for children's specific needs")])

    # ---- Priority 5 --------------------------------------------------------------------------
    priority("Priority 5: Care leavers")
    group(38)
    add("38", "Rewrite the pathway plan in LCS around the young person's own goals (learning and "
        "work, housing, health, money), starting at 15 and a half, with a link to the care "
        "leavers' entitlements web page at the foot of the plan.",
        "Route Ahead Service Manager", "June 2014",
        "Plans audited as good (target 75%)", "A",
        [(38, "e", "h", "pathway plans built on the young person's aspirations from an early "
          "stage")])
    add("37", "Virtual School careers adviser to join the first pathway plan review of every young "
        "person in Year 11 and agree a two-year route into education, training or work with "
        "them.",
        "Virtual School Head / Prospects Careers Service", "Sept 2014",
        "Year 11 leavers with a two-year route agreed", "G",
        [(38, "j", "h", "long-term education and employment plans identified early (row cites "
          "37, which is about return interviews)")], mis=True)
    add("", "Route Ahead team managers to audit five pathway plans a month and send back any plan "
        "that does not say where the young person wants to be at 21 and how they will get there.",
        "Route Ahead Team Managers", "Monthly",
        "Audit grades", "G",
        [(38, "j", "h", "quality of pathway planning")])

    # ---- Priority 6 --------------------------------------------------------------------------
    priority("Priority 6: Leadership, workforce and capacity")
    group(24)
    add("R24", "Children's Improvement Board, chaired by the Chief Executive, to oversee one "
        "improvement plan bringing together the open actions from the 2012 Service Review, the "
        "2013 LGA peer challenge and this inspection.",
        "Chief Executive / Director of Children's Services", "April 2014",
        "Actions completed to time", "G",
        [(24, "e", "h", "tackling the weaknesses the earlier reviews identified")])
    add("", "Bring in a council rated good as our improvement partner, through the sector-led "
        "improvement programme, to test our progress every six months.",
        "Director of Children's Services", "",
        "Partner's six-monthly report", "",
        [(24, "j", "m", "external challenge to drive the improvement")])
    group(26)
    add("26", "Caseload ceiling of 18 children per social worker in the Referral and Assessment "
        "Service and 20 in other teams, funded by 24 new posts; newly qualified social workers "
        "to hold no more than 12.",
        "Assistant Director, Children's Social Care", "September 2014",
        "Average caseload by team (weekly)", "R",
        [(26, "e", "h", "manageable social worker caseloads")])
    add("", "Weekly LCS caseload report to every team manager and Head of Service, with work moved "
        "at the Monday service meeting when a worker is over the ceiling; team managers to look "
        "at every case each worker holds at least every six weeks.",
        "Heads of Service", "Weekly",
        "Workers over ceiling", "A",
        [(26, "j", "h", "robust management oversight of caseloads")])
    add("", "Appoint six more Independent Reviewing Officers and a team manager so that no IRO "
        "holds more than 70 children and initial child protection conferences can be held within "
        "15 working days.",
        "Head of Safeguarding and Quality", "August 2014",
        "IRO caseloads; ICPCs in 15 days", "A",
        [(26, "j", "h", "manageable IRO caseloads")])
    group(42)
    add("R42", "Brantwick Social Work Workforce Strategy 2014-17: market supplement for "
        "experienced social workers, a 'grow our own' route from family support worker, a newly "
        "qualified social worker academy and a target to bring agency staff down from 15% to 8%.",
        "Head of HR (People) / Principal Social Worker", "July 2014",
        "Agency rate; turnover; vacancy rate", "A",
        [(42, "e", "h", "workforce strategy to attract and retain permanent staff")])
    add("", "New supervision policy: supervision every four weeks (fortnightly for newly qualified "
        "social workers in their first six months) using a reflective model, with compliance "
        "reported monthly and ten supervision files audited each quarter.",
        "Principal Social Worker", "May 2014",
        "Supervision on time (target 90%)", "G",
        [(42, "j", "h", "regular reflective supervision with challenge")])

    # ---- Priority 7 (not from the inspection) ------------------------------------------------
    priority("Priority 7: Other service priorities 2014/15 (not arising from the inspection)")
    group(None)
    add("", "Publish the private fostering annual report 2013/14 (notifications received, visits "
        "made and assessments completed) and present it to the Brantwick Safeguarding Children "
        "Board in July.",
        "Fostering Service Manager", "July 2014",
        "Report presented", "G")
    add("", "Youth Offending Service: refresh the Management Board's terms of reference and "
        "performance framework following the HMI Probation short quality screening.",
        "Head of Youth Offending Service", "September 2014",
        "Board self-assessment", "G")
    add("", "Replace the Family Information Service pages on the council website with the new "
        "Brantwick Family Directory.",
        "", "Q4 2014/15",
        "Directory live", "")
    add("", "Move the Referral and Assessment Service and the Children in Care teams to the "
        "refurbished Civic House, with hot-desking and family rooms.",
        "Head of Business Support / Property Services", "November 2014",
        "Move completed", "A")
    return acts


BRANTWICK = {
    "name": "brantwick", "ext": "docx", "report": BW_REPORT,
    "council": "Brantwick City Council",
    "actions": brantwick_actions, "bounds": (40, 45),
    "expected": {23: "covered", 24: "covered", 25: "covered", 26: "covered", 27: "covered",
                 28: "covered", 29: "uncovered", 30: "covered", 31: "covered", 32: "uncovered",
                 33: "covered", 34: "covered", 35: "weak", 36: "covered", 37: "covered",
                 38: "covered", 39: "weak", 40: "covered", 41: "covered", 42: "covered",
                 43: "covered"},
    "unanswered": [29, 32], "passing": [39], "partial": [35],
    "orphans": [41, 42, 43, 44], "miscited": [28, 32],
    "asks": {26: [("robust management oversight of social workers' caseloads", [37]),
                  ("social workers' caseloads manageable", [36]),
                  ("Independent Reviewing Officers' caseloads manageable", [38])],
             35: [("looked after children receive regular dental health check-ups", [21, 22]),
                  ("all young people leaving care have full information about their health "
                   "histories in the form of health passports", [])],
             36: [("IROs have regular contact with looked after children and know their wishes "
                   "and feelings", [23]),
                  ("IROs robustly challenge all agencies involved so that children's needs are "
                   "met", [24])],
             42: [("workforce strategy to attract and retain skilled and experienced permanent "
                   "staff", [39]),
                  ("regular supervision that provides challenge, reflection and professional "
                   "development", [40])],
             43: [("findings from audits driving improvements in practice", [17]),
                  ("reliable performance reporting", [18])]},
    "notes": (
        "Landscape Word table kept by the quality assurance officer: a title, an introduction and "
        "one table Ofsted recommendation (verbatim or summarised) | Ref | What we will do | Lead | "
        "By when | How we will measure impact | RAG. A shaded full-width row (one merged cell) "
        "heads each of seven priorities ('section'). The recommendation cell is merged vertically "
        "(w:vMerge restart/continue) over the rows of its actions; 'objective' is that merged "
        "cell's text, given on every action under it: the recommendation verbatim for R25, R26, "
        "R28, R31, R35, R38, R40, R42 and R43, a summary in the council's words for the others, "
        "and empty (null) over Priority 7. The Ref cell cites a number on 22 of the 44 rows "
        "('R23', 'Rec 28', '23'), blank on the rest; 'row' is null (the table has no row "
        "numbers). Groups are ordered by priority, not by recommendation number. R32 (private "
        "fostering assessments within timescales) is the hard unanswered one: orphan action 41 "
        "publishes the private fostering annual report ('notifications received, visits made and "
        "assessments completed') to the Safeguarding Children Board but nothing is aimed at "
        "completing those assessments on time. R29 (police attendance at initial child "
        "protection conferences) is also unanswered: action 6 (a police sergeant in every "
        "strategy discussion, aimed at R27) and action 38 (more IROs so that initial child "
        "protection conferences can be held within 15 working days, aimed at R26) share its "
        "words, but nothing promotes police attendance at conferences. R39 (care leavers fully "
        "informed of their rights and entitlements) is touched only in passing: action 31, "
        "aimed at R38, puts 'a link to the care leavers' entitlements web page at the foot of "
        "the plan' (passing, weak). R35 is quoted in full in its merged cell but only partly "
        "answered: dental check-ups (actions 21, 22) yes, health passports for care leavers no "
        "(partial, weak). Two rows are mis-cited: action 28 cites 41 (sufficiency of adopters "
        "and foster carers) but starts family finding earlier to cut the days to match (R40, "
        "under whose merged cell it sits); action 32 cites 37 (return interviews) but brings a "
        "careers adviser into the first pathway plan review (R38). R26, R35, R36, R42 and R43 "
        "have their asks recorded. Orphans 41-44 (private fostering annual report, youth "
        "offending board, family directory web pages, office move) sit under Priority 7 with an "
        "empty recommendation cell. Action 5 (enquiry and assessment timescales) answers R28 and, "
        "medium, R23. Action 38 is aimed only at IRO caseloads (R26), not at IRO contact with "
        "children (R36)."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Ellesby Moss - XLSX tracker answering Tameside 2019-07-01 (ILACS, 4 recommendations).
# Sheet "ILACS tracker": a title block (rows 1-4), a blank row, then Theme | Action | Owner |
# Start | Due | Status | Commentary. Sheet "Business as usual": the same columns. Sheet "Key":
# what the status words mean. No recommendation numbers anywhere. Dates in the form dd/mm/yyyy
# are real Excel dates (number format dd/mm/yyyy); the rest ("Q3 19/20", "Ongoing") are text.
# ---------------------------------------------------------------------------------------------

EM_REPORT = "tameside-80569/2019-07-01.pdf"


def ellesby_actions():
    acts = []

    def add(sheet, theme, text, owner, start, due, status, comment, links=()):
        acts.append(A(text, owner, due, links, section=theme, sheet=sheet, start=start,
                      status=status, comment=comment))

    T = "ILACS tracker"
    P = "Permanence without delay"
    add(T, P, "Permanence planning meeting for every child by their second looked after review, "
        "with the permanence plan and the date it should be achieved recorded on Liquidlogic and "
        "followed on the permanence tracker.",
        "Head of Service, Cared for Children", "01/07/2019", "30/09/2019", "Complete",
        "Tracker live 02/09/2019; 211 children on it.",
        [(1, "j", "h", "permanence planned and tracked from the second review")])
    add(T, P, "Legal Gateway Panel to meet weekly; the Specialist Court Officer to track every "
        "family in pre-proceedings against a 12-week target and bring any drift to the Head of "
        "Service.",
        "Specialist Court Officer / Legal Services", "Jun-19", "Ongoing", "On track",
        "Average pre-proceedings length 19 weeks (Aug).",
        [(1, "j", "h", "timely decisions and court applications so children reach permanence "
          "sooner (report para 11)")])
    add(T, P, "Dedicated special guardianship assessment worker and a better support package for "
        "connected carers (allowance review, support plan, therapeutic help) so that more "
        "children leave care to live with family under an SGO.",
        "Fostering Service Manager", "Q2 19/20", "Q3 19/20", "At risk",
        "Post out to advert twice; interim cover from the kinship team.",
        [(1, "j", "h", "SGOs used as a route to permanence (report para 26)")])
    add(T, P, "Bring every child who has been settled with the same foster carers for a year or "
        "more, and whose plan is to stay, to the Fostering Panel for a long-term match; 38 "
        "children identified so far.",
        "Fostering Panel Adviser", "01/08/2019", "31/03/2020", "On track",
        "12 matched at September and October panels.",
        [(1, "j", "h", "matching children with permanent carers without delay")])
    add(T, P, "Monthly permanence clinic chaired by the Director of Children's Services: the five "
        "children in each team who have waited longest for a permanent home are discussed with "
        "their team manager, and the clinic sets what must happen by the next month.",
        "Director of Children's Services", "July 2019", "Monthly", "On track",
        "Three clinics held; 15 children discussed.",
        [(1, "j", "h", "pace of permanence for the children waiting longest"),
         (2, "j", "h", "senior leaders challenge the pace of work for children in care")])

    P = "Grip and challenge"
    add(T, P, "Team managers to use a case progression tool in monthly supervision for every child "
        "in care: what has happened since last time, what is late and why, and a clear "
        "instruction with a date.",
        "Team Managers, Cared for Children Teams", "01/07/2019", "Q2 19/20", "Complete",
        "Tool in Liquidlogic supervision form from 15/08/2019.",
        [(2, "j", "h", "team managers challenge the pace of social work")])
    add(T, P, "Heads of Service to dip-sample three children in care per team each month, testing "
        "the pace of the work and whether the placement is still right for the child; findings "
        "go back to the team manager and to the Practice Improvement Board.",
        "Heads of Service", "Aug-19", "Monthly", "On track", "",
        [(2, "j", "h", "senior managers challenge the pace and quality of social work")])
    add(T, P, "Service Manager to review every child in a residential or unregistered placement "
        "outside the borough every eight weeks and challenge whether it still meets the child's "
        "needs and what the plan is to move them closer to home.",
        "Service Manager, Placements and Commissioning", "01/09/2019", "Ongoing", "On track",
        "First round of reviews complete for 27 children.",
        [(2, "j", "m", "senior challenge about the quality of placements for children in care")])

    P = "Hearing children"
    add(T, P, "Roll out the Mind of My Own app to every child aged 8 and over open to social care, "
        "so that they can tell their worker how they feel before visits and meetings.",
        "Participation Lead", "01/07/2019", "31/12/2019", "On track",
        "310 children signed up.",
        [(3, "j", "h", "children's views gathered to inform their plans")])
    add(T, P, "Three-day 'Words and Pictures' direct work course for all social workers, and a "
        "direct work resource box in every team.",
        "Workforce Development Team", "Q2 19/20", "Q4 19/20", "On track",
        "Cohorts 1 and 2 trained (48 staff).",
        [(3, "j", "h", "direct work to understand what children think and feel (report para "
          "9)")])
    add(T, P, "Change the assessment template so that the analysis must say what the child has "
        "told or shown us and how that has changed our view; team managers to send back "
        "assessments that do not.",
        "Principal Social Worker", "01/08/2019", "31/10/2019", "Complete",
        "", [(3, "j", "h", "children's wishes and feelings inform assessments")])
    add(T, P, "Every child's plan to open with a 'My Plan' page written to the child, setting out "
        "what they want to happen and, where they have one, their advocate's view.",
        "", "Q3 19/20", "Q3 19/20", "Not started",
        "Template drafted with the Children in Care Council.",
        [(3, "j", "h", "children's wishes and feelings inform plans")])
    add(T, P, "Offer an advocate from the Ellesby Moss Young People's Advocacy Service to every "
        "child in care before their review; uptake reported each quarter.",
        "Commissioning Manager, Children", "Sep-19", "Ongoing", "On track",
        "Uptake 22% in Q2 (9% in Q1).",
        [(3, "j", "m", "children's voices heard in decisions about their plans (report para "
          "20)")])

    P = "Service development"
    add(T, P, "Issue lone-worker devices to every social worker and family support worker who "
        "visits families at home, and refresh the lone working policy.",
        "Health and Safety Adviser", "01/09/2019", "30/11/2019", "On track",
        "Devices ordered; policy to JCC in November.")
    add(T, P, "Refurbish the Hyde Lane family contact centre: separate rooms for older children, "
        "sound-proofing between rooms and use of the garden.",
        "Facilities Manager", "Q4 19/20", "Q1 20/21", "Not started",
        "Capital bid submitted.")

    B = "Business as usual"
    add(B, "Workforce", "Annual Social Work Health Check survey of all social workers; results "
        "and action plan to the Workforce Board.",
        "Principal Social Worker", "Oct-19", "31/01/2020", "Not started", "")
    add(B, "Commissioning", "Renew the Regulation 44 independent visitor contract for the "
        "council's two children's homes.",
        "Commissioning Manager, Children", "", "31/03/2020", "On track",
        "Tender documents in preparation.")
    return acts


ELLESBY = {
    "name": "ellesby-moss", "ext": "xlsx", "report": EM_REPORT,
    "council": "Ellesby Moss Metropolitan Borough Council",
    "actions": ellesby_actions, "bounds": (15, 20),
    "expected": {1: "covered", 2: "weak", 3: "covered", 4: "uncovered"},
    "unanswered": [4], "passing": [], "partial": [2],
    "orphans": [14, 15, 16, 17], "miscited": [],
    "asks": {2: [("challenge by senior leaders and team managers about the pace and quality of "
                  "social work and placements for children in care", [5, 6, 7, 8]),
                 ("challenge by IROs and conference chairs about the pace and quality of social "
                  "work and placements for children in care", [])]},
    "notes": (
        "XLSX tracker. Sheet 'ILACS tracker': a title block in rows 1-4 (council, title, owner, "
        "date updated), a blank row, the header Theme | Action | Owner | Start | Due | Status | "
        "Commentary in row 6 and one row per action. Sheet 'Business as usual': the same "
        "columns, two orphan actions. Sheet 'Key': what each Status word means. No "
        "recommendation numbers anywhere; 'row' and 'objective' are null, 'section' is the Theme "
        "cell, 'date_raw' the Due cell as displayed (real Excel dates in dd/mm/yyyy format on "
        "some rows, text such as 'Q3 19/20', 'Monthly' and 'Ongoing' on others); Start, Status "
        "and Commentary are not part of 'text'. R4 (children's relationship with a consistent "
        "social worker who visits regularly and progresses their plans) is the hard unanswered "
        "one: orphan 14 (lone-worker devices for every social worker 'who visits families at "
        "home') and orphan 16 (the Social Work Health Check survey of all social workers) share "
        "its words, but nothing is aimed at fewer changes of social worker, regular visits or "
        "the worker progressing the child's plan (actions 6 and 7, aimed at R2, are managers' "
        "challenge of pace, not the child's experience of their worker). R2 has two asks: "
        "challenge by senior leaders and team managers is answered (5, 6, 7, 8), challenge by "
        "IROs and conference chairs is not (partial, weak). R1 is answered by five actions (5 "
        "also answers R2) and R3 by five. Orphans 14 and 15 sit in the main sheet under the "
        "theme 'Service development' (lone-worker devices, contact centre refurbishment), 16 "
        "and 17 on the 'Business as usual' sheet (health check survey, Regulation 44 visitor "
        "contract)."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Wrenhallow - portrait Word table exported to PDF answering Dudley 2016-04-05 (SIF,
# 22 local-authority recommendations). A title page, then one ruled table Objective | Action |
# Lead | Timescale | Progress whose Objective cell paraphrases one recommendation (no numbers)
# and spans the rows of its actions; the table runs over page breaks with its header row
# repeated (a spanned Objective cell cut by a page break continues empty on the next page, as
# Word prints a merged cell), with page header and footer text.
# ---------------------------------------------------------------------------------------------

WH_REPORT = "dudley-80464/2016-04-05.pdf"

WH_OBJECTIVES = {
    1: "Leaders know how good our services are, from audit and from what children and families "
       "tell us",
    2: "Every child in need has a plan, and our records are accurate and consistent",
    3: "Assessments and plans that are consistently good: needs, risks and strengths clear, and "
       "who will do what by when",
    4: "ICT that works for social workers and gives us reliable performance information",
    5: "Child protection conferences and core groups held on time and driving the plan",
    6: "Strategy discussions with all the right professionals, and decisions and reasons written "
       "down",
    7: "What children tell us in return interviews is used to keep them from going missing "
       "again",
    8: "Children are visited regularly, seen on their own, and every visit is written up",
    10: "Every child looked after has a plan for permanence that is achieved without delay",
    11: "A stronger virtual school and better personal education plans",
    12: "Timely use of the Public Law Outline where risks to children are not reducing",
    13: "Care plans focused on permanence and carried out without drift",
    14: "Young people move to adult services with their needs assessed in good time",
    15: "Emotional and mental health support for children in care when they need it",
    16: "A Children in Care Council that is heard and listened to",
    18: "Adoption considered for every child who could benefit, with less delay",
    20: "Independent review of pathway plans",
    21: "Care leavers know what they are entitled to: a charter written with them",
    22: "Complaints: learning is acted on and children can complain easily",
    None: "Other service commitments 2016/17 (not from the inspection)",
}


def wrenhallow_actions():
    acts = []
    st = {"group": 0}

    def group(rec):
        st["group"] += 1
        st["rec"] = rec

    def add(text, lead, date, progress, links=()):
        # every action under an Objective is aimed at the recommendation it paraphrases
        assert st["rec"] is None or st["rec"] in [l[0] for l in links], (st["rec"], text)
        acts.append(A(text, lead, date, links, row=None, section=None,
                      objective=WH_OBJECTIVES[st["rec"]], progress=progress, group=st["group"],
                      rec=st["rec"]))

    group(1)
    add("Put the Quality Assurance Framework agreed in December into practice: monthly audits by "
        "team managers, a practice observation every quarter for each social worker, and a "
        "quarterly quality report to the Children's Services Leadership Team.",
        "Head of Quality and Safeguarding", "From March 2016",
        "On track. First quarterly report to CSLT 21 June.",
        [(1, "j", "h", "quality assurance processes giving senior leaders assurance")])
    add("Audit skills training for all team managers and the two temporary audit officers; the "
        "Principal Social Worker moderates one audit in five.",
        "Principal Social Worker", "April - June 2016",
        "Complete. 31 managers trained.",
        [(1, "j", "h", "audit of a quality that assures leaders (report para 126)")])
    add("Ask every family at closure and every child at their review how it was for them (text "
        "survey, 'Have your say' card or the Mind of My Own app), with the results in the "
        "quarterly quality report.",
        "Participation Officer", "Q2 2016/17",
        "Not started. App procured.",
        [(1, "j", "h", "feedback from children, young people and families")])

    group(2)
    add("Children in need reviewing panel to make sure every child open as a child in need has a "
        "plan within 10 working days of the assessment and a review meeting every 12 weeks.",
        "Service Manager, Assessment and Children in Need", "June 2016",
        "On track. 118 children without a plan in March; 23 now.",
        [(2, "j", "h", "a child in need plan for every child in need")])
    add("Recording standards: records written for the child, a separate note for each child "
        "rather than one copied across brothers and sisters, and chronologies kept up to date; "
        "team managers check five files a month.",
        "Head of Service, Children in Need and Protection", "31/05/2016",
        "Standards issued 16 May.",
        [(2, "j", "h", "quality and consistency of record keeping")])

    group(3)
    add("New assessment form with a 'what are we worried about, what is working well, what needs "
        "to happen' analysis for each child, and a practice workshop for every team.",
        "Principal Social Worker", "September 2016",
        "Form in test.",
        [(3, "j", "h", "assessments focused on needs, risks and strengths")])
    add("Every plan to set out each action with the person who will do it and the date, and to be "
        "signed off by the team manager on Mosaic before it is shared with the family.",
        "Team Managers", "",
        "",
        [(3, "j", "h", "clear outcomes, timescales and accountabilities in plans")])

    group(4)
    add("Replace the current case recording system with Mosaic, with forms and workflow designed "
        "with social workers, going live in children's social care in November.",
        "Children's Digital Programme Manager / Head of ICT", "November 2016",
        "Amber. Data migration test 2 failed; go-live under review.",
        [(4, "j", "h", "reliable IT system to support social work practice")])
    add("Performance reports built directly from Mosaic, replacing the 14 returns collected by "
        "hand, with a weekly dashboard for every team.",
        "Business Intelligence Manager", "Q4 2016/17",
        "Not started (depends on go-live).",
        [(4, "j", "h", "effective collation of performance information")])
    add("Laptops and secure remote access for all social workers, so that visits can be written "
        "up away from the office.",
        "Head of ICT", "July 2016",
        "Complete.",
        [(4, "j", "m", "IT infrastructure supporting practice"),
         (8, "j", "m", "visits recorded promptly on case files")])

    group(5)
    add("Book the initial child protection conference at the strategy discussion, with one more "
        "conference chair post so that every conference is held within 15 working days.",
        "Safeguarding and Review Service Manager", "From April 2016",
        "On track. 81% within 15 days (May).",
        [(5, "j", "h", "timely initial child protection conferences")])
    add("Core groups every four weeks, the first within 10 working days of conference; the chair "
        "reads the core group notes halfway to review and escalates when the plan is stuck.",
        "Child Protection Chairs", "Ongoing",
        "",
        [(5, "j", "h", "timely core groups driving child protection plans")])

    group(6)
    add("Strategy discussion protocol agreed with Wrenhallow Police and the health trusts: police, "
        "health and the child's school always invited, held in the Single Point of Access or by "
        "conference call.",
        "SPA Service Manager / DI, Public Protection Unit", "May 2016",
        "Complete. Signed at the Safeguarding Board 12 May.",
        [(6, "j", "h", "all relevant professionals involved in strategy discussions")])
    add("New strategy discussion record in Mosaic with required fields for the decision, why it "
        "was made, and each agreed action with a named person and date.",
        "SPA Team Manager", "June 2016",
        "Paper version in use until Mosaic go-live.",
        [(6, "j", "h", "rationale and timescales recorded")])

    group(7)
    add("Homeward workers to upload every return interview to the child's record within 72 hours "
        "and email the allocated social worker, who updates the child's safety plan.",
        "Homeward Team Manager", "April 2016",
        "On track. 74% within 72 hours.",
        [(7, "j", "h", "return interview information shared to reduce that child's missing")])
    add("Children Missing Operational Panel to review any child missing three times in 90 days "
        "and agree a plan with the child's worker to stop it happening again.",
        "Head of Safeguarding", "Monthly",
        "Panel meeting monthly since January.",
        [(7, "j", "h", "analysis of return interviews to reduce future missing episodes for "
          "individual children")])

    group(8)
    add("Visit frequency set in each child's plan (at least every 10 working days on a child "
        "protection plan, six-weekly for children looked after), with a weekly report of overdue "
        "visits to each team manager.",
        "Heads of Service", "Weekly from April 2016",
        "On track. Visits in time 86%.",
        [(8, "j", "h", "regular visits")])
    add("Visit record template: why we visited, whether the child was seen alone and if not why "
        "not, what they told us, and the record completed within three working days.",
        "Practice Improvement Lead", "May 2016",
        "Complete.",
        [(8, "j", "h", "purposeful visits, children seen alone, visits recorded")])

    group(10)
    add("Permanence clinics with the IRO and team manager to review the plan of every child "
        "looked after (615 children) by the end of September; any child without a plan for "
        "permanence by their second review goes to the Permanence Panel.",
        "Head of Service, Children Looked After", "30/09/2016",
        "On track. 212 of 615 reviewed.",
        [(10, "j", "h", "review of the permanence needs of all children looked after")])
    add("Monthly Permanence Panel to track every child from second review to permanence order, "
        "using the permanence tracker and the Court Progression Manager's list.",
        "Court Progression Manager / Head of Service, Children Looked After", "Monthly",
        "Panel established.",
        [(10, "j", "h", "permanence achieved in a timely way"),
         (13, "j", "m", "plans progressed without delay")])

    group(11)
    add("Appoint a permanent Virtual School Headteacher and two education advisers, with a "
        "Virtual School improvement plan setting targets for attendance, exclusions and key "
        "stage 4.",
        "Director of Children's Services / Virtual School Headteacher", "September 2016",
        "Headteacher appointed, starts 1 September.",
        [(11, "j", "h", "effectiveness of the virtual school")])
    add("ePEP for every child in care of school age, with the designated teacher, carer, social "
        "worker and child all contributing; every PEP quality-rated by the Virtual School each "
        "term.",
        "Virtual School Headteacher", "Autumn term 2016",
        "ePEP contract signed.",
        [(11, "j", "h", "quality of personal education planning")])

    group(12)
    add("Weekly Legal Gateway Meeting chaired by the Head of Service with Legal Services; any "
        "child on a child protection plan for more than nine months, or on a second plan, must be "
        "presented.",
        "Head of Service, Child Protection / Legal Services Manager", "From March 2016",
        "Complete. 34 children presented.",
        [(12, "j", "h", "PLO considered where risk is not reducing")])
    add("Court Progression Manager to log each family in pre-proceedings (letter before "
        "proceedings, meeting and review dates) and return any case that has run for more than 16 "
        "weeks to the Gateway.",
        "Court Progression Manager", "Ongoing",
        "",
        [(12, "j", "h", "timely progress in pre-proceedings")])

    group(13)
    add("Care plan template rewritten with a permanence section (the plan, the contingency and "
        "the date it will be achieved), completed for the second looked after review.",
        "Head of Service, Children Looked After", "July 2016",
        "Template agreed.",
        [(13, "j", "h", "care planning focused on permanency")])
    add("IROs to check each care plan midway between reviews and use the resolution protocol "
        "when agreed actions have not happened.",
        "Safeguarding and Review Service Manager", "June 2016",
        "Midway checks 60% (May).",
        [(13, "j", "h", "care plans progressed without delay")])

    group(14)
    add("Joint Transitions Protocol with Adult Social Care: young people likely to need adult "
        "care identified at 14 and referred to the adult Transitions Team by 16, with the Care "
        "Act assessment finished before they turn 18.",
        "Head of Disability Service / Principal Social Worker, Adults", "October 2016",
        "Draft protocol with Adults DMT.",
        [(14, "j", "h", "timely assessment of needs at the point of adulthood")])
    add("Quarterly Transitions Panel (children's and adults' social care, health and SEND) to "
        "track every young person from 14.",
        "Transitions Coordinator", "Quarterly",
        "First panel 7 July.",
        [(14, "j", "h", "transition planning reviewed and tracked")])

    group(15)
    add("Commission with the CCG a looked after children's mental health service (two clinical "
        "psychologists and a CAMHS nurse) offering consultation to carers and fast-track therapy.",
        "Head of Commissioning / CCG Children's Commissioner", "January 2017",
        "Business case agreed by CCG Board.",
        [(15, "j", "h", "psychological and mental health services for children in care")])
    add("Strengths and Difficulties Questionnaire completed for every child in care each year and "
        "used at the health assessment; scores above 17 discussed at the looked after children's "
        "health panel.",
        "Designated Nurse, Looked After Children", "From April 2016",
        "SDQ returns 71%.",
        [(15, "j", "h", "emotional well-being identified and acted on")])

    group(16)
    add("Relaunch the Children in Care Council as 'Wren Voices' with a full-time participation "
        "worker, monthly meetings for two age groups, transport for children placed out of the "
        "borough and a budget they decide on; their annual Takeover Day report also goes to the "
        "Corporate Parenting Board.",
        "Participation and Engagement Manager", "June 2016",
        "Launch event 18 June.",
        [(16, "j", "h", "revitalised Children in Care Council")])
    add("After each Wren Voices meeting the senior manager who attended writes back with 'You "
        "said, we did': what has changed because of their views.",
        "Assistant Director, Children's Social Care", "After each meeting",
        "",
        [(16, "j", "h", "the council acts on children's views and concerns")])

    group(18)
    add("Adoption considered for every child under five at their second looked after review, with "
        "the reason recorded where it is not the plan.",
        "Head of Adoption and Fostering", "From April 2016",
        "On track.",
        [(18, "j", "h", "adoption considered for all who may benefit")])
    add("Recruit six Fostering for Adoption and concurrent carer households and start family "
        "finding at the 'should be placed for adoption' decision.",
        "Adoption Team Manager", "March 2017",
        "Two households in assessment.",
        [(18, "j", "h", "reducing timescales and delay in adoption")])

    group(20)
    add("Pathway plan reviews for care leavers aged 18 to 21 to be chaired by an officer of the "
        "Safeguarding and Review Service rather than the personal adviser.",
        "Safeguarding and Review Service Manager", "September 2016",
        "Not started. Two posts to recruit.",
        [(20, "j", "h", "pathway plans reviewed by a non-case holder")])

    group(21)
    add("Rewrite our care leavers' charter, 'Our Promise to You', with care leavers at four "
        "workshops run by the care leavers' forum, setting out every entitlement (setting up home "
        "allowance, council tax exemption, bursaries) on a website they have designed.",
        "Leaving Care Service Manager", "October 2016",
        "Workshops 1 and 2 held.",
        [(21, "j", "h", "charter reviewed with care leavers and entitlements made clear")])
    add("Personal advisers to go through the Promise with every young person at 17 and a half and "
        "again at 18, and note on the pathway plan that they have done so.",
        "Leaving Care Team Manager", "From November 2016",
        "",
        [(21, "j", "h", "entitlements made clear to each care leaver")])

    group(22)
    add("All complaints about children's services logged on one system with a learning action for "
        "each upheld complaint, followed until done; quarterly learning report to the Children's "
        "Services Leadership Team.",
        "Complaints and Customer Feedback Manager", "July 2016",
        "On track.",
        [(22, "j", "h", "follow-up of complaints so that learning is not lost")])
    add("Children can complain by text, through the Mind of My Own app, on a freephone number or "
        "through their advocate; a children's complaints leaflet written with Wren Voices.",
        "Complaints and Customer Feedback Manager / Voice Matters Advocacy", "September 2016",
        "Leaflet at the printers.",
        [(22, "j", "h", "a range of ways for children to complain")])

    group(None)
    add("Move the Emergency Duty Service telephone line and call recording onto the council's new "
        "Customer Contact Centre platform before the old switchboard is switched off.",
        "Head of Customer Services", "December 2016",
        "Not started.")
    add("Staying Put: update the allowances paid to former foster carers to the April 2016 rates "
        "and write to every carer.",
        "Fostering Service Manager", "April 2016",
        "Complete.")
    add("Summer holiday youth programme 2016 in the four township areas.",
        "Youth Service Manager", "July - August 2016",
        "Programme published.")
    add("Self-assessment for the Joint Targeted Area Inspection programme on children living "
        "with domestic abuse.",
        "", "Q3 2016/17",
        "")
    return acts


WRENHALLOW = {
    "name": "wrenhallow", "ext": "pdf", "report": WH_REPORT,
    "council": "Wrenhallow Metropolitan Borough Council",
    "actions": wrenhallow_actions, "bounds": (40, 45),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered",
                 6: "covered", 7: "weak", 8: "covered", 9: "uncovered", 10: "covered",
                 11: "covered", 12: "covered", 13: "covered", 14: "covered", 15: "covered",
                 16: "covered", 17: "weak", 18: "covered", 19: "uncovered", 20: "covered",
                 21: "covered", 22: "covered"},
    "unanswered": [9, 19], "passing": [17], "partial": [7],
    "orphans": [40, 41, 42, 43], "miscited": [],
    "asks": {1: [("quality assurance processes so that senior leaders are assured of the quality "
                  "and effectiveness of services", [1, 2]),
                 ("including feedback from children, young people and their families", [3])],
             2: [("every child assessed as in need has a child in need plan", [4]),
                 ("quality and consistency of record keeping", [5])],
             7: [("share and analyse return interview information to reduce future missing "
                  "episodes for individual children", [15, 16]),
                 ("use return interview information to inform partnership prevention and "
                  "disruption activity", [])],
             8: [("visits regular and purposeful", [17, 18]),
                 ("children seen and seen alone", [18]),
                 ("records of visits consistently recorded on case files", [18, 10])],
             21: [("entitlements for care leavers made clear", [36, 37]),
                  ("care leavers' charter reviewed, unique to the council, created and shared "
                   "with care leavers", [36])],
             22: [("robust reporting and follow-up of complaints so that learning is not lost",
                   [38]),
                  ("children have a range of methods available to make complaints", [39])]},
    "notes": (
        "Portrait Word table exported to PDF: a title page (council, title, plan details and an "
        "introduction), then one ruled table Objective | Action | Lead | Timescale | Progress "
        "whose header row repeats on every page, with page header and footer text. Each "
        "Objective cell paraphrases one recommendation in the council's words (no numbers) and "
        "spans the rows of its actions; where a page break cuts a spanned cell it continues "
        "empty at the top of the next page. 'objective' is the Objective cell's text, given on "
        "every action under it; 'row' and 'section' are null; Progress is not part of 'text'. "
        "No recommendation numbers anywhere. R9 (capacity of the emergency duty service) is the "
        "hard unanswered one: orphan 40 moves 'the Emergency Duty Service telephone line' to a "
        "new contact centre platform, which shares its words but does nothing for its capacity. "
        "R19 (support for adopters, post-adoption letterbox) is also unanswered, though actions "
        "33 and 34 (aimed at R18) share its adoption vocabulary. R17 (elected members' corporate "
        "parenting and scrutiny) is touched only in passing: action 31, aimed at R16, ends 'their "
        "annual Takeover Day report also goes to the Corporate Parenting Board' (passing, weak). "
        "R7 has two asks and is only partly answered: return interview information is shared "
        "and used to stop individual children going missing again (15, 16), but nothing uses it "
        "for partnership prevention and disruption (partial, weak); its Objective cell "
        "paraphrases only the first ask. R1, R2, R8, R21 and R22 have their asks recorded. "
        "Action 10 (laptops) answers R4 and R8, both medium; action 20 answers R10 and, "
        "medium, R13. "
        "Orphans 40-43 sit in the last group, whose Objective cell reads 'Other service "
        "commitments 2016/17 (not from the inspection)'."),
}

PLANS = [BRANTWICK, ELLESBY, WRENHALLOW]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_brantwick(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    sec.footer.paragraphs[0].text = ("Brantwick City Council - People Directorate - Ofsted "
                                     "Improvement Plan 2014-15 - OFFICIAL")
    doc.add_heading("Brantwick City Council - People Directorate", level=0)
    doc.add_heading("Children's Social Care Improvement Plan 2014-15: our response to the Ofsted "
                    "inspection of services for children in need of help and protection, "
                    "children looked after and care leavers", level=1)
    doc.add_paragraph(
        "Ofsted judged our services for children to be inadequate. This plan sets out what we "
        "will do about each of the inspectors' recommendations to the local authority, grouped "
        "under our seven improvement priorities; the recommendations made to the Brantwick "
        "Safeguarding Children Board are in the Board's own plan. Where the Ofsted wording is "
        "long we have summarised it. The Children's Improvement Board, chaired by the Chief "
        "Executive, reviews the plan every month.")
    doc.add_paragraph("Plan owner: Director of Children's Services. Maintained by: Quality "
                      "Assurance Officer, Children's Social Care. Version 4 - progress at 30 June "
                      "2014. RAG: G on track or complete; A some slippage; R off track.")
    cols = ["Ofsted recommendation (verbatim or summarised)", "Ref", "What we will do", "Lead",
            "By when", "How we will measure impact", "RAG"]
    widths = [Cm(5.2), Cm(1.3), Cm(8.4), Cm(3.6), Cm(2.4), Cm(4.6), Cm(1.2)]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    hdr = table.rows[0]
    trpr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for cell, text in zip(hdr.cells, cols):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(cell, "1F3864")
    rag_fill = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}
    spans = {}  # group -> [first row, last row] of its actions in the table
    section = None
    for i, a in enumerate(acts):
        e = a["extra"]
        if a["section"] != section:
            section = a["section"]
            cells = table.add_row().cells
            cells[0].text = ""
            cells[0].paragraphs[0].add_run(section).bold = True
            _shade(cells[0].merge(cells[-1]), "D9D9D9")
        cells = table.add_row().cells
        r = len(table.rows) - 1
        if e["group"] not in spans:
            spans[e["group"]] = [r, r]
            cells[0].text = a["objective"] or ""
        else:
            assert spans[e["group"]][1] == r - 1  # a group's rows are consecutive
            spans[e["group"]][1] = r
        for cell, text in zip(cells[1:], [e["ref"], a["text"], a["lead"], a["date"],
                                          e["measure"], e["rag"]]):
            cell.text = text
        if e["rag"] in rag_fill:
            _shade(cells[6], rag_fill[e["rag"]])
    for top, bottom in spans.values():
        if bottom > top:  # the recommendation cell merged vertically over its actions
            table.cell(top, 0).merge(table.cell(bottom, 0))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(8.5)
    docx_props(doc, "Quality Assurance Officer, Children's Social Care",
               "Ofsted Improvement Plan 2014-15")
    doc.save(path)
    normalise_zip(path)


def write_ellesby(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    def value(text):
        if re.fullmatch(r"\d\d/\d\d/\d{4}", text):
            d, m, y = map(int, text.split("/"))
            return datetime(y, m, d)
        return text or None

    cols = ["Theme", "Action", "Owner", "Start", "Due", "Status", "Commentary"]
    fills = {"Complete": "BDD7EE", "On track": "C6EFCE", "At risk": "FFEB9C",
             "Not started": "EDEDED", "Off track": "FFC7CE"}

    def sheet(ws, rows, first):
        for c, text in enumerate(cols, 1):
            cell = ws.cell(row=first, column=c, value=text)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="305496")
        for i, a in enumerate(rows, first + 1):
            e = a["extra"]
            vals = [a["section"], a["text"], a["lead"] or None, value(e["start"]),
                    value(a["date"]), e["status"], e["comment"] or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=i, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            if e["status"] in fills:
                ws.cell(row=i, column=6).fill = PatternFill("solid", fgColor=fills[e["status"]])
        for col, w in zip("ABCDEFG", (22, 70, 30, 11, 11, 12, 40)):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = f"A{first + 1}"

    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS tracker"
    ws["A1"] = "Ellesby Moss Metropolitan Borough Council"
    ws["A2"] = "Children's Services - ILACS improvement tracker (inspection May 2019)"
    ws["A3"] = ("Tracker owner: Assistant Director, Children's Social Care. Reported monthly to "
                "the Children's Improvement Board.")
    ws["A4"] = "Last updated:"
    ws["B4"] = datetime(2019, 9, 30)
    ws["B4"].number_format = "dd/mm/yyyy"
    ws["B4"].alignment = Alignment(horizontal="left")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(bold=True, size=12)
    sheet(ws, [a for a in acts if a["extra"]["sheet"] == "ILACS tracker"], 6)
    bau = wb.create_sheet("Business as usual")
    bau["A1"] = "Business as usual actions reported to the Improvement Board alongside the tracker"
    bau["A1"].font = Font(bold=True)
    sheet(bau, [a for a in acts if a["extra"]["sheet"] == "Business as usual"], 3)
    key = wb.create_sheet("Key")
    key.append(["Status", "Meaning"])
    for s, m in [("Complete", "Action finished and evidence of completion held"),
                 ("On track", "Will be delivered by the due date"),
                 ("At risk", "Some slippage; recovery plan agreed with the owner"),
                 ("Off track", "Will not be delivered by the due date; escalated to the Board"),
                 ("Not started", "Start date not yet reached")]:
        key.append([s, m])
        key.cell(row=key.max_row, column=1).fill = PatternFill("solid", fgColor=fills[s])
    key["A1"].font = Font(bold=True)
    key["B1"].font = Font(bold=True)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 60
    p = wb.properties
    p.creator = "Children's Services Performance and Improvement Team"
    p.lastModifiedBy = "Children's Services Performance and Improvement Team"
    p.title = "ILACS improvement tracker"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


_rl, _numbered_canvas, _esc = reportlab_canvas, numbered_canvas, xml_escape  # shared PDF helpers


def write_wrenhallow(plan, acts, path):
    _rl()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    class WordTable(Table):
        """A table that, like Word, may break a page inside a merged (spanned) cell: the cell's
        text stays on the first page and the cell continues empty on the next."""
        def _getFirstPossibleSplitRowPosition(self, availHeight, ignoreSpans=0):
            return Table._getFirstPossibleSplitRowPosition(self, availHeight, ignoreSpans=1)

    page = A4
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=9.8)
    obj = ParagraphStyle("obj", parent=cell, fontName="Helvetica-Bold")
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=30,
                           textColor=colors.HexColor("#5B2C6F"), spaceAfter=10)
    sub = ParagraphStyle("sub", fontName="Helvetica", fontSize=14, leading=19,
                         textColor=colors.HexColor("#5B2C6F"), spaceAfter=16)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=17,
                        textColor=colors.HexColor("#5B2C6F"), spaceAfter=6)

    story = [Spacer(1, 40 * mm),
             Paragraph("Wrenhallow Metropolitan Borough Council", sub),
             Paragraph("Children's Services Improvement Plan 2016\u20132018", title),
             Paragraph("Our response to the Ofsted inspection of services for children in need "
                       "of help and protection, children looked after and care leavers (report "
                       "published April 2016)", sub),
             Spacer(1, 10 * mm)]
    for label, text in [("Plan owner", "Chief Officer, Children's Services"),
                        ("Approved by", "Cabinet, 22 June 2016"),
                        ("Monitored by", "Children's Services Improvement Board (monthly) and "
                                         "Children's Scrutiny Committee (quarterly)"),
                        ("Version", "1.3 \u2013 progress at 31 July 2016")]:
        story.append(Paragraph(f"<b>{label}:</b> {_esc(text)}", body))
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph(
        "Ofsted found that services for children in Wrenhallow are inadequate. We accept every "
        "finding. This plan sets out our objectives, the actions that will achieve them, who "
        "leads each action and when it will be done. The recommendations made to the "
        "Wrenhallow Safeguarding Children Board are addressed in the Board's own business plan. "
        "Progress is updated by lead officers a week before each Improvement Board.", body))
    story.append(PageBreak())
    story.append(Paragraph("Improvement plan", h1))
    story.append(Paragraph(
        "Each objective is drawn from the inspection findings; the actions beside it are how we "
        "will achieve it. Timescales are for completion unless the action is ongoing. The "
        "Progress column is updated by the lead officer.", body))

    cols = ["Objective", "Action", "Lead", "Timescale", "Progress"]
    widths = [mm * w for w in (38, 72, 28, 19, 23)]
    data = [[Paragraph(c, head) for c in cols]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5B2C6F")),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    i = 0
    while i < len(acts):
        g = acts[i]["extra"]["group"]
        rows = [a for a in acts if a["extra"]["group"] == g]
        first = len(data)
        for k, a in enumerate(rows):
            data.append([Paragraph(_esc(a["objective"]), obj) if k == 0 else "",
                         Paragraph(_esc(a["text"]), cell), Paragraph(_esc(a["lead"]), cell),
                         Paragraph(_esc(a["date"]), cell),
                         Paragraph(_esc(a["extra"]["progress"]), cell)])
        last = len(data) - 1
        if last > first:
            style.append(("SPAN", (0, first), (0, last)))
        style.append(("BACKGROUND", (0, first), (0, last), colors.HexColor("#E8DAEF")))
        i += len(rows)
    table = WordTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    story.append(table)
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(
        "Lead officers update the Progress column a week before each Improvement Board. Actions "
        "completed for three months with evidence of impact are closed by the Board.", body))

    def furniture(c, n, total):
        w, h = page
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#444444"))
        if n > 1:
            c.drawString(15 * mm, h - 10 * mm, "Wrenhallow MBC \u2013 Children's Services "
                         "Improvement Plan 2016\u201318")
        c.drawString(15 * mm, 8 * mm, "OFFICIAL \u2013 Version 1.3, July 2016")
        c.drawRightString(w - 15 * mm, 8 * mm, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=page, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=16 * mm, bottomMargin=15 * mm,
                            title="Children's Services Improvement Plan 2016-2018",
                            author="Wrenhallow Metropolitan Borough Council",
                            subject="Ofsted improvement plan",
                            creator="Microsoft\u00ae Word 2013")
    doc.build(story, canvasmaker=_numbered_canvas(furniture))


WRITERS = {"brantwick": write_brantwick, "ellesby-moss": write_ellesby,
           "wrenhallow": write_wrenhallow}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, orphans (min, max)
    "brantwick": dict(unanswered=2, passing=1, partial=1, orphans=(4, 4)),
    "ellesby-moss": dict(unanswered=1, passing=0, partial=1, orphans=(4, 4)),
    "wrenhallow": dict(unanswered=2, passing=1, partial=1, orphans=(4, 4)),
}

STOP = set("""a an and are as at be been by can for from has have in into is it its of on or our
so than that the their them then there these they this those to was we were what when where which
who will with within would all any more most other such not no only own same also should need
ensure make sure must may including include particular particularly children child young
people social worker workers care services service local authority""".split())


def _words(text):
    """Distinctive words of a text, crudely stemmed (a design check of this data only)."""
    out = set()
    for w in re.findall(r"[a-z]+", text.lower()):
        if len(w) < 4 or w in STOP:
            continue
        out.add(w[:6])
    return out


def check_design(gold, plan):
    name = plan["name"]
    spec = SPEC[name]
    assert len(report_recs(plan["report"])) == len(plan["expected"]) == len(gold["expected"])
    lo, hi = plan["bounds"]
    acts = gold["actions"]
    assert lo <= len(acts) <= hi, (name, len(acts))
    d = gold["design"]
    assert len(d["unanswered"]) == spec["unanswered"], name
    assert len(d["passing"]) == spec["passing"], name
    assert len(d["partial"]) == spec["partial"], name
    assert spec["orphans"][0] <= len(d["orphans"]) <= spec["orphans"][1], name
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    covered = [r for r, s in gold["expected"].items() if s == "covered"]
    # answered recommendations mostly by two to five actions
    multi = [r for r in covered if 2 <= len(per_rec[r]) <= 5]
    assert len(multi) >= 0.8 * len(covered), (name, set(covered) - set(multi))
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert r in d["notes"], (name, r)
    assert "hard unanswered" in d["notes"], name
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"\b(rec|recommendations?|ofsted)\b", a["text"], re.I), a["id"]
    assert len({x["id"] for x in acts}) == len(acts)
    # at least a third of the answering (action, recommendation) pairs share at most two
    # distinctive words
    recs = {r["id"]: r["text"] for r in gold["recommendations"]}
    texts = {a["id"]: a["text"] for a in acts}
    pairs = [(l["action"], l["rec"]) for l in gold["links"]]
    few = [p for p in pairs if len(_words(texts[p[0]]) & _words(recs[p[1]])) <= 2]
    assert len(few) >= len(pairs) / 3, (name, len(few), len(pairs))
    # leads and dates: some actions without a lead, some without a date
    assert any(not a["leads_raw"] for a in acts), name
    assert any("/" in a["leads_raw"] for a in acts), name
    raw = plan["actions"]()
    orphan_ids = set(d["orphans"])
    if name == "brantwick":
        assert any(not a["date_raw"] for a in acts), name
        cited = [a for a in acts if a["explicit_refs"]]
        assert 0.4 <= len(cited) / len(acts) <= 0.6, (name, len(cited))
        assert len(d["miscited"]) == 2, name
        assert len(gold["asks"]["R35"]) == 2
        for a, r in zip(acts, raw):
            e = r["extra"]
            mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
            if e["rec"] is None:
                assert a["id"] in orphan_ids and a["objective"] is None, a["id"]
                continue
            # the merged cell is the recommendation verbatim or the council's summary of it,
            # and every action under it answers it
            assert a["objective"] in (recs[f"R{e['rec']}"], BW_SUMMARY.get(e["rec"])), a["id"]
            assert f"R{e['rec']}" in mine, a["id"]
            if a["explicit_refs"] and a["id"] not in d["miscited"]:
                assert a["explicit_refs"] == [e["rec"]], a["id"]
        for r in d["unanswered"] + d["passing"]:
            assert int(r[1:]) not in {x["extra"]["rec"] for x in raw}, r
    if name == "ellesby-moss":
        for a, r in zip(acts, raw):
            assert a["row"] is None and a["objective"] is None and not a["explicit_refs"]
            if r["extra"]["sheet"] == "Business as usual":
                assert a["id"] in orphan_ids, a["id"]
        sheets = {r["extra"]["sheet"] for r, a in zip(raw, acts) if a["id"] in orphan_ids}
        assert sheets == {"ILACS tracker", "Business as usual"}, sheets
        real = [a for a in acts if re.fullmatch(r"\d\d/\d\d/\d{4}", a["date_raw"])]
        assert 0 < len(real) < len(acts), name
    if name == "wrenhallow":
        assert any(not a["date_raw"] for a in acts), name
        for a, r in zip(acts, raw):
            assert not a["explicit_refs"] and a["row"] is None and a["objective"]
            assert (r["extra"]["rec"] is None) == (a["id"] in orphan_ids), a["id"]
            assert not re.search(r"\d", a["objective"].replace("2016/17", "")), a["id"]
        for r in d["unanswered"] + d["passing"]:
            assert int(r[1:]) not in {x["extra"]["rec"] for x in raw}, r


if __name__ == "__main__":
    main(sys.argv[1:], "q", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(15, 45))
