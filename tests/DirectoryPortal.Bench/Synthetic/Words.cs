namespace DirectoryPortal.Bench.Synthetic;

/// Word and phrase pools for synthetic content, in the register of the real directory.
public static class Words
{
    public static readonly string[] Places =
    [
        "Aldgate", "Barbican", "Bishopsgate", "Blackfriars", "Bow", "Camden", "Cheapside", "Clerkenwell",
        "Dalston", "Farringdon", "Finsbury", "Greenwich", "Hackney", "Haringey", "Holborn", "Hoxton",
        "Islington", "Kennington", "Lambeth", "Lewisham", "Limehouse", "Moorgate", "Newham", "Peckham",
        "Poplar", "Shoreditch", "Smithfield", "Southwark", "Spitalfields", "Stepney", "Stratford", "Temple",
        "Tottenham", "Tower Hill", "Vauxhall", "Walthamstow", "Wapping", "Westminster", "Whitechapel", "Woolwich",
    ];

    public static readonly string[] Cores =
    [
        "Women's", "Family", "Community", "Survivors'", "Safe Voices", "Independent", "Men's", "Youth",
        "LGBT+", "Asian Women's", "Deaf", "Migrant", "Black Women's", "Carers'", "Older People's", "Students'",
        "Faith", "Neighbourhood", "Refugee", "Recovery",
    ];

    public static readonly string[] Kinds =
    [
        "Advice Line", "Support Service", "Outreach Project", "Helpline", "Refuge", "Advocacy Service",
        "Counselling Centre", "Drop-in", "Legal Clinic", "Housing Service", "Safety Project", "Wellbeing Hub",
        "Listening Service", "Peer Support Group", "Access Point", "Resource Centre",
    ];

    public static readonly string[] Openers =
    [
        "Free, confidential support for {who} in {where}.",
        "A {kind} for {who} who have experienced abuse or violence.",
        "Trained advisers listen, believe you and help you decide what to do next.",
        "Specialist support for {who}, whether the abuse is happening now or happened in the past.",
        "Practical and emotional help for {who} living or working in {where}.",
    ];

    public static readonly string[] Middles =
    [
        "Staff can help you make a safety plan, find somewhere safe to stay and understand your legal options.",
        "You can talk to someone in confidence, and you do not have to give your name.",
        "Advocates can go with you to appointments, to court and to the police if you want them to.",
        "The team can arrange an interpreter and offers appointments by phone, video or in person.",
        "Friends, family members and professionals who are worried about someone can contact the service too.",
        "Counsellors offer a set number of free sessions, with a short wait for a first appointment.",
        "The service works closely with the police, housing teams and health services across London.",
    ];

    public static readonly string[] Closers =
    [
        "If you are in danger now, call 999.",
        "Calls are free from landlines and mobiles.",
        "Check the website for current opening times.",
        "Referrals are accepted from anyone.",
    ];

    public static readonly string[] Who =
    [
        "women and girls", "men", "LGBT+ people", "young people aged 13 to 25", "older people",
        "deaf and disabled people", "Black and minoritised women", "people who work in the City", "families",
    ];

    public static readonly string[] Areas = ["the City of London", "London", "England and Wales", "East London"];

    /// ISO 639-1 codes, as records write them.
    public static readonly string[] Languages = ["en", "ar", "tr", "fa", "ku", "ps"];

    public static readonly string[] KeywordPool =
    [
        "controlling partner", "coercive control", "refuge", "safe house", "leaving an abuser", "stalker",
        "harassment", "sexual assault", "rape", "forced marriage", "honour", "counselling", "advocate",
        "IDVA", "court order", "housing", "emergency accommodation", "helpline", "chat", "text support",
    ];

    public static readonly string[] Topics =
    [
        "Safety planning", "Leaving an abusive relationship", "Coercive control", "Stalking", "Online abuse",
        "Forced marriage", "Honour-based abuse", "Sexual violence", "Economic abuse", "Child contact",
        "Housing options", "Going to court", "Reporting to the police", "Protective orders", "Health and wellbeing",
        "Supporting a friend", "Abuse at work", "Older people and abuse", "Young people's relationships", "Immigration and abuse",
    ];

    public static readonly string[] Aspects =
    [
        "what it means", "first steps", "questions people ask", "your rights", "getting support",
        "for professionals", "for family and friends", "after it has happened", "keeping evidence",
        "what happens next", "in the City of London", "when you cannot speak English",
    ];

    public static readonly string[] GuidanceSentences =
    [
        "Abuse is never your fault, and you do not have to deal with it on your own.",
        "It can be physical, sexual, emotional or financial, and it often gets worse over time.",
        "Many people find it hard to name what is happening to them, and that is normal.",
        "A specialist adviser can talk through your options without telling you what to do.",
        "You can keep a private record of what happens, with dates, times and anything that was said.",
        "If you share a phone or computer, clear your history or use a device the other person cannot see.",
        "The police take these reports seriously and can put you in touch with a victim support worker.",
        "Courts can make orders that stop a person contacting you or coming near your home.",
        "Your employer may be able to change your working pattern or give you time off to get help.",
        "Children are affected by abuse at home even when they do not see it happen.",
        "Interpreters are free, and you can ask for a woman or a man to interpret for you.",
        "Housing teams must help you if you are homeless because of abuse.",
        "Some services are only for women, some only for men and some for anyone.",
        "You can call a helpline just to talk, even if you are not ready to do anything yet.",
        "Professionals should ask about abuse in private, and should never ask in front of a partner.",
    ];

    public static readonly string[] ListItems =
    [
        "keep important documents somewhere safe", "save helpline numbers under another name",
        "tell someone you trust what is happening", "plan how you would leave in a hurry",
        "ask your GP for a private appointment", "write down dates and what happened",
        "find out which services are open at night", "check your phone for tracking apps",
        "agree a code word with a friend", "keep some money aside if you can",
    ];
}
