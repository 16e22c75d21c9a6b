namespace DirectoryPortal.Index.Languages;

/// <summary>The stop-word lists of lunr-languages 1.22.0, word for word, as the browser's copies filter them.</summary>
/// <remarks>
/// Lists, not code: a stop word left out here would be indexed by us and not by lunr-languages, so they have to be
/// the same, and the tests read each list back out of the npm package to compare. lunr-languages is MPL-1.1; the
/// Spanish, Portuguese and Turkish lists come from the Snowball project (BSD). Where a list has two spaces in a
/// row ("غير  ف" in Arabic, "în  înainte" in Romanian) the empty string is on it, so an emptied token is dropped.
/// </remarks>
internal static class LunrLanguagesStopWords
{
    public const string Polish =
        "aby acz aczkolwiek ale ależ ani aż bardziej bardzo bez bo bowiem by byli być był była było były " +
        "co czy dla do dobrze dość dużo dwa dwie gdy gdzie go i ich im inaczej ja jak jednak jego jej jemu " +
        "jeszcze jeśli już każdy kiedy kto która które który którzy ku lat lecz lub ma mają mi mimo mnie " +
        "może mu my na nad nam nas nasz nasza nasze naszego natomiast nawet nie nim niż o od oraz po pod " +
        "ponieważ przed przez przy sie się sobie sobą sposób swoje są ta tak taka taki te tego tej temu ten " +
        "to tobie tobą tu twoje tych tychże tylko tym więc więcej wszyscy wszystko z za zawsze że";

    public const string Romanian =
        "acea aceasta această aceea acei aceia acel acela acele acelea acest acesta aceste acestea aceşti " +
        "aceştia acolo acord acum ai aia aibă aici al ale alea altceva altcineva am ar are asemenea asta " +
        "astea astăzi asupra au avea avem aveţi azi aş aşadar aţi bine bucur bună ca care caut ce cel ceva " +
        "chiar cinci cine cineva contra cu cum cumva curând curînd când cât câte câtva câţi cînd cît cîte " +
        "cîtva cîţi că căci cărei căror cărui către da dacă dar datorită dată dau de deci deja deoarece departe " +
        "deşi din dinaintea dintr- dintre doi doilea două drept după dă ea ei el ele eram este eu eşti face " +
        "fata fi fie fiecare fii fim fiu fiţi frumos fără graţie halbă iar ieri la le li lor lui lângă lîngă " +
        "mai mea mei mele mereu meu mi mie mine mult multă mulţi mulţumesc mâine mîine mă ne nevoie nici " +
        "nicăieri nimeni nimeri nimic nişte noastre noastră noi noroc nostru nouă noştri nu opt ori oricare " +
        "orice oricine oricum oricând oricât oricînd oricît oriunde patra patru patrulea pe pentru peste " +
        "pic poate pot prea prima primul prin puţin puţina puţină până pînă rog sa sale sau se spate spre " +
        "sub sunt suntem sunteţi sută sînt sîntem sînteţi să săi său ta tale te timp tine toate toată tot " +
        "totuşi toţi trei treia treilea tu tăi tău un una unde undeva unei uneia unele uneori unii unor unora " +
        "unu unui unuia unul vi voastre voastră voi vostru vouă voştri vreme vreo vreun vă zece zero zi zice " +
        "îi îl îmi împotriva în  înainte înaintea încotro încât încît între întrucât întrucît îţi ăla ălea " +
        "ăsta ăstea ăştia şapte şase şi ştiu ţi ţie";

    public const string Spanish =
        "a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el " +
        "ella ellas ellos en entre era erais eran eras eres es esa esas ese eso esos esta estaba estabais " +
        "estaban estabas estad estada estadas estado estados estamos estando estar estaremos estará estarán " +
        "estarás estaré estaréis estaría estaríais estaríamos estarían estarías estas este estemos esto estos " +
        "estoy estuve estuviera estuvierais estuvieran estuvieras estuvieron estuviese estuvieseis estuviesen " +
        "estuvieses estuvimos estuviste estuvisteis estuviéramos estuviésemos estuvo está estábamos estáis " +
        "están estás esté estéis estén estés fue fuera fuerais fueran fueras fueron fuese fueseis fuesen " +
        "fueses fui fuimos fuiste fuisteis fuéramos fuésemos ha habida habidas habido habidos habiendo habremos " +
        "habrá habrán habrás habré habréis habría habríais habríamos habrían habrías habéis había habíais " +
        "habíamos habían habías han has hasta hay haya hayamos hayan hayas hayáis he hemos hube hubiera hubierais " +
        "hubieran hubieras hubieron hubiese hubieseis hubiesen hubieses hubimos hubiste hubisteis hubiéramos " +
        "hubiésemos hubo la las le les lo los me mi mis mucho muchos muy más mí mía mías mío míos nada ni " +
        "no nos nosotras nosotros nuestra nuestras nuestro nuestros o os otra otras otro otros para pero " +
        "poco por porque que quien quienes qué se sea seamos sean seas seremos será serán serás seré seréis " +
        "sería seríais seríamos serían serías seáis sido siendo sin sobre sois somos son soy su sus suya " +
        "suyas suyo suyos sí también tanto te tendremos tendrá tendrán tendrás tendré tendréis tendría tendríais " +
        "tendríamos tendrían tendrías tened tenemos tenga tengamos tengan tengas tengo tengáis tenida tenidas " +
        "tenido tenidos teniendo tenéis tenía teníais teníamos tenían tenías ti tiene tienen tienes todo " +
        "todos tu tus tuve tuviera tuvierais tuvieran tuvieras tuvieron tuviese tuvieseis tuviesen tuvieses " +
        "tuvimos tuviste tuvisteis tuviéramos tuviésemos tuvo tuya tuyas tuyo tuyos tú un una uno unos vosotras " +
        "vosotros vuestra vuestras vuestro vuestros y ya yo él éramos";

    public const string Portuguese =
        "a ao aos aquela aquelas aquele aqueles aquilo as até com como da das de dela delas dele deles depois " +
        "do dos e ela elas ele eles em entre era eram essa essas esse esses esta estamos estas estava estavam " +
        "este esteja estejam estejamos estes esteve estive estivemos estiver estivera estiveram estiverem " +
        "estivermos estivesse estivessem estivéramos estivéssemos estou está estávamos estão eu foi fomos " +
        "for fora foram forem formos fosse fossem fui fôramos fôssemos haja hajam hajamos havemos hei houve " +
        "houvemos houver houvera houveram houverei houverem houveremos houveria houveriam houvermos houverá " +
        "houverão houveríamos houvesse houvessem houvéramos houvéssemos há hão isso isto já lhe lhes mais " +
        "mas me mesmo meu meus minha minhas muito na nas nem no nos nossa nossas nosso nossos num numa não " +
        "nós o os ou para pela pelas pelo pelos por qual quando que quem se seja sejam sejamos sem serei " +
        "seremos seria seriam será serão seríamos seu seus somos sou sua suas são só também te tem temos " +
        "tenha tenham tenhamos tenho terei teremos teria teriam terá terão teríamos teu teus teve tinha tinham " +
        "tive tivemos tiver tivera tiveram tiverem tivermos tivesse tivessem tivéramos tivéssemos tu tua " +
        "tuas tém tínhamos um uma você vocês vos à às éramos";

    public const string Turkish =
        "acaba altmış altı ama ancak arada aslında ayrıca bana bazı belki ben benden beni benim beri beş " +
        "bile bin bir biri birkaç birkez birçok birşey birşeyi biz bizden bize bizi bizim bu buna bunda bundan " +
        "bunlar bunları bunların bunu bunun burada böyle böylece da daha dahi de defa değil diye diğer doksan " +
        "dokuz dolayı dolayısıyla dört edecek eden ederek edilecek ediliyor edilmesi ediyor elli en etmesi " +
        "etti ettiği ettiğini eğer gibi göre halen hangi hatta hem henüz hep hepsi her herhangi herkesin " +
        "hiç hiçbir iki ile ilgili ise itibaren itibariyle için işte kadar karşın katrilyon kendi kendilerine " +
        "kendini kendisi kendisine kendisini kez ki kim kimden kime kimi kimse kırk milyar milyon mu mü mı " +
        "nasıl ne neden nedenle nerde nerede nereye niye niçin o olan olarak oldu olduklarını olduğu olduğunu " +
        "olmadı olmadığı olmak olması olmayan olmaz olsa olsun olup olur olursa oluyor on ona ondan onlar " +
        "onlardan onları onların onu onun otuz oysa pek rağmen sadece sanki sekiz seksen sen senden seni " +
        "senin siz sizden sizi sizin tarafından trilyon tüm var vardı ve veya ya yani yapacak yapmak yaptı " +
        "yaptıkları yaptığı yaptığını yapılan yapılması yapıyor yedi yerine yetmiş yine yirmi yoksa yüz zaten " +
        "çok çünkü öyle üzere üç şey şeyden şeyi şeyler şu şuna şunda şundan şunları şunu şöyle";

    public const string Arabic =
        "، اض امين اه اها اي ا اب اجل اجمع اخ اخذ اصبح اضحى اقبل اقل اكثر الا ام اما امامك امامك امسى اما " +
        "ان انا انت انتم انتما انتن انت انشا انى او اوشك اولئك اولئكم اولاء اولالك اوه اي ايا اين اينما اي " +
        "ان اي اف اذ اذا اذا اذما اذن الى اليكم اليكما اليكن اليك اليك الا اما ان انما اي اياك اياكم اياكما " +
        "اياكن ايانا اياه اياها اياهم اياهما اياهن اياي ايه ان ا ابتدا اثر اجل احد اخرى اخلولق اذا اربعة " +
        "ارتد استحال اطار اعادة اعلنت اف اكثر اكد الالاء الالى الا الاخيرة الان الاول الاولى التى التي الثاني " +
        "الثانية الذاتي الذى الذي الذين السابق الف اللائي اللاتي اللتان اللتيا اللتين اللذان اللذين اللواتي " +
        "الماضي المقبل الوقت الى اليوم اما امام امس ان انبرى انقلب انه انها او اول اي ايار ايام ايضا ب بات " +
        "باسم بان بخ برس بسبب بس بشكل بضع بطان بعد بعض بك بكم بكما بكن بل بلى بما بماذا بمن بن بنا به بها " +
        "بي بيد بين بس بله بئس تان تانك تبدل تجاه تحول تلقاء تلك تلكم تلكما تم تينك تين ته تي ثلاثة ثم ثم " +
        "ثمة ثم جعل جلل جميع جير حار حاشا حاليا حاي حتى حرى حسب حم حوالى حول حيث حيثما حين حي حبذا حتى حذار " +
        "خلا خلال دون دونك ذا ذات ذاك ذانك ذان ذلك ذلكم ذلكما ذلكن ذو ذوا ذواتا ذواتي ذيت ذينك ذين ذه ذي " +
        "راح رجع رويدك ريث رب زيارة سبحان سرعان سنة سنوات سوف سوى ساء ساءما شبه شخصا شرع شتان صار صباح صفر " +
        "صه صه ضد ضمن طاق طالما طفق طق ظل عاد عام عاما عامة عدا عدة عدد عدم عسى عشر عشرة علق على عليك عليه " +
        "عليها عل عن عند عندما عوض عين عدس عما غدا غير  ف فان فلان فو فى في فيم فيما فيه فيها قال قام قبل " +
        "قد قط قلما قوة كانما كاين كاي كاين كاد كان كانت كذا كذلك كرب كل كلا كلاهما كلتا كلم كليكما كليهما " +
        "كلما كلا كم كما كي كيت كيف كيفما كان كخ لئن لا لات لاسيما لدن لدى لعمر لقاء لك لكم لكما لكن لكنما " +
        "لكي لكيلا للامم لم لما لما لن لنا له لها لو لوكالة لولا لوما لي لست لست لستم لستما لستن لست لسن " +
        "لعل لكن ليت ليس ليسا ليستا ليست ليسوا لسنا ما ماانفك مابرح مادام ماذا مازال مافتئ مايو متى مثل مذ " +
        "مساء مع معاذ مقابل مكانكم مكانكما مكانكن مكانك مليار مليون مما ممن من منذ منها مه مهما من من نحن " +
        "نحو نعم نفس نفسه نهاية نخ نعما نعم ها هاؤم هاك هاهنا هب هذا هذه هكذا هل هلم هلا هم هما هن هنا هناك " +
        "هنالك هو هي هيا هيت هيا هؤلاء هاتان هاتين هاته هاتي هج هذا هذان هذين هذه هذي هيهات وا واحد واضاف " +
        "واضافت واكد وان واها واوضح وراءك وفي وقال وقالت وقد وقف وكان وكانت ولا ولم ومن وهو وهي ويكان وي " +
        "وشكان يكون يمكن يوم ايان";
}
