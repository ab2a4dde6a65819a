"""Write the sealed coverage evaluation set "r": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_r.py            # writes documents and gold
    python scripts/make_coverage_plans_r.py --check    # only runs the consistency checks

Documents: corpus/coverage/r/<name>.<ext>      Gold: corpus/gold/coverage/r/<name>.json

The three documents imitate what other tools make of a council's plan: a Markdown file converted
from Word (broken pipe tables), a plain-text file from a document converter (tab-separated table
rows with HTML list fragments in the cells) and an HTML page from a council website.

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
Actions with no links are orphans (business as usual), see each plan's design notes.

All councils, people, teams, systems and local programmes are fictional (national schemes and
case law, such as Mockingbird or the Southwark judgment, are named as councils name them). Output
is deterministic
(plain text only, no timestamps), so re-running gives byte-identical files.
"""

import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, main, report_recs  # noqa: E402
from _coverage_sets import STOP, words as _words  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


# ---------------------------------------------------------------------------------------------
# Plan 1: Brindleheath - Markdown converted from Word, answering Sandwell 2018-01-29 (SIF, 17 LA
# recommendations). '## ' heading per priority, two bold label lines, then a pipe table
# | Ref | Ofsted rec | Action | Lead | Timescale |; the Ofsted rec cell cites a number on about
# half of the rows. Some rows are broken as converters break them (see ``style``).
# ---------------------------------------------------------------------------------------------

BRINDLE_SECTIONS = {
    "Priority 1: Grip, leadership and partnership": (
        "Director of Children's Services",
        "Managers at every level know their children, give clear direction and make sure it is "
        "carried out; partners share one picture of our most vulnerable children."),
    "Priority 2: Assessments and plans that keep children safe": (
        "Head of Service, Safeguarding and Assessment",
        "Every child has an up-to-date assessment that understands them, and a plan that is "
        "carried out and reviewed without drift."),
    "Priority 3: Adolescents - missing, exploitation and homelessness": (
        "Head of Service, Vulnerable Adolescents",
        "Young people who go missing, are exploited or become homeless get a response that "
        "learns from what they tell us."),
    "Priority 4: Permanence without delay": (
        "Head of Service, Children in Care and Permanence",
        "Every child in care has a clear permanence plan early, knows their own story and moves "
        "to their permanent family without delay."),
    "Priority 5: Homes for our children": (
        "Head of Family Placement",
        "Enough local foster homes to give real choice when we match children."),
    "Priority 6: Care leavers": (
        "Head of Service, Children in Care and Permanence",
        "Care leavers are working or learning, get mental health help after 18 and always have "
        "somewhere safe to stay."),
    "Other commitments carried into this plan": (
        "Children's Services Management Team",
        "Work already in our 2018/19 service plan that continues alongside the improvement "
        "actions."),
}


def brindle_actions():
    acts = []

    def add(sec, ref, rec, text, lead, date, links=(), refs=(), mis=False, style=None):
        assert sec in BRINDLE_SECTIONS
        acts.append(A(text, lead, date, links, list(refs), mis, row=ref, section=sec,
                      objective=rec or None, style=style))

    S = "Priority 1: Grip, leadership and partnership"
    add(S, "1.1", "Rec 1", "Every team manager to hold a weekly case-direction huddle with each "
        "social worker covering new cases, overdue visits and any child whose plan has stalled; "
        "the direction given is written on the child's file the same day.",
        "Heads of Service, Safeguarding and Care Management", "From 05/03/2018",
        [(1, "e", "h", "management oversight and decision-making, recorded and acted on")], [1])
    add(S, "1.2", "", "Aspire Plus: a six-month development programme for all team managers and "
        "assistant team managers on case direction, analysing risk and holding staff to "
        "account, with protected time away from duty.",
        "Principal Social Worker with Workforce Development", "April - September 2018",
        [(1, "j", "h", "first-line managers' oversight and decision-making")])
    add(S, "1.3", "", "Monthly performance clinic chaired by the DCS with each Head of Service, "
        "looking at caseloads, audit grades, overdue visits and the complaints each team has "
        "received, and agreeing actions for any team falling below standard.",
        "Director of Children's Services", "Monthly",
        [(1, "j", "m", "senior oversight across all services (mentions complaints only in "
          "passing)")])
    add(S, "1.4", "Rec 2", "Set up the Brindleheath Children and Young People's Partnership Board "
        "with Mercia Vale Police, the clinical commissioning group, schools, housing and the "
        "voluntary sector, chaired by the Chief Executive.",
        "Chief Executive", "First meeting May 2018",
        [(2, "e", "h", "establishing a strategic children's partnership")], [2])
    add(S, "1.5", "", "The Partnership Board to agree a Children and Young People's Plan 2018-21, "
        "built on a shared profile of our most vulnerable children (on protection plans, in "
        "care, going missing or at risk of sexual exploitation) drawn from the JSNA and from "
        "police and health data.",
        "Director of Public Health; Head of Strategy and Partnerships", "October 2018",
        [(2, "j", "h", "partnership informed about the needs of the most vulnerable children")])
    add(S, "1.6", "2", "Quarterly exploitation briefing to the Partnership Board from the MASE "
        "group: hotspots, adults of concern and which agencies are or are not responding, so "
        "that schools, GPs and hotels know what is expected of them.",
        "CSE Coordinator and DI, Public Protection Unit", "Quarterly from July 2018",
        [(2, "e", "h", "agencies informed about children at risk of sexual exploitation")], [2],
        style="nopipe")
    add(S, "1.7", "", "Re-tender the short breaks and home support contract for disabled "
        "children through the Commissioning Hub, following the council's commissioning cycle "
        "and contract procedure rules.",
        "Commissioning Manager, People Directorate", "Q3 2018/19")

    S = "Priority 2: Assessments and plans that keep children safe"
    add(S, "2.1", "3", "Single assessment refreshed at least every six months for every open "
        "child, and straight away when something significant changes (a new adult in the "
        "household, a missing episode, an injury); overdue refreshes listed weekly for team "
        "managers.",
        "Team Managers, Assessment and Safeguarding", "June 2018",
        [(3, "e", "h", "assessments regularly updated")], [3])
    add(S, "2.2", "", "Every assessment to open with a chronology of key events and to set out "
        "what the child has told us and who they are: faith, culture, language, disability and "
        "identity, and what these mean for their day-to-day life.",
        "Principal Social Worker", "May 2018",
        [(3, "j", "h", "histories, wishes and feelings and diversity in assessments")],
        style="wrap")
    add(S, "2.3", "", "'What is it like to be this child?' workshops for all social workers and "
        "ASYEs on weighing danger and using the past to predict the future.",
        "Workforce Development Manager", "Summer 2018",
        [(3, "j", "h", "assessment authors rigorously considering risk and history")],
        style="incell")
    add(S, "2.4", "Rec 4", "New plan template in Orbit: each need has actions saying who will do "
        "what and by when, and what happens if things do not change.",
        "Orbit Development Team", "April 2018",
        [(4, "e", "h", "quality of plans")], [4])
    add(S, "2.5", "4, 8", "Core groups every six weeks and child in need reviews every twelve "
        "weeks, dates set for the year at the first meeting; every meeting goes through each "
        "action on the plan, records whether it has happened, and anything not moved for two "
        "meetings goes to the team manager.",
        "Business Support Manager and Team Managers", "From April 2018",
        [(8, "e", "h", "core groups and child in need meetings within timescales, driving "
          "plans"),
         (4, "e", "m", "review of plans so they are not subject to drift")], [4, 8])
    add(S, "2.6", "", "Child protection chairs and IROs to check every plan midway between "
        "conferences and reviews and raise a formal practice alert when it is drifting; alerts "
        "tracked until resolved.",
        "Safeguarding and Reviewing Service Manager", "June 2018",
        [(4, "j", "h", "plans not subject to drift or delay"),
         (1, "j", "m", "oversight by chairs and IROs across services")])
    add(S, "2.7", "", "Core group training with the Safeguarding Children Board for schools, "
        "health visitors and police officers: what a good core group looks like and each "
        "partner's part in carrying out the plan.",
        "SCB Training Officer", "Sept 18",
        [(8, "j", "h", "multi-agency core groups driving plans forward")], style="short")
    add(S, "2.8", "4", "Forty case audits a month, ten by each Head of Service, grading the plan "
        "and whether it is making a difference for the child; themes to the Improvement Board.",
        "Heads of Service", "Monthly",
        [(4, "e", "m", "quality and delivery of plans checked")], [4])

    S = "Priority 3: Adolescents - missing, exploitation and homelessness"
    add(S, "3.1", "Rec 5", "Return home interviews offered within 72 hours of every missing "
        "episode, including for children placed outside Brindleheath (through the host "
        "authority or our own workers travelling); completion reported weekly.",
        "Head of Service, Vulnerable Adolescents", "Immediate",
        [(5, "e", "h", "timely return home interviews")], [5])
    add(S, "3.2", "", "The Children Missing Operational Group to map what young people tell us "
        "after they come back (places, people, routes) every month and use it in disruption "
        "planning with the police.",
        "CMOG Chair (DI, Mercia Vale Police)", "Monthly",
        [(5, "j", "h", "wider patterns and activity identified")])
    add(S, "3.3", "", "Social workers to add what was learned from each return conversation to "
        "the child's plan within five working days, with a fresh risk assessment after a third "
        "episode.",
        "Team Managers, Vulnerable Adolescents", "May 2018",
        [(5, "j", "h", "risks analysed to inform future plans")], style="incell")
    add(S, "3.4", "Rec 7", "Young people aged 16 or 17 who come to Housing Options with nowhere "
        "to live to be seen the same day by a social worker and a housing officer together; "
        "the social worker explains what being looked after would mean for them (money, a "
        "personal adviser, support up to 25) and leaves the 'Your Choices' leaflet.",
        "Team Manager, Assessment and Housing Options Manager", "April 2018",
        [(7, "e", "h", "homeless 16/17-year-olds understand their options and the benefits of "
          "being looked after")], [7])
    add(S, "3.5", "", "Offer an independent advocate to every such young person before they "
        "decide whether to come into care; where they say no, the team manager checks the "
        "record shows they understood what they were turning down.",
        "Participation and Advocacy Manager", "From June 2018",
        [(7, "j", "h", "young people's understanding of their options")])

    S = "Priority 4: Permanence without delay"
    add(S, "4.1", "6", "Permanence tracker for every child in care showing the plan agreed at the "
        "second review, the route (home, special guardianship, adoption, long-term fostering) "
        "and the target date, reviewed monthly at the Permanence Panel.",
        "Service Manager, Care Management", "April 2018",
        [(6, "e", "h", "permanence plans clear, tracked and monitored")], [6])
    add(S, "4.2", "", "Adoption considered and recorded at the second review for every child "
        "under five who cannot go home; the adoption team manager sits on the Permanence "
        "Panel.",
        "Adoption Team Manager", "May 2018",
        [(6, "j", "h", "children for whom adoption is being considered")])
    add(S, "4.3", "Rec 6", "Clear the backlog of children waiting to be matched with their "
        "long-term foster carers: a matching meeting for each child by the end of the year.",
        "Family Placement Service Manager", "31 December 2018",
        [(6, "e", "m", "reducing delay in permanence")], [6])
    add(S, "4.4", "6", "A life story worker in each children in care team to start a 'My Story' "
        "book with every child in care under 12 within three months of the permanence decision, "
        "working with the foster carer.",
        "Children in Care Team Managers", "From July 2018",
        [(14, "j", "h", "timely life story work for children")], [6], mis=True)
    add(S, "4.5", "", "Later life letters and the 'My Story' book to be ready and handed to the "
        "adopters at the introductions planning meeting, signed off by the adoption team "
        "manager before the child moves.",
        "Adoption Team Manager", "Sept 2018",
        [(14, "j", "h", "life story books and later life letters when the child moves to the "
          "adoptive family")])
    add(S, "4.6", "14", "Life story training from the regional adoption agency for social "
        "workers and foster carers, two cohorts a year.",
        "Regional Adoption Agency Practice Lead", "Oct 2018 and Mar 2019",
        [(14, "e", "h", "good-quality life story work")], [14], style="incell")
    add(S, "4.7", "15", "Adoption team manager to quality-assure every child permanence report "
        "before it goes to panel, against a checklist on the birth family's history, the "
        "child's story and why adoption is the plan.",
        "Adoption Team Manager", "From April 2018",
        [(15, "e", "h", "quality of child permanence reports")], [15])
    add(S, "4.8", "", "CPR writing workshops for all social workers in the children in care "
        "teams, using examples from our own reports.",
        "Regional Adoption Agency Practice Lead", "June 2018",
        [(15, "j", "h", "quality of child permanence reports")])

    S = "Priority 5: Homes for our children"
    add(S, "5.1", "9", "'Foster for Brindleheath' campaign for carers of teenagers, brothers and "
        "sisters and disabled children, with a dedicated recruitment officer and a reply to "
        "every enquiry within 48 hours.",
        "Fostering Recruitment Manager", "Launch April 2018",
        [(9, "e", "h", "more foster carers for the range of children's needs")], [9])
    add(S, "5.2", "", "Bring fees and allowances up to the regional average and give Brindleheath "
        "foster households a council tax discount, so that we attract and keep carers.",
        "Head of Family Placement; Finance Business Partner", "2018/19 budget",
        [(9, "j", "h", "increasing the number of foster carers")])
    add(S, "5.3", "", "Fostering assessments completed within six months, with every household "
        "in assessment tracked fortnightly.",
        "Fostering Team Manager", "Ongoing",
        [(9, "j", "m", "approving more foster carers")], style="short")

    S = "Priority 6: Care leavers"
    add(S, "6.1", "11", "Two progression coaches in the Leaving Care Team for every care leaver "
        "not in work or learning, and ten council apprenticeships a year kept for care "
        "leavers.",
        "Leaving Care Team Manager; HR Apprenticeship Lead", "From September 2018",
        [(11, "e", "h", "education, employment and training for care leavers")], [11])
    add(S, "6.2", "", "Personal advisers allocated at 16 rather than 18 so that plans for college, "
        "training and work start earlier.",
        "Head of Service, Children in Care and Permanence", "September 2018",
        [(11, "j", "h", "promoting education, employment and training before leaving care")],
        style="incell")
    add(S, "6.3", "12", "Transition protocol with Brindle and Tame Partnership NHS Trust: care "
        "leavers known to CAMHS referred to the adult team six months before their 18th "
        "birthday, with a joint handover meeting.",
        "Head of Service, Children in Care and Permanence; CAMHS Service Manager", "July 2018",
        [(12, "e", "h", "links with adult mental health services")], [12])
    add(S, "6.4", "", "A named worker from the adult community mental health team to join the "
        "Leaving Care Team's monthly consultation clinic.",
        "", "Autumn 2018",
        [(12, "j", "h", "care leavers' mental health needs met after they leave children's "
          "services")], style="nopipe")
    add(S, "6.5", "13", "Commission six emergency crash-pad beds in supported lodgings with "
        "Brindleheath YMCA so that no care leaver is ever placed in a hotel or B&B.",
        "Commissioning Manager, People Directorate", "October 2018",
        [(13, "e", "h", "emergency accommodation instead of hotels")], [13])
    add(S, "6.6", "", "Keep two flats at Brook Court free as short-stay flats for care leavers who "
        "lose their home at short notice.",
        "Housing Options Manager", "From August 2018",
        [(13, "j", "h", "emergency accommodation for care leavers")])

    S = "Other commitments carried into this plan"
    add(S, "7.1", "", "Children in care achievement awards evening at the Civic Hall.",
        "Corporate Parenting Officer", "July 2018")
    add(S, "7.2", "", "Move the assessment teams into the refurbished Lodge Street offices with "
        "laptops and agile working.",
        "Property Services", "TBC")
    add(S, "7.3", "", "Repeat the annual social work health check survey and publish the results "
        "to staff.",
        "Principal Social Worker", "Nov 2018")
    return acts


BRINDLE = {
    "name": "brindleheath", "ext": "md", "report": "sandwell-80549/2018-01-29.pdf",
    "council": "Brindleheath Metropolitan Borough Council",
    "actions": brindle_actions, "bounds": (36, 42),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "weak",
                 6: "covered", 7: "covered", 8: "covered", 9: "covered", 10: "uncovered",
                 11: "covered", 12: "covered", 13: "covered", 14: "covered", 15: "covered",
                 16: "uncovered", 17: "weak"},
    "unanswered": [10, 16], "passing": [17], "partial": [5],
    "orphans": ["1.7", "7.1", "7.2", "7.3"], "miscited": ["4.4"],
    "asks": {5: [("children who go missing receive a timely return home interview", ["3.1"]),
                 ("risks are analysed to inform future plans and identify wider patterns and "
                  "activity", ["3.2", "3.3"]),
                 ("review with the current provider its approach to young people when arranging "
                  "an interview, to ensure that refusals are kept to a minimum", [])],
             14: [("timely and good-quality life story work is developed for children to help "
                   "them to understand what has happened in their lives", ["4.4", "4.6"]),
                  ("life story books and later life letters are provided at the time when a "
                   "child moves to their adoptive family", ["4.5"])]},
    "notes": (
        "Markdown as a converter makes it from Word: a '#' title, a bold subtitle, introduction "
        "paragraphs, then per priority a '## ' heading, two bold label lines ('**Senior lead:**', "
        "'**What good will look like:**', not actions) and a pipe table | Ref | Ofsted rec | "
        "Action | Lead | Timescale |. 'row' is the Ref cell (1.1 ...), 'section' the '##' "
        "heading, 'objective' the Ofsted rec cell as written ('Rec 5', '6', '4, 8') or null "
        "when blank; the rec cell cites a number on 18 of 40 rows. Broken rows, as converted: "
        "2.2's action cell wraps onto a second line; 1.6 and 6.4 lack the trailing pipe; 2.7 "
        "and 5.3 have one cell too few (the empty Ofsted rec cell is missing, so the action "
        "sits in the second column); on 2.3, 3.3, 4.6 and 6.2 the Lead and Timescale cells "
        "are empty and the action cell ends '<br>**Lead:** ...<br>**By:** ...' (gold "
        "'text' is the action only, the lead and date are in leads_raw and date_raw). 6.4 has "
        "no lead. R10 (review commissioning documents so commissioning intentions are informed "
        "by detailed plans) is the hard unanswered one: orphan 1.7 (re-tender the short breaks "
        "contract 'through the Commissioning Hub, following the council's commissioning "
        "cycle') and action 6.5 ('Commission six emergency crash-pad beds', aimed at R13) "
        "share its commissioning vocabulary, but nothing reviews the commissioning documents "
        "or ties intentions to plans. R16 (adoption panel's quality assurance function through "
        "feedback and meetings with the agency) is unanswered; action 4.7 (the adoption team "
        "manager quality-assures child permanence reports 'before it goes to panel', aimed at "
        "R15) shares 'adoption', 'panel' and quality-assurance words. R17 (analysis of "
        "complaints including children's, log of informal resolutions) is touched only in "
        "passing: action 1.3, aimed at R1, looks at 'the complaints each team has received' in "
        "a list of things a performance clinic covers (passing, weak). R5 is partly answered "
        "(see asks): timely return home interviews (3.1) and analysis of risks and patterns "
        "(3.2, 3.3) are answered; reviewing the provider's approach to keep refusals down is "
        "not (weak). Action 1.6 (aimed at R2) says hotels should know what is expected of "
        "them (exploitation awareness), sharing 'hotels' with R13. Mis-cited row: 4.4 cites 6 (copied from the permanence rows above it) but "
        "starts life story books, so it answers R14; its citation is not a link. 2.5 cites '4, "
        "8' and answers both; 2.6 answers R4 and R1. Orphans (business as usual): 1.7, 7.1 "
        "(awards evening), 7.2 (office move), 7.3 (health check survey). The plan's own names: "
        "Orbit (case system), Aspire Plus, MASE and CMOG groups, 'My Story' books, Brook Court. "
        "In these notes actions are named by their Ref cell; in the ids brindleheath-1 to -7 "
        "are 1.1-1.7, -8 to -15 are 2.1-2.8, -16 to -20 are 3.1-3.5, -21 to -28 are 4.1-4.8, "
        "-29 to -31 are 5.1-5.3, -32 to -37 are 6.1-6.6, -38 to -40 are 7.1-7.3."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Rodingwharf - plain text from a document converter, answering Newham 2022-09-21
# (ILACS, 4 recommendations). Tab-separated table rows: Ref (with the Ofsted citation on the
# first row of a group) | What we want to achieve (first row of a group only) | Actions (HTML
# list fragments) | Lead | Timescale.
# ---------------------------------------------------------------------------------------------

RODING_GROUPS = {
    "1. CARE LEAVERS": (
        "Leaving Care and The Cove",
        "Every young person gets the same good service from their personal adviser, has a real "
        "say in how the service runs, and is ready for adult life well before 18."),
    "2. YOUNG PEOPLE WHO ARE HOMELESS AT 16 OR 17": (
        "Adolescent Response Team",
        "Young people aged 16 and 17 who have nowhere to live can see from their file why each "
        "decision was made."),
    "3. SERVICE PLAN COMMITMENTS 2022-23": (
        None,
        "Continuing priorities from the Children and Young People's Service Plan."),
}


def roding_actions():
    acts = []

    def add(group, ref, parts, lead, date, links=(), refs=(), cite="", form="ul", wrap=None,
            split=None):
        sub, outcome = RODING_GROUPS[group]
        text = " ".join(parts + ([split] if split else []))
        # two leads in one cell are split by <br> in the document; the gold joins them by '; '
        acts.append(A(text, lead.replace("<br>", "; "), date, links, list(refs), row=ref,
                      section=group, objective=outcome, parts=list(parts), cite=cite, sub=sub,
                      form=form, wrap=wrap, split=split, lead_html=lead))

    G = "1. CARE LEAVERS"
    add(G, "1.1", ["Practice standards for personal advisers, written with care leavers: how "
                   "often we keep in touch, what every pathway plan review covers and how we "
                   "explain what young people are entitled to.",
                   "Launched at a whole-service day and checked in each PA's monthly "
                   "supervision."],
        "Head of Service, Leaving Care", "December 2022",
        [(4, "e", "h", "consistency of practice for care leavers")], [4],
        cite="Ofsted area for improvement 4")
    add(G, "1.2", ["Keep each young person with one PA wherever we can.",
                   "When a PA leaves: a handover meeting with the young person, and a named "
                   "back-up PA for every caseload."],
        "Team Managers, Leaving Care", "From Nov 2022",
        [(4, "j", "h", "consistent practice: changes of PA harm relationships and what young "
          "people are told")], form="br")
    add(G, "1.3", ["Monthly reflective group supervision for personal advisers with the clinical "
                   "team (the model the Children with Disabilities Team will move to once its "
                   "restructure is complete)."],
        "Clinical Lead, Systemic Practice", "January 2023",
        [(4, "j", "m", "consistency of PA practice through shared supervision")])
    add(G, "1.4", ["Four paid Young Ambassador posts (10 hours a week) to run monthly sessions "
                   "at The Cove and sit on the Corporate Parenting Board, PA interview panels "
                   "and the service's practice meetings."],
        "Participation Manager", "March 2023",
        [(4, "j", "h", "wider engagement and participation of care leavers")],
        split="Ambassadors to be care-experienced and aged 18 to 25, recruited by young people.")
    add(G, "1.5", ["'Tell Us' survey of all care leavers every year, with a 'you said, we did' "
                   "evening at The Cove to report back."],
        "Participation Manager<br>Business Intelligence", "Feb 2023 then annually",
        [(4, "j", "h", "care leavers' participation in shaping the service")], form="p")
    add(G, "1.6", ["PA allocated by the 16th birthday, a joint visit by the social worker and PA "
                   "within a month, and a written split of tasks between them until the young "
                   "person is 18."],
        "Service Manager, Children in Care and Leaving Care", "April 2023",
        [(4, "j", "h", "engaging young people in preparation for leaving care")])
    add(G, "1.7", ["'Ready for 18' programme from 16: cooking, budgeting, tenancy skills and "
                   "keeping well, run at The Cove with the Housing Service.",
                   "Each young person's progress is recorded in their pathway plan."],
        "Leaving Care Team Manager<br>Housing Needs Manager", "Spring term 2023",
        [(4, "j", "h", "engaging young people in preparation for leaving care")],
        wrap="recorded in")

    G = "2. YOUNG PEOPLE WHO ARE HOMELESS AT 16 OR 17"
    add(G, "2.1", ["One joint housing and social care assessment for every homeless 16- or "
                   "17-year-old, with a section the social worker must complete on the options "
                   "discussed, including becoming looked after, and the young person's own "
                   "words about what they chose and why."],
        "Team Manager, Adolescent Response Team<br>Housing Options Manager", "Nov 2022",
        [(3, "e", "h", "records explaining decisions for homeless 16/17-year-olds")], [3],
        cite="Ofsted area for improvement 3")
    add(G, "2.2", ["'Your home, your choice' guide given and talked through at the first "
                   "visit.",
                   "The record shows the guide was given and what the young person made of "
                   "it."],
        "Social Workers, Adolescent Response Team", "Immediate",
        [(3, "j", "h", "records showing the information behind the young person's decision")],
        form="br")
    add(G, "2.3", ["Team manager to add a decision note whenever a young person turns down "
                   "being accommodated, giving their reasons and the manager's view of them."],
        "Team Managers", "Immediate",
        [(3, "j", "h", "records explain decisions, including refusals")])
    add(G, "2.4", ["Quality Assurance team to dip-sample ten homelessness assessments a quarter, "
                   "checking that the reasons for every decision are written down."],
        "", "Quarterly",
        [(3, "j", "h", "checking records explain decisions")], wrap="checking")

    G = "3. SERVICE PLAN COMMITMENTS 2022-23"
    add(G, "3.1", ["Recommission Family Voices, the parents' advocacy service, so that every "
                   "parent at an initial child protection conference is offered an advocate; "
                   "new contract from April 2023."],
        "Commissioning Lead, Children and Young People", "April 2023")
    add(G, "3.2", ["Agree the 2023-25 partnership agreement with Adopt Thames Gateway, our "
                   "regional adoption agency."],
        "Head of Permanence", "March 2023")
    add(G, "3.3", ["Second cohort of the Rodingwharf Social Work Academy: 25 newly qualified "
                   "social workers from September 2023."],
        "Principal Social Worker", "Sept 2023")
    add(G, "3.4", ["Move Orchard, our case recording system, to the cloud version and retire "
                   "the old document store."],
        "Head of Digital, Children and Young People", "TBC")
    add(G, "3.5", ["'Homes in Rodingwharf' foster carer recruitment drive with the "
                   "neighbouring boroughs' fostering hub."],
        "Fostering Recruitment Manager", "")
    return acts


RODING = {
    "name": "rodingwharf", "ext": "txt", "report": "newham-80511/2022-09-21.pdf",
    "council": "London Borough of Rodingwharf",
    "actions": roding_actions, "bounds": (15, 18),
    "expected": {1: "weak", 2: "uncovered", 3: "weak", 4: "covered"},
    "unanswered": [2], "passing": [1], "partial": [3],
    "orphans": ["3.1", "3.2", "3.3", "3.4", "3.5"], "miscited": [],
    "asks": {3: [("records which explain decisions for 16- and 17-year-olds who present as "
                  "homeless", ["2.1", "2.2", "2.3", "2.4"]),
                 ("the clarity of plans made for them", [])],
             4: [("consistency of practice for care leavers", ["1.1", "1.2", "1.3"]),
                 ("their wider engagement and participation", ["1.4", "1.5"]),
                 ("engaging in preparation for leaving care", ["1.6", "1.7"])]},
    "notes": (
        "Plain text as a document converter leaves a Word plan: blank lines, a bold title "
        "block, PART ONE (introduction prose), PART TWO with a tab-separated table whose header "
        "row is 'Ref including Ofsted area for improvement | What we want to achieve | Actions "
        "| Lead | Timescale'; a group row ('1. CARE LEAVERS' followed by empty cells) and a "
        "sub-heading row (team name) open each group; and PART THREE, an appendix listing "
        "Ofsted's four areas for improvement word for word (recommendations, not actions). "
        "One table row is one action. Action cells hold HTML fragments: '<ul><li>' items (the "
        "items of one cell are parts of one action, 'text' joins them), '<br>', '<p>'; lead "
        "cells sometimes hold two leads split by '<br>' (leads_raw joins them with '; '). Conversion artefacts: the action cell of "
        "1.7 and of 2.4 wraps onto a continuation line; the action of 1.4 runs on to a second "
        "line holding only an action cell (a row split at a page break: the same action). "
        "'row' is the Ref number (1.1 ...); 'section' the group row; 'objective' the 'What we "
        "want to achieve' cell, written on the first row of each group only and carried to "
        "every action of the group. The first row of groups 1 and 2 cites 'Ofsted area for "
        "improvement 4' and '... 3' in the Ref cell (explicit); the other rows cite nothing "
        "(judged). Group numbers are not recommendation numbers (group 1 answers R4). R2 "
        "(consistency in the offer of advocates for children) is the hard unanswered one: "
        "orphan 3.1 recommissions advocacy for parents and shares 'advocate', 'offered', but "
        "nothing is aimed at children's advocacy. R1 (planning and supervision for disabled "
        "children) is touched only in passing: action 1.3, aimed at R4, says the Children with "
        "Disabilities Team 'will move to' the group supervision model once its restructure is "
        "complete (passing, weak). R3 is partly answered (see asks): records explaining "
        "decisions are answered (2.1-2.4), the clarity of plans made for homeless young people "
        "is not (weak). R4 is answered in all three asks. 2.4 has no lead and 3.5 no date. "
        "Orphans (business as usual): 3.1-3.5. Actions are named by their Ref cell; "
        "rodingwharf-1 to -7 are 1.1-1.7, -8 to -11 are 2.1-2.4, -12 to -16 are 3.1-3.5."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Kibblesford - HTML page from a council website, answering Gateshead 2025-01-29
# (ILACS-short, 3 recommendations). One <table>: Priority (rowspan) | What we will do | Who |
# By when | Update. No recommendation numbers anywhere.
# ---------------------------------------------------------------------------------------------

def kibble_actions():
    acts = []

    def add(sec, lead_in, lead, date, update, links=(), steps=(), paras=()):
        if steps:
            text = lead_in + " " + "; ".join(steps) + "."
        else:
            text = " ".join((lead_in,) + tuple(paras))
        acts.append(A(text, lead, date, links, section=sec, lead_in=lead_in,
                      steps=list(steps), paras=list(paras), update=update))

    S = "Young people who are homeless at 16 or 17"
    add(S, "Agree a new joint protocol with Housing Solutions for young people aged 16 and 17 "
        "who are homeless or have nowhere safe to stay:",
        "Service Manager, Adolescent Young Person Service and Housing Solutions Manager",
        "March 2025", "Protocol signed by both directors on 11 March.",
        [(1, "j", "h", "response to homeless 16/17-year-olds")],
        steps=["a joint visit by a social worker and a prevention officer within one working "
               "day", "one shared assessment", "a shared record both services can see"])
    add(S, "At the first visit, talk every young person through 'Where will I live?', the guide "
        "our Young Ambassadors wrote, so they know their rights and what coming into care "
        "would mean for them before anything is decided.",
        "Social workers, Adolescent Young Person Service", "From April 2025",
        "Guide printed; on the Local Offer site since May.",
        [(1, "j", "h", "rights explained early so young people can make informed decisions")])
    add(S, "Offer every young person an independent advocate before any decision about coming "
        "into care, and note the offer and their answer on the file.",
        "Children's Rights Officer (Advocacy North Partnership)", "April 2025",
        "Advocacy offered in 14 of 16 cases (Apr-May).",
        [(1, "j", "h", "advocacy offered to homeless young people")])
    add(S, "One named worker in the Adolescent Young Person Service stays with each young "
        "person from the first visit until they are settled.",
        "Team Manager, Vulnerable Adolescent Team", "June 2025", "",
        [(1, "j", "h", "continuity in the response to homeless young people")])
    add(S, "Two 'Safe Stay' emergency beds at the Kibblesford Foyer, so that nobody waits in "
        "unsuitable accommodation while the assessment is done.",
        "Commissioning Officer, Children's Services", "",
        "Beds available from 1 May.",
        [(1, "j", "h", "safe accommodation as part of the response to homeless young people")])
    add(S, "Joint training on the Southwark judgment for Housing Solutions officers and "
        "children's social workers.",
        "Workforce Development Team", "Summer 2025",
        "Two sessions booked (July).",
        [(1, "j", "h", "staff in both services respond correctly to homeless 16/17-year-olds")])

    S = "Supervision that makes a difference"
    add(S, "Launch a new supervision record in Beacon:",
        "Principal Social Worker", "May 2025",
        "Template live 6 May; 61% of sessions on new template (June).",
        [(3, "j", "h", "quality of recorded supervision")],
        steps=["reflection on what life is like for the child", "the worker's and manager's "
               "analysis", "actions with dates", "what has changed since last time"])
    add(S, "Social workers read and agree their supervision record within five working days, "
        "and any disagreement is noted on it.",
        "Team Managers", "Immediate", "",
        [(3, "j", "h", "recorded supervision that reflects the discussion")])
    add(S, "Service managers audit ten supervision records a month each, graded for "
        "reflection and for whether agreed actions were done.",
        "Service Managers", "Monthly",
        "First round: 40% good, 45% requires improvement, 15% inadequate.",
        [(3, "j", "h", "quality and impact of recorded supervision checked")],
        paras=["Results go into the monthly performance pack."])
    add(S, "'Supervising well' course for all team managers and senior practitioners, delivered "
        "with our restorative practice partner.",
        "Head of Quality and Workforce with Restore Together CIC", "January - June 2025",
        "Cohorts 1 and 2 complete.",
        [(3, "j", "h", "quality of supervision")])
    add(S, "Ask practitioners each quarter whether supervision helps them move children's plans "
        "on; themes to the Practice Improvement Group.",
        "Practice Improvement Group", "Quarterly", "",
        [(3, "j", "m", "impact of supervision")])
    add(S, "Practice Week: senior leaders sit in on a supervision session in every team and "
        "feed back to the team manager.",
        "Strategic Director, Children, Adults and Families", "w/c 17 March 2025",
        "Done: 23 sessions observed.",
        [(3, "j", "m", "quality of supervision")])

    S = "Also this year"
    add(S, "Young Carers' Festival and a new young carer ID card with Kibblesford Carers' "
        "Centre, launched in schools during Carers Week.",
        "Kibblesford Carers' Centre", "June 2025",
        "ID card launched; 120 young people at the festival.")
    add(S, "Open The Landing, a drop-in hub for care leavers in the town centre.",
        "Leaving Care Service Manager", "Spring 2025", "Opened 3 April.")
    add(S, "Start a second Mockingbird constellation in the east of the borough.",
        "Fostering Service Manager", "September 2025", "Hub carer being recruited.")
    add(S, "Ten places on the social work degree apprenticeship for family workers.",
        "Workforce Development Team", "2025/26", "")
    return acts


KIBBLE = {
    "name": "kibblesford", "ext": "html", "report": "gateshead-80469/2025-01-29.pdf",
    "council": "Kibblesford Metropolitan Borough Council",
    "actions": kibble_actions, "bounds": (15, 17),
    "expected": {1: "covered", 2: "uncovered", 3: "weak"},
    "unanswered": [2], "passing": [], "partial": [3],
    "orphans": [13, 14, 15, 16], "miscited": [],
    "asks": {3: [("the quality and impact of recorded supervision", [7, 8, 9, 10, 11, 12]),
                 ("management oversight of decisions", [])]},
    "notes": (
        "HTML page as published on a council website: skip link, site navigation, breadcrumb, "
        "a title, introduction paragraphs and a 'last updated' line, then one <table> with a "
        "<thead> row 'Priority | What we will do | Who | By when | Update (June 2025)', then a "
        "'Related pages' box and a footer (navigation, related links and footer are not plan "
        "text). The Priority cell spans its rows (rowspan) and holds the priority's name only; "
        "'section' is that name, 'row' and 'objective' are null. Some 'What we will do' cells "
        "hold a lead-in and a <ul> of steps of one action (actions 1 and 7: 'text' is the "
        "lead-in followed by the steps joined by '; '), one holds two <p> paragraphs of one "
        "action (action 9). The Update column is progress, not part of 'text'. No "
        "recommendation numbers; every link is judged. R2 (the impact of being a young carer "
        "in wider child-in-need planning) is the hard unanswered one: orphan 13 (Young "
        "Carers' Festival and young carer ID card) shares its 'young carer' vocabulary but is "
        "about the universal young carers' offer, and nothing is aimed at child-in-need plans. "
        "R3 is partly answered (see asks): the quality and impact of recorded supervision is "
        "answered (actions 7-12); management oversight of decisions (managers' recorded "
        "rationale for decisions) is not (weak). R1 is answered by six actions (1-6). Action 5 "
        "has no date. Orphans (business as usual): 13-16. 'action N' means kibblesford-N. The "
        "plan's own names: Beacon (case system), Adolescent Young Person Service, 'Where will "
        "I live?', The Landing, Restore Together CIC."),
}

PLANS = [BRINDLE, RODING, KIBBLE]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def write_brindle(plan, acts, path):
    out = ["# Brindleheath Metropolitan Borough Council", "",
           "**Children's Services Improvement Plan 2018-2020: our response to the Ofsted "
           "inspection of November 2017**", "",
           "Ofsted's inspection of services for children in need of help and protection, "
           "children looked after and care leavers reported in January 2018 and found that our "
           "services are inadequate. We accept the findings in full. Too many children wait too "
           "long for decisions, their plans drift, and we do not yet work closely enough with "
           "partners to understand the needs of our most vulnerable children.", "",
           "This plan replaces the improvement plan agreed after the 2015 inspection. It is "
           "organised around six priorities, each with a senior lead, and lists under each one "
           "what we will do, who leads it and when it will be done. Where an action answers one "
           "of the inspection's recommendations we have noted the recommendation number.", "",
           "The plan is owned by the Director of Children's Services and monitored every month "
           "by the Brindleheath Children's Improvement Board, chaired by the DfE-appointed "
           "Improvement Adviser. Progress is reported to Cabinet and to the Children's Services "
           "Scrutiny Board every quarter.", "",
           "*Version 1.4, 28 March 2018. Status: approved by Cabinet.*", ""]
    current = None
    for a in acts:
        x = a["extra"]
        if a["section"] != current:
            if current is not None:
                out.append("")
            current = a["section"]
            who, good = BRINDLE_SECTIONS[current]
            out += [f"## {current}", "", f"**Senior lead:** {who}", "",
                    f"**What good will look like:** {good}", "",
                    "| Ref | Ofsted rec | Action | Lead | Timescale |",
                    "|-----|-----------|--------|------|-----------|"]
        cells = [a["row"], a["objective"] or "", a["text"], a["lead"], a["date"]]
        assert not any("|" in c or "\n" in c for c in cells), a["row"]
        style = x["style"]
        if style == "incell":
            cells[2] = f"{a['text']}<br>**Lead:** {a['lead']}<br>**By:** {a['date']}"
            cells[3] = cells[4] = ""
        if style == "short":
            assert not a["objective"]
            del cells[1]
        line = "| " + " | ".join(cells) + " |"
        if style == "nopipe":
            line = line[:-2]
        if style == "wrap":
            words = cells[2].split(" ")
            half = len(words) // 2
            first = "| " + " | ".join(cells[:2]) + " | " + " ".join(words[:half])
            rest = " ".join(words[half:]) + " | " + " | ".join(cells[3:]) + " |"
            out += [first, rest]
        else:
            out.append(line)
    out += ["", "---", "",
            "*Contact: Children's Improvement Team, Brindleheath Council House.*"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_roding(plan, acts, path):
    cols = ["Ref including Ofsted area for improvement", "What we want to achieve", "Actions",
            "Lead", "Timescale"]
    out = ["", "",
           "**LONDON BOROUGH OF RODINGWHARF",
           "CHILDREN AND YOUNG PEOPLE'S SERVICES",
           "POST-INSPECTION ACTION PLAN",
           "NOVEMBER 2022**", "",
           "PART ONE: INTRODUCTION", "",
           "Ofsted inspected Rodingwharf's services for children in July 2022 under the "
           "inspection of local authority children's services (ILACS) framework. The report was "
           "published in September 2022 and judged our services to be good overall, with the "
           "impact of leaders on social work practice judged outstanding. Three years ago the "
           "same services were judged inadequate.", "",
           "Inspectors identified four areas where we need to do better. This action plan sets "
           "out what we will do about them, alongside commitments from our service plan that "
           "continue this year. Each area has a named lead and a target date, and the Ref "
           "column shows which of Ofsted's areas for improvement a group of actions responds "
           "to.", "",
           "The plan will be monitored by the Children's Improvement and Assurance Board, "
           "chaired by the Corporate Director, and reported to the Corporate Parenting Board "
           "and the Children and Young People Scrutiny Commission every six months.", "",
           "PART TWO: ACTION PLAN", "",
           "\t".join(cols)]

    def cell(a):
        x = a["extra"]
        parts = [html.escape(p, quote=False) for p in x["parts"]]
        if x["form"] == "br":
            body = "<br>".join(parts)
        elif x["form"] == "p":
            body = "".join(f"<p>{p}</p>" for p in parts)
        else:
            style = ' style="list-style-type: none"' if a["row"] in ("1.1", "2.1") else ""
            body = f"<ul{style}>" + "".join(f"<li>{p}</li>" for p in parts) + "</ul>"
        return body

    current = None
    for a in acts:
        x = a["extra"]
        if a["section"] != current:
            if current is not None:
                out.append("")
            current = a["section"]
            out.append(current + "\t" * (len(cols) - 1))
            if x["sub"]:
                out.append(x["sub"] + "\t" * (len(cols) - 1))
            first = True
        else:
            first = False
        ref = a["row"] + (" " + x["cite"] if x["cite"] else "")
        outcome = a["objective"] if first else ""
        row = [ref, outcome, cell(a), x["lead_html"], a["date"]]
        for c in row:
            assert "\t" not in c and "\n" not in c, a["row"]
        line = "\t".join(row)
        if x["wrap"]:
            k = line.index(x["wrap"]) + len(x["wrap"])
            assert line[k] == " "
            line = line[:k] + "\n" + line[k + 1:]
        out.append(line)
        if x["split"]:
            out.append("\t\t<ul><li>" + html.escape(x["split"], quote=False) + "</li></ul>\t\t")
    out += ["-----\t---\t--------------------------------\t------\t-----", "",
            "PART THREE: APPENDIX", "",
            "Appendix A - Ofsted's areas for improvement (inspection report, September 2022)", "",
            "The inspection report identified the following areas for improvement:", ""]
    for r in report_recs(plan["report"]):
        out.append(f"{r['number']}. {r['text']}")
    out += ["", "Document owner: Director of Children's Social Care. Next review: May 2023."]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_kibble(plan, acts, path):
    def e(s):
        return html.escape(s, quote=False)

    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>Children's social care: our improvement plan - Kibblesford Council</title>",
           '<link rel="stylesheet" href="/site/styles/kibblesford.css">', "</head>",
           '<body class="page-template-default">',
           '<a class="skip" href="#content">Skip to content</a>',
           '<header id="masthead"><div class="brand"><a href="/">Kibblesford Council</a></div>',
           '<form class="search" action="/search"><label for="q">Search</label>'
           '<input id="q" name="q" type="search"><button>Go</button></form>',
           '<nav id="primary-menu" aria-label="Main menu"><ul class="menu">',
           '<li><a href="/residents">Residents</a><ul class="sub-menu">'
           '<li><a href="/bins">Bins, waste and recycling</a></li>'
           '<li><a href="/council-tax">Council Tax</a></li>'
           '<li><a href="/parking">Parking and roads</a></li></ul></li>',
           '<li><a href="/children-families">Children and families</a><ul class="sub-menu">'
           '<li><a href="/children-families/early-help">Early help</a></li>'
           '<li><a href="/children-families/fostering">Fostering</a></li>'
           '<li><a href="/children-families/local-offer">Care leavers\' local offer</a></li>'
           '</ul></li>',
           '<li><a href="/adults">Adults and health</a></li>',
           '<li><a href="/business">Business</a></li>',
           '<li><a href="/your-council">Your council</a></li>',
           "</ul></nav></header>",
           '<div class="breadcrumbs"><a href="/">Home</a> &gt; '
           '<a href="/children-families">Children and families</a> &gt; '
           '<a href="/children-families/ofsted">Ofsted inspection 2024</a> &gt; '
           "<span>Our improvement plan</span></div>",
           '<main id="content">',
           "<h1>Children's social care: our improvement plan</h1>",
           "<p>Ofsted inspected our children's services in December 2024 and judged them good "
           "in every area. Inspectors told us what we need to do better, and this page sets "
           "out our plan, who is responsible and when each action will be done.</p>",
           "<p>Progress is checked every two months by the Children's Services Leadership Team "
           "and reported to the Corporate Parenting Board. We update this page every "
           "quarter.</p>",
           '<p class="meta">Page last updated: 30 June 2025</p>',
           '<table class="wp-block-table plan">',
           "<thead><tr><th>Priority</th><th>What we will do</th><th>Who</th><th>By when</th>"
           "<th>Update (June 2025)</th></tr></thead>", "<tbody>"]
    spans = {}
    for a in acts:
        spans[a["section"]] = spans.get(a["section"], 0) + 1
    current = None
    for a in acts:
        x = a["extra"]
        tds = []
        if a["section"] != current:
            current = a["section"]
            tds.append(f'<td rowspan="{spans[current]}"><p><strong>{e(current)}</strong></p>'
                       "</td>")
        if x["steps"]:
            what = (f"<p>{e(x['lead_in'])}</p><ul>"
                    + "".join(f"<li>{e(s)}</li>" for s in x["steps"]) + "</ul>")
        elif x["paras"]:
            what = "".join(f"<p>{e(p)}</p>" for p in [x["lead_in"]] + x["paras"])
        else:
            what = f"<p>{e(x['lead_in'])}</p>"
        tds.append(f"<td>{what}</td>")
        tds.append(f"<td>{e(a['lead'])}</td>")
        tds.append(f"<td>{e(a['date'])}</td>")
        tds.append(f"<td>{e(x['update'])}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out += ["</tbody>", "</table>",
            '<aside class="related"><h2>Related pages</h2><ul>',
            '<li><a href="/children-families/ofsted/report">Ofsted inspection report '
            "(PDF)</a></li>",
            '<li><a href="/children-families/young-carers">Support for young carers</a></li>',
            '<li><a href="/children-families/homeless-16-17">Help if you are 16 or 17 and '
            "homeless</a></li>",
            '<li><a href="/jobs/social-care">Jobs in children\'s social care</a></li>',
            "</ul></aside>",
            '<div class="page-feedback">Was this page helpful? <a href="/feedback?p=ofsted-plan">'
            "Yes</a> <a href=\"/feedback?p=ofsted-plan&amp;n=1\">No</a></div>",
            "</main>",
            '<footer id="colophon"><nav aria-label="Footer"><ul>',
            '<li><a href="/contact">Contact us</a></li>',
            '<li><a href="/accessibility">Accessibility statement</a></li>',
            '<li><a href="/privacy">Privacy and cookies</a></li>',
            '<li><a href="/foi">Freedom of information</a></li>',
            "</ul></nav>",
            "<p>Kibblesford Council, Civic Centre, Regent Street, Kibblesford</p>",
            "</footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


WRITERS = {"brindleheath": write_brindle, "rodingwharf": write_roding,
           "kibblesford": write_kibble}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, orphans (min, max), covered recs answered by 2+ actions
    "brindleheath": dict(unanswered=2, passing=1, partial=1, orphans=(3, 5)),
    "rodingwharf": dict(unanswered=1, passing=1, partial=1, orphans=(3, 5)),
    "kibblesford": dict(unanswered=1, passing=0, partial=1, orphans=(3, 5)),
}

# words too common in this domain to count as shared vocabulary


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
    for r in d["partial"]:  # a partly answered recommendation has two or more asks
        assert len(gold["asks"][r]) >= 2, (name, r)
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    covered = [r for r, s in gold["expected"].items() if s == "covered"]
    assert covered, name
    sizes = [len(per_rec[r]) for r in covered]
    assert all(2 <= n <= 7 for n in sizes), (name, sizes)
    if len(sizes) >= 5:  # in the large plan most answered recommendations have 2-5 actions
        assert sum(1 for n in sizes if n <= 5) >= len(sizes) / 2, (name, sizes)
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert r in d["notes"], (name, r)
    assert "hard unanswered" in d["notes"], name
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert "<" not in a["text"] and ">" not in a["text"], (name, a["id"])
        assert "<" not in a["leads_raw"] and "<" not in a["date_raw"], (name, a["id"])
    # at least a third of the answering links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    recs = {r["id"]: r["text"] for r in gold["recommendations"]}
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(recs[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) or any(not a["date_raw"] for a in acts), name
    if name == "brindleheath":
        assert len(d["miscited"]) == 1, name
        cited = [a for a in acts if a["explicit_refs"]]
        assert 0.4 <= len(cited) / len(acts) <= 0.6, (name, len(cited))
        for a in acts:
            if a["objective"]:
                nums = [int(n) for n in re.findall(r"\d+", a["objective"])]
                assert nums == a["explicit_refs"], a["id"]
            else:
                assert not a["explicit_refs"], a["id"]
        assert any(l["source"] == "explicit" for l in gold["links"]), name
    if name == "rodingwharf":
        for a in acts:
            assert a["row"] and a["section"] and a["objective"], a["id"]
            assert len(a["explicit_refs"]) <= 1, a["id"]
        # only the first row of a group cites, and the group number is never the cited one
        for a in acts:
            if a["explicit_refs"]:
                assert a["row"].endswith(".1"), a["id"]
                assert int(a["row"].split(".")[0]) != a["explicit_refs"][0], a["id"]
    if name == "kibblesford":
        for a in acts:
            assert a["row"] is None and a["objective"] is None and not a["explicit_refs"]
            assert not re.search(r"\b(rec|recommendation)\b", a["text"], re.I), a["id"]
        assert all(l["source"] == "judged" for l in gold["links"]), name
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "r", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(15, 45))
