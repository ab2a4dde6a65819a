"""Write the sealed coverage evaluation set "d": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_d.py            # writes documents and gold
    python scripts/make_coverage_plans_d.py --check    # only runs the consistency checks

Documents: corpus/coverage/d/<name>.<ext>      Gold: corpus/gold/coverage/d/<name>.json

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes, never by reading the
generated documents back, and no extractor code is imported or run. Recommendation texts are
copied from the hand-checked report gold in corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data (as in make_coverage_plans_b.py):
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the row/its group cites 3
                                   and the text supports it) or "j" judged; "h" high / "m" medium
    refs=[7]                       numbers the row (or the group/heading it sits under) cites
    mis=True                       the row cites a number its action does not answer (mis-cited);
                                   its citation is not a link, its true link is judged
Actions with no links are orphans or carry only a passing mention (see each plan's design).

Output is deterministic: DOCX core properties are fixed and every zip member is written with a
fixed timestamp, so re-running gives byte-identical files.
"""

import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, docx_props, main, normalise_zip  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


# ---------------------------------------------------------------------------------------------
# Plan 1: Penhallow — landscape DOCX with a Word table answering Harrow 2017-03-31 (SIF, 10 LA
# recs). The "Ofsted recommendation" cell cites "Rec N – a few words" on the row that opens a
# group; the rows below it are blank in that column (actions continuing the same recommendation).
# ---------------------------------------------------------------------------------------------

def penhallow_actions():
    acts = []
    group = {"label": None, "refs": []}

    def add(cite, text, lead, date, evidence, links=()):
        if cite:
            m = re.match(r"Rec (\d+) \u2013 ", cite)
            group["label"] = cite
            group["refs"] = [int(m.group(1))] if m else []
        n = len(acts) + 1
        acts.append(A(text, lead, date, links, group["refs"], row=str(n), section=group["label"],
                      objective=cite or None, evidence=evidence))

    add("Rec 1 \u2013 early help",
        "Open three Penhallow Family Hubs (Northgate, Town Centre and Southmoor) bringing early "
        "intervention workers, health visitors and youth workers together, so that any family who "
        "needs it can have an early help assessment close to home without a referral to social care.",
        "Head of Early Support", "September 2017",
        "Early help assessments completed per quarter (baseline 96, Q4 2016/17)",
        [(1, "e", "h", "access to an early-help assessment for all families who need one")])
    add("",
        "Replace the CAF with the shorter Penhallow Family Support Assessment, which schools, GPs and "
        "health visitors can complete with a family, and train 150 staff from partner agencies to use "
        "it.",
        "Early Support Development Team", "Q3 2017/18",
        "Share of early help assessments started by partner agencies",
        [(1, "e", "h", "early-help assessments available through partners")])
    add("",
        "Every family with an early help assessment to have a named lead professional. Where a school "
        "or health visitor is best placed to take the role, the Family Hub coordinator will support "
        "them through monthly lead professional surgeries.",
        "Family Hub Coordinators", "From 01/10/2017",
        "Families with a named lead professional; number of lead professionals from partner agencies",
        [(1, "e", "h", "package of support coordinated by a lead professional")])
    add("Rec 1 \u2013 early help",
        "No family to be stepped down from social care to early help until a joint meeting with the "
        "family and the new lead professional has agreed the support package.",
        "Service Manager, Assessment and Intervention", "Ongoing",
        "Step-down meetings held (monthly dip sample)",
        [(1, "e", "m", "coordinated early-help package with a lead professional after step-down")])

    add("Rec 2 \u2013 MASH decisions",
        "Every contact into the MASH to receive a RAG-rated threshold decision from a qualified MASH "
        "manager within 24 hours, and referrals that need an assessment to be allocated to the "
        "Assessment Team on the next working day.",
        "MASH Team Manager", "Immediate",
        "Contacts decided within 24 hours (daily MASH snapshot)",
        [(2, "e", "h", "timely MASH decision making and timely assessment")])
    add("",
        "Replace the MASH tracking spreadsheet with a live MASH dashboard in the case management "
        "system showing how long each contact has been waiting, reviewed at the 9am and 2pm MASH "
        "huddles.",
        "Morwenna Tallack, Head of Business Intelligence", "Q2 2017/18",
        "Dashboard live; no contact older than 24 hours at the 2pm huddle",
        [(2, "e", "h", "performance systems to keep MASH decisions timely")])
    add("",
        "Recruit two additional MASH social workers and a senior practitioner so that decisions stay "
        "timely when demand peaks, which also frees the MASH Team Manager from chairing strategy "
        "discussions (these move to the Assessment Team).",
        "Head of Safeguarding and Family Support", "November 2017",
        "Posts filled; MASH timeliness in peak weeks",
        [(2, "e", "h", "MASH capacity for timely decisions")])
    add("Rec 2 \u2013 timeliness",
        "Weekly MASH timeliness report to the Divisional Director, with any child waiting more than "
        "24 hours for a decision escalated to the Head of Service the same day.",
        "Divisional Director, Children and Young People's Services", "Weekly from July 2017",
        "Escalations logged and resolved",
        [(2, "e", "h", "decision making consistently timely, with senior oversight")])

    add("Rec 3 \u2013 assessments and plans",
        "Single assessments and child in need and child protection plans to be refreshed whenever "
        "circumstances change and at least every six months; the case management system will prompt "
        "the social worker when a plan is more than six months old.",
        "Jory Nancarrow, Principal Social Worker", "Q3 2017/18",
        "Plans older than six months (monthly exception report)",
        [(3, "e", "h", "assessments and plans consistently up to date")])
    add("",
        "New 'What needs to change' section in every plan, written in plain language for parents, "
        "setting out what the family must do, the help they will get, and what will happen if things "
        "do not change. Parents will be asked to sign the plan.",
        "Head of Service, Children in Need and Child Protection", "December 2017",
        "Parents' feedback at core groups; audit grades",
        [(3, "e", "h", "plans clear about what is expected of families")])
    add("",
        "Monthly audit of 20 plans checking that they are current and that a parent reading the plan "
        "could tell what is expected of them.",
        "Quality Assurance Manager", "Monthly",
        "Audit results reported to the Practice Standards Group",
        [(3, "e", "h", "checks plans are up to date and clear about expectations of families")])

    add("Rec 5 \u2013 therapeutic support",
        "Commission a dedicated children in care emotional health pathway ('Harbour') from Penhallow "
        "and Coast NHS Foundation Trust: children in care referred for therapeutic help to be seen "
        "within four weeks and to start treatment within a further six weeks.",
        "Head of Commissioning (Children) / Penhallow and Coast NHS Foundation Trust", "April 2018",
        "Waiting times for children in care (quarterly contract report)",
        [(5, "e", "h", "timely therapeutic support for children looked after")])
    add("",
        "A clinical psychologist to be based in the Children in Care Team two days a week, offering "
        "consultation to social workers and foster carers and direct work with children while they "
        "wait for a specialist service.",
        "Service Manager, Children in Care", "Jan-18",
        "Consultations held; carers' feedback",
        [(5, "e", "h", "therapeutic support while waiting for CAMHS")])
    add("",
        "A Strengths and Difficulties Questionnaire score above 17 to trigger a referral for an "
        "emotional health assessment, tracked at the monthly children in care health meeting.",
        "Designated Nurse for Looked After Children", "Q4 2017/18",
        "SDQ completion rate; referrals made",
        [(5, "e", "m", "identifying children in care who need therapeutic support")])

    add("Rec 6 \u2013 going home from care",
        "New reunification plan for every child going home from care, listing each service the "
        "family will receive, who will provide it, when it will start and what it is meant to "
        "achieve for the child.",
        "Demelza Penrose, Head of Corporate Parenting", "31/10/2017",
        "Reunification plans in place (audit)",
        [(6, "e", "h", "clarity about services, providers, timescales and aims on return home")])
    add("",
        "Reunification plans to be agreed at a planning meeting with the family and the services "
        "involved at least four weeks before a planned return home, and signed off by the Head of "
        "Service.",
        "Team Managers, Children in Care", "From November 2017",
        "Returns home with a signed-off plan",
        [(6, "e", "h", "quality of plans for children returning home")])
    add("",
        "IROs to check the reunification plan at the last looked after review before the child goes "
        "home and at a follow-up meeting three months later, recording whether each service was "
        "delivered and chasing any action left undone since the previous review.",
        "Independent Reviewing Officers", "Q3 2017/18",
        "Follow-up meetings held; services delivered as planned",
        [(6, "e", "h", "plans for return home reviewed for delivery"),
         (7, "j", "m", "chasing actions not completed between review meetings")])

    add("Rec 7 \u2013 between reviews",
        "IRO mid-point check: ten working days after every looked after review the IRO checks on the "
        "case system that each recommendation has been acted on, and raises an alert with the team "
        "manager where it has not.",
        "IRO Service Manager", "September 2017",
        "Mid-point checks recorded; alerts raised and resolved",
        [(7, "e", "h", "actions implemented between review meetings")])
    add("",
        "Review recommendations to be sent out within five working days and tracked on an actions log "
        "for each child, so that professionals \"consistently implement actions required between "
        "review meetings\"; outstanding actions reported monthly to the Head of Service.",
        "Safeguarding and Quality Assurance Service", "Oct-17",
        "Outstanding review actions (monthly)",
        [(7, "e", "h", "quotes the recommendation; tracking review actions")])
    add("",
        "Use the dispute resolution protocol whenever a review action has not been carried out by its "
        "due date, with escalations and their outcome reported in the IRO annual report.",
        "Independent Reviewing Officers", "Ongoing",
        "Escalations reported in the IRO annual report",
        [(7, "e", "h", "challenge when actions between reviews are not implemented")])

    add("Rec 9 \u2013 audits and feedback",
        "Every case audit to include a conversation with the child (where old enough) and with the "
        "parent or carer about the help they received, recorded in a new 'Family voice' section of "
        "the audit tool.",
        "Quality Assurance Manager", "January 2018",
        "Audits with family feedback recorded",
        [(9, "e", "h", "involving children and families in audits")])
    add("",
        "Train members of the Children in Care Council as young auditors to take part in two themed "
        "audits a year alongside senior managers.",
        "Participation and Engagement Officer", "Q1 2018/19",
        "Young auditors trained; themed audits completed",
        [(9, "e", "h", "children's involvement in audit")])
    add("",
        "Quarterly learning-from-audit report to the Practice Standards Group setting out what "
        "children and families told auditors and what has changed as a result, with a 'You said, we "
        "did' summary sent to the families who took part.",
        "Head of Quality Assurance and Performance", "Quarterly",
        "Practice Standards Group minutes",
        [(9, "e", "h", "use of children's and families' feedback in learning from audits")])

    add("Service plan priorities (not from the inspection)",
        "Publish the 2017/18 workforce development calendar, including the ASYE programme and the core "
        "safeguarding courses for social workers and managers.",
        "Workforce Development Team", "Complete", "Calendar published")
    add("",
        "Upgrade the children's case management system to the supplier's latest version and move all "
        "children's services staff to Office 365.",
        "ICT Client Manager", "TBC", "Upgrade complete")
    add("",
        "Monthly budget monitoring of the children's placements budget, reported to the Corporate "
        "Director and to the Performance and Finance Scrutiny Sub-Committee.",
        "Finance Business Partner (Children's)", "Monthly", "Year-end outturn within budget")
    add("",
        "'Shine' awards evening for children in care and care leavers, organised with the Children in "
        "Care Council.",
        "Participation and Engagement Officer", "July 2018", "Event held")
    add("",
        "Social work health check survey for all children's social care staff, with results and an "
        "action plan taken to the Workforce Board.",
        "Principal Social Worker", "Q4 2017/18", "Survey response rate")
    return acts


PENHALLOW = {
    "name": "penhallow", "ext": "docx", "report": "harrow-80499/2017-03-31.pdf",
    "council": "Penhallow Council",
    "actions": penhallow_actions,
    "expected": {1: "covered", 2: "covered", 3: "weak", 4: "weak", 5: "covered", 6: "covered",
                 7: "covered", 8: "uncovered", 9: "covered", 10: "uncovered"},
    "unanswered": [8, 10], "passing": [4], "partial": [3],
    "orphans": [24, 25, 26, 27, 28], "miscited": [],
    "asks": {3: [("assessments and plans consistently up to date", [9, 11]),
                 ("assessments and plans reflective of children's views", []),
                 ("assessments and plans clear about what is expected of families", [10, 11])],
             1: [("an early-help assessment for all children and families who need one", [1, 2]),
                 ("a package of support coordinated by a lead professional", [3, 4])],
             6: [("what services will be provided", [15, 16]),
                 ("who will provide them", [15]),
                 ("by when", [15]),
                 ("what they are aimed at achieving", [15])]},
    "notes": (
        "DOCX, landscape, one Word table (No. | Ofsted recommendation | Action | Lead officer | "
        "Completion date | Evidence of impact). 'row' is the No. cell. The Ofsted recommendation "
        "cell cites 'Rec N \u2013 a few words' on 9 of 28 rows (the first row of each group, and "
        "again part-way through the groups for R1 and R2) and is blank on the others, which "
        "continue the recommendation above, like a merged cell. 'objective' is that cell as "
        "written (null when blank); 'section' is the cell that opens the row's group (the one a "
        "blank row continues); explicit_refs of every row are its group's number, as for a "
        "heading citation in set b. The last group opens with 'Service plan priorities (not from "
        "the inspection)' (no number) and holds the five orphans 24-28. 'Evidence of impact' "
        "cells are not part of the action text. Only the ten local-authority recommendations "
        "count (LSCB 87-92 out of scope). R10 (overview and scrutiny panel) is the hard "
        "unanswered one: orphan 26 (budget monitoring reported to the 'Performance and Finance "
        "Scrutiny Sub-Committee') shares its vocabulary but is budget monitoring. R8 (extend "
        "care leavers' good support to all) is simply absent; orphan 27 (awards evening for "
        "children in care and care leavers) shares 'care leavers'. R4 (agencies in strategy "
        "discussions) is touched only in passing in action 7, aimed at R2 (MASH capacity), which "
        "says the change frees the MASH Team Manager from chairing strategy discussions - nothing "
        "about which agencies take part. R3 has three asks: up to date (9, 11) and clear about "
        "what is expected of families (10, 11) are answered; reflective of children's views is "
        "not (actions 21-23 bring children's and families' feedback into audits, aimed at R9, "
        "not into assessments and plans). Action 17 answers R6 (explicit, its group) and R7 "
        "(judged). Plain paraphrase throughout; action 19 quotes R7's words. No mis-cited rows."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Greyhaven — HTML page answering Wandsworth 2018-07-20 (SIF, 9 LA recs). One <h2> per
# priority in the council's own words and one table per priority (Action | Lead | By when).
# No recommendation numbers anywhere.
# ---------------------------------------------------------------------------------------------

GREYHAVEN_SECTIONS = [
    ("Round the table: partners in every strategy meeting",
     "Inspectors found that partners do not always contribute to strategy meetings, especially "
     "the meetings we hold for adolescents at risk outside their homes."),
    ("Safe from harm outside the home",
     "Our response to sexual exploitation and missing children is well established. Young people "
     "are now also being drawn into county lines and gangs, and we need our partnership response to "
     "catch up."),
    ("Plans that keep moving",
     "For a small number of children, plans drifted when risks were not reducing."),
    ("A home for good",
     "Children who cannot live with their families need to know early where they will grow up."),
    ("Knowing how well we are doing",
     "We have good performance information and a full audit programme, but they are not yet "
     "joined up, and they do not yet tell us enough about children's experiences."),
    ("Children's voices in child protection",
     "Too few children on child protection plans use an advocate, and their views are not always "
     "heard at conferences."),
    ("Running a good service",
     "Other actions from the Children's Services Business Plan 2018-19, listed here so that the "
     "whole programme can be seen in one place."),
]


def greyhaven_actions():
    acts = []

    def add(si, text, lead, when, links=()):
        acts.append(A(text, lead, when, links, section=GREYHAVEN_SECTIONS[si][0]))

    add(0, "Police, health and education to be invited to every strategy meeting. Where a partner "
        "cannot attend in person, a conference-call line and a short written information return will "
        "be offered so that what they know is still heard.",
        "Head of Assessment and Duty", "September 2018",
        [(1, "j", "h", "contributions of relevant agencies to strategy meetings")])
    add(0, "Complex strategy meetings for adolescents at risk outside the home to be chaired by a "
        "Service Manager and to include the Youth Offending Service, the young person's school or "
        "college and their health provider.",
        "Service Manager, Adolescent Services", "Q3 2018/19",
        [(1, "j", "h", "complex strategy meetings for vulnerable adolescents")])
    add(0, "Quarterly audit of partner attendance and contribution at strategy meetings, reported to "
        "the Greyhaven Safeguarding Children Partnership, naming any agency below 80% attendance.",
        "Greyhaven Safeguarding Children Partnership", "Quarterly",
        [(1, "j", "h", "strengthening agencies' contributions to strategy meetings")])

    add(1, "Widen the Missing and Sexual Exploitation Panel into a Child Exploitation and Missing "
        "Panel (CHEM) that also considers young people at risk of criminal exploitation, county "
        "lines and gang involvement.",
        "Exploitation Lead, Children's Social Care", "October 2018",
        [(2, "j", "h", "multi-agency response extended to criminal exploitation and gangs")])
    add(1, "Replace the CSE screening tool with a single exploitation risk assessment covering sexual "
        "and criminal exploitation, gang affiliation and going missing, for use by social workers, "
        "youth workers and police.",
        "Principal Social Worker", "November 2018",
        [(2, "j", "h", "response covers criminal exploitation and gang affiliation")])
    add(1, "Map locations and peer groups linked to county lines with the police and the Community "
        "Safety Partnership, and share the map at every CHEM meeting.",
        "Greyhaven Police Public Protection Unit / Community Safety Partnership", "Q4 2018/19",
        [(2, "j", "h", "multi-agency response to criminal exploitation and gangs")])

    add(2, "A Legal Gateway Meeting (our legal planning meeting) to be held within ten working days of "
        "a team manager's request, with its decision recorded on the child's file the same day.",
        "Head of Service, Family Support and Protection", "Immediate",
        [(3, "j", "h", "use of legal planning meetings")])
    add(2, "Pre-proceedings tracker reviewed fortnightly by the Head of Service: every family's PLO "
        "plan reviewed at 12 weeks, with a decision to issue, step down or extend with reasons.",
        "Court and PLO Team Manager", "Fortnightly from 03/09/2018",
        [(3, "j", "h", "effectiveness of pre-proceedings activity, tracking")])
    add(2, "Children on a child protection plan for more than nine months, or on a second plan, to be "
        "discussed at a monthly 'Stuck Plans' meeting, which will refer the child to the Legal "
        "Gateway Meeting when risks are not reducing.",
        "Imogen Vass, Head of Safeguarding", "Monthly",
        [(3, "j", "h", "timely action when risks are not reducing")])
    add(2, "Team managers to record a management decision on every child's plan at least monthly in "
        "supervision, using the new 'Direction and Reason' case note.",
        "Team Managers", "Ongoing",
        [(3, "j", "h", "decision making and management oversight to progress plans")])
    add(2, "Child's Plan Tracker in the case management system showing, for every child with a plan, "
        "the date of the last visit, review and core group and any actions overdue.",
        "Business Intelligence Team", "Q3 2018/19",
        [(3, "j", "h", "tracking arrangements to progress children's plans")])

    add(3, "Permanence Planning Meeting for every child by their second looked after review, agreeing "
        "the permanence plan and a parallel plan, so that no child waits for permanence to be "
        "considered.",
        "Service Manager, Children Looked After", "From December 2018",
        [(4, "j", "h", "early permanence planning")])
    add(3, "Permanence Oversight Board, chaired by the Assistant Director, to track every child without "
        "a confirmed permanence plan at their four-month review and unblock delays.",
        "Tobias Quarrell, Assistant Director, Children's Social Care", "Q3 2018/19",
        [(4, "j", "h", "strategic oversight of permanence")])
    add(3, "Early permanence (Foster to Adopt and concurrent planning) to be considered for every baby "
        "and young child entering pre-proceedings, with the decision recorded at the Legal Gateway "
        "Meeting.",
        "Head of Service, Children Looked After", "January 2019",
        [(4, "j", "h", "early permanence arrangements")])
    add(3, "Life story work and later-life letters started for every child with a permanence plan, "
        "so that children understand their story and feel they belong where they live.",
        "Permanence Team", "March 2019",
        [(4, "j", "m", "continuity, security and belonging through permanence planning")])
    add(3, "National Adoption Week: a celebration picnic for adoptive families and a thank-you "
        "afternoon for our adopters and foster carers.",
        "Fostering and Adoption Marketing Officer", "October 2018")

    add(4, "Bring the monthly performance report and the audit programme together in one Quality "
        "Assurance Framework, so that what the data shows decides which areas are audited each "
        "month.",
        "Anwen Hartridge, Head of Quality Assurance and Performance", "September 2018",
        [(7, "j", "h", "aligning performance information with the QA framework")])
    add(4, "Team performance scorecards, discussed every month at a performance clinic chaired by the "
        "Head of Service, showing each team's visits, supervision, plan reviews and health "
        "assessments, with themes fed into the audit programme.",
        "Heads of Service", "Monthly from October 2018",
        [(7, "j", "h", "performance information used to target practice improvement")])
    add(4, "Every practice audit to include a conversation with the child or family about what "
        "difference our help has made, recorded on the audit tool and fed back to the social worker.",
        "Quality Assurance Team", "November 2018",
        [(7, "j", "h", "children's experiences and the impact of intervention better understood")])
    add(4, "Quarterly Practice Improvement Report to the senior leadership team and the Improvement "
        "Board, setting out what the data and audits show about practice and the three areas we will "
        "target next.",
        "Head of Quality Assurance and Performance", "Quarterly",
        [(7, "j", "h", "QA and performance information prioritising areas for improvement")])

    add(5, "Independent advocacy offered to every child subject to a child protection conference on an "
        "opt-out basis, with take-up reported monthly.",
        "Harbourside Advocacy (commissioned provider) / Commissioning Manager",
        "From January 2019",
        [(8, "j", "h", "take-up of independent advocacy for children on CP plans")])
    add(5, "Social workers to help each child prepare their 'My Views' form before every conference, "
        "and Child Protection Chairs to meet the child beforehand (or record why not) and open the "
        "conference with what the child has said.",
        "Child Protection Chairs", "Q4 2018/19",
        [(8, "j", "h", "children's views heard at child protection conferences")])
    add(5, "Conference minutes to include a section showing how the child's views were weighed in the "
        "decision and the plan.",
        "Safeguarding Standards Unit", "TBC",
        [(8, "j", "h", "children's views considered at conferences")])

    add(6, "Publish the 2018-19 learning and development calendar for social workers and managers, "
        "including ASYE workshops.",
        "Learning and Development Team", "Complete")
    add(6, "Roll out new laptops and smartphones to all social workers.",
        "Digital Services (Children's)", "Q2 2019/20")
    add(6, "Budget recovery plan to bring agency staffing spend within budget by the end of the year.",
        "Finance Business Partner", "31/03/2019")
    add(6, "Annual Greyhaven Children's Services staff conference.",
        "Director of Children's Services", "June 2019")
    return acts


GREYHAVEN = {
    "name": "greyhaven", "ext": "html", "report": "wandsworth-80518/2018-07-20.pdf",
    "council": "Greyhaven Borough Council",
    "actions": greyhaven_actions,
    "expected": {1: "covered", 2: "weak", 3: "covered", 4: "covered", 5: "uncovered",
                 6: "weak", 7: "covered", 8: "covered", 9: "uncovered"},
    "unanswered": [5, 9], "passing": [6], "partial": [2],
    "orphans": [16, 24, 25, 26, 27], "miscited": [],
    "asks": {2: [("develop the multi-agency response to include children at risk of criminal "
                  "exploitation and gang affiliation", [4, 5, 6]),
                 ("ensure that the impact of intervention is analysed and clearly recorded", [])],
             3: [("decision-making, management oversight and tracking arrangements to progress "
                  "children's plans", [9, 10, 11]),
                 ("the use of legal planning meetings", [7]),
                 ("the effectiveness of pre-proceedings activity", [8]),
                 ("timely action for all children when risks are not reducing", [9])],
             8: [("increase the take up of independent advocacy services for children on child "
                  "protection plans", [21]),
                 ("children's views always heard and considered at child protection conferences",
                  [22, 23])]},
    "notes": (
        "HTML page as a council website publishes it (site header and navigation, breadcrumb, "
        "h1, introduction, 'last updated' line, footer). One <h2> per priority, titled in the "
        "council's words, each followed by a short context paragraph (not an action) and a "
        "<table> with a header row Action | Lead | By when. No recommendation numbers anywhere. "
        "'row' and 'objective' are null; 'section' is the <h2>. Only the nine local-authority "
        "recommendations count. R5 (family finding and matching) is the hard unanswered one: it "
        "shares permanence and adoption vocabulary with the 'A home for good' section, whose "
        "actions 12-15 are aimed at R4 (early permanence, oversight, belonging) and say nothing "
        "about finding or matching families, and with orphan 16 (National Adoption Week "
        "celebration for adoptive families), which sits in that section. R9 (transitions into "
        "the care leavers' service) is simply absent. R6 (health of children in care, initial "
        "health assessments and dental checks) is touched only in passing in action 18, a team "
        "performance scorecard aimed at R7 that lists 'health assessments' among its measures. "
        "R2 has two asks: the extension to criminal exploitation and gangs is answered (4-6); "
        "analysing and recording the impact of intervention is not (action 19's 'what difference "
        "our help has made' is about audits in general, aimed at R7). All actions are judged "
        "links; paraphrase throughout (e.g. 'Legal Gateway Meeting (our legal planning meeting)', "
        "'Stuck Plans' meeting, CHEM panel)."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Tresco Vale — tab-separated export of a spreadsheet answering Isles of Scilly
# 2023-08-25 (ILACS short, 8 recs). Ref cites "R<n>.<m>" on about half the rows; Action cells
# sometimes hold HTML list fragments as converters write them.
# ---------------------------------------------------------------------------------------------

def tresco_actions():
    acts = []

    def add(ref, prio, text, lead, due, rag, links=(), items=(), mis=False):
        m = re.fullmatch(r"R(\d+)\.\d+", ref)
        refs = [int(m.group(1))] if m else []
        gold_text = " ".join([text] + list(items))
        acts.append(A(gold_text, lead, due, links, refs, mis, row=ref or None, section=prio,
                      rag=rag, lead_in=text, items=list(items)))

    P = "Getting it right at the first call"
    add("R1.1", P, "One phone number and one secure email address for every worry about a child, "
        "answered by the duty social worker in office hours and by the emergency duty team at other "
        "times, with every call or message logged on the child's record the same day.",
        "Children's Social Care Manager", "Immediate", "G",
        [(1, "e", "h", "information shared with the LA recorded and responded to")])
    add("R1.2", P, "Duty manager decision on every contact within one working day:",
        "Duty Manager", "Sep-23", "A",
        [(1, "e", "h", "information assessed and responded to, recorded")],
        items=["Decision and reasons recorded on the contact record.",
               "Referrer and family told the outcome, unless this would put the child at risk.",
               "No contact closed without a conversation with the referrer."])
    add("", P, "The mainland emergency duty team to send a written record of every out-of-hours call "
        "about an island child by 9am on the next working day, added to the child's record and "
        "checked by the duty manager.",
        "Emergency Duty Team (partner authority)", "Q3 2023/24", "A",
        [(1, "j", "h", "out-of-hours information recorded and acted on")])
    add("", P, "Weekly check by the Head of Children's Services of ten contacts: was the information "
        "recorded, was the decision right, and did the family get a response?",
        "Head of Children's Services", "Weekly", "G",
        [(1, "j", "h", "checks contacts are recorded, assessed and responded to"),
         (5, "j", "m", "management oversight at practice level")])
    add("", P, "Online form for professionals and islanders to tell us about a worry, with guidance on "
        "the information we need.",
        "Business Support Team", "TBC", "",
        [(1, "j", "m", "information shared with the LA captured fully")])

    P = "Good practice for every child"
    add("R2.1", P, "Join the Tideline Practice Partnership with a neighbouring authority: a consultant "
        "social worker on the islands two days a month to co-work assessments and coach our staff.",
        "Director of Children's Services", "From 01/10/2023", "G",
        [(2, "e", "h", "quality of social work practice")])
    add("R2.2", P, "New assessment standard for every child and family assessment:",
        "Principal Social Worker (Tideline)", "Dec-23", "A",
        [(2, "e", "h", "quality of assessments to assess, support and protect")],
        items=["Family history and a clear analysis of risk.",
               "Health & education needs considered.",
               "A contingency plan for where the child would be cared for in an emergency, on or "
               "off the islands.",
               "A plan that says how the support offered will help with each difficulty."])
    add("", P, "Finalise the new children's social care procedures (currently in draft) and brief all "
        "staff on them at a whole-service practice day.",
        "Children's Social Care Manager", "November 2023", "A",
        [(2, "j", "h", "procedures to guide practice")])
    add("", P, "Child exploitation training for social workers and early help staff from the partner "
        "authority's exploitation team.",
        "Workforce Development Lead (partner authority)", "Q4 2023/24", "",
        [(2, "j", "m", "skills to assess and protect children at risk of exploitation")])
    add("R2.3", P, "Early help assessments moved onto a new family assessment form with a clear plan of "
        "support, and early help workers supported through a monthly early help clinic.",
        "Early Help Coordinator", "March 2024", "A",
        [(2, "e", "h", "quality of practice to assess and support (early help)")])

    P = "Partners across the islands"
    add("R4.1", P, "Islands Information Sharing Agreement signed by the council, the health centre, "
        "the school, the police and housing, with a one-page guide on when and how to share a worry "
        "about a child.",
        "Head of Children's Services", "December 2023", "A",
        [(4, "e", "h", "multi-agency working to identify risk")])
    add("R4.2", P, "A standing islands item on the agenda of the Mainland and Islands Safeguarding "
        "Children Partnership board, supported by a quarterly islands safeguarding report.",
        "Director of Children's Services", "Jan-24", "G",
        [(4, "e", "h", "multi-agency working at partnership level")])
    add("", P, "Briefing and leaflet for partner agencies: who to call with a worry, what early help "
        "there is on the islands and how a partner can act as lead professional.",
        "Early Help Coordinator", "Q3 2023/24", "G",
        [(4, "j", "h", "partners know roles and how to get help for children")])
    add("", P, "Monthly islands risk meeting with police, the health centre, the school, housing and "
        "the youth service to share community intelligence about exploitation and about adults who "
        "may pose a risk to children.",
        "Chair, Community Safety Partnership", "Monthly", "A",
        [(4, "j", "h", "multi-agency identification of risk")])
    add("R4.3", P, "Make full use of the reflective supervision agreement with the partner authority: "
        "every social worker to attend a monthly reflective group supervision and be able to ask for "
        "consultation on complex cases.",
        "Children's Social Care Manager", "Oct-23", "A",
        [(5, "j", "h", "supervision and oversight at practice level (row cites 4, multi-agency "
          "working)")], mis=True)

    P = "Leadership and grip"
    add("R5.1", P, "Monthly case supervision for every social worker on a new template recording the "
        "manager's analysis, direction and timescales; the Head of Children's Services to dip-sample "
        "five supervision records a month.",
        "Head of Children's Services", "Immediate", "G",
        [(5, "e", "h", "management oversight at practice level")])
    add("R5.2", P, "Quarterly practice report to the Quality Assurance and Scrutiny Panel:",
        "Director of Children's Services", "Q3 2023/24", "A",
        [(5, "e", "h", "leadership oversight at strategic level")],
        items=["Audit findings and performance data presented together.",
               "An honest account of practice, including where it falls short.",
               "Actions tracked until they are done."])
    add("", P, "Four case audits a month by managers, moderated by the Tideline consultant, with the "
        "learning taken to team meetings.",
        "Quality Assurance Lead (Tideline)", "From Nov-23", "",
        [(5, "j", "h", "management oversight of the quality of practice")])
    add("", P, "Children's Services Improvement Board chaired by the Chief Executive every six weeks to "
        "oversee this plan, with the Lead Member, who also chairs the Corporate Parenting Panel, as a "
        "member.",
        "Chief Executive", "Every 6 weeks", "G",
        [(5, "j", "h", "strategic leadership oversight of the service")])
    add("", P, "Recruit a permanent Children's Social Care Manager; an interim manager from the partner "
        "authority covers the post until then.",
        "Kerensa Pengelly, Director of Children's Services", "31/03/2024", "R",
        [(5, "j", "m", "management capacity for oversight")])

    P = "The child's story on record"
    add("R7.1", P, "New electronic case recording system for children's services, with all paper and "
        "legacy records moved across and checked for accuracy as they are migrated.",
        "ICT Services / Children's Business Support", "Q1 2024/25", "A",
        [(7, "e", "h", "accuracy of children's records")])
    add("R7.2", P, "A chronology for every open child:",
        "Social workers, checked by the Children's Social Care Manager", "Dec-23", "A",
        [(7, "e", "h", "up-to-date chronologies recording children's histories")],
        items=["Built from the full history on file, including any past involvement with "
               "children's social care.",
               "Updated after every significant event.",
               "Checked by the manager at supervision."])
    add("", P, "Recording standard: case notes written within two working days, and every note to "
        "state the facts, where the information came from and what was decided.",
        "Children's Social Care Manager", "November 2023", "G",
        [(7, "j", "h", "accuracy of children's records")])
    add("R1.3", P, "Monthly records check: business support to check ten records against the recording "
        "standard and correct missing or wrong details such as addresses, family members and legal "
        "status.",
        "Business Support Team", "Monthly", "",
        [(7, "j", "h", "accuracy of records (row cites 1, which is about handling information "
          "shared with the LA)")], mis=True)

    P = "Running the service"
    add("", P, "Submit the children in need census and the children looked after return to the DfE on "
        "time.",
        "Performance and Information Officer", "Complete", "G")
    add("", P, "All staff to complete the council's mandatory statutory e-learning (data protection, "
        "equality, health and safety).",
        "HR Business Partner", "31/03/2024", "A")
    add("", P, "Islands Youth Summer Festival on St Mary's Green with the youth service.",
        "Youth Service", "August 2024", "")
    add("", P, "Quarterly children's services budget monitoring report to Full Council.",
        "Section 151 Officer", "Quarterly", "G")
    add("", P, "Move children's services staff to new laptops and Microsoft 365.",
        "ICT Services", "Ongoing", "A")
    return acts


TRESCO = {
    "name": "tresco-vale", "ext": "txt", "report": "isles-of-scilly-80455/2023-08-25.pdf",
    "council": "Council of Tresco Vale",
    "actions": tresco_actions,
    "expected": {1: "covered", 2: "covered", 3: "uncovered", 4: "covered", 5: "covered",
                 6: "weak", 7: "weak", 8: "uncovered"},
    "unanswered": [3, 8], "passing": [6], "partial": [7],
    "orphans": [25, 26, 27, 28, 29], "miscited": ["R4.3", "R1.3"],
    "asks": {7: [("the accuracy of children's records", [21, 23, 24]),
                 ("how well records capture children's wishes and feelings", []),
                 ("record children's histories in up-to-date chronologies", [22])],
             5: [("management and leadership oversight at a practice level", [4, 15, 16, 18]),
                 ("management and leadership oversight at a strategic level", [17, 19])]},
    "notes": (
        "Tab-separated text exported from a spreadsheet: the header line (Ref, Priority, Action, "
        "Lead, Due, RAG) then one row per line; empty cells are empty between tabs. 'row' is the "
        "Ref cell (null when blank); 'section' is the Priority cell; 'objective' is null. Ref "
        "cites the recommendation as 'R<n>.<m>' on 13 of 29 rows and is blank on the others. "
        "Some Action cells hold HTML list fragments as converters write them ('lead-in:<ul><li>"
        "...</li>...</ul>', with '&' written '&amp;'); in 'text' the markup is removed and the "
        "items follow the lead-in, separated by single spaces; each row is one action. Only the "
        "eight recommendations count (ILACS short report, all addressed to the local authority). "
        "R8 (services meet statutory requirements) is the hard unanswered one: orphans 25 "
        "(statutory data returns to the DfE) and 26 ('mandatory statutory e-learning') share its "
        "vocabulary and nothing addresses the statutory shortfalls (virtual school head, care "
        "leaver offer, homelessness protocol, elective home education). R3 (strategy discussions "
        "and child protection enquiries) is simply absent: no action mentions strategy "
        "discussions or enquiries, and the R4 actions (11-14) are about information sharing, "
        "the partnership board and community risk meetings. R6 (oversight of corporate "
        "parenting) is touched only in passing in action 19, the improvement board aimed at R5, "
        "whose Lead Member 'also chairs the Corporate Parenting Panel'. R7 has three asks: "
        "accuracy (21, 23, 24) and chronologies (22) are answered; capturing children's wishes "
        "and feelings is not. Mis-cited rows: action 15 (Ref R4.3) answers R5 (reflective "
        "supervision under the agreement with the partner authority); action 24 (Ref R1.3) "
        "answers R7 (records check); their true links are judged and flagged miscited: true. "
        "Action 4 answers R1 and R5."),
}

PLANS = [PENHALLOW, GREYHAVEN, TRESCO]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_penhallow(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    doc.add_heading("Penhallow Council", level=0)
    doc.add_heading("Children and Young People's Services: Ofsted Improvement Plan 2017-2019",
                    level=1)
    doc.add_paragraph(
        "This plan is our response to the Ofsted inspection of services for children in need of "
        "help and protection, children looked after and care leavers, and the review of the Local "
        "Safeguarding Children Board, published in March 2017. The Board's own recommendations "
        "are taken forward in the LSCB business plan and are not repeated here. Progress is "
        "reported every two months to the Children's Improvement Board and twice a year to "
        "Cabinet.")
    doc.add_paragraph(
        "Where a recommendation needs several actions, the recommendation is shown once and the "
        "rows beneath it continue it. The final rows are service plan priorities that do not "
        "come from the inspection.")
    doc.add_paragraph("Plan owner: Divisional Director, Children and Young People's Services. "
                      "Version 1.2, June 2017.")
    cols = ["No.", "Ofsted recommendation", "Action", "Lead officer", "Completion date",
            "Evidence of impact"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, cols):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for a in acts:
        cells = table.add_row().cells
        for cell, text in zip(cells, [a["row"], a["objective"] or "", a["text"], a["lead"],
                                      a["date"], a["extra"]["evidence"]]):
            cell.text = text
    widths = [Cm(1.1), Cm(3.8), Cm(10.4), Cm(4.4), Cm(2.8), Cm(4.2)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    docx_props(doc, "Penhallow Children and Young People's Services",
                "Ofsted Improvement Plan 2017-2019")
    doc.save(path)
    normalise_zip(path)


def write_greyhaven(plan, acts, path):
    def e(s):
        return html.escape(s, quote=False)

    out = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>Children's services improvement plan | Greyhaven Borough Council</title>",
           '<link rel="stylesheet" href="/assets/css/site.css">', "</head>", "<body>",
           '<a class="skip-link" href="#main">Skip to main content</a>',
           '<header class="site-header">',
           '<a class="logo" href="/">Greyhaven Borough Council</a>',
           '<nav aria-label="Main"><ul>',
           '<li><a href="/bins-and-recycling">Bins and recycling</a></li>',
           '<li><a href="/council-tax">Council tax</a></li>',
           '<li><a href="/children-and-families">Children and families</a></li>',
           '<li><a href="/your-council">Your council</a></li>',
           "</ul></nav>", "</header>",
           '<nav class="breadcrumb" aria-label="Breadcrumb"><ol>',
           '<li><a href="/">Home</a></li>',
           '<li><a href="/children-and-families">Children and families</a></li>',
           "<li>Children's services improvement plan</li>", "</ol></nav>",
           '<main id="main">',
           "<h1>Children's services improvement plan 2018 to 2019</h1>",
           "<p>Ofsted inspected our services for children in need of help and protection, children "
           "looked after and care leavers in May and June 2018. The report was published in July "
           "2018. This page sets out what we are doing about what inspectors found, who is leading "
           "each action and when it will be done.</p>",
           "<p>The plan is overseen by the Children's Services Improvement Board, chaired by the "
           "Chief Executive, and progress is reported to the Children's Scrutiny Committee. You "
           'can also <a href="/documents/ofsted-improvement-plan-2018.pdf">download the plan '
           "(PDF, 412KB)</a>.</p>",
           '<p class="updated">Last updated: 15 October 2018</p>']
    current = None
    for a in acts:
        if a["section"] != current:
            if current is not None:
                out += ["</tbody>", "</table>"]
            current = a["section"]
            intro = next(s[1] for s in GREYHAVEN_SECTIONS if s[0] == current)
            out += [f"<h2>{e(current)}</h2>", f"<p>{e(intro)}</p>",
                    '<table class="plan-table">', "<thead>",
                    '<tr><th scope="col">Action</th><th scope="col">Lead</th>'
                    '<th scope="col">By when</th></tr>', "</thead>", "<tbody>"]
        out.append(f"<tr><td>{e(a['text'])}</td><td>{e(a['lead'])}</td>"
                   f"<td>{e(a['date'])}</td></tr>")
    out += ["</tbody>", "</table>",
            "<h2>Contact us</h2>",
            "<p>If you have a question about the plan, email "
            '<a href="mailto:childrens.improvement@greyhaven.example">'
            "childrens.improvement@greyhaven.example</a>.</p>",
            "</main>",
            '<footer class="site-footer"><ul>',
            '<li><a href="/accessibility">Accessibility</a></li>',
            '<li><a href="/privacy">Privacy and cookies</a></li>',
            '<li><a href="/contact">Contact the council</a></li>',
            "</ul><p>&copy; Greyhaven Borough Council</p></footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_tresco(plan, acts, path):
    cols = ["Ref", "Priority", "Action", "Lead", "Due", "RAG"]
    lines = ["\t".join(cols)]
    for a in acts:
        x = a["extra"]
        action = html.escape(x["lead_in"], quote=False)
        if x["items"]:
            action += "<ul>" + "".join(f"<li>{html.escape(i, quote=False)}</li>"
                                       for i in x["items"]) + "</ul>"
        cells = [a["row"] or "", a["section"], action, a["lead"], a["date"], x["rag"]]
        assert not any("\t" in c or "\n" in c for c in cells)
        lines.append("\t".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


WRITERS = {"penhallow": write_penhallow, "greyhaven": write_greyhaven,
           "tresco-vale": write_tresco}


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


if __name__ == "__main__":
    main(sys.argv[1:], 'd', PLANS, WRITERS, ABOUT)
