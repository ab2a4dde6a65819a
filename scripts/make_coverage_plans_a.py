"""Write five fictional improvement plans for the coverage/linking gold (set "a").

Each plan answers one real Ofsted report in ../shared/corpus/ofsted-reports/ and is
written as a council would publish it, in a different format:

  lindenmoor.docx   London Borough of Lindenmoor   -> camden-80491/2017-11-24.pdf
                    landscape Word table, Ofsted recommendation cited on about half the rows
  westerhay.xlsx    Westerhay County Council       -> devon-80461/2020-03-17.pdf
                    one-sheet tracker, no recommendation numbers
  saltmere.docx     Saltmere Council               -> north-somerset-80528/2017-08-25.pdf
                    narrative plan: heading per priority, action paragraphs with Lead:/By: lines
  calverlow.md      Calverlow Borough Council      -> blackburn-with-darwen-80430/2022-03-18.pdf
                    Markdown as a converter would produce it: headings, pipe tables, a bullet list
  carrowmouth.html  Carrowmouth City Council       -> plymouth-80538/2024-03-15.pdf
                    simple HTML table as published on a council website, a few rows cite numbers

All councils, people and programmes are fictional. The plan content is held below as
data; the gold annotations in corpus/gold/coverage/a/ were written by hand from this
content (links, statuses and the deliberate gaps are described there, not here).

Output is deterministic: fixed document properties and fixed zip member timestamps,
so re-running the script gives byte-identical files.

Usage: python scripts/make_coverage_plans_a.py [--out corpus/coverage/a]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import re
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Plan 1: London Borough of Lindenmoor (answers Camden, November 2017)
# Landscape Word table. Columns: Ref | Ofsted ref | Objective | Action | Lead | Timescale | RAG
# ---------------------------------------------------------------------------

LINDENMOOR = {
    "title": "London Borough of Lindenmoor",
    "subtitle": "Children and Families Improvement Plan 2018\u201319",
    "intro": [
        "Our response to the Ofsted inspection of services for children in need of help and "
        "protection, children looked after and care leavers, and the review of the Lindenmoor "
        "Safeguarding Children Board (report published November 2017).",
        "The plan is owned by the Children\u2019s Services Senior Management Team. Progress is "
        "reported every two months to the Improvement and Assurance Board, chaired by the "
        "Director of Children\u2019s Services. Where an action responds directly to one of "
        "Ofsted\u2019s recommendations, the recommendation number is shown in the \u2018Ofsted "
        "ref\u2019 column.",
        "Version 1.3 \u2013 19 January 2018",
    ],
    "rag_key": "RAG key: Green \u2013 on track; Amber \u2013 some slippage; Red \u2013 off track; "
               "Blue \u2013 complete.",
    "columns": ["Ref", "Ofsted ref", "Objective", "Action", "Lead", "Timescale", "RAG"],
    "sections": [
        {
            "heading": "Priority 1 \u2013 Help for children makes a difference quickly enough",
            "objective": "We know, for every child on a plan, whether our help is working",
            "rows": [
                ("1.1", "Rec 1",
                 "Set up a monthly Progress Panel, chaired by the Head of Service, to look at every "
                 "child who has been on a child in need or child protection plan for nine months or "
                 "more and test whether the plan is actually changing things for the child.",
                 "Head of Service, Safeguarding and Family Support", "January 2018", "Green"),
                ("1.2", "",
                 "Add an \u2018Is this working?\u2019 section to the Thinking Together reflective "
                 "discussion template so that slow progress is named and a revised plan, with dates, "
                 "is agreed.",
                 "Dr Ruth Halloran, Principal Social Worker", "February 2018", "Green"),
                ("1.3", "Rec 1",
                 "Produce a monthly list of children on long-running or repeat plans (child "
                 "protection plan over 12 months, second or subsequent plan, child in need plan over "
                 "18 months) for the Children\u2019s Senior Management Team to review.",
                 "Head of Performance and Intelligence", "31/03/2018", "Green"),
                ("1.4", "",
                 "Child protection chairs to record at every review conference a clear view on "
                 "whether risks are reducing fast enough, and to raise a practice alert with the "
                 "team manager where agreed work has not been done.",
                 "Service Manager, Child Protection Chairs", "Immediate", "Green"),
                ("1.5", "Rec 1",
                 "Start the Early Adolescence Project for 10 to 13 year olds living with long-term "
                 "neglect (DfE Innovation Programme), with an independent evaluation of its impact "
                 "at 6 and 12 months.",
                 "Service Manager, Innovation Programme", "September 2018", "Amber"),
            ],
        },
        {
            "heading": "Priority 2 \u2013 Management oversight is clear on every child\u2019s record",
            "objective": "Case directions are timely, explain the reasons for decisions and are "
                         "recorded on the child\u2019s file",
            "rows": [
                ("2.1", "Rec 2",
                 "Issue a revised Management Oversight Standard: every case direction recorded on "
                 "Mosaic within five working days, stating what is to be done, by whom, by when and "
                 "why.",
                 "Dr Ruth Halloran, Principal Social Worker", "January 2018", "Blue"),
                ("2.2", "",
                 "Create a \u2018management oversight\u2019 case note type and a group supervision "
                 "record in Mosaic so that decisions from reflective group supervision appear on "
                 "each child\u2019s file.",
                 "Mosaic Business Systems Lead", "31/03/2018", "Amber"),
                ("2.3", "Rec 3",
                 "Heads of Service to audit five case directions per team each month for timeliness "
                 "and quality; findings reported to the Quality Assurance Board.",
                 "Head of Quality Assurance", "Monthly from February 2018", "Green"),
                ("2.4", "",
                 "Run \u2018Recording that Matters\u2019 workshops for all team managers and senior "
                 "practitioners.",
                 "Workforce Development Manager", "April 2018", "Amber"),
            ],
        },
        {
            "heading": "Priority 3 \u2013 We know how quickly children are seen",
            "objective": "Timeliness of visits in early help and child in need work is monitored "
                         "routinely",
            "rows": [
                ("3.1", "Rec 3",
                 "Add two new measures to the monthly children\u2019s services scorecard: first visit "
                 "within 10 working days of an early help referral, and child in need visits in line "
                 "with the frequency set in the plan.",
                 "Head of Performance and Intelligence", "February 2018", "Green"),
                ("3.2", "Rec 2",
                 "Build a team-level dashboard listing early help families and children in need not "
                 "seen within timescale, sent weekly to team managers with a short commentary on "
                 "trends.",
                 "Business Intelligence Manager", "Q1 2018/19", "Amber"),
                ("3.3", "",
                 "Early help and family support service managers to review visit timeliness at the "
                 "monthly performance clinic and agree a recovery plan with any team below 85%.",
                 "Head of Early Help and Family Support", "Monthly", "Green"),
            ],
        },
        {
            "heading": "Priority 4 \u2013 Advocacy is easy to get",
            "objective": "Children, including children in care, and their parents know about "
                         "independent advocacy and can use it",
            "rows": [
                ("4.1", "Rec 4",
                 "Recommission the independent advocacy service from April 2018 to include "
                 "non-instructed advocacy for younger and disabled children and an advocate for "
                 "parents at child protection conferences.",
                 "Commissioning Manager, Children\u2019s Services", "April 2018", "Amber"),
                ("4.2", "Rec 4",
                 "Social workers to offer an advocate with every initial child protection conference "
                 "invitation and before every child in care review, and record the offer on Mosaic.",
                 "Head of Service, Children in Care / Service Manager, Child Protection Chairs",
                 "March 2018", "Green"),
                ("4.3", "",
                 "Co-produce with the Children in Care Council a \u2018Know your rights\u2019 advocacy "
                 "leaflet and short film aimed at children under 16.",
                 "Sam Osei, Participation Lead", "by end of June 2018", "Amber"),
                ("4.4", "Rec 4",
                 "Report take-up of advocacy every quarter (children under 16, children in care, "
                 "parents) to the Corporate Parenting Board.",
                 "Commissioning Manager, Children\u2019s Services", "Quarterly from July 2018",
                 "Green"),
            ],
        },
        {
            "heading": "Priority 5 \u2013 Children in care have their health needs understood early",
            "objective": "Initial health assessments happen on time for every child coming into care",
            "rows": [
                ("5.1", "Rec 6",
                 "Social workers to send the initial health assessment request, with parental "
                 "consent, to the Looked After Children Health Team within two working days of a "
                 "child coming into care.",
                 "Head of Service, Children in Care", "Immediate", "Green"),
                ("5.2", "Rec 6",
                 "Weekly IHA tracker reviewed jointly by the Head of Service and the Designated "
                 "Nurse; any assessment not booked within 10 working days escalated to the Assistant "
                 "Director.",
                 "Designated Nurse for Looked After Children (CCG)", "January 2018", "Green"),
                ("5.3", "",
                 "Introduce a single consent form for health assessments that is signed when a child "
                 "becomes looked after, so that consent no longer holds up the referral.",
                 "Service Manager, Children in Care", "Complete", "Blue"),
                ("5.4", "Rec 6",
                 "IROs to check at the first child in care review that the initial health "
                 "assessment has taken place and that the child has been offered an advocate, and "
                 "to raise a practice alert if not.",
                 "IRO Service Manager", "March 2018", "Green"),
                ("5.5", "",
                 "Joint briefing for social workers and managers on the health assessment pathway, "
                 "delivered with the LAC health team during Practice Week.",
                 "Designated Doctor for Looked After Children", "May 2018", "Amber"),
                ("5.6", "Rec 6",
                 "Designated Nurse to present a quarterly health report to the Corporate Parenting "
                 "Board covering IHA and review health assessment timeliness, dental checks and "
                 "immunisations, with a short update on care leavers\u2019 health histories.",
                 "Designated Nurse for Looked After Children (CCG)", "Quarterly", "Green"),
            ],
        },
        {
            "heading": "Priority 6 \u2013 Corporate parenting",
            "objective": "Children in care live in good homes and their achievements are celebrated",
            "rows": [
                ("6.1", "",
                 "Regulation 44 independent visitor reports for Linden House and Fernside "
                 "children\u2019s homes to be reviewed monthly by the Registered Manager and "
                 "summarised for the Corporate Parenting Board each quarter.",
                 "Head of Residential and Placement Services", "Ongoing", "Green"),
                ("6.2", "",
                 "Children in Care Council summer fun day and the annual Lindenmoor Stars awards for "
                 "children in care and care leavers.",
                 "Sam Osei, Participation Lead", "July 2018", "Green"),
            ],
        },
        {
            "heading": "Priority 7 \u2013 Workforce, learning and systems",
            "objective": "Staff have the training, recognition and systems they need",
            "rows": [
                ("7.1", "",
                 "Publish the 2018/19 multi-agency training calendar with the Safeguarding Children "
                 "Board, including domestic abuse, risk assessment and safety planning courses.",
                 "LSCB Business Manager", "April 2018", "Green"),
                ("7.2", "",
                 "Upgrade Mosaic and introduce single sign-on for all children\u2019s social care "
                 "staff.",
                 "Head of ICT Business Partnering", "TBC", "Amber"),
                ("7.3", "",
                 "Hold the first Lindenmoor Social Work Recognition Awards on World Social Work Day.",
                 "Director of Children\u2019s Services", "20/03/2018", "Blue"),
                ("7.4", "",
                 "Run a foster carer recruitment campaign in the borough and neighbouring boroughs, "
                 "promoting the council tax exemption for Lindenmoor foster carers.",
                 "Fostering Service Manager", "Ongoing", "Amber"),
            ],
        },
    ],
}

# ---------------------------------------------------------------------------
# Plan 2: Westerhay County Council (answers Devon, March 2020)
# XLSX tracker. Columns: Theme | Action | Owner | Target date | Status | Progress update
# No recommendation numbers anywhere.
# ---------------------------------------------------------------------------

WESTERHAY = {
    "sheet": "Improvement tracker",
    "columns": ["Theme", "Action", "Owner", "Target date", "Status", "Progress update"],
    "rows": [
        ("Care leavers \u2013 accommodation",
         "Review every care leaver and 16/17 year old who is not in settled accommodation "
         "(including sofa surfing, rough sleeping and unregulated placements) and agree a named "
         "senior manager for each young person.",
         "Head of Service, Care Leavers", "Immediate", "Complete",
         "142 young people reviewed; weekly list to DCS."),
        ("Care leavers \u2013 accommodation",
         "Agree a joint housing protocol with the district councils so that care leavers are "
         "treated as priority need and have a housing plan in place from 17\u00bd.",
         "Head of Commissioning / District Housing Leads", "30/09/2020", "On track", ""),
        ("Care leavers \u2013 accommodation",
         "Commission 20 additional supported lodgings and move-on flats, including a step-down "
         "scheme for young people with mental health needs.",
         "Commissioning Manager, Children\u2019s Placements", "March 2021", "At risk",
         "Tender delayed by COVID-19."),
        ("Care leavers \u2013 accommodation",
         "Recruit six additional personal advisers so PA caseloads are no more than 25 and every "
         "young person has a PA and a pathway plan by their 17th birthday.",
         "Head of Service, Care Leavers", "Q3 2020/21", "On track", "Four PAs appointed."),
        ("Care leavers \u2013 accommodation",
         "No 16 or 17 year old to be placed in unregulated provision without Head of Service "
         "sign-off, a support plan and a visit at least every two weeks.",
         "Head of Service, Children in Care", "Immediate", "Complete", ""),
        ("Care leavers \u2013 risk and safety",
         "Introduce a Keeping Safe Plan in every pathway plan, saying how often the young person "
         "will be seen and by whom, reviewed every three months or sooner if things change.",
         "Principal Social Worker", "June 2020", "Complete", ""),
        ("Care leavers \u2013 risk and safety",
         "Set up a monthly high-risk young people panel with police, adult mental health, housing "
         "and substance misuse services to agree safety actions for the care leavers most at risk.",
         "Head of Service, Care Leavers", "May 2020", "Complete", "First panel 14/05/2020."),
        ("Care leavers \u2013 risk and safety",
         "Train all personal advisers in risk assessment, contextual safeguarding and adult "
         "safeguarding thresholds.",
         "Workforce Development Lead", "September 2020", "On track", ""),
        ("Neglect and pre-proceedings",
         "Relaunch the Westerhay Neglect Strategy with Graded Care Profile 2; all social workers "
         "and team managers trained.",
         "Head of Locality Services", "December 2020", "On track", "Virtual training from July."),
        ("Neglect and pre-proceedings",
         "Build a neglect chronology into the case management system and review the cumulative "
         "evidence of neglect in supervision at least every three months.",
         "Head of Locality Services", "January 2021", "Not started", ""),
        ("Neglect and pre-proceedings",
         "Weekly legal gateway meeting in each locality, with clear criteria for entering "
         "pre-proceedings; every child on a child protection plan for 12 months or more, or on a "
         "second plan, to be presented.",
         "Legal Gateway Chair (Head of Service)", "May 2020", "Complete", ""),
        ("Neglect and pre-proceedings",
         "Replace locality spreadsheets with one countywide PLO tracker; pre-proceedings to "
         "conclude within 16 weeks unless extended by a Head of Service.",
         "Service Manager, Court Progression", "July 2020", "On track", ""),
        ("Neglect and pre-proceedings",
         "Quarterly meetings with the Designated Family Judge and Cafcass, and joint \u2018court "
         "ready\u2019 workshops on evidence-based parenting assessments.",
         "Assistant Director, Children\u2019s Social Care", "Ongoing", "On track", ""),
        ("Child protection conferences",
         "Conference chairs to apply a progress test at every review conference; where there is "
         "no progress by the second review, the chair escalates to the Head of Service and asks "
         "for a legal planning meeting.",
         "Safeguarding and Quality Assurance Manager", "June 2020", "Complete", ""),
        ("Child protection conferences",
         "Revise the chairs\u2019 escalation protocol and keep an escalation log, reported monthly "
         "to the Safeguarding Quality Group.",
         "Safeguarding and Quality Assurance Manager", "July 2020", "On track", ""),
        ("Child protection conferences",
         "Recruit two additional conference chairs to bring caseloads down to 60 children.",
         "Head of Safeguarding", "October 2020", "On track", "Interviews 2 September."),
        ("Child protection conferences",
         "Chairs to hold a mid-point review for every child on a plan for more than nine months.",
         "Safeguarding and Quality Assurance Manager", "September 2020", "Not started", ""),
        ("Permanence",
         "Relaunch the permanence policy: a permanence planning meeting by the second child in "
         "care review for every child.",
         "Head of Service, Children in Care", "June 2020", "Complete", ""),
        ("Permanence",
         "Monthly permanence tracking panel using a single countywide tracker, chaired by the "
         "Service Manager for Permanence.",
         "Service Manager, Permanence", "July 2020", "On track", ""),
        ("Permanence",
         "Clear the backlog of children settled in long-term foster homes who have not been "
         "formally matched, through fortnightly matching panels.",
         "Fostering Service Manager", "December 2020", "At risk", "31 children still to match."),
        ("Permanence",
         "IROs to confirm the permanence plan at every review and escalate drift; IRO escalations "
         "logged and reported quarterly.",
         "IRO Service Manager", "Ongoing", "On track", ""),
        ("Leadership and oversight",
         "Set up an Improvement Board with an independent chair to oversee this plan monthly.",
         "Chief Executive", "April 2020", "Complete", ""),
        ("Leadership and oversight",
         "Refresh the practice quality framework: monthly audits by all managers, with themed "
         "audits on care leavers, permanence, neglect and life-story work, moderated by the "
         "Principal Social Worker.",
         "Principal Social Worker", "June 2020", "On track", ""),
        ("Leadership and oversight",
         "Revise the supervision policy so every supervision records time-bound actions that are "
         "reviewed at the next session; Heads of Service dip-sample supervision records quarterly.",
         "Principal Social Worker", "September 2020", "On track", ""),
        ("Leadership and oversight",
         "Weekly senior leadership \u2018grip\u2019 meeting reviewing the performance dashboard for "
         "PLO, permanence and care leavers\u2019 accommodation.",
         "Director of Children\u2019s Services", "Weekly from May 2020", "On track", ""),
        ("Leadership and oversight",
         "Replace manual spreadsheets with a Power BI performance dashboard available to all "
         "managers.",
         "Head of Performance", "Q2 2020/21", "At risk", ""),
        ("Leadership and oversight",
         "Quarterly report to the Children\u2019s Scrutiny Committee and Lead Member on progress "
         "against this plan, including care leavers\u2019 accommodation.",
         "Assistant Director, Children\u2019s Social Care", "Quarterly", "On track", ""),
        ("Workforce",
         "Recruit the second cohort of newly qualified social workers to the Westerhay Social Work "
         "Academy.",
         "Workforce Development Lead", "September 2020", "On track", ""),
        ("Workforce",
         "Refresh laptops and mobile phones for all frontline staff as part of the Windows 10 "
         "rollout.",
         "ICT Business Partner", "TBC", "Not started", ""),
        ("Children in care",
         "Open two new family time rooms so that children in care can see their parents closer to "
         "where they are placed.",
         "Family Time Service Manager", "November 2020", "On track", ""),
        ("Children in care",
         "Hold the annual Westerhay Children in Care Awards evening (online if needed).",
         "Participation Team Manager", "October 2020", "Complete", ""),
        ("Early help",
         "Continue the early help roadshows in each locality.",
         "Head of Early Help", "Ongoing", "On track", ""),
    ],
}

# ---------------------------------------------------------------------------
# Plan 3: Saltmere Council (answers North Somerset, August 2017)
# Narrative Word document: heading per priority, an outcome paragraph, then each action
# as a paragraph followed by "Lead:" and "By:" lines. No numbers.
# ---------------------------------------------------------------------------

SALTMERE = {
    "title": "Saltmere Council",
    "subtitle": "Children\u2019s Services Improvement Plan",
    "intro": [
        "This plan responds to Ofsted\u2019s inspection of our services for children in need of "
        "help and protection, children looked after and care leavers, which took place in June "
        "and July 2017.",
        "We have written it in plain language so that staff, partners, children and families can "
        "follow it. The Children\u2019s Improvement Board, chaired by the Chief Executive, meets "
        "every six weeks to check progress. Each priority sets out the outcome we want and the "
        "actions we will take.",
    ],
    "sections": [
        {
            "heading": "Priority 1: Getting it right at the front door",
            "outcome": "Decisions about contacts are based on good information from partners and on "
                       "what we already know about the family.",
            "actions": [
                ("The Referral and Assessment Team will complete police, health and education "
                 "checks on every contact that goes to screening, using a new partner information "
                 "request form agreed with the constabulary and the CCG.",
                 "Service Manager, Referral and Assessment", "October 2017"),
                ("We will change the screening form in LCS so that previous referrals, assessments "
                 "and plans for the child and their brothers and sisters are summarised before a "
                 "decision is recorded.",
                 "LCS Systems Development Lead", "December 2017"),
                ("The Head of Service will dip-sample twenty contacts each month to check that "
                 "partner checks and family history have informed the decision, and will feed back "
                 "to the team at its weekly meeting.",
                 "Head of Service, Children\u2019s Support and Safeguarding",
                 "Monthly from November 2017"),
                ("We will hold a daily front door huddle with police and health liaison staff to "
                 "share information on the most complex contacts of the day.",
                 "Team Manager, Referral and Assessment", "Immediate"),
            ],
        },
        {
            "heading": "Priority 2: Strategy discussions that protect children",
            "outcome": "Every strategy discussion brings together the right partners, leads to a "
                       "clear plan and is recorded once for everyone.",
            "actions": [
                ("Strategy discussions will be held as multi-agency meetings, in person or by "
                 "conference call, with police, health and the child\u2019s school invited as "
                 "standard. We will agree this in a revised joint protocol with the constabulary.",
                 "Head of Safeguarding and Quality Assurance", "November 2017"),
                ("The chair will complete a single strategy discussion record and circulate it to "
                 "everyone who took part within one working day; the record will be held on the "
                 "child\u2019s file in LCS.",
                 "Team Manager, Referral and Assessment", "December 2017"),
                ("We will revise the strategy discussion template to include an analysis of risk "
                 "and an action plan with named leads for the section 47 enquiry and the safety "
                 "plan.",
                 "Principal Social Worker", "December 2017"),
                ("Children\u2019s social care and the police will jointly audit ten strategy "
                 "discussions each quarter and report findings to the Safeguarding Children "
                 "Board\u2019s Quality and Performance sub-group.",
                 "Head of Safeguarding and Quality Assurance; Detective Inspector, Public Protection",
                 "Quarterly from January 2018"),
            ],
        },
        {
            "heading": "Priority 3: Disrupting child sexual exploitation",
            "outcome": "Senior managers know where and how children are being exploited in "
                       "Saltmere and use this to disrupt the people who harm them.",
            "actions": [
                ("The Assistant Director will chair a monthly exploitation and missing strategic "
                 "meeting that reviews local patterns, hotspots and adults of concern.",
                 "Assistant Director, Children\u2019s Support and Safeguarding", "October 2017"),
                ("The police analyst and our missing coordinator will produce a quarterly problem "
                 "profile mapping locations, peer groups and suspected perpetrators. Each profile "
                 "will lead to a disruption plan (for example abduction notices, licensing checks "
                 "and targeted patrols).",
                 "Missing and Exploitation Coordinator / Police Analyst", "January 2018"),
                ("We will complete awareness training for taxi drivers and hoteliers with the "
                 "council\u2019s licensing team.",
                 "Licensing Manager", "March 2018"),
            ],
        },
        {
            "heading": "Priority 4: Managing allegations against people who work with children",
            "outcome": "Allegations are tracked, overseen and resolved without delay.",
            "actions": [
                ("We will move allegations management from a spreadsheet to a LADO module in LCS "
                 "with timescales for each stage, and the Head of Safeguarding will receive a "
                 "monthly report of all cases open for more than a month.",
                 "Designated Officer (LADO)", "January 2018"),
                ("We will create an additional part-time designated officer post to provide cover "
                 "and reduce delays.",
                 "Head of Safeguarding and Quality Assurance", "February 2018"),
                ("The Head of Safeguarding will audit allegations files every quarter, and the "
                 "designated officer will present an annual report to the Safeguarding Children "
                 "Board.",
                 "Head of Safeguarding and Quality Assurance", "Quarterly; annual report June 2018"),
                ("The designated officer will run briefing sessions for sports clubs, faith groups "
                 "and other voluntary organisations so that they know how to refer allegations.",
                 "Designated Officer (LADO)", "Ongoing"),
            ],
        },
        {
            "heading": "Priority 5: Independent reviewing officers and child protection chairs who "
                       "drive plans",
            "outcome": "Reviews and conferences share information well and lead to purposeful plans "
                       "with clear timescales.",
            "actions": [
                ("We will appoint two further independent reviewing officers so that caseloads come "
                 "down to no more than 70 children.",
                 "IRO Service Manager", "January 2018"),
                ("We will relaunch the quality assurance alert and the dispute resolution process, "
                 "log every alert and report themes to the Children\u2019s Services Leadership Team "
                 "each quarter.",
                 "IRO Service Manager", "November 2017"),
                ("Chairs will use Signs of Safety scaling at every review conference, set a "
                 "timescale against each action in the plan and hold a mid-way review between "
                 "conferences.",
                 "Child Protection Chair Team Manager", "March 2018"),
                ("The IRO annual report will be presented to the Safeguarding Children Board and to "
                 "the Corporate Parenting Panel.",
                 "IRO Service Manager", "July 2018"),
            ],
        },
        {
            "heading": "Priority 6: Helping children in care understand their story",
            "outcome": "Every child in care, including those in long-term foster care, has "
                       "life-story work that helps them make sense of their history.",
            "actions": [
                ("Life-story work will be started for every child in care with a permanence plan, "
                 "with priority for children in long-term foster care; social workers will complete "
                 "it within six months of the permanence decision.",
                 "Head of Service, Children Looked After", "September 2018"),
                ("We will create a life-story practitioner post in the Permanence Team to support "
                 "social workers and foster carers.",
                 "Service Manager, Permanence", "April 2018"),
                ("Foster carers will be supported to keep memory boxes and contribute to life-story "
                 "books through a new life-story workshop for carers.",
                 "Fostering Service Manager", "June 2018"),
            ],
        },
        {
            "heading": "Priority 7: Health assessments for children in care",
            "outcome": "Health colleagues know straight away when a child comes into care, and "
                       "initial health assessments happen on time.",
            "actions": [
                ("LCS will send an automatic notification to the Looked After Children Health Team "
                 "when a child becomes looked after; social workers will confirm the referral within "
                 "one working day.",
                 "LCS Systems Development Lead / Head of Service, Children Looked After",
                 "January 2018"),
                ("The Designated Nurse and the Head of Service will review the initial health "
                 "assessment tracker weekly, with a target of every assessment completed within 20 "
                 "working days.",
                 "Designated Nurse, Children Looked After (CCG)", "November 2017"),
                ("Health assessment timeliness will be reported to the Corporate Parenting Panel "
                 "every month.",
                 "Head of Performance", "Monthly"),
            ],
        },
        {
            "heading": "Priority 8: Supervision that supports and challenges",
            "outcome": "Staff receive regular, reflective supervision that moves children\u2019s "
                       "plans on.",
            "actions": [
                ("We will revise the supervision policy: monthly supervision for all social workers "
                 "(fortnightly for newly qualified staff), using a reflective template that reviews "
                 "each child\u2019s plan.",
                 "Principal Social Worker", "December 2017"),
                ("We will audit supervision records across all teams, including the disabled "
                 "children\u2019s team, and report the results to the Quality Assurance Group.",
                 "Head of Quality Assurance", "March 2018"),
                ("All team managers and assistant team managers will attend \u2018Supervising for "
                 "Practice\u2019 training.",
                 "Workforce Development Manager", "June 2018"),
            ],
        },
        {
            "heading": "Priority 9: Managers using data to improve practice",
            "outcome": "Frontline managers use performance information every week to spot and tackle "
                       "weak practice early.",
            "actions": [
                ("A team-level performance dashboard (assessment timeliness, visit frequency, plan "
                 "reviews) will be available to every frontline manager each week.",
                 "Head of Performance", "January 2018"),
                ("Monthly performance clinics will be held, where team managers explain their "
                 "team\u2019s data and agree actions.",
                 "Assistant Director, Children\u2019s Support and Safeguarding",
                 "Monthly from February 2018"),
                ("Team managers\u2019 use of performance data will be a standing item in their own "
                 "supervision with service managers.",
                 "Service Managers", "March 2018"),
            ],
        },
        {
            "heading": "Priority 10: Our workforce, carers and children",
            "outcome": "We keep building a stable workforce and a strong offer for our carers and "
                       "children.",
            "actions": [
                ("We will run the \u2018Make Saltmere Your Home\u2019 recruitment campaign for "
                 "experienced social workers.",
                 "HR Business Partner", "Spring 2018"),
                ("We will publish the 2018 foster carer training calendar, including courses on "
                 "attachment, emotional resilience and drugs and alcohol awareness.",
                 "Fostering Service Manager", "January 2018"),
                ("We will run a private fostering awareness campaign with schools, GPs and language "
                 "schools.",
                 "Private Fostering Lead", "April 2018"),
                ("Designated teachers and social workers will be trained together on the electronic "
                 "personal education plan (ePEP).",
                 "Head of the Virtual School", "Autumn term 2018"),
                ("We will repeat the Bright Spots survey of children in care and share the results "
                 "with the Children in Care Council.",
                 "Participation Officer", "November 2018"),
            ],
        },
    ],
}

# ---------------------------------------------------------------------------
# Plan 4: Calverlow Borough Council (answers Blackburn with Darwen, March 2022)
# Markdown as produced by a document converter: headings, pipe tables, one bullet list.
# Objectives quote a few words of the recommendation they answer.
# ---------------------------------------------------------------------------

CALVERLOW = {
    "head": [
        "# Calverlow Borough Council",
        "",
        "## Children's Services Improvement Plan 2022\u20132023",
        "",
        "Response to the Ofsted inspection of local authority children's services (ILACS), "
        "January to February 2022.",
        "",
        "**Owner:** Director of Children's Services  ",
        "**Governance:** Children's Improvement Board (monthly)  ",
        "**Version:** 2, 13 May 2022",
        "",
        "Where a row responds directly to one of Ofsted's recommendations, the number is shown in "
        "the Ofsted column.",
    ],
    "columns": ["Ref", "Action", "Lead", "By when", "Ofsted", "Progress"],
    "sections": [
        {
            "heading": "Priority 1: Safeguarding at the front door",
            "objective": "A stronger \u201cmulti-agency response\u201d when a child may be suffering "
                         "significant harm, with \u201ctimely strategy discussions\u201d.",
            "form": "table",
            "rows": [
                ("1.1",
                 "Agree a Strategy Discussion Standard with the constabulary: strategy discussions "
                 "held within one working day (the same day where risk is immediate), with a named "
                 "duty detective sergeant available to the Children's Advice Hub every day.",
                 "Head of Service, Children's Advice Hub; DCI Public Protection", "May 2022",
                 "Rec 1", "Complete"),
                ("1.2",
                 "Introduce a daily 10am strategy meeting slot in the Children's Advice Hub with "
                 "police, health and education colleagues.",
                 "Team Manager, Children's Advice Hub", "Immediate", "", "Complete"),
                ("1.3",
                 "Any strategy discussion not held within 24 hours to be escalated to the Head of "
                 "Service and the DCI; weekly exception report to the Director.",
                 "Head of Service, Children's Advice Hub", "June 2022", "Rec 1", "On track"),
                ("1.4",
                 "Strategy discussion record to set out how enquiries will proceed, who will speak "
                 "to the child and the interim multi-agency safety plan.",
                 "Principal Social Worker", "July 2022", "", "On track"),
                ("1.5",
                 "Monthly multi-agency audit of ten strategy discussions through the Calverlow "
                 "Safeguarding Children Partnership, with findings reported to the Partnership "
                 "executive.",
                 "Safeguarding Partnership Business Manager", "Monthly from September 2022", "",
                 "On track"),
            ],
        },
        {
            "heading": "Priority 2: Neglect and domestic abuse",
            "objective": "\u201cChild-focused practice\u201d that can show \u201cthe difference "
                         "made\u201d for children living with neglect or domestic abuse.",
            "form": "table",
            "rows": [
                ("2.1",
                 "Relaunch the Calverlow neglect strategy with refresher training on the Graded Care "
                 "Profile 2 for all social workers and early help practitioners.",
                 "Head of Service, Safeguarding and Family Help", "September 2022", "Rec 3",
                 "On track"),
                ("2.2",
                 "Replace written agreements in domestic abuse cases with multi-agency safety plans, "
                 "supported by new practice guidance and a domestic abuse practice programme for all "
                 "social workers.",
                 "Domestic Abuse Strategic Lead", "October 2022", "Rec 4", "On track"),
                ("2.3",
                 "Record outcome measures (scaling scores and GCP2 scores at the start and at each "
                 "review) on every child protection plan so that progress for the child can be "
                 "measured.",
                 "Head of Quality and Performance", "Q3 2022/23", "", "At risk"),
                ("2.4",
                 "Children on a plan for neglect with no progress after two review conferences to be "
                 "presented to the legal gateway panel to consider pre-proceedings.",
                 "Head of Service, Safeguarding and Family Help", "June 2022", "", "Complete"),
                ("2.5",
                 "Co-locate specialist domestic abuse workers from Calverlow Women's Aid in each of "
                 "our Family Help hubs.",
                 "Commissioning Manager", "January 2023", "", "On track"),
            ],
        },
        {
            "heading": "Priority 3: Planning for children and care leavers",
            "objective": "Improve \u201cthe quality of planning\u201d for \u201cchildren and care "
                         "leavers\u201d in every team.",
            "form": "table",
            "rows": [
                ("3.1",
                 "Launch one plan template (child in need, child protection, care and pathway plans) "
                 "with SMART actions, timescales and contingency plans.",
                 "Principal Social Worker", "July 2022", "Rec 4", "Complete"),
                ("3.2",
                 "Care plans to be updated within 10 working days of every review; IROs to escalate "
                 "any plan that is out of date.",
                 "IRO Service Manager", "August 2022", "", "On track"),
                ("3.3",
                 "IRO mid-point reviews for every child in care to check that the plan is "
                 "progressing, including life-story work where it is part of the plan.",
                 "IRO Service Manager", "October 2022", "", "On track"),
                ("3.4",
                 "Rewrite pathway plans for all care leavers aged 18 to 21 with the young person, "
                 "with actions that reflect their ambitions, and review them at least every six "
                 "months.",
                 "Head of Service, Care Leavers", "December 2022", "Rec 4", "At risk"),
                ("3.5",
                 "Planning workshops for all social workers and personal advisers as part of the "
                 "systemic practice model.",
                 "Workforce Development Manager", "Autumn 2022", "", "On track"),
            ],
        },
        {
            "heading": "Priority 4: Care leavers over 18",
            "objective": "Better \u201csupport, advice and guidance\u201d for care leavers \u201cover "
                         "the age of 18\u201d, and clear information on \u201centitlements and health "
                         "histories\u201d.",
            "form": "table",
            "rows": [
                ("4.1",
                 "Remove the personal adviser transfer points at 18 and 21 so that young people keep "
                 "the same PA from 16 to 25.",
                 "Head of Service, Care Leavers", "April 2022", "Rec 7", "Complete"),
                ("4.2",
                 "Offer every care leaver aged 21 to 25 an allocated PA and contact them at least "
                 "every eight weeks to remind them of the support available.",
                 "Team Manager, Leaving Care", "September 2022", "", "On track"),
                ("4.3",
                 "Recruit four additional personal advisers to bring caseloads to no more than 20.",
                 "Head of Service, Care Leavers", "Q2 2022/23", "Rec 7", "On track"),
                ("4.4",
                 "PAs to agree an education, employment or training goal with every care leaver over "
                 "18 and go with them to college and university open days where they want this, "
                 "supported by an EET coach in the leaving care team.",
                 "Team Manager, Leaving Care", "November 2022", "Rec 8", "On track"),
                ("4.5",
                 "Publish the refreshed Local Offer for care leavers (booklet, website and app), "
                 "co-produced with the Care Leavers' Voice group, and send it to every care leaver; "
                 "PAs to go through it at each pathway plan review.",
                 "Head of Service, Care Leavers", "July 2022", "Rec 8", "Complete"),
                ("4.6",
                 "Give every care leaver a health history summary at 18, prepared by the children in "
                 "care nurses, and offer one to care leavers aged 18 to 25 who did not receive it.",
                 "Designated Nurse for Children in Care (ICB)", "March 2023", "", "At risk"),
                ("4.7",
                 "No care leaver moves home without PA support: moving-on kit, removal van budget "
                 "and a PA visit within a week of any move.",
                 "Team Manager, Leaving Care", "Immediate", "", "Complete"),
                ("4.8",
                 "Cleanse care leaver records in Liquidlogic so that performance reports on contact "
                 "and accommodation for care leavers aged 21 and over are accurate.",
                 "Head of Quality and Performance", "31/08/2022", "", "On track"),
            ],
        },
        {
            "heading": "Priority 5: Participation",
            "objective": "Widen \u201cthe range and impact of participation\u201d for children in care "
                         "and care leavers.",
            "form": "table",
            "rows": [
                ("5.1",
                 "Expand the Voice groups with a new under-12s group and a care leavers' group, each "
                 "meeting monthly, aiming for 60 children and young people involved by March 2023.",
                 "Participation Manager", "March 2023", "Rec 9", "On track"),
                ("5.2",
                 "Young people to sit on interview panels for all social work manager posts and "
                 "attend the Corporate Parenting Board every quarter.",
                 "Participation Manager", "Ongoing", "", "On track"),
                ("5.3",
                 "Publish a 'You said, we did' report every six months showing what has changed "
                 "because of children's views.",
                 "Participation Manager", "Six-monthly", "", "Not started"),
            ],
        },
        {
            "heading": "Priority 6: Quality assurance",
            "objective": "Make \u201cinternal auditing and monitoring\u201d focus on children's "
                         "experiences.",
            "form": "table",
            "rows": [
                ("6.1",
                 "Launch a new quality assurance framework: monthly collaborative audits completed "
                 "with the social worker and, where possible, the family, with moderation by senior "
                 "managers.",
                 "Head of Quality and Performance", "June 2022", "Rec 10", "Complete"),
                ("6.2",
                 "Hold a practice week twice a year in which senior leaders observe practice and "
                 "speak to children and families.",
                 "Director of Children's Services", "October 2022 and April 2023", "", "On track"),
                ("6.3",
                 "Monthly performance challenge meeting chaired by the Director, including data "
                 "quality checks.",
                 "Director of Children's Services", "Monthly", "Rec 10", "On track"),
                ("6.4",
                 "Quarterly dip sample of supervision records, looking at whether supervision "
                 "considers the child's experience.",
                 "Principal Social Worker", "Quarterly", "", "On track"),
            ],
        },
        {
            "heading": "Priority 7: Workforce and business support",
            "objective": None,
            "form": "bullets",
            "rows": [
                ("7.1", "Calverlow Children's Services Staff Awards.",
                 "Director of Children's Services", "December 2022", "", ""),
                ("7.2",
                 "Start a social work degree apprenticeship cohort of six with a local university.",
                 "Workforce Development Manager", "September 2022", "", ""),
                ("7.3",
                 "Monthly placement budget monitoring report to Finance and the Departmental "
                 "Management Team.",
                 "Finance Business Partner", "Monthly", "", ""),
                ("7.4",
                 "Refresh the consent form used for children's photographs and case studies in "
                 "participation events and on social media.",
                 "Communications Officer", "TBC", "", ""),
                ("7.5",
                 "Work with the ICB to secure routine dental check-ups for all children in care, "
                 "including a dental pathway for children placed out of area.",
                 "Designated Nurse for Children in Care (ICB)", "Q4 2022/23", "", ""),
            ],
        },
    ],
}

# ---------------------------------------------------------------------------
# Plan 5: Carrowmouth City Council (answers Plymouth, March 2024)
# HTML page with one table: No. | Area | What we will do | Who is responsible | When |
# Ofsted ref | Progress. A few rows cite a recommendation number.
# ---------------------------------------------------------------------------

CARROWMOUTH = {
    "title": "Carrowmouth City Council",
    "subtitle": "Children\u2019s Services Improvement Plan 2024\u20132025",
    "intro": [
        "This is our plan to improve services for children, young people and families following "
        "Ofsted\u2019s inspection of local authority children\u2019s services in January and "
        "February 2024.",
        "The plan is overseen by the Children\u2019s Improvement Board, chaired by an independent "
        "director of children\u2019s services. We update this page every quarter.",
    ],
    "updated": "Last updated: 4 July 2024",
    "columns": ["No.", "Area", "What we will do", "Who is responsible", "When", "Ofsted ref",
                "Progress"],
    "rows": [
        ("1", "Working together",
         "Set up a Children\u2019s Partnership Delivery Group with Housing, Education, Adult Social "
         "Care and the police, meeting monthly with a shared action log.",
         "Director of Children\u2019s Services", "May 2024", "", "Complete"),
        ("2", "Working together",
         "Agree a joint protocol between Housing and Children\u2019s Services for homeless 16 and 17 "
         "year olds and care leavers, with a named housing officer based in the leaving care team.",
         "Head of Housing Options / Head of Service, Care Experienced Young People",
         "September 2024", "", "On track"),
        ("3", "Working together",
         "Start a joint Transitions Panel with Adult Social Care that considers every young person "
         "with additional needs from age 14.",
         "Head of Service, Disabled Children / Principal Social Worker (Adults)", "October 2024", "",
         "On track"),
        ("4", "Working together",
         "Create a termly network for designated safeguarding leads, with an early help and a social "
         "care link worker for every secondary school.",
         "Head of Education Safeguarding", "Autumn term 2024", "", "On track"),
        ("5", "Working together",
         "Joint training for schools and education providers on thresholds and how to refer to the "
         "MASH, including when to contact the LADO.",
         "Education Safeguarding Adviser", "Ongoing", "", "On track"),
        ("6", "Working together",
         "Every council directorate (Housing, Leisure, Revenues and Benefits) to sign the corporate "
         "parenting pledge and set out what it offers children in care and care leavers.",
         "Chief Executive", "December 2024", "", "On track"),
        ("7", "Homes for children and young people",
         "Open two small council-run children\u2019s homes (four beds each) as part of our "
         "Sufficiency Strategy 2024\u201327.",
         "Head of Commissioning and Sufficiency", "September 2025", "Ofsted 4", "On track"),
        ("8", "Homes for children and young people",
         "Join the regional fostering recruitment hub and launch our first Mockingbird "
         "constellation.",
         "Fostering Service Manager", "Q3 2024/25", "", "On track"),
        ("9", "Homes for children and young people",
         "Head of Service to review every child living in an unregistered children\u2019s home "
         "weekly, with a target of no children in unregistered settings by March 2025.",
         "Head of Service, Children in Care", "31/03/2025", "", "At risk"),
        ("10", "Homes for children and young people",
         "Stop using bed and breakfast for care-experienced young people by commissioning ten "
         "emergency \u2018crash pad\u2019 flats with Housing.",
         "Head of Commissioning and Sufficiency / Head of Housing Options", "January 2025", "",
         "On track"),
        ("11", "Homes for children and young people",
         "Quarterly quality visits to all supported accommodation providers against the new "
         "national standards.",
         "Placement Quality Officer", "Quarterly", "", "On track"),
        ("12", "Education, training and employment",
         "Appoint an employability coach in the leaving care team and ring-fence ten council "
         "apprenticeships a year for care-experienced young people.",
         "Head of Service, Care Experienced Young People", "July 2024", "Ofsted 6", "Complete"),
        ("13", "Education, training and employment",
         "Extend the virtual school\u2019s work to post-16: an education, employment and training "
         "tracker for every young person aged 16 to 18 in care, with a named careers adviser.",
         "Virtual School Headteacher", "September 2024", "Ofsted 5", "On track"),
        ("14", "Education, training and employment",
         "Virtual School Headteacher to review every child in care on a part-time timetable or "
         "without a school place every fortnight.",
         "Virtual School Headteacher", "Immediate", "", "Complete"),
        ("15", "Education, training and employment",
         "Introduce a PEP quality assurance framework with a termly audit of personal education "
         "plans.",
         "Virtual School Headteacher", "Spring term 2025", "", "Not started"),
        ("16", "Inclusion and exclusions",
         "Form an Inclusion Partnership with all secondary headteachers and academy trusts, with "
         "shared targets to reduce suspensions and permanent exclusions and monthly exclusion data "
         "shared with every school.",
         "Director of Education", "June 2024", "Ofsted 7", "Complete"),
        ("17", "Inclusion and exclusions",
         "Refresh the fair access and managed moves protocol with academy trusts so that vulnerable "
         "pupils move school rather than being excluded.",
         "Head of Admissions and Inclusion", "October 2024", "", "On track"),
        ("18", "Inclusion and exclusions",
         "Extend the inclusion outreach team from the pupil referral unit to support schools before "
         "a child is excluded.",
         "Head of Alternative Provision", "Q4 2024/25", "", "On track"),
        ("19", "Inclusion and exclusions",
         "Schools to notify the child\u2019s social worker and the virtual school on the day of any "
         "suspension of a child with a social worker, so that alternatives can be explored.",
         "Head of Education Safeguarding", "September 2024", "", "On track"),
        ("20", "Preparing for adulthood",
         "Introduce a Preparing for Adulthood pathway from Year 9 for young people with EHC plans "
         "and other additional needs, with a transition plan agreed by age 17.",
         "Head of SEND", "March 2025", "Ofsted 8", "On track"),
        ("21", "Preparing for adulthood",
         "Continue to allocate a personal adviser at 16 to every child in care, working alongside "
         "the social worker to plan the move to adulthood.",
         "Head of Service, Care Experienced Young People", "Ongoing", "", "On track"),
        ("22", "Preparing for adulthood",
         "Rewrite pathway plans in plain language with young people, and update them whenever "
         "their situation changes.",
         "Principal Social Worker", "December 2024", "", "On track"),
        ("23", "Preparing for adulthood",
         "Personal advisers to visit care-experienced young people in custody at least every eight "
         "weeks and agree a release plan with probation three months before release.",
         "Team Manager, Care Experienced Young People", "October 2024", "", "On track"),
        ("24", "Workforce and other actions",
         "Recruit a cohort of twelve international social workers through the Carrowmouth Social "
         "Work Academy.",
         "Head of Workforce Development", "Q2 2024/25", "", "Complete"),
        ("25", "Workforce and other actions",
         "Invite an armed forces representative to join the Safeguarding Children Partnership "
         "executive.",
         "Safeguarding Partnership Business Manager", "TBC", "", "Not started"),
        ("26", "Workforce and other actions",
         "Complete fire and health and safety risk assessments for the refurbished family time "
         "centre at Quay Road before it reopens.",
         "Facilities Manager", "August 2024", "", "Complete"),
        ("27", "Workforce and other actions",
         "Hold the \u2018Proud of You\u2019 celebration event for children in care and "
         "care-experienced young people.",
         "Participation Lead", "November 2024", "", "On track"),
        ("28", "Workforce and other actions",
         "Report placement spend to the Cabinet Member for Children every month.",
         "Finance Business Partner", "Monthly", "", "On track"),
    ],
}


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------

def _normalise_zip(data: bytes, when: tuple, core_date: str | None = None) -> bytes:
    """Rewrite an OOXML zip with fixed member timestamps (and a fixed core.xml date)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if core_date and info.filename == "docProps/core.xml":
                text = blob.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + core_date + m.group(2), text)
                blob = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def _docx_core(doc, title: str, author: str, when: dt.datetime) -> None:
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3
    cp.subject = "Children's services improvement plan"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _cell_text(cell, text: str, bold: bool = False, size: float = 9) -> None:
    from docx.shared import Pt
    para = cell.paragraphs[0]
    run = para.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def write_lindenmoor(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt, RGBColor

    plan = LINDENMOOR
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_heading(plan["title"], level=0)
    doc.add_heading(plan["subtitle"], level=1)
    for para in plan["intro"]:
        doc.add_paragraph(para)
    doc.add_paragraph(plan["rag_key"])

    widths = [Cm(1.2), Cm(1.8), Cm(4.6), Cm(9.6), Cm(4.4), Cm(3.0), Cm(2.0)]
    table = doc.add_table(rows=1, cols=len(plan["columns"]))
    table.style = "Table Grid"
    header = table.rows[0]
    _repeat_header(header)
    for i, name in enumerate(plan["columns"]):
        cell = header.cells[i]
        cell.width = widths[i]
        _cell_text(cell, name, bold=True)
        _shade(cell, "1F3864")
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    rag_fill = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Blue": "BDD7EE"}
    for section in plan["sections"]:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        _cell_text(merged, section["heading"], bold=True, size=10)
        _shade(merged, "D9E2F3")
        first = None
        for ref, cite, text, lead, when, rag in section["rows"]:
            row = table.add_row()
            cells = row.cells
            for i, value in enumerate((ref, cite, None, text, lead, when, rag)):
                cells[i].width = widths[i]
                if value:
                    _cell_text(cells[i], value)
            _shade(cells[6], rag_fill[rag])
            if first is None:
                first = cells[2]
                _cell_text(first, section["objective"])
            else:
                first = first.merge(cells[2])
    doc.add_paragraph()
    doc.add_paragraph("Lindenmoor Children\u2019s Services \u2013 OFFICIAL")

    _docx_core(doc, "Children and Families Improvement Plan 2018-19",
               "Lindenmoor Children's Services", dt.datetime(2018, 1, 19, 9, 0, 0))
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue(), (2018, 1, 19, 9, 0, 0)))


def write_westerhay(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    plan = WESTERHAY
    wb = Workbook()
    ws = wb.active
    ws.title = plan["sheet"]
    ws.append(plan["columns"])
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F5597")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    status_fill = {"Complete": "BDD7EE", "On track": "C6EFCE", "At risk": "FFEB9C",
                   "Not started": "EDEDED"}
    for row in plan["rows"]:
        ws.append(list(row))
        r = ws.max_row
        for cell in ws[r]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=status_fill[row[4]])
    for col, width in zip("ABCDEF", (26, 70, 32, 16, 13, 30)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:F{ws.max_row}"
    when = dt.datetime(2020, 9, 4, 10, 0, 0)
    wb.properties.creator = "Westerhay County Council"
    wb.properties.lastModifiedBy = "Westerhay County Council"
    wb.properties.title = "Children's Services Improvement Tracker"
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue(), (2020, 9, 4, 10, 0, 0),
                                    core_date="2020-09-04T10:00:00Z"))


def write_saltmere(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    plan = SALTMERE
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading(plan["title"], level=0)
    doc.add_paragraph(plan["subtitle"], style="Subtitle")
    for para in plan["intro"]:
        doc.add_paragraph(para)
    for section in plan["sections"]:
        doc.add_heading(section["heading"], level=1)
        p = doc.add_paragraph()
        r = p.add_run("What we want to achieve: ")
        r.bold = True
        r2 = p.add_run(section["outcome"])
        r2.italic = True
        for text, lead, by in section["actions"]:
            doc.add_paragraph(text)
            for label, value in (("Lead: ", lead), ("By: ", by)):
                q = doc.add_paragraph()
                q.paragraph_format.space_after = Pt(0) if label == "Lead: " else Pt(8)
                b = q.add_run(label)
                b.bold = True
                q.add_run(value)
    doc.add_paragraph("Saltmere Council, Children\u2019s Services \u2013 September 2017")
    _docx_core(doc, "Children's Services Improvement Plan", "Saltmere Council",
               dt.datetime(2017, 9, 29, 12, 0, 0))
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue(), (2017, 9, 29, 12, 0, 0)))


def render_calverlow() -> str:
    plan = CALVERLOW
    lines = list(plan["head"])
    cols = plan["columns"]
    for section in plan["sections"]:
        lines += ["", "## " + section["heading"], ""]
        if section["objective"]:
            lines += ["**Objective:** " + section["objective"], ""]
        if section["form"] == "table":
            lines.append("| " + " | ".join(cols) + " |")
            lines.append("|" + "|".join("---" for _ in cols) + "|")
            for row in section["rows"]:
                assert not any("|" in v for v in row)
                lines.append("| " + " | ".join(row) + " |")
        else:
            for ref, text, lead, by, _cite, _prog in section["rows"]:
                lines.append(f"- **{ref}** {text} \u2014 *Lead:* {lead} \u2014 *By:* {by}")
    lines += ["", "*Calverlow Borough Council \u2013 Children's Services*", ""]
    return "\n".join(lines)


def render_carrowmouth() -> str:
    plan = CARROWMOUTH
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(plan['subtitle'])} | {e(plan['title'])}</title>",
        "<style>",
        "body { font-family: Arial, sans-serif; margin: 2em; color: #222; }",
        "table { border-collapse: collapse; width: 100%; }",
        "th, td { border: 1px solid #999; padding: 6px; vertical-align: top; text-align: left; }",
        "th { background: #003a5d; color: #fff; }",
        "</style>",
        "</head>",
        "<body>",
        '<nav><a href="/">Home</a> &gt; <a href="/children">Children and families</a> &gt; '
        "Improvement plan</nav>",
        f"<h1>{e(plan['title'])}</h1>",
        f"<h2>{e(plan['subtitle'])}</h2>",
    ]
    for para in plan["intro"]:
        out.append(f"<p>{e(para)}</p>")
    out.append(f"<p><em>{e(plan['updated'])}</em></p>")
    out.append("<table>")
    out.append("<thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in plan["columns"])
               + "</tr></thead>")
    out.append("<tbody>")
    for row in plan["rows"]:
        out.append("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>")
    out.append("</tbody>")
    out.append("</table>")
    out.append("<footer><p>&copy; Carrowmouth City Council</p></footer>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "corpus" / "coverage" / "a"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    write_lindenmoor(out / "lindenmoor.docx")
    write_westerhay(out / "westerhay.xlsx")
    write_saltmere(out / "saltmere.docx")
    (out / "calverlow.md").write_text(render_calverlow(), encoding="utf-8")
    (out / "carrowmouth.html").write_text(render_carrowmouth(), encoding="utf-8")
    for p in sorted(out.iterdir()):
        print(f"{p.relative_to(ROOT) if p.is_relative_to(ROOT) else p}  {p.stat().st_size} bytes")


if __name__ == "__main__":
    main()
