"""Write the sealed coverage evaluation set "ad": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_ad.py            # writes documents and gold
    python scripts/make_coverage_plans_ad.py --check    # only runs the consistency checks

Documents: corpus/coverage/ad/<name>.<ext>      Gold: corpus/gold/coverage/ad/<name>.json

The two documents imitate what councils' own systems produce: a Markdown page of a team's git
wiki (a title, a short introduction, "## Theme N - name" sections in the council's own order,
each with an "Aim:" line, and under each theme every action as a "### <ref> <short title>"
heading, a paragraph and a bullet list of bold-labelled fields Lead / Due / Ofsted recommendation
/ Status, the citation field present on fewer than half of the actions and some fields left
empty or left out), and a council committee report printed from Word to PDF (a header block,
numbered sections of prose, then "Appendix A - Action plan": a ruled table Recommendation | What
we will do | Responsible | By whose Recommendation cell is merged down its group of rows and
drawn once, running over a page break, and "Page N of M" in the footer).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
recommendations of both were transcribed by hand from the report PDFs for this set and are held
below as data (RB_RECS, ST_RECS), word for word, lines broken by the PDF joined, the reports'
curly apostrophes and quotation marks kept; they are passed to build_gold(recs=...). Nothing is
written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the action cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
    cite=[7]                       numbers the action cites (its "Ofsted recommendation" field,
                                   or its group's Recommendation cell)
    mis=True                       the action cites a number its text does not answer; its
                                   citation is not a link, its true link is judged
Actions with no links are orphans (see each plan's design notes).

All councils, people, teams, systems, charities and local programmes are fictional (national
schemes such as Regulation 24 temporary approval, the Philomena Protocol, Makaton or the
assessed and supported year in employment are named as councils name them). Output is
deterministic: the Markdown file is plain text; reportlab runs in invariant mode with fixed
metadata.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, ROOT, build_gold, main, numbered_canvas,  # noqa: E402
                          reportlab_canvas, xml_escape)
from _coverage_sets import STOP, curly, groups as _groups, words as _words  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (15, 50)


# ---------------------------------------------------------------------------------------------
# Redbridge, inspection of services for children in need of help and protection, children looked
# after and care leavers, and review of the LSCB (SIF), report published 25 November 2016.
# "Recommendations", page 7 of the PDF: nine numbered items to the local authority. Transcribed
# by hand for this set (no corpus/gold/reports file exists for this report), numbered as the
# report numbers them; lines broken by the PDF joined with a space; the report's curly
# apostrophes (R3, R9) and quotation marks (R8, 'missing') kept; no footnote markers or page
# furniture inside the list. The LSCB's recommendations (page 37 onwards) are addressed to the
# board and are not part of the list.
# ---------------------------------------------------------------------------------------------

RB_REPORT = "redbridge-80512/2016-11-25.pdf"
RB_PAGES = (7,)

RB_RECS = [  # (number, page, text)
    (1, 7, "Strengthen the quality and impact of the role of the child protection "
           "chair/independent reviewing officer so that there is more effective monitoring and "
           "challenge on the progress of plans, ensuring that all plans that they review contain "
           "specific actions, achievable timescales and clear, measurable outcomes."),
    (2, 7, "Ensure that cultural characteristics that affect the lived experience of children are "
           "fully explored in all assessments and plans, particularly the risks associated with "
           "honour-based violence. Ensure also that health professionals are directly involved in "
           "considering safeguarding risks at the earliest opportunity in all cases of female "
           "genital mutilation."),
    (3, 7, "Prioritise the recruitment of independent visitors and increase the capacity of the "
           "advocacy service so that all children who would benefit from these services are able "
           "to do so. Ensure that children\u2019s voices are heard in child protection conferences "
           "if an advocate is not involved."),
    (4, 7, "Ensure that there is no delay in the completion of assessments of temporarily approved "
           "family and friends/connected persons carers, and that progress of children in such "
           "placements is robustly tracked and scrutinised."),
    (5, 7, "Ensure that life-story books of high quality are provided to children in a timely "
           "way."),
    (6, 7, "Strengthen service and action plans to ensure that they drive and support the progress "
           "and planning of individual service areas."),
    (7, 7, "Ensure that performance management information is captured, analysed, presented and "
           "used in a way which enables the local authority to achieve greater consistency in the "
           "quality and effectiveness of the support and services provided."),
    (8, 7, "Ensure that data on missing children provides real-time information about "
           "\u2018missing\u2019 episodes and the offer and completion of return home interviews."),
    (9, 7, "Ensure that the care leavers\u2019 service has an up-to-date overview of the educational "
           "progress and attainment of every care leaver, and that care leavers feel that their "
           "achievements are fully celebrated."),
]

# ---------------------------------------------------------------------------------------------
# Sutton, inspection of local authority children's services (ILACS), report published 29 July
# 2025. "What needs to improve?", page 2 of the PDF: three bullets (each marked with a black
# square, no numbers), all addressed to the local authority. Transcribed by hand and numbered 1-3
# in the report's order, as the hand-checked report gold numbers ILACS bullets; the
# parenthetical National Framework reference is part of each bullet as printed and is kept (as
# the report gold keeps it, e.g. Lancashire 2026); lines broken by the PDF joined with a space.
# ---------------------------------------------------------------------------------------------

ST_REPORT = "sutton-80515/2025-07-29.pdf"
ST_PAGES = (2,)

ST_RECS = [
    (1, 2, "The quality and consistency of response to children who are looked after who go "
           "missing from home (Outcome 4, National Framework)."),
    (2, 2, "The effectiveness of the initial response to children who are at risk of physical "
           "harm (Outcome 1, National Framework)."),
    (3, 2, "The quality and robustness of leaders and managers\u2019 oversight of discrete areas of "
           "practice where there is not effective social work (Enabler 2, National Framework)."),
]


def rb_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in RB_RECS]


def st_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in ST_RECS]


# ---------------------------------------------------------------------------------------------
# Plan 1: Ottersgate - a Markdown page of the children's services team's git wiki, answering
# Redbridge 2016-11-25 (SIF, 9 local-authority recommendations). "# Children's Services
# Improvement Plan", a short introduction, then six "## Theme N - name" sections in the
# council's own order (not the report's), each with an "Aim:" line, and under each theme every
# action as "### <ref> <short title>", a paragraph and a field list. About half of the actions
# carry an "Ofsted recommendation" field; one of those cites the wrong number.
# ---------------------------------------------------------------------------------------------

OT_THEMES = {  # number: (name, aim)
    1: ("Reviewing officers who keep plans moving",
        "reviewing officers know how each child's plan is going between meetings and step in "
        "when it stalls."),
    2: ("Knowing where missing children are",
        "at any moment we know which children are missing and whether each has been offered a "
        "return conversation."),
    3: ("Hearing from children",
        "every child who wants an independent visitor or an advocate gets one without waiting."),
    4: ("Children living with family and friends",
        "children placed with relatives and friends settle quickly and their carers are "
        "assessed without delay."),
    5: ("Our workforce",
        "a stable, permanent workforce that wants to stay in Ottersgate."),
    6: ("Other service developments",
        "other commitments for 2017 that the Improvement Board tracks alongside this plan."),
}


def ot_section(n):
    return f"Theme {n} \u2013 {OT_THEMES[n][0]}"


def ot_actions():
    acts = []

    def add(ref, title, para, lead, due, status, links=(), cite=(), mis=False,
            lead_line=True, due_line=True):
        """``ref`` "N.k" under theme N. ``lead``/``due`` "" with ``lead_line``/``due_line``
        True: the field is there with nothing after the label; False: the field is left out.
        ``cite``: the number(s) in the "Ofsted recommendation" field (none: no field)."""
        n = int(ref.split(".")[0])
        assert not re.search(r"[.:;,]$", title), ref
        assert lead_line or not lead, ref
        assert due_line or not due, ref
        acts.append(A(f"{title}. {para}", lead, due, links, list(cite), mis, row=ref,
                      section=ot_section(n), objective=OT_THEMES[n][1],
                      title=title, para=para, status=status,
                      lead_line=lead_line, due_line=due_line))

    # Theme 1 - the child protection chair / IRO role (R1, partly answered)
    add("1.1", "Two more reviewing officers",
        "Recruit two more Safeguarding and Reviewing Officers (SROs) so that no SRO holds more "
        "than 65 children and every SRO has protected time for work between meetings.",
        "Head of Safeguarding and Quality Review", "April 2017", "In progress",
        [(1, "e", "h", "capacity for the CP chair/IRO to monitor and challenge between meetings: "
          "the quality and impact of the role")], cite=[1])
    add("1.2", "Midway checks on every child",
        "At the halfway point between meetings the SRO reads the child's record, speaks to the "
        "social worker and notes on Tidemark whether the decisions of the last conference or "
        "review are being carried out.",
        "Safeguarding and Reviewing Officers", "From February 2017", "On track",
        [(1, "e", "h", "monitoring the progress of plans between conferences and reviews")],
        cite=[1])
    add("1.3", "Practice alerts with teeth",
        "Rewrite the practice alert process: four stages, each with a response time, every alert "
        "logged, and anything still unresolved after 20 working days taken to the Assistant "
        "Director.",
        "Head of Safeguarding and Quality Review", "March 2017", "Complete",
        [(1, "j", "h", "challenge by chairs/IROs made effective through a staged escalation "
          "(the practice alert is Ottersgate's dispute resolution process)")])
    add("1.4", "Open alerts in front of managers every month",
        "Each month the list of open practice alerts, team by team, goes to team managers and to "
        "the Children's Management Team, and stays on the agenda until every alert is closed.",
        "Head of Safeguarding and Quality Review", "Monthly", "On track",
        [(1, "e", "h", "the chairs' challenge followed through until it has an effect")],
        cite=[1])
    add("1.5", "A note on the file after each meeting",
        "After every conference and review the SRO writes a short note on the child's file, in "
        "plain words, saying whether last time's decisions were carried out and, where they were "
        "not, what the SRO has done about it.",
        "", "February 2017", "Complete",
        [(1, "e", "h", "the chair's monitoring and challenge on the progress of the plan, "
          "visible on the child's record")], cite=[1])
    add("1.6", "Watching SROs at work",
        "The Service Manager observes each SRO chairing twice a year and gives written feedback, "
        "especially on how well they test whether life has changed for the child; the findings "
        "shape each SRO's development plan.",
        "Service Manager, Safeguarding and Quality Review", "September 2017", "Not started",
        [(1, "j", "h", "the quality of the chair/IRO role")])
    add("1.7", "What SROs changed this year",
        "The SRO service's annual report to the Corporate Parenting Board and the OSCB to "
        "include the challenges SROs raised during the year and what changed for children as a "
        "result.",
        "Head of Safeguarding and Quality Review", "June 2017", "Not started",
        [(1, "e", "m", "the impact of the role reported to, and scrutinised by, the boards")],
        cite=[1])
    add("1.8", "One SRO for each child",
        "Wherever possible, the same SRO chairs all of a child's conferences and, if the child "
        "later comes into care, their looked after reviews, so that one person follows the "
        "child's journey.",
        "", "From April 2017", "On track",
        [(1, "j", "m", "continuity that strengthens the chair's monitoring of progress over "
          "time")], lead_line=False)
    add("1.9", "SROs at permanence tracking",
        "An SRO attends the monthly permanence tracking meeting for every child whose last "
        "review found drift, and presses there for the delay to be resolved.",
        "Head of Children Looked After", "March 2017", "On track",
        [(1, "e", "h", "chairs challenging drift in the progress of children's plans")],
        cite=[1])
    add("1.10", "Induction for new SROs",
        "New SROs spend their first two weeks shadowing experienced colleagues and sit in on "
        "conferences and reviews before chairing on their own.",
        "Service Manager, Safeguarding and Quality Review", "From April 2017", "Not started",
        [(1, "e", "m", "the quality of the chair/IRO role from the start")], cite=[1])

    # Theme 2 - data on missing children (R8, answered)
    add("2.1", "Missing episodes logged the same day",
        "Every report of a child going missing, whether from carers, the police or the emergency "
        "duty team, is entered on Tidemark the same day by the missing coordinator, with the "
        "time the child was found, so that the 'missing now' list is always current.",
        "Missing Children Coordinator", "January 2017", "Complete",
        [(8, "e", "h", "real-time information about missing episodes")], cite=[8])
    add("2.2", "Return conversations on the record",
        "New fields on the episode record: when a return conversation was offered, by whom, "
        "whether the child took it up and when it was completed. A daily list of those still "
        "outstanding goes to team managers.",
        "Tidemark Development Team", "March 2017", "In progress",
        [(8, "e", "h", "data on the offer and completion of return home interviews ('return "
          "conversations')")], cite=[8])
    add("2.3", "Weekly check against police records",
        "Each Monday the coordinator checks our missing log against the police list for the "
        "borough and puts any differences right within two working days.",
        "Missing Children Coordinator", "Weekly", "On track",
        [(8, "e", "h", "accurate, current data on missing episodes")], cite=[8])
    add("2.4", "Talking to teenagers about running away",
        "Assemblies in all six secondary schools with the police schools officers on the risks "
        "of running away and where young people can go for help.",
        "Safer Schools Partnership Lead", "Summer term 2017", "Not started")

    # Theme 3 - independent visitors and advocacy (R3, partly answered)
    add("3.1", "Independent visitors: a year-round campaign",
        "Run a year-round campaign for volunteer independent visitors through the Ottersgate "
        "Volunteer Centre, the faith forums and the local colleges, aiming for forty trained "
        "volunteers by the end of 2017.",
        "Participation and Engagement Manager", "December 2017", "In progress",
        [(3, "e", "h", "prioritised recruitment of independent visitors")], cite=[3])
    add("3.2", "A coordinator for the scheme",
        "Create a full-time coordinator post in the participation team to vet, train and match "
        "volunteers, hold the waiting list and check each match after three and twelve months.",
        "Participation and Engagement Manager", "February 2017", "Complete",
        [(3, "j", "h", "capacity to recruit and match independent visitors")])
    add("3.3", "Asking every child",
        "At each looked after review the SRO asks the child whether they would like an adult "
        "friend from outside the care system, and the answer is recorded on Tidemark; every yes "
        "goes straight to the coordinator.",
        "Safeguarding and Reviewing Officers", "From March 2017", "On track",
        [(3, "e", "h", "finding every child who would benefit from an independent visitor")],
        cite=[3])
    add("3.4", "Befrienders for children placed further away",
        "Agreement with the independent visitor schemes of three neighbouring boroughs to match "
        "their volunteers with Ottersgate children placed in their area.",
        "Participation and Engagement Manager", "June 2017", "Not started",
        [(3, "e", "h", "independent visitors for children placed outside the borough")],
        cite=[3])
    add("3.5", "More advocates",
        "Vary the Wayfarer Advocacy contract from April 2017 to add one and a half full-time "
        "advocates, paid for from the transformation reserve, and end the waiting list.",
        "Commissioning Manager, Children", "1 April 2017", "Complete",
        [(3, "e", "h", "increased capacity of the advocacy service")], cite=[3])
    add("3.6", "Advocacy for children who do not use speech",
        "Train two Wayfarer advocates in non-instructed advocacy and Makaton so that disabled "
        "children who do not use speech can have an advocate too.",
        "Commissioning Manager, Children", "", "In progress",
        [(3, "j", "h", "advocacy for all children who would benefit, including disabled "
          "children who do not use speech")], due_line=False)
    add("3.7", "Making sure children know about Wayfarer",
        "Wayfarer to hold a stall at every Children in Care Council meeting and at the care "
        "leavers' achievement awards in July, and to send each child who comes into care a "
        "postcard with an advocate's name and number.",
        "Participation and Engagement Manager", "July 2017", "Not started",
        [(3, "e", "m", "take-up of advocacy by the children who would benefit; the care "
          "leavers' achievement awards are a passing mention of R9")], cite=[3])
    add("3.8", "Family group conferences at weekends",
        "Offer family group conferences at weekends and in the evening, and in the family's "
        "first language, so that more of the wider family can be involved.",
        "Family Group Conference Manager", "April 2017", "On track")

    # Theme 4 - family and friends carers (R4, answered; one mis-cited action)
    add("4.1", "A kinship assessment team",
        "Set up a kinship assessment team of three social workers so that every Regulation 24 "
        "carer has an assessor within two working days of approval and goes to the fostering "
        "panel within 16 weeks.",
        "Fostering Service Manager", "March 2017", "In progress",
        [(4, "e", "h", "no delay in completing the assessments of temporarily approved "
          "(Regulation 24) connected persons carers")], cite=[4])
    add("4.2", "Weekly kinship tracker",
        "A tracker of every child living with a Regulation 24 carer: weeks since approval, "
        "visits, stage of the assessment and the child's health and school checks. The Head of "
        "Service reads it each Monday and any child past 12 weeks is discussed at the permanence "
        "tracking meeting.",
        "Head of Children Looked After", "February 2017", "Complete",
        [(4, "j", "h", "progress of children in connected persons placements tracked and "
          "scrutinised; its field cites 5 (life-story books), which it does not answer")],
        cite=[5], mis=True)
    add("4.3", "Visits while the assessment runs",
        "The supervising social worker visits each kinship household every four weeks while the "
        "assessment runs, recording how the child is settling, their health and their schooling, "
        "and on the first visit brings a memory box for photographs, ready for the child's "
        "life-story book.",
        "Family and Friends Team Manager", "From January 2017", "On track",
        [(4, "j", "m", "progress of children in connected persons placements followed during "
          "the assessment; the memory box for the life-story book is a passing mention of R5")])

    # Theme 5 - workforce (orphans)
    add("5.1", "Work in Ottersgate",
        "Recruitment campaign for experienced social workers, with a relocation allowance and a "
        "key worker housing offer.",
        "HR Business Partner, Children's Services", "March 2017", "In progress")
    add("5.2", "New appraisal scheme",
        "Appraisal for all children's services staff: performance objectives set with each "
        "manager in April, a mid-year review in October, and appraisal information captured on "
        "the HR system.",
        "HR Business Partner, Children's Services", "April 2017", "Not started")
    add("5.3", "First year in practice",
        "A protected caseload, a weekly learning set and a named practice educator for every "
        "social worker in their assessed and supported year in employment.",
        "Principal Social Worker", "Ongoing", "On track")
    add("5.4", "Fewer agency staff",
        "Bring the share of agency social workers below 15%, offering permanent posts to agency "
        "workers who wish to stay.",
        "Assistant Director, Children's Social Care", "TBC", "Behind")

    # Theme 6 - other service developments (orphans)
    add("6.1", "Relationship abuse training for school nurses",
        "Train school nurses and the other health professionals working in secondary schools to "
        "recognise and act on the safeguarding risks of violence in teenage relationships.",
        "Designated Nurse, Safeguarding Children", "October 2017", "Not started")
    add("6.2", "A cultural passport for children in care",
        "Free entry for every child in care to the borough's museums, theatre and leisure "
        "centres, and a yearly trip to new experiences chosen by the Children in Care Council.",
        "Virtual School Headteacher", "September 2017", "Not started")
    add("6.3", "Recommissioning short breaks",
        "Recommission short breaks for disabled children with clear, measurable outcomes "
        "written into every contract and a review of each provider after six months.",
        "Commissioning Manager, Children", "", "Not started")
    add("6.4", "Early Help Hub moves to Cranmoor",
        "Move the Early Help Hub into the Cranmoor children's centre, alongside the health "
        "visitors and the family support workers.",
        "Head of Early Help", "September 2017", "On track")
    add("6.5", "Private fostering awareness week",
        "An awareness week with schools, GPs and the borough's language schools, and a leaflet "
        "in the ten most spoken community languages.",
        "Private Fostering Social Worker", "November 2017", "Not started")
    add("6.6", "Youth justice plan 2017/18",
        "Refresh the youth justice plan with the police and probation.",
        "Head of Youth Offending Service", "July 2017", "On track")
    add("6.7", "Pre-birth protocol",
        "Agree a pre-birth protocol with the maternity unit at Ottersgate General so that "
        "assessments start by 20 weeks of pregnancy.",
        "Head of Assessment and Intervention", "May 2017", "In progress")
    return acts


OT = {
    "name": "ottersgate", "ext": "md", "report": RB_REPORT, "recs": rb_recs,
    "pages": RB_PAGES, "council": "London Borough of Ottersgate",
    "actions": ot_actions, "bounds": (35, 50),
    "expected": {1: "weak", 2: "uncovered", 3: "weak", 4: "covered", 5: "weak",
                 6: "uncovered", 7: "uncovered", 8: "covered", 9: "weak"},
    "unanswered": [2, 6, 7], "passing": [5, 9], "partial": [1, 3],
    "orphans": ["2.4", "3.8", "5.1", "5.2", "5.3", "5.4", "6.1", "6.2", "6.3", "6.4", "6.5",
                "6.6", "6.7"],
    "miscited": ["4.2"],
    "passing_phrase": {5: ("4.3", "ready for the child's life-story book"),
                       9: ("3.7", "the care leavers' achievement awards in July")},
    "decoys": {2: ["6.1", "6.2"], 7: ["5.2"]},
    "ask_decoys": {1: ["6.3"], 3: ["3.8"]},
    "asks": {1: [("strengthen the quality and impact of the child protection chair/independent "
                  "reviewing officer role, with more effective monitoring and challenge on the "
                  "progress of plans",
                  ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10"]),
                 ("all plans they review contain specific actions, achievable timescales and "
                  "clear, measurable outcomes", [])],
             3: [("prioritise the recruitment of independent visitors",
                  ["3.1", "3.2", "3.3", "3.4"]),
                 ("increase the capacity of the advocacy service so that all children who would "
                  "benefit can use it", ["3.5", "3.6", "3.7"]),
                 ("children's voices heard in child protection conferences when no advocate is "
                  "involved", [])],
             4: [("no delay in completing assessments of temporarily approved family and "
                  "friends/connected persons carers", ["4.1"]),
                 ("progress of children in such placements robustly tracked and scrutinised",
                  ["4.2", "4.3"])],
             8: [("real-time information about missing episodes", ["2.1", "2.3"]),
                 ("information on the offer and completion of return home interviews",
                  ["2.2"])]},
    "notes": (
        "Markdown page of a team's git wiki: '# Children's Services Improvement Plan', an "
        "italic last-updated line, three short paragraphs of introduction (not actions), then "
        "six '## Theme N \u2013 name' sections in the council's own order (themes 1-4 answer "
        "R1, R8, R3 and R4, themes 5 and 6 are wider work). Under each theme heading an 'Aim: "
        "...' paragraph ('objective' is the text after 'Aim: ', given for every action of the "
        "theme), then every action as '### <ref> <short title>' (the ref, '1.1' ... '6.7', is "
        "'row'; the theme heading as written is 'section'), a paragraph, and a bullet list of "
        "fields '- **Lead:** ...', '- **Due:** ...', '- **Ofsted recommendation:** N' (on 17 of "
        "the 36 actions, none of them orphans) and '- **Status:** ...'. 'text' is the short "
        "title and the paragraph joined by '. ', without markup; the Status field is progress, "
        "not text. 'explicit_refs' is the number in the Ofsted recommendation field, [] where "
        "there is none. Action 5 (1.5) has an empty Lead field and action 8 (1.8) no Lead field "
        "at all; action 20 (3.6) has no Due field and action 32 (6.3) an empty one (leads_raw / "
        "date_raw ''); 'TBC', 'Ongoing', 'Weekly' and 'Monthly' are kept as written. "
        "Unanswered: R2 (cultural characteristics and honour-based violence in assessments and "
        "plans; health professionals in FGM cases) is the hard unanswered one: orphan 30 (6.1, "
        "training school nurses and other 'health professionals' on the 'safeguarding risks' of "
        "'violence' in teenage relationships) and orphan 31 (6.2, a 'cultural' passport giving "
        "children in care new 'experiences') share its vocabulary, but neither is aimed at "
        "culture or honour-based violence in assessments and plans, or at FGM. R7 (performance "
        "management information) is unanswered too, with a decoy: orphan 27 (5.2, staff "
        "appraisal with 'performance' objectives and appraisal 'information captured' on the HR "
        "system) manages staff, it is not information about the services. R6 (service and "
        "action plans) is simply absent (the page's introduction and aims speak of 'this plan' "
        "only). Passing: R5 (life-story books) is touched only by action 25 (4.3, visits to "
        "kinship households, aimed at R4), whose first visit brings a memory box 'ready for the "
        "child's life-story book'; R9 (care leavers' education and their achievements "
        "celebrated) only by action 21 (3.7, promoting advocacy, aimed at R3), which holds a "
        "stall at 'the care leavers' achievement awards in July'; both weak, no link. Partly "
        "answered (see asks): R1 (the child protection chair/IRO role; Ottersgate combines the "
        "two as 'Safeguarding and Reviewing Officers', SROs): the quality and impact of the role "
        "and its monitoring and challenge of the progress of plans are answered by actions 1-10 "
        "(1.1-1.10), that every plan reviewed holds specific actions, achievable timescales and "
        "measurable outcomes by nothing (no action touches what a plan must contain); ask decoy: "
        "orphan 32 (6.3, short breaks contracts with 'clear, measurable outcomes' and a "
        "'review' of each provider). R3: recruiting independent visitors is answered by actions "
        "15-18 (3.1-3.4; 'befrienders' and 'an adult friend from outside the care system' are "
        "the council's words), the capacity of the advocacy service by actions 19-21 (3.5-3.7), "
        "children's voices in child protection conferences when no advocate is involved by "
        "nothing; ask decoy: orphan 22 (3.8, family group 'conferences' at weekends so that more "
        "of the wider family can be 'involved') is about family group conferences, not child "
        "protection conferences or the child's voice. Both weak. Answered: R8 by actions 11-13 "
        "(2.1-2.3; 'return conversation' is the council's word for a return home interview), "
        "both asks; orphan 14 (2.4, school assemblies about running away) sits in the same theme "
        "but is prevention, not data. The lists that actions 4 (1.4, open practice alerts) "
        "and 12 (2.2, outstanding return conversations) send to managers serve R1 and R8; they "
        "are not aimed at R7's performance management information about the services as a "
        "whole. R4 by actions 23-25 (4.1-4.3), both asks. Mis-cited: "
        "action 24 (4.2, the weekly tracker of children with Regulation 24 carers) has "
        "'Ofsted recommendation: 5' (life-story books) but answers R4: its citation is not a "
        "link, its R4 link is judged and flagged miscited. Every other cited action answers the "
        "number it cites (explicit); the uncited answering actions 3, 6, 8, 16, 20 and 25 are "
        "judged. Orphans: 14, 22, 26-29 (theme 5: recruitment, appraisal, the assessed and "
        "supported year, agency staff), 30-36 (theme 6). 'action N' means ottersgate-N, numbered "
        "down the page: 1-10 are 1.1-1.10, 11-14 2.1-2.4, 15-22 3.1-3.8, 23-25 4.1-4.3, 26-29 "
        "5.1-5.4, 30-36 6.1-6.7. The plan's own names: Safeguarding and Reviewing Officers "
        "(SROs), practice alerts (its dispute resolution process), Tidemark (case record), "
        "OSCB (the LSCB), Wayfarer Advocacy, Ottersgate Volunteer Centre, kinship assessment "
        "team, Cranmoor children's centre, Ottersgate General."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Pellinghoe - a committee report printed from Word to PDF, answering Sutton 2025-07-29
# (ILACS, 3 areas for improvement). Header block, numbered sections of prose, then "Appendix A -
# Action plan": a ruled table Recommendation | What we will do | Responsible | By, the
# Recommendation cell merged down its group and drawn once (groups for areas 1 and 3 in the
# report's order, then "Other actions"), the header row repeated on each page, "Page N of M".
# ---------------------------------------------------------------------------------------------

PG_OTHER = "Other actions"


def pg_cell(n):
    return f"{n}. " + dict((k, t) for k, _, t in ST_RECS)[n]


def pg_actions():
    acts = []

    def add(group, text, lead, by, links=()):
        """``group``: the area number whose merged Recommendation cell the row sits under (its
        citation), or None for "Other actions"."""
        sec = pg_cell(group) if group else PG_OTHER
        acts.append(A(curly(text), curly(lead), by, links, [group] if group else [], False,
                      row=None, section=sec, objective=None))

    add(1, "Extend the independent return home interview service, which until now has seen "
        "only children living at home, to every child in care, including those placed outside "
        "Pellinghoe; an interview to be offered within 72 hours of the child's return.",
        "Head of Adolescent Services", "October 2025",
        [(1, "e", "h", "the same offer of a return interview to every child in care who goes "
          "missing, wherever they live: quality and consistency of the response")])
    add(1, "A strategy discussion with the police for any child in care who has been missing for "
        "more than 24 hours, or three times in 30 days, with the carer and the placing social "
        "worker taking part.",
        "Head of Children in Care", "September 2025",
        [(1, "e", "h", "a coordinated safeguarding response to looked after children who go "
          "missing")])
    add(1, "Every child in care who has gone missing, or who might, to have a Philomena Protocol "
        "form and a 'where I might be' plan agreed with their carer, shared with the police and "
        "brought up to date after each episode.",
        "Service Manager, Children in Care", "November 2025",
        [(1, "e", "h", "carers and police ready to respond quickly and in the same way each time "
          "a child in care goes missing")])
    add(1, "A fortnightly missing-from-care meeting chaired by the Head of Children in Care, "
        "going through every child in care who was missing in the fortnight and what was done, "
        "with a quarterly summary to the Director.",
        "Head of Children in Care", "From September 2025",
        [(1, "e", "h", "line of sight on every missing episode of a child in care, so that the "
          "response is consistent"),
         (3, "j", "h", "senior leaders' oversight of one of the discrete areas inspectors found "
          "weak (children in care who go missing)")])
    add(1, "A named contact in every council and police area where our children in care live, "
        "and a written agreement on who does what when one of them goes missing.",
        "Placements Manager", "December 2025",
        [(1, "e", "m", "a consistent response for children placed away from the borough")])
    add(1, "Half-day training for foster carers and residential staff on what to do when a child "
        "is missing or late home, and on welcoming them back with warmth and curiosity rather "
        "than a telling-off.",
        "Fostering Service Manager; Registered Managers", "",
        [(1, "e", "h", "the quality of carers' response to children who go missing: curiosity "
          "and care on their return")])
    add(1, "A missing coordinator for children in care, working alongside the adolescent "
        "service, to chase every return interview and pass what the child says to their social "
        "worker within a day.",
        "", "January 2026",
        [(1, "e", "h", "a coordinated response to children in care who go missing")])

    add(3, "A 'small numbers' section in the quality assurance framework: each quarter we audit "
        "the groups too small to show up in the scorecard \u2013 privately fostered children, "
        "care leavers in custody and children in care who go missing \u2013 and report what we "
        "find to the Children's Leadership Team.",
        "Head of Quality Assurance", "Quarterly from October 2025",
        [(3, "e", "h", "assurance that alerts leaders to the quality of practice in discrete "
          "areas (paras 48 and 56 of the report)")])
    add(3, "Practice weeks each term in which the Director and heads of service join visits and "
        "read children's records in one of these smaller areas, then tell the leadership team "
        "what they found.",
        "Director of Children's Services", "Termly",
        [(3, "e", "h", "leaders seeing practice in discrete areas for themselves")])
    add(3, "A register of every private fostering arrangement, with the date of each statutory "
        "visit, looked at each month by the Head of Safeguarding and Quality.",
        "Head of Safeguarding and Quality", "October 2025",
        [(3, "e", "h", "leaders' oversight of private fostering, a discrete area named by "
          "inspectors")])
    add(3, "A list of care leavers in custody, checked each month against prison and youth "
        "custody returns, with a report on the support they receive to the Corporate Parenting "
        "Board twice a year.",
        "Head of Care Leavers Service", "November 2025",
        [(3, "e", "m", "leaders' and members' line of sight on care leavers in custody, where "
          "the report found gaps in oversight (para 44)")])
    add(3, "A new scorecard page for each of these small groups, with the few measures that show "
        "leaders whether practice is safe, refreshed monthly from Tessera.",
        "Performance and Insight Manager", "December 2025",
        [(3, "e", "h", "information that alerts leaders to weaker practice in discrete areas")])

    add(None, "Guidance and training for foster carers and residential staff on the initial "
        "response when a child in care is at risk of self-harm, written with the Orchard "
        "therapeutic service.",
        "Clinical Lead, The Orchard", "January 2026")
    add(None, "Initial health assessments for every child coming into care within 20 working "
        "days, with the children in care nurse checking physical and emotional health.",
        "Designated Nurse for Children in Care", "March 2026")
    add(None, "A prompt in every assessment asking whether the child looks after someone at "
        "home, and a young carers' champion in each social work team.",
        "Principal Social Worker", "December 2025")
    add(None, "Relaunch the care leavers' local offer as a pocket guide and a page on the "
        "council's app, written with the Care Leavers' Forum.",
        "Participation Lead", "Spring 2026")
    add(None, "Refresh the joint housing protocol so that every housing decision about a care "
        "leaver is checked with their personal adviser first.",
        "Head of Housing Needs", "February 2026")
    add(None, "Open Marram House, a third council children's home, so that fewer children live "
        "in unregistered settings.",
        "Head of Commissioning", "April 2026")
    add(None, "'Room in Pellinghoe': a foster carer recruitment campaign aimed at carers for "
        "teenagers.",
        "Fostering Recruitment Lead", "Ongoing")
    return acts


PG = {
    "name": "pellinghoe", "ext": "pdf", "report": ST_REPORT, "recs": st_recs,
    "pages": ST_PAGES, "council": "London Borough of Pellinghoe",
    "actions": pg_actions, "bounds": (15, 25),
    "expected": {1: "covered", 2: "uncovered", 3: "weak"},
    "unanswered": [2], "passing": [], "partial": [3],
    "orphans": [13, 14, 15, 16, 17, 18, 19], "miscited": [],
    "passing_phrase": {},
    "decoys": {2: [13, 14]},
    "ask_decoys": {},
    "asks": {3: [("leaders' oversight: assurance and information that show senior leaders the "
                  "quality of practice in discrete areas where social work is not effective",
                  [4, 8, 9, 10, 11, 12]),
                 ("managers' oversight: team managers' supervision of practitioners' work with "
                  "children in those areas, with the rigour and challenge to identify and "
                  "reduce risk (report para 58)", [])]},
    "notes": (
        "PDF of a council committee report printed from Word (A4 portrait): on page 1 a header "
        "block (council, committee, date, report title, report of, lead councillor, wards, "
        "status), then numbered sections of prose with numbered paragraphs ('1. Purpose', '2. "
        "Recommendations' (the report's own recommendations to the committee: note, endorse, "
        "receive an update; not Ofsted's and not actions), '3. Background', '4. Outcome of the "
        "inspection', '5. Areas for improvement', '6. Monitoring', '7. Financial implications', "
        "'8. Legal implications', '9. Equality implications', '10. Appendices and background "
        "papers'), none of them actions. Paragraph 5.1 paraphrases all three areas for "
        "improvement, including the one the table leaves out. Then, on a new page, 'Appendix A "
        "\u2013 Action plan', a line of explanation and one ruled table Recommendation | What we "
        "will do | Responsible | By whose header row repeats on each page; it runs over a page "
        "break. The Recommendation cell is merged down the rows of its group and drawn once, "
        "holding the area's number and its full text as the report prints it ('1. The quality "
        "and consistency of response ...'); continuation rows after the page break show an "
        "empty merged cell. That cell is the citation of every row of its group (explicit_refs "
        "[N]) and 'section' is the cell as written, for every row of the group; the last group, "
        "'Other actions', cites nothing. 'row' and 'objective' are null. Word's curly "
        "apostrophes and quotation marks. Footer: committee and date on the left, 'Page N of "
        "M' on the right; header 'Agenda item 7'. Action 6 has no By date and action 7 no "
        "Responsible (empty cells). Groups exist for areas 1 and 3 only, in the report's order. "
        "R2 (the initial response to children at risk of physical harm, the front door) is the "
        "hard unanswered one: it has no group and nothing is aimed at it; orphan 13 (guidance "
        "for carers on the 'initial response' when a child in care is at 'risk' of self-'harm') "
        "and orphan 14 ('initial' health assessments checking 'physical' health) share its "
        "words. R1 (response to children in care who go missing) is answered by actions 1-7, "
        "all explicit. R3 is partly answered (see asks): leaders' oversight of discrete areas is "
        "answered by actions 8-12 (quality assurance of small cohorts, leaders' practice weeks, "
        "the private fostering register, care leavers in custody, a scorecard page) and by "
        "action 4 (the fortnightly missing-from-care meeting chaired by the Head of Children in "
        "Care, which sits in the group of 1 and is linked to R1 explicitly and to R3 judged); "
        "frontline managers' oversight (supervision with the rigour to identify and reduce risk, "
        "report para 58) by nothing: no action concerns supervision or team managers; weak. "
        "Action 8's quarterly audit takes in children in care who go missing among other small "
        "groups; it is aimed at what leaders know (R3), not at the response to those children, "
        "so it has no R1 link, whereas action 4 goes through each missing child in care and "
        "what was done for them. "
        "Orphans 13-19 make up 'Other actions' (also young carers, the care leavers' local "
        "offer, the joint housing protocol, a new children's home, foster carer recruitment: "
        "report findings without an area for improvement). 'action N' means pellinghoe-N, "
        "numbered down the table: 1-7 under area 1, 8-12 under area 3, 13-19 under 'Other "
        "actions'. The plan's own names: Tessera (case record), the Orchard (therapeutic "
        "service), Marram House, 'Room in Pellinghoe', the Care Leavers' Forum, the Children's "
        "Improvement and Assurance Board."),
}


PLANS = [OT, PG]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its index or by its (unique) row
# ---------------------------------------------------------------------------------------------

def build_ad(plan, set_name="ad"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """index or unique row -> action id, as build_gold names them."""
    acts = plan["actions"]()
    ids = {i: f"{plan['name']}-{i}" for i in range(1, len(acts) + 1)}
    for i, a in enumerate(acts, 1):
        if a["row"] and a["row"] not in ids:
            ids[a["row"]] = ids[i]
    return ids


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

OT_INTRO = [
    "_Last updated 14 February 2017 by the Improvement Programme Office. Earlier versions are "
    "in the page history._",
    "Ofsted inspected Ottersgate's services for children in need of help and protection, "
    "children looked after and care leavers in September and October 2016, together with the "
    "Ottersgate Safeguarding Children Board, and published its report on 25 November 2016. "
    "Services were judged to be good overall.",
    "This page is the working copy of our plan in response, together with other work the "
    "Improvement Board keeps an eye on. The themes are ours, not the order of the report. Every "
    "action has a reference, a lead, a due date and a status, and where an action responds "
    "directly to one of the report's recommendations we give its number.",
    "Leads: please update the Status line of your actions before each monthly meeting of the "
    "Improvement Board, and say what you changed in the commit message.",
]


def write_ot(plan, acts, path):
    out = ["# Children's Services Improvement Plan", ""]
    for p in OT_INTRO:
        out += [p, ""]
    for group in _groups(acts, lambda a: a["section"]):
        first = group[0]
        out += [f"## {first['section']}", "", f"Aim: {first['objective']}", ""]
        for a in group:
            x = a["extra"]
            out += [f"### {a['row']} {x['title']}", "", x["para"], ""]
            if x["lead_line"]:
                out.append(f"- **Lead:** {a['lead']}".rstrip())
            if x["due_line"]:
                out.append(f"- **Due:** {a['date']}".rstrip())
            if a["refs"]:
                out.append("- **Ofsted recommendation:** " + ", ".join(map(str, a["refs"])))
            out += [f"- **Status:** {x['status']}", ""]
    path.write_text("\n".join(out), encoding="utf-8")


PG_HEAD = [  # the header block: label, value
    ("Committee", "Children, Families and Education Committee"),
    ("Date", "18 September 2025"),
    ("Report title", "Ofsted inspection of local authority children's services, June 2025: "
                     "outcome and action plan"),
    ("Report of", "Strategic Director, Children's Services"),
    ("Lead councillor", "Councillor Imogen Tallis, Lead Member for Children and Families"),
    ("Wards affected", "All wards"),
    ("Status", "Open"),
]

PG_PROSE = [  # (heading, [paragraphs]); a paragraph that is a list is a lettered list
    ("1. Purpose", [
        "This report tells the Committee the outcome of the Ofsted inspection of Pellinghoe's "
        "services for children and care leavers in June 2025, and presents the action plan "
        "drawn up in response (Appendix A)."]),
    ("2. Recommendations", [
        "The Committee is asked to:",
        ["note the outcome of the inspection and the strengths inspectors found;",
         "endorse the action plan at Appendix A; and",
         "receive a report on progress at its meeting in March 2026."]]),
    ("3. Background", [
        "Ofsted inspects every council's children's services under its framework for the "
        "inspection of local authority children's services (ILACS). Our last standard "
        "inspection, in 2021, judged services to be good.",
        "Inspectors were in Pellinghoe from 16 to 20 June 2025. They met children, care "
        "leavers, carers, staff, partners and councillors, and looked at the records of more "
        "than a hundred children. The report was published on 29 July 2025."]),
    ("4. Outcome of the inspection", [
        "Pellinghoe's children's services were judged to be good overall, and good in each of "
        "the four areas inspectors grade: the impact of leaders, help and protection, children "
        "in care, and care leavers.",
        "Inspectors praised relationship-based practice and the quality of direct work with "
        "children, the in-house therapeutic service, the stability of children's homes and "
        "schools, and the council-wide approach to care leavers, including treating care "
        "experience as a protected characteristic."]),
    ("5. Areas for improvement", [
        "The report names three areas where we must do better: the way we respond when "
        "children in care go missing; the first response when a child at risk of physical harm "
        "comes to our front door; and the way leaders and managers keep sight of the few areas "
        "of practice where social work is not yet effective.",
        "Appendix A sets out what we will do, who is responsible and by when. It was agreed by "
        "the Children's Leadership Team on 4 September 2025. Some of the actions began during "
        "the inspection week, when leaders acted on what inspectors had found."]),
    ("6. Monitoring", [
        "The Children's Improvement and Assurance Board, chaired by the Chief Executive, will "
        "review progress every month. The Committee will receive a progress report every six "
        "months."]),
    ("7. Financial implications", [
        "The plan will be delivered within the approved budget for children's services in "
        "2025/26. Any further cost will be reported to the Committee before it is committed."]),
    ("8. Legal implications", [
        "Ofsted inspects under section 136 of the Education and Inspections Act 2006. There is "
        "no legal requirement to publish an action plan after a good judgement, but the council "
        "has chosen to do so."]),
    ("9. Equality implications", [
        "The plan is intended to improve services for children in care, care leavers and "
        "children who need protection. No negative impact on any group with a protected "
        "characteristic has been identified."]),
    ("10. Appendices and background papers", [
        "Appendix A \u2013 Action plan.",
        "Background paper: Ofsted, Inspection of London Borough of Pellinghoe local authority "
        "children's services, 29 July 2025.",
        "Contact officer: Daniel Okonjo, Head of Performance and Improvement, "
        "daniel.okonjo@pellinghoe.gov.uk"]),
]


def _plan_table_class():
    """A ruled table Flowable whose first column is merged down each group of rows, drawn once,
    and which splits over pages inside a group (reportlab's Table cannot split a SPAN): the rows
    after the break show an empty merged cell; the header row repeats on each page."""
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    PAD = 4

    class PlanTable(Flowable):
        def __init__(self, header, rows, widths, cont=False):
            """``rows``: dicts with ``group`` (a key), ``first`` (the group's first row),
            ``rec`` (the merged cell's Paragraph on a group's first row, else None) and
            ``cells`` (the other columns' Paragraphs)."""
            Flowable.__init__(self)
            self.header, self.rows, self.widths, self.cont = header, rows, widths, cont
            self.hh = self._height(header, widths)
            hs = [self._height(r["cells"], widths[1:]) for r in rows]
            # a merged cell taller than its group's rows stretches the group's last row
            for g in _groups(list(range(len(rows))), lambda i: rows[i]["group"]):
                r0 = rows[g[0]]
                if r0["rec"] is not None:
                    need = self._height([r0["rec"]], widths[:1])
                    have = sum(hs[i] for i in g)
                    if have < need:
                        hs[g[-1]] += need - have
            self.hs = hs

        @staticmethod
        def _height(cells, widths):
            return max(p.wrap(w - 2 * PAD, 10000)[1] for p, w in zip(cells, widths)) + 2 * PAD

        def wrap(self, aw, ah):
            self.width = sum(self.widths)
            self.height = self.hh + sum(self.hs)
            return self.width, self.height

        def split(self, aw, ah):
            k, used = 0, self.hh
            while k < len(self.rows) and used + self.hs[k] <= ah:
                used += self.hs[k]
                k += 1
            # the merged cell's text must fit in the part of its group left on this page
            while 0 < k < len(self.rows) and self.rows[k]["group"] == self.rows[k - 1]["group"]:
                start = k - 1
                while start > 0 and self.rows[start - 1]["group"] == self.rows[k]["group"]:
                    start -= 1
                r0 = self.rows[start]
                if r0["rec"] is None or sum(self.hs[start:k]) >= self._height(
                        [r0["rec"]], self.widths[:1]):
                    break
                k = start
            if k == 0:
                return []
            return [PlanTable(self.header, self.rows[:k], self.widths, self.cont),
                    PlanTable(self.header, self.rows[k:], self.widths, True)]

        def draw(self):
            c = self.canv
            xs = [0]
            for w in self.widths:
                xs.append(xs[-1] + w)
            top = self.height
            c.saveState()
            c.setFillColor(colors.HexColor("#D9D9D9"))
            c.rect(0, top - self.hh, xs[-1], self.hh, stroke=0, fill=1)
            c.restoreState()
            for p, x0, w in zip(self.header, xs, self.widths):
                _, h = p.wrap(w - 2 * PAD, 10000)
                p.drawOn(c, x0 + PAD, top - PAD - h)
            c.setLineWidth(0.5)
            c.line(0, top, xs[-1], top)
            y = top - self.hh
            c.line(0, y, xs[-1], y)
            for r, h in zip(self.rows, self.hs):
                if r["first"]:
                    c.line(0, y, xs[1], y)
                c.line(xs[1], y, xs[-1], y)
                if r["rec"] is not None:
                    _, ph = r["rec"].wrap(self.widths[0] - 2 * PAD, 10000)
                    r["rec"].drawOn(c, PAD, y - PAD - ph)
                for p, x0, w in zip(r["cells"], xs[1:], self.widths[1:]):
                    _, ph = p.wrap(w - 2 * PAD, 10000)
                    p.drawOn(c, x0 + PAD, y - PAD - ph)
                y -= h
            c.line(0, y, xs[-1], y)
            for x in xs:
                c.line(x, top, x, y)

    return PlanTable


def write_pg(plan, acts, path):
    reportlab_canvas()  # invariant mode before anything is built
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, \
        TableStyle

    page = A4
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14,
                          spaceAfter=7, leftIndent=1.0 * cm, bulletIndent=0)
    item = ParagraphStyle("item", parent=body, leftIndent=1.8 * cm, bulletIndent=1.0 * cm,
                          spaceAfter=3)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                          spaceBefore=8, spaceAfter=5)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19,
                           spaceAfter=10)
    label = ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=10, leading=13)
    value = ParagraphStyle("value", fontName="Helvetica", fontSize=10, leading=13)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.2)
    cellh = ParagraphStyle("cellh", parent=cell, fontName="Helvetica-Bold")
    app = ParagraphStyle("app", fontName="Helvetica-Bold", fontSize=13, leading=17,
                         spaceAfter=6)
    note = ParagraphStyle("note", fontName="Helvetica", fontSize=10, leading=13.5,
                          spaceAfter=8)

    def P(text, style, number=None):
        return Paragraph(xml_escape(curly(text)), style, bulletText=number)

    story = [P("London Borough of Pellinghoe", title)]
    block = Table([[P(k, label), P(v, value)] for k, v in PG_HEAD],
                  colWidths=[3.6 * cm, 12.9 * cm], hAlign="LEFT")
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.75, "#000000"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [block, Spacer(1, 10)]
    for heading, paras in PG_PROSE:
        story.append(P(heading, head))
        sec = heading.split(".")[0]
        k = 0
        for para in paras:
            if isinstance(para, list):
                for letter, text in zip("abcdefgh", para):
                    story.append(P(text, item, f"({letter})"))
                continue
            k += 1
            story.append(P(para, body, f"{sec}.{k}"))
    story.append(PageBreak())
    story.append(P("Appendix A \u2013 Action plan", app))
    story.append(P("The areas for improvement are numbered 1 to 3 in the order in which the "
                   "report lists them. The last group of rows holds other actions agreed at "
                   "the same time.", note))

    PlanTable = _plan_table_class()
    header = [P(h, cellh) for h in ("Recommendation", "What we will do", "Responsible", "By")]
    rows = []
    for group in _groups(acts, lambda a: a["section"]):
        for k, a in enumerate(group):
            rows.append({"group": a["section"], "first": k == 0,
                         "rec": P(a["section"], cell) if k == 0 else None,
                         "cells": [P(a["text"], cell), P(a["lead"], cell),
                                   P(a["date"], cell)]})
    widths = [4.2 * cm, 7.0 * cm, 3.1 * cm, 2.2 * cm]
    story.append(PlanTable(header, rows, widths))

    def furniture(c, n, total):
        w, h = page
        c.saveState()
        c.setFont("Helvetica", 8.5)
        c.drawRightString(w - 2 * cm, h - 1.2 * cm, "Agenda item 7")
        c.drawString(2 * cm, 1.1 * cm,
                     "Children, Families and Education Committee \u2013 18 September 2025")
        c.drawRightString(w - 2 * cm, 1.1 * cm, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=page, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Ofsted inspection of local authority children's services, "
                                  "June 2025: outcome and action plan",
                            author="Pellinghoe Children's Services", subject="",
                            creator="Microsoft\u00ae Word for Microsoft 365")
    doc.build(story, canvasmaker=numbered_canvas(furniture))


WRITERS = {"ottersgate": write_ot, "pellinghoe": write_pg}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "ottersgate": dict(unanswered=3, passing=2, partial=2, miscited=1, orphans=(5, 14)),
    "pellinghoe": dict(unanswered=1, passing=0, partial=1, miscited=0, orphans=(3, 8)),
}

# words too common in this domain to count as shared vocabulary (as sets v and aa)


def _report_text(report, pages):
    """The text of ``pages`` of a report PDF in the shared corpus, lines joined, or None when
    the PDF or pypdfium2 is not at hand (the transcription check is then skipped)."""
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
    text = " ".join(doc[p - 1].get_textpage().get_text_range() for p in pages)
    return re.sub(r"\s+", " ", text)


def check_recs(plan):
    """The transcribed recommendations: numbered 1..N, clean single-line texts, found word for
    word and in order in the report's pages (when the PDF is at hand), with nothing but the
    numbers or bullet glyphs between them."""
    recs = plan["recs"]()
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    assert len(recs) == len(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and t.endswith("."), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]  # no markers, curly
        assert r["page"] in plan["pages"], r["number"]
    text = _report_text(plan["report"], plan["pages"])
    if text is None:
        return recs
    start = {"ottersgate": "Recommendations 1.", "pellinghoe": "What needs to improve?"}[
        plan["name"]]
    pos = text.find(start)
    assert pos >= 0, start
    pos += len(start)
    for r in recs:
        k = text.find(r["text"], pos)
        assert k >= 0, ("not in the report as written", plan["name"], r["number"])
        gap = text[pos:k]
        if plan["name"] == "ottersgate":  # between items: the next item's number
            assert re.fullmatch(rf"\s*{r['number']}\.\s*" if r["number"] > 1 else r"\s*",
                                gap), (r["number"], gap)
        else:  # between bullets: the bullet glyph
            assert re.fullmatch(r"\s*\u25fc\s*", gap), (r["number"], gap)
        pos = k + len(r["text"])
    return recs


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
    for r, s in gold["expected"].items():  # fully answered recommendations: 1-3 actions
        if s == "covered" and name == "ottersgate":
            assert 1 <= len(per_rec[r]) <= 3, (name, r, len(per_rec[r]))
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert phrase in a["text"] or curly(phrase) in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    for n, orphans in plan["decoys"].items():
        assert f"R{n}" in d["unanswered"], (name, n)
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan["ask_decoys"].items():
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert "hard unanswered" in d["notes"], name
    hard = [n for n in plan["decoys"]]
    assert hard, name
    # the notes' "action N (ref" and "orphan N (ref" agree with the numbering
    for kind, n, ref in re.findall(r"\b(action|orphan) (\d+) \((\d+\.\d+)", d["notes"], re.I):
        assert ids[f"{name}-{n}"]["row"] == ref, (name, kind, n, ref)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&*_#`]|\u00a0", a["text"] + a["leads_raw"] + a["date_raw"]), \
            a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted)\b", a["text"], re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    if name == "ottersgate":
        x = [r["extra"] for r in raw]
        # rows N.k under "Theme N - ..."; objective the theme's aim; text = title. paragraph
        for a, e in zip(acts, x):
            n = int(a["row"].split(".")[0])
            assert re.fullmatch(rf"{n}\.\d+", a["row"]) and a["section"] == ot_section(n)
            assert a["objective"] == OT_THEMES[n][1], a["id"]
            assert a["text"] == f"{e['title']}. {e['para']}", a["id"]
            assert e["status"] in ("Complete", "On track", "In progress", "Not started",
                                   "Behind"), a["id"]
        assert len({a["row"] for a in acts}) == len(acts), name
        # themes in the council's order, not the report's
        first = []
        for g in _groups(acts, lambda a: a["section"]):
            cited = [n for a in g for n in a["explicit_refs"]]
            if cited:
                first.append(cited[0])
        assert first != sorted(first), first
        # the field on about half of the actions, never on an orphan; every citation right
        # except the mis-cited one, whose cited number is not linked
        cited = [a for a in acts if a["explicit_refs"]]
        assert 0.4 <= len(cited) / len(acts) <= 0.6, (name, len(cited))
        assert f"on {len(cited)} of the {len(acts)} actions" in d["notes"], name
        for a in acts:
            if a["id"] in d["orphans"]:
                assert not a["explicit_refs"], a["id"]
            for n in a["explicit_refs"]:
                assert (f"R{n}" in mine[a["id"]]) != (a["id"] in d["miscited"]), a["id"]
        for r in d["unanswered"]:  # no designed gap is cited
            assert not any(int(r[1:]) in a["explicit_refs"] for a in acts), r
        # judged links: only on actions without a field or on the mis-cited one
        for l in gold["links"]:
            if l["source"] == "judged":
                a = ids[l["action"]]
                assert not a["explicit_refs"] or a["id"] in d["miscited"] or \
                    int(l["rec"][1:]) not in a["explicit_refs"], l
        # missing fields: an empty Lead, no Lead, no Due, an empty Due
        assert any(not e["lead_line"] for e in x) and any(e["lead_line"] and not r["lead"]
                                                          for e, r in zip(x, raw)), name
        assert any(not e["due_line"] for e in x) and any(e["due_line"] and not r["date"]
                                                         for e, r in zip(x, raw)), name
        assert sorted(gold["expected"].values()).count("covered") == 2, name
    if name == "pellinghoe":
        groups = _groups(acts, lambda a: a["section"])
        order = []
        for g in groups:
            s = g[0]["section"]
            if s == PG_OTHER:
                assert g is groups[-1], name
                assert {a["id"] for a in g} == set(d["orphans"]), name
                assert all(not a["explicit_refs"] for a in g), name
                continue
            n = int(s.split(".")[0])
            order.append(n)
            assert s == f"{n}. {rec_text[f'R{n}']}", s
            for a in g:
                assert a["explicit_refs"] == [n] and a["row"] is None and a["objective"] is None
                assert any(l["rec"] == f"R{n}" and l["source"] == "explicit"
                           for l in gold["links"] if l["action"] == a["id"]), a["id"]
        assert order == sorted(order) and len(order) == len(set(order)), order
        for r in d["unanswered"]:  # the unanswered area has no group
            assert int(r[1:]) not in order, r
        assert sorted(gold["expected"].values()) == ["covered", "uncovered", "weak"], name
        assert any(len(m) > 1 for m in mine.values()), name  # one action aimed at two
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "ad", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_ad)
