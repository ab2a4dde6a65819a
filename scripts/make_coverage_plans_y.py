"""Write the sealed coverage evaluation set "y": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_y.py            # writes documents and gold
    python scripts/make_coverage_plans_y.py --check    # only runs the consistency checks

Documents: corpus/coverage/y/<name>.<ext>      Gold: corpus/gold/coverage/y/<name>.json

The three documents imitate forms councils really publish: a Word "Ofsted improvement plan" that
cites everything (one landscape table Ofsted recommendation | Ref | Action | Lead | Completion
date | Evidence of impact, the recommendation cell filled on every row with the recommendation's
number and a short paraphrase, shaded block rows, and a last block "Other service priorities"
whose rows say "N/A"), a slide deck exported to PDF (16:9 landscape pages, one priority per
slide under a big title, four to six bullets each ending with a bracketed owner and month), and
a workbook with a "Plan" sheet (Workstream | No. | Action | Responsible officer | Deadline | RAG
| Comment, workstream cells merged down their rows, deadlines partly real Excel dates and partly
text) and a "Key" sheet holding the RAG legend.

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes by the shared helpers in
scripts/_coverage_sets.py, never by reading the generated documents back, and no extractor code
is imported or run. Recommendation texts come from the hand-checked report gold in
corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data:
    links=[(2, "j", "h", "why")]   action is aimed at R2; "e" explicit (the row cites 2 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
    refs=[2]                       numbers the row cites
    mis=True                       the row cites a number its action does not answer (mis-cited);
                                   its citation is not a link, its true link is judged
Actions with no links are orphans (business as usual), see each plan's design notes.

All councils, people, teams, systems and local programmes are fictional (national schemes, such
as Mockingbird, are named as councils name them). Output is deterministic: DOCX/XLSX core
properties are fixed and every zip member is written with a fixed timestamp; reportlab runs in
invariant mode with fixed metadata.
"""

import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, docx_props, main, normalise_zip, report_recs,  # noqa: E402
                            reportlab_canvas, xml_escape)
from _coverage_sets import repeat_header as _repeat_header, shade as _shade  # noqa: E402

FIXED = datetime(2020, 1, 1, 9, 0, 0)
ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (15, 26)


# ---------------------------------------------------------------------------------------------
# Plan 1: Scarrowdale - Word "Ofsted improvement plan" answering Derby 2022-05-11 (ILACS-short,
# 2 recommendations: access for all children to life-story work; sufficiency of placement choice
# and location). One landscape table Ofsted recommendation | Ref | Action | Lead | Completion
# date | Evidence of impact, shaded block rows, the recommendation cell on every row ("1 - Life-
# story work", "2 - Placement sufficiency", "N/A"). R2 is answered for choice, not location.
# ---------------------------------------------------------------------------------------------

SC_REPORT = "derby-80459/2022-05-11.pdf"
SC_CELL = {1: "1 \u2013 Life-story work", 2: "2 \u2013 Placement sufficiency", None: "N/A"}
SC_BLOCK = {1: "Life-story work", 2: "Homes for children in care",
            None: "Other service priorities"}


def scarrow_actions():
    acts = []
    count = {}

    def add(cite, text, lead, date, evidence="", links=(), block=None, mis=False):
        """``cite``: the number in the row's recommendation cell (None: 'N/A'); ``block``: the
        shaded block the row sits in (its cited number unless given)."""
        blk = cite if block is None else block
        key = 3 if blk is None else blk
        count[key] = count.get(key, 0) + 1
        ref = f"{key}.{count[key]}"
        acts.append(A(text, lead, date, links, [cite] if cite else [], mis, row=ref,
                      section=SC_BLOCK[blk], objective=SC_CELL[cite], evidence=evidence))

    # ---- block 1: life-story work (R1) -------------------------------------------------------
    add(1, "Add a \u2018My Story\u2019 tab to CareLink showing, for every child in care, whether "
        "their story work has started, who is doing it and when it was last picked up; team "
        "managers go through the list each month.",
        "Head of Service, Children in Care", "30/09/2022",
        "Tab live 12 Sept; 61% of children with work started (Oct)",
        [(1, "e", "h", "access for all children: a tracker so that no child in care is missed "
          "(report para 34: not all children are receiving this work)")])
    add(1, "Recruit two story workers to the Permanence Hub to sit down with the children who "
        "have waited longest, alongside their social worker.",
        "Permanence Hub Manager", "October 2022", "Both posts filled; 34 children seen",
        [(1, "e", "h", "capacity so that every child can have the work (report para 34, a "
          "practitioner to support social workers)")])
    add(1, "Publish \u2018Telling Your Story\u2019 practice guidance: work to begin within six "
        "months of a child coming into our care, pitched to the child\u2019s age, and returned to "
        "at key moments such as a move or a court decision.",
        "Principal Social Worker", "31/08/2022", "Guidance published; briefings to all teams",
        [(1, "e", "h", "practice guidance on life-story work for every child (report para "
          "34)")])
    add(1, "Reviewing officers to ask at every review whether the child\u2019s story work is "
        "under way and what the child makes of it, and to raise a practice alert when it has "
        "stalled.",
        "IRO Service Manager", "From 1 July 2022", "Question added to review record",
        [(1, "e", "h", "IROs promote the work; alerts where a child is not receiving it (report "
          "para 34)")])
    add(1, "Three-day course in therapeutic story work for social workers in the children in care "
        "and permanence teams, taught with our Children in Care psychology service.",
        "Workforce Development Manager / Consultant Clinical Psychologist", "Q3 2022/23",
        "Two cohorts booked",
        [(1, "e", "h", "skills to do work that helps children make sense of their past")])
    add(1, "Later life letters for every child who leaves care through a special guardianship "
        "order or is matched with long-term foster carers, not only for children who are "
        "adopted.",
        "Team Manager, Permanence", "March 2023", "",
        [(1, "e", "h", "letters explaining the child's history extended to all children with a "
          "permanence plan, not only adoption")])
    add(1, "Teenagers and young adults who missed out when younger to be offered the chance to go "
        "through their file with their personal adviser or social worker, at their own pace.",
        "Head of Service, Care Leavers", "",
        "",
        [(1, "e", "h", "access for all children, including older ones who missed out; "
          "understanding their past through their records")])
    add(1, "Children in Care Council to design a \u2018My Story\u2019 journal for 12 to 17 year "
        "olds, which they keep and can add to themselves.",
        "Participation Officer", "December 2022", "First draft shown to the CiCC in November",
        [(1, "e", "m", "story work in a form older children can own")])
    add(1, "Audit the story work of ten children each quarter, asking each child whether it "
        "helped; findings go to the Corporate Parenting Committee.",
        "Quality Assurance Manager", "Quarterly", "First audit due December",
        [(1, "e", "h", "assurance that the work reaches children and helps them")])

    # ---- block 2: homes for children in care (R2: choice answered, location not) --------------
    add(2, "\u2018Open Your Door\u2019 fostering campaign: 25 new fostering households in "
        "2022/23, aimed at carers for teenagers, for brothers and sisters, and for parents with "
        "a baby.",
        "Fostering Recruitment Manager", "31/03/2023", "14 households approved to date",
        [(2, "e", "h", "placement choice: more foster homes of the kinds in short supply "
          "(report para 30, shortfall of foster carers)")])
    add(2, "New \u2018Fostering Plus\u2019 fee band for carers who take children with the most "
        "complex needs, so that these children are not sent to residential care by default.",
        "Head of Fostering", "September 2022", "Band agreed by Cabinet 6 Sept",
        [(2, "e", "h", "a wider range of family homes to choose from for children with complex "
          "needs")])
    add(2, "Start two Mockingbird constellations so that carers have the support that keeps them "
        "fostering with us.",
        "Head of Fostering", "January 2023", "Hub carers recruited",
        [(2, "e", "m", "keeping foster carers keeps the number of homes available")])
    add(2, "Sufficiency strategy 2022\u201325, with a forecast of how many homes of each type we "
        "will need for each age group and level of need.",
        "Head of Commissioning", "November 2022", "Draft to DMT in October",
        [(2, "e", "h", "sufficiency planned by number and type of home")])
    add(2, "Dynamic purchasing system for fostering agencies and children\u2019s homes, so that "
        "every referral goes to all the providers on the list at once.",
        "Head of Commissioning", "April 2023", "",
        [(2, "e", "h", "placement choice: more providers offering a home for each child")])
    add(2, "Matching meeting before every planned move, where the child\u2019s social worker looks "
        "at two or more possible homes side by side and the child\u2019s own views are "
        "recorded.",
        "Placements Team Manager", "From September 2022", "In place for planned moves",
        [(2, "e", "h", "placement choice for each child, not the only home available")])
    add(2, "Recruit 12 supported lodgings hosts for 16 and 17 year olds who are ready for more "
        "independence.",
        "Leaving Care Accommodation Officer", "June 2023", "5 hosts approved",
        [(2, "e", "m", "a wider range of homes for older children in care")])
    add(2, "Foster carers to keep a memory box and photo diary for each child they look after, "
        "handed on with the child at every move, as part of the new carer agreement.",
        "Supervising Social Workers", "Ongoing", "Boxes issued to all carers",
        [(1, "j", "h", "keepsakes and a record of the child's time with each family are the "
          "material of the child's story work (R1); filed in the homes block and cited 2 "
          "because it is a task for foster carers, but it does nothing for the choice or "
          "location of homes")], mis=True)

    # ---- block 3: other service priorities (orphans) ----------------------------------------
    add(None, "Agile working: staff choose the location they work from each day, between the "
        "three locality bases and home, with desks booked through the staff app.",
        "Business Support Manager", "October 2022", "App live")
    add(None, "Two more elective home education officers to keep pace with the rise in children "
        "educated at home.",
        "Head of Inclusion", "September 2022", "One appointed")
    add(None, "Private fostering awareness week with schools, GPs and faith groups.",
        "Private Fostering Lead", "Complete", "Held 20\u201324 June")
    add(None, "Rewrite the leaflet given to homeless 16 and 17 year olds about what they are "
        "entitled to, in plain words, with young people.",
        "Youth Homelessness Coordinator", "August 2022", "")
    add(None, "Emotional wellbeing service for children in care to see children within four "
        "weeks of referral.",
        "", "April 2023", "")
    add(None, "Pathway plans to set a date against every action, checked by the team manager at "
        "sign-off.",
        "Team Manager, Leaving Care", "December 2022", "")
    return acts


SCARROW = {
    "name": "scarrowdale", "ext": "docx", "report": SC_REPORT,
    "council": "Scarrowdale City Council",
    "actions": scarrow_actions, "bounds": (18, 26),
    "expected": {1: "covered", 2: "weak"},
    "unanswered": [], "passing": [], "partial": [2],
    "orphans": ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"], "miscited": ["2.8"],
    "decoys": {"3.1": ("location", ["location", "choose"])},
    "asks": {2: [("placement choice: enough homes, of the right kinds, for a real choice for "
                  "each child in care", ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7"]),
                 ("placement location: children able to live near home, school and family", [])]},
    "notes": (
        "DOCX, landscape: a title block (council, directorate, title, the inspection it answers, "
        "version and approval lines, two introduction paragraphs: not actions), then one Word "
        "table Ofsted recommendation | Ref | Action | Lead | Completion date | Evidence of "
        "impact with a repeated header row and three shaded rows merged across the table that "
        "open each block ('Life-story work', 'Homes for children in care', 'Other service "
        "priorities'; 'section'). The recommendation cell is filled on every row: '1 \u2013 "
        "Life-story work' or '2 \u2013 Placement sufficiency' (the number is the row's citation, "
        "explicit_refs), or 'N/A' on every row of the last block (explicit_refs empty). "
        "'objective' is that cell as written; 'row' the Ref cell (1.1 ... 3.6). The Evidence "
        "of impact cell is progress, not text; a closing paragraph after the table is not an "
        "action. Curly apostrophes and quotation marks as Word types them. R1 (access for all "
        "children to life-story work) is answered by actions 1-9 (rows 1.1-1.9, explicit) and "
        "by the mis-cited row below: covered. R2 (sufficiency of placement choice and location) "
        "has two asks (see asks): choice is answered by actions 10-16 (rows 2.1-2.7: fostering "
        "campaign, fee band, Mockingbird, a strategy forecasting homes by number and type, a "
        "dynamic purchasing system, matching meetings with two or more options, supported "
        "lodgings); location is not: no action sets out to let children live in or near the "
        "city, keep their school or keep family time close (the report's para 29: children "
        "living outside the area); the block counts homes by number and kind, never by where "
        "they are. So R2 is partly answered (partial, weak). Hard decoy for the unanswered "
        "ask: orphan 18 (row 3.1, agile working) has staff 'choose the location they work "
        "from', sharing 'location' and 'choice' with R2 while being about offices. Mis-cited "
        "row: action 17 (row 2.8, foster carers keep a memory box and photo diary handed on "
        "with the child) sits in the homes block and cites '2 \u2013 Placement sufficiency', "
        "but it answers R1 (material for the child's story work); its citation is not a link "
        "and its R1 link is judged and flagged miscited. Orphans (business as usual, 'N/A'): "
        "18-23 (agile working, elective home education officers, private fostering week, the "
        "homeless 16-17 leaflet, emotional wellbeing waiting time, dates in pathway plans). "
        "Action 7 has no date, action 22 no lead; 'Complete', 'Ongoing' and 'Quarterly' stand "
        "in date cells. 'action N' means scarrowdale-N, numbered down the table: 1-9 are rows "
        "1.1-1.9, 10-17 rows 2.1-2.8, 18-23 rows 3.1-3.6. The plan's own names: CareLink (case "
        "system), 'My Story', 'Telling Your Story', Permanence Hub, 'Open Your Door', "
        "'Fostering Plus'."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Gullsworth - slide deck exported to PDF answering Hartlepool 2024-05-16 (ILACS-short,
# 2 recommendations: clarity for care leavers about their rights and entitlements through the
# offer; support and responses to care leavers in custody). 16:9 landscape pages: a title slide,
# a context slide quoting the two areas for improvement, one slide per priority (big title, an
# outcome line, 4-6 bullets each ending "(Owner, Month Year)"), a "Wider improvement work" slide
# and a closing governance slide. No recommendation numbers.
# ---------------------------------------------------------------------------------------------

GW_REPORT = "hartlepool-80473/2024-05-16.pdf"
GW_SLIDES = {
    "p1": ("Priority 1: Knowing what you can get",
           "Outcome: every young person leaving our care can tell us what help they can have, "
           "and until when"),
    "p2": ("Priority 2: Personal advisers who know the Promise inside out",
           "Outcome: every PA gives the same, accurate answer, first time"),
    "p3": ("Priority 3: The Promise, wherever you live",
           "Outcome: young people living outside Gullsworth get everything those in the town "
           "get"),
    "wider": ("Wider improvement work", None),
}


def gulls_actions():
    acts = []
    st = {}

    def slide(key):
        st["slide"] = key

    def add(text, owner, month, links=()):
        title, outcome = GW_SLIDES[st["slide"]]
        acts.append(A(text, owner, month, links, row=None, section=title, objective=outcome,
                      slide=st["slide"]))

    slide("p1")
    add("Rewrite \u2018Our Promise to You\u2019 in plain English with the Care Experienced Forum, "
        "drawing on members\u2019 own experiences of leaving care, custody and first tenancies",
        "Participation Lead", "Sept 2024",
        [(1, "j", "h", "the care leavers offer ('Our Promise to You') made clear to young "
          "people; custody is named only as one of the members' experiences (passing, R2)")])
    add("A one-page \u2018What you get and when\u2019 card setting out care leavers\u2019 "
        "entitlements at 18, 21 and 25, handed over and talked through at every pathway plan "
        "review",
        "Through Care Team Manager", "Oct 2024",
        [(1, "j", "h", "young people clear about what they are entitled to at each age")])
    add("Put the whole Promise on the Gullsworth Leaving Care app, with a reminder a month "
        "before each birthday that brings something new",
        "Digital Services Lead", "Dec 2024",
        [(1, "j", "h", "the offer accessible and its age-related entitlements signalled")])
    add("A conversation at 17\u00bd about advocacy, how to complain and how to see your file, "
        "written into the pathway plan",
        "Head of Children in Care", "Nov 2024",
        [(1, "j", "h", "rights explained, including how to make a formal complaint (report "
          "para 52)")])
    add("A letter every birthday from 21 to 25: you can come back to us for help at any time, "
        "and here is who to call",
        "Leaving Care Business Support", "Jan 2025",
        [(1, "j", "h", "the right to opt back in up to 25 made clear (report para 53)")])

    slide("p2")
    add("Half-day Promise induction for every PA and through-care social worker, with a short "
        "quiz at the end",
        "Workforce Development Lead", "Oct 2024",
        [(1, "j", "h", "not all PAs understood the local offer (report para 52)")])
    add("Monthly drop-in clinic where PAs bring any case in which it is unclear what a young "
        "person can claim",
        "Leaving Care Service Manager", "Sept 2024",
        [(1, "j", "h", "PAs get accurate answers on entitlements to pass on")])
    add("Pathway plan template gains a checklist of what the young person can claim (council "
        "tax, setting-up home grant, bursary, driving lessons), signed by them",
        "Systems Team", "Jan 2025",
        [(1, "j", "h", "each young person's entitlements set out and agreed in the plan")])
    add("Audit 20 pathway plans a quarter to check that each entitlement on the checklist was "
        "explained to the young person and taken up",
        "Quality Assurance Lead", "from Dec 2024",
        [(1, "j", "h", "assurance that entitlements are explained and used")])

    slide("p3")
    add("Refund the council tax of young people living in another council\u2019s area where that "
        "council will not give them a discount",
        "Revenues and Benefits Manager", "Apr 2025",
        [(1, "j", "h", "council tax exemption for young people living outside the area "
          "(report para 52)")])
    add("Welcome pack posted to each young person who lives out of the area, with their PA\u2019s "
        "mobile number and the Promise card",
        "", "Dec 2024",
        [(1, "j", "m", "the offer reaches young people living elsewhere")])
    add("Independent advocacy by self-referral through a QR code on the Promise card, open to "
        "everyone up to 25 wherever they live",
        "Commissioning Lead", "Nov 2024",
        [(1, "j", "m", "advocacy made known and reachable through the Promise card (report "
          "para 52 counts access to advocacy among the rights care leavers understand)")])
    add("A complaints form written for young people and a named complaints officer for those "
        "who have left our care",
        "Customer Feedback Manager", "Feb 2025",
        [(1, "j", "m", "not all care leavers know how to make a formal complaint (report para "
          "52)")])

    slide("wider")
    add("Appropriate adult rota for children aged 10 to 17 held in police custody out of hours",
        "Emergency Duty Team Manager", "Nov 2024")
    add("Record informal manager and peer case discussions on the child\u2019s file",
        "Principal Social Worker", "Sept 2024")
    add("Recruit 12 foster carers for teenagers with complex needs",
        "Fostering Recruitment Manager", "Mar 2025")
    add("Commission a low-level emotional wellbeing service for 18 to 25 year olds who have left "
        "care",
        "Commissioning Lead", "Jan 2025")
    add("Stability meeting for any child in care who has moved home more than twice in a year",
        "Head of Children in Care", "Jun 2025")
    return acts


GULLS = {
    "name": "gullsworth", "ext": "pdf", "report": GW_REPORT,
    "council": "Gullsworth Borough Council",
    "actions": gulls_actions, "bounds": (15, 22),
    "expected": {1: "covered", 2: "weak"},
    "unanswered": [], "passing": [2], "partial": [],
    "orphans": [14, 15, 16, 17, 18], "miscited": [],
    "decoys": {14: (2, ["custody"])},
    "passing_phrase": {2: (1, "leaving care, custody and first tenancies")},
    "asks": {},
    "notes": (
        "PDF of a slide deck exported from presentation software: 16:9 landscape pages "
        "(960 x 540 pt). Slide 1 is a title slide; slide 2 'What the inspectors told us' "
        "summarises the judgements in prose and quotes the report's two areas for improvement "
        "word for word as '\u25a0' bullets without owner or month (context, not actions); "
        "slides 3-5 are one priority each and slide 6 'Wider improvement work'; slide 7 "
        "'Keeping track' is governance prose. Each action slide has a coloured band with a big "
        "title ('section'), an outcome line under it ('Outcome: ...'; 'objective', null on the "
        "Wider improvement work slide, which has none), and four to six '\u2022' bullets, many "
        "wrapping over two lines, each ending with a bracketed owner and month '(Owner, Month "
        "Year)': 'text' is the bullet without the bracket, 'leads_raw' and 'date_raw' its two "
        "parts; action 11's bracket holds only a month '(Dec 2024)', so it has no lead, and action "
        "8 has a parenthesis of its own inside the text before its bracket. Slide "
        "furniture: the council's name and the deck's title in the footer, the slide number. "
        "'row' is null (bullets carry no numbers). No recommendation numbers anywhere: every "
        "link is judged. R1 (clarity for care leavers about their rights and entitlements "
        "through the offer; the plan calls the offer 'Our Promise to You' or 'the Promise') is "
        "answered by actions 1-13 on the three priority slides: covered. R2 (support and "
        "responses to care leavers in custody) is touched only in passing: action 1 (aimed at "
        "R1) rewrites the Promise 'drawing on members' own experiences of leaving care, custody "
        "and first tenancies'; nothing is aimed at keeping in touch with young people in "
        "prison, their pathway plans or planning for their release (passing, weak). Orphan 14 "
        "('appropriate adult rota for children aged 10 to 17 held in police custody') shares "
        "'custody' with R2 but is about children under 18 at a police station, not care "
        "leavers in custody. The quotation of R2 on slide 2 is not an action. Orphans "
        "(business as usual, 'Wider improvement work'): 14-18 (appropriate adults, recording "
        "informal case discussions, foster carers for teenagers, an emotional wellbeing service "
        "for 18-25 year olds, stability meetings). 'action N' means gullsworth-N, numbered down "
        "the slides: 1-5 slide 3, 6-9 slide 4, 10-13 slide 5, 14-18 slide 6. The plan's own "
        "names: 'Our Promise to You', Care Experienced Forum, Gullsworth Leaving Care app."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Pellingford - XLSX workbook answering Kensington and Chelsea 2025-01-13 (ILACS-short,
# 2 recommendations: timeliness of permanence planning for the few children with delay;
# consistently good quality supervision that helps social workers progress plans). Sheet "Plan":
# title rows, then Workstream | No. | Action | Responsible officer | Deadline | RAG | Comment with
# the workstream cell merged down its rows; sheet "Key": the RAG legend. No recommendation
# numbers. R1 unanswered (hard decoy), R2 answered.
# ---------------------------------------------------------------------------------------------

PF_REPORT = "kensington-and-chelsea-80544/2025-01-13.pdf"
PF_WORKSTREAMS = {
    1: "1. Supervision that moves children\u2019s plans on",
    2: "2. Confident supervisors",
    3: "3. Knowing it is working",
    4: "4. Workforce",
    5: "5. Other priorities",
}


def _d(y, m, d, fmt="dd/mm/yyyy"):
    """A real Excel date: (value, number format, text as Excel displays it)."""
    value = datetime(y, m, d)
    shown = {"dd/mm/yyyy": value.strftime("%d/%m/%Y"), "mmm-yy": value.strftime("%b-%y")}[fmt]
    return value, fmt, shown


def pelling_actions():
    acts = []
    count = {}

    def add(ws, text, officer, deadline, rag, comment="", links=()):
        """``deadline``: a real date from _d(...) or text as typed ('' for an empty cell)."""
        count[ws] = count.get(ws, 0) + 1
        shown = deadline[2] if isinstance(deadline, tuple) else deadline
        acts.append(A(text, officer, shown, links, row=f"{ws}.{count[ws]}",
                      section=PF_WORKSTREAMS[ws], objective=None, deadline=deadline, rag=rag,
                      comment=comment))

    add(1, "Every supervision session to close with a \u2018what has moved?\u2019 check for each "
        "child: what has changed since last time, the next step, who takes it and by when.",
        "Head of Practice", _d(2025, 6, 30), "G", "In the supervision policy from April",
        [(2, "j", "h", "supervision that helps workers progress children's plans (report para "
          "57)")])
    add(1, "Rebuild the supervision form on PellCase around the child\u2019s plan, so that any "
        "step carried over from the last session is flagged in red.",
        "Systems Lead and Head of Practice", "Sep-25", "A", "Specification signed off; build "
        "slipped a month",
        [(2, "j", "h", "recorded supervision that keeps plans moving and shows drift")])
    add(1, "Fortnightly systemic group sessions in each locality team, led by the team\u2019s "
        "clinician, for families where practitioners feel stuck.",
        "Clinical Lead", "Ongoing", "G", "",
        [(2, "j", "h", "quality of supervision: reflective group supervision for stuck work")])
    add(1, "A service manager consultation whenever a step agreed in supervision has been "
        "carried over twice in a row.",
        "Service Managers", _d(2025, 7, 31), "G", "",
        [(2, "j", "h", "escalation when supervision has not moved a plan on")])
    add(1, "One standard for every team, including disabled children, leaving care and the "
        "assessment service: monthly one-to-ones and no more than seven supervisees for each "
        "manager.",
        "Assistant Director, Safeguarding", _d(2025, 9, 1), "A", "Two teams above seven",
        [(2, "j", "h", "consistency: all social workers, in every team, receive supervision of "
          "the same standard")])

    add(2, "\u2018Supervising for Change\u2019: four modules for all team managers and assistant "
        "team managers, run with the West London Teaching Partnership.",
        "Workforce Development Manager", "Q3 2025/26", "G", "Cohort 1 starts October",
        [(2, "j", "h", "managers equipped to give good quality supervision")])
    add(2, "Each newly appointed manager paired with an experienced colleague for six months, "
        "sitting in on two of their sessions.",
        "Heads of Service", "Ongoing", "G", "",
        [(2, "j", "m", "quality of supervision from new managers, who learn it from an "
          "experienced one")])
    add(2, "Heads of service to give their team managers the same monthly reflective session "
        "they expect managers to give their staff.",
        "Heads of Service", _d(2025, 10, 1, "mmm-yy"), "A", "",
        [(2, "j", "h", "good practice modelled for supervisors")])
    add(2, "A colleague observes one session a year for each manager and gives written "
        "feedback.",
        "Principal Social Worker", "", "R", "Not started: waiting for the new form",
        [(2, "j", "h", "quality of supervision tested by observation")])

    add(3, "Quarterly dip-sample of 30 supervision records, graded against the standard, with "
        "feedback to each manager.",
        "Quality Assurance Manager", "Dec-25", "G", "First sample done in March",
        [(2, "j", "h", "assurance of the quality of supervision")])
    add(3, "Short survey after a sample of sessions: did this session help you move a "
        "child\u2019s plan on?",
        "Principal Social Worker", "Nov-25", "A", "",
        [(2, "j", "h", "whether supervision supports workers to progress plans")])
    add(3, "Monthly scorecard of supervision held on time and its audit grade for each team, so "
        "that differences between teams are plain to the leadership team.",
        "Performance Manager", _d(2025, 10, 31), "G", "",
        [(2, "j", "h", "consistency of supervision across teams made visible")])

    add(4, "Workforce permanence plan: replace the last nine agency social workers with "
        "permanent staff, track the timeliness of every recruitment and report any delay to "
        "the Workforce Board.",
        "HR Business Partner", _d(2026, 3, 31), "A", "Six offers made")
    add(4, "Supervising social workers to record on each foster carer\u2019s file what advice "
        "they gave and what difference it made for the child living there.",
        "Fostering Team Manager", "Sep-25", "G", "")

    add(5, "Every return home interview read by a senior practitioner within five days, to "
        "make clear what led the child to go missing.",
        "", "Ongoing", "G", "")
    add(5, "Later life letters for older children in long-term foster care rewritten in a style "
        "that suits teenagers.",
        "Team Manager, Fostering and Adoption", "March 2026", "A", "")
    add(5, "Two more supported accommodation providers for unaccompanied children arriving in "
        "the borough, able to meet language and faith needs.",
        "Commissioning Manager", _d(2025, 11, 30), "B", "Both contracts signed")
    return acts


PELLING = {
    "name": "pellingford", "ext": "xlsx", "report": PF_REPORT,
    "council": "Royal Borough of Pellingford",
    "actions": pelling_actions, "bounds": (15, 25),
    "expected": {1: "uncovered", 2: "covered"},
    "unanswered": [1], "passing": [], "partial": [],
    "orphans": ["4.1", "4.2", "5.1", "5.2", "5.3"], "miscited": [],
    "decoys": {"4.1": (1, ["permanence", "timeliness", "delay"])},
    "asks": {2: [("consistency: all social workers, in every team, receive supervision",
                  ["1.5", "2.1", "3.3"]),
                 ("good quality supervision",
                  ["1.3", "2.1", "2.2", "2.3", "2.4", "3.1"]),
                 ("supervision that supports social workers to progress children's plans",
                  ["1.1", "1.2", "1.4", "3.2"])]},
    "notes": (
        "XLSX workbook with two sheets. 'Plan': a title in A1, a version line in A2, a blank row, "
        "the header row (row 4) Workstream | No. | Action | Responsible officer | Deadline | RAG "
        "| Comment, then one row per action. The Workstream cell is merged down the rows of its "
        "workstream (value in the top cell only); 'section' is its text ('1. Supervision that "
        "moves children's plans on' ...; the '1.' to '5.' number the council's workstreams, "
        "not recommendations); 'row' is the No. cell (1.1 ... 5.3); 'objective' is null. "
        "Deadline cells are partly real Excel dates (shown dd/mm/yyyy, one shown 'Oct-25' by "
        "an mmm-yy format) and partly text ('Sep-25', 'Nov-25', 'Dec-25', 'Ongoing', 'Q3 "
        "2025/26', 'March 2026'); 'date_raw' is the deadline as Excel displays it; action 9 "
        "has an empty deadline, action 15 an empty Responsible officer cell. RAG (filled "
        "R/A/G/B) and Comment cells are progress, not 'text'. 'Key' holds the RAG legend and a "
        "note on deadlines: not actions. No recommendation numbers anywhere: every link is "
        "judged. R2 (consistently good quality "
        "supervision that supports social workers to progress plans) is answered by actions "
        "1-12 (workstreams 1-3), covering its three asks (see asks): covered. R1 (timeliness of "
        "permanence planning for the few children with delay) is the hard unanswered one: "
        "orphan 13 (row 4.1, a 'workforce permanence plan' replacing agency staff with "
        "'permanent' ones, tracking the 'timeliness' of recruitment and reporting any 'delay') "
        "shares its words; orphan 16 (row 5.2, later life letters for older children in "
        "'long-term foster care') sits near its subject without touching the timeliness of "
        "planning; nothing is aimed at permanence planning for children. Orphan 14 (row 4.2) "
        "has 'supervising social workers' (foster carers' social workers) recording their "
        "advice: it shares 'supervising' and 'social workers' with R2 but is not supervision "
        "of social workers. Orphans (business as usual): 13-17 (workforce permanence, foster "
        "carer records, return home interviews, later life letters, accommodation for "
        "unaccompanied children). 'action N' means pellingford-N, numbered down the sheet: "
        "1-5 rows 1.1-1.5, 6-9 rows 2.1-2.4, 10-12 rows 3.1-3.3, 13-14 rows 4.1-4.2, 15-17 "
        "rows 5.1-5.3. The plan's own names: PellCase (case system), 'Supervising for "
        "Change', West London Teaching Partnership."),
}

PLANS = [SCARROW, GULLS, PELLING]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_scarrow(plan, acts, path):
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
        setattr(sec, side, Cm(1.5))
    head = sec.header.paragraphs[0]
    head.text = "Scarrowdale City Council \u2013 People Directorate"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = ("Ofsted improvement plan 2022\u201323 \u2013 v1.2 \u2013 "
                                     "OFFICIAL")

    doc.add_heading("Scarrowdale City Council", level=0)
    doc.add_heading("Children\u2019s Services \u2013 Ofsted improvement plan 2022\u201323", level=1)
    p = doc.add_paragraph()
    p.add_run("Response to the inspection of local authority children\u2019s services (short "
              "inspection), March 2022").bold = True
    for line in ("Version 1.2 \u2013 15 July 2022",
                 "Plan owner: Strategic Director of People Services",
                 "Approved by the Children\u2019s Services Improvement Board, 7 July 2022"):
        doc.add_paragraph(line)
    doc.add_paragraph(
        "Ofsted judged our services for children to be outstanding overall when they inspected "
        "in March 2022, with the experiences and progress of children in care and care leavers "
        "judged good. The report named two areas for us to improve. This plan sets out what we "
        "will do about each of them; every row gives the area it answers, so that the "
        "Improvement Board can see at a glance how each area is being addressed.")
    doc.add_paragraph(
        "We have also brought into the plan a small number of service priorities that the "
        "inspectors mentioned in the body of the report or that we identified ourselves. These "
        "are shown in the last block of the table and marked N/A in the first column.")

    cols = ["Ofsted recommendation", "Ref", "Action", "Lead", "Completion date",
            "Evidence of impact"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    hrow = table.rows[0]
    _repeat_header(hrow)
    for cell, text in zip(hrow.cells, cols):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(cell, "2E5C47")
    current = None
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            row = table.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run(current).bold = True
            _shade(merged, "D8E8DF")
        cells = table.add_row().cells
        for cell, text in zip(cells, [a["objective"], a["row"], a["text"], a["lead"], a["date"],
                                      a["extra"]["evidence"]]):
            cell.text = text
    widths = [Cm(3.4), Cm(1.2), Cm(10.6), Cm(4.4), Cm(2.8), Cm(4.3)]
    for row in table.rows:
        if len({id(c._tc) for c in row.cells}) == 1:
            continue
        for cell, w in zip(row.cells, widths):
            cell.width = w
    for row in table.rows:
        for cell in row.cells:
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph()
    doc.add_paragraph(
        "Leads report progress to the Improvement Board every six weeks. A row is closed only "
        "when the Board has seen the evidence of impact set out in the last column.")
    docx_props(doc, "People Directorate, Scarrowdale City Council",
               "Ofsted improvement plan 2022-23")
    doc.save(path)
    normalise_zip(path)


def _bracket(a):
    return f"({a['lead']}, {a['date']})" if a["lead"] else f"({a['date']})"


def write_gulls(plan, acts, path):
    canvas_mod = reportlab_canvas()
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Frame, Paragraph

    W, H = 960, 540
    navy = colors.HexColor("#123B5C")
    sea = colors.HexColor("#2A8C8C")
    grey = colors.HexColor("#595959")
    bullet = ParagraphStyle("b", fontName="Helvetica", fontSize=17, leading=21, leftIndent=26,
                            bulletIndent=4, bulletFontSize=17, spaceAfter=10,
                            textColor=colors.HexColor("#1A1A1A"))
    square = ParagraphStyle("sq", parent=bullet, fontName="Helvetica-Oblique", fontSize=18,
                            leading=23)
    prose = ParagraphStyle("p", fontName="Helvetica", fontSize=18, leading=24, spaceAfter=12)
    esc = xml_escape

    c = canvas_mod.Canvas(str(path), pagesize=(W, H))
    c.setTitle("Care leavers improvement plan 2024-25")
    c.setAuthor("Gullsworth Borough Council")
    c.setSubject("Response to the ILACS inspection, March 2024")
    c.setCreator("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
    slides = []

    def frame_fill(flow, x, y, w, h):
        left = list(flow)
        Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0,
              bottomPadding=0).addFromList(left, c)
        assert not left, "slide text does not fit"

    def furniture(n):
        c.setFont("Helvetica", 10)
        c.setFillColor(grey)
        c.drawString(48, 22, "Gullsworth Borough Council  |  Care leavers improvement plan "
                     "2024\u201325")
        c.drawRightString(W - 48, 22, str(n))
        c.setFillColor(sea)
        c.rect(0, 0, W, 8, stroke=0, fill=1)

    def band(title, outcome):
        c.setFillColor(navy)
        c.rect(0, H - 120, W, 120, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 34)
        c.drawString(48, H - 72, title)
        if outcome:
            c.setFillColor(sea)
            c.setFont("Helvetica-Oblique", 17)
            c.drawString(48, H - 152, outcome)

    # slide 1: title
    c.setFillColor(navy)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 44)
    c.drawString(64, 320, "Our Promise, kept")
    c.setFont("Helvetica", 24)
    c.drawString(64, 276, "Care leavers improvement plan 2024\u201325")
    c.setFont("Helvetica", 16)
    c.drawString(64, 200, "Gullsworth Borough Council \u2013 Children\u2019s Services")
    c.drawString(64, 176, "Corporate Parenting Panel, 18 July 2024")
    c.setFillColor(sea)
    c.rect(64, 250, 300, 4, stroke=0, fill=1)
    slides.append(1)
    c.showPage()

    # slide 2: context
    band("What the inspectors told us", None)
    recs = report_recs(plan["report"])
    flow = [Paragraph("Ofsted inspected our children\u2019s services in March 2024 and judged "
                      "them outstanding overall. The experiences and progress of care leavers "
                      "were judged good. Inspectors saw strong relationships between young "
                      "people and their personal advisers, and a council that sees care leavers "
                      "as its own.", prose),
            Paragraph("They asked us to improve:", prose)]
    flow += [Paragraph(esc(r["text"]), square, bulletText="\u25a0") for r in recs]
    frame_fill(flow, 48, 48, W - 96, H - 168 - 48)
    furniture(2)
    c.showPage()

    # action slides
    order = []
    for a in acts:
        key = a["extra"]["slide"]
        if key not in order:
            order.append(key)
    n = 2
    for key in order:
        n += 1
        title, outcome = GW_SLIDES[key]
        band(title, outcome)
        items = [a for a in acts if a["extra"]["slide"] == key]
        assert 4 <= len(items) <= 6, key
        flow = [Paragraph(esc(f"{a['text']} {_bracket(a)}"), bullet, bulletText="\u2022")
                for a in items]
        top = H - 176 if outcome else H - 150
        frame_fill(flow, 48, 44, W - 96, top - 44)
        furniture(n)
        c.showPage()

    # closing slide
    n += 1
    band("Keeping track", None)
    flow = [Paragraph("Owners update the tracker by the last Friday of each month. The Head of "
                      "Children in Care reports progress to the Corporate Parenting Panel every "
                      "quarter, and the Care Experienced Forum checks the plan twice a year: "
                      "they tell us whether anything has changed for them.", prose),
            Paragraph("Questions about this plan: Children\u2019s Services Improvement Team, "
                      "Civic Centre, Gullsworth.", prose)]
    frame_fill(flow, 48, 48, W - 96, H - 168 - 48)
    furniture(n)
    c.showPage()
    c.save()


def write_pelling(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="7F7F7F")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    fills = {"R": "FF7C80", "A": "FFD966", "G": "A9D08E", "B": "9BC2E6"}
    head_fill = PatternFill("solid", fgColor="5B2C6F")

    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = ("Royal Borough of Pellingford \u2013 Children\u2019s Services Improvement Plan "
                "2025\u201326")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Following the inspection of local authority children\u2019s services, November "
                "2024. Version 3, updated 28/02/2025. Owner: Executive Director of Children\u2019s "
                "Services.")
    ws["A2"].font = Font(italic=True)
    header = ["Workstream", "No.", "Action", "Responsible officer", "Deadline", "RAG", "Comment"]
    ws.append([])
    ws.append(header)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = head_fill
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 4
    spans = []
    for a in acts:
        r += 1
        x = a["extra"]
        dl = x["deadline"]
        value, fmt = (dl[0], dl[1]) if isinstance(dl, tuple) else (dl or None, None)
        first = not spans or spans[-1][0] != a["section"]
        if first:
            spans.append([a["section"], r, r])
        else:
            spans[-1][2] = r
        ws.append([a["section"] if first else None, a["row"], a["text"], a["lead"] or None,
                   value, x["rag"] or None, x["comment"] or None])
        if fmt:
            ws.cell(row=r, column=5).number_format = fmt
        for col in range(1, 8):
            cell = ws.cell(row=r, column=col)
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="left" if col in (2, 5) else None)
        if x["rag"] in fills:
            cell = ws.cell(row=r, column=6)
            cell.fill = PatternFill("solid", fgColor=fills[x["rag"]])
            cell.alignment = Alignment(horizontal="center", vertical="top")
    for _, lo, hi in spans:
        top = ws.cell(row=lo, column=1)
        top.font = Font(bold=True)
        top.alignment = Alignment(wrap_text=True, vertical="center")
        top.fill = PatternFill("solid", fgColor="E4DFEC")
        if hi > lo:
            ws.merge_cells(start_row=lo, start_column=1, end_row=hi, end_column=1)
    for col, w in zip("ABCDEFG", (24, 6, 70, 28, 12, 6, 34)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    key.append([])
    key.append(["RAG", "Meaning"])
    for c in key[3]:
        c.font = Font(bold=True)
        c.border = box
    for code, meaning in (("B", "Blue \u2013 complete and embedded"),
                          ("G", "Green \u2013 on track to meet the deadline"),
                          ("A", "Amber \u2013 at risk of missing the deadline; mitigation in "
                                "place"),
                          ("R", "Red \u2013 off track or not started; escalate to the "
                                "Improvement Board")):
        key.append([code, meaning])
        row = key.max_row
        key.cell(row=row, column=1).fill = PatternFill("solid", fgColor=fills[code])
        for col in (1, 2):
            key.cell(row=row, column=col).border = box
    key.append([])
    key.append(["Deadlines marked \u2018Ongoing\u2019 are standing expectations checked through "
                "audit rather than one-off tasks."])
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 70

    p = wb.properties
    p.creator = "Children's Services Performance Team"
    p.lastModifiedBy = "Children's Services Performance Team"
    p.title = "Improvement plan 2025-26"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


WRITERS = {"scarrowdale": write_scarrow, "gullsworth": write_gulls, "pellingford": write_pelling}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, orphans (min, max), mis-cited
    "scarrowdale": dict(unanswered=0, passing=0, partial=1, orphans=(4, 7), miscited=1),
    "gullsworth": dict(unanswered=0, passing=1, partial=0, orphans=(4, 6), miscited=0),
    "pellingford": dict(unanswered=1, passing=0, partial=0, orphans=(4, 6), miscited=0),
}

STOP = set("""a an and are as at be been by can for from has have in into is it its of on or our
so than that the their them then there these they this those to was we were what when where which
who will with within would all any more most other such not no only own same also should need
ensure make sure must may including include children child young people person social worker
workers care services service local authority every each there whom""".split())


def _words(text):
    """Distinctive words of a text, crudely stemmed (a design check of this data only)."""
    return {w[:6] for w in re.findall(r"[a-z]+", text.lower().replace("\u2019", "'"))
            if len(w) >= 4 and w not in STOP}


def check_design(gold, plan):
    name = plan["name"]
    spec = SPEC[name]
    recs = {r["id"]: r["text"] for r in gold["recommendations"]}
    assert len(report_recs(plan["report"])) == len(plan["expected"]) == len(recs) == 2, name
    lo, hi = plan["bounds"]
    acts = gold["actions"]
    ids = {a["id"]: a for a in acts}
    assert lo <= len(acts) <= hi, (name, len(acts))
    d = gold["design"]
    for k in ("unanswered", "passing", "partial", "miscited"):
        assert len(d[k]) == spec[k], (name, k)
    assert spec["orphans"][0] <= len(d["orphans"]) <= spec["orphans"][1], name
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert re.search(rf"\b{r}\b", d["notes"]), (name, r)
    for r in d["partial"]:
        assert len(gold["asks"][r]) >= 2, (name, r)
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    for r, s in gold["expected"].items():  # answered (fully or partly) by several actions
        if s == "covered" or r in d["partial"]:
            assert len(per_rec[r]) >= 3, (name, r)
    # every action: plain text, no citation words, a lead or a date
    for a in acts:
        t = a["text"]
        assert t == t.strip() and t and "\n" not in t and "\t" not in t, a["id"]
        assert not re.search(r"[<>&]|\u00a0", t), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted)\b", t, re.I), a["id"]
        assert a["leads_raw"] or a["date_raw"], a["id"]
    assert any(not a["leads_raw"] for a in acts), name  # a lead cell or bracket left empty
    if name != "gullsworth":  # every bullet of the deck ends with a month
        assert any(not a["date_raw"] for a in acts), name
    # the hard decoys are orphans that really share the words of what they imitate
    raw = plan["actions"]()
    by_key = {}
    for i, a in enumerate(raw, 1):
        by_key[i] = f"{name}-{i}"
        if a["row"]:
            by_key[a["row"]] = f"{name}-{i}"
    for k, (target, words) in plan["decoys"].items():
        a = ids[by_key[k]]
        assert a["id"] in d["orphans"], (name, k)
        for w in words:
            assert w in a["text"].lower(), (name, k, w)
        about = (recs[f"R{target}"] if isinstance(target, int)
                 else " ".join(x["text"] for x in gold["asks"]["R2"]))
        assert any(w[:6] in _words(about) or w in about.lower() for w in words), (name, k)
    # a passing mention sits in an action aimed at another recommendation
    for n, (k, phrase) in plan.get("passing_phrase", {}).items():
        a = ids[by_key[k]]
        assert phrase in a["text"], (name, phrase)
        mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
        assert mine and f"R{n}" not in mine and f"R{n}" in d["passing"], (name, n)
        assert sum(1 for b in acts if phrase in b["text"]) == 1, (name, phrase)
    assert set(plan.get("passing_phrase", {})) == set(plan["passing"]), name
    # at least a third of the links share at most one distinctive word with their
    # recommendation (the council's own vocabulary, not the inspectors')
    shared = [len(_words(ids[l["action"]]["text"]) & _words(recs[l["rec"]]))
              for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # dates in varied forms
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 2, name

    if name == "scarrowdale":
        for a in acts:
            assert re.fullmatch(r"[123]\.\d", a["row"]), a["id"]
            block = int(a["row"][0])
            assert a["section"] == SC_BLOCK[block if block < 3 else None], a["id"]
            if block == 3:
                assert a["objective"] == "N/A" and not a["explicit_refs"], a["id"]
                assert a["id"] in d["orphans"], a["id"]
                continue
            n = a["explicit_refs"][0]
            assert a["explicit_refs"] == [n] and a["objective"] == SC_CELL[n], a["id"]
            mine = {l["rec"]: l for l in gold["links"] if l["action"] == a["id"]}
            if a["id"] in d["miscited"]:
                assert f"R{n}" not in mine and n == block, a["id"]
            else:
                assert mine[f"R{n}"]["source"] == "explicit" and n == block, a["id"]
        assert set(d["orphans"]) == {a["id"] for a in acts if a["objective"] == "N/A"}, name
        assert 18 <= len(acts) <= 26, name
    if name == "gullsworth":
        assert all(l["source"] == "judged" for l in gold["links"]), name
        for a, r in zip(acts, raw):
            assert a["row"] is None and not a["explicit_refs"], a["id"]
            assert a["section"] == GW_SLIDES[r["extra"]["slide"]][0], a["id"]
            assert re.fullmatch(r"(from )?[A-Z][a-z]{2,3} 20\d\d", a["date_raw"]), a["id"]
            assert not a["text"].endswith(")") and "," not in a["leads_raw"], a["id"]
            assert (r["extra"]["slide"] == "wider") == (a["id"] in d["orphans"]), a["id"]
        slides = [r["extra"]["slide"] for r in raw]
        assert all(4 <= slides.count(k) <= 6 for k in GW_SLIDES), name
        assert 15 <= len(acts) <= 22, name
    if name == "pellingford":
        assert all(l["source"] == "judged" for l in gold["links"]), name
        kinds = [r["extra"]["deadline"] for r in raw]
        real = [k for k in kinds if isinstance(k, tuple)]
        text = [k for k in kinds if isinstance(k, str) and k]
        assert real and text and "Ongoing" in text, name
        assert any(re.fullmatch(r"[A-Z][a-z]{2}-\d\d", t) for t in text), name
        assert any(k[1] == "mmm-yy" for k in real), name
        for a in acts:
            assert a["objective"] is None and not a["explicit_refs"], a["id"]
            assert re.fullmatch(r"[1-5]\.\d", a["row"]), a["id"]
            assert a["section"] == PF_WORKSTREAMS[int(a["row"][0])], a["id"]
        assert all(a["id"] in d["orphans"] for a in acts if a["row"][0] in "45"), name
        sizes = [sum(1 for a in acts if a["section"] == s) for s in PF_WORKSTREAMS.values()]
        assert all(s >= 2 for s in sizes), sizes  # every workstream cell is merged
        assert 15 <= len(acts) <= 25, name
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "y", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS)
