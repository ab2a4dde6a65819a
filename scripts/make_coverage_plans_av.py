"""Write the sealed coverage evaluation set "av": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_av.py            # writes documents and gold
    python scripts/make_coverage_plans_av.py --check    # only runs the consistency checks

Documents: corpus/coverage/av/<name>.<ext>      Gold: corpus/gold/coverage/av/<name>.json

The two documents imitate what councils' own systems produce: a page of a council website saved
as HTML, built with the content management system's ACCORDION component (site chrome around the
content: a cookie banner, a skip link, a header with a search form, a mega-menu of link lists,
breadcrumbs, a "Print this page" button, a "Was this page helpful?" feedback widget and a footer
of link lists; in the content, the plan's themes as <h2> each with a short introduction, and
each action an accordion item: an <h3> holding a <button aria-expanded="false"
aria-controls="..."> with the action's short title, and a panel <div hidden> holding the
description paragraph(s) and a <dl> of Lead / Deadline / Progress; each accordion opens with a
"Show all sections" button of its own, which is not an action; one theme's actions are instead
a plain <ul>, each item closing on "(Lead, Month Year)"); and a Markdown file as Microsoft's
markitdown tool writes it from an Excel workbook (one "## <SheetName>" heading per sheet, each
sheet a pipe table; the workbook's title row became the table's header row, its blank cells
"Unnamed: 2", "Unnamed: 3", "Unnamed: 4", so the REAL header Ref | Action | Lead | Target date |
RAG is the table's FIRST DATA ROW; empty cells "NaN"; dates "2020-03-31 00:00:00"; priority rows
with only the Ref cell filled; a "Guidance" sheet of notes before the plan and a "Lookups" sheet
of dropdown values after it, neither of them the plan).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
items of both were transcribed by hand from the report PDFs (read with pypdfium2) for this set
and are held below as data (SF_RECS, TH_RECS), word for word, lines broken by the PDF joined;
they are passed to build_gold(recs=...). Nothing is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "j" judged (neither plan cites a
                                   recommendation number anywhere, so no link is explicit);
                                   "h" high / "m" medium
Actions with no links are orphans (see each plan's design notes). Design lists and asks name an
action by its number N (the action is <name>-N).

All councils, places, people, teams, systems, charities and local programmes are fictional
(national schemes and terms such as Staying Put, Staying Close, personal advisers, the National
Transfer Scheme, initial health assessments, the Assessed and Supported Year in Employment or
Triple P are named as councils name them); no real person is named; web addresses use the
reserved .example domain. Output is deterministic: both documents are fixed strings written as
UTF-8.
"""

import html
import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, build_gold, main  # noqa: E402
from _coverage_sets import curly, groups as _groups, words as _words  # noqa: E402
from _coverage_sets import transcribed_gaps  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Suffolk, inspection of children's social care services (ILACS), report published 21 May 2019
# (outstanding overall; children in care and care leavers good). "What needs to improve"
# (printed without a question mark), page 2 of the PDF: a single bullet (a black square),
# addressed to the local authority, numbered 1, followed by the heading "The experiences and
# progress of children who need help and protection: Outstanding". Nothing else in the report is
# addressed to the local authority as something to improve.
# ---------------------------------------------------------------------------------------------

SF_REPORT = "suffolk-80565/2019-05-21.pdf"
SF_PAGES = (2,)

SF_RECS = [  # (number, page, text)
    (1, 2, "Strategic planning and performance management in regard to care leavers."),
]

# ---------------------------------------------------------------------------------------------
# Thurrock, inspection of children's social care services (ILACS), report published 20 December
# 2019 (good in every judgement). "What needs to improve" (no question mark), page 2 of the PDF:
# three bullets (black squares), all addressed to the local authority, numbered 1-3 in the
# report's order, followed by the heading "The experiences and progress of children who need
# help and protection: Good". Lines broken by the PDF joined with a space. The bullets are
# printed as noun phrases or sentences and are kept as printed (R1's "needs to happen" with a
# plural subject included).
# ---------------------------------------------------------------------------------------------

TH_REPORT = "thurrock-80571/2019-12-20.pdf"
TH_PAGES = (2,)

TH_RECS = [
    (1, 2, "Planned transitions and closer collaboration with adult services needs to happen "
           "earlier for disabled young people and care leavers."),
    (2, 2, "Timeliness of initial health assessments when all children come into care."),
    (3, 2, "Alignment and effectiveness of systems that support children at risk of criminal "
           "and sexual exploitation and children missing from home and care, to ensure that "
           "children can tell their stories."),
]

# where each list sits in its report: the words opening the block, the words after it, and what
# stands before each item (the bullet glyph)
BLOCKS = {
    SF_REPORT: dict(start="What needs to improve",
                    end="The experiences and progress of children who need help and protection",
                    label="\u25fc"),
    TH_REPORT: dict(start="What needs to improve",
                    end="The experiences and progress of children who need help and protection",
                    label="\u25fc"),
}


def _recs(table):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in table]


def sf_recs():
    return _recs(SF_RECS)


def th_recs():
    return _recs(TH_RECS)


# ---------------------------------------------------------------------------------------------
# Plan 1: Haddiscombe - a council web page built with the CMS accordion, answering Suffolk
# 2019-05-21 (ILACS, one item). Themes as <h2>; actions as accordion items (button title, hidden
# panel with paragraphs and Lead / Deadline / Progress); one theme a plain <ul> with
# "(Lead, Month Year)".
# ---------------------------------------------------------------------------------------------

HD_THEMES = {  # number: (<h2> text, introduction paragraph), in the council's words and order
    1: ("A plan written with young people",
        "Young people who have left our care told us that our last plan was a list of jobs for "
        "the council. This time they are writing it with us, and it starts from what they want "
        "from the years after care."),
    2: ("Somewhere to call home",
        "Having a safe, settled home is the thing young people leaving care worry about most. We "
        "want to know years ahead what homes they will need, and have them ready."),
    3: ("Planning with our partners",
        "Much of what makes a difference in the years after care is done by other "
        "organisations. These are the things we are agreeing with them."),
    4: ("Other work in the Corporate Parenting Service",
        "These actions come from our usual service plan. They are listed here so that this page "
        "gives the full picture of what the service is working on."),
}
HD_LIST = 3   # the theme written as a plain <ul>
HD_OTHER = 4  # business as usual


def hd_actions():
    acts = []

    def acc(theme, title, body, lead, deadline, progress, links=()):
        """An accordion item: the button's short ``title``, the panel's paragraph(s) ``body`` (a
        string or a list), and the <dl> values Lead, Deadline and Progress as written. ``text``
        is the title and the paragraphs joined by ". " and " "; Progress is not part of it."""
        paras = [body] if isinstance(body, str) else list(body)
        assert not title.endswith(".") and all(p.endswith(".") for p in paras)
        text = curly(title + ". " + " ".join(paras))
        h2, intro = HD_THEMES[theme]
        acts.append(A(text, curly(lead), deadline, links, [], False, row=None, section=curly(h2),
                      objective=curly(intro), theme=theme, kind="acc", title=curly(title),
                      paras=[curly(p) for p in paras], progress=curly(progress)))

    def li(theme, text, lead, deadline, links=()):
        """A <ul> item: the action's sentence, then "(Lead, Month Year)", "(Lead, ongoing)" or
        "(Lead)" where no date is given."""
        assert not text.endswith(".")
        h2, intro = HD_THEMES[theme]
        acts.append(A(curly(text), curly(lead), deadline, links, [], False, row=None,
                      section=curly(h2), objective=curly(intro), theme=theme, kind="li"))

    # Theme 1 - A plan written with young people (R1, the strategic planning ask)
    acc(1, "A new strategy for young people leaving care",
        ["We will write a three-year strategy for the years after care, 2020 to 2023, with the "
         "Next Chapter Forum of young people who have left our care.",
         "It will be agreed by Cabinet and by the Corporate Parenting Board, and will replace "
         "the separate documents we have now."],
        "Assistant Director, Corporate Parenting", "January 2020",
        "On track. First draft shared with the Next Chapter Forum in September.",
        links=[(1, "j", "h", "a new three-year strategy for care leavers: the strategic planning "
                "itself")])
    acc(1, "Rewrite the leaving care service plan",
        "The current leaving care service development plan will be replaced by a shorter plan "
        "built around the six promises young people chose, saying what we will do for each "
        "promise, who will do it and by when.",
        "Leaving Care Service Manager", "March 2020",
        "Not started. Waiting for the strategy to be agreed.",
        links=[(1, "j", "h", "the service's own plan for care leavers rewritten: the planning "
                "the recommendation asks about")])
    acc(1, "Who will leave care in the next five years",
        "With Public Health, a needs analysis of the young people who will leave our care by "
        "2024: where they are likely to live, how many will be parents, and what help with "
        "health, money, education and work they are likely to need.",
        "Public Health Principal", "December 2019",
        "On track. Public Health have started on the first draft.",
        links=[(1, "j", "h", "the needs analysis the strategic plan for care leavers rests "
                "on")])
    acc(1, "Young people on the Corporate Parenting Board",
        "Two seats on the Corporate Parenting Board for young people who have left our care, "
        "paid for their time, so that the board sets its priorities for each year with them.",
        "Democratic Services Manager", "October 2019",
        "Complete. Both seats filled from the Next Chapter Forum.",
        links=[(1, "j", "m", "the board's yearly priorities for care leavers set with young "
                "people: strategic planning at board level")])

    # Theme 2 - Somewhere to call home (R1, the strategic planning ask)
    acc(2, "A five-year homes plan",
        "A plan for the homes young people leaving care will need from 2020 to 2025, from "
        "staying with their foster carers and supported lodgings to flats of their own, agreed "
        "with the five district and borough councils.",
        "Head of Commissioning", "April 2020",
        "On track. Workshop with district housing officers held on 3 October.",
        links=[(1, "j", "h", "sufficiency of homes for care leavers planned years ahead with "
                "the housing authorities")])
    acc(2, "Plan Staying Put places in time",
        "Each autumn we will look at the ages and wishes of the young people in foster care, "
        "work out how many will want to stay with their carers after 18, and set the Staying "
        "Put budget for the next year from that.",
        "Fostering Service Manager", "November 2019",
        "On track.",
        links=[(1, "j", "h", "Staying Put places and budget planned ahead from the young "
                "people coming through")])
    acc(2, "Staying Close from our own children\u2019s homes",
        "Work out with our two children's homes how Staying Close will be offered to every young "
        "person leaving them from 2020, what it will cost and who will provide it.",
        "Residential Service Manager", "tbc",
        "Delayed. Waiting for the national funding decision.",
        links=[(1, "j", "m", "the offer for young people leaving residential care planned and "
                "costed in advance")])
    acc(2, "A joint housing protocol",
        ["A new protocol with the district and borough housing authorities, so that every young "
         "person in care has a housing plan agreed by the time they are 17 and a half.",
         "It will replace the 2015 protocol, which young people told us nobody followed."],
        "Head of Commissioning", "June 2020",
        "On track.",
        links=[(1, "j", "h", "a county-wide agreement with the housing authorities on how homes "
                "are planned for young people leaving care")])

    # Theme 3 - Planning with our partners (a plain <ul>; R1, the strategic planning ask)
    li(3, "Agree a health transition plan with Haddiscombe Clinical Commissioning Group, so that "
          "young people's health needs after care are planned for from the age of 16",
       "Designated Nurse for Children in Care", "March 2020",
       links=[(1, "j", "m", "health provision for care leavers planned with the commissioner")])
    li(3, "Set aside ten apprenticeships a year in the council and ten places a year at "
          "Haddiscombe College for young people leaving care, and plan the next three years' "
          "places with the college",
       "Virtual School Head", "September 2020",
       links=[(1, "j", "m", "education and work places for care leavers planned over three "
               "years with partners")])
    li(3, "Make care leavers a priority group in the county's Employment and Skills Plan",
       "Economic Development Manager", "ongoing",
       links=[(1, "j", "m", "care leavers written into the county's own strategic plan for "
               "employment")])
    li(3, "Agree one local offer with all five district councils, so that council tax and "
          "leisure discounts are the same wherever a young person lives",
       "Assistant Director, Corporate Parenting", "June 2020",
       links=[(1, "j", "m", "the local offer for care leavers planned and agreed across the "
               "county")])
    li(3, "Work out how many more personal advisers we will need each year to 2022, now that "
          "young people can ask for a personal adviser up to the age of 25",
       "Leaving Care Service Manager", "",
       links=[(1, "j", "h", "workforce planning for the leaving care service")])

    # Theme 4 - Other work in the Corporate Parenting Service (orphans)
    acc(4, "A shorter pathway plan",
        "Change the pathway plan template so that personal advisers fill in only the sections "
        "that matter to the young person at that time, instead of every section at every "
        "review.",
        "Leaving Care Service Manager", "February 2020",
        "On track. New template being tested by two teams.")
    acc(4, "Performance management for all staff",
        "Every member of staff in the service to have an appraisal with clear objectives by "
        "the end of June, and a review in December, under the council's new performance "
        "management framework.",
        "HR Business Partner", "June 2020",
        "On track.")
    acc(4, "Front door performance dashboard",
        "A daily dashboard of contacts and referrals waiting in the MASH, showing how long each "
        "has waited, with the information sent to the Head of Service every morning.",
        "Business Intelligence Manager", "October 2019",
        "Complete. Live since 30 September.")
    acc(4, "Celebrating achievement",
        "An awards evening each autumn for children in care and care leavers, hosted by the "
        "Chair of the County Council, with the Next Chapter Forum choosing the awards.",
        "Participation Officer", "Ongoing",
        "On track. This year's evening is on 22 November.")
    acc(4, "More foster families for teenagers",
        "A recruitment campaign for 40 new fostering households, with a focus on carers for "
        "teenagers and for brothers and sisters.",
        "Fostering Service Manager", "March 2020",
        "Behind. 14 households approved so far.")
    acc(4, "Independent visitors",
        "Recruit and train 15 more independent visitors, so that no child in care who asks for "
        "one waits more than three months.",
        "Children\u2019s Rights Manager", "December 2019",
        "On track.")
    acc(4, "Online education plans",
        "Move personal education plans for all children in care of school age to the new online "
        "system.",
        "Virtual School Head", "September 2019",
        "Complete.")
    acc(4, "Close the old case record",
        "Finish moving children in care records to Compass, the new case management system, and "
        "switch off the old system.",
        "To be confirmed", "tbc",
        "Delayed. New date to be agreed with IT.")
    acc(4, "Unaccompanied children",
        "Take our full share of unaccompanied asylum-seeking children through the National "
        "Transfer Scheme rota with the other councils of the region.",
        "Head of Children in Care", "Ongoing",
        "On track.")
    return acts


HD = {
    "name": "haddiscombe", "ext": "html", "report": SF_REPORT, "recs": sf_recs,
    "pages": SF_PAGES, "council": "Haddiscombe County Council",
    "actions": hd_actions, "bounds": (20, 30),
    "expected": {1: "weak"},
    "unanswered": [], "passing": [], "partial": [1],
    "orphans": [14, 15, 16, 17, 18, 19, 20, 21, 22],
    "miscited": [],
    "passing_phrase": {},
    "mentions": {1: (17, "care leavers")},
    "decoys": {},
    "ask_decoys": {1: [15, 16]},
    "asks": {1: [("strategic planning in regard to care leavers: the council's plans, with its "
                  "partners, for the service and the help young people leaving care will need",
                  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]),
                 ("performance management in regard to care leavers: information about care "
                  "leavers' experiences and progress, used to oversee and manage the service",
                  [])]},
    "notes": (
        "HTML page of a council website (Haddiscombe County Council, 'Care leavers: our "
        "improvement plan 2019 to 2021'), saved as served by the content management system. "
        "Site chrome around the content: a cookie banner, a 'Skip to main content' link, a "
        "header with the council's name and a search form, a mega-menu (<nav>) of link lists, "
        "breadcrumbs, a 'Print this page' button, a 'Last updated' line, a 'Was this page "
        "helpful?' feedback widget with a hidden form, and a footer of link lists: none of it "
        "is an action. The <h1> and two introduction paragraphs (which paraphrase what "
        "inspectors asked for) are not actions. The themes are <h2> in the council's words ('A "
        "plan written with young people', 'Somewhere to call home', 'Planning with our "
        "partners', 'Other work in the Corporate Parenting Service'), each followed by a short "
        "introduction paragraph: 'section' is the <h2> text, 'objective' that paragraph. Themes "
        "1, 2 and 4 are CMS accordions: each opens with a 'Show all sections' button (not an "
        "action), then one item per action, an <h3> holding a <button aria-expanded='false' "
        "aria-controls='...'> with the action's short title, and a panel <div hidden> holding "
        "one or two description paragraphs and a <dl> with Lead, Deadline and Progress. 'text' "
        "is the button's title and the panel's paragraphs joined by '. ' and ' ' (the titles "
        "have no full stop of their own); 'leads_raw' the Lead <dd>, 'date_raw' the Deadline "
        "<dd> as written ('January 2020', 'tbc', 'Ongoing'); Progress ('On track.', "
        "'Complete. ...', 'Delayed. ...') is a status, not part of the action. Theme 3 is not "
        "an accordion but a plain <ul>: each <li> is one action, its sentence followed by a "
        "bracket '(Lead, Month Year)': 'text' is the sentence, 'leads_raw' what stands before "
        "the bracket's last comma, 'date_raw' what stands after it; action 11 ('Make care "
        "leavers a priority group') closes on '(Economic Development Manager, ongoing)'; action "
        "12 ('Agree one local offer') has a lead that holds a comma of its own ('(Assistant "
        "Director, Corporate Parenting, June 2020)': lead 'Assistant Director, Corporate "
        "Parenting'); action 13 ('Work out how many more personal advisers') closes on "
        "'(Leaving Care Service Manager)' with no date. Action 7 ('Staying Close from our own') "
        "has the Deadline 'tbc'; orphan 21 ('Close the old case record') has Lead 'To be "
        "confirmed' and Deadline 'tbc'. 'row' is null: nothing has a reference of its own. "
        "Curly apostrophes as pasted from Word. Nothing cites a number: explicit_refs is [] "
        "everywhere and every link is judged. The report has a single item, R1, so this plan "
        "cannot have an unanswered, a passing and a partly answered recommendation at once: R1 "
        "is partly answered (see asks), and the hard decoys stand against its unanswered ask. "
        "R1 is read as two asks. Strategic planning in regard to care leavers is answered by "
        "actions 1-13, all judged: a new strategy written with young people, the leaving care "
        "service plan rewritten, a needs analysis, young people on the Corporate Parenting "
        "Board, a five-year homes plan, Staying Put and Staying Close planned ahead, a joint "
        "housing protocol, and with partners a health transition plan, college and "
        "apprenticeship places, the county's employment plan, one local offer and the number "
        "of personal advisers needed. Performance management in regard to care leavers "
        "(information about young people's experiences and progress, used to manage the "
        "service) is answered by nothing: no action gathers, reports or uses data, measures or "
        "targets about care leavers, and the panels' Progress lines say nothing of it. Hard "
        "decoys for that ask, both in the last theme: orphan 15 ('Performance management for "
        "all staff': appraisals under the council's 'performance management framework') is "
        "about staff, not care leavers; orphan 16 ('Front door performance dashboard': "
        "'information' on contacts waiting in the MASH) is about the front door. A phrase of R1 "
        "in an orphan: orphan 17 ('Celebrating achievement', an awards evening for children in "
        "care and 'care leavers') plans nothing and is not linked. Orphan 14 ('A shorter "
        "pathway plan') answers a finding in the body of the report (the pathway plan template) "
        "and plans individual young people's care, not the service: not linked. Orphans 14-22 "
        "are the whole of the last theme (also foster carer recruitment, independent visitors, "
        "online education plans, the old case record, the National Transfer Scheme). 'action N' "
        "means haddiscombe-N, numbered down the page: 1-4 the first theme, 5-8 the second, "
        "9-13 the list, 14-22 the last theme. The plan's own names: the Next Chapter Forum (of "
        "care leavers), Compass (the case record), Haddiscombe College, Haddiscombe Clinical "
        "Commissioning Group."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Corringmere - Markdown from markitdown of an Excel tracker, answering Thurrock
# 2019-12-20 (ILACS, 3). Sheets Guidance, Action plan, Lookups; the title row as the table
# header, the real header as the first data row; priority rows; NaN; pandas date strings.
# ---------------------------------------------------------------------------------------------

CM_PRIORITIES = {  # number: the priority row's Ref cell, in the council's words and order
    1: "Priority 1 \u2013 Missing and exploitation",
    2: "Priority 2 \u2013 Children in care and care leavers",
    3: "Priority 3 \u2013 Disabled children and early help",
    4: "Priority 4 \u2013 Workforce",
}
CM_LINKED = 1


def cm_actions():
    acts = []

    def add(pri, ref, text, lead, target, rag, links=()):
        """A row of the Action plan sheet: Ref, Action, Lead, Target date, RAG as the workbook
        holds them (``target`` a date, or text; None an empty cell)."""
        if isinstance(target, date):
            shown = f"{target:%Y-%m-%d} 00:00:00"
        else:
            shown = target or ""
        acts.append(A(text, lead or "", shown, links, [], False, row=ref,
                      section=CM_PRIORITIES[pri], objective=None, pri=pri, target=target,
                      rag=rag))

    # Priority 1 - Missing and exploitation (R3, the systems ask); a passing mention of R2
    add(1, "1.1", "Bring the Missing Children Panel and the MACE panel together as one weekly "
        "Exploitation and Missing Panel, with one agenda and one set of minutes",
        "Head of Safeguarding", date(2020, 3, 31), "G",
        links=[(3, "j", "h", "the two panels merged: the systems for missing and exploited "
                "children aligned")])
    add(1, "1.2", "One list on Beacon of every child who is missing or at risk of exploitation, "
        "replacing the separate spreadsheets kept by the MASH, the Youth Offending Service and "
        "the police",
        "Beacon Systems Lead", date(2020, 4, 30), "A",
        links=[(3, "j", "h", "one shared record replacing three: the systems aligned")])
    add(1, "1.3", "One screening tool for sexual and criminal exploitation, used by all "
        "agencies, in place of the separate CSE and gangs checklists",
        "Head of Safeguarding", date(2020, 3, 31), "G",
        links=[(3, "j", "h", "one way of identifying risk of both kinds of exploitation, "
                "across agencies")])
    add(1, "1.4", "Police missing notifications to go straight into Beacon overnight, so the "
        "duty manager sees every missing episode the same morning",
        "MASH Team Manager", date(2020, 2, 29), "C",
        links=[(3, "j", "h", "police and council information on missing children joined up "
                "the same day")])
    add(1, "1.5", "Map the places and groups where young people are being drawn into crime or "
        "abused, with the Community Safety Partnership, and agree a disruption plan for each",
        "Contextual Safeguarding Lead", date(2020, 6, 30), "A",
        links=[(3, "j", "m", "contextual work with partners that makes the response to "
                "exploitation more effective")])
    add(1, "1.6", "Information-sharing agreement on exploitation between children's social "
        "care, the police, the Youth Offending Service, schools and health",
        "Partnership Business Manager", date(2020, 5, 31), "R",
        links=[(3, "j", "h", "the agencies' systems allowed to share what they know about "
                "exploitation")])
    add(1, "1.7", "Every unaccompanied asylum-seeking child screened for trafficking on arrival, "
        "with the result passed to the nurse who completes their initial health assessment",
        "UASC Team Manager", date(2020, 4, 30), "G",
        links=[(3, "j", "m", "trafficking screening for newly arrived children: part of the "
                "response to exploitation")])
    add(1, "1.8", "Training for taxi drivers, hotel and takeaway staff on spotting a child who "
        "is being exploited, and who to call",
        None, date(2020, 9, 30), "A",
        links=[(3, "j", "m", "the community's part in the system that finds exploited "
                "children")])
    add(1, "1.9", "An analyst in the MASH to pull together police, school and council "
        "information and find patterns in where and when children go missing",
        "Performance and Intelligence Manager", "Ongoing", "G",
        links=[(3, "j", "h", "intelligence joined up across agencies to make the response "
                "more effective")])
    add(1, "1.10", "Quarterly report to the Safeguarding Partnership on whether risk has come "
        "down for the children on the panel's list",
        "Head of Safeguarding", date(2020, 7, 31), "G",
        links=[(3, "j", "h", "the effectiveness of the missing and exploitation response "
                "checked for the partnership")])
    add(1, "1.11", "Audit ten cases from the panel each quarter to check that its actions were "
        "carried out and made the child safer",
        "Quality Assurance Manager", date(2020, 6, 30), "A",
        links=[(3, "j", "h", "whether the panel's work is effective, tested case by case")])

    # Priority 2 - Children in care and care leavers (orphans; decoys)
    add(2, "2.1", "Recruit 20 new foster carers for teenagers", "Fostering Service Manager",
        date(2021, 3, 31), "A")
    add(2, "2.2", "Life story books for every child with a plan for adoption or long-term "
        "fostering, so that children can tell their own stories as they grow up",
        "Permanence Team Manager", date(2020, 12, 31), "G")
    add(2, "2.3", "Staying Put allowance for carers to stay the same after the young person "
        "turns 18", "Head of Corporate Parenting", date(2020, 4, 1), "C")
    add(2, "2.4", "Adult Community College to run free budgeting and cooking courses for care "
        "leavers, with a named tutor", "Leaving Care Team Manager", date(2020, 9, 30), "G")
    add(2, "2.5", "Children in Care Council to meet the Lead Member every quarter",
        "Participation Officer", "tbc", None)
    add(2, "2.6", "New pocket money and savings policy for children in care",
        "Head of Corporate Parenting", date(2020, 6, 30), "A")

    # Priority 3 - Disabled children and early help (orphans; a decoy)
    add(3, "3.1", "Summer transition programme for disabled young people moving from primary "
        "to secondary school, planned with SENCOs a term earlier than now",
        "Disabled Children's Team Manager", date(2020, 7, 31), "G")
    add(3, "3.2", "Saturday club for disabled children at the Marsh Road centre",
        "Short Breaks Coordinator", date(2020, 5, 31), "G")
    add(3, "3.3", "Two Triple P parenting courses each term in each locality",
        "Early Help Manager", None, None)
    add(3, "3.4", "Open the third family hub, at Eastwick library", "Head of Early Help",
        date(2020, 10, 31), "R")

    # Priority 4 - Workforce (orphans)
    add(4, "4.1", "Recruit eight permanent social workers and bring agency staff below 15%",
        "Workforce Development Manager", date(2020, 12, 31), "A")
    add(4, "4.2", "ASYE programme for 12 newly qualified social workers, with protected "
        "caseloads", "Principal Social Worker", date(2020, 9, 1), "G")
    add(4, "4.3", "Move the monthly service reports from spreadsheets to Power BI", None,
        "Ongoing", "G")
    return acts


CM = {
    "name": "corringmere", "ext": "md", "report": TH_REPORT, "recs": th_recs,
    "pages": TH_PAGES, "council": "Corringmere Borough Council",
    "actions": cm_actions, "bounds": (20, 30),
    "expected": {1: "uncovered", 2: "weak", 3: "weak"},
    "unanswered": [1], "passing": [2], "partial": [3],
    "orphans": list(range(12, 25)),
    "miscited": [],
    "passing_phrase": {2: (7, "initial health assessment")},
    "mentions": {},
    "decoys": {1: [15, 18]},
    "ask_decoys": {3: [13]},
    "asks": {3: [("alignment and effectiveness of the systems that support children at risk of "
                  "criminal and sexual exploitation and children missing from home and care",
                  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
                 ("ensure that children can tell their stories (return home interviews and "
                  "other ways for missing and exploited children to be heard)", [])]},
    "notes": (
        "Markdown as Microsoft's markitdown writes it from an Excel workbook: for each sheet a "
        "'## <SheetName>' heading and the sheet as a pipe table, in sheet order 'Guidance', "
        "'Action plan', 'Lookups'. 'Guidance' (notes for action owners, with the RAG key) and "
        "'Lookups' (the dropdown lists: RAG values, leads, priorities; shorter columns padded "
        "with 'NaN') are not the plan. In 'Action plan' the workbook's title row (A1 'CORRINGMERE "
        "BOROUGH COUNCIL', B1 the plan's title, C1-E1 blank) became the table's header row, its "
        "blank cells 'Unnamed: 2', 'Unnamed: 3', 'Unnamed: 4'; the REAL header, Ref | Action | "
        "Lead | Target date | RAG, is the table's FIRST DATA ROW. A priority row has only its "
        "Ref cell filled ('Priority 1 \u2013 Missing and exploitation', ...; 'NaN' in the other "
        "four cells): 'section' is that cell as written. Then one row per action: 'row' is the "
        "Ref ('1.1' ... '4.3', the council's own numbering, which cites no recommendation: "
        "priority 1 answers R3), 'text' the Action cell, 'leads_raw' the Lead cell, 'date_raw' "
        "the Target date cell as written: a date shows as pandas writes it, '2020-03-31 "
        "00:00:00'; text stays as typed ('Ongoing', 'tbc'); 'NaN' is an empty cell, recorded "
        "as ''. Empty Lead cells: action 8 ('Training for taxi drivers') and orphan 24 ('Move "
        "the monthly service reports'); empty Target date: orphan 20 ('Two Triple P parenting "
        "courses'); text dates: action 9 ('An analyst in the MASH', 'Ongoing'), orphan 16 "
        "('Children in Care Council to meet', 'tbc'), orphan 24 ('Move the monthly service "
        "reports', 'Ongoing'). The RAG cell (R, "
        "A, G, C; 'NaN' where not yet rated) is a status, not part of the action. 'objective' "
        "null. Nothing cites a recommendation number: explicit_refs is [] everywhere and every "
        "link is judged. The report has three items; meeting the three designed gaps leaves "
        "none to be covered, so every link goes to R3's first ask. Hard unanswered: R1 "
        "(planned transitions and closer collaboration with adult services earlier for "
        "disabled young people and care leavers): nothing is aimed at it; orphan 15 ('Adult "
        "Community College to run free budgeting and cooking courses for care leavers') shares "
        "'adult' and 'care leavers' but is a course, not transition planning with adult "
        "services; orphan 18 ('Summer transition programme for disabled young people', "
        "'planned' a term 'earlier') is the move from primary to secondary school, not to "
        "adulthood. Passing: R2 (timeliness of initial health assessments) is touched only by "
        "action 7 ('Every unaccompanied asylum-seeking child screened for trafficking', aimed "
        "at R3), whose result is passed to the nurse who completes the child's 'initial health "
        "assessment': nothing changes when the assessments happen; weak, no link. Partly "
        "answered (see asks): R3: the alignment and effectiveness of the systems for children "
        "at risk of sexual and criminal exploitation and missing children is answered by "
        "actions 1-11 (one panel, one list, one screening tool, police notifications, "
        "contextual mapping, information sharing, trafficking screening, community training, "
        "an analyst, a quarterly report, case audits); that children can tell their stories "
        "(return home interviews, being heard) by nothing: no linked action offers an interview, "
        "a conversation or a way for the child to be heard; ask decoy: orphan 13 ('Life story "
        "books', so that children 'can tell their own stories' as they grow up) is life story "
        "work for children being adopted or fostered long term; weak. Orphans 12-24: every row "
        "of priorities 2, 3 and 4 (also foster carer recruitment, the Staying Put allowance, "
        "the Children in Care Council, pocket money, a Saturday club, Triple P, a family hub, "
        "recruitment, the ASYE programme, Power BI). 'action N' means corringmere-N, numbered "
        "down the Action plan sheet: 1-11 are refs 1.1-1.11, 12-17 refs 2.1-2.6, 18-21 refs "
        "3.1-3.4, 22-24 refs 4.1-4.3. The plan's own names: Beacon (the case record), the "
        "Marsh Road centre, Eastwick library, the Adult Community College."),
}

PLANS = [HD, CM]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its number
# ---------------------------------------------------------------------------------------------

def build_av(plan, set_name="av"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

HD_SITE = "https://www.haddiscombe.example"
HD_MENU = {  # mega-menu: column heading -> links
    "Children, families and education": [
        "Schools and admissions", "Childcare and early years", "Special educational needs",
        "Children in care and care leavers", "Fostering and adoption",
        "Worried about a child?", "Family hubs"],
    "Adult social care": ["Getting help at home", "Carers", "Care homes", "Paying for care"],
    "Roads and transport": ["Report a pothole", "Bus passes", "Roadworks", "Parking permits"],
    "Council and democracy": ["Councillors and committees", "Budgets and spending",
                              "Plans and strategies", "Consultations", "Jobs"],
}
HD_INTRO = [
    "In April 2019 inspectors looked at our services for children and families. They found "
    "them outstanding overall, and the help for children in care and young people leaving "
    "care good. They asked us to improve how we plan for care leavers and how we manage the "
    "performance of the service for them.",
    "This page sets out what we are doing. Select a title to see the detail, who is leading "
    "the work and how it is going. We update the page every two months.",
]
HD_FOOTER = {
    "About this site": ["Accessibility statement", "Cookies", "Privacy notice", "Terms of use"],
    "Contact us": ["Customer service centre", "Report a problem", "Complaints", "Our offices"],
    "Follow us": ["Facebook", "Twitter", "YouTube", "Email updates"],
}


def _slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def _e(s):
    return html.escape(s, quote=True)


def hd_li_tail(a):
    """The bracket closing a <ul> item: "(Lead, Month Year)", or "(Lead)" with no date."""
    return f"({a['lead']}, {a['date']})" if a["date"] else f"({a['lead']})"


def write_hd(plan, acts, path):
    o = []
    w = o.append
    w('<!DOCTYPE html>\n<html lang="en-GB" class="no-js">\n<head>\n<meta charset="utf-8">\n'
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
      '<title>Care leavers: our improvement plan 2019 to 2021 | Haddiscombe County Council'
      '</title>\n<meta name="generator" content="Civica Jadu CXM">\n'
      f'<link rel="canonical" href="{HD_SITE}/care-leavers-improvement-plan">\n'
      '<link rel="stylesheet" href="/site/styles/main.css?v=4.2.1">\n'
      '<script>document.documentElement.className = "js";</script>\n</head>\n<body>\n')
    w('<div class="cookie-banner" role="region" aria-label="Cookies on this website">\n'
      '<p>We use some essential cookies to make this website work. We\u2019d also like to set '
      'analytics cookies to help us improve it.</p>\n<button type="button" '
      'class="btn btn--primary">Accept analytics cookies</button> <button type="button" '
      'class="btn">Reject analytics cookies</button> <a href="/cookies">View cookies</a>\n'
      '</div>\n')
    w('<a href="#main-content" class="skip-link">Skip to main content</a>\n')
    w('<header class="site-header">\n<div class="site-header__inner">\n'
      '<a href="/" class="site-header__logo"><img src="/site/images/logo.svg" '
      'alt="Haddiscombe County Council homepage" width="180" height="48"></a>\n'
      '<form class="site-search" action="/site/scripts/google_results.php" method="get" '
      'role="search">\n<label for="q" class="visually-hidden">Search this site</label>\n'
      '<input type="search" id="q" name="q" placeholder="Search">\n'
      '<button type="submit">Search</button>\n</form>\n</div>\n')
    w('<nav class="mega-menu" aria-label="Main menu">\n<ul class="mega-menu__list">\n')
    for k, (head, links) in enumerate(HD_MENU.items(), 1):
        w(f'<li class="mega-menu__item"><button type="button" class="mega-menu__toggle" '
          f'aria-expanded="false" aria-controls="mega-{k}">{_e(head)}</button>\n'
          f'<div class="mega-menu__panel" id="mega-{k}" hidden>\n<ul>\n')
        for t in links:
            w(f'<li><a href="/{_slug(head)}/{_slug(t)}">{_e(t)}</a></li>\n')
        w('</ul>\n</div>\n</li>\n')
    w('</ul>\n</nav>\n</header>\n')
    w('<nav class="breadcrumbs" aria-label="Breadcrumb">\n<ol>\n<li><a href="/">Home</a></li>\n'
      '<li><a href="/children-families-and-education">Children, families and education</a>'
      '</li>\n<li><a href="/children-families-and-education/children-in-care-and-care-leavers">'
      'Children in care and care leavers</a></li>\n<li aria-current="page">Care leavers '
      'improvement plan</li>\n</ol>\n</nav>\n')
    w('<main id="main-content" class="main" tabindex="-1">\n<article class="editor">\n'
      '<h1>Care leavers: our improvement plan 2019 to 2021</h1>\n'
      '<div class="page-tools"><button type="button" class="print-link" '
      'onclick="window.print()">Print this page</button></div>\n')
    for p in HD_INTRO:
        w(f'<p>{_e(curly(p))}</p>\n')
    for group in _groups(acts, lambda a: a["extra"]["theme"]):
        t = group[0]["extra"]["theme"]
        h2, intro = HD_THEMES[t]
        w(f'<h2 id="{_slug(h2)}">{_e(curly(h2))}</h2>\n<p>{_e(curly(intro))}</p>\n')
        if t == HD_LIST:
            w('<ul>\n')
            for a in group:
                w(f'<li>{_e(a["text"])} {_e(hd_li_tail(a))}</li>\n')
            w('</ul>\n')
            continue
        w(f'<div class="accordion" data-module="accordion" id="accordion-{t}">\n'
          f'<div class="accordion__controls"><button type="button" class="accordion__show-all" '
          f'aria-expanded="false">Show all sections</button></div>\n')
        for a in group:
            x = a["extra"]
            n = acts.index(a) + 1
            w(f'<div class="accordion__section">\n<h3 class="accordion__heading">'
              f'<button type="button" id="accordion-{t}-heading-{n}" class="accordion__button" '
              f'aria-expanded="false" aria-controls="accordion-{t}-content-{n}">'
              f'{_e(x["title"])}</button></h3>\n'
              f'<div class="accordion__content" id="accordion-{t}-content-{n}" role="region" '
              f'aria-labelledby="accordion-{t}-heading-{n}" hidden>\n')
            for p in x["paras"]:
                w(f'<p>{_e(p)}</p>\n')
            w(f'<dl class="action-meta">\n<dt>Lead</dt>\n<dd>{_e(a["lead"])}</dd>\n'
              f'<dt>Deadline</dt>\n<dd>{_e(a["date"])}</dd>\n<dt>Progress</dt>\n'
              f'<dd>{_e(x["progress"])}</dd>\n</dl>\n</div>\n</div>\n')
        w('</div>\n')
    w('<p class="last-updated">Last updated: 14 October 2019</p>\n</article>\n')
    w('<aside class="feedback" aria-label="Page feedback">\n<h2 class="feedback__title">'
      'Was this page helpful?</h2>\n<button type="button" class="feedback__yes">Yes</button>\n'
      '<button type="button" class="feedback__no" aria-expanded="false" '
      'aria-controls="feedback-form">No</button>\n<form id="feedback-form" '
      'class="feedback__form" action="/site/scripts/feedback.php" method="post" hidden>\n'
      '<label for="feedback-text">How could we improve this page?</label>\n'
      '<textarea id="feedback-text" name="comments" rows="4"></textarea>\n'
      '<p class="hint">Do not include personal information. We cannot reply to comments left '
      'here.</p>\n<button type="submit">Send feedback</button>\n</form>\n</aside>\n</main>\n')
    w('<footer class="site-footer">\n<div class="site-footer__columns">\n')
    for head, links in HD_FOOTER.items():
        w(f'<div class="site-footer__column">\n<h2>{_e(head)}</h2>\n<ul>\n')
        for t in links:
            w(f'<li><a href="/{_slug(t)}">{_e(t)}</a></li>\n')
        w('</ul>\n</div>\n')
    w('</div>\n<p class="site-footer__copyright">&copy; Haddiscombe County Council 2019</p>\n'
      '</footer>\n<script src="/site/javascript/accordion.js?v=4.2.1"></script>\n'
      '</body>\n</html>\n')
    path.write_text("".join(o), encoding="utf-8")


CM_TITLE = ("CORRINGMERE BOROUGH COUNCIL",
            "Children's Services Improvement Plan 2020\u201321 (following the inspection "
            "of November 2019)")
CM_HEADER = ("Ref", "Action", "Lead", "Target date", "RAG")
CM_GUIDANCE = [
    "Guidance for action owners",
    "This workbook is the single version of the improvement plan. Please do not save copies.",
    "Update the RAG column by the 25th of each month. The plan goes to the Improvement Board "
    "on the first Tuesday of the month.",
    "RAG key: R = off track, A = some slippage, G = on track, C = complete.",
    "Do not change the Ref of an action. New actions go at the bottom of their priority with "
    "the next number.",
    "Target dates can only be moved with the agreement of the Director of Children's "
    "Services.",
    "Questions to the Children's Services Improvement Officer, extension 4417.",
]
CM_LOOKUPS = {
    "RAG": ["R", "A", "G", "C"],
    "Lead": ["Head of Safeguarding", "Head of Corporate Parenting", "Head of Early Help",
             "MASH Team Manager", "Fostering Service Manager", "Principal Social Worker",
             "Workforce Development Manager", "Quality Assurance Manager"],
    "Priority": [CM_PRIORITIES[k] for k in sorted(CM_PRIORITIES)],
}


def _md_table(rows):
    """A pipe table as markitdown writes a sheet: the first row the header, then '---' cells."""
    out = ["| " + " | ".join(rows[0]) + " |", "| " + " | ".join("---" for _ in rows[0]) + " |"]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(out)


def cm_rows(acts):
    """The Action plan sheet as pandas reads it: the header from the title row, then the real
    header, the priority rows and the action rows, empty cells 'NaN'."""
    header = [CM_TITLE[0], CM_TITLE[1]] + [f"Unnamed: {k}" for k in range(2, len(CM_HEADER))]
    rows = [header, list(CM_HEADER)]
    for group in _groups(acts, lambda a: a["extra"]["pri"]):
        rows.append([group[0]["section"]] + ["NaN"] * (len(CM_HEADER) - 1))
        for a in group:
            x = a["extra"]
            rows.append([a["row"], a["text"], a["lead"] or "NaN", a["date"] or "NaN",
                         x["rag"] or "NaN"])
    return rows


def write_cm(plan, acts, path):
    parts = []
    parts.append("## Guidance\n" + _md_table([[r] for r in CM_GUIDANCE]))
    parts.append("## Action plan\n" + _md_table(cm_rows(acts)))
    cols = list(CM_LOOKUPS)
    depth = max(len(v) for v in CM_LOOKUPS.values())
    look = [cols] + [[CM_LOOKUPS[c][i] if i < len(CM_LOOKUPS[c]) else "NaN" for c in cols]
                     for i in range(depth)]
    parts.append("## Lookups\n" + _md_table(look))
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


WRITERS = {"haddiscombe": write_hd, "corringmere": write_cm}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    # Suffolk has a single item: it is the partly answered one
    "haddiscombe": dict(unanswered=0, passing=0, partial=1, miscited=0, orphans=(6, 12)),
    # Thurrock has three: one each, none left to be covered
    "corringmere": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(8, 16)),
}


def check_recs(plan):
    """The transcribed items: numbered 1..N, clean single-line texts, found word for word and in
    order in the report's block (when the PDF is at hand), with nothing but the bullet glyph
    before each and nothing after the last."""
    recs = plan["recs"]()
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    assert len(recs) == len(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and t.endswith("."), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]
        assert r["page"] in plan["pages"], r["number"]
    spec = BLOCKS[plan["report"]]
    for r, gap in zip(recs, transcribed_gaps(plan, recs, spec) or ()):
        assert gap == spec["label"], (r["number"], gap)
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


# the unanswered ask of haddiscombe's R1: nothing linked measures, reports or manages performance
PERF = re.compile(r"perform|data|measur|target|dashboard|report|monitor|tracking|tracker|audit|"
                  r"scorecard|indicator|KPI|information|outcome", re.I)
# the unanswered ask of corringmere's R3: nothing linked lets children tell their stories
HEARD = re.compile(r"stor(y|ies)|tell|told|voice|interview|return home|listen|heard|own words|"
                   r"conversation|advoca", re.I)
# corringmere's unanswered R1: nothing linked plans transitions or works with adult services
ADULT = re.compile(r"transition|adult|disabled|care leaver|preparing for", re.I)


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
    x = [r["extra"] for r in raw]
    assert lo <= len(acts) <= hi, (name, len(acts))
    d = gold["design"]
    for key in ("unanswered", "passing", "partial", "miscited"):
        assert len(d[key]) == spec[key], (name, key)
    assert spec["orphans"][0] <= len(d["orphans"]) <= spec["orphans"][1], name
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    mine = {a["id"]: {l["rec"] for l in gold["links"] if l["action"] == a["id"]} for a in acts}
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    for r in d["partial"]:  # a partly answered recommendation: 2+ asks, some unanswered
        asks = gold["asks"][r]
        assert len(asks) >= 2 and any(not a["answered_by"] for a in asks), (name, r)
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert re.search(rf"\b{r}\b", d["notes"]), (name, r)
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert phrase in a["text"] and phrase in rec_text[f"R{n}"].lower(), (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert f"R{n}" in d["passing"], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # a recommendation's phrase in an orphan (where the report has too few items for a passing
    # one)
    for n, (k, phrase) in plan["mentions"].items():
        a = ids[pid[k]]
        assert phrase in a["text"] and phrase in rec_text[f"R{n}"], (name, n)
        assert a["id"] in d["orphans"], (name, n)
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one
    for n, orphans in plan["decoys"].items():
        assert f"R{n}" in d["unanswered"], (name, n)
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan["ask_decoys"].items():
        assert f"R{n}" in d["partial"], (name, n)
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert {f"R{n}" for n in plan["decoys"]} == set(d["unanswered"]), name
    assert {f"R{n}" for n in plan["ask_decoys"]} == set(d["partial"]), name
    assert "hard" in d["notes"].lower(), name
    for r in d["unanswered"]:
        assert r not in per_rec, r
    # the notes' "action N ('words" / "orphan N ('words" quote action N's own words
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \('([^']+)", _plain(d["notes"]), re.I)
    assert len(quoted) >= 6, (name, quoted)
    for n, said in quoted:
        assert said in _plain(ids[f"{name}-{n}"]["text"]), (name, n, said)
    for n in re.findall(r"\borphans? (\d+)\b", d["notes"]):
        assert f"{name}-{n}" in d["orphans"], (name, n)
    for a in acts:
        t = a["text"]
        assert "\n" not in t and "\t" not in t and t == t.strip() and "  " not in t, a["id"]
        assert not re.search(r"[<>&*_#`|\[\]]|\u00a0|https?:", t + a["leads_raw"] +
                             a["date_raw"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*)\b", t,
                             re.I), a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
        assert not a["explicit_refs"], a["id"]
        assert "NaN" not in t + a["leads_raw"] + a["date_raw"], a["id"]
    assert all(l["source"] == "judged" for l in gold["links"]), name
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing or not dates
    assert any(not a["leads_raw"] or a["leads_raw"].lower().startswith("to be")
               for a in acts), name
    assert any(not a["date_raw"] or a["date_raw"].lower() in ("tbc", "ongoing")
               for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    for i, a in enumerate(acts, 1):  # the notes name every action without a lead or a date
        if (not a["leads_raw"] or not a["date_raw"] or a["date_raw"].lower() == "tbc"
                or a["leads_raw"].lower().startswith("to be")):
            assert re.search(rf"\b(action|orphan) {i} \(", d["notes"], re.I), (name, i)
    if name == "haddiscombe":
        check_hd(gold, plan, acts, x, mine)
    if name == "corringmere":
        check_cm(gold, plan, acts, x, mine)
    return True


def check_hd(gold, plan, acts, x, mine):
    name, d = plan["name"], gold["design"]
    themes = [g[0]["theme"] for g in _groups(x, lambda e: e["theme"])]
    assert themes == sorted(HD_THEMES), themes
    for h2, intro in HD_THEMES.values():
        assert not re.search(r"\d|recommend|ofsted|inspect", h2 + intro, re.I), h2
        assert not PERF.search(h2 + intro), h2
    for a, e in zip(acts, x):
        h2, intro = HD_THEMES[e["theme"]]
        assert a["section"] == curly(h2) and a["objective"] == curly(intro), a["id"]
        assert a["row"] is None, a["id"]
        if e["kind"] == "acc":
            assert e["theme"] != HD_LIST, a["id"]
            assert a["text"] == e["title"] + ". " + " ".join(e["paras"]), a["id"]
            assert len(e["title"].split()) <= 9 and not e["title"].endswith("."), a["id"]
            assert re.fullmatch(r"(On track|Complete|Not started|Delayed|Behind)\.( .+\.)?",
                                e["progress"]), a["id"]
            assert re.fullmatch(r"[A-Z][a-z]+ 20\d\d|tbc|Ongoing", a["date_raw"]), a["id"]
        else:
            assert e["theme"] == HD_LIST and a["leads_raw"], a["id"]
            assert re.fullmatch(r"([A-Z][a-z]+ 20\d\d|ongoing)?", a["date_raw"]), a["id"]
        if e["theme"] == HD_OTHER:
            assert a["id"] in d["orphans"], a["id"]
        else:
            assert mine[a["id"]] == {"R1"}, a["id"]
            # the unanswered ask: nothing linked (nor its Progress) measures or reports
            assert not PERF.search(a["text"] + e.get("progress", "")), a["id"]
    assert {a["id"] for a, e in zip(acts, x) if e["theme"] == HD_OTHER} == set(d["orphans"])
    lis = [a for a, e in zip(acts, x) if e["kind"] == "li"]
    assert 4 <= len(lis) <= 8, name
    assert any("," in a["leads_raw"] for a in lis), name  # a lead with a comma of its own
    assert any(not a["date_raw"] for a in lis), name
    assert any(a["date_raw"] == "ongoing" for a in lis), name
    assert any(len(e.get("paras", ())) == 2 for e in x), name
    assert gold["expected"] == {"R1": "weak"} and d["partial"] == ["R1"], name
    # the page's introduction names performance (it paraphrases the report), the themes don't
    assert PERF.search(" ".join(HD_INTRO)), name


def check_cm(gold, plan, acts, x, mine):
    name, d = plan["name"], gold["design"]
    pris = [g[0]["pri"] for g in _groups(x, lambda e: e["pri"])]
    assert pris == sorted(CM_PRIORITIES), pris
    refs = [a["row"] for a in acts]
    assert len(set(refs)) == len(refs), refs
    for a, e in zip(acts, x):
        assert a["section"] == CM_PRIORITIES[e["pri"]], a["id"]
        assert re.fullmatch(rf"{e['pri']}\.\d+", a["row"]), a["id"]
        assert re.fullmatch(r"(20\d\d-\d\d-\d\d 00:00:00|Ongoing|tbc)?", a["date_raw"]), a["id"]
        assert e["rag"] in (None, "R", "A", "G", "C"), a["id"]
        assert not a["text"].endswith("."), a["id"]
        if e["pri"] == CM_LINKED:
            assert mine[a["id"]] == {"R3"}, a["id"]
            assert not HEARD.search(a["text"]), a["id"]  # R3's unanswered ask
            assert not ADULT.search(a["text"]), a["id"]  # the unanswered R1
        else:
            assert a["id"] in d["orphans"], a["id"]
    # R2 only in passing: no linked action speaks of health assessments but the one named
    for a in acts:
        if mine[a["id"]] and a["id"] != f"{name}-{plan['passing_phrase'][2][0]}":
            assert not re.search(r"health assessment", a["text"], re.I), a["id"]
    rows = cm_rows(plan["actions"]())
    assert rows[1] == list(CM_HEADER) and rows[0][2:] == ["Unnamed: 2", "Unnamed: 3",
                                                          "Unnamed: 4"], rows[:2]
    assert all(len(r) == len(CM_HEADER) for r in rows), name
    assert any(a["date_raw"].endswith("00:00:00") for a in acts), name
    assert any(e["rag"] is None for e in x), name
    assert gold["expected"] == {"R1": "uncovered", "R2": "weak", "R3": "weak"}, name


if __name__ == "__main__":
    main(sys.argv[1:], "av", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_av)
