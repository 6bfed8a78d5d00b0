// The text of the demo organisation's AI policy: written for this fictional lender, in its own words.
export const aiPolicyText = `Larchfield Consumer Finance: AI policy

1. Purpose
We use AI to decide faster and more consistently whether lending is right for a customer, to spot fraud, to help
customers in difficulty and to answer questions at any hour. This policy sets how we do that responsibly, and is
the framework for our AI objectives.

2. Scope
All AI systems that Larchfield Consumer Finance Ltd develops, buys or uses at its Leeds, Manchester and Dublin
sites, across their whole life cycle, as described in the AIMS scope statement.

3. Our commitments
3.1 We meet the legal, regulatory and contractual requirements that apply to our AI systems, including consumer
    credit rules, the Consumer Duty, data protection law and the EU AI Act for our Irish lending.
3.2 A named person owns every AI system, every AI risk and every control. Committees advise; people answer.
3.3 Before an AI system affects customers, and after every significant change, we assess its impact on
    individuals, on groups of people and on society, separately from the risk to our business.
3.4 We test our credit and affordability decisions for unfair outcomes every quarter, and act on what we find.
3.5 A person can always ask for a human to review a decision made with AI, and can always reach a person
    instead of our assistant.
3.6 We tell customers what our AI systems do, where they are used and what their known limitations are.
3.7 Suppliers of AI models, services and data are assessed and contracted under our AI supplier procedure.
3.8 We measure whether our AI systems and this management system work, and we keep improving both.

4. AI objectives
Top management sets measurable AI objectives each year consistent with this policy; they are recorded in the
AI objectives plan with an owner, a target and a due date, and reviewed at each management review.

5. Roles
The Executive Committee approves this policy and the AI objectives. The AI Governance Committee, chaired by
the Chief Operating Officer, decides deployment gates. The Head of AI Governance runs the AIMS. Each AI system
owner answers for their system across its life cycle.

6. Raising concerns
Anyone, inside or outside Larchfield, can raise a concern about our AI systems through the speak-up line or the
AI concerns form on our website, anonymously if they wish, without fear of reprisal.

7. Alignment and review
This policy is consistent with our information security, data protection, model risk and procurement policies.
It is reviewed at least every twelve months, and whenever a significant change in law, technology or our use
of AI requires it.
`;
