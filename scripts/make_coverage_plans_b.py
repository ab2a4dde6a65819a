"""Write the sealed coverage evaluation set "b": five fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_b.py            # writes documents and gold
    python scripts/make_coverage_plans_b.py --check    # only runs the consistency checks

Documents: corpus/coverage/b/<name>.<ext>      Gold: corpus/gold/coverage/b/<name>.json

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes, never by reading the
generated documents back, and no extractor code is imported or run. Recommendation texts are
copied from the hand-checked report gold in corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the row/heading cites 3 and
                                   the text supports it) or "j" judged; "h" high / "m" medium
    refs=[7]                       numbers the row (or its section heading) cites
    mis=True                       the row cites a number its action does not answer (mis-cited);
                                   its citation is not a link, its true link is judged
Actions with no links are orphans or carry only a passing mention (see each plan's design).

Output is deterministic: DOCX/XLSX core properties are fixed and every zip member is written
with a fixed timestamp, so re-running gives byte-identical files.
"""

import re
import sys
import textwrap
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, docx_props, main, normalise_zip  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXED = datetime(2020, 1, 1, 9, 0, 0)
ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


# ---------------------------------------------------------------------------------------------
# Plan 1: Corrisby — XLSX tracker answering Bradford 2018-10-29 (ILACS, 10 recommendations).
# No recommendation numbers anywhere.
# ---------------------------------------------------------------------------------------------

def corrisby_actions():
    acts = []

    def add(ref, prio, text, lead, date, rag, update, links=()):
        acts.append(A(text, lead, date, links, row=ref, section=prio, rag=rag, update=update))

    P = "Front door and MASH"
    add("FD-01", P, "Introduce a new MASH triage: every contact RAG-rated by a qualified manager within "
        "4 hours; only red and amber contacts go on for full multi-agency checks, and green contacts "
        "are passed to our Family Help hubs with the family's agreement.",
        "Service Manager, Front Door", "January 2019", "G",
        "New triage tool live 7 Jan 2019. Daily dip-sample by Head of Service shows 92% of contacts "
        "RAG-rated within 4 hours.",
        [(3, "j", "h", "prioritises contacts and makes the response proportionate")])
    add("FD-02", P, "Issue joint consent guidance to all MASH partners and front door staff: consent to "
        "be sought and recorded when the contact is made unless doing so would place the child at "
        "risk, and the reason for proceeding without consent recorded every time.",
        "MASH Partnership Manager", "28.02.2019", "G",
        "Guidance agreed at Safeguarding Partnership Executive 12 Feb. Briefings held for schools "
        "cluster leads and police PPU.",
        [(3, "j", "h", "gaining parental consent at the contact stage")])
    add("FD-03", P, "Agree with Police and Education that partner agencies will no longer interview "
        "children to gather their account for social care screening; where a child's account is "
        "needed it will be gathered by the allocated social worker.",
        "Head of Safeguarding Partnerships", "March 2019", "A",
        "Agreed with Police. Schools protocol going to Heads' forum in April.",
        [(3, "j", "m", "proportionate response to contacts (partners interviewing children at "
          "screening, often without consent)")])
    add("FD-04", P, "Weekly front door performance clinic chaired by the Assistant Director to monitor "
        "24-hour contact decisions and clear the backlog of contacts awaiting screening.",
        "Assistant Director, Safeguarding", "Immediate", "G",
        "Backlog of 212 contacts cleared by 21.12.2018. Clinic continues weekly.",
        [(3, "j", "h", "timeliness of the response to contacts")])
    add("FD-05", P, "Step-down to Family Help hubs to be allocated within 5 working days; no neglect case "
        "to be stepped down from the MASH without a Team Manager review of the cumulative history.",
        "Service Manager, Early Help", "April 2019", "A",
        "Step-down allocation averaging 8 days (Feb). Neglect review step added to the case system "
        "workflow.",
        [(3, "j", "h", "timely response after screening (step-down delays)"),
         (1, "j", "m", "neglect not to be stepped down without review of cumulative harm")])

    P = "Risk, neglect and domestic abuse"
    add("RN-01", P, "Launch the Corrisby Neglect Strategy and toolkit (Graded Care Profile 2) for social "
        "workers and Family Help staff, with briefings for every locality team and a neglect practice "
        "lead in each team.",
        "Principal Social Worker", "April 2019", "A",
        "Toolkit launched 1 April. 61% of locality staff briefed.",
        [(1, "j", "h", "identifying and responding to neglect")])
    add("RN-02", P, "Domestic abuse practice standard: assessments where domestic abuse features must "
        "analyse the longer-term impact on the child, not only the latest incident; Safe & Together "
        "training for all locality social workers; IDVA to attend locality team meetings monthly.",
        "Domestic Abuse Strategic Lead", "Q1 2019/20", "A",
        "Standard drafted. Safe & Together training commissioned - first cohort June.",
        [(1, "j", "h", "longer-term impact of domestic abuse")])
    add("RN-03", P, "Audit every open child in need case where neglect or domestic abuse is the main "
        "concern to check that risk has been properly identified; cases where risk has been "
        "under-estimated to be escalated to the Head of Service the same day.",
        "Head of Quality Assurance", "31.12.2018", "G",
        "Complete. 148 cases audited; 17 escalated, of which 6 moved to strategy discussion.",
        [(1, "j", "h", "identification of risk in neglect and domestic abuse cases")])

    P = "Pre-proceedings (PLO)"
    add("PL-01", P, "Rewrite PLO letters and pre-proceedings plans in plain English so that parents know "
        "exactly what must change, what help they will get and the date by which change must be seen.",
        "Head of Service, Court and PLO", "March 2019", "G",
        "New letter template in use from 4 March. Reviewed with the Family Rights Group.",
        [(2, "j", "h", "what change is needed and by when in pre-proceedings")])
    add("PL-02", P, "Legal Gateway Panel to review every family in pre-proceedings at 6 and 12 weeks and "
        "decide whether to step down, extend with reasons, or issue proceedings; PLO tracker reported "
        "to DMT monthly.",
        "Court Team Manager", "Feb-19", "G",
        "Tracker live. Average time in PLO down from 31 to 19 weeks.",
        [(2, "j", "h", "timescales ('by when') in pre-proceedings, no drift")])
    add("PL-03", P, "Offer a family group conference to every family entering pre-proceedings, so that "
        "the family plan sets out the changes expected and the timescales alongside the local "
        "authority's plan.",
        "FGC Service Manager", "June 2019", "A",
        "FGC capacity increased by 2 coordinators; take-up 58%.",
        [(2, "j", "m", "families' plan in pre-proceedings states the change expected and timescales")])

    P = "Quality of practice"
    add("QP-01", P, "Refresh the single assessment and child's plan templates on the case system so that "
        "plans say what needs to happen, who will do it and by when, and contingency plans are "
        "specific to the child; managers to check plan quality as part of their usual supervision.",
        "Principal Social Worker", "May 2019", "A",
        "Templates with ICT for build. Go-live date moved to 20 May.",
        [(4, "j", "h", "quality of assessments and plans")])
    add("QP-02", P, "Practice workshops on analysis in assessments - keeping assessments up to date when "
        "circumstances change and showing what daily life is like for the child - delivered in every "
        "locality team by the Practice Development Team as part of our Signs of Safety refresh.",
        "Practice Development Manager", "end of July 2019", "A",
        "9 of 14 teams complete.",
        [(4, "j", "h", "quality of assessments")])
    add("QP-03", P, "Monthly themed audit of assessments and plans, with feedback to the social worker and "
        "team manager within 10 working days and audit grades reported to the Improvement Board.",
        "Head of Quality Assurance", "Monthly from January 2019", "G",
        "Jan-Mar audits: 41% good or better (up from 24%).",
        [(4, "j", "h", "checks and improves the quality of assessments and plans")])
    add("QP-04", P, "Cap caseloads in the locality teams at 20 children and convert agency staff to "
        "permanent posts, so that children keep the same social worker while their plan is being "
        "delivered.",
        "Assistant Director, Safeguarding", "September 2019", "R",
        "Average caseload 24. Conversion offer made to 11 agency workers; 4 accepted.",
        [(4, "j", "m", "implementation of plans (changes of worker delayed plans)")])

    P = "Multi-agency child protection"
    add("MA-01", P, "Strategy meetings to include Police, health (named nurse or GP) and the child's "
        "school in every case; new strategy meeting record to include a multi-agency safety plan for "
        "the period of the section 47 enquiry.",
        "Head of Service, Assessment", "February 2019", "G",
        "Health attendance 87% (Feb).",
        [(5, "j", "h", "strategy meetings")])
    add("MA-02", P, "Restore timeliness of initial child protection conferences to 15 working days: Child "
        "Protection Chairs to escalate any delay to the Head of Service and timeliness reported weekly.",
        "Safeguarding and Reviewing Unit Manager", "March 2019", "A",
        "ICPCs in timescale 79% (Mar) from 71%.",
        [(5, "j", "h", "child protection conferences")])
    add("MA-03", P, "Core groups to meet at least every four weeks and child in need reviews every six "
        "weeks, with minutes recording progress against each action in the plan and what happens next.",
        "Team Managers, Locality", "ongoing", "A", "",
        [(5, "j", "h", "core groups and child in need reviews")])
    add("MA-04", P, "Safeguarding Partnership multi-agency audit of 20 child protection plans ended in the "
        "last six months, testing whether plans ended too early and whether partners contributed to "
        "core groups.",
        "Chair, Practice Review Sub-group", "Q4 2018/19", "G",
        "Complete - report to Partnership Executive 26.03.2019.",
        [(5, "j", "h", "multi-agency child protection work (plans ended early, core groups)")])

    P = "Vulnerable young people"
    add("VY-01", P, "New joint protocol with Housing Options for 16 and 17 year olds who present as "
        "homeless: a social work assessment for every young person, and advice given in writing and in "
        "person on their right to be looked after under section 20 and what that would mean for them.",
        "Head of Service, Children in Care & Housing Options Manager", "April 2019", "A",
        "Protocol agreed by Housing. Awaiting sign-off by Lead Member.",
        [(6, "j", "h", "16-17 year olds who present as homeless")])
    add("VY-02", P, "Strengthen LADO arrangements: additional Designated Officer post and a tracker of "
        "every allegation against a professional showing dates, strategy meetings, outcome and "
        "closure; quarterly LADO report to the Safeguarding Partnership.",
        "Head of Safeguarding and Reviewing", "January 2019", "G",
        "Second LADO in post 14 Jan. First quarterly report due April.",
        [(6, "j", "h", "oversight and monitoring of allegations against professionals")])

    P = "Placements for children in care"
    add("SU-01", P, "Refresh the Placement Sufficiency Strategy 2019-22, with a needs analysis of children "
        "currently placed outside the district and of the placement types we are short of.",
        "Head of Commissioning (Children)", "April 2019", "A", "Draft to DMT 16 April.",
        [(7, "j", "h", "sufficiency of local placements")])
    add("SU-02", P, "'Foster for Corrisby' recruitment campaign targeting carers for teenagers and for "
        "brothers and sisters, aiming for 30 new fostering households in 2019/20.",
        "Fostering Recruitment Team Manager", "March 2020", "A",
        "Q1: 64 enquiries, 9 assessments started.",
        [(7, "j", "h", "more local foster placements")])
    add("SU-03", P, "Open two new four-bed children's homes in the district through the council's capital "
        "programme.",
        "Head of Residential Services", "TBC", "R", "Sites identified. Planning application delayed.",
        [(7, "j", "h", "more local placements")])
    add("SU-04", P, "Weekly Placement Panel to review every child whose placement is not meeting their "
        "needs and agree a move or extra support; gaps in the placement market logged to inform "
        "commissioning.",
        "Service Manager, Children in Care", "ongoing", "G", "",
        [(7, "j", "m", "placements meeting children's needs; gaps inform commissioning")])

    P = "Workforce and business support"
    add("WF-01", P, "Children's Services Star Awards: annual ceremony recognising staff and teams "
        "nominated by colleagues, children and families.",
        "Workforce Development Manager", "June 2019", "G", "Nominations open.")
    add("WF-02", P, "Publish the 2019/20 workforce training calendar for social workers and team managers "
        "and book every newly qualified social worker onto the core safeguarding courses.",
        "Workforce Development Manager", "31 March 2019", "G", "Complete")
    add("WF-03", P, "Foster Carer Long Service Awards evening during Foster Care Fortnight to thank carers "
        "who have fostered for 10, 20 and 30 years.",
        "Fostering Service Manager", "May 2019", "G", "")
    add("WF-04", P, "Move the children's case management system to the supplier's hosted platform and "
        "issue tablets to all locality social workers.",
        "ICT Business Partner (Children's)", "Q3 2019/20", "A",
        "Contract signed. Migration planned for October.")
    add("WF-05", P, "Monthly budget monitoring report on the children's services revenue budget and agency "
        "staffing spend to DMT and the Portfolio Holder.",
        "Finance Business Partner", "Monthly", "G", "")
    return acts


CORRISBY = {
    "name": "corrisby", "ext": "xlsx", "report": "bradford-80449/2018-10-29.pdf",
    "council": "Corrisby Metropolitan Borough Council",
    "actions": corrisby_actions,
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered", 6: "weak",
                 7: "covered", 8: "uncovered", 9: "uncovered", 10: "weak"},
    "unanswered": [8, 9], "passing": [10], "partial": [6],
    "orphans": ["WF-01", "WF-02", "WF-03", "WF-04", "WF-05"], "miscited": [],
    "asks": {6: [("the response to 16-17 year olds who present as homeless", ["VY-01"]),
                 ("the response to children privately fostered", []),
                 ("the oversight and monitoring of allegations against professionals working with "
                  "children", ["VY-02"])],
             5: [("strategy meetings", ["MA-01"]), ("child protection conferences", ["MA-02"]),
                 ("core groups", ["MA-03", "MA-04"]), ("child in need reviews", ["MA-03"])]},
    "notes": (
        "XLSX tracker, one sheet, four title rows and a blank row above the header row; no "
        "recommendation numbers anywhere (the Ref column holds plan references such as FD-01, used "
        "as 'row'). 'section' is the Priority column. R8 (life-story work) is simply absent. R9 "
        "(mandatory training for foster carers) is the hard unanswered one: WF-02 (workforce "
        "training calendar for social workers) and WF-03 (foster carer long service awards) share "
        "its vocabulary but neither is aimed at foster carers' mandatory training. R10 "
        "(supervision) is mentioned only in passing in QP-01 ('managers to check plan quality as "
        "part of their usual supervision'), which is aimed at R4. R6 has three asks; the plan "
        "answers homelessness (VY-01) and LADO oversight (VY-02) but says nothing about private "
        "fostering. FD-05 answers R3 (step-down timeliness) and R1 (neglect). Progress-update "
        "cells are not part of the action text."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Lanthorne — DOCX with a Word table answering Southwark 2017-06-13 (SIF, 11 recs).
# Recommendation column: council's own summary on some rows, the number on others.
# ---------------------------------------------------------------------------------------------

def lanthorne_actions():
    acts = []
    n = [0]

    def add(rec, text, who, when, how, links=(), refs=(), mis=False):
        n[0] += 1
        acts.append(A(text, who, when, links, refs, mis, row=f"A{n[0]}", objective=rec, how=how))

    add("Partners' referrals to be complete, with consent",
        "Relaunch the multi-agency referral form with required fields for the reason for concern, what "
        "the referrer has already done and whether parents know about the referral; incomplete forms "
        "returned to the referrer the same day by the MASH consultant social worker.",
        "MASH Service Manager", "September 2017",
        "95% of MASH decisions within 24 hours (monthly MASH dashboard)",
        [(2, "j", "h", "referrals contain sufficient information and consent")])
    add("Rec 2",
        "Consent and information-sharing briefings for schools, GPs, health visitors and the police "
        "Public Protection Desk through the LSCB training programme, plus a 'Talk to the family "
        "first' leaflet for referrers. The revised referral guidance also asks referrers to describe "
        "the child's day-to-day experience, including any long-standing neglect.",
        "Head of Early Help and MASH", "October 2017",
        "Fewer referrals returned for missing consent (baseline 31%)",
        [(2, "e", "h", "work with partners on consent and referral quality")], refs=[2])
    add("Quicker management decisions in the MASH",
        "Daily 9.30am MASH huddle; team managers use the live MASH dashboard to pick up every contact "
        "more than 18 hours old.",
        "MASH Team Managers", "Immediate",
        "No contacts over 24 hours on the daily snapshot",
        [(2, "j", "h", "timely management decisions on referrals")])
    add("Recommendation 4",
        "Recommission the independent return home interview service from April 2018 with a 72-hour "
        "standard, and require every interview offered (including refusals) to be logged on the "
        "child's record.",
        "Head of Commissioning (Children and Families)", "April 2018",
        "RHIs offered within 72 hours at least 90%; completion rate reported quarterly",
        [(4, "e", "h", "return home interviews completed consistently")], refs=[4])
    add("Use what children tell us when they come back from missing",
        "Missing Children Coordinator to analyse return home interviews every month for push and pull "
        "factors and locations, and present themes to the MASE meeting so that disruption plans are "
        "put in place.",
        "Missing Children Coordinator", "From October 2017",
        "Fewer repeat missing episodes (monthly MASE report)",
        [(4, "j", "h", "intelligence from return interviews used to reduce repeat missing")])
    add("Children who go missing repeatedly",
        "Children who go missing three or more times in 90 days to have a multi-agency missing review, "
        "using their return home interviews, chaired by the Missing Children Coordinator.",
        "Missing Children Coordinator", "November 2017",
        "All eligible children reviewed within 10 working days",
        [(4, "j", "h", "return interview intelligence used to reduce recurrence")])
    add("Rec 5",
        "Monthly one-to-one case supervision for every social worker in the Looked After Children and "
        "Leaving Care teams, recorded on the child's file using the new supervision template with "
        "clear actions and timescales.",
        "Head of Service, Corporate Parenting", "August 2017, then ongoing",
        "Supervision compliance 95% (monthly performance report)",
        [(5, "e", "h", "management oversight of social workers in CLA and leaving care")], refs=[5])
    add("Stronger management grip in children in care teams",
        "Team managers in the Looked After Children service to dip-sample five cases each per month and "
        "hold a 'case grip' meeting on any child whose plan has drifted.",
        "Team Managers, Looked After Children", "Monthly",
        "Audit grades; drifting cases tracked to resolution",
        [(5, "j", "h", "management oversight in the CLA service")])
    add("Rec 5",
        "Create an additional Team Manager post in the Looked After Children service so that no manager "
        "supervises more than seven staff.",
        "Director of Children's Social Care", "January 2018",
        "Post filled; spans of control seven or fewer",
        [(5, "e", "h", "capacity for management oversight in the CLA service")], refs=[5])
    add("Recommendation 6",
        "Refresh the Sufficiency Strategy 2018-21 with a specific section on adolescents with complex "
        "and challenging behaviour, informed by an analysis of the last 12 months' placement "
        "breakdowns.",
        "Head of Commissioning (Children and Families)", "December 2017",
        "Strategy approved by Cabinet",
        [(6, "e", "h", "sufficiency strategy, adolescents with challenging behaviour")], refs=[6])
    add("Recommendation 7",
        "Targeted foster carer recruitment campaign for carers of teenagers, with an enhanced 'Teen "
        "Plus' fee and 24/7 therapeutic support for carers.",
        "Fostering Service Manager", "March 2018",
        "12 new teenage placements approved in 2017/18",
        [(6, "j", "h", "supply of placements for adolescents (row cites 7, which is about reviewing "
          "care plans)")], refs=[7], mis=True)
    add("More good placements for teenagers",
        "Join the sub-regional commissioning framework for specialist residential and semi-independent "
        "places for adolescents, and block-purchase six places in or near the borough, with quarterly "
        "contract monitoring visits.",
        "Commissioning Manager, Placements", "Q4 2017/18",
        "Block places in use; fewer unplanned endings for over-13s",
        [(6, "j", "h", "commissioning high-quality placements for adolescents")])
    add("Matching first time",
        "Placement referrals to describe the young person's personality, strengths, behaviour and what "
        "has worked before, so that the Placements Team can match well first time.",
        "Placements Team Manager", "October 2017",
        "Placement stability (3+ moves) reported quarterly",
        [(6, "j", "m", "commissioning/matching quality (report para 56, sufficiency section)")])
    add("Rec 7",
        "IROs to carry out a mid-point check between reviews for every child in care and raise a formal "
        "challenge when the care plan is not meeting the child's needs; escalations logged and "
        "reported each quarter.",
        "Head of Safeguarding and Quality Assurance", "Q3 2017/18",
        "IRO escalation log; quarterly IRO report",
        [(7, "e", "h", "care plans reviewed to check needs are met")], refs=[7])
    add("Reviews on time",
        "Clear the backlog of overdue children looked after reviews and hold 95% of reviews within "
        "timescale.",
        "IRO Service Manager", "December 2017",
        "Timeliness of reviews (weekly)",
        [(7, "j", "h", "care plans regularly reviewed")])
    add("If a placement isn't working, change the plan",
        "A placement stability meeting to be held within five working days whenever a carer gives "
        "notice or a placement is at risk, with an alternative plan agreed and recorded.",
        "Service Manager, Looked After Children", "November 2017",
        "Stability meetings held in 100% of eligible cases",
        [(7, "j", "h", "alternative plans where placements do not meet needs")])
    add("Permanence and care plan tracking",
        "Monthly care plan tracking meeting chaired by the Head of Service to review every child in care "
        "who has no permanence plan by their second review, agreeing an alternative plan where the "
        "current one is not working.",
        "Head of Service, Corporate Parenting", "From September 2017",
        "No child without a permanence plan after the second review",
        [(7, "j", "h", "care plans reviewed and alternative plans established"),
         (9, "j", "m", "more timely permanence decisions")])
    add("Rec 8",
        "Agreement with Lanthorne CCG that the Looked After Children health team completes initial and "
        "review health assessments for children placed up to 50 miles away, and commissions them from "
        "the host area beyond that, within 20 working days of request.",
        "Designated Nurse for Looked After Children (CCG)", "January 2018",
        "Health assessments in time for out-of-borough children (quarterly)",
        [(8, "e", "h", "regular health assessments for children placed out of area")], refs=[8])
    add("Out-of-borough children: quick access to CAMHS",
        "Our looked after children CAMHS team (Mind Matters) to offer consultation to carers and an "
        "assessment to children placed out of borough within four weeks, travelling to them where "
        "needed, while a local service is arranged.",
        "Clinical Lead, Mind Matters", "February 2018",
        "Waiting times for out-of-borough referrals",
        [(8, "j", "h", "CAMHS access for children placed out of area")])
    add("Education support when children move away",
        "Virtual School to secure a school place before any planned out-of-borough move and hold a PEP "
        "meeting within 10 school days of the move.",
        "Virtual School Headteacher", "September 2017",
        "Days out of school after a move",
        [(8, "j", "h", "education support for children placed out of area")])
    add("Rec 8",
        "Every child in care to have life story work started within three months of their second "
        "review, supported by a dedicated Life Story Worker, and updated at each review.",
        "Service Manager, Permanence", "March 2018",
        "Life story work recorded as started/updated on the child's file",
        [(9, "j", "h", "timely, up-to-date life story work (row cites 8, which is about children "
          "placed out of area)")], refs=[8], mis=True)
    add("Rec 9",
        "Permanence Panel to ratify long-term fostering matches within six months of the permanence "
        "decision, with progress reviewed monthly by the Permanence Taskforce.",
        "Chair, Permanence Panel", "December 2017",
        "Average days from decision to long-term fostering match",
        [(9, "e", "h", "timely permanence decisions for long-term fostering")], refs=[9])
    add("Life story work kept up to date",
        "Life story training for foster carers and social workers, and a memory box for every child in "
        "care under 10.",
        "Life Story Worker / Fostering Training Officer", "end of January 2018",
        "Attendance; memory boxes issued",
        [(9, "j", "h", "life story work")])
    add("Rec 11",
        "Children's Rights Officer to visit every children in care team and the Children in Care Council "
        "to explain how to complain, and to include a child-friendly complaints leaflet and a "
        "text-to-complain number in every child's welcome pack.",
        "Children's Rights Officer", "October 2017",
        "Complaints received from children; Children in Care Council survey",
        [(11, "e", "h", "children aware of how to complain")], refs=[11])
    add("More advocates",
        "Extend the advocacy contract so that every child at an initial child protection conference or "
        "a looked after review is offered an advocate on an opt-out basis, with take-up reported "
        "quarterly.",
        "Commissioning Manager (Advocacy)", "April 2018",
        "Advocacy take-up",
        [(11, "j", "h", "more advocacy for children on CP plans and looked after")])
    add("Service priority: participation",
        "Care Leavers' Forum to meet quarterly with the Lead Member and the Corporate Parenting "
        "Committee.",
        "Participation Officer", "Quarterly", "Minutes to Corporate Parenting Committee")
    add("Service priority: participation",
        "Annual care leavers' celebration event with the Mayor, recognising achievements in education "
        "and work.",
        "Participation Officer", "July 2018", "Event held")
    add("Service priority: workforce",
        "'Choose Lanthorne' social work recruitment campaign with a refer-a-friend bonus.",
        "HR Business Partner", "TBC", "Vacancy rate")
    add("Service priority: ICT",
        "Replace all children's social care laptops with new Windows 10 devices.",
        "ICT Service Desk Manager", "Complete", "All devices issued")
    return acts


LANTHORNE = {
    "name": "lanthorne", "ext": "docx", "report": "southwark-80514/2017-06-13.pdf",
    "council": "London Borough of Lanthorne",
    "actions": lanthorne_actions,
    "expected": {1: "weak", 2: "covered", 3: "uncovered", 4: "covered", 5: "covered",
                 6: "covered", 7: "covered", 8: "covered", 9: "covered", 10: "uncovered",
                 11: "weak"},
    "unanswered": [3, 10], "passing": [1], "partial": [11],
    "orphans": ["A26", "A27", "A28", "A29"], "miscited": ["A11", "A21"],
    "asks": {11: [("children are aware of how to complain about services provided to them",
                   ["A24"]),
                  ("more advocacy support for children on child protection plans and for those who "
                   "are looked after", ["A25"]),
                  ("good access to independent visitors for children looked after", [])],
             8: [("child and adolescent mental health services", ["A19"]),
                 ("education support", ["A20"]),
                 ("regular health assessments", ["A18"])],
             9: [("more timely permanence decisions for long-term foster family arrangements",
                  ["A17", "A22"]),
                 ("timely life story work, kept up to date", ["A21", "A23"])]},
    "notes": (
        "DOCX, one Word table (No. | Ofsted recommendation | What we will do | Who | When | How we "
        "will know). 'row' is the No. cell; 'objective' is the Ofsted recommendation cell as "
        "written (a council summary, a citation such as 'Rec 5', or 'Service priority: ...' on "
        "orphan rows); 'How we will know' is not part of the action text. Only local-authority "
        "recommendations 1-11 count (the LSCB's 104-107 are out of scope and the plan says so). "
        "R3 (strategy discussions) is simply absent. R10 (care leavers: workers' knowledge, "
        "pathway planning, entitlements) is the hard unanswered one: A26 (care leavers' forum) and "
        "A27 (care leavers' celebration) are orphans sharing its vocabulary, and A7 (supervision "
        "in the Looked After Children and Leaving Care teams) is aimed at R5. R1 (neglect) is "
        "mentioned only in passing in A2, aimed at R2. R11 has three asks; independent visitors "
        "are not answered. Mis-cited rows: A11 cites 7 but answers R6; A21 cites 8 but answers "
        "R9 (their true links are judged and flagged miscited: true)."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Hallowmere — Markdown (as a converter would produce it) answering Gateshead
# 2016-03-11 (SIF, 8 LA recs). No recommendation numbers.
# ---------------------------------------------------------------------------------------------

def hallowmere_actions():
    acts = []

    def add(sec, text, lead, when, links=()):
        acts.append(A(text, lead, when, links, section=sec))

    S = "Plans that make a difference for children"
    add(S, "Replace the child in need, child protection and care plan templates with a single 'My "
        "Plan' format built around the three or four things that most need to change for the child, "
        "each with a measurable target and a date.",
        "Principal Social Worker", "July 2016",
        [(1, "j", "h", "clear targets in all children's plans")])
    add(S, "Redesign the pathway plan with the Care Leavers' Council so that it is shorter, written to "
        "the young person, and says what will be achieved in the next six months on housing, "
        "education or work, health and money.",
        "Team Manager, Next Steps (Leaving Care) Team", "September 2016",
        [(1, "j", "h", "quality of pathway plans, clear targets")])
    add(S, "Two half-day workshops for all social workers and team managers on outcome-focused plans "
        "and clear contingency plans, repeated every quarter for new starters.",
        "Workforce Development Officer", "from June 2016, then quarterly",
        [(1, "j", "h", "improving the quality of plans")])
    add(S, "Team managers to sign off every pathway plan against the new standard, with a monthly "
        "report to the Head of Service on pathway plan quality.",
        "Team Manager, Next Steps Team", "October 2016",
        [(1, "j", "h", "quality of pathway plans")])
    add(S, "Quarterly themed audit of 30 children's plans graded against the 'My Plan' standard, with "
        "findings taken to the monthly Performance Clinic.",
        "Quality Assurance Manager", "Q2 2016/17 onwards",
        [(1, "j", "h", "quality of children's plans")])

    S = "Conferences and reviews that drive plans forward"
    add(S, "Child Protection Chairs and IROs to use a risk analysis section (danger statements and "
        "safety goals) in every conference and review, and record a clear view on whether the plan is "
        "working and what must change.",
        "Safeguarding Unit Manager", "September 2016",
        [(2, "j", "h", "robust risk analysis in conferences and reviews")])
    add(S, "Conference and review minutes to end with the updated plan agreed in the meeting - targets, "
        "who is responsible and by when - issued within five working days.",
        "Safeguarding Unit Manager", "August 2016",
        [(2, "j", "h", "conferences and reviews drive and progress plans"),
         (1, "j", "m", "clear targets in children's plans")])
    add(S, "IRO and Child Protection Chair mid-point check on every plan between meetings, with use of "
        "the dispute resolution process logged.",
        "Head of Safeguarding and Quality", "October 2016",
        [(2, "j", "h", "effective challenge to progress plans")])
    add(S, "Quarterly challenge report to the Performance Clinic analysing IRO and Chair escalations and "
        "what changed for children as a result.",
        "Head of Safeguarding and Quality", "Quarterly from Q3 2016/17",
        [(2, "j", "h", "effective challenge by chairs and IROs")])
    add(S, "Recruit one additional IRO so that caseloads come down to no more than 65 children each.",
        "Head of Safeguarding and Quality", "November 2016",
        [(2, "j", "m", "IRO capacity to progress plans between reviews (report para 36)")])
    add(S, "New multi-agency conference report template for police, health, early years and schools, "
        "with a section on risk analysis, shared with parents before the conference.",
        "Safeguarding Unit Manager", "end of June 2016",
        [(2, "j", "h", "risk analysis informing conferences")])

    S = "Care leavers: health"
    add(S, "Every young person to receive a written summary of their health history ('My Health Story') "
        "from the Looked After Children Nurse at 17 and a half, talked through with them, with receipt "
        "recorded on the pathway plan.",
        "Designated Nurse, Looked After Children (CCG)", "September 2016",
        [(5, "j", "h", "care leavers understand their health histories")])
    add(S, "Personal advisers to contact every care leaver aged 18 to 21 who has not yet had their health "
        "history, and arrange for the nurse to go through it with them.",
        "Team Manager, Next Steps Team", "31 December 2016",
        [(5, "j", "h", "care leavers understand their health histories")])

    S = "Care leavers: knowing what they are entitled to"
    add(S, "Publish the Hallowmere Care Leavers' Offer as a booklet, web page and app, written with the "
        "Care Leavers' Council, setting out financial, housing, health and education entitlements.",
        "Head of Service, Children Looked After", "October 2016",
        [(6, "j", "h", "communicating entitlements to care leavers")])
    add(S, "Personal advisers to go through the Offer with each young person at 17 and at every pathway "
        "plan review, and give them a written copy.",
        "Team Manager, Next Steps Team", "ongoing from November 2016",
        [(6, "j", "h", "communicating entitlements to every care leaver")])
    add(S, "Birthday text messages to care leavers reminding them of key entitlements such as the Setting "
        "Up Home Allowance and the higher education bursary.",
        "Next Steps Team", "January 2017",
        [(6, "j", "m", "communicating entitlements")])
    add(S, "Weekly entitlements drop-in at the Next Steps base with a welfare benefits adviser.",
        "Welfare Rights Service", "TBC",
        [(6, "j", "m", "communicating entitlements")])

    S = "Care leavers: staying on course"
    add(S, "Agree a Care Leavers' Education and Training Protocol with Hallowmere College, the "
        "sixth-form centres and local training providers, naming a designated member of staff for "
        "care leavers in each and setting out early warning arrangements when attendance falls.",
        "Virtual School Headteacher", "September 2016 (start of academic year)",
        [(7, "j", "h", "protocol with education and training partners")])
    add(S, "Virtual School post-16 adviser to track every care leaver on a course monthly and call a "
        "'stay on track' meeting with the provider and personal adviser when a young person is at "
        "risk of dropping out.",
        "Virtual School Post-16 Adviser", "from October 2016",
        [(7, "j", "h", "proactive support to stay on courses")])
    add(S, "Sign the care leaver covenant with Hallowmere University: a named contact, year-round "
        "accommodation and hardship support so that care leavers can finish their degrees.",
        "Head of Service, Children Looked After", "Spring 2017",
        [(7, "j", "h", "arrangements with education partners to complete qualifications")])
    add(S, "Monthly EET panel to review every care leaver who has left a course early and agree a plan "
        "to get them back into learning.",
        "Next Steps Team Manager / Virtual School", "monthly",
        [(7, "j", "m", "support to complete courses and qualifications")])

    S = "Supporting our staff and running the service"
    add(S, "Social work health check survey for all children's social care staff, with a published "
        "action plan.",
        "Principal Social Worker", "May 2016")
    add(S, "Adoption panel: recruit two new independent members, including an adopted adult, and "
        "refresh the annual appraisal of panel members.",
        "Adoption Team Manager", "December 2016")
    add(S, "Children's Services Annual Awards to celebrate staff, foster carers and partners.",
        "Communications Manager", "November 2016")
    add(S, "Replace the children's case management system, including training for all staff.",
        "ICT Programme Manager", "go-live November 2016")
    add(S, "Refurbish the child protection conference suite at the Civic Centre, including a family "
        "waiting room, so it is more welcoming for parents and children.",
        "Facilities Manager, Civic Centre", "March 2017")
    return acts


HALLOWMERE = {
    "name": "hallowmere", "ext": "md", "report": "gateshead-80469/2016-03-11.pdf",
    "council": "Hallowmere Borough Council",
    "actions": hallowmere_actions,
    "expected": {1: "covered", 2: "covered", 3: "weak", 4: "uncovered", 5: "weak",
                 6: "covered", 7: "covered", 8: "uncovered"},
    "unanswered": [4, 8], "passing": [3], "partial": [5],
    "orphans": [22, 23, 24, 25, 26], "miscited": [],
    "asks": {5: [("support care leavers to understand their health histories more thoroughly",
                  [12, 13]),
                 ("ensure care leavers have regular and timely access to mental health services",
                  [])]},
    "notes": (
        "Markdown as a converter (pandoc-like) would write it: '#' headings, '-' bullets wrapped at "
        "72 columns with indented continuation lines, 'Lead:' and 'Timescale:' sub-bullets. No "
        "recommendation numbers. 'row' is null; 'section' is the '###' heading. Only the eight "
        "local-authority recommendations count (LSCB 109-115 out of scope). R8 (adoption panel "
        "quality assurance feedback) is the hard unanswered one: action 23 (recruit panel members, "
        "refresh panel members' appraisal) shares 'adoption panel' but is not aimed at the panel "
        "feeding back to the agency. R4 (independent advocacy for children in child protection "
        "processes) is unanswered; action 26 (refurbish the child protection conference suite) is an "
        "orphan sharing its vocabulary. R3 (education professionals attending reviews and meetings) "
        "is touched only in passing: action 11, aimed at R2, lists schools among the agencies using "
        "a new conference report template (action 19, aimed at R7, also has education providers at "
        "'stay on track' meetings for care leavers; neither is aimed at R3). R5 has two asks; health histories are answered, timely "
        "mental health access is not. Action 7 answers R2 and R1."),
}


# ---------------------------------------------------------------------------------------------
# Plan 4: Brackenford — DOCX narrative answering Stoke-on-Trent 2019-03-18 (ILACS, 15 recs).
# Recommendation numbers only in four section headings.
# ---------------------------------------------------------------------------------------------

BRACKENFORD_SECTIONS = [
    ("Theme 1: A practice framework and enough staff to deliver it (Ofsted recommendations 1 and 5)",
     [1, 5],
     "Ofsted found that two practice models had been introduced but neither was embedded, and that "
     "caseloads for social workers and IROs were too high. We will have one framework and the "
     "people to deliver it."),
    ("Theme 2: Management grip and supervision (Ofsted recommendation 2)", [2],
     "No social worker was receiving one-to-one case supervision. This is our most urgent priority."),
    ("Theme 3: Keeping children safe", [],
     "Thresholds were not well understood, consent was not routinely sought, and the child "
     "protection response lacked urgency and partner involvement."),
    ("Theme 4: Assessments and plans", [],
     "Too many assessments were not updated when things changed, and plans were not specific "
     "enough about what needed to happen."),
    ("Theme 5: Learning from what we find (Ofsted recommendation 8)", [8],
     "Audits, complaints and performance information were not being used to learn and improve, or "
     "shared with partners and elected members."),
    ("Theme 6: Children at particular risk", [],
     "Some groups of children with heightened vulnerabilities were not getting a thorough "
     "response."),
    ("Theme 7: Permanence and placements (Ofsted recommendations 12 and 14)", [12, 14],
     "Too many children waited too long for permanence, and too many were placed in unregulated "
     "settings because we did not have enough placements."),
    ("Theme 8: Care leavers", [],
     "Care leavers value their workers, but too many aged 19 to 21 are not in education, "
     "employment or training."),
    ("Theme 9: Running the service", [],
     "Other work in the Children and Families Service Plan for 2019-20."),
]


def brackenford_actions():
    acts = []

    def add(si, text, lead, by, links=()):
        head, refs, _ = BRACKENFORD_SECTIONS[si]
        acts.append(A(text, lead, by, links, refs, section=head))

    add(0, "We will relaunch Signs of Safety as the single Brackenford Practice Framework, replacing the "
        "two partly-implemented models. The framework will set out our model, our practice standards "
        "for visits, assessments, plans and case recording, and the tools staff are expected to use.",
        "Principal Social Worker", "June 2019",
        [(1, "e", "h", "a coherent framework for social work delivery")])
    add(0, "We will train every social worker and manager through the five-day Signs of Safety "
        "foundation course, with a practice lead in each team to coach staff.",
        "Workforce Development Manager", "December 2019",
        [(1, "e", "h", "implementation of the practice framework")])
    add(0, "We will recruit 40 additional social workers through an international recruitment "
        "partnership and a market supplement for hard-to-fill teams, bringing average caseloads in the "
        "safeguarding locality teams down to 18.",
        "Assistant Director, Safeguarding", "Q3 2019/20",
        [(5, "e", "h", "staffing capacity: social workers")])
    add(0, "We will appoint four additional Independent Reviewing Officers so that no IRO holds more than "
        "70 children.",
        "Head of Safeguarding and Quality Assurance", "July 2019",
        [(5, "e", "h", "staffing capacity: IROs")])
    add(0, "We will move the LADO service to two full-time Designated Officers with dedicated business "
        "support, and an independent LADO will review the backlog of allegation referrals.",
        "Head of Safeguarding and Quality Assurance", "May 2019",
        [(5, "e", "h", "local authority designated officer arrangements")])
    add(0, "We will create three Fostering Support Worker posts so that every foster carer and "
        "connected carer has an allocated supervising social worker and at least one unannounced "
        "visit each year.",
        "Fostering Service Manager", "end of September",
        [(5, "e", "h", "staffing capacity: fostering support workers")])

    add(1, "Every social worker will receive one-to-one case supervision at least monthly (fortnightly "
        "for newly qualified staff), using a new template that sets out the manager's direction for "
        "each child and the timescale.",
        "Heads of Service", "Immediate",
        [(2, "e", "h", "regular case supervision with direction")])
    add(1, "Senior managers will dip-sample supervision every month, and supervision compliance will be "
        "on the weekly performance report to the Director.",
        "Director of Children's Services", "Monthly from May 2019",
        [(2, "e", "h", "management oversight and challenge")])
    add(1, "We will create four Assistant Team Manager posts so that no team manager has more than six "
        "social workers to oversee.",
        "Assistant Director, Safeguarding", "30.11.2019",
        [(2, "e", "h", "capacity for management oversight")])

    add(2, "We will relaunch our threshold document, 'Right Help, Right Time', with partners through the "
        "Safeguarding Children Partnership, with briefings for schools, police and health on when a "
        "referral is needed and when early help is the right response.",
        "Head of Service, Front Door", "September 2019",
        [(4, "j", "h", "application of thresholds")])
    add(2, "Front Door staff and partner agencies will seek and record parents' consent for information "
        "sharing, enquiries and assessment unless seeking consent would put the child at risk; the "
        "Front Door will audit consent every quarter.",
        "Head of Service, Front Door", "July 2019",
        [(4, "j", "h", "when to seek consent from parents"),
         (13, "j", "h", "securing parental consent to enquiries and assessment")])
    add(2, "Strategy discussions will always include the investigating social worker and their manager, "
        "the police and health; a police sergeant will be co-located in the Front Door to take part.",
        "Head of Service, Front Door", "June 2019",
        [(3, "j", "h", "multi-agency attendance at strategy meetings")])
    add(2, "Police and health attendance at initial child protection conferences will be monitored every "
        "month and raised with the partner's senior manager through the Partnership Executive when it "
        "falls below 90%.",
        "Safeguarding and Reviewing Unit Manager", "ongoing",
        [(3, "j", "h", "multi-agency attendance at child protection conferences")])
    add(2, "No case will enter pre-proceedings without an updated assessment, a family group conference "
        "and a written contingency plan; the Head of Service will track every pre-proceedings case "
        "fortnightly.",
        "Head of Service, Court and Permanence", "August 2019",
        [(3, "j", "h", "contingency in pre-proceedings work")])
    add(2, "Heads of Service will dip-sample contacts and referrals closed at the Front Door every week, "
        "checking that previous concerns were considered before the decision.",
        "Heads of Service", "Weekly from April 2019",
        [(4, "j", "h", "response to risk at the front door")])
    add(2, "We will issue section 20 guidance and run training for all social workers and managers on "
        "informed consent and parents' rights, and review every child currently accommodated to "
        "confirm the legal basis is sound.",
        "Principal Social Worker and Legal Services", "Q2 2019/20",
        [(13, "j", "h", "consent to voluntary accommodation, working within the legal framework")])

    add(3, "New assessment and plan templates will require assessments to be updated whenever "
        "circumstances change, and plans to say who will do what by when, with a contingency.",
        "Principal Social Worker", "September 2019",
        [(7, "j", "h", "quality of assessments; specific, measurable, timely plans")])
    add(3, "Plans will be reviewed at every core group and child in need meeting against their actions, "
        "and team managers will review any plan that has not progressed after three months.",
        "Team Managers", "ongoing",
        [(7, "j", "h", "plans reviewed regularly")])
    add(3, "The Practice Improvement Team will run assessment and planning workshops for every team.",
        "Practice Improvement Manager", "TBC",
        [(7, "j", "h", "quality of assessments and plans")])

    add(4, "We will introduce a new Quality Assurance Framework: monthly case audits by every manager, "
        "moderated by the QA team, with learning themes published in a monthly 'Practice Matters' "
        "bulletin for staff and partners.",
        "Head of Quality Assurance", "July 2019",
        [(8, "e", "h", "learning from auditing shared with stakeholders")])
    add(4, "We will publish a separate annual children's services complaints report that meets the "
        "national guidance, analyses themes and what we have learned, and is shared with the Corporate "
        "Parenting Board, the Safeguarding Children Partnership and staff.",
        "Customer Relations Manager", "October 2019",
        [(8, "e", "h", "learning from complaints distributed to stakeholders")])
    add(4, "We will build a performance dashboard for managers and send a monthly performance report to "
        "Members and the Improvement Board with analysis of what the data tells us.",
        "Head of Performance and Intelligence", "Q2 2019/20",
        [(8, "e", "h", "learning from performance data")])

    add(5, "We will replace the CSE risk matrix with a child exploitation screening tool that considers "
        "history and wider risks, and a multi-agency Child Exploitation Panel will review every child "
        "at high risk.",
        "Exploitation and Missing Coordinator", "August 2019",
        [(11, "j", "h", "children at risk from child sexual exploitation")])
    add(5, "Every child who goes missing will be offered a return home interview within 72 hours, with "
        "what they tell us recorded on their file and shared with the exploitation panel.",
        "Exploitation and Missing Coordinator", "June 2019",
        [(11, "j", "h", "children going missing")])
    add(5, "We will agree a joint protocol with Housing for homeless 16 and 17 year olds, with a same-day "
        "social work assessment and written advice on their rights and entitlements.",
        "Head of Service, Children in Care", "October 2019",
        [(11, "j", "h", "homeless young people")])
    add(5, "Every private fostering notification will be assessed within 42 days with all checks "
        "completed and visits every six weeks, supported by an awareness campaign with schools and "
        "GPs.",
        "Service Manager, Private Fostering", "Q3 2019/20",
        [(11, "j", "h", "private fostering")])
    add(5, "Social workers will be trained in recognising radicalisation risk; every Channel referral "
        "will have a social care assessment and be tracked by the Prevent Coordinator.",
        "Prevent Coordinator", "December 2019",
        [(11, "j", "h", "extremist ideologies")])

    add(6, "We will set up a permanence tracker and a monthly Permanence Panel that follows every child "
        "from entering care, with a permanence plan agreed by the second review, parallel planning and "
        "early family finding in every case in proceedings, and Foster to Adopt actively promoted.",
        "Head of Service, Court and Permanence", "June 2019",
        [(12, "e", "h", "permanence planning at every point of the journey")])
    add(6, "Two Life Story Workers will support social workers and carers, and every child with a plan "
        "for permanence will have life-story work started within three months.",
        "Service Manager, Permanence", "January 2020",
        [(12, "e", "h", "availability of life-story work")])
    add(6, "Our Sufficiency Strategy 2019-2022 will aim for 50 more in-house foster carers, supported by "
        "a new 'Brackenford Fosters' recruitment campaign.",
        "Head of Commissioning", "September 2019",
        [(14, "e", "h", "sufficiency of placements")])
    add(6, "No child under 16 will be placed in an unregulated setting; the Assistant Director will review "
        "every current unregulated placement within 14 days and agree a move to a registered "
        "placement or registration of the provision.",
        "Assistant Director, Children in Care", "Immediate",
        [(14, "e", "h", "unregulated placements not used")])
    add(6, "We will block-contract 12 supported accommodation places for care leavers aged 16 to 21 with "
        "local providers, so that they are not placed in unregulated settings.",
        "Head of Commissioning", "March 2020",
        [(14, "e", "h", "sufficiency for care leavers, avoiding unregulated placements")])

    add(7, "Every care leaver will be given a written summary of their health history by the Children in "
        "Care Nurse before their 18th birthday.",
        "Designated Nurse, Children in Care (CCG)", "October 2019",
        [(15, "j", "h", "care leavers' health histories")])
    add(7, "Care leavers aged 19 to 21 who are NEET will have a named education, employment and training "
        "adviser and a monthly EET panel.",
        "Leaving Care Service Manager", "September 2019",
        [(15, "j", "h", "care leavers who are NEET")])
    add(7, "The council will ring-fence 15 apprenticeships a year for care leavers and ask partners to do "
        "the same through the Brackenford Care Leaver Covenant.",
        "Head of HR and Leaving Care Service Manager", "April 2020",
        [(15, "j", "h", "apprenticeships for care leavers")])

    add(8, "Young people from Brackenford Voices, our Children in Care Council, will take part in "
        "Takeover Day, shadowing senior leaders and councillors.",
        "Participation Officer", "November 2019")
    add(8, "The Virtual School Headteacher's annual report will be presented to the Corporate Parenting "
        "Board each autumn.",
        "Virtual School Headteacher", "Complete")
    add(8, "We will hold our first Children and Families Staff Awards to recognise the work of our teams.",
        "Workforce Development Manager", "March 2020")
    add(8, "We will replace the telephony system in the Civic Centre contact centre.",
        "ICT Service Manager", "Q4 2019/20")
    return acts


BRACKENFORD = {
    "name": "brackenford", "ext": "docx", "report": "stoke-on-trent-80564/2019-03-18.pdf",
    "council": "Brackenford City Council",
    "actions": brackenford_actions,
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered",
                 6: "uncovered", 7: "covered", 8: "covered", 9: "weak", 10: "uncovered",
                 11: "covered", 12: "covered", 13: "covered", 14: "covered", 15: "weak"},
    "unanswered": [6, 10], "passing": [9], "partial": [15],
    "orphans": [36, 37, 38, 39], "miscited": [],
    "asks": {15: [("health histories", [33]),
                  ("personal education plans (PEPs)", []),
                  ("not in employment, education and training (NEET)", [34]),
                  ("apprenticeships", [35])],
             5: [("social workers", [3]), ("IROs", [4]),
                 ("local authority designated officer arrangements", [5]),
                 ("fostering support workers", [6])],
             3: [("urgency and robustness of the child protection response", [12, 13, 14]),
                 ("multi-agency attendance at strategy meetings", [12]),
                 ("multi-agency attendance at child protection conferences", [13]),
                 ("contingency in pre-proceedings work", [14])],
             11: [("child sexual exploitation", [23]), ("going missing", [24]),
                  ("being homeless", [25]), ("private fostering", [26]),
                  ("extremist ideologies", [27])],
             13: [("parental consent to undertake enquiries", [11]),
                  ("parental consent to assessment", [11]),
                  ("parental consent to voluntarily accommodate children", [16])]},
    "notes": (
        "DOCX narrative: one Heading 1 per theme, an introductory paragraph (context, not an "
        "action), then one paragraph per action followed by 'Lead:' and 'By:' paragraphs. 'row' "
        "is null; 'section' is the heading. Numbers are cited only in four headings (Themes 1, 2, "
        "5 and 7); explicit_refs of every action under such a heading are the heading's numbers, "
        "and each action's explicit link is to the cited number its text supports (Theme 1 cites "
        "1 and 5: actions 1-2 answer R1, actions 3-6 answer R5; Theme 7 cites 12 and 14: actions "
        "28-29 answer R12, 30-32 answer R14). No mis-cited rows. R10 (tracking children missing "
        "education) is unanswered; orphan 37 (Virtual School annual report) shares education "
        "vocabulary, and action 24 (return home interviews for children who go missing, aimed at "
        "R11) shares the word 'missing'. R6 (children's experiences and views in assessments, planning and "
        "complaints) is the hard unanswered one: orphan 36 (Takeover Day with the Children in "
        "Care Council) shares its participation vocabulary, and action 21 (annual complaints "
        "report) is aimed at R8's learning from complaints, not at children's views in "
        "complaints. R9 (case recording) is mentioned only in passing in action 1 (the framework "
        "sets standards 'for visits, assessments, plans and case recording'), aimed at R1. R15 "
        "has four asks; PEPs are not answered. Action 11 answers R4 and R13."),
}


# ---------------------------------------------------------------------------------------------
# Plan 5: Tarnwick — tab-separated text export answering Hackney 2016-09-21 (SIF, 9 LA recs).
# Numbers cited on about a third of rows.
# ---------------------------------------------------------------------------------------------

def tarnwick_actions():
    acts = []
    n = [0]

    def add(rec, theme, text, lead, date, rag, update="", links=(), mis=False):
        n[0] += 1
        m = re.fullmatch(r"Rec (\d+)", rec)
        refs = [int(m.group(1))] if m else []
        acts.append(A(text, lead, date, links, refs, mis, row=f"T{n[0]:02d}", section=theme,
                      objective=rec or None, rag=rag, update=update))

    T = "Homeless 16/17 year olds"
    add("Rec 1", T, "Rewrite the joint Housing and Children's Social Care protocol for homeless 16 and 17 "
        "year olds so that it follows the statutory guidance, and take it to the Corporate Parenting "
        "Board for sign-off.",
        "Head of Service, Looked After Children / Head of Housing Needs", "December 2016", "G",
        "Draft agreed with Housing 14/11.",
        [(1, "e", "h", "protocol revised to be consistent with statutory guidance")])
    add("", T, "Every young person presenting as homeless to be seen by a social worker on the same day "
        "and given the 'Your Rights' leaflet explaining section 20 and what being looked after would "
        "mean, with an independent advocate offered.",
        "Service Manager, Assessment", "January 2017", "A", "",
        [(1, "j", "h", "young people advised of rights and entitlements promptly")])
    add("", T, "Assessments of homeless 16 and 17 year olds to be completed within 10 working days, with "
        "the young person's wish to be accommodated under section 20 recorded and acted on; weekly "
        "tracking by the Head of Service.",
        "Head of Service, Assessment and Child in Need", "February 2017", "A", "",
        [(1, "j", "h", "s20 applied appropriately and within the young person's timescales")])
    add("", T, "Joint training for Housing Options officers and children's social workers on the new "
        "protocol (two sessions).",
        "Workforce Development Lead", "March 2017", "A", "",
        [(1, "j", "h", "implementing the revised protocol")])

    T = "Assessment timeliness"
    add("Rec 2", T, "Consultant social worker to set a timescale for each assessment at allocation (10, "
        "20, 30 or 45 working days according to the child's needs), recorded on the child's file, with "
        "a mid-point review.",
        "Practice Development Managers", "November 2016", "G", "",
        [(2, "e", "h", "assessment timescales planned for each child")])
    add("", T, "Weekly assessment timeliness report by unit; Practice Development Managers to follow up "
        "every assessment past its set timescale. Where a strategy discussion has been held, the "
        "assessment timescale is set at that point.",
        "Head of Performance / PDMs", "Weekly from 07.11.2016", "G", "",
        [(2, "j", "h", "assessment timescales overseen by managers")])
    add("Rec 4", T, "Backlog plan for all assessments open for more than 45 working days in the assessment "
        "and child in need units, with a named manager for each.",
        "Head of Service, Assessment and Child in Need", "Immediate", "G",
        "63 of 71 closed or completed.",
        [(2, "j", "h", "assessments completed in time (row cites 4, which is about CIN/CP plans)")],
        mis=True)

    T = "Plans"
    add("", T, "New child in need and child protection plan template: each need written as the outcome "
        "wanted for the child ('what needs to change'), with actions, who is responsible and a "
        "completion date for every action.",
        "Head of Safeguarding and Learning", "January 2017", "A", "",
        [(4, "j", "h", "plans focus on what needs to change, with timescales")])
    add("Rec 4", T, "Child Protection Chairs not to end an initial conference without an outline plan with "
        "outcomes and timescales; core groups to review the timescales at every meeting.",
        "CP Chair Team Manager", "December 2016", "G", "",
        [(4, "e", "h", "child protection plans with outcomes and timescales")])
    add("", T, "Quarterly audit of 40 child in need and child protection plans against the new standard, "
        "reported to the Practice Standards Board.",
        "Head of Quality Assurance", "Q4 2016/17", "", "",
        [(4, "j", "h", "quality of CIN and CP plans")])

    T = "Missing children"
    add("Rec 5", T, "Commission an independent return home interview service for all children missing "
        "from home or care, with an interview offered within 72 hours of return.",
        "Head of Commissioning", "April 2017", "A", "",
        [(5, "e", "h", "independent return home interview offered within 72 hours")])
    add("", T, "Missing episodes and return interviews to be recorded on a dedicated form on the child's "
        "file; weekly exception report to the Head of Service of any child without an interview "
        "offered within 72 hours.",
        "Children's Rights Officer / Missing Coordinator", "January 2017", "G", "",
        [(5, "j", "h", "assurance that interviews are offered and recorded")])
    add("", T, "Monthly analysis of themes from return home interviews to the MASE meeting.",
        "Missing Coordinator", "Monthly", "G", "",
        [(5, "j", "m", "return home interview processes")])

    T = "Recording"
    add("Rec 8", T, "Relaunch the 'Write it Right' recording standards: case notes within two working days "
        "and key documents (plans, reviews, minutes) on the child's file within five working days; "
        "monthly compliance report for each unit.",
        "Principal Social Worker", "February 2017", "A", "",
        [(8, "e", "h", "good-quality, timely case recording")])
    add("", T, "Clear the backlog of looked after review minutes and care plans waiting to be uploaded to "
        "children's records.",
        "Business Support Manager", "end of December", "R", "",
        [(8, "j", "h", "timely case records")])
    add("Rec 5", T, "Chronology and case summary to be updated on every child's file at each transfer "
        "point so that anyone reading the file can follow the child's journey.",
        "Head of Service, Assessment and Child in Need", "March 2017", "A", "",
        [(8, "j", "h", "understanding of the child's journey in case records (row cites 5, which "
          "is about return home interviews)")], mis=True)

    T = "Management oversight"
    add("Rec 9", T, "Unit meeting template: for each child discussed, the decision, the reasons and next "
        "steps recorded on the child's file by the consultant social worker within two working days.",
        "Practice Development Managers", "January 2017", "A", "",
        [(9, "e", "h", "recording case discussion from unit meetings"),
         (8, "j", "m", "case recording")])
    add("", T, "Case supervision recorded on the child's file using the new supervision template, with "
        "actions from the previous session followed up.",
        "Practice Development Managers", "ongoing", "A", "",
        [(9, "j", "h", "recording case discussion from supervision")])
    add("", T, "Practice Development Managers' objectives to include management oversight measures "
        "(supervision frequency, assessment timeliness, plan quality), reviewed in monthly "
        "performance conversations with the Head of Service.",
        "Heads of Service", "April 2017", "", "",
        [(9, "j", "h", "operational managers held to account for oversight"),
         (2, "j", "m", "assessment timescales overseen by managers")])
    add("", T, "Service managers to dip-sample five cases per unit each month and feed back to the "
        "consultant social worker and PDM.",
        "Service Managers", "Monthly from Dec 2016", "G", "",
        [(9, "j", "h", "management oversight of day-to-day decision making")])
    add("Rec 9", T, "Quarterly practice standards meeting for all operational managers, chaired by the "
        "Director of Children's Services, where each service reports on its oversight performance.",
        "Director of Children's Services", "Quarterly", "G", "",
        [(9, "e", "h", "operational managers held to account")])

    T = "Children in care"
    add("", T, "Free gym and swimming passes for all children in care and care leavers through the "
        "Tarnwick Leisure Trust to encourage healthy lifestyles.",
        "Corporate Parenting Officer", "September 2017", "G")
    add("", T, "Children in Care Council to co-design a new Tarnwick Pledge for children in care.",
        "Participation Lead", "TBC", "")

    T = "Workforce"
    add("", T, "Second intake of the Tarnwick Social Work Academy (12 ASYE places).",
        "Workforce Development Lead", "Sept 2017", "G")
    add("", T, "All-staff survey and action plan.",
        "Principal Social Worker", "Q1 2017/18", "")
    add("", T, "Move the Assessment Service to the new Tarnwick Service Centre.",
        "Facilities Manager", "Complete", "G")
    return acts


TARNWICK = {
    "name": "tarnwick", "ext": "txt", "report": "hackney-80496/2016-09-21.pdf",
    "council": "London Borough of Tarnwick",
    "actions": tarnwick_actions,
    "expected": {1: "covered", 2: "covered", 3: "weak", 4: "covered", 5: "covered",
                 6: "uncovered", 7: "uncovered", 8: "weak", 9: "covered"},
    "unanswered": [6, 7], "passing": [3], "partial": [8],
    "orphans": ["T22", "T23", "T24", "T25", "T26"], "miscited": ["T07", "T16"],
    "asks": {8: [("a full understanding of the child's journey within case records through "
                  "good-quality, accurate and timely case recording", ["T14", "T15", "T16", "T17"]),
                 ("consideration of the impact of diversity for children within all assessments "
                  "and plans", [])],
             1: [("revise the protocol for homeless 16-17 year olds to be consistent with statutory "
                  "guidance", ["T01", "T04"]),
                 ("young people advised of their rights and entitlements as soon as possible",
                  ["T02"]),
                 ("s20 status applied appropriately and within the young people's timescales",
                  ["T03"])],
             9: [("operational managers held to account for effective management oversight",
                  ["T19", "T20", "T21"]),
                 ("operational managers recording case discussion from unit meetings and case "
                  "supervision", ["T17", "T18"])]},
    "notes": (
        "Tab-separated text as a converter writes a spreadsheet: a title line, then the header "
        "line, then one row per line (Ref, Ofsted rec, Theme, Action, Lead officer, Target date, "
        "RAG, Update); empty cells are empty between tabs. 'objective' is the Ofsted rec cell "
        "('Rec N' or null); 'section' is the Theme cell. 9 of 26 rows cite a number. Only the nine "
        "local-authority recommendations count (LSCB 112 out of scope). R6 (timely health "
        "assessments for children looked after) is the hard unanswered one: orphan T22 (gym passes "
        "'to encourage healthy lifestyles' for children in care) shares its vocabulary. R7 (LADO "
        "oversight) is simply absent. R3 (health in initial strategy discussions) is mentioned only "
        "in passing in T06, aimed at R2. R8 has two asks; case recording is answered, diversity in "
        "assessments and plans is not. Mis-cited rows: T07 cites 4 but answers R2; T16 cites 5 but "
        "answers R8. T17 answers R9 (explicit) and R8 (judged); T19 answers R9 and R2."),
}

PLANS = [CORRISBY, LANTHORNE, HALLOWMERE, BRACKENFORD, TARNWICK]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_corrisby(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws.append(["Corrisby Metropolitan Borough Council - Children's Services"])
    ws.append(["Improvement Plan following the Ofsted inspection of children's social care services "
               "(September 2018)"])
    ws.append(["Version 2.1 | Owner: Strategic Director, Children's Services | Reported monthly to the "
               "Children's Services Improvement Board"])
    ws.append(["RAG key: G = on track or complete, A = some slippage, R = off track"])
    ws.append([])
    header = ["Ref", "Priority", "Action", "Responsible officer", "Deadline", "RAG",
              "Progress update"]
    ws.append(header)
    for a in acts:
        ws.append([a["row"], a["section"], a["text"], a["lead"], a["date"], a["extra"]["rag"],
                   a["extra"]["update"] or None])
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(bold=True, size=12)
    for c in ws[6]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    fills = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}
    for r in range(7, 7 + len(acts)):
        for col in "ABCDEFG":
            ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        rag = ws[f"F{r}"].value
        if rag in fills:
            ws[f"F{r}"].fill = PatternFill("solid", fgColor=fills[rag])
    for col, w in zip("ABCDEFG", (8, 24, 70, 30, 16, 6, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    p = wb.properties
    p.creator = "Children's Services Improvement Team"
    p.lastModifiedBy = "Children's Services Improvement Team"
    p.title = "Children's Services Improvement Plan"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


def write_lanthorne(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    doc.add_heading("London Borough of Lanthorne", level=0)
    doc.add_heading("Children's Social Care: Ofsted Improvement Plan 2017-18", level=1)
    doc.add_paragraph(
        "This plan responds to the Ofsted inspection of services for children in need of help and "
        "protection, children looked after and care leavers, and the review of the Local Safeguarding "
        "Children Board (report published June 2017). The LSCB has its own plan for the board's "
        "recommendations. Progress is reported to the Corporate Parenting Committee and to the "
        "Children's Services Improvement Board every two months.")
    doc.add_paragraph("Plan owner: Director of Children's Social Care. Version 1.0, July 2017.")
    cols = ["No.", "Ofsted recommendation", "What we will do", "Who", "When", "How we will know"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, cols):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    for a in acts:
        cells = table.add_row().cells
        for cell, text in zip(cells, [a["row"], a["objective"], a["text"], a["lead"], a["date"],
                                      a["extra"]["how"]]):
            cell.text = text
    widths = [Cm(1.2), Cm(4.5), Cm(10.0), Cm(4.2), Cm(3.0), Cm(4.0)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    docx_props(doc, "Lanthorne Children's Social Care", "Ofsted Improvement Plan 2017-18")
    doc.save(path)
    normalise_zip(path)


def _wrap_bullet(text, first="-   ", rest="    "):
    return textwrap.fill(text, width=72, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False, break_long_words=False)


def write_hallowmere(plan, acts, path):
    lines = ["# Hallowmere Borough Council", "",
             "## Children's Services Improvement Plan 2016-2017", ""]
    intro = ("Our response to the Ofsted inspection of services for children in need of help and "
             "protection, children looked after and care leavers, and the review of the Local "
             "Safeguarding Children Board (report published March 2016). The LSCB is publishing its "
             "own plan. Progress is reported to the Children's Improvement Board every eight weeks "
             "and to the Corporate Parenting Forum.")
    lines += textwrap.wrap(intro, 72, break_on_hyphens=False) + [""]
    lines += ["**Plan owner:** Strategic Director, Care, Wellbeing and Learning", ""]
    current = None
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            lines += [f"### {current}", ""]
        lines.append(_wrap_bullet(a["text"]))
        lines.append("")
        lines.append(_wrap_bullet("Lead: " + a["lead"], "    -   ", "        "))
        lines.append(_wrap_bullet("Timescale: " + a["date"], "    -   ", "        "))
        lines.append("")
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


def write_brackenford(plan, acts, path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_heading("Brackenford City Council", level=0)
    doc.add_paragraph("Children and Families Improvement Plan 2019-2020").runs[0].bold = True
    doc.add_paragraph(
        "This plan sets out how we will respond to the Ofsted inspection of children's social care "
        "services carried out in February 2019. It is organised in nine themes. Each action has a "
        "named lead and a date, and progress will be reported monthly to the Improvement Board, "
        "chaired by the Chief Executive, and to Cabinet every quarter.")
    doc.add_paragraph(
        "Some of the actions below were already under way when the report was published; their "
        "dates reflect our latest position.")
    current = None
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            intro = next(s[2] for s in BRACKENFORD_SECTIONS if s[0] == current)
            doc.add_heading(current, level=1)
            doc.add_paragraph(intro).runs[0].italic = True
        doc.add_paragraph(a["text"])
        doc.add_paragraph("Lead: " + a["lead"])
        p = doc.add_paragraph("By: " + a["date"])
        p.paragraph_format.space_after = Pt(12)
    docx_props(doc, "Brackenford Children and Families Service",
                "Children and Families Improvement Plan 2019-2020")
    doc.save(path)
    normalise_zip(path)


def write_tarnwick(plan, acts, path):
    cols = ["Ref", "Ofsted rec", "Theme", "Action", "Lead officer", "Target date", "RAG", "Update"]
    lines = ["\t".join(["Tarnwick Children's Services - Ofsted action plan (inspection July 2016)"]
                       + [""] * (len(cols) - 1)),
             "\t".join(cols)]
    for a in acts:
        cells = [a["row"], a["objective"] or "", a["section"], a["text"], a["lead"], a["date"],
                 a["extra"]["rag"], a["extra"]["update"]]
        assert not any("\t" in c or "\n" in c for c in cells)
        lines.append("\t".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


WRITERS = {"corrisby": write_corrisby, "lanthorne": write_lanthorne,
           "hallowmere": write_hallowmere, "brackenford": write_brackenford,
           "tarnwick": write_tarnwick}


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


if __name__ == "__main__":
    main(sys.argv[1:], 'b', PLANS, WRITERS, ABOUT)
