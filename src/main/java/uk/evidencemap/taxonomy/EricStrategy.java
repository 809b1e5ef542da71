package uk.evidencemap.taxonomy;

/**
 * The 73 discrete implementation strategies of the Expert Recommendations for Implementing Change
 * (ERIC), with their exact published names ({@link #SOURCE}: Powell et al. 2015, Table 3), each in
 * the cluster Waltz et al. 2015 put it in ({@link EricCluster}), with a stable code (the constant's
 * name, which enablers store) and a short definition written for Evidence Map in its own words (the
 * published definitions are not copied; read them in the source). In the published, alphabetical order.
 */
public enum EricStrategy implements Coded {
    ACCESS_NEW_FUNDING(
            "Access new funding",
            EricCluster.UTILIZE_FINANCIAL_STRATEGIES,
            "Find new money, or redirect existing budgets, to pay for the implementation."),
    ALTER_INCENTIVE_ALLOWANCE_STRUCTURES(
            "Alter incentive/allowance structures",
            EricCluster.UTILIZE_FINANCIAL_STRATEGIES,
            "Change payments or rewards so that taking up and delivering the innovation is worth it."),
    ALTER_PATIENT_CONSUMER_FEES(
            "Alter patient/consumer fees",
            EricCluster.UTILIZE_FINANCIAL_STRATEGIES,
            "Set charges so that the preferred service costs its users less than the alternatives."),
    ASSESS_FOR_READINESS_AND_IDENTIFY_BARRIERS_AND_FACILITATORS(
            "Assess for readiness and identify barriers and facilitators",
            EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES,
            "Check how ready an organisation is, what stands in the way and what strengths the work can build on."),
    AUDIT_AND_PROVIDE_FEEDBACK(
            "Audit and provide feedback",
            EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES,
            "Gather data on how practice is going over a period and report it back to practitioners and managers so they can adjust."),
    BUILD_A_COALITION(
            "Build a coalition",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Bring partners together and keep them working together on the implementation."),
    CAPTURE_AND_SHARE_LOCAL_KNOWLEDGE(
            "Capture and share local knowledge",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Record how teams on one site made the innovation work and pass that learning on to other sites."),
    CENTRALIZE_TECHNICAL_ASSISTANCE(
            "Centralize technical assistance",
            EricCluster.PROVIDE_INTERACTIVE_ASSISTANCE,
            "Set up one central service that helps sites with their implementation problems."),
    CHANGE_ACCREDITATION_OR_MEMBERSHIP_REQUIREMENTS(
            "Change accreditation or membership requirements",
            EricCluster.CHANGE_INFRASTRUCTURE,
            "Work to have accrediting and membership bodies expect or require use of the innovation."),
    CHANGE_LIABILITY_LAWS(
            "Change liability laws",
            EricCluster.CHANGE_INFRASTRUCTURE,
            "Support legal reforms that lower the liability risks that put practitioners off delivering the innovation."),
    CHANGE_PHYSICAL_STRUCTURE_AND_EQUIPMENT(
            "Change physical structure and equipment",
            EricCluster.CHANGE_INFRASTRUCTURE,
            "Adapt rooms, buildings or equipment so that the innovation can be delivered well."),
    CHANGE_RECORD_SYSTEMS(
            "Change record systems",
            EricCluster.CHANGE_INFRASTRUCTURE,
            "Change how records are kept so that implementation and outcomes can be assessed better."),
    CHANGE_SERVICE_SITES(
            "Change service sites",
            EricCluster.CHANGE_INFRASTRUCTURE,
            "Move where the service is offered so that more people can get to it."),
    CONDUCT_CYCLICAL_SMALL_TESTS_OF_CHANGE(
            "Conduct cyclical small tests of change",
            EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES,
            "Try changes on a small scale, measure, learn and repeat before rolling them out everywhere."),
    CONDUCT_EDUCATIONAL_MEETINGS(
            "Conduct educational meetings",
            EricCluster.TRAIN_AND_EDUCATE_STAKEHOLDERS,
            "Hold sessions that teach practitioners, managers, partners or families about the innovation."),
    CONDUCT_EDUCATIONAL_OUTREACH_VISITS(
            "Conduct educational outreach visits",
            EricCluster.TRAIN_AND_EDUCATE_STAKEHOLDERS,
            "Send a trained person to practitioners' own workplaces to teach them the innovation and encourage them to change."),
    CONDUCT_LOCAL_CONSENSUS_DISCUSSIONS(
            "Conduct local consensus discussions",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Talk with local practitioners and partners about whether the problem matters and whether the innovation is the right answer to it."),
    CONDUCT_LOCAL_NEEDS_ASSESSMENT(
            "Conduct local needs assessment",
            EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES,
            "Collect and analyse local data on whether, and how much, the innovation is needed."),
    CONDUCT_ONGOING_TRAINING(
            "Conduct ongoing training",
            EricCluster.TRAIN_AND_EDUCATE_STAKEHOLDERS,
            "Plan and run training in the innovation as a continuing activity rather than a one-off."),
    CREATE_A_LEARNING_COLLABORATIVE(
            "Create a learning collaborative",
            EricCluster.TRAIN_AND_EDUCATE_STAKEHOLDERS,
            "Form groups of practitioners or organisations who learn together how to implement the innovation."),
    CREATE_NEW_CLINICAL_TEAMS(
            "Create new clinical teams",
            EricCluster.SUPPORT_CLINICIANS,
            "Change who is in the delivery team, adding people with other disciplines or skills."),
    CREATE_OR_CHANGE_CREDENTIALING_AND_OR_LICENSURE_STANDARDS(
            "Create or change credentialing and/or licensure standards",
            EricCluster.CHANGE_INFRASTRUCTURE,
            "Create or change certification, licensing or continuing education requirements so that they include the innovation."),
    DEVELOP_A_FORMAL_IMPLEMENTATION_BLUEPRINT(
            "Develop a formal implementation blueprint",
            EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES,
            "Write down the aims, scope, timetable, milestones and measures of the implementation, and keep that plan up to date."),
    DEVELOP_ACADEMIC_PARTNERSHIPS(
            "Develop academic partnerships",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Work with a university or research group to share training and bring research skills to the implementation."),
    DEVELOP_AN_IMPLEMENTATION_GLOSSARY(
            "Develop an implementation glossary",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Agree and share a list of the terms used for the innovation, the implementation and the people involved."),
    DEVELOP_AND_IMPLEMENT_TOOLS_FOR_QUALITY_MONITORING(
            "Develop and implement tools for quality monitoring",
            EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES,
            "Build the measures, standards and procedures particular to the innovation into quality monitoring."),
    DEVELOP_AND_ORGANIZE_QUALITY_MONITORING_SYSTEMS(
            "Develop and organize quality monitoring systems",
            EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES,
            "Set up systems that track processes and outcomes so that quality can be assured and improved."),
    DEVELOP_DISINCENTIVES(
            "Develop disincentives",
            EricCluster.UTILIZE_FINANCIAL_STRATEGIES,
            "Attach financial penalties to not implementing or not using the innovation."),
    DEVELOP_EDUCATIONAL_MATERIALS(
            "Develop educational materials",
            EricCluster.TRAIN_AND_EDUCATE_STAKEHOLDERS,
            "Produce manuals, toolkits and other materials that make the innovation easier to learn and to deliver."),
    DEVELOP_RESOURCE_SHARING_AGREEMENTS(
            "Develop resource sharing agreements",
            EricCluster.SUPPORT_CLINICIANS,
            "Agree with organisations that hold resources the implementation needs to share them."),
    DISTRIBUTE_EDUCATIONAL_MATERIALS(
            "Distribute educational materials",
            EricCluster.TRAIN_AND_EDUCATE_STAKEHOLDERS,
            "Get guidance, manuals and toolkits to the people who need them, in person, by post or online."),
    FACILITATE_RELAY_OF_CLINICAL_DATA_TO_PROVIDERS(
            "Facilitate relay of clinical data to providers",
            EricCluster.SUPPORT_CLINICIANS,
            "Give practitioners timely data on key processes and outcomes in ways that encourage use of the innovation."),
    FACILITATION(
            "Facilitation",
            EricCluster.PROVIDE_INTERACTIVE_ASSISTANCE,
            "Help people solve implementation problems together, within a trusting working relationship, where improvement is needed."),
    FUND_AND_CONTRACT_FOR_THE_CLINICAL_INNOVATION(
            "Fund and contract for the clinical innovation",
            EricCluster.UTILIZE_FINANCIAL_STRATEGIES,
            "Commission the innovation: use tenders, contracts and funding formulas that make its delivery more likely."),
    IDENTIFY_AND_PREPARE_CHAMPIONS(
            "Identify and prepare champions",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Find and equip people who will actively promote and drive the implementation and win over those who resist it."),
    IDENTIFY_EARLY_ADOPTERS(
            "Identify early adopters",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Find the local people who take up the innovation first, and learn from their experience."),
    INCREASE_DEMAND(
            "Increase demand",
            EricCluster.ENGAGE_CONSUMERS,
            "Act on the wider market to build interest in the innovation and competition to provide it."),
    INFORM_LOCAL_OPINION_LEADERS(
            "Inform local opinion leaders",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Brief the people colleagues turn to for advice, so that they can persuade others to adopt the innovation."),
    INTERVENE_WITH_PATIENTS_CONSUMERS_TO_ENHANCE_UPTAKE_AND_ADHERENCE(
            "Intervene with patients/consumers to enhance uptake and adherence",
            EricCluster.ENGAGE_CONSUMERS,
            "Work with service users on taking up the innovation and keeping going with it."),
    INVOLVE_EXECUTIVE_BOARDS(
            "Involve executive boards",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Bring existing governing bodies into the implementation, including reviewing its data."),
    INVOLVE_PATIENTS_CONSUMERS_AND_FAMILY_MEMBERS(
            "Involve patients/consumers and family members",
            EricCluster.ENGAGE_CONSUMERS,
            "Include service users and their families in the implementation effort."),
    MAKE_BILLING_EASIER(
            "Make billing easier",
            EricCluster.UTILIZE_FINANCIAL_STRATEGIES,
            "Make it simpler to claim or be paid for delivering the innovation."),
    MAKE_TRAINING_DYNAMIC(
            "Make training dynamic",
            EricCluster.TRAIN_AND_EDUCATE_STAKEHOLDERS,
            "Teach in varied and interactive ways that suit different learners and work settings."),
    MANDATE_CHANGE(
            "Mandate change",
            EricCluster.CHANGE_INFRASTRUCTURE,
            "Have leaders declare the innovation a priority and make clear they are determined to see it implemented."),
    MODEL_AND_SIMULATE_CHANGE(
            "Model and simulate change",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Try out the change in a model or simulation before implementing it."),
    OBTAIN_AND_USE_PATIENTS_CONSUMERS_AND_FAMILY_FEEDBACK(
            "Obtain and use patients/consumers and family feedback",
            EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES,
            "Seek more feedback from service users and families on the implementation, and act on it."),
    OBTAIN_FORMAL_COMMITMENTS(
            "Obtain formal commitments",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Get key partners to put in writing what they will do for the implementation."),
    ORGANIZE_CLINICIAN_IMPLEMENTATION_TEAM_MEETINGS(
            "Organize clinician implementation team meetings",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Give the teams delivering the innovation protected time to reflect, share lessons and support each other."),
    PLACE_INNOVATION_ON_FEE_FOR_SERVICE_LISTS_FORMULARIES(
            "Place innovation on fee for service lists/formularies",
            EricCluster.UTILIZE_FINANCIAL_STRATEGIES,
            "Get the innovation onto the lists of what providers can be paid or reimbursed for."),
    PREPARE_PATIENTS_CONSUMERS_TO_BE_ACTIVE_PARTICIPANTS(
            "Prepare patients/consumers to be active participants",
            EricCluster.ENGAGE_CONSUMERS,
            "Help service users take an active part in their care, ask questions and ask about the evidence behind it."),
    PROMOTE_ADAPTABILITY(
            "Promote adaptability",
            EricCluster.ADAPT_AND_TAILOR_TO_CONTEXT,
            "Work out how the innovation can be fitted to local needs and which parts must stay the same to keep it effective."),
    PROMOTE_NETWORK_WEAVING(
            "Promote network weaving",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Build on good working relationships inside and outside the organisation to share information and solve problems together."),
    PROVIDE_CLINICAL_SUPERVISION(
            "Provide clinical supervision",
            EricCluster.PROVIDE_INTERACTIVE_ASSISTANCE,
            "Give practitioners continuing supervision in the innovation, and train their supervisors."),
    PROVIDE_LOCAL_TECHNICAL_ASSISTANCE(
            "Provide local technical assistance",
            EricCluster.PROVIDE_INTERACTIVE_ASSISTANCE,
            "Use local staff to help with implementation problems."),
    PROVIDE_ONGOING_CONSULTATION(
            "Provide ongoing consultation",
            EricCluster.TRAIN_AND_EDUCATE_STAKEHOLDERS,
            "Give continuing access to experts in the strategies that support implementation."),
    PURPOSELY_REEXAMINE_THE_IMPLEMENTATION(
            "Purposely reexamine the implementation",
            EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES,
            "Keep checking progress and adjust practice and strategies to keep improving."),
    RECRUIT_DESIGNATE_AND_TRAIN_FOR_LEADERSHIP(
            "Recruit, designate, and train for leadership",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Recruit, appoint and train people to lead the change."),
    REMIND_CLINICIANS(
            "Remind clinicians",
            EricCluster.SUPPORT_CLINICIANS,
            "Set up reminders or prompts that help practitioners remember to use the innovation."),
    REVISE_PROFESSIONAL_ROLES(
            "Revise professional roles",
            EricCluster.SUPPORT_CLINICIANS,
            "Shift responsibilities between professions and redesign jobs to fit the innovation."),
    SHADOW_OTHER_EXPERTS(
            "Shadow other experts",
            EricCluster.TRAIN_AND_EDUCATE_STAKEHOLDERS,
            "Let key people watch experienced practitioners using the innovation."),
    STAGE_IMPLEMENTATION_SCALE_UP(
            "Stage implementation scale up",
            EricCluster.USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES,
            "Start with small pilots or demonstrations and widen step by step to the whole system."),
    START_A_DISSEMINATION_ORGANIZATION(
            "Start a dissemination organization",
            EricCluster.CHANGE_INFRASTRUCTURE,
            "Set up, or find, a separate organisation, profit-making or not, whose job is to spread the innovation."),
    TAILOR_STRATEGIES(
            "Tailor strategies",
            EricCluster.ADAPT_AND_TAILOR_TO_CONTEXT,
            "Choose and shape implementation strategies to tackle the barriers and use the facilitators found earlier."),
    USE_ADVISORY_BOARDS_AND_WORKGROUPS(
            "Use advisory boards and workgroups",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Set up a formal group of varied stakeholders to advise on the implementation and recommend improvements."),
    USE_AN_IMPLEMENTATION_ADVISOR(
            "Use an implementation advisor",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Take advice from people expert in implementation."),
    USE_CAPITATED_PAYMENTS(
            "Use capitated payments",
            EricCluster.UTILIZE_FINANCIAL_STRATEGIES,
            "Pay providers a fixed amount per person for the care they deliver."),
    USE_DATA_EXPERTS(
            "Use data experts",
            EricCluster.ADAPT_AND_TAILOR_TO_CONTEXT,
            "Bring in people skilled with data to help managers use the data the implementation produces."),
    USE_DATA_WAREHOUSING_TECHNIQUES(
            "Use data warehousing techniques",
            EricCluster.ADAPT_AND_TAILOR_TO_CONTEXT,
            "Join up records across services and organisations to support implementation across the system."),
    USE_MASS_MEDIA(
            "Use mass media", EricCluster.ENGAGE_CONSUMERS, "Use the media to tell many people about the innovation."),
    USE_OTHER_PAYMENT_SCHEMES(
            "Use other payment schemes",
            EricCluster.UTILIZE_FINANCIAL_STRATEGIES,
            "Try other ways of paying for the innovation than the other financial strategies name."),
    USE_TRAIN_THE_TRAINER_STRATEGIES(
            "Use train-the-trainer strategies",
            EricCluster.TRAIN_AND_EDUCATE_STAKEHOLDERS,
            "Train chosen practitioners or organisations so that they can train others."),
    VISIT_OTHER_SITES(
            "Visit other sites",
            EricCluster.DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS,
            "Visit places where a similar implementation has gone well."),
    WORK_WITH_EDUCATIONAL_INSTITUTIONS(
            "Work with educational institutions",
            EricCluster.TRAIN_AND_EDUCATE_STAKEHOLDERS,
            "Encourage colleges and universities to teach the innovation to future practitioners.");

    /** Where the strategies, their names and their clusters come from; the definitions are the project's own. */
    public static final String SOURCE = "Powell BJ, Waltz TJ, Chinman MJ, et al. A refined compilation of"
            + " implementation strategies: results from the Expert Recommendations for Implementing Change (ERIC)"
            + " project. Implementation Science 2015;10:21 (names); clusters: " + EricCluster.SOURCE
            + ". Definitions: Evidence Map's own short wording.";

    private final String label;
    private final EricCluster cluster;
    private final String definition;

    EricStrategy(String label, EricCluster cluster, String definition) {
        this.label = label;
        this.cluster = cluster;
        this.definition = definition;
    }

    /** The stable code, e.g. {@code IDENTIFY_AND_PREPARE_CHAMPIONS}. */
    @Override
    public String code() {
        return name();
    }

    /** The strategy's exact published name, e.g. "Identify and prepare champions". */
    @Override
    public String label() {
        return label;
    }

    /** The cluster of Waltz et al. 2015 the strategy belongs to. */
    public EricCluster cluster() {
        return cluster;
    }

    /** What the strategy means, in a sentence of the project's own. */
    public String definition() {
        return definition;
    }
}
