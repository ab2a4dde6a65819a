"""Write coverage evaluation set "c": three fictional improvement plans, each answering one real
Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_c.py            # writes documents and gold
    python scripts/make_coverage_plans_c.py --check    # only runs the consistency checks

Documents: corpus/coverage/c/<name>.<ext>      Gold: corpus/gold/coverage/c/<name>.json

Same conventions and gold schema (plan-gold-v1) as scripts/make_coverage_plans_b.py. The plan
content below is data. Each action carries its gold annotation, written by hand when the action was
written (which recommendation(s) it is aimed at, how confidently, and why); the gold files are
assembled from that data and the per-plan design notes, never by reading the generated documents
back, and no extractor code is imported or run. Recommendation texts are copied from the
hand-checked report gold in corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the row/heading cites 3 and
                                   the text supports it) or "j" judged; "h" high / "m" medium
    refs=[7]                       numbers the row (or its section heading) cites
    mis=True                       the row (here: its heading) cites a number its action does not
                                   answer (mis-cited); the citation is not a link, the true link
                                   is judged
Actions with no links are orphans or carry only a passing mention (see each plan's design).

Output is deterministic: DOCX/XLSX core properties are fixed and every zip member is written
with a fixed timestamp, so re-running gives byte-identical files.
"""

import sys
import textwrap
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, docx_props, main, normalise_zip  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SET = "c"
FIXED = datetime(2020, 1, 1, 9, 0, 0)
ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; held-out set c")


# ---------------------------------------------------------------------------------------------
# Plan 1: Ashcombe - DOCX Word table answering Brent 2015-11-30 (SIF, 11 LA recommendations).
# Columns: Area for improvement | What we will do | Who | When | Progress (RAG). The first column
# holds the council's own short paraphrase on about half the rows and is blank (drawn without the
# border above, so it looks merged with the row above) on the rest. No numbers anywhere.
# ---------------------------------------------------------------------------------------------

def ashcombe_actions():
    acts = []

    def add(area, text, who, when, rag, links=()):
        acts.append(A(text, who, when, links, objective=area, rag=rag))

    add("Performance data and audit telling one story",
        "Bring the monthly performance scorecard and the case audit programme together in a single "
        "Practice Quality Framework, reported to one Performance and Quality Board chaired by the "
        "Director, so that audit grades for each service are read alongside its data.",
        "Rowena Daintree, Head of Performance and Quality", "January 2016",
        "Green - first joint Board held 19 January",
        [(1, "j", "h", "performance management and quality assurance aligned with each other")])
    add(None,
        "Every case audit to end with specific actions for the child's social worker and team "
        "manager, followed up within 20 working days; a quarterly learning report draws out themes "
        "from all audits to shape the training programme and service design.",
        "Practice Quality Lead", "Quarterly from March 2016",
        "Amber - follow-up rate 61%",
        [(1, "j", "h", "audit used more effectively to improve the quality of services")])
    add("A data set that keeps up with our priorities",
        "The Board to review the scorecard every six months and add a measure whenever a new "
        "priority is found (for example take-up of return interviews after missing episodes), so "
        "that the effect of what we change can be tracked.",
        "Performance and Information Manager", "Jun-16",
        "Green",
        [(1, "j", "h", "performance information adapted and used to improve services")])

    add("Families get early help without waiting",
        "Appoint four Early Help Link Workers, one for each cluster of schools, to help designated "
        "safeguarding leads complete Early Help Assessments and take on the lead professional role.",
        "Head of Early Help", "April 2016",
        "Amber - three of four posts filled",
        [(3, "j", "h", "working with schools so families get early help without delay")])
    add(None,
        "Termly Team Around the School meeting in every primary and secondary school, with health "
        "visitors, school nurses and the Family Support Service, to agree which families need help "
        "and who will lead it.",
        "Early Help Locality Managers", "Summer term 2016",
        "Green - 48 of 71 schools held a first meeting",
        [(3, "j", "h", "schools and other partners working together on early help")])
    add(None,
        "The Early Help Hub to allocate every request within five working days, with a weekly "
        "waiting-list report to the Head of Early Help; no family to wait more than 15 working days "
        "for a first visit.",
        "Early Help Hub Manager", "Immediate",
        "Green - longest wait 11 days (March)",
        [(3, "j", "h", "no delay in receiving early help")])

    add("Assessments that explain, not just describe",
        "Relaunch the Family Strengths practice model with two-day analysis workshops for every "
        "social worker: weighing history, the combined impact of domestic abuse, substance misuse "
        "and parental mental ill health, and using research to support the judgement.",
        "Principal Social Worker", "March 2016",
        "Green - 9 of 12 teams trained",
        [(4, "j", "h", "good analysis in assessments")])
    add(None,
        "Specialist tools (the exploitation screening tool, the domestic abuse risk checklist and "
        "the Graded Care Profile) to be used as part of the assessment, not as a tick-box, with "
        "what each tool found explained in the analysis; practice guidance and team briefings.",
        "Domestic Abuse and Exploitation Practice Lead", "April 2016",
        "Amber",
        [(4, "j", "h", "assessments using specialist tools")])
    add("The child at the centre of every assessment",
        "New assessment template with a section 'Who I am and what I want' recording the child's own "
        "words, identity and relationships with brothers and sisters, alongside (as now) the "
        "family's first language.",
        "Head of Children's Social Work", "February 2016",
        "Green - live on the case system 15 February",
        [(4, "j", "h", "understanding of the child's identity, wishes and feelings")])

    add("Plans with clear actions and dates",
        "Rewrite the child in need, child protection and looked after plan templates so that every "
        "action has a named person and a completion date; conference chairs and IROs not to sign off "
        "a plan without them.",
        "Safeguarding and Reviewing Service Manager", "April 2016",
        "Amber - templates with ICT",
        [(5, "j", "h", "children's plans contain specific actions with timescales")])
    add("Sharper PEPs",
        "The Virtual School to quality-assure every personal education plan each term with a "
        "red/amber/green grade, returning any PEP without specific targets and dates to the "
        "designated teacher within ten school days.",
        "Virtual School Headteacher", "Summer term 2016",
        "Green - autumn PEPs graded: 58% green",
        [(5, "j", "h", "personal education plans with clear actions and timescales")])
    add("Pathway plans young people recognise",
        "Pathway plans to be rewritten with each young person in the first person, every goal broken "
        "into steps with dates, and reviewed on time by the personal adviser's manager.",
        "Leaving Care Team Manager", "Q1 2016/17",
        "Amber",
        [(5, "j", "h", "pathway plans with clear, specific actions and timescales")])

    add("Keeping assessments and plans up to date",
        "When a child's circumstances change (a new partner, a new baby, a house move, a serious "
        "incident) the social worker updates the assessment within ten working days and the plan at "
        "the next core group or review; a change-of-circumstances prompt added to the case system.",
        "Head of Children's Social Work", "May 2016",
        "Amber - prompt in testing",
        [(6, "j", "h", "assessments and plans revised when circumstances change")])
    add(None,
        "Team managers to check in monthly supervision that each child's assessment is less than 12 "
        "months old and their plan reflects the last review; overdue updates go on the team's "
        "weekly exception report.",
        "Team Managers, Children's Social Work", "Ongoing",
        "Green",
        [(6, "j", "h", "assessments and plans regularly revised to match current needs")])

    add("Decisions about placements outside Ashcombe",
        "No child to be placed more than 20 miles from Ashcombe without the Director's approval "
        "before the move (the Assistant Director in an emergency, confirmed by the Director within "
        "one working day), as the care planning regulations require.",
        "Director of Children's Services", "Immediate",
        "Complete - in force from 7 December 2015",
        [(7, "j", "h", "senior manager approval of out of borough placements in line with "
          "statutory guidance")])
    add(None,
        "A fortnightly Placement Decision Panel to scrutinise every proposed placement outside the "
        "borough before it is made, including the school place, and to look again at existing ones "
        "at each looked after review.",
        "Head of Placements and Commissioning", "From 01/02/2016",
        "Green",
        [(7, "j", "h", "timely and sufficient scrutiny of out of borough placements")])

    add("Every child who goes missing gets a return conversation",
        "Commission Compass Young People's Service, a local charity, to offer an independent "
        "return conversation to every child who has been missing from home or care, within 72 "
        "hours of their return.",
        "Commissioning Manager, Children's Services", "April 2016",
        "Amber - contract awarded, mobilising",
        [(9, "j", "h", "independent return interviews offered to every child")])
    add(None,
        "The Missing and Exploitation Coordinator to analyse what children say in return "
        "conversations every quarter (push and pull factors, places and people) so that each "
        "child's safety plan and the borough's disruption work are informed by it.",
        "Missing and Exploitation Coordinator", "Quarterly",
        "Not started",
        [(9, "j", "h", "information from return interviews analysed for individual children and "
          "the child population")])
    add("One panel for missing and exploitation",
        "Merge the missing children panel and the sexual exploitation panel into one Missing and "
        "Exploitation Panel, so that every child who goes missing is considered for exploitation "
        "risk at the same meeting.",
        "Lewis Marchbank, Head of Safeguarding", "March 2016",
        "Green",
        [(9, "j", "h", "missing work integrated with work to protect children at risk of sexual "
          "exploitation")])

    add("More care leavers into apprenticeships and college",
        "A Next Steps partnership with Ashcombe College and four local training providers: a named "
        "contact for care leavers in each, a guaranteed interview, and a pre-apprenticeship "
        "bridging course for those not yet ready.",
        "Head of Leaving Care", "September 2016",
        "Amber - College signed, providers in discussion",
        [(11, "j", "h", "working with training providers to increase progression into "
          "apprenticeships and vocational FE")])
    add(None,
        "Advisers from the Ashcombe Careers Service to hold a monthly session at the leaving care "
        "hub and see every care leaver who is not in education, employment or training within four "
        "weeks.",
        "Ashcombe Careers Service", "Ongoing",
        "Green",
        [(11, "j", "h", "working with careers advice and guidance workers")])
    add(None,
        "Increase the council's ring-fenced apprenticeships for care leavers from 6 to 15 and ask "
        "the borough's larger employers to pledge further places.",
        "Assistant Chief Executive (HR) and Head of Leaving Care", "TBC",
        "Red - budget not yet agreed",
        [(11, "j", "h", "more apprenticeships for care leavers")])

    add("Other service priorities",
        "Celebrating Success evening for children looked after, organised with the Virtual School "
        "and hosted by the Mayor, recognising achievements at school, college and in sport.",
        "Participation Officer", "July 2016", "Green")
    add(None,
        "Speak Up Ashcombe (our Children in Care Council) residential weekend to plan the year's "
        "activities.",
        "Participation Officer", "Aug-16", "Green")
    add(None,
        "Upgrade the children's social care case management system to version 5 and move the "
        "document store to the new server.",
        "ICT Business Partner", "Q3 2016/17", "Amber")
    add(None,
        "Publish the 2016/17 learning and development calendar for children's social care staff.",
        "Workforce Development Team", "Complete", "Complete")
    add(None,
        "Quarterly monitoring of the placements budget to the Children's Services Leadership Team.",
        "Finance Business Partner", "Quarterly", "Green")
    return acts


ASHCOMBE = {
    "name": "ashcombe", "ext": "docx", "report": "brent-80489/2015-11-30.pdf",
    "council": "Ashcombe Borough Council",
    "actions": ashcombe_actions,
    "expected": {1: "weak", 2: "uncovered", 3: "covered", 4: "covered", 5: "covered",
                 6: "covered", 7: "covered", 8: "weak", 9: "covered", 10: "uncovered",
                 11: "covered"},
    "unanswered": [2, 10], "passing": [8], "partial": [1],
    "orphans": [23, 24, 25, 26, 27], "miscited": [],
    "asks": {1: [("performance management and quality assurance mechanisms better aligned with "
                  "each other", [1]),
                 ("informed by feedback from children and families", []),
                 ("used more effectively to improve the quality of services", [2, 3])],
             5: [("children's plans contain clear and specific actions with timescales", [10]),
                 ("personal education plans", [11]),
                 ("pathway plans", [12])],
             9: [("children who go missing are offered an interview with an independent person on "
                  "their return", [17]),
                 ("information from these interviews is analysed to inform responses for "
                  "individual children and the child population", [18]),
                 ("this work is integrated with work to protect children at risk of sexual "
                  "exploitation", [19])]},
    "notes": (
        "DOCX, one Word table (Area for improvement | What we will do | Who | When | Progress "
        "(RAG)). No recommendation numbers anywhere and no row numbers: 'row' is null, 'section' "
        "is null, 'objective' is the Area for improvement cell as written - the council's own "
        "short paraphrase on 14 of 27 rows - and null on the 13 rows where it is blank (those "
        "cells are drawn without a top border so they look merged with the row above; they are "
        "not merged cells). The Progress (RAG) cell is not part of the action text. Only "
        "local-authority recommendations 1-11 count (LSCB 108-113 out of scope). R2 (the scrutiny "
        "committee's focus on children's social care) is simply absent. R10 (the Virtual School "
        "narrowing the attainment gap) is the hard unanswered one: action 11 (the Virtual School "
        "grading PEPs) shares its vocabulary but is aimed at R5's personal education plans, and "
        "orphan 23 (Celebrating Success evening with the Virtual School) is recognition, not "
        "narrowing a gap. R8 (culture, religion, language, translators) is touched only in "
        "passing: action 9, aimed at R4, keeps '(as now) the family's first language' on the "
        "assessment template; nothing strengthens consideration of diversity or the availability "
        "of translators. R1 has three asks; alignment of performance management and QA (action 1) "
        "and their use to improve services (actions 2-3) are answered, feedback from children and "
        "families is not (orphan 24, the Children in Care Council weekend, is participation, not "
        "feedback into quality assurance). Orphan 27 (placements budget) shares R7's placement "
        "vocabulary. Blank area cells follow the row above's topic, except that the orphan rows "
        "sit under 'Other service priorities'."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Dunmoor - XLSX workbook answering Birmingham 2019-01-17 (ILACS, 6 recommendations).
# Sheet 1 is a cover sheet (title, version, sign-off); sheet 2 the actions: Ref | Workstream |
# Action | Responsible officer | Target date | Status. No recommendation numbers anywhere.
# ---------------------------------------------------------------------------------------------

def dunmoor_actions():
    acts = []

    def add(ref, ws, text, lead, date, status, links=()):
        acts.append(A(text, lead, date, links, row=ref, section=ws, status=status))

    W = "Stronger Together (partner agencies)"
    add("ST-01", W, "Joint protocol with Dunmoor Police: when a joint section 47 enquiry is agreed at "
        "the strategy meeting a named officer goes on the visit with the social worker, and any "
        "joint visit without police attendance is escalated to the Detective Chief Inspector within "
        "24 hours.",
        "Head of First Response / DCI, Public Protection Unit", "31/03/2019", "On track",
        [(1, "j", "h", "effectiveness of partnership working with the police (joint enquiries)")])
    add("ST-02", W, "Police, health and the child's school to be invited to every strategy meeting and "
        "to join by phone if they cannot attend; attendance by agency reported monthly to the "
        "Safeguarding Partnership Executive and repeated non-attendance escalated to the agency's "
        "senior lead.",
        "Service Manager, First Response", "April 2019", "On track",
        [(1, "j", "h", "partner agencies' attendance and contribution at strategy meetings")])
    add("ST-03", W, "Partnership Improvement Group (Trust, council, police, health, schools) to meet "
        "monthly with a shared partnership scorecard, holding each agency to account for the pace "
        "of its actions; it will also take a standing update on the extra-familial harm "
        "(contextual safeguarding) work.",
        "Chief Executive, Dunmoor Children's Trust", "Monthly from February 2019", "On track",
        [(1, "j", "h", "pace and effectiveness of partnership working")])
    add("ST-04", W, "Quarterly multi-agency case audit led by the Safeguarding Partnership (20 "
        "children each quarter), testing what each agency contributed; findings and agency "
        "actions reported to the Partnership Executive.",
        "Safeguarding Partnership Business Manager", "Q1 2019/20", "Not started",
        [(1, "j", "h", "quality of partnership working with external agencies")])
    add("ST-05", W, "Core group and child in need review minutes to be sent to every agency within five "
        "working days, with each agency's actions and dates listed separately.",
        "Team Managers, Safeguarding", "Immediate", "Complete",
        [(1, "j", "m", "partners clear about their actions (core groups, CIN reviews)")])
    add("ST-06", W, "Refresh the information-sharing agreement with GP practices, schools, probation and "
        "the hospital trusts, with a partner escalation route for disagreements about a child.",
        "Head of Quality and Partnerships", "June 2019", "On track",
        [(1, "j", "h", "working arrangements with external agencies")])
    add("ST-07", W, "'Working Together in Dunmoor' multi-agency training for police officers, school "
        "safeguarding leads and health staff on strategy meetings and joint enquiries, run by the "
        "Safeguarding Partnership.",
        "Safeguarding Partnership Training Coordinator", "Sept 2019", "Not started",
        [(1, "j", "h", "quality of partner agencies' joint working")])

    W = "Court Confidence"
    add("CC-01", W, "Bring legal advice for children's cases into a dedicated Children's Legal Team "
        "co-located with the Trust, with a named solicitor for each social work team.",
        "Director of Legal Services, Dunmoor City Council", "September 2019", "On track",
        [(2, "j", "h", "legal services' efficacy, a cause of the courts' lack of trust")])
    add("CC-02", W, "Court Quality Panel: every social work evidence statement and parenting "
        "assessment to be read and signed off by a Court Practice Manager before it is filed.",
        "Court Practice Manager", "March 2019", "Complete",
        [(2, "j", "h", "consistent quality of work presented to the courts")])
    add("CC-03", W, "Quarterly Family Justice liaison meeting of the Designated Family Judge, Cafcass "
        "and the Trust's senior leaders to go through feedback on the work we file, plus joint "
        "'court ready' workshops for social workers led by the judiciary and Cafcass.",
        "Director of Children's Social Care", "Quarterly", "On track",
        [(2, "j", "h", "trust and confidence between the courts and the Trust")])
    add("CC-04", W, "Track every court request for an independent social work assessment, with the "
        "reason given, and report the trend to the Court Confidence Group each month.",
        "Head of Service, Court and Legal", "May 2019", "Delayed",
        [(2, "j", "h", "courts rejecting the Trust's assessments (independent assessments ordered)")])
    add("CC-05", W, "Legal Planning Meeting with a solicitor present before any family enters "
        "pre-proceedings, with the legal advice and decision recorded within two working days.",
        "Head of Service, Court and Legal", "April 2019", "On track",
        [(2, "j", "m", "quality of legal advice"),
         (4, "j", "m", "swift, decisive action so that permanence is not delayed")])

    W = "Home for Good (permanence)"
    add("HG-01", W, "Every child who comes into care to have a parallel plan agreed at their first "
        "review and entered on the permanence tracker.",
        "Independent Reviewing Service Manager", "Immediate", "On track",
        [(4, "j", "h", "focus on all permanence options (parallel planning)")])
    add("HG-02", W, "Monthly Permanence Tracking Panel chaired by the Assistant Director to review every "
        "child without a permanence plan by their second review.",
        "Assistant Director, Children in Care", "Monthly", "On track",
        [(4, "j", "h", "timely focus on permanence")])
    add("HG-03", W, "Children in long-term foster homes meant to be permanent to have the match "
        "presented to the Permanence Panel within three months, with the matching rationale written "
        "on their record.",
        "Service Manager, Permanence", "30 June 2019", "On track",
        [(4, "j", "h", "long-term fostering confirmed as permanence in good time")])
    add("HG-04", W, "Early permanence (fostering for adoption) to be considered for every baby or young "
        "child where adoption is a possible plan, with carers recruited through the regional "
        "adoption agency.",
        "Head of Adoption / Regional Adoption Agency", "Q2 2019/20", "Not started",
        [(4, "j", "h", "foster-to-adopt considered; avoiding delay")])
    add("HG-05", W, "Family group meeting before any planned admission to care, to find relatives who "
        "could care for the child and start their assessment early.",
        "Family Group Meeting Coordinator", "July 2019", "On track",
        [(4, "j", "h", "permanence with family members considered early")])
    add("HG-06", W, "New special guardianship support offer (allowance review, training and therapeutic "
        "support) so that more relatives can take on a special guardianship order.",
        "Kinship Care Team Manager", "TBC", "At risk",
        [(4, "j", "h", "special guardianship as a permanence option")])
    add("HG-07", W, "Pre-proceedings tracker reviewed fortnightly by the Head of Service; no family to "
        "be in pre-proceedings for more than 16 weeks without a decision.",
        "Niamh Ordway, Head of Service, Court and Legal", "From 01/04/2019", "On track",
        [(4, "j", "h", "drift in pre-proceedings delaying permanence")])
    add("HG-08", W, "'Every Option Considered' permanence workshops for social workers and IROs on "
        "return home, special guardianship, long-term fostering and adoption.",
        "Principal Social Worker", "Autumn 2019", "Not started",
        [(4, "j", "h", "focus on all permanence options")])
    add("HG-09", W, "IROs to hold a mid-point check for every child whose plan is not adoption and use "
        "the dispute resolution process when permanence is drifting.",
        "Independent Reviewing Service Manager", "Ongoing", "On track",
        [(4, "j", "h", "robust, timely focus on permanence other than adoption")])

    W = "Corporate Parenting"
    add("CP-01", W, "Summer family day for Dunmoor foster carers and their own children at Dunmoor "
        "Edge Country Park, with thank-you certificates presented by the Lead Member.",
        "Fostering Marketing Officer", "June 2019", "On track")
    add("CP-02", W, "Dunmoor Voices (Children in Care Council) to co-design the annual corporate "
        "parenting conference.",
        "Participation and Engagement Lead", "November 2019", "Not started")

    W = "Enabling the Trust"
    add("ET-01", W, "Upgrade the Trust's case recording system and retire the legacy document "
        "archive.",
        "Head of ICT, Dunmoor Children's Trust", "Q3 2019/20", "On track")
    add("ET-02", W, "Deliver the 2019/20 savings plan for placements and agency staffing, reported "
        "to the Trust Board each month.",
        "Director of Finance, Dunmoor Children's Trust", "31/03/2020", "At risk")
    add("ET-03", W, "Annual staff conference and Practice Week.",
        "Principal Social Worker", "October 2019", "Not started")
    return acts


DUNMOOR = {
    "name": "dunmoor", "ext": "xlsx", "report": "birmingham-80429/2019-01-17.pdf",
    "council": "Dunmoor City Council and Dunmoor Children's Trust",
    "actions": dunmoor_actions,
    "expected": {1: "weak", 2: "covered", 3: "uncovered", 4: "covered", 5: "weak",
                 6: "uncovered"},
    "unanswered": [3, 6], "passing": [5], "partial": [1],
    "orphans": ["CP-01", "CP-02", "ET-01", "ET-02", "ET-03"], "miscited": [],
    "asks": {1: [("the quality, effectiveness and pace of partnership working with external "
                  "agencies", ["ST-01", "ST-02", "ST-03", "ST-04", "ST-05", "ST-06", "ST-07"]),
                 ("partner-led early help services", [])]},
    "notes": (
        "XLSX workbook with two sheets: 'Cover' (title, version, sign-off, inspection details; no "
        "actions) and 'Action plan' (header row, then one row per action: Ref | Workstream | Action "
        "| Responsible officer | Target date | Status). No recommendation numbers anywhere; 'row' "
        "is the Ref (ST-01 ...), 'section' the Workstream cell, 'objective' null. The report has "
        "six recommendations, all addressed to the local authority and its children's trust (the "
        "plan calls it 'the Trust'; R2's text says BCT). R6 (impact of the virtual school) is "
        "simply absent. R3 (effectiveness of the fostering service) is the hard unanswered one: "
        "orphan CP-01 (summer family day for foster carers) shares its vocabulary, and HG-03 "
        "(confirming long-term foster homes as permanent) is aimed at R4, not at how well the "
        "fostering service works. R5 (alignment of the approach to contextual safeguarding) is "
        "touched only in passing: ST-03, aimed at R1, says the partnership group 'will also take a "
        "standing update on the extra-familial harm (contextual safeguarding) work'. R1 has two "
        "asks: partnership working with external agencies is answered by ST-01 to ST-07, "
        "partner-led early help services not at all. CC-05 answers R2 (legal advice) and R4 (pre-proceedings drift), both medium. "
        "Several actions per answered recommendation: R2 by five, R4 by ten."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Kelbrook - Markdown (as a converter would write a Word narrative plan) answering
# Tameside 2024-02-13 (ILACS, 13 recommendations). One heading per priority with a short
# context paragraph; numbered actions (1.1, 1.2 ...) as paragraphs, each followed by an
# "Owner:" line and a date line whose label varies by priority. Four headings cite a
# recommendation number; one of them (Priority 5) cites a number its actions do not answer.
# ---------------------------------------------------------------------------------------------

KELBROOK_SECTIONS = [
    ("Priority 1: Getting it right first time at the Front Door (Ofsted recommendation 2)", [2],
     "Deadline",
     "The diagnostic review in the autumn and the inspection both found that the Front Door did "
     "not always recognise risk quickly enough, and that strategy meetings and the response to "
     "children who go missing were not consistently strong."),
    ("Priority 2: Assessments that understand children's lives", [], "Deadline",
     "Too many assessments focus on the latest incident and rely on what parents tell us."),
    ("Priority 3: Plans that make a difference", [], "By when",
     "Plans need to be specific, focused on the child and driven forward between meetings."),
    ("Priority 4: Grip and challenge (Ofsted recommendation 6)", [6], "By when",
     "Supervision is now regular, but it does not yet challenge drift or move plans on."),
    ("Priority 5: Permanence without delay (Ofsted recommendation 9)", [9], "Timescale",
     "Too many children wait too long for a permanent home, especially where the plan is "
     "long-term fostering or special guardianship."),
    ("Priority 6: Homes close to home", [], "Timescale",
     "We do not have enough homes in Kelbrook for the children we care for."),
    ("Priority 7: Young people who are homeless at 16 and 17 (Ofsted recommendation 8)", [8],
     "Deadline",
     "Joint work with Housing is not consistent and young people are not always told of their "
     "right to come into care."),
    ("Priority 8: Care-experienced young people", [], "By when",
     "Our care-experienced young people told inspectors they did not know what they were "
     "entitled to."),
    ("Priority 9: Hearing from children and young people", [], "By when",
     "Children's views do not yet shape their plans or our services enough."),
    ("Priority 10: A stable, skilled workforce", [], "Timescale",
     "We still rely heavily on agency staff, and some newly qualified social workers hold work "
     "that is too complex for them."),
    ("Priority 11: Running the service", [], "Deadline",
     "Other work in the Children's Services business plan for 2024-25."),
]


def kelbrook_actions():
    acts = []
    count = {}

    def add(si, text, owner, when, links=(), mis=False):
        head, refs, _, _ = KELBROOK_SECTIONS[si]
        count[si] = count.get(si, 0) + 1
        acts.append(A(text, owner, when, links, refs, mis, row=f"{si + 1}.{count[si]}",
                      section=head))

    add(0, "Restructure the Front Door into three screening pods, each with a team manager and two "
        "advanced practitioners, so that every contact has a decision within 24 hours and the "
        "child's history is read and weighed before that decision is made.",
        "Head of Front Door and Early Help", "April 2024",
        [(2, "e", "h", "recognition of and response to risk in referrals")])
    add(0, "Agree with the police division that every notification involving a child is shared "
        "within 24 hours, with a police sergeant in the Front Door every weekday and a monthly joint "
        "audit of police contacts.",
        "Head of Front Door / Detective Superintendent, Public Protection", "Q1 2024/25",
        [(2, "e", "h", "multi-agency response to referrals (police)")])
    add(0, "Strategy meetings to be held within one working day of the decision, chaired by an "
        "advanced practitioner, with police, health and education always invited; the minute to "
        "record the analysis of risk using the child's history and specific actions for the "
        "enquiry, and non-attendance escalated.",
        "Service Manager, Safeguarding", "31/05/2024",
        [(2, "e", "h", "strategy meetings")])
    add(0, "Fill the three vacant posts in the missing-from-home team; a return home interview "
        "within 72 hours for every child; children assessed as lower risk to have a safety and "
        "disruption plan too, not only those at high risk.",
        "Complex Safeguarding Team Manager", "June 2024",
        [(2, "e", "h", "response when children go missing from home or care")])

    add(1, "Relaunch the Kelbrook Practice model with assessment workshops for every team on "
        "analysing history, parental capacity to change and cumulative harm, including a refresher "
        "on the threshold guidance for staff who joined in the last year.",
        "Principal Social Worker", "July 2024",
        [(4, "j", "h", "quality of assessments: analysis of needs and risks")])
    add(1, "Every assessment to include direct work with the child, using the three houses tool "
        "or communication aids for disabled children, so that the child's experience - not only "
        "the parents' account - informs the analysis.",
        "Advanced Practitioners", "Ongoing",
        [(4, "j", "h", "assessments identify children's needs (direct work, not parental "
          "self-report)"),
         (12, "j", "m", "participation of children in their assessments")])
    add(1, "No case to close after an assessment without a team manager's check that the child's "
        "wider needs, not only the presenting incident, have been identified and that the next "
        "step is recorded.",
        "Team Managers, Assessment", "Immediate",
        [(4, "j", "h", "assessments support decision-making around next steps")])

    add(2, "New child in need and child protection plan template: each outcome for the child with "
        "specific actions, who will do them and by when, reviewed at every core group.",
        "Head of Safeguarding and Quality", "September 2024",
        [(5, "j", "h", "quality of plans for children in need of help and protection")])
    add(2, "Care plans agreed at looked after reviews to be outcome-focused and ambitious, with the "
        "IRO signing off the plan only when it states how permanence will be secured.",
        "Independent Reviewing Service Manager", "October 2024",
        [(5, "j", "h", "quality of plans for children in care"),
         (7, "j", "m", "care plans with a clear focus on securing permanence")])
    add(2, "Pathway plans rewritten with each young person, covering risks, a contingency plan and "
        "the input of other agencies, with a copy given to the young person.",
        "Leaving Care Service Manager", "December 2024",
        [(5, "j", "h", "quality of plans for care leavers")])
    add(2, "A family group conference to be offered at the start of every child protection plan, so "
        "that the family's own plan sits alongside ours.",
        "Family Group Conference Coordinator", "Q2 2024/25",
        [(5, "j", "m", "plans that help children receive the support they need (family "
          "resources used)")])

    add(3, "Reflective supervision every four weeks using a new template that records the "
        "manager's challenge and the next steps for each child; dip-sampled monthly by Heads of "
        "Service.",
        "Heads of Service", "Immediate",
        [(6, "e", "h", "regularity and effectiveness of management oversight")])
    add(3, "Five additional team manager posts so that no team manager supervises more than six "
        "workers.",
        "Director of Children's Social Care", "September 2024",
        [(6, "e", "h", "capacity for management oversight")])
    add(3, "Heads of Service to respond to every IRO escalation within five working days, with a "
        "quarterly report on escalations and what changed for children.",
        "Ilse Trevanion, Head of Service, Children in Care", "Quarterly",
        [(6, "e", "h", "management response to challenge")])
    add(3, "Monthly Practice Accountability Meeting at which each Head of Service accounts to the "
        "Director of Children's Services for supervision, audit and caseload data for their teams.",
        "Director of Children's Services", "Monthly from May 2024",
        [(6, "e", "h", "management oversight held to account")])

    add(4, "Permanence tracker and monthly Permanence Panel: every child to have a permanence plan "
        "by their second review, and long-term fostering matches to be ratified within four months "
        "of the plan.",
        "Service Manager, Permanence", "June 2024",
        [(7, "j", "h", "timeliness of permanence (heading cites 9, which is about sufficiency)")],
        mis=True)
    add(4, "A dedicated special guardianship assessment team and support offer, so that plans for "
        "special guardianship are completed without drift.",
        "Kinship and Special Guardianship Team Manager", "Q3 2024/25",
        [(7, "j", "h", "timely permanence through special guardianship (heading cites 9)")],
        mis=True)
    add(4, "The Home Together team to review every child placed with parents and apply to discharge "
        "the care order where it is safe, ending statutory intervention that is no longer needed.",
        "Home Together Team Manager", "March 2025",
        [(7, "j", "m", "children placed with parents drifting in care (heading cites 9)")],
        mis=True)

    add(5, "Sufficiency Strategy 2024-27 with a 'Foster Kelbrook' recruitment campaign aiming for 30 "
        "new fostering households in two years.",
        "Head of Commissioning and Placements", "December 2024",
        [(9, "j", "h", "sufficiency of placements (foster carer recruitment)")])
    add(5, "Open two four-bed children's homes in Kelbrook through the council's Homes Here capital "
        "programme.",
        "Head of Commissioning and Placements", "TBC",
        [(9, "j", "h", "sufficiency of placements (local children's homes)")])
    add(5, "Weekly review chaired by the Assistant Director of every child in an unregistered home, "
        "agreeing a move to a registered home or registration of the provision.",
        "Assistant Director, Children in Care", "Immediate",
        [(9, "j", "h", "placements that meet children's needs (unregistered homes)")])

    add(6, "New joint protocol with Housing Options: a joint assessment by a social worker and a "
        "housing officer for every 16- or 17-year-old who presents as homeless, within ten working "
        "days.",
        "Head of Children's Social Work / Housing Options Manager", "July 2024",
        [(8, "e", "h", "response to homeless 16-17 year olds: joint assessment")])
    add(6, "Each young person to be told, in person and in writing, of their right to be looked "
        "after under section 20, with an independent advocate offered.",
        "Service Manager, Assessment", "Complete",
        [(8, "e", "h", "homeless young people informed of their right to enter care")])

    add(7, "Co-produce a new Kelbrook Local Offer with care-experienced young people (replacing the "
        "2019 version), publish it as an app and booklet, and brief every corporate parent on it.",
        "Leaving Care Service Manager", "November 2024",
        [(11, "j", "h", "care leavers' understanding of the local offer")])
    add(7, "Personal advisers to go through a 'Know Your Rights' session with each young person at "
        "17 and a half and at every pathway plan review, covering entitlements, money, benefits and "
        "how to complain.",
        "Personal Adviser Team Manager", "Ongoing",
        [(11, "j", "h", "care leavers understand their rights and entitlements")])
    add(7, "Every young person to receive a written summary of their health history and a health "
        "passport from the children in care nurse at 17, talked through with them.",
        "Designated Nurse, Children in Care", "September 2024",
        [(11, "j", "h", "care leavers understand their health histories")])

    add(8, "Relaunch the Children in Care Council as Kelbrook Voices with a dedicated participation "
        "worker and a standing slot at every Corporate Parenting Board.",
        "Participation Lead", "June 2024",
        [(12, "j", "h", "participation of children in service delivery")])
    add(8, "Children to be offered the chance to chair or co-chair part of their own review, using "
        "the 'My Review' app to tell us their views beforehand.",
        "Independent Reviewing Service Manager", "Q2 2024/25",
        [(12, "j", "h", "participation of children in their planning")])
    add(8, "Train care-experienced young people as young inspectors to sit on interview panels and "
        "review services.",
        "Participation Lead", "January 2025",
        [(12, "j", "h", "engagement of young people in service delivery")])

    add(9, "Kelbrook Social Work Academy for newly qualified social workers: protected caseloads, no "
        "child protection work in the first six months, and an advanced practitioner as mentor.",
        "Principal Social Worker", "September 2024",
        [(13, "j", "h", "support for newly qualified social workers")])
    add(9, "Recruitment campaign with a market supplement for child protection teams, and an offer "
        "to convert agency social workers to permanent posts.",
        "Head of Workforce Development", "Q1 2024/25",
        [(13, "j", "h", "recruitment of staff")])
    add(9, "A career pathway from social worker to advanced practitioner, and every leaver offered "
        "an exit interview with themes reported to the workforce board.",
        "Head of Workforce Development", "March 2025",
        [(13, "j", "h", "retention of staff")])

    add(10, "Annual update of the fostering service Statement of Purpose and Children's Guide, "
        "approved by Cabinet.",
        "Fostering Service Manager", "Complete")
    add(10, "Move the children's services teams into the Kelbrook Town Hall annexe, with new "
        "laptops and hot-desking.",
        "Facilities and ICT Programme Lead", "Q4 2024/25")
    add(10, "Children's services budget monitoring and the 2024-25 savings plan, reported monthly to "
        "the Directorate Management Team.",
        "Finance Business Partner", "Monthly")
    add(10, "National Care Leavers' Week celebration at Kelbrook Museum.",
        "Participation Lead", "October 2024")
    add(10, "Children's Services staff awards.",
        "Communications Team", "TBC")
    return acts


KELBROOK = {
    "name": "kelbrook", "ext": "md", "report": "tameside-80569/2024-02-13.pdf",
    "council": "Kelbrook Metropolitan Borough Council",
    "actions": kelbrook_actions,
    "expected": {1: "uncovered", 2: "weak", 3: "weak", 4: "covered", 5: "covered",
                 6: "covered", 7: "covered", 8: "covered", 9: "covered", 10: "uncovered",
                 11: "covered", 12: "covered", 13: "covered"},
    "unanswered": [1, 10], "passing": [3], "partial": [2],
    "orphans": ["11.1", "11.2", "11.3", "11.4", "11.5"], "miscited": ["5.1", "5.2", "5.3"],
    "asks": {2: [("referrals", ["1.1", "1.2"]),
                 ("strategy meetings", ["1.3"]),
                 ("when children go missing from home or care", ["1.4"]),
                 ("arising risks for children in care and care leavers", []),
                 ("when allegations are made against professionals", [])],
             5: [("plans for children in need of help and protection", ["3.1", "3.4"]),
                 ("plans for children in care", ["3.2"]),
                 ("plans for care leavers", ["3.3"])],
             11: [("understand their rights and entitlements", ["8.2"]),
                  ("their health histories", ["8.3"]),
                  ("their understanding of the local offer", ["8.1"])],
             13: [("recruitment of staff", ["10.2"]), ("retention of staff", ["10.3"]),
                  ("support for newly qualified social workers", ["10.1"])]},
    "notes": (
        "Markdown as a converter would write a Word narrative plan: one '#' title heading, one "
        "'##' heading per priority followed by an italic context paragraph (not an action), then "
        "one paragraph per action starting with its bold number (**1.1** ...), followed by an "
        "'Owner:' paragraph and a date paragraph labelled 'Deadline:', 'By when:' or "
        "'Timescale:' depending on the priority; paragraphs wrapped at 72 columns. 'row' is the "
        "action number (1.1 ...), which is not a recommendation number; 'section' the priority "
        "heading; 'objective' null. Four headings cite a number (Priorities 1, 4, 5 and 7); as in "
        "set b's brackenford, every action under such a heading carries the heading's number in "
        "explicit_refs. Priority 5 is mis-cited: it cites 9 (sufficiency) but its actions 5.1-5.3 "
        "answer R7 (permanence); their true links are judged and flagged miscited, and R9 is "
        "answered by Priority 6 (uncited). R1 (the council's oversight, accountability and "
        "governance of the leadership of children's services) is a hard unanswered one: 4.4 (the "
        "DCS's monthly Practice Accountability Meeting with Heads of Service) shares 'accountability' "
        "but is management oversight, aimed at R6; nothing addresses councillors, scrutiny or the "
        "chief executive's oversight. R10 (foster carers' induction, training and agreements) is "
        "also hard: 6.1 ('Foster Kelbrook' recruitment, aimed at R9) and orphan 11.1 (annual "
        "update of the fostering Statement of Purpose) share its vocabulary. R3 (consistency in "
        "applying thresholds) is touched only in passing in 2.1, aimed at R4 ('including a "
        "refresher on the threshold guidance for staff who joined in the last year'). R2 has five "
        "asks; referrals, strategy meetings and missing children are answered (Priority 1), arising "
        "risks for children in care and care leavers and allegations against professionals are "
        "not. 2.2 answers R4 and R12 (medium); 3.2 answers R5 and R7 (medium). Orphan 11.4 "
        "(Care Leavers' Week celebration) shares R11's vocabulary."),
}

PLANS = [ASHCOMBE, DUNMOOR, KELBROOK]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def _hide_borders(cell, sides):
    """Cell-level borders set to nil on the given sides (top/bottom), so a blank cell reads as a
    continuation of the one above."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "bottom"):
        if side in sides:
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:val"), "nil")
            borders.append(el)
    tcPr.append(borders)


def write_ashcombe(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    doc.add_heading("Ashcombe Borough Council", level=0)
    doc.add_heading("Children and Young People's Service: Post-Inspection Action Plan", level=1)
    doc.add_paragraph(
        "This action plan sets out what we will do following the Ofsted inspection of services for "
        "children in need of help and protection, children looked after and care leavers, and the "
        "review of the Local Safeguarding Children Board, carried out in the autumn of 2015. The "
        "Board's recommendations are addressed in the LSCB business plan. The plan is monitored by "
        "the Children's Improvement Group, which meets every six weeks.")
    doc.add_paragraph("Responsible director: Strategic Director, Children and Young People. "
                      "Version 1.2, January 2016. Progress as at the end of each month.")
    cols = ["Area for improvement", "What we will do", "Who", "When", "Progress (RAG)"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, cols):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    for a in acts:
        cells = table.add_row().cells
        for cell, text in zip(cells, [a["objective"] or "", a["text"], a["lead"], a["date"],
                                      a["extra"]["rag"]]):
            cell.text = text
    widths = [Cm(4.5), Cm(11.5), Cm(4.8), Cm(3.0), Cm(3.5)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    rows = table.rows[1:]
    for i, a in enumerate(acts):
        sides = set()
        if a["objective"] is None:
            sides.add("top")
        if i + 1 < len(acts) and acts[i + 1]["objective"] is None:
            sides.add("bottom")
        if sides:
            _hide_borders(rows[i].cells[0], sides)
    docx_props(doc, "Ashcombe Children and Young People's Service",
                "Post-Inspection Action Plan")
    doc.save(path)
    normalise_zip(path)


def write_dunmoor(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    for line in [
            "Dunmoor Children's Trust and Dunmoor City Council",
            "Ofsted Inspection of Local Authority Children's Services (ILACS): Improvement Plan "
            "2019-20",
            "",
            "Inspection: 3-14 December 2018. Report published January 2019.",
            "Version: 1.3 (for Improvement Board, 14/03/2019)",
            "Plan owner: Director of Children's Social Care, Dunmoor Children's Trust",
            "Signed off by: Chief Executive, Dunmoor Children's Trust; Director of Children's "
            "Services, Dunmoor City Council; Cabinet Member for Children's Wellbeing",
            "Sign-off date: 21/03/2019",
            "",
            "Status key: Complete / On track / Delayed / At risk / Not started",
            "Progress is reported to the Trust Board monthly and to the council's Children's "
            "Services Commissioning Board every quarter."]:
        cover.append([line or None])
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"].font = Font(bold=True, size=12)
    cover.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Action plan")
    ws.append(["Improvement actions"])
    ws.append([])
    header = ["Ref", "Workstream", "Action", "Responsible officer", "Target date", "Status"]
    ws.append(header)
    for a in acts:
        ws.append([a["row"], a["section"], a["text"], a["lead"], a["date"], a["extra"]["status"]])
    ws["A1"].font = Font(bold=True, size=12)
    for c in ws[3]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="3B5E2B")
    for r in range(4, 4 + len(acts)):
        for col in "ABCDEF":
            ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEF", (8, 26, 72, 32, 18, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    p = wb.properties
    p.creator = "Dunmoor Children's Trust Improvement Team"
    p.lastModifiedBy = "Dunmoor Children's Trust Improvement Team"
    p.title = "ILACS Improvement Plan 2019-20"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


def _wrap(text):
    return textwrap.fill(text, width=72, break_on_hyphens=False, break_long_words=False)


def write_kelbrook(plan, acts, path):
    lines = ["# Kelbrook Metropolitan Borough Council: Children's Services Improvement Plan "
             "2024-2026", ""]
    for par in [
            "This plan is our response to the inspection of local authority children's services "
            "carried out in December 2023 (report published February 2024). It builds on the "
            "improvement work begun after the diagnostic review last autumn and replaces the "
            "previous high-level plan.",
            "Each priority below starts with what we need to change. Actions are numbered within "
            "each priority; every action has an owner and a deadline. Progress is reported to the "
            "Improvement Board every month."]:
        lines += [_wrap(par), ""]
    lines += ["**Plan owner:** Director of Children's Services", "",
              "**Version:** 2.0 (March 2024)", ""]
    current = None
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            _, _, _, intro = next(s for s in KELBROOK_SECTIONS if s[0] == current)
            lines += [f"## {current}", "", _wrap(f"*{intro}*"), ""]
        label = next(s[2] for s in KELBROOK_SECTIONS if s[0] == current)
        lines += [_wrap(f"**{a['row']}** {a['text']}"), ""]
        lines += [_wrap(f"Owner: {a['lead']}"), ""]
        lines += [_wrap(f"{label}: {a['date']}"), ""]
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


WRITERS = {"ashcombe": write_ashcombe, "dunmoor": write_dunmoor, "kelbrook": write_kelbrook}


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


if __name__ == "__main__":
    main(sys.argv[1:], SET, PLANS, WRITERS, ABOUT)
