"""Write the sealed coverage evaluation set "f": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_f.py            # writes documents and gold
    python scripts/make_coverage_plans_f.py --check    # only runs the consistency checks

Documents: corpus/coverage/f/<name>.<ext>      Gold: corpus/gold/coverage/f/<name>.json

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes, never by reading the
generated documents back, and no extractor code is imported or run. Recommendation texts are
copied from the hand-checked report gold in corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the row/heading cites 3 and
                                   the text supports it) or "j" judged; "h" high / "m" medium
    refs=[7]                       numbers the row (or its section heading) cites
No plan in this set cites a recommendation number, so every link is judged and refs are empty.
Actions with no links are orphans (see each plan's design).

Output is deterministic: DOCX/XLSX core properties are fixed and every zip member is written
with a fixed timestamp, so re-running gives byte-identical files.
"""

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, docx_props, main, normalise_zip, report_recs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXED = datetime(2020, 1, 1, 9, 0, 0)
ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


# ---------------------------------------------------------------------------------------------
# Plan 1: Quantock Vale — Markdown (hand-written or converter export) answering Somerset
# 2018-01-29 (SIF, 13 LA recommendations). One pipe table per priority; each priority heading
# quotes a few words of the recommendation it answers, never its number. "Priority N" is the
# plan's own numbering and never equals the number of the recommendation it quotes.
# ---------------------------------------------------------------------------------------------

QV_PRIORITIES = [
    ('Priority 1: "scrutiny and oversight of practice ... effective in achieving positive change"',
     "Managers, child protection chairs and IROs will make a visible difference to children's "
     "plans, not only check that tasks are done."),
    ('Priority 2: "plans and reviews focus on improving outcomes"',
     "Every child's plan will say what will be better for them, and rest on an assessment that "
     "knows who they are."),
    ('Priority 3: "strategy discussions ... contingency planning is clear"',
     "Children will tell their story once, and every strategy discussion will end with a plan "
     "that is followed through."),
    ('Priority 4: "return home interviews are timely and of sufficiently good quality"', None),
    ('Priority 5: "consistent use of tools" for children at risk of exploitation', None),
    ('Priority 6: "homeless 16- and 17-year-olds"', None),
    ('Priority 7: "pre-proceedings work"',
     "Parents will know exactly what we are worried about and what needs to change."),
    ('Priority 8: "sufficient foster homes"', None),
    ('Priority 9: "initial health assessments are timely"', None),
    ('Priority 10: "support to live independently"', None),
    ("Priority 11: Keeping the service running well",
     "Other work in the directorate's business plan for 2018/19, included here so that the "
     "Improvement Board sees the whole picture."),
]


def quantock_actions():
    acts = []

    def add(sec, text, lead, date, links=(), split=None, nopipe=False):
        n = len(acts) + 1
        acts.append(A(text, lead, date, links, row=str(n), section=QV_PRIORITIES[sec - 1][0],
                      split=split, nopipe=nopipe))

    add(1, "Launch the Quantock Practice Standards, with a team manager 'practice sign-off' at "
        "each key decision point (plan review, step-down and case closure); compliance reported "
        "to the Practice Improvement Board every month.",
        "Helen Marchbank, Principal Social Worker", "September 2018",
        [(2, "j", "h", "managers' oversight of practice at key decision points")])
    add(1, "Child protection chairs and IROs to use the revised practice alert protocol: an "
        "informal alert to the team manager within 5 working days where a child's plan is not "
        "moving forward, formal escalation to the Head of Service at 10 days; every alert and "
        "what changed for the child logged and analysed each quarter.",
        "Safeguarding and Reviewing Service Manager", "Q3 2018/19",
        [(2, "j", "h", "chairs' and IROs' scrutiny effective in achieving change for children")],
        split="where a child's plan")
    add(1, "Monthly performance clinic in every team, chaired by the Head of Service (whose span "
        "of control stays wide until the senior leadership restructure is agreed), looking at ten "
        "children's records and what has changed for each child since the last clinic.",
        "Heads of Service, Children and Families", "Monthly from July 2018",
        [(2, "j", "h", "managers' scrutiny of practice focused on change for children")])
    add(1, "'Practice Circles': monthly reflective group supervision in each locality team, "
        "facilitated by a consultant social worker, with agreed actions written onto each "
        "child's file.",
        "Consultant Social Workers", "From October 2018",
        [(2, "j", "m", "management oversight/supervision that moves children's plans on")],
        nopipe=True)

    add(2, "Replace the child's plan template with a 'What needs to change' plan: no more than "
        "five outcomes for the child, written so that the child and family can understand them, "
        "each with the person responsible and a review date.",
        "Helen Marchbank, Principal Social Worker", "November 2018",
        [(3, "j", "h", "plans focus on improving outcomes")])
    add(2, "Add a compulsory 'Who I am' section to the single assessment covering heritage, faith, "
        "language, culture and the child's own sense of identity, and refresh the assessment "
        "before any conference or looked after review where the child's circumstances have "
        "changed.",
        "Assessment Service Manager", "31/10/2018",
        [(3, "j", "h", "up-to-date holistic assessment including ethnicity, identity and culture")],
        split="sense of identity,")
    add(2, "Identity and belonging workshops for all social workers, run with the Vale Community "
        "Alliance, covering Gypsy, Roma and Traveller families, young people who have arrived "
        "alone in the UK, and mixed heritage children in care.",
        "Workforce Development Team", "Q4 2018/19",
        [(3, "j", "h", "children's ethnicity, identity and cultural needs")])
    add(2, "IROs to confirm at every review that the care plan follows from a current assessment "
        "and to record a plan quality rating in the review record.",
        "Independent Reviewing Officers", "Ongoing",
        [(3, "j", "h", "reviews informed by an up-to-date assessment"),
         (2, "j", "m", "IRO scrutiny of plan quality")])

    add(3, "Joint investigation protocol with Quantock Vale Constabulary's Child Abuse "
        "Investigation Team: a detective attends every strategy discussion where a joint section "
        "47 enquiry is likely, and the discussion agrees who will see the child first so that "
        "children tell their story once.",
        "Tom Ashcroft-Reed, Service Manager, Front Door Hub / DI, CAIT", "December 2018",
        [(5, "j", "h", "joint investigations appropriately planned")], split="section")
    add(3, "New strategy discussion record in the Front Door Hub: a named owner and deadline for "
        "every action and a compulsory 'if this doesn't work' section; team managers to check "
        "within 3 working days that the actions have been done.",
        "Tom Ashcroft-Reed, Service Manager, Front Door Hub", "Immediate",
        [(5, "j", "h", "timely completion of actions and clear contingency planning")])
    add(3, "Fortnightly liaison between the Front Door Hub and the Child Abuse Investigation Team "
        "to chase outcomes of police enquiries and video-recorded interviews that are holding up "
        "decisions for children.",
        "Tom Ashcroft-Reed, Service Manager, Front Door Hub", "From 01/09/2018",
        [(5, "j", "m", "timely completion of actions in joint investigations")])

    add(4, "Bring return home interviews in-house to the Adolescent Support Team so that every "
        "young person is offered an interview within 72 hours, where possible by a worker they "
        "already know; weekly timeliness report to the Head of Service.",
        "Adolescent Support Team Manager", "Q2 2018/19",
        [(6, "j", "h", "return home interviews timely")])
    add(4, "What young people say in their interview to be summarised on their record and "
        "considered at their next plan review, and brought to the monthly missing and "
        "exploitation mapping meeting with the Constabulary and Community Safety, which uses it "
        "to target places and people and plan disruption.",
        "Missing and Exploitation Coordinator", "October 2018",
        [(6, "j", "h", "interviews inform individual planning and wider risk-reduction")],
        nopipe=True)
    add(4, "Quarterly quality check of 20 return home interviews by the Missing and Exploitation "
        "Coordinator, with written feedback to each interviewer.",
        "Missing and Exploitation Coordinator", "Quarterly",
        [(6, "j", "h", "quality of return home interviews")])

    add(5, "Adopt one screening tool, the Vale Exploitation Risk Screen, for every child showing "
        "signs of exploitation, completed at referral and again at each review, and built into "
        "the case system so it cannot be skipped.",
        "Head of Service, Safeguarding", "January 2019",
        [(7, "j", "h", "consistent use of tools for all children at risk of sexual exploitation")])
    add(5, "Quarterly exploitation profile drawn from the screening data (risk levels, locations, "
        "associates, trends) presented to the Senior Leadership Team and the Safeguarding "
        "Partnership executive.",
        "Performance and Intelligence Team", "Q4 2018/19",
        [(7, "j", "h", "trend and risk analysis by senior managers")])
    add(5, "Half-day course for social workers, early help practitioners and foster carers on "
        "completing the screen and turning what it shows into a safety plan for the child.",
        "Workforce Development Team", "TBC",
        [(7, "j", "h", "use of tools to improve safety planning")])

    add(6, "Agree the 16/17 Housing Protocol with the district councils' housing teams: every "
        "homeless 16- or 17-year-old referred to children's social care the same day for an "
        "assessment, and told in writing and in person what being looked after under section 20 "
        "would mean for them, with an independent advocate offered to help them decide.",
        "Head of Service, Children Looked After / District Housing Options Managers",
        "March 2019",
        [(9, "j", "h", "homeless 16-17-year-olds advised of their entitlement to be looked after")],
        split="in writing")
    add(6, "Young people who decide not to become looked after to stay open as children in need "
        "with an allocated social worker and a plan, reviewed every three months until they "
        "turn 18.",
        "Assessment Service Manager", "March 2019",
        [(9, "j", "h", "actively supported as children in need")])

    add(7, "Relaunch our pre-proceedings process: a legal planning meeting within 5 working days "
        "of the decision to use the PLO and a first meeting with parents within a further 10; "
        "the Head of Service reviews the tracker monthly so that no family stays in "
        "pre-proceedings beyond 16 weeks without a decision.",
        "Head of Service, Court and Permanence", "Complete",
        [(10, "j", "h", "timeliness of pre-proceedings work")])
    add(7, "Offer every parent entering pre-proceedings a Parent Mentor from Vale Family Voices, "
        "parents who have been through proceedings themselves, to go through our letter and "
        "concerns with them before the first meeting.",
        "Head of Service, Court and Permanence / Vale Family Voices", "April 2019",
        [(10, "j", "h", "help parents understand the concerns")])
    add(7, "Workshops for social workers with Legal Services on writing to parents without "
        "jargon: what we are worried about, what must be different, and the evidence we will "
        "look for.",
        "Legal Services / Workforce Development Team", "February 2019",
        [(10, "j", "h", "standards of practice helping parents understand concerns and change")])

    add(8, "'Vale Carers Plus': higher allowances and a dedicated support worker for carers of "
        "teenagers, sibling groups and parent-and-child placements, aiming for 25 new fostering "
        "households by March 2019.",
        "Fostering Service Manager", "March 2019",
        [(11, "j", "h", "sufficient foster homes")])
    add(8, "Block contract with two independent fostering agencies for 12 placements within the "
        "county, and open a four-bed children's home in Kilverton for young people with complex "
        "needs.",
        "Head of Commissioning, Children's Services", "Q1 2019/20",
        [(11, "j", "h", "range of quality placement options")], nopipe=True)
    add(8, "Weekly Placement Finding Panel to look at every request that could not be matched "
        "in-house and record why, so that gaps feed the 2019 sufficiency statement.",
        "Placements Team Manager", "Ongoing",
        [(11, "j", "m", "placements that meet children's needs")])

    add(9, "Notify the Looked After Children Health Team within 2 working days of a child coming "
        "into care, with consent forms sent at the same time; weekly tracker of initial health "
        "assessments shared with team managers and delays escalated to the Designated Nurse.",
        "Designated Nurse, Children Looked After (Vale CCG) / Team Managers", "30/09/2018",
        [(12, "j", "h", "initial health assessments timely")], split="weekly tracker")
    add(9, "Two extra paediatric clinic sessions a week for initial health assessments, funded "
        "by the Vale Clinical Commissioning Group.",
        "Vale Clinical Commissioning Group", "Q3 2018/19",
        [(12, "j", "h", "initial health assessments timely")])

    add(10, "'Ready When I Am' pathway: tiered moves from Staying Put and supported lodgings to "
        "training flats and a tenancy, with the move date agreed with the young person at "
        "their pathway plan review rather than set by their age.",
        "Leaving Care Team Manager", "December 2018",
        [(13, "j", "h", "support to live independently at a time right for the young person")])
    add(10, "Independent living skills course (cooking, budgeting, keeping a tenancy) for every "
        "young person in care from 16, with a certificate recognised by the district housing "
        "teams.",
        "Leaving Care Team Manager", "From January 2019",
        [(13, "j", "h", "support to live independently")])
    add(10, "Every care leaver who is not in education, work or training to have a named adviser "
        "from the Vale Futures service; 12 council apprenticeships kept each year for care "
        "leavers.",
        "Vale Futures Service Manager", "April 2019",
        [(13, "j", "h", "purposeful activity: education, employment or training")])

    add(11, "Youth Justice Service: relaunch the joint out-of-court disposal panel with Quantock "
        "Vale Constabulary and move it to weekly sittings.",
        "Youth Justice Service Manager", "November 2018")
    add(11, "Replace the children's case management system with Vale Connect, with training for "
        "all children's social care staff.",
        "ICT Programme Manager, Children's Services", "Go-live April 2019")
    add(11, "Annual children's services staff conference and practice awards.",
        "Workforce Development Team", "June 2019")
    add(11, "Refresh the terms of reference of the Corporate Parenting Board and run an induction "
        "session for newly elected members.",
        "Democratic Services / Director of Children's Services", "After the May 2019 elections")
    add(11, "Deliver the 2018/19 savings plan for the children's services budget, including the "
        "reduction in agency staffing spend agreed by Cabinet.",
        "Finance Business Partner, Children's Services", "31/03/2019")
    return acts


QUANTOCK = {
    "name": "quantock-vale", "ext": "md", "report": "somerset-80555/2018-01-29.pdf",
    "council": "Quantock Vale Council",
    "actions": quantock_actions,
    "expected": {1: "weak", 2: "covered", 3: "covered", 4: "uncovered", 5: "covered",
                 6: "covered", 7: "covered", 8: "uncovered", 9: "covered", 10: "covered",
                 11: "covered", 12: "weak", 13: "covered"},
    "unanswered": [4, 8], "passing": [1], "partial": [12],
    "orphans": [31, 32, 33, 34, 35], "miscited": [],
    "asks": {12: [("children's initial health assessments are timely", [26, 27]),
                  ("the emotional and mental health needs of care leavers and children looked "
                   "after are recognised and addressed", [])],
             3: [("plans and reviews focus on improving outcomes for children and young people",
                  [5]),
                 ("informed by an up-to-date, holistic assessment of need that includes "
                  "ethnicity, identity and cultural needs", [6, 7, 8])],
             5: [("joint investigations are appropriately planned", [9]),
                 ("timely completion of actions", [10, 11]),
                 ("contingency planning is clear", [10])],
             6: [("return home interviews are timely", [12]),
                 ("of sufficiently good quality to inform individual planning and wider "
                  "risk-reduction strategies", [13, 14])],
             9: [("homeless 16- and 17-year-olds appropriately advised of their entitlement to "
                  "become looked after", [18]),
                 ("those that require it are actively supported as children in need", [19])],
             13: [("support to live independently at a time appropriate to their individual "
                   "needs", [28, 29]),
                  ("all care leavers engaged in some purposeful activity supporting education, "
                   "employment or training", [30])]},
    "notes": (
        "Markdown as written by hand or exported by a converter: '#' title, a short introduction, "
        "then one '## Priority N: ...' heading per priority, an optional italic line, and a pipe "
        "table (| No. | What we will do | Lead | By when |). Each priority heading quotes a few "
        "words of the recommendation it answers in quotation marks and gives no recommendation "
        "number; 'Priority N' is the plan's own numbering and never equals the number of the "
        "recommendation quoted (Priority 3 quotes R5, Priority 9 quotes R12), so explicit_refs "
        "are empty and every link is judged. 'row' is the No. cell (running 1-35); 'section' is "
        "the heading without '## '; 'objective' is null. Some tables are broken as converters "
        "make them: rows 2, 6, 9, 18 and 26 are split over two lines (the action text carries "
        "on at the start of the next line, then the Lead and By when cells follow); rows 4, 13 "
        "and 24 have no trailing pipe. The gold text of a split row is the whole cell joined "
        "with one space. Only the 13 local-authority recommendations exist in this report. "
        "R4 (children kept in police custody) is the hard unanswered one: orphan 31 (Youth "
        "Justice Service out-of-court disposal panel with the Constabulary) and the Priority 3 "
        "actions 9 and 11 (joint investigations with the Constabulary's Child Abuse "
        "Investigation Team, aimed at R5) share its police/partner vocabulary, but nothing is "
        "aimed at children held in custody. R8 (advocacy for children in the child protection "
        "process) is unanswered; action 18 offers an independent advocate to homeless "
        "16-17-year-olds (aimed at R9), not to children in child protection processes. R1 "
        "(senior management capacity) is touched only in passing in action 3, aimed at R2 (the "
        "Head of Service's span of control 'stays wide until the senior leadership restructure "
        "is agreed'); no action adds senior capacity. R12 has two asks; initial health "
        "assessments are answered (26, 27), the emotional and mental health needs of children "
        "looked after and care leavers are not. Orphans 31-35 sit under Priority 11, which "
        "quotes no recommendation. Action 8 answers R3 and R2."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Tamarside — DOCX Word table answering Plymouth 2019-01-07 (ILACS, 6 recommendations).
# The Recommendation cell holds the first few words of the recommendation and "…" on the first
# row of each group and is blank below it; no recommendation numbers anywhere.
# ---------------------------------------------------------------------------------------------

def tamarside_actions():
    acts = []

    def add(rec, text, who, when, measure, links=()):
        acts.append(A(text, who, when, links, objective=rec, measure=measure))

    add("The quality of written…",
        "Introduce one 'Who, What, When' layout for child in need, child protection and children "
        "in care plans on the case system: every action names the person who will do it, the "
        "date it will be done by and how we will know it has worked.",
        "Priya Wenlock, Head of Practice Quality", "January 2019",
        "90% of plans sampled each month meet the layout standard",
        [(2, "j", "h", "quality of written plans: who, what, by when")])
    add(None,
        "Every plan to include a contingency section written for that child, agreed at the "
        "conference, core group or review, saying what we will do if things do not improve.",
        "Child Protection Chairs and IROs", "Immediate",
        "Contingency section completed in all new plans (case system report)",
        [(2, "j", "h", "contingency planning in written plans")])
    add(None,
        "Plans to be updated on the system within 5 working days of every core group, child in "
        "need meeting or children in care review, and review minutes sent to the family and "
        "professionals within 15 working days.",
        "Team Managers, Family Support and Protection", "March 2019",
        "Minutes issued within 15 days: baseline 61%, target 95%",
        [(2, "j", "h", "plans updated to reflect reviews")])
    add(None,
        "Plan-writing masterclasses for all social workers and independent reviewing officers, "
        "run by the Tamarside Practice Academy using anonymised plans from our own teams.",
        "Principal Social Worker", "Q4 2018/19",
        "All social workers attended by 31/03/2019",
        [(2, "j", "h", "skills in writing plans")])
    add(None,
        "Care plans for older teenagers to set out the help with health, learning and emotional "
        "wellbeing they will get alongside the response to any crisis, and, for those living "
        "outside the city because no local placement could be found for them, how family time "
        "and school will be kept going.",
        "Service Manager, Children in Care", "April 2019",
        "Themed review of 20 teenagers' plans shows clear direction",
        [(2, "j", "h", "quality of care plans for older teenagers")])
    add(None,
        "Child in need reviews to be added to the Independent Reviewing Service's tracker so "
        "that none is overdue and the plan is refreshed at each review.",
        "Independent Reviewing Service Manager", "February 2019",
        "No overdue child in need reviews on the weekly tracker",
        [(2, "j", "m", "plans progressed and refreshed at timely reviews")])
    add(None,
        "Team managers to read and sign off every new plan within 10 working days using the "
        "plan checklist, sending it back to the social worker where it falls short.",
        "Team Managers", "Ongoing",
        "Sign-off within 10 days recorded on 95% of new plans",
        [(2, "j", "h", "quality of written plans")])
    add(None,
        "Give every family a copy of their plan in plain language, and a version written for "
        "the child where they are old enough to read it.",
        "Head of Practice Quality", "May 2019",
        "Family feedback survey: 80% say they understand their plan",
        [(2, "j", "h", "written plans that families can understand")])

    add("The quality of recording of…",
        "New supervision recording template on the case system (case discussion, reflection, "
        "decision, actions with dates), with each case decision copied automatically to the "
        "child's record.",
        "Head of Practice Quality / Case System Project Team", "31/03/2019",
        "Template used in all recorded supervision from April 2019",
        [(4, "j", "h", "recording of supervision")])
    add(None,
        "Formal supervision every four weeks for every social worker and personal adviser, "
        "booked a year ahead, with supervision dates reported monthly on the performance "
        "dashboard.",
        "Team Managers", "From February 2019",
        "95% of staff supervised within four weeks",
        [(4, "j", "m", "supervision taking place and recorded regularly")])
    add(None,
        "Managers to write a 'management decision' case note giving their reasons whenever they "
        "approve a plan, a step-down, a change of placement or closing the case.",
        "Service Managers", "Immediate",
        "Management decision note present at every closure (monthly report)",
        [(4, "j", "h", "recording of management oversight")])
    add(None,
        "Two-day supervision skills course for all team managers and senior practitioners at "
        "the Tamarside Practice Academy, including how to write up supervision so that the "
        "child's story and the reasons for decisions are clear.",
        "Principal Social Worker", "Q1 2019/20",
        "All team managers trained; feedback from staff survey",
        [(4, "j", "h", "quality of recorded supervision")])
    add(None,
        "First Response: a qualified practice supervisor to check and record agreement to every "
        "decision made on a contact by a family support worker before the end of that working "
        "day.",
        "Service Manager, First Response", "Complete",
        "Daily First Response report shows no unchecked decisions",
        [(4, "j", "h", "recording of management oversight at the front door")])
    add(None,
        "Heads of Service to go through the monthly data on supervision frequency and "
        "management decision notes with each team manager at the Performance Review Meeting.",
        "Heads of Service", "Monthly",
        "Performance Review Meeting minutes",
        [(4, "j", "m", "grip on recording of supervision and management oversight")])
    add(None,
        "Add a management oversight panel to the front page of every child's record showing the "
        "last management decision, who made it and when the next one is due.",
        "Case System Project Team", "TBC",
        "Panel live on the case system",
        [(4, "j", "h", "management oversight visible in children's records")])

    add("The quality of services to…",
        "Recruit three more personal advisers so that none works with more than 20 young people, "
        "and give every personal adviser monthly supervision from a social work qualified team "
        "manager in the restructured Next Chapter leaving care service.",
        "Gareth Polwhele, Head of Service, Children in Care and Next Chapter", "June 2019",
        "Average PA caseload 20 or fewer; PA supervision monthly",
        [(5, "j", "h", "quality of services to care leavers (PA caseloads and support)"),
         (4, "j", "m", "personal advisers' supervision")])
    add(None,
        "Publish the Tamarside Care Leavers' Offer, written with the Onward forum, including "
        "exemption from council tax until 25 and priority banding for council and housing "
        "association homes, and promote the care leavers' pledge to every young person.",
        "Next Chapter Service Manager", "April 2019",
        "Offer published; every care leaver given a copy at their next review",
        [(5, "j", "h", "services and entitlements for care leavers")])
    add(None,
        "Pathway plans to be reviewed at least every six months and whenever a young person's "
        "circumstances change, with the young person's own words at the front of the plan.",
        "Next Chapter Team Managers", "March 2019",
        "Pathway plans in date: target 95%",
        [(5, "j", "h", "quality of pathway planning for care leavers")])
    add(None,
        "Stop using bed and breakfast for care leavers: commission 8 supported lodgings places "
        "and an emergency move-in flat with the Tamarside Housing Partnership, and any proposal "
        "to use B&B to need the Director's approval.",
        "Strategic Commissioning Manager / Tamarside Housing Partnership", "Q2 2019/20",
        "No care leaver in B&B from October 2019",
        [(5, "j", "h", "care leavers' accommodation and stability")])
    add(None,
        "Raise the Staying Put allowance paid to former foster carers so that more young people "
        "can stay with them until 21.",
        "Fostering Service Manager", "01/04/2019",
        "Number of young people in Staying Put arrangements",
        [(5, "j", "h", "stability for care leavers")])
    add(None,
        "Every young person to be given a summary of their health history by the children in "
        "care nurse before their 18th birthday, talked through with them.",
        "Designated Nurse, Children in Care (Tamarside CCG)", "September 2019",
        "Health histories given to 95% of young people at 18",
        [(5, "j", "m", "quality of services to care leavers (health histories)")])
    add(None,
        "Personal advisers' learning programme and a monthly team development afternoon, "
        "covering housing law, benefits and supporting young people's emotional wellbeing.",
        "Next Chapter Service Manager / Tamarside Practice Academy", "From May 2019",
        "PA attendance; PA morale in the annual staff survey",
        [(5, "j", "m", "personal advisers' training to improve services to care leavers")])

    add("Departmental priorities (not arising from the inspection)",
        "Internal Audit to check a sample of case files in the Family Support Programme each "
        "quarter before the payment-by-results claim is submitted to government.",
        "Family Support Programme Manager / Internal Audit", "Quarterly",
        "Claims verified with no adjustment")
    add(None,
        "Transfer adoption recruitment and family finding to the regional adoption agency, "
        "Adopt Tamar Peninsula.",
        "Head of Permanence", "July 2019",
        "Transfer complete on time")
    add(None,
        "Private fostering awareness campaign with language schools, GPs and faith groups.",
        "Private Fostering Lead", "Q1 2019/20",
        "Notifications of private fostering arrangements")
    add(None,
        "Annual Children in Care Awards evening, the 'Tamar Stars', planned with the children "
        "in care council.",
        "Participation Officer", "October 2019",
        "Event held")
    add(None,
        "Children's services budget recovery plan, including reducing agency social work spend.",
        "Finance Business Partner (People)", "31/03/2020",
        "Outturn within budget")
    return acts


TAMARSIDE = {
    "name": "tamarside", "ext": "docx", "report": "plymouth-80538/2019-01-07.pdf",
    "council": "Tamarside City Council",
    "actions": tamarside_actions,
    "expected": {1: "uncovered", 2: "covered", 3: "weak", 4: "covered", 5: "weak",
                 6: "uncovered"},
    "unanswered": [1, 6], "passing": [3], "partial": [5],
    "orphans": [23, 24, 25, 26, 27], "miscited": [],
    "asks": {5: [("the quality of services to care leavers", [16, 17, 18, 19, 20, 21, 22]),
                 ("education, employment and training opportunities for care leavers", [])],
             4: [("the quality of recording of supervision", [9, 10, 12, 14, 16]),
                 ("the quality of recording of management oversight", [11, 13, 14, 15])]},
    "notes": (
        "DOCX, one Word table (Recommendation | Actions | Responsible officer | Target date | "
        "Measure of success) after a title, an introduction and a plan-owner line. The "
        "Recommendation cell holds the first few words of the recommendation followed by '…' "
        "on the first row of each group ('The quality of written…' = R2, 'The quality of "
        "recording of…' = R4, 'The quality of services to…' = R5; R1 and R6 also begin 'The "
        "quality of') and is blank on the rows below it; the last group's cell reads "
        "'Departmental priorities (not arising from the inspection)'. No recommendation number "
        "appears anywhere, so explicit_refs are empty and every link is judged. 'row' and "
        "'section' are null; 'objective' is the Recommendation cell as written on the group's "
        "first row and null on the blank rows. The Measure of success cell is not part of the "
        "action text. R1 (strategy discussions) is simply absent. R6 (quality of and learning "
        "from auditing of casework) is the hard unanswered one: orphan 23 (Internal Audit "
        "checks a sample of Family Support Programme case files before a payment-by-results "
        "claim) shares 'audit' and 'case files', and actions 7 and 14 (managers checking plans, "
        "heads of service reviewing supervision data) are quality checks aimed at R2 and R4, "
        "not casework audit or learning from it. R3 (sufficiency of local placements for older "
        "children) is touched only in passing in action 5, aimed at R2 (plans for teenagers "
        "'living outside the city because no local placement could be found for them'); action 19 "
        "(supported lodgings and an emergency flat for care leavers, aimed at R5) is "
        "accommodation for young adults leaving care, not placements for older children. R5 "
        "has two asks; services to care leavers are answered (16-22), education, employment "
        "and training opportunities are not. R4 has two asks, both answered. Action 16 answers "
        "R5 and R4 (personal advisers' supervision). Orphans 23-27."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Riverside Hythe — XLSX workbook, one sheet per priority, answering Newham 2014-08-08
# (SIF, LA recommendations 9-18). Objective | Action | Lead | Deadline | RAG; the objective is
# the council's own outcome, filled only on its first row; no recommendation numbers anywhere.
# ---------------------------------------------------------------------------------------------

def riverside_actions():
    acts = []

    def add(sheet, obj, text, lead, date, rag, links=()):
        acts.append(A(text, lead, date, links, section=sheet, objective=obj, rag=rag))

    S = "Early help in the community"
    add(S, "Families find help early, from the people they already know",
        "Roll out the Family Support Pathway: schools, GPs, health visitors and children's "
        "centres to use a shared early help assessment and act as lead professional themselves, "
        "with a Families Together coordinator in each of the four localities to support them.",
        "Head of Early Help", "September 2014", "A",
        [(10, "j", "h", "partners deliver early help without a social care referral")])
    add(S, None,
        "Partners to be able to request help directly from the Locality Early Help Panel "
        "instead of going through Triage, with a decision within 5 working days and the "
        "referrer told which service will contact the family.",
        "Early Help Service Manager", "Q3 2014/15", "G",
        [(10, "j", "h", "more children receive early help without a referral to social care")])
    add(S, None,
        "Threshold workshops, run with the Safeguarding Children Board, for designated "
        "safeguarding leads in all schools, GP practice leads and housing officers, using local "
        "examples of families who could have been helped without a social care referral.",
        "Safeguarding Children Board Business Manager", "December 2014", "G",
        [(10, "j", "h", "partners' understanding of when early help is the right response")])
    add(S, "Partners and volunteers feel valued",
        "Hold the annual Families Together celebration for volunteers, community groups and "
        "partner organisations.",
        "Families Together Programme Officer", "March 2015", "G")

    S = "Knowing each child's story"
    add(S, "Every child's file tells their whole story from birth",
        "Add a full family history chronology to the case system that starts from the child's "
        "birth rather than from the referral, completed within 20 working days of allocation "
        "and updated at each review.",
        "Marcus Fenwright, Principal Social Worker", "31/10/2014", "A",
        [(11, "j", "h", "chronologies of sufficient quality")])
    add(S, None,
        "Chronology training for all social workers and team managers, showing how significant "
        "events in a child's life should shape the analysis in an assessment.",
        "Principal Social Worker", "Q3 2014/15", "A",
        [(11, "j", "h", "chronologies informing assessments")])
    add(S, None,
        "Team managers to confirm at sign-off of each assessment that the chronology has been "
        "read and used in the analysis and in the decision.",
        "Team Managers, Assessment and Intervention", "Immediate", "G",
        [(11, "j", "h", "chronologies informing assessments and decision-making")])
    add(S, "Anyone who opens a child's file, day or night, can see what has happened and what is "
        "planned",
        "All case notes to be entered within 3 working days of the visit or meeting, with a "
        "weekly report to each team manager of recording that is outstanding.",
        "Team Managers", "From 01/09/2014", "A",
        [(12, "j", "h", "records up to date")])
    add(S, None,
        "Four-week recording catch-up, with business support staff, to bring child in need "
        "meeting notes and case closure summaries up to date.",
        "Business Support Manager", "Complete", "G",
        [(12, "j", "h", "records reflect activity undertaken")])
    add(S, None,
        "Missing episodes, risks and key contacts to be recorded on one 'alerts' screen that the "
        "Emergency Duty Team can see at a glance.",
        "Case Management System Lead", "TBC", "R",
        [(12, "j", "m", "records reflecting activity, usable out of hours")])

    S = "Management grip"
    add(S, "Managers know every child in their team and can say whether our help is working",
        "Every open case to have a recorded management review at least every six weeks using "
        "the 'Three Questions': what is life like for this child, is what we are doing making a "
        "difference, and what happens next.",
        "Heads of Service, Children's Social Care", "October 2014", "A",
        [(13, "j", "h", "managers oversee all cases regularly, focus on children's experiences "
          "and impact")])
    add(S, None,
        "Two additional team manager posts in the assessment service so that no team manager "
        "supervises more than seven social workers.",
        "Divisional Director, Children's Social Care", "January 2015", "R",
        [(13, "j", "m", "managers' capacity to oversee all cases"),
         (17, "j", "m", "manageable workloads for managers")])
    add(S, None,
        "New child in need meeting record showing progress against each outcome since the last "
        "meeting, signed off by the team manager.",
        "Child in Need Service Manager", "November 2014", "A",
        [(13, "j", "h", "managers consider whether actions are having a positive impact")])
    add(S, None,
        "Monthly 'grip' meeting chaired by each service manager on children whose cases have "
        "been open for more than a year without clear progress.",
        "Service Managers", "Monthly", "G",
        [(13, "j", "h", "oversight of impact to inform next steps")])

    S = "Children who go missing"
    add(S, "Fewer children go missing again",
        "Return interviews to record who the young person was with, where they went and why, "
        "in a set format, and the Missing Coordinator to produce a monthly patterns report for "
        "the Missing and Exploitation Panel so that each child who goes missing again and again "
        "has a plan to stop it happening.",
        "Missing Coordinator", "September 2014", "A",
        [(14, "j", "h", "analysis of triggers and patterns to reduce re-occurrence")])
    add(S, None,
        "Quarterly hotspot mapping of missing episodes with the police missing persons unit and "
        "the Community Safety Partnership.",
        "Missing Coordinator / Community Safety Partnership Manager", "Q4 2014/15", "A",
        [(14, "j", "h", "analysis of patterns to reduce risk")])

    S = "Homes close to home"
    add(S, "Children coming into care can stay near their family, friends and school",
        "'Open Your Door' campaign to recruit 30 new Riverside Hythe foster carers, focusing on "
        "carers who can take children at short notice.",
        "Fostering Recruitment Manager", "March 2015", "A",
        [(15, "j", "h", "more placements in the borough")])
    add(S, None,
        "Retain four 'first night' foster carers on a fee so that children starting to be looked "
        "after can stay in the borough from day one.",
        "Fostering Service Manager", "December 2014", "R",
        [(15, "j", "h", "placements in the borough when children start to be looked after")])
    add(S, None,
        "Join the East Thames commissioning framework with neighbouring boroughs to buy "
        "independent fostering placements within ten miles of the borough.",
        "Head of Commissioning, Children", "Q2 2014/15", "G",
        [(15, "j", "h", "placements close to the borough")])
    add(S, None,
        "Placement Request Panel to approve any placement more than 20 miles away and review "
        "every month whether the child can move closer.",
        "Head of Children Looked After", "Ongoing", "G",
        [(15, "j", "m", "children placed close to the borough")])

    S = "Our workforce"
    add(S, "A settled, permanent team of social workers with time for children",
        "'Hythe Works' recruitment campaign for 25 permanent social workers (relocation package "
        "and key-worker housing), to bring agency staff in the assessment service down from a "
        "third to under 15%.",
        "Sunita Callow, Workforce Strategy Manager", "31/03/2015", "A",
        [(17, "j", "h", "a stable social care workforce")])
    add(S, None,
        "Six extra social workers for the Triage and Assessment service so that caseloads come "
        "down to no more than 18 children.",
        "Divisional Director, Children's Social Care", "Immediate", "G",
        [(17, "j", "h", "manageable caseloads")])
    add(S, None,
        "Newly qualified social workers in their ASYE year to hold no more than 15 children, "
        "alongside the fortnightly supervision the ASYE programme already gives them.",
        "ASYE Coordinator", "September 2014", "G",
        [(17, "j", "h", "manageable caseloads for newly qualified staff")])
    add(S, None,
        "Advanced Practitioner posts and a retention payment after two years' service, so that "
        "experienced social workers have a reason to stay.",
        "Head of HR, People Directorate", "April 2015", "A",
        [(17, "j", "h", "a stable, skilled workforce")])
    add(S, "Social workers have the skills our families need",
        "Core practice programme at the Riverside Learning Hub for every social worker: "
        "analysis in assessments, gangs and exploitation, and court skills.",
        "Learning and Development Manager", "Q3 2014/15", "A",
        [(17, "j", "h", "a sufficiently skilled workforce")])

    S = "Running the service"
    add(S, "Systems that work for staff",
        "Upgrade the children's case management system to the new version and move all forms "
        "to the new workflow.",
        "ICT Business Partner", "Q1 2015", "A")
    add(S, "Families are listened to when things go wrong",
        "Respond to every stage 1 complaint within 10 working days.",
        "Complaints Manager", "Ongoing", "G")
    add(S, "Families of disabled children can find what is on offer",
        "Publish the Local Offer for children and young people with special educational needs "
        "and disabilities.",
        "SEND Strategic Lead", "01/09/2014", "G")
    add(S, "Living within our budget",
        "Deliver £1.2m savings from the 2014/15 children's services budget.",
        "Finance Business Partner", "31/03/2015", "A")
    return acts


RIVERSIDE = {
    "name": "riverside-hythe", "ext": "xlsx", "report": "newham-80511/2014-08-08.pdf",
    "council": "Riverside Hythe Council",
    "actions": riverside_actions,
    "expected": {9: "uncovered", 10: "covered", 11: "covered", 12: "covered", 13: "covered",
                 14: "weak", 15: "covered", 16: "uncovered", 17: "covered", 18: "weak"},
    "unanswered": [9, 16], "passing": [18], "partial": [14],
    "orphans": [4, 26, 27, 28, 29], "miscited": [],
    "asks": {14: [("improve the analysis of triggers and patterns when children return after "
                   "being missing, to reduce the risk of re-occurrence", [15, 16]),
                  ("include looked after children who go missing for short periods from their "
                   "placements", [])],
             13: [("managers oversee all cases regularly", [11, 12, 14]),
                  ("focus on children's experiences", [11]),
                  ("consider whether actions taken are having a positive impact", [11, 13, 14])],
             17: [("manageable caseloads for all staff", [12, 22, 23]),
                  ("a sufficiently stable social care workforce", [21, 24]),
                  ("a sufficiently skilled social care workforce", [24, 25])]},
    "notes": (
        "XLSX workbook with one sheet per priority (sheet names are the priority names); each "
        "sheet has a title row, a blank row, then the header Objective | Action | Lead | "
        "Deadline | RAG. The objective cell states the council's own outcome and is filled only "
        "on the first row of each objective; no recommendation numbers anywhere. 'row' is null; "
        "'section' is the sheet name; 'objective' is the Objective cell as written, null on the "
        "rows below it. RAG is not part of the action text. The report's LA recommendations are "
        "numbered 9-18 (the LSCB's 142-143 are out of scope). R9 (evaluate with partners "
        "whether early help reduces the need for statutory services) is the hard unanswered "
        "one: actions 1-3 (aimed at R10) and orphan 4 (the Families Together celebration) share "
        "its early help and partners vocabulary, but nothing evaluates early help or its "
        "effect on demand. R16 (training, apprenticeships and employment for care leavers not "
        "in higher education) is simply absent. R18 (regular formal supervision) is touched "
        "only in passing in action 23, aimed at R17 ('alongside the fortnightly supervision the "
        "ASYE programme already gives them'). R14 has two asks; triggers and patterns analysis "
        "is answered (15, 16), looked after children missing for short periods from their "
        "placements are not mentioned. Action 12 answers R13 and R17. Orphans 4 (on the early "
        "help sheet) and 26-29 (the 'Running the service' sheet)."),
}


PLANS = [QUANTOCK, TAMARSIDE, RIVERSIDE]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_quantock(plan, acts, path):
    lines = ["# Quantock Vale Council", "",
             "## Children's Services Improvement Plan 2018 - 2020: \"Good for Every Child\"", "",
             "This plan is our response to the Ofsted inspection of services for children in need "
             "of help and protection, children looked after and care leavers (report published "
             "January 2018). It is owned by the Director of Children's Services and reported "
             "every month to the Practice Improvement Board, chaired by the Chief Executive, and "
             "every quarter to the Scrutiny Committee for Children and Families.", "",
             "Each priority below quotes the part of the inspection report it responds to. "
             "Progress against each action is tracked separately in the monthly highlight "
             "report.", ""]
    seps = ["|-----|-----------------|------|---------|", "| --- | --- | --- | --- |"]
    current, k = None, 0
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            intro = dict(QV_PRIORITIES)[current]
            if k:
                lines.append("")
            lines += ["## " + current, ""]
            if intro:
                lines += ["*" + intro + "*", ""]
            lines += ["| No. | What we will do | Lead | By when |", seps[k % 2]]
            k += 1
        split, nopipe = a["extra"]["split"], a["extra"]["nopipe"]
        assert "|" not in a["text"] + a["lead"] + a["date"]
        end = "" if nopipe else " |"
        if split:
            i = a["text"].index(" " + split)
            lines.append(f"| {a['row']} | {a['text'][:i]}")
            lines.append(f"{a['text'][i + 1:]} | {a['lead']} | {a['date']}{end}")
        else:
            lines.append(f"| {a['row']} | {a['text']} | {a['lead']} | {a['date']}{end}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_tamarside(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    doc.add_heading("Tamarside City Council", level=0)
    doc.add_heading("Children, Young People and Families: Post-Inspection Action Plan 2019-2020",
                    level=1)
    doc.add_paragraph(
        "Ofsted inspected our children's social care services between late October and early "
        "November 2018 under the inspection of local authority children's services (ILACS) "
        "framework. Inspectors found much that is improving and set out the areas where we "
        "still need to improve. This plan sets out what we will do, who is responsible and "
        "when, and how we will know that it has made a difference for children and young "
        "people.")
    doc.add_paragraph(
        "The plan is monitored monthly by the Children's Improvement Board and reported to "
        "the Caring for Children and Young People Scrutiny Panel every quarter.")
    p = doc.add_paragraph()
    p.add_run("Plan owner: ").bold = True
    p.add_run("Strategic Director for People. Version 1.2, February 2019.")
    cols = ["Recommendation", "Actions", "Responsible officer", "Target date",
            "Measure of success"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, cols):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    trpr = table.rows[0]._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    trpr.append(hdr)
    for a in acts:
        cells = table.add_row().cells
        for cell, text in zip(cells, [a["objective"] or "", a["text"], a["lead"], a["date"],
                                      a["extra"]["measure"]]):
            cell.text = text
        if a["objective"]:
            for run in cells[0].paragraphs[0].runs:
                run.bold = True
    widths = [Cm(4.0), Cm(10.5), Cm(4.5), Cm(2.8), Cm(4.3)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    docx_props(doc, "Tamarside Children's Services", "Post-Inspection Action Plan 2019-2020")
    doc.save(path)
    normalise_zip(path)


def write_riverside(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    wb.remove(wb.active)
    fills = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}
    sheets = []
    for a in acts:
        if a["section"] not in sheets:
            sheets.append(a["section"])
    for name in sheets:
        ws = wb.create_sheet(title=name)
        ws.append(["Riverside Hythe Council - Children's Services Improvement Plan 2014/15"])
        ws.append(["Owner: Corporate Director, Children and Young People | Updated monthly for "
                   "the Children's Services Improvement Board"])
        ws.append([])
        ws.append(["Objective", "Action", "Lead", "Deadline", "RAG"])
        rows = [a for a in acts if a["section"] == name]
        for a in rows:
            ws.append([a["objective"], a["text"], a["lead"], a["date"], a["extra"]["rag"]])
        ws["A1"].font = Font(bold=True, size=13)
        for c in ws[4]:
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="385723")
        for r in range(5, 5 + len(rows)):
            for col in "ABCDE":
                ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
            ws[f"E{r}"].fill = PatternFill("solid", fgColor=fills[ws[f"E{r}"].value])
        for col, w in zip("ABCDE", (34, 70, 30, 16, 7)):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A5"
    p = wb.properties
    p.creator = "Riverside Hythe Children's Services"
    p.lastModifiedBy = "Riverside Hythe Children's Services"
    p.title = "Children's Services Improvement Plan 2014/15"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


WRITERS = {"quantock-vale": write_quantock, "tamarside": write_tamarside,
           "riverside-hythe": write_riverside}


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def check_design(gold, plan):
    """This set's own design rules, on top of _coverage_sets.check (which main runs first)."""
    name = gold["plan"]
    recs = {r["id"] for r in gold["recommendations"]}
    acts = {a["id"]: a for a in gold["actions"]}
    assert 25 <= len(acts) <= 35, (name, len(acts))
    linked = {}
    for l in gold["links"]:
        linked.setdefault(l["rec"], set()).add(l["action"])
    d = gold["design"]
    assert len(d["unanswered"]) == 2 and len(d["passing"]) == 1 and len(d["partial"]) == 1, name
    assert 4 <= len(d["orphans"]) <= 5, name
    # no plan in this set cites a recommendation number
    assert all(not a["explicit_refs"] for a in acts.values()), name
    # recommendation texts are the report gold's, local authority only
    assert [r["text"] for r in gold["recommendations"]] == [
        r["text"] for r in report_recs(gold["report"])], name
    return True


if __name__ == "__main__":
    main(sys.argv[1:], 'f', PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(20, 40))
