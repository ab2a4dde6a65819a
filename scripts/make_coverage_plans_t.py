"""Write the sealed coverage evaluation set "t": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_t.py            # writes documents and gold
    python scripts/make_coverage_plans_t.py --check    # only runs the consistency checks

Documents: corpus/coverage/t/<name>.<ext>      Gold: corpus/gold/coverage/t/<name>.json

The three documents imitate what councils' own systems export: a Word document made from a
corporate template (one table per priority, sub-bullets inside some action cells), a Markdown page
exported from a wiki / SharePoint site (front matter, '###' themes, one bullet per action with
nested 'Owner:' / 'When:' bullets) and an HTML scrutiny committee report from a committee
management system (boilerplate that quotes the inspection's recommendations, an embedded plan
table with group header rows, then 'Background papers').

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

All councils, people, teams, systems, charities and local programmes are fictional (national
schemes and tools, such as the Philomena Protocol, Graded Care Profile 2 or Staying Close, are
named as councils name them). Output is deterministic: DOCX core properties are fixed and every
zip member is written with a fixed timestamp; the Markdown and HTML files are plain text.
"""

import html
import re
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, docx_props, main, normalise_zip, report_recs  # noqa: E402
from _coverage_sets import STOP, words as _words  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


def curly(s):
    """Word's AutoFormat: straight apostrophes become right single quotation marks."""
    return s.replace("'", "\u2019")


# ---------------------------------------------------------------------------------------------
# Plan 1: Ossenholt - DOCX exported from a corporate Word template, answering Brent 2018-07-02
# (ILACS, 4 recommendations). Portrait; a cover paragraph block; then per priority a heading
# paragraph, a 'What Ofsted said:' paragraph and ONE table No. | Action | Lead | Start | Finish |
# Outcome measure. Only the Priority 1 table has an extra 'Ofsted rec' column citing numbers.
# Some action cells hold a label line and bullets: each bullet is its own action.
# ---------------------------------------------------------------------------------------------

OSSEN_SECTIONS = {
    "Priority 1: Children who go missing - from strategy to practice":
        "What Ofsted said: \u201cThe response when children and young people go missing from "
        "home and care.\u201d",
    "Priority 2: When things are not getting better for children":
        "What Ofsted said: \u201cEscalation to pre-proceedings where children\u2019s "
        "circumstances do not improve quickly enough\u201d",
    "Priority 3: Other commitments for 2018/19":
        "What Ofsted said: \u201cStaff at all levels feel valued and supported.\u201d",
}
OSSEN_NUMBERED = "Priority 1: Children who go missing - from strategy to practice"


def ossen_actions():
    acts = []

    def add(sec, no, text, lead, start, finish, measure="", links=(), rec="", mis=False,
            label=None):
        assert sec in OSSEN_SECTIONS
        refs = [int(n) for n in re.findall(r"\d+", rec)]
        acts.append(A(curly(text), curly(lead), finish, links, refs, mis, row=no, section=sec,
                      objective=OSSEN_SECTIONS[sec], start=start, measure=curly(measure),
                      rec_cell=rec, label=curly(label) if label else None))

    S = OSSEN_NUMBERED
    add(S, "1.1", "Bring return home conversations in-house: two children's rights officers join "
        "the Adolescent Support Team and a third post is funded from the Supporting Families "
        "grant, so that every child is offered a conversation with someone independent within "
        "72 hours of coming back.",
        "Head of Service, Early Help and Adolescents", "Jul-18", "Sep-18",
        "RHC offered within 72 hrs in 90% of episodes",
        [(1, "e", "h", "return interviews, far too few taking place (report para 7)")], rec="1")
    L = "Practice standard for the first 24 hours (revised):"
    add(S, "1.2", "The allocated social worker, or the duty worker out of hours, speaks to the "
        "child on the day they are found and checks whether they are hurt or need to see a "
        "doctor.",
        "Principal Social Worker", "01/08/2018", "31/10/2018",
        "Audit: RHC content reflected in the plan in 8 of 10 cases",
        [(1, "e", "h", "operational response on the child's return")], rec="1", label=L)
    add(S, "1.2", "What the child tells us in the return conversation goes into their plan and is "
        "talked through at the next core group, child in need meeting or looked after review.",
        "Principal Social Worker", "01/08/2018", "31/10/2018",
        "Audit: RHC content reflected in the plan in 8 of 10 cases",
        [(1, "e", "h", "learning what happens when young people go missing and acting on it")],
        rec="1", label=L)
    add(S, "1.3", "Weekly Adolescent Safety Panel to go through every child reported missing in "
        "the previous seven days, check that they have been spoken to and agree who does what "
        "next; the Vulnerable Adolescents Panel keeps its themes-and-trends role.",
        "Service Manager, Adolescents / DI, Public Protection (Ossenholt)", "w/c 10 Sept 2018",
        "Ongoing", "Every missing child discussed within 7 days",
        [(1, "j", "h", "day-to-day oversight of individual children who go missing (report "
          "para 7); the row cites 2 by mistake")], rec="2", mis=True)
    add(S, "1.4", "Young people who keep running away and will not talk to us to be offered a "
        "peer mentor from the Bridgeway Project, a local youth charity, on an 18-month grant.",
        "Commissioning Manager, Children and Young People; Bridgeway Project", "Oct 2018",
        "Mar 2020", "20 young people mentored; fewer repeat episodes",
        [(1, "j", "h", "response to repeat missing episodes")], rec="")

    S = "Priority 2: When things are not getting better for children"
    add(S, "2.1", "Every child protection plan reaching nine months, and every child on a second "
        "or subsequent plan, to be presented at the Legal Gateway Panel for a decision on "
        "whether to send a letter before proceedings.",
        "Head of Service, Safeguarding and Family Support; Legal Services (Children)",
        "Sept 2018", "Dec 2018", "All CP plans of 9 months+ considered by the LGP",
        [(2, "j", "h", "escalation to pre-proceedings")])
    L = "Six-weekly progress check by team managers:"
    add(S, "2.2", "Team managers to look at what has actually changed for every child on a child "
        "in need or child protection plan every six weeks, and ask for a legal planning meeting "
        "when nothing has improved over two checks.",
        "Team Managers, Family Support and Safeguarding", "Oct-18", "Ongoing",
        "No child on a CP plan for 12 months+ without an LGP decision",
        [(2, "j", "h", "timely escalation when circumstances do not improve (report para 8)")],
        label=L)
    add(S, "2.2", "Where a Graded Care Profile 2 repeated after six months shows no improvement, "
        "the case goes straight to the Legal Gateway Panel.",
        "Team Managers, Family Support and Safeguarding", "Oct-18", "Ongoing",
        "No child on a CP plan for 12 months+ without an LGP decision",
        [(2, "j", "h", "escalation when parenting does not improve within the child's "
          "timescale (neglect)")], label=L)
    add(S, "2.3", "Pre-proceedings tracker held jointly with Legal Services and reviewed "
        "fortnightly, so that no family stays in the PLO longer than 16 weeks without a decision "
        "to issue or to step down.",
        "PLO Coordinator", "Sep 18", "Fortnightly", "Average PLO duration under 16 weeks",
        [(2, "j", "h", "pre-proceedings work kept moving")])
    add(S, "2.4", "Audit of 20 children who have been on a child protection plan for more than a "
        "year, testing whether we moved to pre-proceedings soon enough, using the audit tool "
        "written for the Children with Disabilities team's supervision records.",
        "Quality Assurance Manager", "Nov 2018", "Jan 2019", "Findings to Improvement Board",
        [(2, "j", "h", "assurance that escalation to pre-proceedings happens in time")])

    S = "Priority 3: Other commitments for 2018/19"
    add(S, "3.1", "Rewrite the lone working procedure for social care staff so that it complies "
        "with the council's corporate health and safety policy, with a buddy system and a "
        "personal alarm for every worker who visits families alone.",
        "Health and Safety Adviser, HR", "Sep-18", "Dec-18", "")
    add(S, "3.2", "Monthly support group for kinship carers and special guardians at the Kilnfield "
        "Family Hub, run with a kinship carers' charity.",
        "Special Guardianship Support Team", "Oct 2018", "Ongoing", "")
    add(S, "3.3", "Ossenholt Social Work Awards and a practice week with the Teaching Partnership.",
        "", "Feb 2019", "Feb 2019", "")
    add(S, "3.4", "Refurbish the family time rooms at Elmgrove House.",
        "Property Services", "", "", "")
    add(S, "3.5", "Move the Children with Disabilities team to the Brook Lane hub, alongside "
        "the adult social care transitions team.",
        "Head of Service, Children with Disabilities; Property Services", "Jan 2019",
        "Apr 2019", "Team moved")
    return acts


OSSEN = {
    "name": "ossenholt", "ext": "docx", "report": "brent-80489/2018-07-02.pdf",
    "council": "London Borough of Ossenholt",
    "actions": ossen_actions, "bounds": (15, 18),
    "expected": {1: "covered", 2: "weak", 3: "uncovered", 4: "weak"},
    "unanswered": [3], "passing": [4], "partial": [2],
    "orphans": [11, 12, 13, 14, 15], "miscited": [4],
    "asks": {2: [("escalation to pre-proceedings where children's circumstances do not improve "
                  "quickly enough", [6, 7, 8, 9, 10]),
                 ("the application of statutory guidance in kinship placements", [])]},
    "notes": (
        "DOCX exported from a corporate Word template, portrait, header 'OFFICIAL' and a footer. "
        "A cover paragraph block (council, department, title, version / owner / approval lines, "
        "two introduction paragraphs and a 'How to read this plan' paragraph: not actions), then "
        "per priority a Heading 2 paragraph naming the priority, a paragraph 'What Ofsted "
        "said: \u201c...\u201d' and ONE table No. | Action | Lead | Start | Finish | Outcome "
        "measure. Only the Priority 1 table has an extra 'Ofsted rec' column, which cites a "
        "number on three of its four rows ('1', or '2' on row 1.3; blank on 1.4); no other table "
        "and no other text cites recommendation numbers. Rows 1.2 and 2.2 hold a label line "
        "('Practice standard for the first 24 hours (revised):', 'Six-weekly progress check by "
        "team managers:') and two Word bullets: each bullet is its own action sharing the row's "
        "No., lead, dates and outcome measure; 'text' is the bullet only, the label is not part "
        "of it. 'row' is the No. cell, 'section' the priority heading, 'objective' the 'What "
        "Ofsted said' paragraph as written (Priority 3's quotes a strength of the report, not a "
        "recommendation). 'date_raw' is the Finish cell (the Start cell stays in the document "
        "only); the Outcome measure is not part of 'text'. Apostrophes are Word's curly ones. "
        "R3 (procedures follow statutory guidance and comply with the council's own policies) "
        "is the hard unanswered one: orphan 11 (rewrite the lone working procedure 'so that it "
        "complies with the council's corporate health and safety policy') shares its "
        "procedure / comply / council's policy vocabulary but is staff safety, not practice "
        "following statutory guidance (strategy meetings, assessments by unqualified staff, "
        "regulating kinship care); nothing is aimed at R3. R2 is partly answered (see asks): "
        "escalation to pre-proceedings is answered by actions 6-10 (2.1-2.4); the application "
        "of statutory guidance in kinship placements is not, and orphan 12 (a support group for "
        "kinship carers and special guardians) shares 'kinship' without touching how kinship "
        "placements are recognised and regulated (partial, weak). R4 (quality of case recording "
        "and supervision, e.g. LADO recording and the Children with Disabilities team's "
        "supervision records) is touched only in passing: action 10 (2.4, aimed at R2) uses "
        "'the audit tool written for the Children with Disabilities team's supervision "
        "records', and orphan 15 moves that team to a new office; nothing is aimed at recording "
        "or supervision (passing, weak). R1 is answered by five actions (1-5). Mis-cited row: 1.3 (action 4, the weekly Adolescent Safety Panel "
        "for every child reported missing) cites 2 but answers R1; its citation is not a link. "
        "Orphans (business as usual): 11-15 (lone working, kinship carers' group, awards and "
        "practice week, family time rooms, office move). 3.3 has no lead, 3.4 no dates. 'action "
        "N' means ossenholt-N: 1 is 1.1, 2-3 are the bullets of 1.2, 4-5 are 1.3-1.4, 6 is 2.1, "
        "7-8 the bullets of 2.2, 9-10 are 2.3-2.4, 11-15 are 3.1-3.5."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Alderstowe - Markdown exported from a wiki / SharePoint page, answering Cheshire West
# and Chester 2019-05-08 (ILACS-short in the report gold, 4 recommendations). Front matter, a
# '#' title, '###' theme headings, one '- ' bullet per action with nested bullets for the lead
# ('Owner:', 'Lead -', 'Responsible officer:'), the date ('When:', 'Due:', 'Target:') and, on a
# few, 'Related recommendation: N'.
# ---------------------------------------------------------------------------------------------

ALDER_THEMES = {
    "1. Keeping children's records up to date": (
        "records",
        "We want the file to tell the child's story as it happens, so that anyone picking it up "
        "at night or at the weekend knows what is going on."),
    "2. Strategy meetings: getting partners round the table early": (
        "strategy",
        "When there is a worry that a child may be seriously harmed, the right people need to "
        "talk straight away, including for teenagers at risk outside the home."),
    "3. Carrying on from our service plan": (
        "service-plan",
        "These are not Ofsted actions but are tracked here so the whole plan is in one place."),
}


def alder_actions():
    acts = []

    def add(theme, text, lead, date, links=(), refs=(), lead_label="Owner:",
            date_label="When:", wrap=None):
        assert theme in ALDER_THEMES
        acts.append(A(text, lead, date, links, list(refs), row=None, section=theme,
                      objective=None, lead_label=lead_label, date_label=date_label, wrap=wrap))

    T = "1. Keeping children's records up to date"
    add(T, "EDT social workers to put a note of every out-of-hours contact on the child's "
        "ChildView record before the end of their shift, or by 10am the next working day at the "
        "latest; a handover email is no longer enough.",
        "EDT Manager", "From 1 July 2019",
        [(1, "e", "h", "records kept up to date out of hours (report para 3)")], [1])
    add(T, "Give the Sunrise missing service direct access to ChildView so that return home "
        "interview write-ups are added by its own workers within three working days instead of "
        "being emailed to the team.",
        "Commissioning Manager (Children) and ICT Business Partner", "August 2019",
        [(1, "j", "h", "delays uploading return home interviews to the record (report para "
          "15)")], lead_label="Lead \u2013", date_label="Due:", wrap=88)
    add(T, "Case notes from every visit written up within five working days; a weekly 'overdue "
        "notes' list goes to each team manager and is picked up in supervision.",
        "Heads of Service, Locality Social Work", "Weekly from 8 July 2019",
        [(1, "e", "h", "timely case recording")], [1])
    add(T, "Business support to upload letters, reports and minutes we receive from partners "
        "onto the child's file within two working days.",
        "Business Support Manager", "Q2 2019/20",
        [(1, "j", "m", "the child's file kept current with partners' information")],
        date_label="Due:")
    add(T, "Relaunch our recording standards at the Practice Development Days in June, where the "
        "themes from this year's practice reviews will also be shared; the standards now say how "
        "quickly each kind of entry must be on the file.",
        "Principal Social Worker", "18-20 June 2019",
        [(1, "j", "h", "standards for how quickly recording is done")],
        lead_label="Responsible officer:", wrap=88)

    T = "2. Strategy meetings: getting partners round the table early"
    add(T, "Refresh our guidance on when to hold a strategy discussion, with worked examples for "
        "young people at risk from county lines, gangs or radicalisation; a team manager must "
        "sign off any decision not to hold one.",
        "Head of Service, First Response and Adolescents", "September 2019",
        [(3, "e", "h", "consistent decisions to hold strategy meetings, including for "
          "vulnerable adolescents (report para 5)")], [3], wrap=88)
    add(T, "Police, health and the child's school invited to every strategy meeting as standard, "
        "with a dial-in so that the GP, school nurse or designated teacher can join; attendance "
        "by agency reported each month to the safeguarding partnership.",
        "First Response Team Managers; Designated Nurse Safeguarding", "From August 2019",
        [(3, "j", "h", "partner agencies involved in strategy meetings")],
        lead_label="Lead \u2013", date_label="Target:")
    add(T, "Weekly Complex Safeguarding meeting with police, the Youth Justice Service, CAMHS and "
        "education to look at every young person where exploitation or serious youth violence "
        "is suspected, and agree the same day whether a strategy meeting is needed.",
        "Complex Safeguarding Manager / DI, Wyvern Constabulary", "Weekly",
        [(3, "e", "h", "multi-agency decision-making about convening strategy meetings for "
          "adolescents")], [3])
    add(T, "EDT seniors to be able to call an out-of-hours strategy discussion with the police "
        "duty inspector, rather than leaving it for the day team.",
        "EDT Manager", "",
        [(3, "j", "h", "strategy discussions held when concerns arise out of hours")])
    add(T, "Principal Social Worker to dip-sample ten children a month where the police or a "
        "school raised a serious concern but no strategy meeting took place, and take what is "
        "found to the Practice Improvement Group.",
        "Principal Social Worker", "Monthly from September 2019",
        [(3, "j", "h", "checking consistency of decisions not to hold strategy meetings")],
        date_label="Due:", wrap=88)

    T = "3. Carrying on from our service plan"
    add(T, "Launch 'Everyone Belongs', our workforce equality, diversity and inclusion plan: a "
        "staff network for colleagues from Black, Asian and minority ethnic backgrounds and "
        "reverse mentoring for senior managers.",
        "HR Business Partner, People and Places", "Autumn 2019")
    add(T, "Refresh the Early Help and Prevention Strategy 2019-22 with partner agencies through "
        "the Children's Trust.",
        "Head of Early Help", "December 2019", date_label="Due:")
    add(T, "Fosterlink Wyvern: joint foster carer recruitment campaign with three neighbouring "
        "councils.",
        "Fostering Service Manager", "January 2020")
    add(T, "Extend the council tax exemption to care leavers living outside the borough.",
        "", "April 2020", date_label="Due:")
    add(T, "Children in Care Council members to co-chair the Corporate Parenting Board once a "
        "year.",
        "Participation Lead", "March 2020", lead_label="Lead \u2013")
    return acts


ALDER = {
    "name": "alderstowe", "ext": "md", "report": "cheshire-west-and-chester-80448/2019-05-08.pdf",
    "council": "Alderstowe Council",
    "actions": alder_actions, "bounds": (15, 18),
    "expected": {1: "weak", 2: "uncovered", 3: "covered", 4: "weak"},
    "unanswered": [2], "passing": [4], "partial": [1],
    "orphans": [11, 12, 13, 14, 15], "miscited": [],
    "asks": {1: [("up-to-date recording of practice with children and their families",
                  [1, 2, 3, 4, 5]),
                 ("recording that provides an accurate account to inform decision-making for "
                  "children", [])]},
    "notes": (
        "Markdown exported from a SharePoint / wiki page: a front-matter block between '---' "
        "lines (title, site, page path, author, modified, version, status: metadata, not plan "
        "text), a '#' title, a '[[_TOC_]]' marker, introduction paragraphs and a quoted note, "
        "then per theme a '### ' heading carrying a '{#anchor}' attribute and a one-sentence "
        "introduction (not an action), then one '- ' bullet per action. Nested bullets give the "
        "lead ('Owner:', 'Lead \u2013', 'Responsible officer:') and date ('When:', 'Due:', "
        "'Target:'), and on four actions 'Related recommendation: N' (explicit; every such "
        "citation is right). Actions 2, 5, 6 and 10 span two or three lines (continuation lines "
        "indented under the bullet; 'text' joins them with spaces). 'section' is the heading "
        "without its anchor; 'row' and 'objective' are null. Action 9 has no date (no date "
        "bullet) and action 14 no lead (no lead bullet). R2 (social workers' exploration of "
        "the impact of diversity on children's lived experiences) is the hard unanswered one: "
        "orphan 11 ('Everyone Belongs', the workforce equality, diversity and inclusion plan: "
        "staff network and reverse mentoring) shares 'diversity' and the equality vocabulary "
        "but is about staff, and nothing is aimed at how social workers explore children's "
        "identity, ethnicity or culture. R1 is partly answered (see asks): keeping recording up "
        "to date is answered by actions 1-5 (EDT notes, return home interview uploads, case "
        "notes within five days, partners' documents uploaded, recording standards saying how "
        "quickly entries are made); the accuracy and detail of the account, so that records "
        "explain and inform decisions, is not (partial, weak). R4 (social workers having full "
        "information from practice reviews and audits of their own children) is touched only "
        "in passing: action 5 (aimed at R1) says the Practice Development Days are 'where the "
        "themes from this year's practice reviews will also be shared'; nothing is aimed at "
        "feedback to allocated workers on their children's reviews and audits (passing, weak). "
        "R3 is answered by five actions (6-10). Orphan 12 (refresh the Early Help and Prevention "
        "Strategy 'with partner agencies') shares R3's 'strategy' and 'partner agencies' words "
        "but is not about strategy meetings. Orphans (business as usual): 11-15. 'action N' "
        "means alderstowe-N (1-5 theme 1, 6-10 theme 2, 11-15 theme 3). The plan's own names: "
        "ChildView (case system), Sunrise (commissioned missing service), First Response (front "
        "door), Wyvern Constabulary, Fosterlink Wyvern."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Marlinquay - HTML scrutiny committee report from a committee management system,
# answering Portsmouth 2023-07-03 (ILACS-short, 3 recommendations). Committee boilerplate
# (purpose, the committee's own recommendations, background listing the inspection's three
# recommendations in full), then Appendix 1, a <table> Ref | Action | Lead officer | Target date
# | Status with a group header row per priority, then 'Background papers'.
# ---------------------------------------------------------------------------------------------

def marlin_actions():
    acts = []

    def add(group, ref, text, leads, date, status, links=(), measure=None):
        """``leads``: one lead, or (lead, support) shown with <strong> labels and a <br>;
        ``date``: a string, or (date, note) shown on two lines."""
        if isinstance(leads, tuple):
            lead_raw = "; ".join(leads)
        else:
            lead_raw = leads
        date_raw = " ".join(date) if isinstance(date, tuple) else date
        acts.append(A(text, lead_raw, date_raw, links, row=ref, section=group, objective=None,
                      leads=leads, dates=date, status=status, measure=measure))

    G = "Priority A - Care-experienced young people: our offer, learning and work"
    add(G, "A1", "Rewrite the Marlinquay care leaver offer with the Care Leavers' Forum: a clear "
        "list of the discretionary payments young people can ask for, Wi-Fi and driving lessons "
        "added, and the council tax exemption extended to care leavers living outside the city.",
        ("Head of Service, Leaving Care", "Care Leavers' Forum"), "January 2024", "Amber",
        [(1, "j", "m", "overall quality of services for care-experienced young people (the "
          "offer, report paras 30-31)")],
        measure="New offer published and understood by young people (Forum survey)")
    add(G, "A2", "Open the Marlinquay Works academy with City College and the council's HR team: "
        "a 12-week pre-employment course for care-experienced young people, ending in a "
        "guaranteed interview.",
        ("Virtual School Head (post-16)", "City College; HR Resourcing"), "Sept 2024", "Green",
        [(1, "j", "h", "education, employment and training for care leavers (academy, report "
          "para 40)")],
        measure="Two cohorts of 12 a year")
    add(G, "A3", "Ring-fence ten council apprenticeships and five paid internships a year for "
        "care-experienced young people, each with a job coach for the first six months.",
        "Director of HR and Organisational Development", "From April 2024", "Green",
        [(1, "j", "h", "employment and training opportunities for care leavers")])
    add(G, "A4", "Ask the Marlinquay Business Partnership to pledge 20 work placements and "
        "mentors a year from local employers.",
        "", "Q4 2023-24", "Not started",
        [(1, "j", "h", "employment opportunities for care leavers")])
    add(G, "A5", "Personal advisers to agree a learning or work goal with every young person who "
        "is not in education, employment or training at each pathway plan review; progress "
        "tracked monthly by the post-16 adviser.",
        "Team Manager, Leaving Care", "Immediate", "Green",
        [(1, "j", "h", "care leavers not in education, employment or training")],
        measure="NEET rate for 19-21s at or below statistical neighbours")

    G = "Priority B - Somewhere to call home"
    add(G, "B1", "New joint protocol with Housing Options: no care leaver under 25 to be found "
        "intentionally homeless and none to be placed in bed and breakfast; any exception to be "
        "agreed by the Director of Children's Services.",
        ("Head of Housing Options", "Head of Service, Leaving Care"), "December 2023", "Amber",
        [(1, "j", "h", "housing for care leavers (intentional homelessness, B&B, report para "
          "35)")],
        measure="No care leaver in B&B")
    add(G, "B2", "Commission twelve more supported lodgings and Staying Close places, and a "
        "step-down flat scheme with two housing associations.",
        "Commissioning Lead, Children and Families", ("31/03/2024", "(lodgings)"), "Amber",
        [(1, "j", "h", "broader range of homes for care leavers")])
    add(G, "B3", "Care leavers to get priority banding on the housing register up to age 25, "
        "after completing a 'Ready to Rent' course.",
        "Housing Allocations Manager", "April 2024", "Not started",
        [(1, "j", "h", "housing options for care leavers")])

    G = "Priority C - Foster carers' records of children's lives"
    add(G, "C1", "Every foster carer to write a daily entry for each child on CarerHub, the new "
        "carers' app: how the day went, anything that worried them and the good moments.",
        "Fostering Service Manager", "From 1 November 2023", "Green",
        [(3, "j", "h", "foster carers recording children's experiences (daily logs, report "
          "para 25)")],
        measure="Entries for 90% of children each week")
    add(G, "C2", "Supervising social workers to read the entries at every supervisory visit and "
        "sign them off; gaps are raised with the carer and noted at the annual review.",
        "Team Managers, Fostering", "Ongoing", "Green",
        [(3, "j", "h", "oversight that carers keep their records")])
    add(G, "C3", "'Writing it down for later': a half-day course for all foster carers, on "
        "evenings and Saturdays so that carers who work can attend, on writing in a way the "
        "child could read as an adult.",
        "Fostering Training Coordinator", ("Nov 2023 -", "Feb 2024"), "Amber",
        [(3, "j", "h", "records written so they are of use to the child in later life")])
    add(G, "C4", "Carers to report injuries, missing episodes, police call-outs and allegations "
        "the same day on an incident form that goes to the child's social worker and onto the "
        "child's file.",
        ("Fostering Service Manager", "Children in Care Team Managers"), "December 2023",
        "Amber",
        [(3, "j", "h", "critical incidents captured and available for reference")])
    add(G, "C5", "A memory box and photo book for every child in foster care, kept by the carer "
        "and moving with the child.",
        "Supervising social workers", "", "Not started",
        [(3, "j", "h", "children's experiences kept for them for later life")])

    G = "Priority D - Continuing service developments"
    add(G, "D1", "Delegated authority: foster carers and residential staff to sign consent for "
        "school trips, haircuts and sleepovers without waiting for parental consent, with the "
        "delegated authority form agreed at each placement planning meeting.",
        "IRO Service Manager", "January 2024", "Green")
    add(G, "D2", "Double the paediatric clinic slots for initial health assessments so that every "
        "child coming into care is seen within 20 working days.",
        "Designated Doctor for Children in Care (Marlinquay ICB)", "Q3 2023-24", "Amber")
    add(G, "D3", "Move to a skills-based 'career grade' fee scheme for foster carers.",
        ("Fostering Service Manager", "Finance Business Partner"), "April 2024", "Not started")
    add(G, "D4", "IROs to see each child in care at least once between reviews and note their "
        "view of how the plan is going.",
        "IRO Service Manager", "From January 2024", "Green")
    return acts


MARLIN = {
    "name": "marlinquay", "ext": "html", "report": "portsmouth-80539/2023-07-03.pdf",
    "council": "Marlinquay City Council",
    "actions": marlin_actions, "bounds": (15, 18),
    "expected": {1: "weak", 2: "uncovered", 3: "covered"},
    "unanswered": [2], "passing": [], "partial": [1],
    "orphans": ["D1", "D2", "D3", "D4"], "miscited": [],
    "asks": {1: [("access to health histories for care-experienced young people", []),
                 ("education, employment and training for care-experienced young people",
                  ["A2", "A3", "A4", "A5"]),
                 ("broader housing options for care-experienced young people",
                  ["B1", "B2", "B3"])]},
    "notes": (
        "HTML page of a scrutiny committee report as a committee management system publishes "
        "it: the committee's masthead table (meeting, date, report by, wards, key decision), "
        "numbered sections of boilerplate (1 Purpose; 2 Recommendations, which are the "
        "committee's own recommendations to note and endorse the plan, not the inspection's; "
        "3 Background, which lists the inspection's three recommendations word for word in an "
        "<ol>; 4 The improvement plan; 5-7 implications), then 'Appendix 1', one <table> with "
        "<th> header cells Ref | Action | Lead officer | Target date | Status, a group header row "
        "<tr><td colspan=\"5\"><strong>Priority ...</strong></td></tr> per priority, then "
        "'Background papers' (a two-column table of documents) and the sign-off. None of this "
        "but the plan table holds actions. Action cells of A1, A2, A5, B1 and C1 read "
        "'<strong>Action:</strong> ...<br><strong>Success measure:</strong> ...' ('text' is the "
        "action only, the success measure is not part of it); lead cells with two leads read "
        "'<strong>Lead:</strong> ...<br><strong>Support:</strong> ...' (leads_raw joins them "
        "with '; '); two date cells hold a <br> (date_raw joins the lines with a space). The "
        "Status cell is progress, not text. 'row' is the Ref cell (A1 ...), 'section' the "
        "group header row's text, 'objective' null. No recommendation numbers in the table; "
        "every link is judged. A4 has no lead, C5 no date. R2 (recording the rationale for "
        "decisions when dispensing with parental consent) is the hard unanswered one: orphan "
        "D1 (delegated authority so carers can sign 'without waiting for parental consent') "
        "shares 'parental consent' but is about day-to-day permissions for children in care, "
        "not the front door's recorded reasons for going ahead without consent; nothing is "
        "aimed at R2. R1 is partly answered (see asks): education, employment and training "
        "(A2-A5) and broader housing options (B1-B3) are answered, and A1 (the care leaver "
        "offer) answers the recommendation's headline, the quality of services for "
        "care-experienced young people, without answering one of its three particular asks; "
        "access to health histories is not answered, and orphan D2 (initial health "
        "assessments for children coming into care) shares 'health' but does not give care "
        "leavers their health histories (partial, weak). R3 is answered by five actions "
        "(C1-C5); orphan D3 (a 'career grade' fee scheme for foster carers) shares 'foster "
        "carers' without being aimed at their records. Orphans (business as usual): D1-D4. "
        "Actions are named by their Ref cell; marlinquay-1 to -5 are A1-A5, -6 to -8 are B1-B3, "
        "-9 to -13 are C1-C5, -14 to -17 are D1-D4. The plan's own names: Marlinquay Works, "
        "CarerHub, 'Writing it down for later', 'Ready to Rent'."),
}

PLANS = [OSSEN, ALDER, MARLIN]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def _rows(acts):
    """Consecutive actions sharing a row number form one table row (label + bullets)."""
    rows = []
    for a in acts:
        if rows and rows[-1][0]["row"] == a["row"]:
            rows[-1].append(a)
        else:
            rows.append([a])
    return rows


def write_ossen(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    head = sec.header.paragraphs[0]
    head.text = "OFFICIAL"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = curly(
        "London Borough of Ossenholt | Children and Young People | Ofsted Improvement Plan "
        "v1.3 | August 2018")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_paragraph("London Borough of Ossenholt", style="Title")
    doc.add_paragraph(curly("Children and Young People Department"), style="Subtitle")
    p = doc.add_paragraph()
    p.add_run(curly("Improvement Plan following the inspection of local authority children's "
                    "services (ILACS), 14-25 May 2018")).bold = True
    for line in ("Version: 1.3 (final)    Date: 17 August 2018",
                 "Plan owner: Strategic Director, Children and Young People",
                 "Approved by: Ossenholt Children's Improvement Board, 9 August 2018",
                 "Next review: November 2018"):
        doc.add_paragraph(curly(line))
    doc.add_paragraph(curly(
        "Ofsted inspected Ossenholt's services for children in May 2018 and judged them good "
        "overall, with the experiences and progress of children in care and care leavers "
        "outstanding. Help and protection for children still requires improvement. The "
        "inspectors told us what we need to do better, and this plan sets out how we will do "
        "it."))
    doc.add_paragraph(curly(
        "The plan is organised around the areas inspectors highlighted. Each priority has its "
        "own table showing what we will do, who leads it, when it starts and finishes, and how "
        "we will know it has worked. Progress is reported to the Children's Improvement Board "
        "every month and to the Children and Young People Scrutiny Committee every quarter."))
    p = doc.add_paragraph()
    p.add_run("How to read this plan: ").bold = True
    p.add_run(curly("RAG ratings are reported separately in the monthly highlight report and "
                    "are not shown here. Where an action has sub-points, each sub-point is "
                    "tracked separately."))

    base = ["No.", "Action", "Lead", "Start", "Finish", "Outcome measure"]
    base_w = [Cm(1.1), Cm(6.6), Cm(3.2), Cm(1.8), Cm(1.8), Cm(2.5)]
    current = None
    for group in _rows(acts):
        a = group[0]
        if a["section"] != current:
            current = a["section"]
            doc.add_paragraph(current, style="Heading 2")
            label, quote = a["objective"].split(": ", 1)
            p = doc.add_paragraph()
            p.add_run(label + ": ").bold = True
            p.add_run(quote).italic = True
            numbered = current == OSSEN_NUMBERED
            cols = base[:1] + ["Ofsted rec"] + base[1:] if numbered else base
            widths = ([base_w[0], Cm(1.3), Cm(5.3)] + base_w[2:]) if numbered else base_w
            table = doc.add_table(rows=1, cols=len(cols))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, cols):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
            # the template repeats the header row on every page
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:tblHeader"))
        x = a["extra"]
        cells = table.add_row().cells
        vals = [a["row"]] + ([x["rec_cell"]] if numbered else [])
        k = len(vals)
        for cell, text in zip(cells, vals):
            cell.text = text
        act = cells[k]
        if x["label"]:
            act.text = x["label"]
            for b in group:
                assert b["extra"]["label"] == x["label"] and b["lead"] == a["lead"]
                act.add_paragraph(b["text"], style="List Bullet")
        else:
            assert len(group) == 1
            act.text = a["text"]
        for cell, text in zip(cells[k + 1:], [a["lead"], x["start"], a["date"], x["measure"]]):
            cell.text = text
        for row in table.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = w
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.font.size = Pt(9)
    doc.add_paragraph("")
    doc.add_paragraph(curly("Document ends. Enquiries: Children's Improvement Team, Ossenholt "
                            "Civic Centre."))
    docx_props(doc, "Children's Improvement Team", "Ofsted Improvement Plan 2018-19")
    doc.save(path)
    normalise_zip(path)


def write_alder(plan, acts, path):
    out = ["---",
           'title: "Ofsted inspection 2019: our improvement plan"',
           "site: Alderstowe Children's Practice Hub",
           "page: /sites/ChildrensPractice/SitePages/Ofsted-improvement-plan.aspx",
           "author: Quality and Practice Improvement Team",
           "modified: 2019-07-03T16:41:12Z",
           "version: 2.1",
           "status: Published",
           "---", "",
           "# Ofsted inspection 2019: our improvement plan", "",
           "[[_TOC_]]", "",
           "Ofsted inspected children's services in Alderstowe from 18 to 22 March 2019 and judged "
           "them **good** in every area. The report was published on 8 May 2019.", "",
           "Inspectors told us about four things we need to do better. This page is our plan for "
           "them: each action has an owner and a date, and the Practice Improvement Group checks "
           "progress every month. Some actions also show which of the report's areas for "
           "improvement they respond to.", "",
           "> **Note:** this page replaces the Word version circulated in May. Please do not "
           "print it; the hub copy is the live version.", ""]
    current = None
    for a in acts:
        x = a["extra"]
        if a["section"] != current:
            current = a["section"]
            anchor, intro = ALDER_THEMES[current]
            out += [f"### {current} {{#{anchor}}}", "", intro, ""]
        text = a["text"]
        if x["wrap"]:
            parts = textwrap.wrap(text, x["wrap"], break_long_words=False,
                                  break_on_hyphens=False)
            # every break falls on a space, so joining the lines with spaces gives the text back
            assert len(parts) > 1 and " ".join(parts) == text, a["text"]
            out.append("- " + parts[0])
            out += ["  " + p for p in parts[1:]]
        else:
            out.append("- " + text)
        if a["lead"]:
            out.append(f"  - {x['lead_label']} {a['lead']}")
        if a["date"]:
            out.append(f"  - {x['date_label']} {a['date']}")
        for n in a["refs"]:
            out.append(f"  - Related recommendation: {n}")
        last = a is acts[-1] or acts[acts.index(a) + 1]["section"] != current
        if last:
            out.append("")
    out += ["---", "",
            "*Page owner: Head of Quality and Practice Improvement. Last edited by "
            "M. Okonjo, 3 July 2019.*", "",
            "Tags: Ofsted; improvement plan; ILACS 2019"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_marlin(plan, acts, path):
    def e(s):
        return html.escape(s, quote=False)

    recs = report_recs(plan["report"])
    out = ["<!DOCTYPE html>",
           '<html lang="en-GB">', "<head>",
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           "<title>Agenda item - Ofsted inspection of local authority children's services: "
           "improvement plan | Marlinquay City Council</title>",
           '<link rel="stylesheet" href="/mgCore.css">', "</head>",
           '<body class="mgBody">',
           '<div id="mgHeader"><a href="/mgListCommittees.aspx">Committees</a> | '
           '<a href="/mgCalendarMonthView.aspx">Meetings calendar</a> | '
           '<a href="/mgMemberIndex.aspx">Councillors</a></div>',
           '<div class="mgContent">',
           '<h1 class="mgMainTitleTxt">Ofsted inspection of local authority children\'s '
           "services: improvement plan</h1>",
           '<table class="mgKeyInfo">',
           "<tr><td><strong>Meeting:</strong></td><td>Children, Families and Education "
           "Scrutiny Panel</td></tr>",
           "<tr><td><strong>Date of meeting:</strong></td><td>12 October 2023</td></tr>",
           "<tr><td><strong>Report by:</strong></td><td>Director of Children's Services and "
           "Education</td></tr>",
           "<tr><td><strong>Wards affected:</strong></td><td>All</td></tr>",
           "<tr><td><strong>Key decision:</strong></td><td>No</td></tr>",
           "<tr><td><strong>Full Council decision:</strong></td><td>No</td></tr>",
           "</table>",
           '<h2 class="mgSubTitleTxt">1. Purpose of report</h2>',
           '<p class="MsoNormal">1.1&nbsp;&nbsp;To inform the Panel of the outcome of the '
           "inspection of local authority children's services (ILACS) carried out by Ofsted "
           "from 15 to 19 May 2023, and to set out the improvement plan prepared in response to "
           "the report.</p>",
           '<h2 class="mgSubTitleTxt">2. Recommendations</h2>',
           '<p class="MsoNormal">2.1&nbsp;&nbsp;That the Panel notes the outcome of the '
           "inspection and the judgement of good overall effectiveness.</p>",
           '<p class="MsoNormal">2.2&nbsp;&nbsp;That the Panel endorses the improvement plan at '
           "Appendix 1 and agrees to receive a progress report in six months.</p>",
           '<h2 class="mgSubTitleTxt">3. Background</h2>',
           '<p class="MsoNormal">3.1&nbsp;&nbsp;The report was published on 3 July 2023. '
           "Children's services were judged good overall. The experiences and progress of "
           "children who need help and protection were judged outstanding, and those of care "
           "leavers require improvement to be good.</p>",
           '<p class="MsoNormal">3.2&nbsp;&nbsp;The report sets out three areas that the local '
           "authority needs to improve:</p>",
           '<ol class="mgList">']
    out += [f"<li>{e(r['text'])}</li>" for r in recs]
    out += ["</ol>",
            '<h2 class="mgSubTitleTxt">4. The improvement plan</h2>',
            '<p class="MsoNormal">4.1&nbsp;&nbsp;The plan at Appendix 1 has been agreed by the '
            "Children's Services Leadership Team and shared with the Corporate Parenting Board. "
            "It is grouped into priorities and also carries forward developments from the "
            "service plan. Progress is monitored monthly by the Leadership Team.</p>",
            '<p class="MsoNormal">4.2&nbsp;&nbsp;Care-experienced young people helped to shape '
            "the actions in Priorities A and B through the Care Leavers' Forum.</p>",
            '<h2 class="mgSubTitleTxt">5. Reasons for recommendations</h2>',
            '<p class="MsoNormal">5.1&nbsp;&nbsp;To give the Panel assurance that the council '
            "is responding to the inspection findings.</p>",
            '<h2 class="mgSubTitleTxt">6. Integrated impact assessment</h2>',
            '<p class="MsoNormal">6.1&nbsp;&nbsp;A preliminary assessment has been completed; a '
            "full assessment is not required.</p>",
            '<h2 class="mgSubTitleTxt">7. Legal and finance comments</h2>',
            '<p class="MsoNormal">7.1&nbsp;&nbsp;There are no direct legal implications. The '
            "actions will be met from existing budgets, except the apprenticeship and "
            "internship places, which are funded from the corporate apprenticeship levy.</p>",
            '<h2 class="mgSubTitleTxt">Appendix 1: Improvement plan (October 2023)</h2>',
            '<table class="mgTable" border="1" cellspacing="0" cellpadding="4">',
            "<tr><th>Ref</th><th>Action</th><th>Lead officer</th><th>Target date</th>"
            "<th>Status</th></tr>"]
    current = None
    for a in acts:
        x = a["extra"]
        if a["section"] != current:
            current = a["section"]
            out.append(f'<tr><td colspan="5" class="mgGroup"><strong>{e(current)}</strong>'
                       "</td></tr>")
        if x["measure"]:
            what = (f"<strong>Action:</strong> {e(a['text'])}<br>"
                    f"<strong>Success measure:</strong> {e(x['measure'])}")
        else:
            what = e(a["text"])
        if isinstance(x["leads"], tuple):
            who = (f"<strong>Lead:</strong> {e(x['leads'][0])}<br>"
                   f"<strong>Support:</strong> {e(x['leads'][1])}")
        else:
            who = e(x["leads"])
        when = "<br>".join(e(d) for d in x["dates"]) if isinstance(x["dates"], tuple) \
            else e(x["dates"])
        out.append(f"<tr><td>{e(a['row'])}</td><td>{what}</td><td>{who}</td><td>{when}</td>"
                   f"<td>{e(x['status'])}</td></tr>")
    out += ["</table>",
            '<h2 class="mgSubTitleTxt">Background papers</h2>',
            '<p class="MsoNormal">The following documents disclosing facts or matters, which '
            "have been relied upon to a material extent by the author in preparing this report, "
            "were used:</p>",
            '<table class="mgTable" border="1" cellspacing="0" cellpadding="4">',
            "<tr><th>Title of document</th><th>Location</th></tr>",
            "<tr><td>Ofsted: Inspection of Marlinquay local authority children's services, "
            "July 2023</td><td>Ofsted website</td></tr>",
            "<tr><td>Care Leavers' Local Offer 2022</td><td>Marlinquay City Council "
            "website</td></tr>",
            "<tr><td>Children in Care and Care Leavers Sufficiency Strategy 2022-25</td>"
            "<td>Children's Services, Civic Offices</td></tr>",
            "</table>",
            '<p class="MsoNormal">Signed by: Director of Children\'s Services and Education</p>',
            "</div>",
            '<div id="mgFooter">Marlinquay City Council, Civic Offices, Quayside Square '
            "&middot; <a href=\"/mgAccessibility.aspx\">Accessibility</a></div>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


WRITERS = {"ossenholt": write_ossen, "alderstowe": write_alder, "marlinquay": write_marlin}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, orphans (min, max)
    "ossenholt": dict(unanswered=1, passing=1, partial=1, orphans=(3, 5)),
    "alderstowe": dict(unanswered=1, passing=1, partial=1, orphans=(3, 5)),
    "marlinquay": dict(unanswered=1, passing=0, partial=1, orphans=(3, 5)),
}

# words too common in this domain to count as shared vocabulary (as set r)


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
    assert all(2 <= len(per_rec[r]) <= 7 for r in covered), (name, per_rec)
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert r in d["notes"], (name, r)
    assert "hard unanswered" in d["notes"], name
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert "<" not in a["text"] and ">" not in a["text"], (name, a["id"])
        assert "<" not in a["leads_raw"] and "<" not in a["date_raw"], (name, a["id"])
        assert not re.search(r"\b(rec|recommendation)\b", a["text"], re.I), (name, a["id"])
    # at least a third of the answering links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    recs = {r["id"]: r["text"] for r in gold["recommendations"]}
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(recs[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    if name == "ossenholt":
        assert len(d["miscited"]) == 1, name
        for a in acts:
            # only the Priority 1 table cites numbers; every 'What Ofsted said' quotation of a
            # recommendation quotes its own words, and its actions are aimed at it
            if a["section"] != OSSEN_NUMBERED:
                assert not a["explicit_refs"], a["id"]
            quote = re.search("\u201c(.+?)\u201d", a["objective"]).group(1)
            target = [r for r, t in recs.items() if quote in t]
            mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
            if target:
                assert len(target) == 1 and mine == set(target), (a["id"], target, mine)
            else:
                assert a["id"] in d["orphans"], a["id"]
        cited = [a for a in acts if a["explicit_refs"]]
        assert len(cited) >= 4, name
        # rows with bullets: two or more actions share one No. cell
        rows = [a["row"] for a in acts]
        assert sum(1 for r in set(rows) if rows.count(r) > 1) >= 2, name
    if name == "alderstowe":
        assert 3 <= sum(1 for a in acts if a["explicit_refs"]) <= 5, name
        assert all(a["row"] is None and a["objective"] is None for a in acts), name
        assert not d["miscited"], name
    if name == "marlinquay":
        for a in acts:
            assert a["row"] and a["objective"] is None and not a["explicit_refs"], a["id"]
        assert all(l["source"] == "judged" for l in gold["links"]), name
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "t", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(15, 45))
