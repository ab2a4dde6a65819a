"""Write the sealed coverage evaluation set "s": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_s.py            # writes documents and gold
    python scripts/make_coverage_plans_s.py --check    # only runs the consistency checks

Documents: corpus/coverage/s/<name>.<ext>      Gold: corpus/gold/coverage/s/<name>.json

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

The three layouts are forms councils really publish: a narrative Word plan (numbered priority
headings, theme sub-headings, a context paragraph per priority, actions as "Action 1.2:"
paragraphs or as Word numbered-list paragraphs, each followed by labelled lead and date lines in
varied wording, and a closing governance section), a tracker workbook with a Ref column but no
recommendation column (title block, Area cells merged over their rows, line breaks inside cells,
a few Refs that cite the recommendation), and a landscape plan printed to PDF from Excel (a ruled
table Ref | Recommendation | Action | Owner | Due | Status in a small font, the recommendation
paraphrase repeated on every row of its group, shaded theme rows, the header row repeated on
every page, page header and footer text). All councils, people, teams, systems and programmes
are fictional. Output is deterministic: DOCX/XLSX core properties are fixed and every zip member
is written with a fixed timestamp; reportlab runs in invariant mode with fixed metadata.
"""

import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, docx_props, main, normalise_zip, numbered_canvas, report_recs,  # noqa: E402
                          reportlab_canvas, xml_escape)

FIXED = datetime(2020, 1, 1, 9, 0, 0)
ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (15, 45)


# ---------------------------------------------------------------------------------------------
# Plan 1: Caddleworth - narrative DOCX answering Sunderland 2015-07-20 (SIF, 27 local-authority
# recommendations, numbered 1-27, each ending with the report paragraphs it draws on).
# Heading 1 per priority ("Priority 1: ..."), Heading 2 theme names under Priorities 6 and 7, a
# context paragraph under each priority, then actions either as "Action 1.2:" paragraphs or as
# Word numbered-list paragraphs (numbering restarts under each heading), each followed by
# labelled lines whose wording changes from section to section.
# ---------------------------------------------------------------------------------------------

CW_REPORT = "sunderland-80566/2015-07-20.pdf"

# how each section lays out its actions: "action" paragraphs ("Action 1.2: ...") or a Word
# numbered "list"; and how its labelled lines read
CW_LABELS = {
    "two:lead officer/target date": ("Lead officer", "Target date"),
    "two:accountable/timeframe": ("Accountable", "Timeframe"),
    "two:lead officer/by when": ("Lead officer", "By when"),
    "two:responsible officer/target date": ("Responsible officer", "Target date"),
    "two:accountable/target date": ("Accountable", "Target date"),
    "two:lead officer/timeframe": ("Lead officer", "Timeframe"),
    "one:lead/date": ("Lead", "Date"),
}

CW_CONTEXT = {
    "Priority 1: Every child safe now":
        "Inspectors found children whose cases had been held in the MASH for months without "
        "being progressed, children who had no allocated social worker or were not being "
        "actively worked with, and children who had stayed too long in voluntary care or in "
        "pre-proceedings without a decision. Some children were left \u201cin circumstances "
        "that are actually or potentially unsafe\u201d. The actions below began during the "
        "inspection and are overseen weekly by the Director of Children's Services.",
    "Priority 2: A front door that works":
        "In the MASH \u201cthere are not enough social workers to deal with the high number of "
        "reported concerns about children's welfare\u201d, and the same social workers carried "
        "children's cases through to conference. Most contacts come from the police without "
        "any triage and half lead to no further action. Cases pass to the locality teams by "
        "email, without a conversation between managers.",
    "Priority 3: Good social work, well led":
        "Inspectors saw too little management oversight on children's files, assessments and "
        "plans that were late or poor, children who were not seen as often as their plan said, "
        "and staff who were not clear what was expected of them. Most recording was done "
        "offline.",
    "Priority 4: Our workforce":
        "We rely heavily on agency staff and interim managers, turnover is high in some key "
        "teams, and caseloads are so high that social workers cannot do the basic tasks "
        "children need from them.",
    "Priority 5: Leadership, planning and accountability":
        "The council and its partners have no \u201cshared, up to date strategic plan\u201d. "
        "Performance information is unreliable and does not focus on the areas most in need "
        "of improvement, and learning from audits, complaints and feedback from families is "
        "not used to drive change. Scrutiny by elected members has had little impact.",
    "Priority 6: Early help and partnership working":
        "Early help is \u201cnot well coordinated or focused\u201d and the early help strategy "
        "has not been agreed by partners. Services for children missing from home, care or "
        "education and for children at risk of sexual exploitation are insufficient and poorly "
        "coordinated, and the data about them is not brought together.",
    "Priority 7: Children in our care and care leavers":
        "Corporate parents are not ambitious enough for the children in our care. There are "
        "not enough homes for children in the city, the virtual school is too small to support "
        "every child, personal education plans are poor, adopter recruitment has been on hold "
        "and four adoptive placements broke down in a year. Inspectors said care leavers are "
        "\u201cbeing failed by this service\u201d.",
    "Other service commitments 2015/16":
        "These commitments come from the Children's Services service plan and are reported to "
        "the Improvement Board with this plan.",
}


def caddleworth_actions():
    acts = []
    st = {}

    def heading(h1, h2=None, form="action", labels="one:lead/date", prefix=None):
        st.update(h1=h1, h2=h2, form=form, labels=labels, n=0)
        if prefix is not None:
            st["prefix"] = prefix
            st["k"] = st.get("k_by_prefix", {}).get(prefix, 0)

    def add(text, lead, date, links=(), measure=None):
        st["n"] += 1
        if st["form"] == "action":
            st["k"] += 1
            st.setdefault("k_by_prefix", {})[st["prefix"]] = st["k"]
            row = f"{st['prefix']}.{st['k']}"
        else:
            row = str(st["n"])
        acts.append(A(text, lead, date, links, row=row, section=st["h2"] or st["h1"],
                      objective=None, h1=st["h1"], h2=st["h2"], form=st["form"],
                      labels=st["labels"], measure=measure))

    # ---- Priority 1 ------------------------------------------------------------------------
    heading("Priority 1: Every child safe now", form="action",
            labels="two:lead officer/target date", prefix=1)
    add("Senior managers to review, child by child, every case that is unallocated or has had "
        "no recorded work for 20 working days, starting with the children held in the MASH. "
        "Each child will be seen, the risk to them rated and a decision recorded on ChildView "
        "(assessment, plan, step-down or closure) within ten working days of the review.",
        "Head of Safeguarding and Assessment", "31 August 2015",
        [(1, "j", "h", "urgent review of unallocated and unworked cases, with the child seen and "
          "assessed or helped")],
        measure="No child without a recorded decision (weekly exception report)")
    add("From July every child open to social care has a named social worker within two working "
        "days of any transfer between teams; a weekly 'unallocated and inactive' list goes to "
        "the Assistant Director and is worked through at the Monday performance huddle until it "
        "is empty.",
        "Assistant Director, Children's Social Care", "Weekly from 6 July 2015",
        [(1, "j", "h", "no child left without an allocated, active social worker")],
        measure="Unallocated cases: zero")
    add("Heads of Service to read the file of each child accommodated under section 20, meet the "
        "social worker, and decide whether the arrangement still keeps the child safe and "
        "settled; where it does not, the child's case goes to the Legal Gateway Panel within two "
        "weeks.",
        "Heads of Service, Children Looked After", "30 September 2015",
        [(2, "j", "h", "review of every child looked after under voluntary arrangements, with "
          "further action where the legal basis is not enough")],
        measure="All section 20 cases reviewed and a decision recorded")
    add("A weekly Legal Gateway Panel, chaired by the Head of Service with the council's child "
        "care solicitors, will track every family in pre-proceedings against a 12-week limit and "
        "every application against the 26-week timetable, and will decide for each child "
        "referred from the section 20 review whether to issue; letters before proceedings "
        "agreed with Legal Services before they are sent.",
        "Head of Service, Children Looked After / Principal Solicitor (Child Care)",
        "Started 6 July 2015",
        [(4, "j", "h", "children in pre-proceedings and proceedings tracked so their cases move "
          "at the child's pace"),
         (2, "j", "m", "decides further legal action for children found by the section 20 "
          "review")],
        measure="Average duration of care proceedings (target 26 weeks)")
    add("Our improvement partner, Ashenford Children's Services Trust, to audit every child in "
        "pre-proceedings or care proceedings and agree with the allocated team a plan and a date "
        "for the next step; the list is reported to the Improvement Board each month until "
        "every child's case is moving.",
        "Improvement Partner (Ashenford Children's Services Trust)", "October 2015",
        [(4, "j", "h", "review of every child under the public law outline or in proceedings "
          "so that plans are robust and progressing")])

    # ---- Priority 2 ------------------------------------------------------------------------
    heading("Priority 2: A front door that works", form="list",
            labels="two:accountable/timeframe")
    add("Split the MASH into a screening team and a separate assessment team, so that MASH "
        "social workers no longer hold cases through to conference or a child in need plan; "
        "twelve extra social workers and two team managers funded from the improvement reserve.",
        "Head of Safeguarding and Assessment", "November 2015",
        [(3, "j", "h", "more capacity and a clearer focus for the MASH"),
         (8, "j", "m", "MASH social workers' caseloads brought down by ending the bottleneck")])
    add("Agree with Borderdale Police that domestic abuse and concern notifications are screened "
        "by the police triage desk before they reach us, and that the police risk assessment "
        "travels with every notification.",
        "Detective Superintendent, Public Protection (Borderdale Police) and MASH Manager",
        "Q3 2015/16",
        [(3, "j", "h", "demand on the MASH and the quality of what it receives (report para "
          "30)")])
    add("Locality team managers to agree each transfer with the MASH manager at a twice-weekly "
        "transfer meeting instead of by email, and to record their decision and its reasons on "
        "ChildView within one working day.",
        "MASH Manager and Locality Team Managers", "September 2015",
        [(3, "j", "m", "flow of work out of the MASH (transfer arrangements, report para 33)"),
         (5, "j", "m", "managers' decisions and rationale recorded promptly")])

    # ---- Priority 3 ------------------------------------------------------------------------
    heading("Priority 3: Good social work, well led", form="action", labels="one:lead/date",
            prefix=3)
    add("Team managers to write a case direction on every child's record when the case is "
        "allocated and at least every four weeks after that (what must happen next, by whom and "
        "by when) and to sign off no assessment, plan or closure without one.",
        "Team Managers (all social work teams)", "From 1 September 2015",
        [(5, "j", "h", "management oversight making decisions and planning timely and clear")])
    add("A weekly list of children whose visit is overdue against their plan goes to each team "
        "manager; any child not seen on time is visited within 48 hours and the reason for the "
        "delay recorded.",
        "Heads of Service", "Weekly from August 2015",
        [(6, "j", "h", "children seen promptly and regularly")])
    add("'Me and My World' direct work pack and three days' training for every social worker; "
        "each assessment and plan to say what the child told or showed us and how that changed "
        "what we will do.",
        "Principal Social Worker", "All staff trained by March 2016",
        [(6, "j", "h", "children's views inform their assessments and plans")])
    add("Publish the Caddleworth Practice Standards, setting out what each child and family can "
        "expect from us at every stage from first contact to closure and what we expect of "
        "social workers, family workers and their managers, and brief every team on them.",
        "Principal Social Worker", "September 2015",
        [(16, "j", "h", "clear practice standards so that expectations are understood")])
    add("Move our procedures to an online manual that is updated twice a year, and withdraw the "
        "offline Word templates so that assessments, strategy discussions and plans are all "
        "recorded on ChildView.",
        "", "January 2016",
        [(16, "j", "h", "clear, current policies and procedures")])

    # ---- Priority 4 ------------------------------------------------------------------------
    heading("Priority 4: Our workforce", form="list", labels="two:lead officer/by when")
    add("'Grow, Stay, Belong' recruitment drive: a market supplement for experienced children's "
        "social workers, a relocation package, and one preferred agency contract that lets "
        "agency workers move onto permanent contracts.",
        "Head of HR (People Services)", "Launch August 2015; review March 2016",
        [(7, "j", "h", "recruit qualified and experienced staff")])
    add("Open the Caddleworth Social Work Academy for newly qualified social workers, with a "
        "protected first year, a progression route to advanced practitioner and a quarterly "
        "analysis of why people leave.",
        "Principal Social Worker / Workforce Development Manager", "First cohort September 2015",
        [(7, "j", "h", "retain staff and support their professional skills")])
    add("Set a ceiling of 18 children per experienced social worker and 12 per newly qualified "
        "worker; a weekly report shows each worker's caseload, and cases are moved at the "
        "Monday allocation meeting when anyone is over the ceiling.",
        "Heads of Service", "Weekly",
        [(8, "j", "h", "manageable caseloads")])

    # ---- Priority 5 ------------------------------------------------------------------------
    heading("Priority 5: Leadership, planning and accountability", form="action",
            labels="two:responsible officer/target date", prefix=5)
    add("Write with our partners a new Children and Young People's Plan 2016-19 built on the "
        "safeguarding needs assessment, with no more than five shared priorities and a measure "
        "of success for each.",
        "Director of Children's Services / Children's Strategic Partnership", "April 2016",
        [(9, "j", "h", "single, up-to-date multi-agency plan with measurable progress")])
    add("Replace the Children's Trust with a Children's Strategic Partnership that reports to the "
        "Health and Wellbeing Board; every member organisation to sign the Framework of "
        "Cooperation and report twice a year on what it has done.",
        "Chief Executive", "November 2015",
        [(9, "j", "h", "partners working to one plan and held to account for it")])
    add("Each Head of Service to produce a service delivery plan linked to this improvement "
        "plan, concentrating on the weakest areas of practice and saying what will change for "
        "children, who will do it and how we will know it has worked; reviewed monthly at "
        "service management meetings.",
        "Heads of Service", "October 2015",
        [(10, "j", "h", "planning focused on the weakest practice, with operational delivery and "
          "measurement of impact")])
    add("Rebuild the monthly performance scorecard around a small set of measures (children "
        "seen, allocated, assessed and with a plan on time) using ChildView data checked by "
        "data quality officers; it is discussed at the Improvement Board and also shared with "
        "the Children's Scrutiny Committee.",
        "Head of Performance and Intelligence", "First edition September 2015",
        [(11, "j", "h", "performance management focused on key priorities"),
         (10, "j", "m", "measuring the impact of the improvement work")])
    add("New Quality Assurance Framework: two case audits a month by each team manager, a "
        "themed audit every quarter, and a quarterly learning report that puts audit findings "
        "next to complaints and what children and families tell us; every audit action "
        "followed up until it is done.",
        "Head of Quality Assurance", "January 2016",
        [(11, "j", "h", "quality assurance that drives improvement")])

    # ---- Priority 6 ------------------------------------------------------------------------
    p6 = "Priority 6: Early help and partnership working"
    heading(p6, "Early help", form="action", labels="one:lead/date", prefix=6)
    add("Agree the Early Help Strategy with partners through the Children's Strategic "
        "Partnership: one offer for children of every age, a single early help assessment in "
        "place of the CAF and the Strengthening Families assessment, and a lead professional for "
        "every family.",
        "Head of Early Help", "December 2015",
        [(18, "j", "h", "aims, structure and implementation of the early help offer agreed "
          "with partners")])
    add("Three locality early help hubs where Strengthening Families workers, health visitors, "
        "school nurses and a police neighbourhood officer work side by side; each hub runs a "
        "weekly panel that takes families stepping down from social care.",
        "Early Help Locality Managers", "Q4 2015/16",
        [(18, "j", "h", "structure of the integrated offer and its fit with social care")])
    heading(p6, "Children at risk of exploitation or missing", form="action",
            labels="one:lead/date", prefix=6)
    add("Put the findings of the March 2015 exploitation review into practice through a "
        "co-located exploitation team (two social workers, a police officer, a sexual health "
        "nurse and a youth worker from the voluntary sector) working with every child assessed "
        "as at medium or high risk.",
        "Head of Safeguarding and Assessment / DCI, Borderdale Police", "January 2016",
        [(19, "j", "h", "building on the CSE review: joined-up services with capacity")])
    add("Commission one independent return home interview service for all children who go "
        "missing from home or from care, whether or not they have a social worker; the "
        "interview offered within 72 hours and a copy sent to the police and the exploitation "
        "team.",
        "Commissioning Manager, Children", "April 2016",
        [(19, "j", "h", "services for children missing from home or care")])
    add("Give the MSET group a monthly data set that puts together missing episodes, "
        "exploitation risk assessments and police intelligence, so that it can map hotspots, "
        "link cases and plan disruption.",
        "MSET Chair (Borderdale Police) and Performance Team", "From November 2015",
        [(19, "j", "h", "joined-up response to exploitation and missing children")])
    heading(p6, "Disabled children", form="action", labels="one:lead/date", prefix=6)
    add("Consult the Parent Carer Forum on a refreshed Short Breaks Statement for families of "
        "disabled children and publish it on the Local Offer website.",
        "Service Manager, Children with Disabilities", "October 2015")
    add("Complete the transfer of every statement of special educational needs to an Education, "
        "Health and Care plan, including for young people aged 19 to 25 in further education, "
        "within the national timetable.",
        "SEN Manager", "April 2018")

    # ---- Priority 7 ------------------------------------------------------------------------
    p7 = "Priority 7: Children in our care and care leavers"
    heading(p7, "Corporate parenting", form="list", labels="two:accountable/target date")
    add("Relaunch the Corporate Parenting Board with the Speak Out Council and two care leavers "
        "as members; every meeting opens with what children have told us, and each elected "
        "member champions one area (education, health, homes or jobs) and reports on it.",
        "Lead Member for Children's Services", "October 2015",
        [(13, "j", "h", "the council acting as a corporate parent")])
    add("Rewrite our Promise to children in care and care leavers with the Speak Out Council, "
        "give it to every child at their first review, and ask each council directorate what it "
        "will add to it.",
        "Participation Officer / Corporate Parenting Board", "March 2016",
        [(13, "j", "h", "corporate parenting responsibilities across the council (the pledge, "
          "report para 83)")])
    heading(p7, "Homes for children and young people", form="list",
            labels="two:accountable/target date")
    add("A new sufficiency strategy for 2016-19 based on an analysis of why more children are "
        "coming into care and what homes they need, with targets for in-house fostering, two "
        "more small children's homes in the city and a family group conference service.",
        "Head of Commissioning / Head of Service, Children Looked After", "January 2016",
        [(14, "j", "h", "breadth and quality of placements for children looked after")])
    add("Restart foster carer recruitment with a target of 40 new fostering households in "
        "2015/16, prioritising carers for teenagers and for brothers and sisters, and move "
        "connected persons assessments to a dedicated kinship team.",
        "Fostering Service Manager", "31/03/2016",
        [(14, "j", "h", "more foster placements to meet children's needs")])
    add("Commission 25 supported lodgings places and a 'staying close' option for young people "
        "leaving care, and end the use of bed and breakfast, and of trainer flats without "
        "support, for anyone under 21.",
        "Commissioning Manager, Housing and Children", "Q1 2016/17",
        [(14, "j", "h", "suitable accommodation for care leavers")])
    heading(p7, "Education", form="list", labels="two:accountable/target date")
    add("Appoint a deputy head and four learning mentors to the Virtual School and give it a "
        "tracking system holding attainment, attendance and exclusions for every child in care, "
        "reported each half term.",
        "Virtual School Head", "January 2016",
        [(21, "j", "h", "a stronger virtual school able to track every child's progress")])
    add("The Virtual School to follow every young person aged 16 to 18 in college or training "
        "each term, alongside their personal adviser and with Caddleworth College, so that no "
        "care leaver's progress goes unrecorded.",
        "Virtual School Head / Leaving Care Team Manager", "From September 2015",
        [(21, "j", "h", "virtual school tracking care leavers' progress"),
         (27, "j", "m", "monitoring care leavers' education and training")])
    add("Move to an electronic PEP in which every target is specific and measurable and every "
        "action has a named person and a date; the Virtual School grades each PEP every term "
        "and returns any graded inadequate to the designated teacher.",
        "Virtual School Head / Designated Teachers", "Summer term 2016",
        [(22, "j", "h", "quality, target setting and monitoring of PEPs")])
    heading(p7, "Adoption", form="action", labels="two:lead officer/timeframe", prefix=7)
    add("Restart adopter recruitment with a campaign aimed at families for older children, "
        "brothers and sisters and children from minority ethnic backgrounds, with a monthly "
        "information evening and 25 approvals as the goal for 2016/17.",
        "Adoption Service Manager", "Campaign live November 2015",
        [(23, "j", "h", "recruitment of adopters restarted with a clear strategy")])
    add("Join four neighbouring councils in a regional adoption agency that will recruit and "
        "prepare adopters for all five councils.",
        "Head of Service, Permanence", "2016/17",
        [(23, "j", "m", "adopter recruitment through a regional agency")])
    add("Offer every adoptive family an assessment of support needs when the child is placed "
        "and at each anniversary for three years, with therapy paid for through the Adoption "
        "Support Fund and a CAMHS psychologist two days a week for adopters; hold a learning "
        "review of each disruption in the last year to improve matching.",
        "Adoption Support Team Manager / CAMHS", "",
        [(24, "j", "h", "adoption support offer that reduces breakdowns")])
    heading(p7, "Care leavers", form="action", labels="one:lead/date", prefix=7)
    add("Open a drop-in at Chandler House four afternoons a week where care leavers can see a "
        "personal adviser without an appointment, use computers and the laundry, and get a hot "
        "meal on Fridays.",
        "Leaving Care Team Manager", "October 2015",
        [(25, "j", "h", "a place for care leavers to drop in and reach the team")],
        measure="Care leavers in touch with us (target 85%)")
    add("Give every care leaver a mobile phone with credit; personal advisers to be in touch at "
        "least every eight weeks, and the team manager to chase each month the young people we "
        "have lost contact with.",
        "Leaving Care Team Manager", "From September 2015",
        [(25, "j", "h", "keeping in touch with care leavers")],
        measure="Care leavers in touch with us (target 85%)")
    add("New 'My Pathway' plan written with the young person in their own words (where I will "
        "live, money, health, learning and work) with goals and dates, signed off by the team "
        "manager and reviewed at least every six months.",
        "Principal Social Worker / Leaving Care Team Manager", "December 2015",
        [(26, "j", "h", "pathway plans reflecting young people's needs and aspirations, written "
          "with them")],
        measure="Pathway plans audited as good (target 70%)")
    add("Ring-fence twenty council apprenticeships a year for care leavers and find work "
        "experience with firms signed up to the Caddleworth Business Pledge.",
        "Head of HR / Employment and Skills Manager", "April 2016",
        [(27, "j", "h", "more options for care leavers, including apprenticeships")],
        measure="Care leavers in apprenticeships")
    add("An education, employment and training adviser in the leaving care team; each young "
        "person's activity recorded every month so that none is 'not known', and the figures "
        "reported to the Corporate Parenting Board.",
        "Leaving Care Team Manager", "Monthly from November 2015",
        [(27, "j", "h", "providing and monitoring education, employment and training for care "
          "leavers")],
        measure="Care leavers in education, employment or training; 'not known' below 5%")

    # ---- Other -----------------------------------------------------------------------------
    heading("Other service commitments 2015/16", form="list",
            labels="two:lead officer/target date")
    add("Upgrade ChildView to version 8 and move it to the council's new data centre over the "
        "Christmas shutdown.",
        "ICT Programme Manager", "January 2016")
    return acts


CADDLEWORTH = {
    "name": "caddleworth", "ext": "docx", "report": CW_REPORT,
    "council": "Caddleworth City Council",
    "actions": caddleworth_actions, "bounds": (40, 45),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered",
                 6: "covered", 7: "covered", 8: "covered", 9: "covered", 10: "covered",
                 11: "covered", 12: "weak", 13: "covered", 14: "covered", 15: "uncovered",
                 16: "covered", 17: "uncovered", 18: "covered", 19: "weak", 20: "uncovered",
                 21: "covered", 22: "covered", 23: "covered", 24: "covered", 25: "covered",
                 26: "covered", 27: "covered"},
    "unanswered": [15, 17, 20], "passing": [12], "partial": [19],
    "orphans": [27, 28, 45], "miscited": [],
    "asks": {14: [("sufficient breadth and quality of placements for children looked after",
                   [31, 32]),
                  ("sufficient breadth and quality of placements for care leavers", [33])],
             19: [("services for children at risk of child sexual exploitation comprehensive, "
                   "joined up and with sufficient capacity, building on the recent review",
                   [24, 26]),
                  ("services for children missing from home or care comprehensive, joined up "
                   "and with sufficient capacity", [25, 26]),
                  ("services for children missing education comprehensive, joined up and with "
                   "sufficient capacity", [])],
             27: [("provide and monitor education, employment and training opportunities for "
                   "care leavers", [35, 44]),
                  ("increase the options available to care leavers, for example through "
                   "apprenticeships", [43])]},
    "notes": (
        "Narrative DOCX: a title, an introduction, seven Heading 1 priorities ('Priority 1: "
        "...') and a closing 'Other service commitments 2015/16' heading, with Heading 2 theme "
        "names ('Early help', 'Disabled children', 'Corporate parenting', 'Adoption', 'Care "
        "leavers' ...) under Priorities 6 and 7; under each Heading 1 a context paragraph "
        "paraphrasing and quoting the inspectors. Actions are either 'Action 1.2:' paragraphs "
        "(Priorities 1, 3, 5, 6 and the Adoption and Care leavers themes; the number is the "
        "council's own, never a recommendation number) or Word numbered-list paragraphs "
        "(numbering restarts under each heading), each followed by labelled lines whose wording "
        "changes by section ('Lead officer:' / 'Target date:', 'Accountable:' / 'Timeframe:', "
        "'Lead officer:' / 'By when:', 'Responsible officer:' / 'Target date:', or one line "
        "'Lead: X. Date: Y'); Priority 1 and the care leavers actions also have a 'How we will "
        "know:' or 'Success measure:' line, which is not part of the action. A final 'Governance "
        "and monitoring' section (prose and three bullets naming the boards) holds no actions. "
        "'row' is the action's own label ('1.2') or the list item's displayed number ('3'); "
        "'section' is the nearest heading above the action (Heading 2 where there is one); "
        "'objective' is null (the context paragraphs speak to the whole priority). No "
        "recommendation numbers anywhere, so every link is judged. R17 (disabled children's "
        "transition assessments to adult services) is the hard unanswered one: under a Heading 2 "
        "'Disabled children', orphan 27 (Short Breaks Statement for families of disabled "
        "children) and orphan 28 (transfer of SEN statements to EHC plans, 'young people aged 19 "
        "to 25') share its vocabulary, but nothing is aimed at transition assessments for "
        "adult services. R15 (out-of-hours service) and R20 (supervised contact arrangements) "
        "are simply absent. R12 (scrutiny committee) is touched only in passing: action 20, "
        "aimed at R11 (and R10), ends 'and also shared with the Children's Scrutiny "
        "Committee'; the Priority 5 context paragraph also mentions scrutiny, but no action is "
        "aimed at strengthening the committee (passing, weak). R19 has three asks: "
        "exploitation services (24, 26) and services for children missing from home or care "
        "(25, 26) are answered, children missing education is not, although the Priority 6 "
        "context paragraph names it (partial, weak). R14 (looked after children and care "
        "leavers, 31-33) and R27 (monitoring 35, 44; apprenticeships 43) have their asks "
        "recorded, all answered. Multi-link actions: 4 (R4, R2), 6 (R3, R8), 8 (R3, R5), 20 "
        "(R11, R10), 35 (R21, R27). Orphans 27, 28 (the R17 traps) and 45 (case management "
        "system upgrade). Here 'action N' means caddleworth-N."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Fennock Marsh - XLSX tracker answering Thurrock 2019-12-20 (ILACS, 3 recommendations,
# bulleted). Title block, then Ref | Area | Action | Responsible officer | Target date | RAG |
# Evidence. Area cells are real merged ranges; Refs are the council's own area numbering
# ("1.1", "2.3"), except three rows whose Ref cites the recommendation ("R3", "Rec 1.1", "R1").
# Some Action, Responsible officer and Evidence cells hold line breaks.
# ---------------------------------------------------------------------------------------------

FM_REPORT = "thurrock-80571/2019-12-20.pdf"


def fennock_actions():
    acts = []

    def add(ref, area, cell, lead, date, rag, evidence, links=()):
        m = re.fullmatch(r"(?:R|Rec )(\d+)(?:\.\d+)?", ref)
        refs = [int(m.group(1))] if m else []
        assert m or re.fullmatch(r"\d\.\d", ref), ref
        acts.append(A(cell.replace("\n", " "), lead, date, links, refs, row=ref, section=area,
                      objective=None, cell=cell, rag=rag, evidence=evidence))

    a = "Exploitation and missing children"
    add("1.1", a, "Bring the missing, child sexual exploitation and gangs panels together into one "
        "weekly Vulnerable Adolescents Panel with the police, YOS, health, schools and the "
        "Community Safety Partnership.\nOne screening tool for sexual and criminal exploitation "
        "used by every agency.",
        "Strategic Lead, Vulnerable Adolescents\nDI, Estuary Police Exploitation Hub",
        "31/03/2020", "G", "Terms of reference agreed 14/01/2020.\nFirst panel 21/01/2020.",
        [(3, "j", "h", "aligning the systems for children at risk of criminal and sexual "
          "exploitation and missing children")])
    add("1.2", a, "One adolescent risk dashboard showing, for each young person, missing "
        "episodes, exploitation screening score, YOS involvement and school exclusions; shared "
        "daily with the police Exploitation Hub and replacing three separate spreadsheets.",
        "Performance and Intelligence Manager", "Apr-20", "A",
        "Prototype demonstrated at DMT 03/03/2020.",
        [(3, "j", "h", "information on exploited and missing children brought into one system")])
    add("R3", a, "Return home interviews brought back in-house: two dedicated workers, an "
        "interview offered within 72 hours of every missing episode from home or care, and the "
        "young person's account written in their own words on LCS.",
        "Team Manager, Adolescent Intervention Service", "01/02/2020", "A",
        "RHIs offered within 72 hrs: 71% (Feb) from 58% (Oct).",
        [(3, "e", "h", "return home interviews so that children can tell their stories")])
    add("1.4", a, "What young people say in their return conversations (where they go, who with, "
        "what pulls them away) analysed every month and fed to the Vulnerable Adolescents Panel "
        "and into each young person's safety plan.",
        "Adolescent Intervention Service / Community Safety Partnership", "Q1 2020/21", "",
        "",
        [(3, "j", "h", "children's accounts used to shape the response to exploitation and "
          "missing")])
    add("1.5", a, "Safety plans for every young person known to the panel reviewed by the team "
        "manager every four weeks; audit of 20 plans in June.",
        "Head of Service, Children's Social Care", "June 2020", "G", "",
        [(3, "j", "m", "effectiveness of the support for children at risk (safety planning, "
          "report para 8)")])

    a = "Preparing for adulthood"
    add("Rec 1.1", a, "Set up a Preparing for Adulthood Team of social workers and an adult "
        "social care practitioner, working with every disabled young person from their 14th "
        "birthday.",
        "Head of Disabled Children's Service\nHead of Adult Social Care (Operations)",
        "01/04/2020", "A", "Two posts recruited; adult practitioner seconded from 01/03/2020.",
        [(1, "e", "h", "earlier planned transitions for disabled young people, with adult "
          "services involved")])
    add("2.2", a, "Monthly joint transitions panel with adult social care, SEND and the CCG's "
        "continuing health care team, agreeing from age 16 which adult service will support "
        "the young person and when their Care Act assessment will start.",
        "PfA Team Manager / Adult Social Care", "Monthly from Jan-20", "G",
        "Panel held Jan, Feb, Mar.\n23 young people discussed.",
        [(1, "j", "h", "closer collaboration with adult services, earlier, for disabled young "
          "people")])
    add("2.3", a, "Joint protocol between children's and adults' services: the adult care "
        "assessment finished by 17 years 6 months, and the young person and their family meet "
        "their adult worker before the 18th birthday.",
        "Director of Adult Social Care and Director of Children's Services", "Mar-20", "A",
        "Draft with Legal.",
        [(1, "j", "h", "planned transition to adult services for disabled young people")])
    add("2.4", a, "A transition plan for every young person with an EHC plan or open to the "
        "Disabled Children's Team, written with them and their parents and covering housing, "
        "health and what they will do in the day.",
        "PfA Team Manager", "Q2 20/21", "", "",
        [(1, "j", "h", "planned transitions for disabled young people")])
    add("R1", a, "Audit the first 15 young people through the new pathway to check that "
        "planning began early enough and that adult services were involved before 17.",
        "Quality Assurance Manager", "Sep-20", "", "",
        [(1, "e", "h", "assurance that transitions for disabled young people start earlier")])

    a = "Health of children in care"
    add("3.1", a, "Carers to complete a Strengths and Difficulties Questionnaire before each "
        "review health assessment; the CAMHS link worker scores it and offers a consultation "
        "where the score is 17 or more.",
        "LAC Nurse Specialist\nCAMHS link worker", "Ongoing", "G", "")
    add("3.2", a, "Dental check dates recorded on LCS and reported quarterly to the Corporate "
        "Parenting Committee; carers reminded at every review.",
        "Designated Nurse, Children in Care (CCG)", "Quarterly", "A",
        "Q3: 84% up to date.")
    add("3.3", a, "Refresh the service specification of the children in care health team with "
        "the CCG, so that review health assessments are also offered to children placed up to "
        "20 miles outside the borough.",
        "Commissioning Manager, Children\nDesignated Nurse (CCG)", "31/07/2020", "", "")

    a = "Service development"
    add("4.1", a, "Foster carers' annual conference and long-service awards.",
        "Fostering Service Manager", "Jun-20", "G", "Venue booked.")
    add("4.2", a, "Replace social workers' mobile phones with smartphones that can open LCS.",
        "ICT Business Partner", "", "R", "Supplier delay.\nNew date to be agreed.")
    return acts


FENNOCK = {
    "name": "fennockmarsh", "ext": "xlsx", "report": FM_REPORT,
    "council": "Fennock Marsh Council",
    "actions": fennock_actions, "bounds": (15, 17),
    "expected": {1: "weak", 2: "uncovered", 3: "covered"},
    "unanswered": [2], "passing": [], "partial": [1],
    "orphans": [11, 12, 13, 14, 15], "miscited": [],
    "asks": {1: [("planned transitions and closer collaboration with adult services happen "
                  "earlier for disabled young people", [6, 7, 8, 9, 10]),
                 ("planned transitions and closer collaboration with adult services happen "
                  "earlier for care leavers", [])],
             3: [("alignment and effectiveness of the systems supporting children at risk of "
                  "criminal and sexual exploitation and children missing from home and care",
                  [1, 2, 4, 5]),
                 ("children can tell their stories", [3, 4])]},
    "notes": (
        "XLSX tracker, one sheet: a title block in rows 1-3 (council and title, inspection, "
        "owner and date updated), a blank row, the header Ref | Area | Action | Responsible "
        "officer | Target date | RAG | Evidence in row 5, one row per action. The Area cell is "
        "a real merged range over the rows of its area ('section'); no recommendation column "
        "('objective' is null). 'row' is the Ref cell as written: the council's own area "
        "numbering ('1.1' ... '4.2', which is not a citation: Area 2 answers R1, Area 3 answers "
        "nothing), except three rows whose Ref cites the recommendation: 'R3' (action 3), 'Rec "
        "1.1' (action 6, recommendation 1, first action) and 'R1' (action 10); explicit_refs "
        "holds those numbers. Some Action, Responsible officer and Evidence cells contain line "
        "breaks: 'text' joins the lines of the Action cell with a space, 'leads_raw' keeps the "
        "cell as written (line breaks included). 'date_raw' is the Target date as displayed: "
        "real Excel dates (dd/mm/yyyy or mmm-yy) on some rows, text ('Q2 20/21', 'Monthly from "
        "Jan-20', 'Ongoing') on others, blank on one. RAG and Evidence are not part of "
        "'text'. R2 (timeliness of initial health assessments when children come into care) is "
        "the hard unanswered one: the whole of Area 3, 'Health of children in care', looks "
        "like its answer, and orphans 11 (questionnaire before each review health assessment), "
        "12 (dental checks) and 13 (review health assessments for children placed out of the "
        "borough, with the CCG) share its vocabulary, but nothing is aimed at initial health "
        "assessments or their timeliness. R1 has two asks: earlier planned transitions with "
        "adult services for disabled young people are answered by the whole of Area 2 (6-10), "
        "for care leavers nothing is aimed at it (partial, weak); the rows citing 'Rec 1.1' and "
        "'R1' speak only of disabled young people. R3 is answered by five actions (1-5) and has "
        "two asks, both answered. Orphans 11-13 (Area 3) and 14-15 (Area 4, 'Service "
        "development': foster carers' conference, smartphones). Here 'action N' means "
        "fennockmarsh-N."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Stourlinch - landscape PDF printed from Excel answering Hounslow 2014-03-21 (SIF, 26
# local-authority recommendations numbered 34-59 in the report). Ruled table Ref |
# Recommendation | Action | Owner | Due | Status in a small font; a shaded theme row heads each
# theme; the Recommendation cell (a short paraphrase, most starting with the report's number) is
# repeated on every row of its group, as Excel prints a filled-down column.
# ---------------------------------------------------------------------------------------------

SL_REPORT = "hounslow-80503/2014-03-21.pdf"

SL_GROUPS = {  # group key -> the Recommendation cell as written (numbers are the citations)
    "34": "34. Missing / CSE: multi-agency oversight of services and of individual cases; "
          "arrangements recorded and publicised",
    "35": "Private fostering: identify and support privately fostered children; publicise",
    "36/37": "36 & 37. ICPCs held promptly; CP plans specific, measurable and clear about what "
             "parents and agencies must do",
    "39": "39. Early help assessments reflect the child's history, wishes and feelings and lead "
          "to good EH plans",
    "42": "Early help for older young people, focused on preventing the need for care",
    "40": "40. Voluntary care (s20): assess and review; seek an order where more appropriate",
    "41": "41. Permanence considered at the earliest stage of care",
    "45": "45. IRO scrutiny and challenge of care plans, without delay",
    "46": "46. Analyse the reasons for placement instability",
    "47/58": "47 & 58. Sufficient local placements; robust sufficiency plan",
    "43/44": "43 & 44. Close the attainment and attendance gap; better analysis of achievement "
             "(LACES / Pathways)",
    "48": "48. Formalise fostering to adopt and concurrent planning",
    "49": "Court delay: work with partners to reduce it",
    "50": "50. Training for social workers and adoption panel members",
    "51": "51. Family finding: a ready supply of adopters",
    "52": "52. Options for care leavers not going to university: apprenticeships, work "
          "placements, vocational training",
    "53": "53. Pathways team: supervision, management and sustainable workloads",
    "54": "Scrutiny Committee and Corporate Parenting Panel: oversight, support and challenge",
    "55": "55. Performance management underpinned by analysis and evaluation",
    "59": "59. Consistent, recorded supervision; workload distributed across services",
    None: "Service plan 2014/15 (not from the inspection)",
}


def _cited(cell):
    """The recommendation numbers a Recommendation cell cites (its leading '34.' / '36 & 37.')."""
    m = re.match(r"(\d+)(?: & (\d+))?\. ", cell)
    return [int(x) for x in m.groups() if x] if m else []


def stourlinch_actions():
    acts = []
    st = {}

    def theme(n, title):
        st.update(theme=f"{n}. {title}", tn=n, k=0)

    def group(key):
        st["group"] = key

    def add(text, owner, due, status, links=(), mis=False):
        st["k"] += 1
        cell = SL_GROUPS[st["group"]]
        acts.append(A(text, owner, due, links, _cited(cell), mis, row=f"{st['tn']}.{st['k']}",
                      section=st["theme"], objective=cell, status=status, group=st["group"]))

    theme(1, "Help and protection")
    group("34")
    add("Set up the Missing and Child Sexual Exploitation (MACSE) Panel, chaired by the Head of "
        "Safeguarding and meeting monthly with the police Child Exploitation Unit, health, "
        "education and the YOS, to oversee services and agree a plan for each child discussed; "
        "its protocol and terms of reference published on the LSCB website and briefed to "
        "schools and GPs.",
        "Head of Safeguarding / DCI, Child Exploitation Unit", "Apr-14", "Complete",
        [(34, "e", "h", "multi-agency oversight of services and cases, publicised")])
    add("Missing and CSE coordinator in the MASH to keep one list of children who go missing "
        "from home, care or school and of children at risk of exploitation, and to record panel "
        "decisions on each child's file.",
        "MASH Manager", "June 2014", "On track",
        [(34, "e", "h", "management of individual cases, recorded")])
    group("35")
    add("Awareness campaign with faith groups, language schools and community newspapers in "
        "Punjabi, Urdu, Somali and Polish, with a leaflet in every GP surgery and school, so "
        "that families tell us when a child is living with someone who is not a close relative.",
        "Private Fostering Lead Social Worker", "Summer 2014", "On track",
        [(35, "j", "h", "private fostering publicised in the community")])
    add("Private fostering training for designated safeguarding leads in schools and for health "
        "visitors, so that partners spot and notify these arrangements.",
        "Safeguarding in Education Officer", "Sept 2014", "Not started",
        [(35, "j", "h", "partners identify privately fostered children")])
    group("36/37")
    add("Conference Service to book the initial conference on the day the section 47 enquiry "
        "ends and hold it within 15 working days of the strategy discussion; business support "
        "to send reports and invitations by secure email.",
        "CP Conference Service Manager", "31/05/14", "Complete",
        [(36, "e", "h", "initial conferences take place promptly")])
    add("Weekly timeliness tracker of every conference due, sent to the Head of Safeguarding, "
        "with the reason recorded for any held late.",
        "Performance Officer", "Weekly", "Ongoing",
        [(36, "e", "h", "monitoring that initial conferences are held on time")])
    add("New plan format: the outline plan agreed at conference sets out outcomes, what parents "
        "must do, what each agency will do and by when, and what happens if things do not "
        "change; the first core group completes the detailed plan within 10 working days.",
        "CP Chairs / Head of Safeguarding", "Jul-14", "On track",
        [(37, "e", "h", "specific, measurable plans clear about parents' and agencies' tasks")])
    add("Chairs to dip-sample ten plans a month to test whether parents could understand them; "
        "findings to the Quality Assurance Board.",
        "CP Conference Service Manager", "Monthly", "Ongoing",
        [(37, "e", "h", "quality of child protection plans")])
    group("39")
    add("Revise the Early Help Assessment form: a family history and chronology section, a "
        "'what I think' section completed with the child, and a plan section with outcomes and "
        "review dates.",
        "Early Help Stourlinch Manager", "Jun-14", "Complete",
        [(39, "e", "h", "assessments that include history and wishes and feelings, leading to "
          "plans")])
    add("Early help assessment training for partner agencies, and a quarterly audit of 20 "
        "assessments and plans by the Early Help Quality Group.",
        "Early Help Development Officer / LSCB Training Coordinator", "Quarterly from July 2014",
        "On track",
        [(39, "e", "h", "quality of early help assessments and plans")])
    group("42")
    add("Set up an Adolescent Support Team (edge of care) offering intensive family work, "
        "mediation and respite to 11-17 year olds at risk of coming into care, 8am to 10pm "
        "seven days a week, with a substance misuse worker from the young people's drug "
        "service.",
        "Head of Early Help / Head of Children in Care", "Sept 2014", "On track",
        [(42, "j", "h", "early help for older young people to prevent care")])

    theme(2, "Children in care")
    group("40")
    add("Audit every child accommodated under section 20 for more than six months; each child "
        "whose parents' consent is uncertain, or who would be more secure under a care order, "
        "taken to a legal planning meeting.",
        "Head of Children in Care / Legal Services", "30/06/14", "Complete",
        [(40, "e", "h", "voluntary arrangements assessed and reviewed, orders sought")])
    group("41")
    add("Permanence Planning Meeting for every child before their second review, considering "
        "return home, family and friends care, special guardianship, long-term fostering and "
        "adoption, and checking the child's legal status at the same time.",
        "Service Manager, Children in Care", "From May 2014", "On track",
        [(41, "e", "h", "permanence considered early in the child's time in care"),
         (40, "j", "m", "legal status reviewed at the permanence meeting")])
    add("Permanence tracker reviewed fortnightly; any child without a permanence plan at four "
        "months escalated to the Head of Service.",
        "Service Manager, Children in Care", "Fortnightly", "Ongoing",
        [(41, "e", "h", "permanence plans made early and tracked")])
    group("45")
    add("Relaunch the IRO dispute resolution process: informal challenge logged within five "
        "days of a review, formal escalation to the Head of Service and then the Director, and "
        "a quarterly report on escalations and what changed.",
        "IRO Service Manager", "Jun-14", "On track",
        [(45, "e", "h", "robust IRO challenge to care planning")])
    add("IROs to check progress on each child's plan midway between reviews, record it on the "
        "file and raise drift with the team manager.",
        "IROs", "Ongoing", "Ongoing",
        [(45, "e", "h", "IRO scrutiny so outcomes are achieved without delay")])
    group("46")
    add("Disruption meeting after every unplanned end to a placement, and a six-monthly "
        "analysis of moves by age, placement type and reason for the Corporate Parenting Panel.",
        "Head of Children in Care / Performance Team", "Sep-14", "Not started",
        [(46, "e", "h", "reasons for placement instability analysed")])
    add("Stability meeting whenever a carer asks for a child to be moved, with help from the "
        "Children in Care Therapeutic Team offered before any move is agreed.",
        "Fostering Team Manager / Therapeutic Team", "From July 2014", "On track",
        [(46, "e", "m", "avoiding further moves (acts on instability rather than analysing it)")])
    group("47/58")
    add("Sufficiency Strategy 2014-17 setting out, by age and need, the placements we will need "
        "over three years and how we will secure them; signed off by Cabinet and presented to "
        "the Health and Wellbeing Board.",
        "Head of Commissioning (Children)", "October 2014", "On track",
        [(58, "e", "h", "a sufficiency plan developed for looked after children"),
         (47, "e", "m", "plan to secure placements within the borough")])
    add("Fostering campaign for carers of teenagers and sibling groups living in the borough: "
        "20 new households in 2014/15, with a higher fee for carers of over-12s.",
        "Fostering Recruitment Team", "March 2015", "Behind schedule",
        [(47, "e", "h", "more placements within the authority's area"),
         (58, "e", "m", "implementing the sufficiency plan")])
    group("43/44")
    add("LACES data analyst to produce a termly report on attainment, progress and attendance "
        "for each year group and for young people aged 16-18 with the Pathways team, comparing "
        "them with their peers in the borough.",
        "Head of LACES (Virtual School)", "Autumn term 2014", "Not started",
        [(44, "e", "h", "analysis of the variation in achievement, including those leaving "
          "care")])
    add("Personal tuition and mentoring for every child in care in Years 10 and 11 predicted to "
        "fall short of five good GCSEs, funded through the Pupil Premium.",
        "Head of LACES (Virtual School)", "Sep-14", "On track",
        [(43, "e", "h", "closing the attainment gap"),
         (44, "e", "m", "strengthening work on attainment of young people in care")])
    add("Attendance officer in LACES to follow up any child in care who misses five days of "
        "school in a term, including those placed outside the borough.",
        "LACES Attendance Officer", "From September 2014", "On track",
        [(44, "e", "h", "closing the attendance gap")])
    add("Termly network for designated teachers, and a raising attainment plan agreed with each "
        "school that has three or more children in care on roll.",
        "Head of LACES (Virtual School)", "Termly", "Ongoing",
        [(43, "e", "h", "strengthening work with schools to close the gap")])

    theme(3, "Adoption")
    group("48")
    add("Fostering for Adoption policy agreed by the Adoption Panel and Cabinet, with a decision "
        "at every legal planning meeting on whether a baby could be placed early with approved "
        "adopters.",
        "Adoption Service Manager", "July 2014", "On track",
        [(48, "e", "h", "arrangements for fostering to adopt formalised")])
    add("Approve five Fostering for Adoption carers through the Brentmere Adoption Consortium "
        "in 2014/15.",
        "Adoption Service Manager", "31/03/15", "Not started",
        [(48, "e", "h", "fostering to adopt carers available")])
    add("Legal Services and social work managers to meet the Designated Family Judge and Cafcass "
        "every quarter to go through every case over 26 weeks and agree its timetable.",
        "Principal Lawyer (Child Care) / Head of Children in Care", "Quarterly", "Ongoing",
        [(49, "j", "h", "working with partners to reduce court delay (row cites 48, which is "
          "about fostering to adopt and concurrent planning)")], mis=True)
    group("49")
    add("Fortnightly legal gateway meeting with a pre-proceedings tracker, so that applications "
        "are issued with the assessments already done and experts are instructed only where the "
        "court cannot do without them.",
        "Head of Children in Care / Legal Services", "", "On track",
        [(49, "j", "h", "less delay for children in the court system")])
    group("50")
    add("Annual training day for Adoption Panel members, the agency decision maker and social "
        "workers in the permanence and children in care teams, on the national adoption agenda "
        "and recent case law.",
        "Adoption Panel Adviser", "November 2014", "Not started",
        [(50, "e", "h", "regular training for panel members and social workers")])
    group("51")
    add("A family finding social worker separate from assessment and support, starting the "
        "search as soon as the 'should be placed for adoption' decision is made.",
        "Adoption Team Manager", "Aug-14", "Complete",
        [(51, "e", "h", "family finding for children waiting")])
    add("Answer adopter enquiries within five working days and hold an information evening "
        "every month, so that people can start their assessment without waiting; campaign "
        "aimed at families for older children.",
        "Adoption Recruitment Officer", "From June 2014", "On track",
        [(51, "e", "h", "a ready supply of adopters")])

    theme(4, "Care leavers")
    group("52")
    add("Ten council apprenticeships a year ring-fenced for care leavers, with a "
        "pre-apprenticeship course at Stourlinch College.",
        "Head of HR / Pathways Team Manager", "April 2015", "On track",
        [(52, "e", "h", "apprenticeships for care leavers")])
    add("Weekly 'Next Steps' group with the careers service for care leavers who are not in "
        "education, employment or training, with work tasters at the airport and local "
        "employers.",
        "Pathways EET Worker / Careers Service", "Weekly from Sept 2014", "On track",
        [(52, "e", "h", "options and support for care leavers not going to university")])
    group("53")
    add("Permanent team manager and two senior practitioners for the Pathways team; "
        "supervision every four weeks, recorded on the file and audited each quarter.",
        "Head of Children in Care", "July 2014", "Complete",
        [(53, "e", "h", "supervision and management in the Pathways team")])
    add("Three more personal advisers so that no Pathways worker holds more than 22 young "
        "people.",
        "Head of Children in Care", "", "Behind schedule",
        [(53, "e", "h", "sustainable Pathways workloads")])
    add("Six-week work placements in council departments (housing, parks, customer services) "
        "for care leavers, with a guaranteed interview at the end.",
        "Pathways Team Manager / HR", "Spring 2015", "Not started",
        [(52, "j", "h", "work placements for care leavers (row cites 53, which is about "
          "supervision and workloads in the Pathways team)")], mis=True)

    theme(5, "Leadership, management and governance")
    group("54")
    add("Children's Scrutiny Committee to take the quarterly performance report and one 'deep "
        "dive' into a weak service each quarter, with officers reporting back on what has "
        "changed.",
        "Scrutiny Officer / Director of Children's Services", "From July 2014", "On track",
        [(54, "j", "h", "oversight and challenge through the Scrutiny Committee")])
    add("Corporate Parenting Panel work programme built around the Pledge: the Children in "
        "Care Council sets one agenda item at every meeting and members visit a service twice "
        "a year.",
        "Lead Member for Children / Participation Officer", "Sep-14", "On track",
        [(54, "j", "h", "Corporate Parenting Panel driving improvement")])
    group("55")
    add("Performance reports to show trends, comparisons and a short commentary from the "
        "responsible manager on what the figures mean and what will be done; monthly "
        "performance clinic chaired by the Director.",
        "Head of Performance and Information", "Aug-14", "Complete",
        [(55, "e", "h", "performance reporting underpinned by analysis")])
    add("Family Star outcomes recorded at the start and end of every early help plan and "
        "reported each quarter, so that we know whether plans are working.",
        "Early Help Stourlinch Manager", "Q3 14/15", "Not started",
        [(55, "e", "m", "evaluation of early help plans (report para 136)")])
    group("59")
    add("Supervision every four weeks for all social workers, case decisions recorded on the "
        "child's file within two days, and a quarterly supervision audit by Heads of Service.",
        "Heads of Service", "From June 2014", "On track",
        [(59, "e", "h", "consistent supervision that is recorded")])
    add("Monthly workload meeting of Heads of Service to compare caseloads across Intake, "
        "Child in Need, Children in Care and Pathways, and move posts or cases where one team "
        "is overstretched.",
        "Assistant Director, Children's Social Care", "Monthly", "Ongoing",
        [(59, "e", "h", "workload distributed across services")])

    theme(6, "Other service priorities")
    group(None)
    add("Agile working: laptops with remote access to the case record for every social worker, "
        "so that records can be read and updated from home or from a family's home.",
        "ICT Client Manager", "Dec-14", "On track")
    add("Bring adults' and children's safeguarding training into one Family Services learning "
        "and development programme.",
        "Learning and Development Manager", "April 2015", "Not started")
    add("Youth Offending Service: refresh the YOS Management Board's terms of reference and "
        "performance framework.",
        "Head of Youth Offending Service", "Oct-14", "On track")
    return acts


STOURLINCH = {
    "name": "stourlinch", "ext": "pdf", "report": SL_REPORT,
    "council": "Stourlinch Borough Council",
    "actions": stourlinch_actions, "bounds": (40, 45),
    "expected": {34: "covered", 35: "covered", 36: "covered", 37: "covered", 38: "uncovered",
                 39: "covered", 40: "covered", 41: "covered", 42: "covered", 43: "covered",
                 44: "covered", 45: "covered", 46: "covered", 47: "covered", 48: "weak",
                 49: "covered", 50: "covered", 51: "covered", 52: "covered", 53: "covered",
                 54: "covered", 55: "covered", 56: "uncovered", 57: "weak", 58: "covered",
                 59: "covered"},
    "unanswered": [38, 56], "passing": [57], "partial": [48],
    "orphans": [43, 44, 45], "miscited": [27, 36],
    "asks": {34: [("effective multi-agency arrangements for the oversight and review of "
                   "services for children missing, vulnerable or at risk of sexual "
                   "exploitation", [1]),
                  ("effective multi-agency arrangements for the management of individual "
                   "cases, implemented and recorded", [1, 2]),
                  ("the arrangements publicised", [1])],
             44: [("improve the analysis of the wide variation in achievement for looked after "
                   "children and those preparing to leave care", [21]),
                  ("strengthen work to close the gap in attendance and attainment with their "
                   "local peers", [22, 23])],
             48: [("formalise the arrangements for fostering to adopt", [25, 26]),
                  ("formalise the arrangements for concurrent planning", [])],
             53: [("improve supervision and management arrangements in the Pathways team",
                   [34]),
                  ("workloads in the Pathways team sustainable", [35])],
             59: [("managers provide consistent, effective supervision that is recorded", [41]),
                  ("workload appropriately distributed across services", [42])]},
    "notes": (
        "Landscape PDF printed from an Excel workbook: a title block on page 1, then one ruled "
        "table Ref | Recommendation | Action | Owner | Due | Status in 7-point type, its header "
        "row repeated on every page, page header and footer text (workbook name, 'Printed', "
        "'Page N of M'). A shaded full-width row heads each of six themes ('1. Help and "
        "protection' ...; 'section'). 'row' is the Ref cell (the council's own numbering, "
        "theme.item: '1.1' ... '6.3'); 'objective' is the Recommendation cell, a short "
        "paraphrase repeated on every row of its group; most begin with the report's number "
        "('34.', '36 & 37.', '47 & 58.'), which is the row's citation (explicit_refs); the "
        "groups for R35, R42, R49 and R54 and the orphans' group cite no number. Only the 26 "
        "local-authority recommendations (34-59) count. R38 (out-of-hours service access to "
        "children's records) is the hard unanswered one: orphan 43 (agile working, laptops with "
        "'remote access to the case record' so that records can be read 'from home') shares "
        "its vocabulary but is aimed at our own social workers, not the commissioned "
        "out-of-hours team. R56 (test of assurance on combining adults' and children's services) "
        "is absent; orphan 44 (one Family Services learning programme for adults' and "
        "children's safeguarding training) shares some words. R57 (links between children's "
        "services, the Children's Trust and the Health and Wellbeing Board) is touched only in "
        "passing: action 19, aimed at R58 and R47, ends 'presented to the Health and Wellbeing "
        "Board' (passing, weak). R48 has two asks: fostering to adopt is answered (25, 26), "
        "concurrent planning is not (partial, weak). Two rows are mis-cited, each a row filled "
        "down under the wrong group: action 27 sits under '48. Formalise fostering to adopt...' "
        "but is about court timetables with the judge and Cafcass (R49); action 36 sits under "
        "'53. Pathways team...' but offers work placements to care leavers (R52). Their true "
        "links are judged and flagged miscited. Judged links elsewhere: rows in uncited groups "
        "(3, 4, 11, 28, 37, 38), and action 13 (permanence planning, cites 41) also answering "
        "R40. R34, R44, R53 and R59 have their asks recorded, all answered. Orphans 43-45 sit in "
        "theme 6 under 'Service plan 2014/15 (not from the inspection)'. Here 'action N' means "
        "stourlinch-N."),
}

PLANS = [CADDLEWORTH, FENNOCK, STOURLINCH]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def _restarting_list(doc):
    """A new Word numbering instance of the 'List Number' list that restarts at 1."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = doc.part.numbering_part.element
    style = doc.styles["List Number"].element
    base = style.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(base):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abstract)
    num.append(an)
    over = OxmlElement("w:lvlOverride")
    over.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    over.append(start)
    num.append(over)
    numbering.append(num)
    return new_id


def _set_num(par, num_id):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else \
        ppr.find(qn("w:pStyle")).addnext(numpr)


def write_caddleworth(plan, acts, path):
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    sec = doc.sections[0]
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.2))
    doc.add_heading("Caddleworth City Council", level=0)
    doc.add_paragraph("Children's Services Improvement Plan 2015\u20132017").runs[0].bold = True
    doc.add_paragraph(
        "Our response to the Ofsted inspection of services for children in need of help and "
        "protection, children looked after and care leavers (inspection May\u2013June 2015, "
        "report published July 2015)")
    doc.add_paragraph("Version 2.0 \u2013 agreed by Cabinet on 16 September 2015. Plan owner: "
                      "Director of Children's Services.")
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Ofsted judged our services for children in need of help and protection, children "
        "looked after and care leavers to be inadequate. We accept every one of the inspectors' "
        "findings. This plan replaces the improvement plan we agreed in 2014 and sets out, "
        "priority by priority, what we will do, who is leading each action and when it will be "
        "done. The recommendations made to the Caddleworth Safeguarding Children Board are "
        "addressed in the Board's own business plan.")
    doc.add_paragraph(
        "Each priority begins with a short summary of what the inspectors told us. Actions are "
        "numbered within their priority; lead officers report progress on them to the "
        "Children's Improvement Board every month.")

    def labelled(label, value, indent):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = indent
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(f"{label}: ")
        r.bold = True
        p.add_run(value)

    current = (None, None)
    num_id = None
    for a in acts:
        e = a["extra"]
        if e["h1"] != current[0]:
            doc.add_heading(e["h1"], level=1)
            doc.add_paragraph(CW_CONTEXT[e["h1"]])
        if (e["h1"], e["h2"]) != current:
            if e["h2"]:
                doc.add_heading(e["h2"], level=2)
            num_id = _restarting_list(doc) if e["form"] == "list" else None
            current = (e["h1"], e["h2"])
        if e["form"] == "list":
            p = doc.add_paragraph(a["text"], style="List Number")
            _set_num(p, num_id)
            indent = Cm(0.63)
        else:
            p = doc.add_paragraph()
            p.add_run(f"Action {a['row']}: ").bold = True
            p.add_run(a["text"])
            indent = Cm(0)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(2)
        kind, _ = e["labels"].split(":")
        lead_label, date_label = CW_LABELS[e["labels"]]
        if kind == "two":
            if a["lead"]:
                labelled(lead_label, a["lead"], indent)
            if a["date"]:
                labelled(date_label, a["date"], indent)
        else:
            parts = []
            if a["lead"]:
                parts.append(f"{lead_label}: {a['lead']}.")
            if a["date"]:
                parts.append(f"{date_label}: {a['date']}")
            q = doc.add_paragraph(" ".join(parts))
            q.paragraph_format.left_indent = indent
            q.paragraph_format.space_after = Pt(2)
            for r in q.runs:
                r.italic = True
        if e["measure"]:
            labelled("How we will know" if e["h1"].startswith("Priority 1") else
                     "Success measure", e["measure"], indent)

    doc.add_heading("Governance and monitoring", level=1)
    doc.add_paragraph(
        "The Children's Improvement Board, chaired by the Chief Executive with an independent "
        "vice-chair appointed by the Department for Education, owns this plan. Each lead "
        "officer reports the progress of their actions, with evidence, a week before the "
        "Board meets; the Board closes an action only when there is evidence of its impact on "
        "children.")
    for text in ["Children's Improvement Board \u2013 monthly, chaired by the Chief Executive",
                 "Cabinet \u2013 quarterly progress report from the Lead Member",
                 "Children's Scrutiny Committee \u2013 receives the Board's minutes"]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(
        "The plan will be refreshed in March 2016, after the first six months, and again when "
        "Ofsted's monitoring visits report.")
    docx_props(doc, "Caddleworth City Council - Children's Services",
               "Children's Services Improvement Plan 2015-2017")
    doc.save(path)
    normalise_zip(path)


_MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                      "Sep", "Oct", "Nov", "Dec"], 1)}


def _excel_date(text):
    """A displayed date as the Excel value behind it: (value, number format) or (text, None)."""
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", text)
    if m:
        return datetime(int(m.group(3)), int(m.group(2)), int(m.group(1))), "dd/mm/yyyy"
    m = re.fullmatch(r"([A-Z][a-z]{2})-(\d\d)", text)
    if m and m.group(1) in _MONTHS:
        return datetime(2000 + int(m.group(2)), _MONTHS[m.group(1)], 1), "mmm-yy"
    return (text or None), None


def write_fennock(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS action plan"
    ws["A1"] = "Fennock Marsh Council \u2013 Children's Services: ILACS action plan tracker"
    ws["A2"] = ("Inspection of local authority children's services, November 2019 (report "
                "published December 2019). Overall effectiveness: Good")
    ws["A3"] = ("Owner: Assistant Director, Children's Social Care | Reported to: Children's "
                "Services DMT (monthly), Corporate Parenting Committee (quarterly) | Updated: "
                "31/03/2020")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(italic=True)
    head = ["Ref", "Area", "Action", "Responsible officer", "Target date", "RAG", "Evidence"]
    ws.append([])
    ws.append(head)
    hr = 5
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c in ws[hr]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    fills = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}
    r = hr
    spans = []
    for a in acts:
        r += 1
        e = a["extra"]
        value, fmt = _excel_date(a["date"])
        area_first = not spans or spans[-1][0] != a["section"]
        ws.append([a["row"], a["section"] if area_first else None, e["cell"], a["lead"] or None,
                   value, e["rag"] or None, e["evidence"] or None])
        if area_first:
            spans.append([a["section"], r, r])
        else:
            spans[-1][2] = r
        if fmt:
            ws.cell(row=r, column=5).number_format = fmt
        for col in range(1, 8):
            c = ws.cell(row=r, column=col)
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="left" if col == 5 else None)
            c.border = box
        if e["rag"] in fills:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fills[e["rag"]])
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
    for area, first, last in spans:
        if last > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
        c = ws.cell(row=first, column=2)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for col, w in zip("ABCDEFG", (9, 18, 70, 30, 13, 6, 34)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"A{hr + 1}"
    ws.print_title_rows = f"{hr}:{hr}"
    ws.page_setup.orientation = "landscape"
    key = wb.create_sheet("RAG key")
    for row in [("RAG", "Meaning"), ("G", "Complete or on track"),
                ("A", "Some slippage; recovery agreed with the responsible officer"),
                ("R", "Off track; escalated to DMT"), ("(blank)", "Not yet due to start")]:
        key.append(row)
    key["A1"].font = Font(bold=True)
    key["B1"].font = Font(bold=True)
    for i, k in enumerate(["G", "A", "R"], 2):
        key.cell(row=i, column=1).fill = PatternFill("solid", fgColor=fills[k])
    key.column_dimensions["B"].width = 60
    p = wb.properties
    p.creator = "Children's Services Performance and Quality Team"
    p.lastModifiedBy = "Children's Services Performance and Quality Team"
    p.title = "ILACS action plan tracker"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


_rl, _numbered_canvas, _esc = reportlab_canvas, numbered_canvas, xml_escape  # shared PDF helpers


def write_stourlinch(plan, acts, path):
    _rl()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    page = landscape(A4)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=7, leading=8.4)
    rec = ParagraphStyle("rec", parent=cell, fontName="Helvetica-Oblique")
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold")
    band = ParagraphStyle("band", parent=cell, fontName="Helvetica-Bold", fontSize=8,
                          leading=10)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=13, leading=16)
    small = ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=10)

    story = [Paragraph("Stourlinch Borough Council \u2013 Children's Services", title),
             Paragraph("Improvement Plan following the Ofsted inspection of services for children "
                       "in need of help and protection, children looked after and care leavers "
                       "(January\u2013February 2014). Overall judgement: requires improvement.",
                       small),
             Paragraph("Plan owner: Director of Children's Services. Monitored by the Children's "
                       "Services Improvement Group (monthly). Status as at 30 June 2014. "
                       "LSCB recommendations are in the LSCB business plan.", small),
             Spacer(1, 4 * mm)]
    cols = ["Ref", "Recommendation", "Action", "Owner", "Due", "Status"]
    widths = [mm * w for w in (10, 48, 88, 34, 20, 18)]
    data = [[Paragraph(c, head) for c in cols]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#BDD7EE")),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    status_fill = {"Complete": "#C6EFCE", "On track": "#C6EFCE", "Ongoing": "#DDEBF7",
                   "Behind schedule": "#FFC7CE", "Not started": "#FFEB9C"}
    current = None
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            data.append([Paragraph(_esc(current), band), "", "", "", "", ""])
            i = len(data) - 1
            style += [("SPAN", (0, i), (-1, i)),
                      ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#D9D9D9"))]
        data.append([Paragraph(_esc(a["row"]), cell), Paragraph(_esc(a["objective"]), rec),
                     Paragraph(_esc(a["text"]), cell), Paragraph(_esc(a["lead"]), cell),
                     Paragraph(_esc(a["date"]), cell),
                     Paragraph(_esc(a["extra"]["status"]), cell)])
        i = len(data) - 1
        style.append(("BACKGROUND", (5, i), (5, i),
                      colors.HexColor(status_fill[a["extra"]["status"]])))
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    story.append(table)

    def furniture(c, n, total):
        w, h = page
        c.saveState()
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.HexColor("#404040"))
        c.drawString(10 * mm, h - 8 * mm, "Children's Services Improvement Plan 2014-15")
        c.drawRightString(w - 10 * mm, h - 8 * mm, "Stourlinch Borough Council")
        c.drawString(10 * mm, 6 * mm, "CSIP tracker v4.xlsx \u2013 Improvement Plan")
        c.drawCentredString(w / 2, 6 * mm, "Printed 01/07/2014 09:14")
        c.drawRightString(w - 10 * mm, 6 * mm, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=page, leftMargin=10 * mm, rightMargin=10 * mm,
                            topMargin=12 * mm, bottomMargin=11 * mm,
                            title="CSIP tracker v4", author="Stourlinch Borough Council",
                            subject="Children's Services Improvement Plan",
                            creator="Microsoft\u00ae Excel\u00ae 2010")
    doc.build(story, canvasmaker=_numbered_canvas(furniture))


WRITERS = {"caddleworth": write_caddleworth, "fennockmarsh": write_fennock,
           "stourlinch": write_stourlinch}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, orphans (min, max), mis-cited
    "caddleworth": dict(unanswered=3, passing=1, partial=1, orphans=(3, 5), miscited=0),
    "fennockmarsh": dict(unanswered=1, passing=0, partial=1, orphans=(3, 5), miscited=0),
    "stourlinch": dict(unanswered=2, passing=1, partial=1, orphans=(3, 5), miscited=2),
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
    assert len(d["miscited"]) == spec["miscited"], name
    assert spec["orphans"][0] <= len(d["orphans"]) <= spec["orphans"][1], name
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    covered = [r for r, s in gold["expected"].items() if s == "covered"]
    # answered recommendations mostly by two to five actions
    multi = [r for r in covered if 2 <= len(per_rec[r]) <= 5]
    assert len(multi) >= 0.8 * len(covered), (name, set(covered) - set(multi))
    # every designed gap is explained in the notes, and one unanswered is a "hard" trap
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert r in d["notes"], (name, r)
        if r in d["partial"]:
            assert len(gold["asks"][r]) >= 2, (name, r)
    assert "hard unanswered" in d["notes"], name
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"\b(rec|recommendations?|ofsted)\b", a["text"], re.I), a["id"]
    assert len({x["id"] for x in acts}) == len(acts)
    # at least a third of the answering (action, recommendation) pairs share at most two
    # distinctive words with the recommendation
    recs = {r["id"]: r["text"] for r in gold["recommendations"]}
    texts = {a["id"]: a["text"] for a in acts}
    pairs = [(l["action"], l["rec"]) for l in gold["links"]]
    few = [p for p in pairs if len(_words(texts[p[0]]) & _words(recs[p[1]])) <= 2]
    assert len(few) >= len(pairs) / 3, (name, len(few), len(pairs))
    # leads and dates in varied forms; some actions without a lead or a date
    assert any(not a["leads_raw"] for a in acts) or any(not a["date_raw"] for a in acts), name
    assert any("/" in a["leads_raw"] or " and " in a["leads_raw"] or "\n" in a["leads_raw"]
               for a in acts), name
    raw = plan["actions"]()
    orphan_ids = set(d["orphans"])
    if name == "caddleworth":
        assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts)
        forms = {r["extra"]["form"] for r in raw}
        assert forms == {"action", "list"}, forms
        assert len({r["extra"]["labels"] for r in raw}) >= 5
        rows = []
        for a, r in zip(acts, raw):
            assert not a["explicit_refs"] and a["objective"] is None, a["id"]
            e = r["extra"]
            assert a["section"] == (e["h2"] or e["h1"]), a["id"]
            if e["form"] == "action":
                assert re.fullmatch(r"\d\.\d", a["row"]), a["id"]
                rows.append(a["row"])
            else:
                assert re.fullmatch(r"\d+", a["row"]), a["id"]
        assert len(rows) == len(set(rows)), "action labels repeat"
        # the two R17 traps sit under the 'Disabled children' theme heading
        traps = [a["id"] for a, r in zip(acts, raw) if r["extra"]["h2"] == "Disabled children"]
        assert set(traps) <= orphan_ids and len(traps) == 2, traps
    if name == "fennockmarsh":
        assert any(not a["date_raw"] for a in acts), name
        cited = [a for a in acts if a["explicit_refs"]]
        assert 2 <= len(cited) <= 4, (name, len(cited))
        for a in acts:
            assert a["objective"] is None and a["row"], a["id"]
            mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
            for n in a["explicit_refs"]:
                assert f"R{n}" in mine, a["id"]  # every citation in this plan is right
        areas = [r["section"] for r in raw]
        assert all(areas.count(s) >= 2 for s in set(areas)), "each Area cell spans 2+ rows"
        health = {a["id"] for a in acts if a["section"] == "Health of children in care"}
        assert health and health <= orphan_ids, health
        real = [a for a in acts if _excel_date(a["date_raw"])[1]]
        assert 0 < len(real) < len(acts), name
        assert any("\n" in r["extra"]["cell"] for r in raw), name
    if name == "stourlinch":
        assert any(not a["date_raw"] for a in acts), name
        for a, r in zip(acts, raw):
            assert re.fullmatch(r"\d\.\d+", a["row"]) and a["objective"], a["id"]
            assert a["explicit_refs"] == _cited(a["objective"]), a["id"]
            mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
            if r["extra"]["group"] is None:
                assert a["id"] in orphan_ids, a["id"]
            elif a["explicit_refs"] and a["id"] not in d["miscited"]:
                # a cited row answers (at least one of) the recommendations its cell cites
                assert mine & {f"R{n}" for n in a["explicit_refs"]}, a["id"]
        uncited = [a for a in acts if not a["explicit_refs"]]
        assert 0.15 * len(acts) <= len(uncited) <= 0.5 * len(acts), len(uncited)
        for r in d["unanswered"] + d["passing"]:
            n = int(r[1:])
            assert not any(n in a["explicit_refs"] for a in acts), r
        assert len({a["section"] for a in acts}) >= 5


if __name__ == "__main__":
    main(sys.argv[1:], "s", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS)
