"""Write the sealed coverage evaluation set "o": three fictional improvement plans published as
PDF documents, each answering one real Ofsted report, and the hand-written gold annotation of
each plan.

    python scripts/make_coverage_plans_o.py            # writes documents and gold
    python scripts/make_coverage_plans_o.py --check    # only runs the consistency checks

Documents: corpus/coverage/o/<name>.pdf      Gold: corpus/gold/coverage/o/<name>.json

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

The three layouts are the PDF forms councils most often publish: a landscape ruled table exported
from Word (header row repeated, rows allowed to break across pages), a portrait narrative, and a
tracker spreadsheet printed to PDF. All councils, people, teams, systems and programmes are
fictional. Output is deterministic: reportlab runs in invariant mode, with fixed title, author,
subject and creator metadata and no timestamps.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, main, numbered_canvas, report_recs, reportlab_canvas, xml_escape  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


def _rec_texts(report):
    return {r["number"]: r["text"] for r in report_recs(report)}


# ---------------------------------------------------------------------------------------------
# Plan 1: Kingsmere - landscape Word table exported to PDF, answering Haringey 2014-07-18 (SIF,
# 17 local-authority recommendations numbered 26-42 in the report). Columns Ref | Rec no. |
# Ofsted recommendation | Action | Lead officer | Target date | RAG / progress. The recommendation
# text is in its cell only on the first row of its group; the Rec no. cell is filled on about
# half of the rows. Full-width shaded rows name the sections.
# ---------------------------------------------------------------------------------------------

KM_REPORT = "haringey-80498/2014-07-18.pdf"

KM_SECTIONS = {
    1: "Section 1: Children who need help and protection",
    2: "Section 2: Children looked after and achieving permanence",
    3: "Section 3: Care leavers",
    4: "Section 4: Leadership, management and governance",
    5: "Section 5: Wider service developments (not arising from a specific recommendation)",
}


def kingsmere_actions():
    recs = _rec_texts(KM_REPORT)
    acts = []
    state = {"group": 0, "i": 0, "rec": None}

    def group(rec, section):
        """Start the next group of rows (one recommendation, or None for the wider section)."""
        state["group"] += 1
        state["i"] = 0
        state["rec"] = rec
        state["section"] = KM_SECTIONS[section]
        state["first"] = True

    def add(cite, text, lead, date, progress, links=(), mis=False):
        state["i"] += 1
        m = re.fullmatch(r"(?:Rec )?(\d+)", cite)
        refs = [int(m.group(1))] if m else []
        objective = None
        if state["first"] and state["rec"] is not None:
            objective = recs[state["rec"]]
        state["first"] = False
        acts.append(A(text, lead, date, links, refs, mis,
                      row=f"{state['group']}.{state['i']}", section=state["section"],
                      objective=objective, cite=cite, progress=progress))

    # ---- Section 1 -------------------------------------------------------------------------
    group(26, 1)
    add("Rec 26", "Partners to sign off the Kingsmere Early Help Strategy 2014-17 at the Children's "
        "Trust Board: one early help offer for children and young people aged 0-19, delivered "
        "through three locality Early Help Partnerships that bring together children's centres, "
        "schools, health visiting, the youth service and the voluntary sector, each with a single "
        "point of access for families and professionals.",
        "Assistant Director, Prevention and Early Help", "October 2014",
        "A - Strategy approved by Cabinet 16/09. Partner sign-off at CTB on 14 October.",
        [(26, "e", "h", "comprehensive, coordinated multi-agency early help offer")])
    add("", "Replace the CAF with the Kingsmere Early Help Assessment and a lead professional "
        "model; 300 practitioners from schools, health and the voluntary sector trained as lead "
        "professionals, and every early help plan recorded on the LCS early help module.",
        "Early Help Service Manager", "March 2015",
        "A - 140 practitioners trained to date. LCS early help module live in two localities.",
        [(26, "j", "h", "integrated working: common assessment, lead professional, shared record")])
    add("26", "Set up a joint commissioning group with Kingsmere CCG and Public Health to pool the "
        "budgets for parenting programmes, family support and children's emotional health "
        "services below the social care threshold, with a single joint commissioning plan from "
        "April 2015.",
        "Head of Commissioning, Children and Young People / CCG Director of Commissioning",
        "01/04/2015",
        "R - Section 75 agreement not yet drafted; legal advice requested.",
        [(26, "e", "h", "shared commissioning arrangements which maximise resources")])

    group(27, 1)
    add("Rec 27", "Strategy discussions in the First Response teams to be held as a meeting or "
        "conference call with the police Child Abuse Investigation Team and a health "
        "professional (the child's health visitor or school nurse, or the MASH health "
        "practitioner) as a minimum, and with the school or nursery whenever the child attends "
        "one.",
        "Head of First Response / MASH Health Lead", "From 01/10/2014",
        "G - Conference call facility and health rota in place from 1 October.",
        [(27, "e", "h", "strategy discussions include all relevant agencies")])
    add("", "Team managers to record on LCS which agencies took part in each strategy discussion "
        "and the reason where an agency did not; the weekly First Response performance report to "
        "show the proportion of strategy discussions with police, health and education all "
        "involved.",
        "First Response Team Managers", "November 2014",
        "A - LCS form change booked for release on 20 November.",
        [(27, "j", "h", "monitoring which agencies take part in strategy discussions")])

    group(28, 1)
    add("Rec 28", "Screening team to pass every contact that needs a social work assessment to a "
        "First Response team within one working day, so that no contact is held in screening "
        "for longer than 24 hours, and the child is seen within five working days.",
        "MASH Manager", "Immediate",
        "G - 94% passed within 24 hours in August.",
        [(28, "e", "h", "timely assessment for children in need")])
    add("", "Open a Child in Need Support Team (two senior practitioners and four family support "
        "workers) so that children assessed as in need start to receive help while the "
        "assessment is still being completed, not only once it has been signed off.",
        "Head of Safeguarding and Support", "January 2015",
        "A - Posts advertised. Interviews w/c 3 November.",
        [(28, "j", "h", "support at an early stage to safely reduce risk")])
    add("28", "Weekly assessment tracking meeting in each First Response team: any single "
        "assessment that reaches 30 working days without the child being seen or a plan for "
        "support is escalated to the Head of Service. Target 90% completed within 45 working "
        "days.",
        "Heads of Service, First Response", "Weekly",
        "G - 86% within 45 working days (Q1 2014/15).",
        [(28, "e", "h", "timeliness of assessments for children in need")])

    group(29, 1)
    add("Rec 29", "Revise the single assessment guidance so that wherever neglect is a concern the "
        "assessment starts from a chronology of previous referrals and periods of involvement, "
        "and analyses domestic abuse, drug and alcohol use and parental mental health as "
        "long-standing patterns rather than as the latest incident.",
        "Principal Social Worker", "November 2014",
        "A - Draft guidance with the practice forum for comment.",
        [(29, "e", "h", "neglect assessments fully consider historical concerns")])
    add("", "Roll out the Graded Care Profile for neglect, with training for every First "
        "Response and Safeguarding and Support team and for health visitors and school nurses.",
        "Workforce Development Manager / Safeguarding Children Board Training Officer",
        "Q4 2014/15",
        "R - Trainer capacity: two dates cancelled. New dates from January.",
        [(29, "j", "h", "quality of assessments where chronic neglect is the concern")])
    add("", "Adult mental health, the Kingsmere Recovery Service (drugs and alcohol) and the "
        "domestic abuse advocacy service each to name a link worker for every First Response "
        "team, who contributes to assessments where those concerns are present and shares what "
        "the adult service already knows about the parent's history.",
        "Head of First Response / Director of Public Health", "March 2015",
        "A - Recovery Service link workers in place. Mental health links not yet agreed with "
        "the Trust; domestic abuse service awaiting new contract. Escalated to the Children's "
        "Improvement Board in October, which asked the Director of Public Health to resolve "
        "this with the Trust's Clinical Director by the end of December, and for a progress "
        "report to the January meeting.",
        [(29, "j", "h", "historical concerns about DV, substance misuse and adult mental health "
          "considered in assessments")])

    group(30, 1)
    add("Rec 30", "Private fostering awareness campaign 'Someone else's child?': leaflets in GP "
        "surgeries, schools, language schools, faith settings and community groups, and a "
        "private fostering briefing at every head teachers' forum and at the GP safeguarding "
        "leads meeting.",
        "Private Fostering Lead (Safeguarding and Support)", "Launch October 2014, then termly",
        "G - Campaign launched 6 October. Two new notifications since launch.",
        [(30, "e", "h", "promote awareness of privately fostered children")])
    add("", "Every notification of a private fostering arrangement to be visited within seven "
        "working days and assessed by the dedicated private fostering social worker, with the "
        "child seen alone, and the arrangement reviewed by the team manager at 42 days.",
        "Team Manager, Safeguarding and Support", "From September 2014",
        "A - 3 of 5 first visits within 7 working days.",
        [(30, "j", "h", "timely, high quality assessment of privately fostered children")])
    add("30", "Privately fostered children and their carers to have a written support plan and "
        "access to the same support groups, training and leisure passes as kinship carers.",
        "Private Fostering Lead", "December 2014",
        "",
        [(30, "e", "h", "the support privately fostered children need")])

    group(31, 1)
    add("Rec 31", "Keep the improvement in initial child protection conferences: the Conference "
        "Booking Officer to check every day each section 47 enquiry likely to go to conference, "
        "and to report each Monday to the Head of Safeguarding and Quality any ICPC at risk of "
        "falling outside 15 working days.",
        "Safeguarding and Quality Service Manager", "Weekly",
        "G - 84% within 15 working days (August); 68% April-May.",
        [(31, "e", "h", "consolidating timely ICPCs within 15 working days")])
    add("", "Social work reports for initial conferences to be shared with parents at least two "
        "working days before the conference, with an interpreter booked at the same time where "
        "one is needed, so that conferences are not adjourned.",
        "Heads of Service, First Response", "October 2014",
        "A - Reports shared on time for 61% of conferences in September.",
        [(31, "j", "m", "initial conferences held without delay (not adjourned)")])

    # ---- Section 2 -------------------------------------------------------------------------
    group(33, 2)
    add("Rec 33", "'Foster Kingsmere' recruitment campaign with a target of 30 new in-house "
        "fostering households by March 2016, aimed at the east of the borough, carers for "
        "teenagers and carers for brothers and sisters; the external recruitment agency to be "
        "held to monthly targets under its contract.",
        "Head of Placements and Fostering", "March 2016",
        "A - 11 households approved since April; 9 assessments under way. Agency behind its "
        "contract target for the second month: contract meeting 12 November.",
        [(33, "e", "h", "sufficient in-house and local foster carers recruited")])
    add("", "Foster carer support offer: every carer to have a permanent supervising social "
        "worker within ten working days of approval, a 24-hour support line, a buddy from the "
        "Foster Carers' Association and a training programme on caring for children whose "
        "behaviour is challenging, so that we keep the carers we recruit.",
        "Fostering Team Manager", "January 2015",
        "A - Six carers still without a permanent supervising social worker.",
        [(33, "j", "m", "retaining in-house carers so that more children live locally "
          "(report para 68); support rather than recruitment")])
    add("33", "Raise the in-house fostering allowance to the London average, introduce a skills "
        "payment for carers of teenagers, and pay a 'refer a friend' fee to any carer who "
        "brings a new household into fostering.",
        "Head of Placements and Fostering / Finance Business Partner", "April 2015",
        "R - Awaiting the budget decision at Cabinet in February.",
        [(33, "e", "h", "recruiting and keeping in-house foster carers")])

    group(36, 2)
    add("Rec 36", "Introduce an adolescent risk assessment for every looked after young person "
        "aged 12 and over, covering going missing, sexual exploitation, substance misuse, "
        "self-harm and risky relationships; recorded on LCS, reviewed at every looked after "
        "review and updated whenever the young person's circumstances change.",
        "Head of Children in Care", "December 2014",
        "A - Tool piloted in two teams; borough-wide roll-out from December.",
        [(36, "e", "h", "risks to looked after young people assessed, documented and reviewed "
          "as they grow older")])
    add("", "Care plans for children in long-term care to open with a 'My story so far' section "
        "drawn from the chronology and from any life story work already done with the child, "
        "and managers to check when they sign off the plan that the medium and long-term "
        "arrangements take account of that history.",
        "Service Manager, Children in Care", "February 2015",
        "",
        [(36, "j", "h", "life histories considered when making medium and long-term plans")])
    add("36", "Monthly practice seminar for children in care social workers and managers on "
        "research about adolescent development, attachment and placement stability, with a short "
        "research summary linked from the LCS care plan guidance.",
        "Principal Social Worker", "Monthly from November 2014",
        "G - First seminar 4 November (attachment and contact).",
        [(36, "e", "h", "relevant research considered when planning for children")])

    group(37, 2)
    add("Rec 37", "Revise the IRO dispute resolution and escalation protocol: IROs to raise drift "
        "or delay in a child's plan with the team manager within five working days of the "
        "review, escalating to the Head of Service and then the Assistant Director if it is not "
        "resolved; every escalation logged on LCS.",
        "Head of Safeguarding and Quality", "October 2014",
        "G - Protocol live from 1 October. 14 escalations logged in October.",
        [(37, "e", "h", "IROs challenge drift and delay in plans")])
    add("", "Quarterly IRO report to the Corporate Parenting Board and the senior leadership team "
        "analysing escalations and what they show about the quality of services for groups of "
        "children (for example children placed a long way from Kingsmere, children missing from "
        "care and young people at risk of sexual exploitation), with the action taken on each.",
        "IRO Service Manager", "Quarterly from January 2015",
        "",
        [(37, "j", "h", "escalating concerns about service quality so that risks to groups of "
          "children are known and acted on")])
    add("37", "Child protection chairs to keep two initial conference slots free each day so that "
        "an ICPC can always be booked within 15 working days of the strategy discussion, and to "
        "report weekly on any conference held late and why.",
        "Child Protection Chairs / Conference Booking Officer", "From 06/10/2014",
        "G - Daily slots in place.",
        [(31, "j", "h", "timely initial child protection conferences (row cites 37, which is "
          "about the IRO role)")], mis=True)

    group(40, 2)
    add("Rec 40", "Write the Kingsmere Pledge with Voice Up, our children in care council, to "
        "replace the London-wide pledge: what every child in care and care leaver can expect, "
        "including staying put after 18, advocacy, leisure passes and the leaving care grant, "
        "in plain language and in the borough's main community languages.",
        "Participation Manager / Voice Up", "December 2014",
        "A - Voice Up workshops held in September and October; design stage.",
        [(40, "e", "h", "children and care leavers know their rights and entitlements")])
    add("", "Social workers and personal advisers to go through the Pledge and the 'How to "
        "complain' card with each child at the first visit after they come into care and at "
        "every review, and with care leavers at 16 and at 18; IROs to check at the review that "
        "this has been done and record it.",
        "Heads of Service, Children in Care and Young Adults", "From January 2015",
        "",
        [(40, "j", "h", "children know and understand their rights and how to complain")])
    add("40", "A text message and online route for children to make a complaint or ask for an "
        "advocate, with the Complaints Manager reporting each quarter to the Corporate Parenting "
        "Board what children complained about and what changed as a result.",
        "Complaints Manager", "March 2015",
        "R - Online form delayed by the website rebuild.",
        [(40, "e", "h", "know how to make a complaint; needs understood and acted on")])
    add("40", "Pathway plans to be written with the young person at a time and place they choose: "
        "the young person writes the 'My goals' section in their own words, signs the plan and "
        "keeps their own copy, and the personal adviser explains how the plan will help them "
        "move on to their own home, to work or to study.",
        "Young Adults Team Managers", "November 2014",
        "A - 58% of plans signed by the young person (October audit).",
        [(34, "j", "h", "pathway plan produced jointly with the young person (row cites 40, "
          "which is about rights and entitlements)")], mis=True)

    # ---- Section 3 -------------------------------------------------------------------------
    group(34, 3)
    add("Rec 34", "New pathway plan format, designed with care leavers from Voice Up: specific, "
        "measurable and built around the young person's own aspirations for education, work, "
        "housing, money and health.",
        "Head of Young Adults Service", "November 2014",
        "G - New format in use from 3 November.",
        [(34, "e", "h", "pathway plans young people recognise as relevant to their future")])
    add("", "Team managers to audit ten pathway plans a month, including a telephone call to the "
        "young person to ask whether they helped to write the plan and whether they find it "
        "useful; results reported to the Care Leavers' Partnership.",
        "Young Adults Team Manager", "Monthly",
        "",
        [(34, "j", "h", "assurance that plans are produced jointly and understood")])
    add("34", "Every looked after young person to have a pathway plan within three months of their "
        "16th birthday, tracked by the Young Adults Service.",
        "", "31/03/2015",
        "A - 88% of eligible young people have a plan.",
        [(34, "e", "h", "all looked after young people have a pathway plan")])

    group(39, 3)
    add("Rec 39", "Care leavers' EET recovery plan: restore the Next Step mentoring and work "
        "placement programme with the Kingsmere Community Trust from 10 to 40 places a year, and "
        "hold a monthly EET panel with the Virtual School and Kingsmere Works for every care "
        "leaver who is not in education, employment or training.",
        "Head of Young Adults Service / Virtual School Headteacher", "April 2015",
        "A - 47% in EET (August). Target 60% by March 2015. Panel met twice: 31 young people "
        "discussed, 12 now in a course or job. Trust has agreed 25 places from January; funding "
        "for the remaining 15 places is part of the 2015/16 budget bid to Cabinet, so the full "
        "40 places cannot start before April 2015.",
        [(39, "e", "h", "employment, education and training for care leavers")])
    add("", "Ring-fence 15 council apprenticeships and traineeships a year for care leavers, with "
        "a guaranteed interview for any care leaver who applies for a council job.",
        "HR Business Partner, Children's Services", "September 2015",
        "",
        [(39, "j", "h", "employment and training for care leavers")])
    add("39", "Housing protocol with Kingsmere Homes and Housing Options: 40 homes a year allocated "
        "to care leavers, a choice of shared or single accommodation, and a tenancy-ready course "
        "before any young person moves in, to bring the proportion in suitable accommodation "
        "back above 80%.",
        "Head of Young Adults Service / Head of Housing Options", "Q3 2014/15",
        "A - 74% in suitable accommodation (July).",
        [(39, "e", "h", "suitable accommodation for care leavers")])

    group(41, 3)
    add("Rec 41", "Looked after children's nurses to give every young person, at their last health "
        "assessment before 18, a written health history (immunisations, illnesses, medication, "
        "family health history where known) and go through it with them.",
        "Designated Nurse for Looked After Children (Whitmore Health NHS Trust)", "January 2015",
        "A - Template agreed; nurses trained in December.",
        [(41, "e", "h", "care leavers informed about their health histories")])
    add("", "Leaflet, and a section in the pathway plan, explaining how care leavers can get copies "
        "of their health records and their care file later in life and who to contact.",
        "Head of Young Adults Service / Information Governance Manager", "TBC",
        "",
        [(41, "j", "h", "arrangements to access health records in later life")])

    # ---- Section 4 -------------------------------------------------------------------------
    group(42, 4)
    add("Rec 42", "One performance scorecard for children's social care, produced from LCS each "
        "month and reported to the Children's Improvement Board, with a data quality check of "
        "every measure before it is published.",
        "Head of Performance and Business Intelligence", "November 2014",
        "G - First scorecard to the Board in October.",
        [(42, "e", "h", "robust performance management and data systems")])
    add("", "Monthly 'Performance and Quality' meeting in every service that looks at the "
        "scorecard alongside audit grades and feedback from children and families, with "
        "actions recorded and followed up at the next meeting.",
        "Director of Children's Services", "Monthly",
        "A - Running in three of five services.",
        [(42, "j", "h", "quantitative and qualitative information used to inform decisions")])
    add("", "Add the missing fields to LCS so that early help outcomes and looked after children's "
        "placement moves can be reported from the system, and retire the team spreadsheets kept "
        "for these.",
        "LCS Systems Manager", "Q4 2014/15",
        "",
        [(42, "j", "h", "data collection and retrieval systems robust")])

    # ---- Section 5 -------------------------------------------------------------------------
    group(None, 5)
    add("", "Submit the annual Youth Justice Plan, the statutory plan for young people in the "
        "criminal justice system, to the Youth Justice Board and present it to the Community "
        "Safety Partnership.",
        "Head of Youth Offending Service", "July 2014",
        "G - Complete.")
    add("", "Join the Capital North adoption consortium's shared family finding service and hold "
        "two adoption activity days a year, to bring the average time from placement order to "
        "match under 26 weeks.",
        "Adoption Service Manager", "Q1 2015/16",
        "A - Consortium agreement with Legal.")
    add("", "Annual Kingsmere Children in Care Awards evening to celebrate the achievements of "
        "children in care and care leavers.",
        "Participation Manager", "June 2015",
        "")
    add("", "Complete the move of children's services teams to the new Civic Centre offices, with "
        "laptops and mobile phones for every social worker.",
        "Head of Business Support", "Spring 2015",
        "A - Move scheduled for March.")
    return acts


KINGSMERE = {
    "name": "kingsmere", "ext": "pdf", "report": KM_REPORT,
    "council": "London Borough of Kingsmere",
    "actions": kingsmere_actions, "bounds": (40, 45),
    "expected": {26: "covered", 27: "covered", 28: "covered", 29: "covered", 30: "covered",
                 31: "covered", 32: "uncovered", 33: "covered", 34: "covered", 35: "weak",
                 36: "covered", 37: "covered", 38: "uncovered", 39: "weak", 40: "covered",
                 41: "covered", 42: "covered"},
    "unanswered": [32, 38], "passing": [35], "partial": [39],
    "orphans": ["15.1", "15.2", "15.3", "15.4"], "miscited": ["9.3", "10.4"],
    "asks": {26: [("comprehensive and well coordinated multi-agency early help offer building on "
                   "integrated working", ["1.1", "1.2"]),
                  ("shared commissioning arrangements which maximise resources", ["1.3"])],
             30: [("promote awareness of privately fostered children", ["5.1"]),
                  ("timely, high quality assessment of privately fostered children", ["5.2"]),
                  ("the support privately fostered children need", ["5.3"])],
             36: [("risks to looked after children comprehensively assessed, documented and "
                   "reviewed as their age and stage change", ["8.1"]),
                  ("managers and social workers consider life histories and relevant research "
                   "in medium- and long-term plans", ["8.2", "8.3"])],
             37: [("IROs properly challenge drift and delay in plans", ["9.1"]),
                  ("IROs escalate concerns about the quality of service provision so that risks "
                   "to groups of children are known and acted on", ["9.2"])],
             39: [("employment, education and training for care leavers", ["12.1", "12.2"]),
                  ("suitable accommodation for care leavers", ["12.3"]),
                  ("dental health checks for all looked after children", [])],
             40: [("looked after children and care leavers know and understand their rights and "
                   "entitlements", ["10.1", "10.2"]),
                  ("know how to make a complaint", ["10.2", "10.3"])],
             41: [("care leavers informed about their health histories", ["13.1"]),
                  ("care leavers know the arrangements to access their health records later in "
                   "life", ["13.2"])]},
    "notes": (
        "Landscape Word table exported to PDF: a title block, a plan-details box and an "
        "introduction on page 1, then one ruled table Ref | Rec no. | Ofsted recommendation | "
        "Action | Lead officer | Target date | RAG / progress whose header row repeats on every "
        "page and whose rows may break across pages; full-width shaded rows name five sections "
        "('section'). 'row' is the Ref cell (group.item, the group number is the plan's own, not "
        "the report's); 'objective' is the Ofsted recommendation cell, which holds the "
        "recommendation text (verbatim) only on the first row of its group and is blank (null) "
        "on later rows and in Section 5. The Rec no. cell ('Rec 26' on the first row of a "
        "group, '26' on some later rows, blank elsewhere) is the row's citation: 24 of 44 rows "
        "cite a number. The report numbers its local-authority recommendations 26-42 and the "
        "plan cites those numbers. Two mis-cited rows: 9.3 cites 37 (IRO role) but answers R31 "
        "(timely initial conferences: child protection chairs keep ICPC slots free); 10.4 cites "
        "40 (rights and entitlements) but answers R34 (pathway plans written with the young "
        "person). R38 (review of services to 'hard to engage' young people, including those in "
        "the criminal justice system) is the hard unanswered one: orphan 15.1 (the statutory "
        "Youth Justice Plan 'for young people in the criminal justice system') shares its "
        "vocabulary, and 8.1 (adolescent risk assessment for looked after young people, aimed at "
        "R36) shares 'risk', but nothing reviews how services to hard to engage young people "
        "are delivered. R32 (agencies understand the LADO's role) is simply absent. R35 (life "
        "story work completed at the first opportunity) is touched only in passing: 8.2, aimed "
        "at R36, draws the care plan's history section 'from any life story work already done "
        "with the child'; nothing is aimed at getting life story work done (passing, weak). R39 "
        "has three asks: EET (12.1, 12.2) and suitable accommodation (12.3) are answered, "
        "dental health checks for looked after children are not (partial, weak). R31 is "
        "answered by 6.1, 6.2 and the mis-cited 9.3; R34 by 11.1-11.3 and the mis-cited 10.4. "
        "Orphans 15.1-15.4 (Section 5) are business as usual. Actions are named here by their "
        "Ref cell; in the ids, kingsmere-1 to -3 are 1.1-1.3, -4 and -5 are 2.1-2.2, -6 to -8 "
        "3.1-3.3, -9 to -11 4.1-4.3, -12 to -14 5.1-5.3, -15 and -16 6.1-6.2, -17 to -19 "
        "7.1-7.3, -20 to -22 8.1-8.3, -23 to -25 9.1-9.3, -26 to -29 10.1-10.4, -30 to -32 "
        "11.1-11.3, -33 to -35 12.1-12.3, -36 and -37 13.1-13.2, -38 to -40 14.1-14.3, -41 to "
        "-44 15.1-15.4."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Calderbrook - portrait narrative PDF answering Leeds 2018-12-18 (ILACS, 4
# recommendations). One heading per priority, an introduction (quoting the recommendation's
# words in Priorities 1 and 2), numbered action paragraphs each followed by a lead line and a
# date line whose labels vary, and a measures paragraph. No recommendation numbers.
# ---------------------------------------------------------------------------------------------

CB_INTROS = {
    "Priority 1: Knowing every child - culture and identity in our assessments": (
        "Inspectors found that our assessments are detailed and analyse risk well, but that "
        "ethnicity and diversity are not always mentioned. They asked us to improve \u201cthe "
        "consideration given to children\u2019s culture and identity in all assessments\u201d. "
        "Two in five children we work with are from Black, Asian or other minority ethnic "
        "communities, and we cannot understand a child's life without understanding who they "
        "are."),
    "Priority 2: Care leavers - records that show the work we do": (
        "Our personal advisers know their young people well and keep in touch with them. "
        "Inspectors told us that \u201cpathway planning\u201d needs \u201cto be better reflected "
        "in case records\u201d: it is not always clear from a young person's file what the focus "
        "of the work is and how it is helping them towards independence."),
    "Priority 3: Our wider priorities for 2019/20": None,
}

CB_MEASURES = {
    "Priority 1: Knowing every child - culture and identity in our assessments": (
        "How we will know it has worked: by March 2020, 90% of audited assessments consider and "
        "analyse the child's culture and identity (baseline 58%, October 2018), and families "
        "tell us in audit feedback calls that their background was understood."),
    "Priority 2: Care leavers - records that show the work we do": (
        "How we will know it has worked: by March 2020, 85% of audited care leaver files show "
        "clearly what the work with the young person is for and how it links to their pathway "
        "plan."),
    "Priority 3: Our wider priorities for 2019/20": (
        "These commitments come from the Children and Families Service Plan 2019/20 rather than "
        "from the inspection. They are reported to the same board so that the whole picture is "
        "in one place."),
}


def calderbrook_actions():
    acts = []

    def add(prio, no, text, lead, when, links=(), labels=("Lead", "Timescale")):
        intro = CB_INTROS[prio]
        acts.append(A(text, lead, when, links, row=no, section=prio,
                      objective=intro, labels=list(labels)))

    P = "Priority 1: Knowing every child - culture and identity in our assessments"
    add(P, "1.1", "Add a 'Who I am' section to the Mosaic child and family assessment, with prompts "
        "on the child's ethnicity, faith, language, culture and heritage, and on gender identity "
        "and sexuality where relevant; a manager will not be able to authorise an assessment "
        "with the section left blank. The same prompt will be added to the strategy discussion "
        "record, where police and health colleagues give their information, so that a child's "
        "identity is thought about from the very start.",
        "Principal Social Worker / Mosaic Systems Team", "April 2019",
        [(2, "j", "h", "culture and identity considered in all assessments")])
    add(P, "1.2", "Run 'Seeing the whole child' workshops on culture, identity and "
        "anti-discriminatory practice for every social work team and the Family Support Hubs, "
        "co-delivered with local community organisations.",
        "Workforce Development Manager", "September 2019",
        [(2, "j", "h", "practitioners equipped to consider culture and identity")],
        labels=("Responsible officer", "By when"))
    add(P, "1.3", "Publish practice guidance, 'Identity matters', with examples of good analysis "
        "taken from our own assessments: how a child's culture, faith and heritage shape their "
        "needs and the risks and strengths in the family, and how to ask families about them "
        "respectfully.",
        "Practice Improvement Team", "March 2019",
        [(2, "j", "h", "analysis of culture and identity in assessments")])
    add(P, "1.4", "Add a question to the assessment audit tool on whether the child's culture and "
        "identity have been considered and analysed, and report the results by team each quarter "
        "to the Practice Quality Board.",
        "Head of Quality Assurance", "Quarterly from Q1 2019/20",
        [(2, "j", "h", "assurance that assessments consider culture and identity")],
        labels=("Lead officer", "Target date"))
    add(P, "1.5", "Set up a quick-booking arrangement so that social workers can bring an "
        "interpreter or a community cultural adviser to an assessment visit, not only to formal "
        "meetings.",
        "Business Support Manager", "June 2019",
        [(2, "j", "m", "understanding families' culture and language during assessment")])
    add(P, "1.6", "Team managers to discuss the child's culture and identity in supervision when "
        "they authorise each assessment, and record what was discussed on the child's file.",
        "Team Managers, Duty and Advice and Children in Need", "Ongoing",
        [(2, "j", "h", "management oversight of identity in assessments")],
        labels=("Owner", "When"))
    add(P, "1.7", "Ask children and families, in the feedback calls that follow each practice "
        "audit, whether they felt their culture and background were understood, and share what "
        "they say with the team.",
        "", "From July 2019",
        [(2, "j", "m", "testing with families whether identity was understood in the assessment")])

    P = "Priority 2: Care leavers - records that show the work we do"
    add(P, "2.1", "Introduce a new Mosaic case note for personal advisers that links each contact "
        "to a goal in the young person's pathway plan (home, money, health, education and work, "
        "relationships), so that the record shows what the work was for and what has moved on.",
        "Head of the Moving On Service", "June 2019",
        [(4, "j", "h", "pathway planning reflected in case records")])
    add(P, "2.2", "Personal advisers to write a short summary on each young person's file every "
        "month of the progress made against their pathway plan.",
        "Personal Advisers / Moving On Team Managers", "From May 2019",
        [(4, "j", "h", "case records show progress on the pathway plan")],
        labels=("Responsible officer", "By when"))
    add(P, "2.3", "Supervision of personal advisers to follow each young person's pathway plan "
        "goals, with the discussion and any decisions recorded on the young person's file.",
        "Moving On Team Managers", "Ongoing",
        [(4, "j", "h", "pathway planning visible in recorded supervision on the file")])
    add(P, "2.4", "Audit ten care leavers' files each month to check that the record shows the "
        "focus of the work and how it links to the pathway plan, with findings taken to the "
        "Moving On Service leadership meeting.",
        "Quality Assurance Team", "Monthly",
        [(4, "j", "h", "assurance that case records reflect pathway planning")],
        labels=("Lead officer", "Target date"))
    add(P, "2.5", "'Writing for the young person' recording workshops for personal advisers: "
        "recording in plain language, addressed to the young person, so that they can read and "
        "understand their own file.",
        "Workforce Development Manager", "Q2 2019/20",
        [(4, "j", "m", "quality of case recording for care leavers")])

    P = "Priority 3: Our wider priorities for 2019/20"
    add(P, "3.1", "Complete new education, health and care needs assessments within 20 weeks and "
        "hold every EHC plan annual review on time, with the SEND Assessment Team moving to the "
        "new EHC Hub portal so that schools and parents can contribute online.",
        "Head of SEND and Inclusion", "March 2020")
    add(P, "3.2", "Virtual School Headteacher to present the Virtual School annual report on the "
        "attainment of children in care to the Corporate Parenting Board and the governors' "
        "forum.",
        "Virtual School Headteacher", "November 2019",
        labels=("Lead officer", "Target date"))
    add(P, "3.3", "Extend the Constellation foster carer hub model to a third hub of ten fostering "
        "households in the east of the city.",
        "Fostering Service Manager", "September 2019")
    add(P, "3.4", "Reopen the two children's homes closed for refurbishment, with a new registered "
        "manager and a full staff team in each.",
        "Head of Residential Services", "Summer 2019",
        labels=("Owner", "When"))
    add(P, "3.5", "Recruit 20 newly qualified social workers through the Calderbrook Social Work "
        "Academy, each with a protected caseload in their first year.",
        "Principal Social Worker", "")
    return acts


CALDERBROOK = {
    "name": "calderbrook", "ext": "pdf", "report": "leeds-80481/2018-12-18.pdf",
    "council": "Calderbrook City Council",
    "actions": calderbrook_actions, "bounds": (15, 20),
    "expected": {1: "weak", 2: "covered", 3: "uncovered", 4: "weak"},
    "unanswered": [3], "passing": [1], "partial": [4],
    "orphans": ["3.1", "3.2", "3.3", "3.4", "3.5"], "miscited": [],
    "asks": {4: [("pathway planning better reflected in case records",
                  ["2.1", "2.2", "2.3", "2.4", "2.5"]),
                 ("pathway plans reviewed so that they are meaningful documents for young people",
                  [])]},
    "notes": (
        "Portrait narrative PDF: title, an introduction (context, not actions), then for each "
        "priority a heading ('section'), an introduction paragraph ('objective': as written; it "
        "quotes the recommendation's words in curly quotation marks in Priorities 1 and 2; null "
        "in Priority 3, whose introduction is the closing 'these commitments come from the "
        "service plan' paragraph), numbered action paragraphs ('row' 1.1 ...) each followed by a "
        "lead line and a date line, and a 'How we will know it has worked' paragraph that is "
        "not an action. Label words vary: 'Lead:'/'Timescale:', 'Responsible officer:'/'By "
        "when:', 'Lead officer:'/'Target date:', 'Owner:'/'When:'; 1.7 has no lead and 3.5 no "
        "date (the line is left blank after its label). A closing 'Governance' section holds no "
        "actions. No recommendation numbers anywhere. R3 (quality, recording and review of "
        "personal education plans) is the hard unanswered one: orphan 3.1 (EHC needs "
        "assessments and annual reviews of 'education, health and care' plans) shares 'review', "
        "'education' and 'plans', and orphan 3.2 (the Virtual School annual report on the "
        "attainment of children in care) shares the virtual school vocabulary, but nothing is "
        "aimed at PEPs. R1 (consistent involvement of health agencies in strategy discussions) "
        "is touched only in passing: 1.1, aimed at R2, adds the identity prompt to 'the strategy "
        "discussion record, where police and health colleagues give their information'; nothing "
        "is aimed at getting health into strategy discussions (passing, weak). R4 has two asks: "
        "pathway planning better reflected in case records is answered (2.1-2.5); reviewing "
        "pathway plans so that they are meaningful documents for young people is not (partial, "
        "weak). R2 is answered by seven actions (1.1-1.7). Orphans 3.1-3.5 are the service "
        "plan's wider commitments. Actions are named here by their number; in the ids, "
        "calderbrook-1 to -7 are 1.1-1.7, -8 to -12 are 2.1-2.5, -13 to -17 are 3.1-3.5."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Trent Wolds - tracker spreadsheet printed to PDF answering Nottinghamshire 2019-12-19
# (ILACS, 4 recommendations). A wide ruled table Action ID | Theme | Action | Success measure |
# Lead | Start | End | RAG | Update; on a later page a second table "Business as usual / wider
# service developments". No recommendation numbers.
# ---------------------------------------------------------------------------------------------

def trentwolds_actions():
    acts = []

    def add(aid, theme, text, measure, lead, start, end, rag, update, links=(), table=1):
        acts.append(A(text, lead, end, links, row=aid, section=theme, measure=measure,
                      start=start, rag=rag, update=update, table=table))

    T = "Strategy discussions and meetings"
    add("SD01", T, "Daily strategy discussion slots (10am and 2pm) in the MASH and in each district "
        "safeguarding team, so that a strategy discussion is held within one working day of the "
        "threshold being met, and the same day where a child is at immediate risk.",
        "95% of strategy discussions within 1 working day", "Group Manager, MASH",
        "Jan-20", "Mar-20", "G", "Slots live from 13/01/2020. 91% within 1 working day (Feb).",
        [(1, "j", "h", "strategy discussions always timely")])
    add("SD02", T, "Trent Wolds Healthcare NHS Trust and the CCG safeguarding team to staff a "
        "weekday rota of named safeguarding nurses so that health attends or contributes to "
        "every strategy discussion, with GP information gathered beforehand by the MASH health "
        "practitioner.",
        "Health contribution to 90% of strategy discussions",
        "Designated Nurse (CCG) / Group Manager, MASH", "Jan-20", "Jun-20", "A",
        "Rota covers 4 of 5 weekdays; Eastmoor not yet covered.",
        [(1, "j", "h", "all relevant partners involved (health)")])
    add("SD03", T, "Invite the school's designated safeguarding lead to every strategy discussion "
        "about a pupil, with an Education Safeguarding Officer attending when the DSL cannot.",
        "Education involved in 80% where the child attends a school or setting",
        "Education Safeguarding Manager", "Feb-20", "Q1 2020/21", "A",
        "Schools briefed at DSL network 05/02/2020.",
        [(1, "j", "h", "all relevant partners involved (education)")])
    add("SD04", T, "Rebuild the Mosaic strategy discussion form: who took part and who was invited "
        "but did not attend, the information shared, the decision and the reasons for it, and "
        "actions with named owners and timescales; plus a mandatory record of the reason when a "
        "strategy discussion is considered but not held.",
        "85% of audited records rated good or better", "Mosaic Development Team / Principal "
        "Social Worker", "Feb-20", "30/04/2020", "A", "Form built; in user testing.",
        [(1, "j", "h", "strategy discussions well recorded")])
    add("SD05", T, "Police Public Protection Unit to join strategy meetings by video call when they "
        "cannot attend in person, using a shared meetings calendar so that police, health and "
        "education are invited at the same time.",
        "Police present in 100% of strategy meetings",
        "DI, Public Protection Unit / Group Manager, MASH", "Mar-20", "Ongoing", "G",
        "Calendar shared with PPU and health from 02/03/2020.",
        [(1, "j", "h", "all relevant partners involved (police) and invited together")])
    add("SD06", T, "Monthly multi-agency audit of 15 strategy discussions (timeliness, who took "
        "part, quality of the record), reported to the Safeguarding Children Partnership's "
        "Performance and Quality Group.",
        "Audit grades improve each quarter", "Quality Assurance Manager", "Mar-20", "Ongoing",
        "G", "First audit March: 9 of 15 good.",
        [(1, "j", "h", "assurance of timeliness, partner involvement and recording")])

    T = "Consistent practice across the county"
    add("CP01", T, "Recruit 16 additional social workers and 2 team managers for the Eastmoor and "
        "Trentside districts, where audits show practice is weaker, funded from the growth "
        "agreed by Cabinet.",
        "Caseloads in Eastmoor and Trentside at the county average (18)",
        "Service Director, Children's Social Care", "Oct-19", "Sep-20", "A",
        "11 of 16 posts filled (4 by agency staff). Both team managers in post.",
        [(2, "j", "h", "extra capacity where social work practice is weaker")])
    add("CP02", T, "Launch one set of county-wide practice standards for assessments, visits, plans "
        "and supervision at district practice days, so that families get the same service "
        "wherever they live.",
        "Standards known by all staff (survey)", "Principal Social Worker", "Jan-20", "Mar-20",
        "G", "Complete. Practice days held in all four districts.",
        [(2, "j", "h", "consistent practice in all areas of the county")])
    add("CP03", T, "Cross-district audit: team managers audit cases from another district each "
        "month, moderated by the Quality Assurance team, so that the same standard is applied in "
        "every area.",
        "Gap between highest and lowest district audit grades halved",
        "Quality Assurance Manager", "Feb-20", "Ongoing", "G", "",
        [(2, "j", "h", "the same standard applied in every district")])
    add("CP04", T, "District performance and quality dashboard (timeliness, caseloads, audit "
        "grades, repeat referrals) reviewed monthly by the Service Director with each district "
        "Group Manager; a district below the county average agrees a recovery plan.",
        "All districts within 5% of county average",
        "Performance and Intelligence Manager", "Dec-19", "31/03/2021", "A",
        "Dashboard live. Trentside recovery plan agreed 20/02/2020.",
        [(2, "j", "h", "consistency of practice monitored by area")])
    add("CP05", T, "Second two experienced Advanced Practitioners to Eastmoor for 12 months to "
        "coach newly qualified social workers and co-work the most complex cases.",
        "Eastmoor audit grades at county average", "Group Manager, Eastmoor", "Q4 2019/20",
        "Q3 2020/21", "R", "One AP in post; second post vacant after two adverts.",
        [(2, "j", "h", "improving practice in a weaker area")])

    T = "Family and friends care"
    add("FF01", T, "Viability assessment within 10 working days of a family member or friend being "
        "put forward, with the team manager's decision on whether to go on to a full "
        "assessment, and the reasons, recorded on Mosaic.",
        "90% of viability assessments in 10 working days",
        "Group Manager, Fostering and Permanence", "Nov-19", "Mar-20", "G",
        "87% (Feb). Decision recorded in all cases sampled.",
        [(4, "j", "h", "assessments of family and friend carers (viability, recorded decision)")])
    add("FF02", T, "Track every Regulation 24 temporary approval weekly so that the full connected "
        "person assessment is completed and presented to fostering panel within 16 weeks (24 "
        "weeks at most).",
        "No temporary approval beyond 24 weeks", "Kinship Assessment Team Manager", "Nov-19",
        "Ongoing", "A", "2 carers beyond 16 weeks; panel dates booked.",
        [(4, "j", "h", "assessments and approval of connected carers")])
    add("FF03", T, "Where family or friends carers are not approved but the child stays with them, "
        "a risk assessment and safety plan to be completed and agreed within 10 working days.",
        "100% of non-approved placements have a risk assessment",
        "Head of Service, Children in Care", "Jan-20", "Complete", "G",
        "Complete: 3 risk assessments in place.",
        [(4, "j", "h", "assessment of risk where carers are not approved")])
    add("FF04", T, "Head of Service to review every child living with family or friends carers who "
        "are not yet approved each month, and the Service Director to sign off any such "
        "placement that lasts beyond 16 weeks.",
        "Monthly review minutes for every child", "Head of Service, Children in Care / Service "
        "Director", "Oct-19", "Ongoing", "G", "Monthly review in place since inspection.",
        [(4, "j", "h", "senior management oversight of children with family and friend carers")])
    add("FF05", T, "IROs to check at every review that the reasons for the placement and the "
        "carers' approval status are set out in the care plan, and to use the dispute "
        "resolution process where they are not.",
        "IRO check recorded in 100% of reviews", "Group Manager, Independent Chairs",
        "Jan-20", "", "A", "",
        [(4, "j", "h", "IRO oversight of children placed with family and friend carers")])

    add("BAU01", "Fostering", "Fostering Fortnight awareness campaign and the year-round 'Foster for "
        "Trent Wolds' recruitment drive, target 40 new mainstream fostering households.",
        "40 households approved in 2020/21", "Fostering Recruitment Manager", "May-20",
        "31/03/2021", "A", "Campaign materials with Communications.", table=2)
    add("BAU02", "Front door", "Review MASH processes for non-urgent contacts so that contacts "
        "needing further information are triaged within the MASH timescale.",
        "95% of contacts triaged within timescale", "Group Manager, MASH", "Nov-19", "Jun-20",
        "A", "New triage rota from April.", table=2)
    add("BAU03", "Systems", "Upgrade Mosaic to the current release and move to the supplier's "
        "hosted service.",
        "Upgrade live with no loss of data", "ICT Business Partner, Children and Families",
        "Q1 2020/21", "Q3 2020/21", "G", "Contract variation signed.", table=2)
    add("BAU04", "Care leavers", "Refresh the Care Leavers' Local Offer with the Care Leavers' "
        "Forum and publish it online.",
        "Offer published", "Service Manager, Leaving Care", "Jan-20", "Complete", "G",
        "Published 28/02/2020.", table=2)
    add("BAU05", "Workforce", "Annual social work health check survey, with an action plan agreed "
        "with staff.",
        "Response rate above 60%", "", "Sep-20", "Dec-20", "", "", table=2)
    return acts


TRENTWOLDS = {
    "name": "trentwolds", "ext": "pdf", "report": "nottinghamshire-80534/2019-12-19.pdf",
    "council": "Trent Wolds County Council",
    "actions": trentwolds_actions, "bounds": (18, 24),
    "expected": {1: "covered", 2: "covered", 3: "uncovered", 4: "weak"},
    "unanswered": [3], "passing": [], "partial": [4],
    "orphans": ["BAU01", "BAU02", "BAU03", "BAU04", "BAU05"], "miscited": [],
    "asks": {1: [("strategy discussions and meetings always timely", ["SD01", "SD06"]),
                 ("involve all relevant partners", ["SD02", "SD03", "SD05", "SD06"]),
                 ("well recorded", ["SD04", "SD06"])],
             4: [("assessments of children in care placed with family and friend carers",
                  ["FF01", "FF02", "FF03"]),
                 ("support for children placed with family and friend carers (and their carers)",
                  []),
                 ("oversight of children placed with family and friend carers",
                  ["FF04", "FF05"])]},
    "notes": (
        "Tracker spreadsheet printed to PDF (landscape, small font, gridlines, the sheet's title "
        "row and page footer on every page): one wide table Action ID | Theme | Action | Success "
        "measure | Lead | Start | End | RAG | Update, then on a later page a second table headed "
        "'Business as usual / wider service developments' with the same columns. 'row' is the "
        "Action ID (SD01 ...), 'section' the Theme cell, 'objective' null; 'date_raw' is the End "
        "cell (Start, Success measure, RAG and Update are not part of 'text'). FF05 has no End "
        "date and BAU05 no lead, RAG or update. No recommendation numbers and no reference "
        "column. R3 (awareness of, and the social work response to, safeguarding privately "
        "fostered children) is the hard unanswered one: orphan BAU01 (a Fostering Fortnight "
        "'awareness campaign' to recruit mainstream foster carers) shares 'awareness' and "
        "'fostering', but nothing is aimed at private fostering. R4 has three asks: assessments "
        "(FF01-FF03) and oversight (FF04, FF05) of children placed with family and friend carers "
        "are answered, support for them is not (partial, weak). R1 (timely, all relevant "
        "partners, well recorded; each ask answered) and R2 are answered by six and five "
        "actions. Orphans BAU01-BAU05 (the second table) are business as usual. In the ids, "
        "trentwolds-1 to -6 are SD01-SD06, -7 to -11 CP01-CP05, -12 to -16 FF01-FF05, -17 to -21 "
        "BAU01-BAU05."),
}

PLANS = [KINGSMERE, CALDERBROOK, TRENTWOLDS]


# ---------------------------------------------------------------------------------------------
# Writers (reportlab, invariant mode)
# ---------------------------------------------------------------------------------------------

_rl, _numbered_canvas, _esc = reportlab_canvas, numbered_canvas, xml_escape  # shared PDF helpers


def write_kingsmere(plan, acts, path):
    _rl()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    page = landscape(A4)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    sect = ParagraphStyle("sect", parent=cell, fontName="Helvetica-Bold", fontSize=9.5, leading=12)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24,
                           textColor=colors.HexColor("#1F3864"), spaceAfter=4)
    sub = ParagraphStyle("sub", fontName="Helvetica", fontSize=12, leading=15,
                         textColor=colors.HexColor("#1F3864"), spaceAfter=10)

    story = [Paragraph("London Borough of Kingsmere", sub),
             Paragraph("Children's Services Improvement Plan 2014-2016", title),
             Paragraph("Our response to the Ofsted inspection of services for children in need of "
                       "help and protection, children looked after and care leavers (report "
                       "published 18 July 2014)", sub)]
    info = [["Plan owner", "Director of Children's Services"],
            ["Approved by", "Cabinet, 16 September 2014"],
            ["Monitored by", "Children's Improvement Board (monthly); Children and Young People's "
                             "Scrutiny Panel (quarterly)"],
            ["Version", "2.1 - progress at 30 September 2014"]]
    it = Table([[Paragraph(f"<b>{a}</b>", cell), Paragraph(b, cell)] for a, b in info],
               colWidths=[35 * mm, 140 * mm], hAlign="LEFT")
    it.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#D9E2F3")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [it, Spacer(1, 5 * mm)]
    story.append(Paragraph(
        "Ofsted judged our services for children to require improvement. Inspectors found a "
        "senior leadership team that knows its strengths and weaknesses, improving assessments "
        "and good educational outcomes for children in care, but also areas where we are not "
        "yet good enough. This plan sets out, for each of the local authority's recommendations, "
        "what we will do, who is responsible and by when, with a RAG rating and a short progress "
        "note. The recommendations made to the Local Safeguarding Children Board are in the "
        "Board's own plan. Section 5 lists other service developments that the Improvement Board "
        "also tracks. RAG: G = complete or on track; A = some slippage; R = off track or "
        "blocked.", body))
    story.append(Spacer(1, 2 * mm))

    cols = ["Ref", "Rec no.", "Ofsted recommendation", "Action", "Lead officer", "Target date",
            "RAG / progress"]
    widths = [mm * w for w in (11, 15, 60, 84, 36, 23, 38)]
    data = [[[Paragraph(c, head)] for c in cols]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864")),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    rag_fill = {"G": "#C6EFCE", "A": "#FFEB9C", "R": "#FFC7CE"}
    current = None
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            data.append([[Paragraph(_esc(current), sect)], "", "", "", "", "", ""])
            r = len(data) - 1
            style += [("SPAN", (0, r), (-1, r)),
                      ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#D9E2F3"))]
        prog = a["extra"]["progress"]
        data.append([[Paragraph(_esc(x), cell)] for x in
                     (a["row"], a["extra"]["cite"], a["objective"] or "", a["text"], a["lead"],
                      a["date"], prog)])
        r = len(data) - 1
        if prog[:1] in rag_fill:
            style.append(("BACKGROUND", (6, r), (6, r), colors.HexColor(rag_fill[prog[:1]])))
    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=0, splitInRow=30)
    table.setStyle(TableStyle(style))
    story.append(table)

    def furniture(c, n, total):
        w, h = page
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#404040"))
        c.drawString(12 * mm, h - 9 * mm, "London Borough of Kingsmere Children's Services "
                     "Improvement Plan \u2013 OFFICIAL")
        c.drawString(12 * mm, 7 * mm, "Version 2.1 \u2013 30 September 2014 \u2013 Children's "
                     "Improvement Board")
        c.drawRightString(w - 12 * mm, 7 * mm, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=page, leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=14 * mm, bottomMargin=13 * mm,
                            title="Children's Services Improvement Plan 2014-2016",
                            author="London Borough of Kingsmere", subject="Ofsted improvement plan",
                            creator="Microsoft\u00ae Word 2013")
    doc.build(story, canvasmaker=_numbered_canvas(furniture))


def write_calderbrook(plan, acts, path):
    _rl()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    page = A4
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
    intro = ParagraphStyle("intro", parent=body, fontName="Helvetica-Oblique")
    act = ParagraphStyle("act", parent=body, leftIndent=9 * mm, firstLineIndent=-9 * mm,
                         spaceAfter=2, spaceBefore=4)
    meta = ParagraphStyle("meta", parent=body, fontSize=9.5, leading=12, leftIndent=9 * mm,
                          spaceAfter=1, textColor=colors.HexColor("#333333"))
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18,
                        textColor=colors.HexColor("#00594F"), spaceBefore=10, spaceAfter=6)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=27,
                           textColor=colors.HexColor("#00594F"), spaceAfter=6)
    sub = ParagraphStyle("sub", fontName="Helvetica", fontSize=13, leading=17, spaceAfter=12)

    story = [Paragraph("Calderbrook City Council", sub),
             Paragraph("Children and Families Improvement Plan 2019\u201320", title),
             Paragraph("Our response to the inspection of local authority children\u2019s "
                       "services, October to November 2018", sub)]
    story.append(Paragraph(
        "Ofsted inspected our children\u2019s social care services in autumn 2018 and found that "
        "children and families in Calderbrook receive a consistently good service. Inspectors "
        "recognised our restorative practice model, our stable and experienced workforce and "
        "the strength of our partnerships, and they also told us where we can do better. This "
        "plan sets out what we will do, who will lead it and when. It is owned by the Director "
        "of Children and Families and is reviewed every two months by the Children and Families "
        "Improvement Board, chaired by the Chief Executive.", body))
    story.append(Paragraph(
        "Each priority begins with what inspectors found, followed by our actions and how we "
        "will know that they have made a difference.", body))

    current = None
    for i, a in enumerate(acts):
        if a["section"] != current:
            current = a["section"]
            story.append(Paragraph(_esc(current), h1))
            if CB_INTROS[current]:
                story.append(Paragraph(_esc(CB_INTROS[current]), intro))
            else:
                story.append(Paragraph(_esc(CB_MEASURES[current]), intro))
        l1, l2 = a["extra"]["labels"]
        block = [Paragraph(f"<b>{a['row']}</b>&nbsp;&nbsp;{_esc(a['text'])}", act),
                 Paragraph(f"<b>{l1}:</b> {_esc(a['lead'])}", meta),
                 Paragraph(f"<b>{l2}:</b> {_esc(a['date'])}", meta)]
        story.append(KeepTogether(block))
        last = i + 1 == len(acts) or acts[i + 1]["section"] != current
        if last and CB_INTROS[current]:
            story.append(Spacer(1, 3 * mm))
            story.append(Paragraph(_esc(CB_MEASURES[current]), body))
    story.append(Paragraph("Governance", h1))
    story.append(Paragraph(
        "Progress against this plan is reported to every meeting of the Children and Families "
        "Improvement Board and twice a year to the Scrutiny Board (Children and Families). The "
        "Corporate Parenting Board receives the care leavers\u2019 actions. Each lead officer "
        "updates the plan a week before the Improvement Board meets.", body))

    def furniture(c, n, total):
        w, h = page
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, h - 11 * mm, "Calderbrook City Council | Children and Families "
                     "Improvement Plan 2019\u201320")
        c.drawString(20 * mm, 10 * mm, "Version 1.0, February 2019")
        c.drawRightString(w - 20 * mm, 10 * mm, f"{n}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=page, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title="Children and Families Improvement Plan 2019-20",
                            author="Calderbrook City Council", subject="Ofsted improvement plan",
                            creator="Microsoft\u00ae Word 2016")
    doc.build(story, canvasmaker=_numbered_canvas(furniture))


def write_trentwolds(plan, acts, path):
    _rl()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    page = landscape(A4)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=6.8, leading=8.2)
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold")
    ttl = ParagraphStyle("ttl", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=3)
    note = ParagraphStyle("note", fontName="Helvetica", fontSize=7, leading=9, spaceAfter=4)

    cols = ["Action ID", "Theme", "Action", "Success measure", "Lead", "Start", "End", "RAG",
            "Update"]
    widths = [mm * w for w in (13, 27, 78, 38, 33, 15, 17, 9, 43)]
    fills = {"G": "#00B050", "A": "#FFC000", "R": "#FF0000"}

    def sheet(rows):
        data = [[Paragraph(c, head) for c in cols]]
        style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#BDD7EE")),
                 ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                 ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        for a in rows:
            e = a["extra"]
            data.append([Paragraph(_esc(x), cell) for x in
                         (a["row"], a["section"], a["text"], e["measure"], a["lead"], e["start"],
                          a["date"], e["rag"], e["update"])])
            r = len(data) - 1
            if e["rag"] in fills:
                style.append(("BACKGROUND", (7, r), (7, r), colors.HexColor(fills[e["rag"]])))
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(style))
        return t

    story = [Paragraph("Trent Wolds County Council \u2013 Children and Families \u2013 Ofsted "
                       "ILACS improvement tracker (inspection October 2019)", ttl),
             Paragraph("Position at 31/03/2020. RAG: G on track / complete, A at risk, R off "
                       "track. Owner: Service Director, Children's Social Care. Reported "
                       "monthly to the Children's Services Improvement Board.", note),
             sheet([a for a in acts if a["extra"]["table"] == 1]),
             PageBreak(),
             Paragraph("Business as usual / wider service developments", ttl),
             Paragraph("Service plan actions reported to the Improvement Board alongside the "
                       "Ofsted actions.", note),
             Spacer(1, 1 * mm),
             sheet([a for a in acts if a["extra"]["table"] == 2])]

    def furniture(c, n, total):
        w, h = page
        c.saveState()
        c.setFont("Helvetica", 7)
        c.drawCentredString(w / 2, h - 7 * mm, "Ofsted ILACS Tracker 2019-21.xlsx \u2013 Tracker")
        c.drawCentredString(w / 2, 6 * mm, f"Page {n} of {total}")
        c.drawRightString(w - 10 * mm, 6 * mm, "Printed 31/03/2020")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=page, leftMargin=10 * mm, rightMargin=10 * mm,
                            topMargin=11 * mm, bottomMargin=11 * mm,
                            title="Ofsted ILACS Tracker 2019-21", author="Trent Wolds County Council",
                            subject="Ofsted improvement tracker",
                            creator="Microsoft\u00ae Excel\u00ae 2016")
    doc.build(story, canvasmaker=_numbered_canvas(furniture))


WRITERS = {"kingsmere": write_kingsmere, "calderbrook": write_calderbrook,
           "trentwolds": write_trentwolds}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, orphans (min, max), covered recs with 2+ actions
    "kingsmere": dict(unanswered=2, passing=1, partial=1, orphans=(4, 4), multi="all"),
    "calderbrook": dict(unanswered=1, passing=1, partial=1, orphans=(5, 5), multi="all"),
    "trentwolds": dict(unanswered=1, passing=0, partial=1, orphans=(5, 5), multi="all"),
}


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
    multi = [r for r in covered if len(per_rec.get(r, ())) >= 2]
    if spec["multi"] == "all":
        assert multi == covered, (name, set(covered) - set(multi))
    # every weak or unanswered recommendation is explained in the notes, and at least one
    # unanswered one is a "hard" trap the notes name as such
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert r in d["notes"], (name, r)
    assert "hard unanswered" in d["notes"], name
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"\b(rec|recommendation)\b", a["text"], re.I), a["id"]
    assert len({x["id"] for x in acts}) == len(acts)
    recs = {r["id"]: r["text"] for r in gold["recommendations"]}
    if name == "kingsmere":
        cited = [a for a in acts if a["explicit_refs"]]
        assert 0.4 <= len(cited) / len(acts) <= 0.6, (name, len(cited))
        assert len(d["miscited"]) == 2, name
        for a in acts:
            # the recommendation cell holds a report text verbatim, on the first row of a group,
            # and that row cites the same number and answers it
            if a["objective"]:
                target = [r for r, t in recs.items() if t == a["objective"]]
                assert len(target) == 1, a["id"]
                assert a["explicit_refs"] == [int(target[0][1:])], a["id"]
                mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
                assert target[0] in mine, a["id"]
        # the multi-ask partial recommendation and the multi-ask covered ones are recorded
        assert len(gold["asks"]["R39"]) == 3
    else:
        for a in acts:
            assert not a["explicit_refs"], a["id"]
    if name == "calderbrook":
        for a in acts:
            mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
            if a["objective"]:
                quotes = re.findall("\u201c([^\u201d]+)\u201d", a["objective"])
                target = {r for r, t in recs.items() if all(q.lower() in t.lower() for q in quotes)}
                assert len(target) == 1 and target <= mine, (a["id"], target, mine)
            else:
                assert a["id"] in d["orphans"], a["id"]
    if name == "trentwolds":
        for a in acts:
            assert a["row"] and a["objective"] is None
            is_bau = a["row"].startswith("BAU")
            assert is_bau == (a["id"] in d["orphans"]), a["id"]


if __name__ == "__main__":
    main(sys.argv[1:], "o", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(15, 45))
