<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <source>Export calendar</source>
        <translation>Күнтізбені экспорттау</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar файлдары (*.ics)</translation>
    </message>
    <message>
        <source>%1 events written to %2</source>
        <translation>%2 файлына %1 оқиға жазылды</translation>
    </message>
    <message>
        <source>(%1 measures without dates left out)</source>
        <translation>(күні жоқ %1 іс-шара енгізілмеді)</translation>
    </message>
    <message>
        <source>%1 is a public holiday in %2.</source>
        <extracomment>Day shading of holidays: the first party&apos;s country, the second&apos;s, both. The same, a shade deeper: thin day columns on the timeline need it to be seen. Stronger colours for the country tags written on holidays.</extracomment>
        <translation>%1 — мемлекеттік мереке: %2.</translation>
    </message>
    <message>
        <source>No timing</source>
        <translation>Мерзімі көрсетілмеген</translation>
    </message>
    <message>
        <source>Plans (*.xlsx *.docx *.csv);;Excel workbooks (*.xlsx);;Word documents (*.docx);;CSV files (*.csv);;All files (*)</source>
        <translation>Жоспарлар (*.xlsx *.docx *.csv);;Excel кітаптары (*.xlsx);;Word құжаттары (*.docx);;CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <source>Placing the columns…</source>
        <translation>Бағандарды сәйкестендіру…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <source>The plan was changed while the import was open; %n new conflict(s) with the sheet must be decided. Nothing has been written yet.</source>
        <translation>Импорт ашық тұрғанда жоспар өзгертілді: кестемен жаңа қайшылықтарды шешу керек (%n). Әзірге ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 файлына экспорттау…</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Қайшылықтарды шешу</translation>
    </message>
    <message>
        <source>These were changed both here and in the sheet since the export. Choose, for each, the value to keep; the other changes of the sheet apply as they are.</source>
        <translation>Бұл мәндер экспорттан кейін мұнда да, серіктестің кестесінде де өзгертілген. Әрқайсысы үшін сақталатын мәнді таңдаңыз; кестедегі басқа өзгерістер сол күйінде қолданылады.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>біреу</translation>
    </message>
    <message>
        <source>%1 changed this while you were editing it (%2). Choose the value to keep.</source>
        <translation>Сіз өңдеп отырғанда %1 мұны өзгертті (%2). Қай мәнді сақтау керектігін таңдаңыз.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>жаңа ғана</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Сіз бастаған кезде</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Сіздікі</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Олардікі (сақталған)</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Барлық менікін қалдыру</translation>
    </message>
    <message>
        <source>As exported</source>
        <translation>Экспорттағы</translation>
    </message>
    <message>
        <source>Ours (here)</source>
        <translation>Біздікі (мұнда)</translation>
    </message>
    <message>
        <source>Theirs (sheet)</source>
        <translation>Олардікі (кесте)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Біздікін қалдыру</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Олардікін қабылдау</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>(the whole measure)</source>
        <translation>(іс-шара толығымен)</translation>
    </message>
    <message>
        <source>Keep all ours</source>
        <translation>Біздікінің бәрін қалдыру</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Олардікінің бәрін қабылдау</translation>
    </message>
    <message>
        <source>%1 left to decide</source>
        <translation>Шешілмегені: %1</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Р/с №</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <source>Responsible (party A)</source>
        <translation>Жауапты орындаушылар (А тарап)</translation>
    </message>
    <message>
        <source>Responsible (party B)</source>
        <translation>Жауапты орындаушылар (Б тарап)</translation>
    </message>
    <message>
        <source>Form of completion</source>
        <translation>Аяқтау нысаны</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Өткізілетін орны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдығы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Whole measure</source>
        <translation>Іс-шара толығымен</translation>
    </message>
    <message>
        <source>edited here since the export</source>
        <translation>экспорттан кейін мұнда өзгертілген</translation>
    </message>
    <message>
        <source>deleted here since the export</source>
        <translation>экспорттан кейін мұнда жойылған</translation>
    </message>
    <message>
        <source>edited in the sheet</source>
        <translation>серіктестің кестесінде өзгертілген</translation>
    </message>
    <message>
        <source>deleted from the sheet</source>
        <translation>серіктестің кестесінен жойылған</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Қайшылық</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгертілген</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <source>Kind (from the title)</source>
        <translation>Түрі (атауы бойынша)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <source>New sector</source>
        <translation>Жаңа бөлім</translation>
    </message>
    <message>
        <source>Renamed sector</source>
        <translation>Атауы өзгертілген бөлім</translation>
    </message>
    <message>
        <source>Import preview</source>
        <extracomment>header key -&gt; choice (&quot;notes&quot;, &quot;ignore&quot; or a field) for every unplaced column.</extracomment>
        <translation>Импортты алдын ала қарау</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Біздікі</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Олардікі</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Values (examples)</source>
        <translation>Мәндер (мысалдар)</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Қалай оқу</translation>
    </message>
    <message>
        <source>These columns have headers CoopDesk does not know. Choose what each one holds; by default their values are kept in the notes.</source>
        <translation>CoopDesk бұл бағандардың тақырыптарын білмейді. Әрқайсысында не барын көрсетіңіз; әдепкі бойынша олардың мәндері ескертпеде сақталады.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>a new plan “%1”</source>
        <translation>жаңа «%1» жоспары</translation>
    </message>
    <message>
        <source>the plan “%1”</source>
        <translation>«%1» жоспары</translation>
    </message>
    <message>
        <source>%1, sheet “%2”: %3 measures in %4 sectors, into %5.</source>
        <translation>%1, «%2» парағы: %3 іс-шара, %4 бөлім; қайда: %5.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 to remove, %4 conflicts.</source>
        <translation>Қосылады: %1, өзгертіледі: %2, жойылады: %3, қайшылық: %4.</translation>
    </message>
    <message>
        <source>Compared field by field with the plan as it was exported.</source>
        <translation>Экспорт кезіндегі жоспармен өріс бойынша салыстырылды.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Өзгерістер (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Ақаулар (%1)</translation>
    </message>
    <message>
        <source>Unknown columns (%1)</source>
        <translation>Белгісіз бағандар (%1)</translation>
    </message>
    <message>
        <source>Kinds from titles (%1)</source>
        <translation>Атаулар бойынша түрлер (%1)</translation>
    </message>
    <message>
        <source>files that do not name their author</source>
        <translation>авторы көрсетілмеген файлдар</translation>
    </message>
    <message>
        <source>Remember these choices for sheets from %1</source>
        <translation>Осы таңдауды мына жерден келген кестелер үшін есте сақтау: %1</translation>
    </message>
    <message>
        <source>The file has %1 problem(s). Nothing will be written: correct the sheet and import it again.</source>
        <translation>Файлдағы ақаулар саны: %1. Ештеңе жазылмайды: кестені түзетіп, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>%1 field(s) were changed both here and in the sheet; you choose next.</source>
        <translation>Мұнда да, кестеде де өзгертілген өрістер: %1; келесі қадамда өзіңіз таңдайсыз.</translation>
    </message>
    <message>
        <source>Everything is ready; nothing is written until you apply.</source>
        <translation>Бәрі дайын; «Қолдану» батырмасын баспайынша ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Қайшылықтарды шешу…</translation>
    </message>
    <message>
        <source>Keep in the notes</source>
        <translation>Ескертпеде сақтау</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <extracomment>Progress reports closer together than this (seconds) are not shown.</extracomment>
        <translation>Файл тексерілуде…</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>Кесте оқылуда…</translation>
    </message>
    <message>
        <source>Comparing with the plan…</source>
        <translation>Жоспармен салыстырылуда…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Жазылуда…</translation>
    </message>
    <message>
        <source>Saving the workbook…</source>
        <translation>Кітап сақталуда…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>Тоқтатылуда; ештеңе жазылмайды…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Жаңа жоспар…</translation>
    </message>
    <message>
        <source>Plan &amp;properties…</source>
        <translation>Жоспар &amp;қасиеттері…</translation>
    </message>
    <message>
        <source>&amp;Delete plan…</source>
        <translation>Жоспарды &amp;өшіру…</translation>
    </message>
    <message>
        <source>Read &amp;timings again</source>
        <translation>&amp;Мерзімдерді қайта оқу</translation>
    </message>
    <message>
        <source>Give dates to the timings CoopDesk could not read when they were entered</source>
        <translation>CoopDesk енгізу кезінде оқи алмаған орындау мерзімдеріне күн белгілеу</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>Import a plan or a partner&apos;s edits from Excel, Word or CSV</source>
        <translation>Жоспарды немесе серіктестің түзетулерін Excel, Word не CSV файлынан импорттау</translation>
    </message>
    <message>
        <source>&amp;Export to Excel (English)…</source>
        <translation>Excel-ге &amp;экспорттау (ағылшынша)…</translation>
    </message>
    <message>
        <source>Export to Excel (&amp;Russian)…</source>
        <translation>Excel-ге экспорттау (&amp;орысша)…</translation>
    </message>
    <message>
        <source>Export to Excel (&amp;Kazakh)…</source>
        <translation>Excel-ге экспорттау (қа&amp;зақша)…</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>Жоспарды &amp;басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Есептер…</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>&amp;Күнтізбені экспорттау (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Кесте</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>К&amp;үнтізбе</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>New &amp;measure…</source>
        <translation>Жаң&amp;а іс-шара…</translation>
    </message>
    <message>
        <source>Add a measure to the current sector</source>
        <translation>Ағымдағы бөлімге іс-шара қосу</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Кө&amp;шірмесін жасау</translation>
    </message>
    <message>
        <source>&amp;Delete measures…</source>
        <translation>Іс-шараларды &amp;жою…</translation>
    </message>
    <message>
        <source>Move measure u&amp;p</source>
        <translation>Іс-шараны ж&amp;оғары жылжыту</translation>
    </message>
    <message>
        <source>Move measure do&amp;wn</source>
        <translation>Іс-шараны &amp;төмен жылжыту</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>&amp;Add sector…</source>
        <translation>Бөлім &amp;қосу…</translation>
    </message>
    <message>
        <source>Add s&amp;ub-sector…</source>
        <translation>&amp;Ішкі бөлім қосу…</translation>
    </message>
    <message>
        <source>&amp;Rename sector…</source>
        <translation>Бөлімнің &amp;атын өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Delete sector…</source>
        <translation>Бөлімді &amp;жою…</translation>
    </message>
    <message>
        <source>Move sector &amp;up</source>
        <translation>Бөлімді ж&amp;оғары жылжыту</translation>
    </message>
    <message>
        <source>Move sector do&amp;wn</source>
        <translation>Бөлімді &amp;төмен жылжыту</translation>
    </message>
    <message>
        <source>&amp;Indent sector</source>
        <translation>Бөлім деңгейін т&amp;өмендету</translation>
    </message>
    <message>
        <source>&amp;Outdent sector</source>
        <translation>Бөлім деңгейін &amp;көтеру</translation>
    </message>
    <message>
        <source>&amp;Next measure</source>
        <translation>Ке&amp;лесі іс-шара</translation>
    </message>
    <message>
        <source>&amp;Previous measure</source>
        <translation>&amp;Алдыңғы іс-шара</translation>
    </message>
    <message>
        <source>Sort in &amp;plan order</source>
        <translation>&amp;Жоспар ретімен сұрыптау</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Сүзгілерді тазалау</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Жа&amp;ңарту</translation>
    </message>
    <message>
        <source>&amp;About CoopDesk</source>
        <translation>CoopDesk &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>Қойманы &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>&amp;Күйін белгілеу</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Бөлім</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Кө&amp;рініс</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Бағандар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source> Plan: </source>
        <translation> Жоспар: </translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>«%1» қайталанбады: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>«%1» болдырылмады: %2</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Жаңа жоспар</translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>Жоспар қасиеттерін өзгерту</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Жоспарды өшіру</translation>
    </message>
    <message>
        <source>Read timings again</source>
        <translation>Мерзімдерді қайта оқу</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Бөлім қосу</translation>
    </message>
    <message>
        <source>Rename sector</source>
        <translation>Бөлімнің атын өзгерту</translation>
    </message>
    <message>
        <source>Delete sector</source>
        <translation>Бөлімді жою</translation>
    </message>
    <message>
        <source>Move sector</source>
        <translation>Бөлімді жылжыту</translation>
    </message>
    <message>
        <source>Move sector up</source>
        <translation>Бөлімді жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move sector down</source>
        <translation>Бөлімді төмен жылжыту</translation>
    </message>
    <message>
        <source>Indent sector</source>
        <translation>Бөлім деңгейін төмендету</translation>
    </message>
    <message>
        <source>Outdent sector</source>
        <translation>Бөлім деңгейін көтеру</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Іс-шара қосу</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Іс-шараны өзгерту</translation>
    </message>
    <message>
        <source>Move measure</source>
        <translation>Іс-шараны жылжыту</translation>
    </message>
    <message>
        <source>Move measure up</source>
        <translation>Іс-шараны жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move measure down</source>
        <translation>Іс-шараны төмен жылжыту</translation>
    </message>
    <message>
        <source>Duplicate measure</source>
        <translation>Іс-шараның көшірмесін жасау</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Іс-шараны жою</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Жоспарды импорттау</translation>
    </message>
    <message>
        <source>Import measures</source>
        <translation>Іс-шараларды импорттау</translation>
    </message>
    <message>
        <source>Load sample plan</source>
        <translation>Үлгі жоспарды жүктеу</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Орындаушы қосу</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation>Орындаушыны өзгерту</translation>
    </message>
    <message>
        <source>Delete agency</source>
        <translation>Орындаушыны өшіру</translation>
    </message>
    <message>
        <source>Merge agencies</source>
        <translation>Орындаушыларды біріктіру</translation>
    </message>
    <message>
        <source>Import agencies</source>
        <translation>Орындаушыларды импорттау</translation>
    </message>
    <message>
        <source>Load agencies</source>
        <translation>Орындаушыларды жүктеу</translation>
    </message>
    <message>
        <source>Link responsible agencies</source>
        <translation>Жауапты орындаушыларды байланыстыру</translation>
    </message>
    <message>
        <source>Add progress entry</source>
        <translation>Орындалу барысы туралы жазба қосу</translation>
    </message>
    <message>
        <source>Edit progress entry</source>
        <translation>Орындалу барысы туралы жазбаны өзгерту</translation>
    </message>
    <message>
        <source>Delete progress entry</source>
        <translation>Орындалу барысы туралы жазбаны өшіру</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Орындалу барысын енгізу</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Өзгерту: %1</translation>
    </message>
    <message>
        <source>Move %1 measures</source>
        <translation>%1 іс-шараны жылжыту</translation>
    </message>
    <message>
        <source>Duplicate %1 measures</source>
        <translation>%1 іс-шараның көшірмесін жасау</translation>
    </message>
    <message>
        <source>Delete %1 measures</source>
        <translation>%1 іс-шараны жою</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>«%1» күйін белгілеу</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорттау: %1</translation>
    </message>
    <message>
        <source>Carry over into %1</source>
        <translation>%1 жоспарына ауыстыру</translation>
    </message>
    <message>
        <source>Password of {login} for “{name}” ({where}):</source>
        <translation>«{name}» үшін {login} құпиясөзі ({where}):</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(пайдаланушысыз)</translation>
    </message>
    <message>
        <source>No system keyring is available, so CoopDesk does not keep passwords.</source>
        <translation>Жүйелік құпиясөз қоймасы қолжетімсіз, сондықтан CoopDesk құпиясөздерді сақтамайды.</translation>
    </message>
    <message>
        <source>Open saved connection</source>
        <translation>Сақталған қосылымды ашу</translation>
    </message>
    <message>
        <source>Saved connection</source>
        <translation>Сақталған қосылым</translation>
    </message>
    <message>
        <source>“{name}” is saved without its password: no system keyring is available, so CoopDesk will ask for the password each time you open it.</source>
        <translation>«{name}» қосылымы құпиясөзсіз сақталды: жүйелік құпиясөз қоймасы қолжетімсіз, сондықтан CoopDesk оны ашқан сайын құпиясөзді сұрайды.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Қойманы ашу</translation>
    </message>
    <message>
        <source>&amp;Recent stores and saved server connections:</source>
        <translation>&amp;Соңғы қоймалар және сақталған сервер қосылымдары:</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>&amp;Файлды ашу…</translation>
    </message>
    <message>
        <source>&amp;New store file…</source>
        <translation>Қойманың &amp;жаңа файлы…</translation>
    </message>
    <message>
        <source>New &amp;server connection…</source>
        <translation>&amp;Серверге жаңа қосылым…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Ұмыту</translation>
    </message>
    <message>
        <source>Open a CoopDesk store</source>
        <translation>CoopDesk қоймасын ашу</translation>
    </message>
    <message>
        <source>CoopDesk stores (*.db *.sqlite);;All files (*)</source>
        <translation>CoopDesk қоймалары (*.db *.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>New CoopDesk store</source>
        <translation>Жаңа CoopDesk қоймасы</translation>
    </message>
    <message>
        <source>CoopDesk stores (*.db)</source>
        <translation>CoopDesk қоймалары (*.db)</translation>
    </message>
    <message>
        <source>New server connection</source>
        <translation>Серверге жаңа қосылым</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a settings file.</source>
        <translation>Құпиясөз жүйелік құпиясөз қоймасында сақталады, баптаулар файлына ешқашан жазылмайды.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Сервер &amp;мекенжайы (URL):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>A connection needs a name and a server URL.</source>
        <translation>Қосылым үшін атауы мен сервер мекенжайы қажет.</translation>
    </message>
    <message>
        <source>Save a copy of the store</source>
        <translation>Қойманың көшірмесін сақтау</translation>
    </message>
    <message>
        <source>CoopDesk store (*.db)</source>
        <translation>CoopDesk қоймасы (*.db)</translation>
    </message>
    <message>
        <source>A copy of the store was saved to %1</source>
        <translation>Қойма көшірмесі сақталды: %1</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Көшірмесін &amp;сақтау…</translation>
    </message>
    <message>
        <source>Save a checked copy of the open store (the window stays open)</source>
        <translation>Ашық қойманың тексерілген көшірмесін сақтау (терезе ашық қалады)</translation>
    </message>
    <message>
        <source>Automatic &amp;backups…</source>
        <translation>А&amp;втоматты көшірмелер…</translation>
    </message>
    <message>
        <source>Where the daily backups are and how long they are kept</source>
        <translation>Күнделікті көшірмелер қайда және неше күн сақталады</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Терезе</translation>
    </message>
    <message>
        <source>Measure editor</source>
        <translation>Іс-шара карточкасы</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <source>Save the field and go to the next one</source>
        <translation>Өрісті сақтап, келесісіне өту</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Line break in the title</source>
        <translation>Атаудағы жол ауыстыру</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Save the description or the notes</source>
        <translation>Сипаттаманы немесе ескертпені сақтау</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Go to a field</source>
        <translation>Өріске өту</translation>
    </message>
    <message>
        <source>Alt+the underlined letter of its label</source>
        <translation>Alt + белгінің асты сызылған әрпі</translation>
    </message>
    <message>
        <source>Type a date straight through</source>
        <translation>Күнді қатарынан теру</translation>
    </message>
    <message>
        <source>day, month, year: 12042023</source>
        <translation>күн, ай, жыл: 12042023</translation>
    </message>
    <message>
        <source>Previous / next month</source>
        <translation>Алдыңғы / келесі ай</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Page Up / Page Down</translation>
    </message>
    <message>
        <source>Previous / next year</source>
        <translation>Алдыңғы / келесі жыл</translation>
    </message>
    <message>
        <source>Ctrl+Page Up / Ctrl+Page Down</source>
        <translation>Ctrl+Page Up / Ctrl+Page Down</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Open the selected measure</source>
        <translation>Таңдалған іс-шараны ашу</translation>
    </message>
    <message>
        <source>This store was empty, so CoopDesk loaded a sample plan to look around in. Start your own with File &gt; New plan, or bring one in with File &gt; Import (an Excel or CSV sheet, or drop the file onto the window). Help &gt; User guide (F1) walks through a plan from draft to report.</source>
        <translation>Қойма бос болғандықтан, CoopDesk танысу үшін үлгі жоспарды жүктеді. Өз жоспарыңызды бастаңыз: Файл &gt; Жаңа жоспар, немесе дайынын жүктеңіз: Файл &gt; Импорттау (Excel не CSV кестесі; файлды терезеге сүйреп әкелуге болады). Анықтама &gt; Пайдаланушы нұсқаулығы (F1) жоспарды жобадан есепке дейін көрсетеді.</translation>
    </message>
    <message>
        <source>A sample plan was loaded into the empty store: see the note above the table.</source>
        <translation>Бос қоймаға үлгі жоспар жүктелді: кестенің үстіндегі түсініктемені қараңыз.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>Пайдаланушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>Print lan&amp;guage</source>
        <extracomment>The languages a plan can be printed in, with their own names. Languages the user picked, by plan id.</extracomment>
        <translation>Басып шығару &amp;тілі</translation>
    </message>
    <message>
        <source>Print the plan in the official layout (language: File &gt; Print language)</source>
        <translation>Жоспарды ресми нысанда басып шығару (тілі: Файл &gt; Басып шығару тілі)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word құжаты (*.docx)</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Word-қа экспорттау</translation>
    </message>
    <message>
        <source>Export the plan to Word</source>
        <translation>Жоспарды Word-қа экспорттау</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 файлына экспортталды</translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation>&amp;Word-қа экспорттау…</translation>
    </message>
    <message>
        <source>Write the plan as the official document (.docx) a partner can edit and return</source>
        <translation>Жоспарды серіктес түзетіп қайтара алатын ресми құжат (.docx) ретінде сақтау</translation>
    </message>
    <message>
        <source>A&amp;gencies…</source>
        <translation>Ор&amp;ындаушылар…</translation>
    </message>
    <message>
        <source>Edit responsible agencies</source>
        <extracomment>The directory as last read: kept while no change set touches an agency, so moving from measure to measure reads only that measure&apos;s links.</extracomment>
        <translation>Жауапты орындаушыларды өзгерту</translation>
    </message>
    <message>
        <source>From the directory (A):</source>
        <translation>Анықтамалықтан (А):</translation>
    </message>
    <message>
        <source>From the directory (B):</source>
        <translation>Анықтамалықтан (Б):</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>сол атау</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>қысқартылған атау</translation>
    </message>
    <message>
        <source>near match (%1%)</source>
        <translation>ұқсас (%1 %)</translation>
    </message>
    <message>
        <source>new: add to the directory</source>
        <translation>жаңа: анықтамалыққа қосу</translation>
    </message>
    <message>
        <source>A</source>
        <translation>А</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Б</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Ескеру</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>Серіктестің кестесінде</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>Анықтамалықта</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>The agencies the sheet names, matched to the directory. Ticked: the measures are linked to the match, or the new name joins the directory. Unticked: the name stays text only. The text itself is kept as written.</source>
        <translation>Кестеде аталған орындаушылар анықтамалықпен салыстырылды. Белгіленген: іс-шаралар табылған орындаушымен байланыстырылады, ал жаңа атау анықтамалыққа қосылады. Белгіленбеген: атау тек мәтін болып қалады. Мәтіннің өзі жазылғандай сақталады.</translation>
    </message>
    <message>
        <source>Agencies (%1, %2 new)</source>
        <translation>Орындаушылар (%1, жаңасы: %2)</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <source>Agencies</source>
        <translation>Орындаушылар</translation>
    </message>
    <message>
        <source>Both parties</source>
        <translation>Екі тарап</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>А тарап</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Б тарап</translation>
    </message>
    <message>
        <source>Search any name, any language…</source>
        <translation>Кез келген тілдегі кез келген атау бойынша іздеу…</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық атауы</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Бағынысты</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Тарап:</translation>
    </message>
    <message>
        <source>Short name (Russian):</source>
        <translation>Қысқа атауы (орысша):</translation>
    </message>
    <message>
        <source>Full name (Russian):</source>
        <translation>Толық атауы (орысша):</translation>
    </message>
    <message>
        <source>Short name (Kazakh):</source>
        <translation>Қысқа атауы (қазақша):</translation>
    </message>
    <message>
        <source>Full name (Kazakh):</source>
        <translation>Толық атауы (қазақша):</translation>
    </message>
    <message>
        <source>Short name (English):</source>
        <translation>Қысқа атауы (ағылшынша):</translation>
    </message>
    <message>
        <source>Full name (English):</source>
        <translation>Толық атауы (ағылшынша):</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Бағынысты:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Байланыс:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>&amp;Жаңа ретінде қосу</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Жа&amp;ңа</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>&amp;Merge selected…</source>
        <translation>Таңдалғандарды &amp;біріктіру…</translation>
    </message>
    <message>
        <source>A</source>
        <translation>А</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Б</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <extracomment>The version the form was filled from: a save over a newer one is refused.</extracomment>
        <translation>Орындаушыны өзгерту</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Орындаушыны қосу</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>«%1» жойылсын ба?</translation>
    </message>
    <message>
        <source>%1 measure(s) name it: they lose it from their agencies and keep their text.</source>
        <translation>Ол көрсетілген іс-шаралар: %1. Ол олардың орындаушыларынан алынып тасталады, мәтін сақталады.</translation>
    </message>
    <message>
        <source>Delete agency</source>
        <translation>Орындаушыны жою</translation>
    </message>
    <message>
        <source>Merge agencies</source>
        <translation>Орындаушыларды біріктіру</translation>
    </message>
    <message>
        <source>Keep this one; the others&apos; measures and sub-agencies move to it:</source>
        <translation>Осы орындаушы қалсын; қалғандарының іс-шаралары мен бағынысты органдары оған ауысады:</translation>
    </message>
</context>
<context>
    <name>AgencyPicker</name>
    <message>
        <source>The first agency leads; the others co-execute.</source>
        <extracomment>The list the user made (agency ids, lead first).</extracomment>
        <translation>Бірінші орындаушы — басты, қалғандары — бірлесіп орындаушылар.</translation>
    </message>
    <message>
        <source>Add from the directory…</source>
        <translation>Анықтамалықтан қосу…</translation>
    </message>
    <message>
        <source>Move up (the first leads)</source>
        <translation>Жоғары (біріншісі — басты)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (басты)</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Show the next</source>
        <extracomment>Group key of the overdue measures. Ids of the window buttons that are not a number of days (QButtonGroup takes -1 to mean &quot;pick an id&quot;, so these are large positive numbers). Groups larger than this start collapsed (their title still counts them): a tree view lays out every row of an expanded group, which at 50,000 rows takes seconds. A span of dates (start, end) shown instead of the next ``days`` days. The plan&apos;s period: the whole-plan window, its quarters and months.</extracomment>
        <translation>Алдағы</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 күн</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Мерзімі өткен · %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>мерзімі %1 өтті</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Бүкіл жоспар</translation>
    </message>
    <message>
        <source>Every week of the plan&apos;s period</source>
        <translation>Жоспар кезеңінің барлық апталары</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>One quarter of the plan</source>
        <translation>Жоспардың бір тоқсаны</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>One month of the plan</source>
        <translation>Жоспардың бір айы</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <source>The days between two dates you type</source>
        <translation>Берілген екі күн арасындағы күндер</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Алғашқы күн</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2 ж. %1-тоқсан</translation>
    </message>
    <message>
        <source>The timing has passed and the measure is not done</source>
        <translation>Орындау мерзімі өтті, бірақ іс-шара орындалмаған</translation>
    </message>
    <message>
        <source>This week · %1</source>
        <translation>Осы апта · %1</translation>
    </message>
    <message>
        <source>Next week · %1</source>
        <translation>Келесі апта · %1</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>%1-апта · %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>мерзімі %1</translation>
    </message>
    <message>
        <source>%1 coming</source>
        <translation>алда: %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>мерзімі өткен: %1</translation>
    </message>
    <message>
        <source>Nothing is due in %1.</source>
        <translation>%1 аралығында ештеңе жоспарланбаған.</translation>
    </message>
    <message>
        <source>Nothing is due in the next %1 days.</source>
        <translation>Алдағы %1 күнде орындау мерзімі жоқ.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматты көшірмелер</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>Қалтаны &amp;ашу</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Қазір &amp;сақтау</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Сақтау мерзімі:</translation>
    </message>
    <message>
        <source>Backups of this store:</source>
        <translation>Осы қойманың көшірмелері:</translation>
    </message>
    <message>
        <source>Once a day, when CoopDesk opens a store file (and at midnight while it stays open), a checked copy of it is saved in the folder below. Copies older than the days kept are deleted. To restore one, open it with File &gt; Open store, or copy it over the store while CoopDesk is closed.</source>
        <translation>Күніне бір рет, CoopDesk қойма файлын ашқанда (және ашық тұрса түн ортасында), оның тексерілген көшірмесі төмендегі қалтаға сақталады. Белгіленген күндерден ескі көшірмелер жойылады. Көшірмені қалпына келтіру үшін оны Файл &gt; Қойманы ашу арқылы ашыңыз немесе CoopDesk жабық кезде қойманың орнына көшіріңіз.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is %1</source>
        <translation>Бүгінгі көшірме: %1</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>The daily backup failed: %1</source>
        <extracomment>File name endings File &gt; Import takes (a dropped file must have one). From the copying thread: (what was done or None, the error or None).</extracomment>
        <translation>Күнделікті көшірме сақталмады: %1</translation>
    </message>
    <message>
        <source>Daily backup saved: %1</source>
        <translation>Күнделікті көшірме сақталды: %1</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Timing</source>
        <extracomment>The languages of the user interface: code and name in that language. QSettings key of the language chosen in View &gt; Language. Strings the code translates where lupdate cannot see them (``tr()`` inside an f-string in coopdesk/ui/calendar/style.py), filed here under their run-time context.</extracomment>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты орындаушылар</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Month</source>
        <extracomment>A plan was just shown: the month view opens once its rows are known.</extracomment>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <source>No country could be read from the party names %1; the public holidays of %2 are shown.</source>
        <translation>%1 тараптарының атауларынан ел анықталмады; мына елдердің мемлекеттік мерекелері көрсетілді: %2.</translation>
    </message>
    <message>
        <source>The plan names no parties; the public holidays of %2 are shown.</source>
        <translation>Жоспарда тараптар көрсетілмеген; мына елдердің мемлекеттік мерекелері көрсетілді: %2.</translation>
    </message>
</context>
<context>
    <name>CarryLinksLabel</name>
    <message>
        <source>Carried from %1</source>
        <translation>Қайдан ауыстырылды: %1</translation>
    </message>
    <message>
        <source>Carried into %1</source>
        <translation>Қайда ауыстырылды: %1</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Not done yet</source>
        <translation>Әлі орындалмаған</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Қайталанатын</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Carried over already</source>
        <translation>Бұрын ауыстырылған</translation>
    </message>
    <message>
        <source>New plan from &amp;this one…</source>
        <translation>Осы жоспар &amp;негізінде жаңа жоспар…</translation>
    </message>
    <message>
        <source>Make the next plan from this plan&apos;s unfinished and recurring measures</source>
        <translation>Осы жоспардың орындалмаған және қайталанатын іс-шараларынан келесі жоспарды құру</translation>
    </message>
    <message>
        <source>New plan %1 from %2</source>
        <translation>%2 негізінде жаңа %1 жоспары</translation>
    </message>
    <message>
        <source>The plan was not made.</source>
        <translation>Жоспар құрылмады.</translation>
    </message>
    <message>
        <source>Searc&amp;h all plans…</source>
        <translation>Барлық жоспарлардан &amp;іздеу…</translation>
    </message>
    <message>
        <source>Find measures in every plan of the store, by words and period</source>
        <translation>Қоймадағы барлық жоспарлардан іс-шараларды сөздер мен кезең бойынша табу</translation>
    </message>
    <message>
        <source>New plan from %1</source>
        <translation>%1 негізінде жаңа жоспар</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Коды:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>К&amp;езең:</translation>
    </message>
    <message>
        <source>Tick the measures the new plan takes over. Ticked at first: those not done and not cancelled, and the recurring ones. Each keeps a link to its origin; the origins are marked “Carried over”.</source>
        <translation>Жаңа жоспарға көшетін іс-шараларды белгілеңіз. Алдымен орындалмаған және бас тартылмаған, сондай-ақ қайталанатын іс-шаралар белгіленген. Әрқайсысы бастапқы іс-шарамен байланысын сақтайды; бастапқыларына «Жаңа жоспарға ауыстырылды» күйі беріледі.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>р/с №</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Timing in the new plan</source>
        <translation>Жаңа жоспардағы мерзімі</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>Ә&amp;депкі</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Барлығын белгілеу</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Белгіні алып &amp;тастау</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Жоспар құру</translation>
    </message>
    <message>
        <source>(to set)</source>
        <translation>(белгілеу керек)</translation>
    </message>
    <message>
        <source>%1 of %2 measures ticked; %3 timings to set in the new plan</source>
        <translation>Белгіленген іс-шаралар: %1 / %2; жаңа жоспарда белгілейтін мерзімдер: %3</translation>
    </message>
    <message>
        <source>Give the new plan a code (a short name such as KZ-RU-2025).</source>
        <translation>Жаңа жоспардың кодын көрсетіңіз (қысқа атау, мысалы KZ-RU-2025).</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare editions</source>
        <translation>Редакцияларды салыстыру</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Файл…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Салыстыру</translation>
    </message>
    <message>
        <source>Edition &amp;A (as it stood):</source>
        <translation>&amp;А редакциясы (қолданыстағы):</translation>
    </message>
    <message>
        <source>Edition &amp;B (proposed):</source>
        <translation>&amp;Б редакциясы (ұсынылатын):</translation>
    </message>
    <message>
        <source>Choose two editions and press Compare.</source>
        <translation>Екі редакцияны таңдап, «Салыстыру» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>C&amp;hanged measures only</source>
        <translation>&amp;Тек өзгерген іс-шаралар</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>Сә&amp;йкестендіру</translation>
    </message>
    <message>
        <source>Pair the measure only in A with the measure only in B (select both rows)</source>
        <translation>Тек А-да бар іс-шараны тек Б-да бар іс-шарамен сәйкестендіру (екі жолды да белгілеңіз)</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>А&amp;жырату</translation>
    </message>
    <message>
        <source>Show the selected pairs as a removed and an added measure</source>
        <translation>Белгіленген жұптарды алып тасталған және қосылған іс-шаралар ретінде көрсету</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Language of the table:</source>
        <translation>Кестенің т&amp;ілі:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Са&amp;қтау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Choose an edition to compare</source>
        <translation>Салыстыруға редакцияны таңдаңыз</translation>
    </message>
    <message>
        <source>Plans (%1)</source>
        <translation>Жоспарлар (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose a plan or a file for both editions.</source>
        <translation>Екі редакция үшін де жоспарды немесе файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 (A, %2 measures) and %3 (B, %4 measures): %5 changed, %6 added, %7 removed, %8 unchanged; %9 moved, %10 renumbered.</source>
        <translation>%1 (А, іс-шаралар: %2) және %3 (Б, іс-шаралар: %4): өзгертілді: %5, қосылды: %6, алып тасталды: %7, өзгеріссіз: %8; басқа бөлімге ауыстырылды: %9, нөмірі өзгерді: %10.</translation>
    </message>
    <message>
        <source>Save the comparison table</source>
        <translation>Салыстырмалы кестені сақтау</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word құжаты (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Co&amp;mpare editions…</source>
        <translation>Редакцияларды са&amp;лыстыру…</translation>
    </message>
    <message>
        <source>Compare two editions of a plan and save the comparison table</source>
        <translation>Жоспардың екі редакциясын салыстырып, салыстырмалы кестені сақтау</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>No. (A)</source>
        <translation>Р/с № (А)</translation>
    </message>
    <message>
        <source>Text as it stood (A)</source>
        <translation>Қолданыстағы редакция (А)</translation>
    </message>
    <message>
        <source>No. (B)</source>
        <translation>Р/с № (Б)</translation>
    </message>
    <message>
        <source>Text proposed (B)</source>
        <translation>Ұсынылатын редакция (Б)</translation>
    </message>
    <message>
        <source>Paired by</source>
        <translation>Сәйкестендіру негізі</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>number</source>
        <translation>нөмірі</translation>
    </message>
    <message>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <source>form of completion</source>
        <translation>аяқтау нысаны</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>орындау мерзімі</translation>
    </message>
    <message>
        <source>responsible (party A)</source>
        <translation>жауапты орындаушылар (А тарап)</translation>
    </message>
    <message>
        <source>responsible (party B)</source>
        <translation>жауапты орындаушылар (Б тарап)</translation>
    </message>
    <message>
        <source>location</source>
        <translation>өткізілетін орны</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>moved to another sector</source>
        <translation>басқа бөлімге ауыстырылды</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>алып тасталды</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <source>same id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>same number (%1%)</source>
        <translation>нөмір (%1%)</translation>
    </message>
    <message>
        <source>similar text (%1%)</source>
        <translation>мәтін ұқсастығы (%1%)</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>қолмен</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>&apos;%1&apos; is not a date; the field keeps %2.</source>
        <extracomment>What the field shows; the order of the sections typed (day, month, year).</extracomment>
        <translation>«%1» күн емес; өрісте %2 қалды.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search title, description, agencies, notes…</source>
        <translation>Атауы, сипаттамасы, орындаушылар, ескертпе бойынша іздеу…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation>күйлер: %1</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Кез келген түр</translation>
    </message>
    <message>
        <source>%1 kinds</source>
        <translation>түрлер: %1</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Кез келген деңгей</translation>
    </message>
    <message>
        <source>%1 levels</source>
        <translation>деңгейлер: %1</translation>
    </message>
    <message>
        <source>Any framework</source>
        <translation>Кез келген формат</translation>
    </message>
    <message>
        <source>%1 frameworks</source>
        <translation>форматтар: %1</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Күйі бойынша сүзгі</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Түрі бойынша сүзгі</translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation>Деңгейі бойынша сүзгі</translation>
    </message>
    <message>
        <source>Framework filter</source>
        <translation>Форматы бойынша сүзгі</translation>
    </message>
    <message>
        <source>Any agency</source>
        <extracomment>Called for the list of agencies when the agency choice opens.</extracomment>
        <translation>Кез келген орындаушы</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Only measures whose timing overlaps these dates</source>
        <translation>Орындау мерзімі осы күндерге сәйкес келетін іс-шаралар ғана</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Outside the plan period</source>
        <translation>Жоспар кезеңінен тыс</translation>
    </message>
    <message>
        <source>Only measures whose timing reaches outside the plan&apos;s period</source>
        <translation>Орындау мерзімі жоспар кезеңінен шығатын іс-шаралар ғана</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазалау</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Барлық сүзгілерді тазалау</translation>
    </message>
</context>
<context>
    <name>FirstStartBanner</name>
    <message>
        <source>New plan…</source>
        <translation>Жаңа жоспар…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Түсініктемені жасыру</translation>
    </message>
</context>
<context>
    <name>Framework</name>
    <message>
        <source>Bilateral</source>
        <translation>Екіжақты</translation>
    </message>
    <message>
        <source>CIS</source>
        <translation>ТМД</translation>
    </message>
    <message>
        <source>EAEU</source>
        <translation>ЕАЭО</translation>
    </message>
    <message>
        <source>CSTO</source>
        <translation>ҰҚШҰ</translation>
    </message>
    <message>
        <source>SCO</source>
        <translation>ШЫҰ</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>БҰҰ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа формат</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Title</source>
        <extracomment>Raw field names as the panel shows them (translated through tr()).</extracomment>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <source>Responsible (party A)</source>
        <translation>Жауапты орындаушылар (А тарап)</translation>
    </message>
    <message>
        <source>Responsible (party B)</source>
        <translation>Жауапты орындаушылар (Б тарап)</translation>
    </message>
    <message>
        <source>Form of completion</source>
        <translation>Аяқтау нысаны</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Өткізілетін орны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдығы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Parent sector</source>
        <translation>Жоғары бөлім</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>А тарап</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Б тарап</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Кезеңнің басы</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Кезеңнің соңы</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Қол қойылған орны</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Fields whose stored codes are shown by their names in the window&apos;s language.</extracomment>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Болған</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Болды</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>бөлім</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>жоспар</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>болдырмау</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>қайталау</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&amp;Whole plan</source>
        <translation>&amp;Бүкіл жоспар</translation>
    </message>
    <message>
        <source>Every change of the plan, not only the selected measure</source>
        <translation>Таңдалған іс-шараның ғана емес, жоспардың барлық өзгерістері</translation>
    </message>
    <message>
        <source>Only changes made by this person</source>
        <translation>Тек осы пайдаланушы енгізген өзгерістер</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>барлық уақыт</translation>
    </message>
    <message>
        <source>Only changes made on or after this day</source>
        <translation>Тек осы күннен бастап енгізілген өзгерістер</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;Restore old value</source>
        <translation>&amp;Бұрынғы мәнді қайтару</translation>
    </message>
    <message>
        <source>Put the selected change&apos;s old value back (a new change you can undo)</source>
        <translation>Таңдалған өзгерістің бұрынғы мәнін қайтару (болдырмауға болатын жаңа өзгеріс)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Select a measure to see its changes, or tick Whole plan.</source>
        <translation>Өзгерістерін көру үшін іс-шараны таңдаңыз немесе «Бүкіл жоспар» белгісін қойыңыз.</translation>
    </message>
    <message>
        <source>No changes on record here.</source>
        <translation>Өзгерістер тіркелмеген.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Visit</source>
        <translation>Сапар</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультациялар</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Көпшілік іс-шара</translation>
    </message>
    <message>
        <source>Agreement or document</source>
        <translation>Келісім немесе құжат</translation>
    </message>
    <message>
        <source>Exchange programme</source>
        <translation>Алмасу бағдарламасы</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>The window will be in %1 the next time CoopDesk starts.</source>
        <translation>CoopDesk келесі іске қосылғанда терезе тілі «%1» болады.</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Head of state</source>
        <translation>Мемлекет басшысы</translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation>Үкімет басшысы</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Министр</translation>
    </message>
    <message>
        <source>Deputy minister</source>
        <translation>Министрдің орынбасары</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Сарапшылар деңгейі</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CoopDesk</source>
        <extracomment>Emitted once the current plan&apos;s rows are in the table. Emitted after a change set has been applied to every view. The table&apos;s current measure when a change set arrived (the editor&apos;s to keep). The last step of the change log this window had applied when the user picked the selected measures.</extracomment>
        <translation>CoopDesk</translation>
    </message>
    <message>
        <source>The plan shown in the window</source>
        <translation>Терезеде көрсетілген жоспар</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Кесте</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>К&amp;үнтізбе</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>Shown when this login may only read the store.</extracomment>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Өзгерістер тарихы</translation>
    </message>
    <message>
        <source>Read only: your login may read this store but not change it. Ask the store&apos;s administrator to make you an editor.</source>
        <translation>Тек оқу: сіздің тіркелгіңіз бұл қойманы оқи алады, бірақ өзгерте алмайды. Қойма әкімшісінен сізді редактор етуін сұраңыз.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Responsible (party A)</source>
        <translation>Жауапты орындаушылар (А тарап)</translation>
    </message>
    <message>
        <source>Responsible (party B)</source>
        <translation>Жауапты орындаушылар (Б тарап)</translation>
    </message>
    <message>
        <source>Form of completion</source>
        <translation>Аяқтау нысаны</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Өткізілетін орны</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Unsaved typing</source>
        <translation>Сақталмаған мәтін</translation>
    </message>
    <message>
        <source>CoopDesk stopped while you were typing in measure %1 (%2):

“%3”

Put this text back into the field?</source>
        <translation>Сіз %1 іс-шарасына (%2) мәтін енгізіп отырғанда CoopDesk жұмысын тоқтатты:

«%3»

Бұл мәтінді өріске қайтару керек пе?</translation>
    </message>
    <message>
        <source>Changes made elsewhere will not show until View &gt; Reload: %1</source>
        <translation>Басқа терезелерде енгізілген өзгерістер Көрініс &gt; Жаңарту пәрменіне дейін көрсетілмейді: %1</translation>
    </message>
    <message>
        <source>No plans in this store yet: File &gt; New plan makes one.</source>
        <translation>Қоймада әзірге жоспар жоқ: «Файл &gt; Жаңа жоспар» арқылы жасаңыз.</translation>
    </message>
    <message>
        <source>Read timings without dates: %1</source>
        <translation>Күні жоқ мерзімдерді оқу: %1</translation>
    </message>
    <message>
        <source>Timings without dates that CoopDesk can read now: %1. File &gt; Read timings again gives them their dates.</source>
        <translation>Күні жоқ, CoopDesk енді оқи алатын мерзімдер: %1. Файл &gt; Мерзімдерді қайта оқу оларға күн береді.</translation>
    </message>
    <message>
        <source>%1 — %2 — CoopDesk</source>
        <translation>%1 — %2 — CoopDesk</translation>
    </message>
    <message>
        <source>The measure you were editing was deleted by %1.</source>
        <translation>Сіз өңдеп отырған іс-шараны %1 жойды.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>біреу</translation>
    </message>
    <message>
        <source>Restore old value</source>
        <translation>Бұрынғы мәнді қайтару</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Болдырылмады: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Қайталанды: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>%1 (by %2, in another window)</source>
        <translation>%1 (%2, басқа терезеде)</translation>
    </message>
    <message>
        <source>That measure is hidden by the filters.</source>
        <translation>Бұл іс-шара сүзгілермен жасырылған.</translation>
    </message>
    <message>
        <source>Measures given dates from their timing words: %1. Undo puts them back.</source>
        <translation>Мерзім сөздері бойынша күн берілген іс-шаралар: %1. Болдырмау оларды қайтарады.</translation>
    </message>
    <message>
        <source>Read timings again</source>
        <translation>Мерзімдерді қайта оқу</translation>
    </message>
    <message>
        <source>Every timing in this plan that CoopDesk can read already has its dates; nothing was changed.</source>
        <translation>Бұл жоспардағы CoopDesk оқи алатын барлық орындау мерзімдерінің күндері бар; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Жоспарды өшіру</translation>
    </message>
    <message>
        <source>Delete the plan “%1” with its %2 measures? You can undo this.</source>
        <translation>«%1» жоспарын оның %2 іс-шарасымен бірге өшіру керек пе? Мұны болдырмауға болады.</translation>
    </message>
    <message>
        <source>Add sub-sector</source>
        <translation>Ішкі бөлім қосу</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Бөлім қосу</translation>
    </message>
    <message>
        <source>Name of the new sector:</source>
        <translation>Жаңа бөлімнің атауы:</translation>
    </message>
    <message>
        <source>Rename sector</source>
        <translation>Бөлімнің атын өзгерту</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Delete sector</source>
        <translation>Бөлімді жою</translation>
    </message>
    <message>
        <source>Delete the sector “%1”, its sub-sectors and their %2 measures? You can undo this.</source>
        <translation>«%1» бөлімін, оның ішкі бөлімдерін және олардың %2 іс-шарасын жою керек пе? Мұны болдырмауға болады.</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Жаңа іс-шара</translation>
    </message>
    <message>
        <source>Add a sector to the plan first.</source>
        <translation>Алдымен жоспарға бөлім қосыңыз.</translation>
    </message>
    <message>
        <source>The new measure is hidden by the filters.</source>
        <translation>Жаңа іс-шара сүзгілермен жасырылған.</translation>
    </message>
    <message>
        <source>Move anyway?</source>
        <translation>Бәрібір көшіру керек пе?</translation>
    </message>
    <message>
        <source>%1.

Move anyway?</source>
        <translation>%1.

Бәрібір жылжыту керек пе?</translation>
    </message>
    <message>
        <source>%1 changed these measures since you chose them (%2).

%3</source>
        <translation>%1 сіз таңдағаннан кейін осы іс-шараларды өзгертті (%2).

%3</translation>
    </message>
    <message>
        <source>Delete the measure %1 “%2”? You can undo this.</source>
        <translation>%1 «%2» іс-шарасын жою керек пе? Мұны болдырмауға болады.</translation>
    </message>
    <message>
        <source>Delete %1 measures? You can undo this.</source>
        <translation>%1 іс-шараны жою керек пе? Мұны болдырмауға болады.</translation>
    </message>
    <message>
        <source>Delete measures</source>
        <translation>Іс-шараларды жою</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <source>%1.

Delete anyway?</source>
        <translation>%1.

Бәрібір жою керек пе?</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Жоспарды импорттау</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорттау: %1</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Жоспарды экспорттау</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 файлына экспортталды</translation>
    </message>
    <message>
        <source>Move to sector</source>
        <translation>Бөлімге жылжыту</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Қайталау: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>%1 measures · %2 done · %3 overdue</source>
        <translation>Іс-шаралар: %1 · орындалды: %2 · мерзімі өткен: %3</translation>
    </message>
    <message>
        <source>About CoopDesk</source>
        <translation>CoopDesk туралы</translation>
    </message>
    <message>
        <source>CoopDesk %1
A planner for bilateral plans of measures.</source>
        <translation>CoopDesk %1
Екіжақты іс-шаралар жоспарларын жүргізуге арналған бағдарлама.</translation>
    </message>
    <message>
        <source>Waiting for another window&apos;s save… (%1 s)</source>
        <extracomment>Set to a value to print start-up milestones and quit once the plan is loaded.</extracomment>
        <translation>Басқа терезедегі сақтауды күту… (%1 с)</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Select a measure to edit it.</source>
        <extracomment>The measure now shown (its id, or None for none). Unsaved typing: (measure id, field, text, base value). A field was saved or left as it was: its draft is no longer needed.</extracomment>
        <translation>Өзгерту үшін іс-шараны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>No timing</source>
        <translation>Мерзімі көрсетілмеген</translation>
    </message>
    <message>
        <source>kept as written, no dates</source>
        <translation>жазылғандай сақталды, күндері жоқ</translation>
    </message>
    <message>
        <source>automatic</source>
        <extracomment>The user typed in a text field (name, text, the value it was loaded with): not saved yet, kept as a draft. A field was left as it was loaded (nothing to save, no draft to keep). The value the last committed field was edited from (the base of its change).</extracomment>
        <translation>автоматты түрде</translation>
    </message>
    <message>
        <source>Leave empty for an automatic number that follows the sector. A number typed here is kept when measures are renumbered.</source>
        <translation>Нөмір бөлімге сәйкес автоматты түрде берілуі үшін бос қалдырыңыз. Мұнда енгізілген нөмір іс-шаралар қайта нөмірленгенде сақталады.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. 12 April 2023, Q2 2023, II квартал 2023 г.</source>
        <translation>мысалы, 2023 жылғы 12 сәуір, 2023 жылғы ІІ тоқсан, II квартал 2023 г.</translation>
    </message>
    <message>
        <source>Nu&amp;mber:</source>
        <extracomment>Warns when a visit, meeting or consultations falls on a public holiday. The parties&apos; public holidays (set by the window from the calendar).</extracomment>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>Secto&amp;r:</source>
        <translation>Бө&amp;лім:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Ата&amp;уы:</translation>
    </message>
    <message>
        <source>Timin&amp;g:</source>
        <translation>Орындау мер&amp;зімі:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Кү&amp;йі:</translation>
    </message>
    <message>
        <source>Frame&amp;work:</source>
        <translation>Фор&amp;маты:</translation>
    </message>
    <message>
        <source>Form of com&amp;pletion:</source>
        <translation>Ая&amp;қтау нысаны:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Басымды&amp;ғы:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттамасы:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Түр&amp;і:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Деңгейі:</translation>
    </message>
    <message>
        <source>Responsible (party &amp;A):</source>
        <translation>Орындау&amp;шылар (А тарап):</translation>
    </message>
    <message>
        <source>Responsible (party &amp;B):</source>
        <translation>Орындаушылар (Б тара&amp;п):</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Өткізілетін орны:</translation>
    </message>
    <message>
        <source>created %1</source>
        <extracomment>The fields in the order Tab (and Enter in a one-line field) visits them: the order they are shown in.</extracomment>
        <translation>жасалды: %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>өзгертілді: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>авторы: %1</translation>
    </message>
    <message>
        <source>A measure needs a title.</source>
        <translation>Іс-шараның атауы болуы керек.</translation>
    </message>
    <message>
        <source>Outside the plan&apos;s period (%1 – %2)</source>
        <translation>Жоспар кезеңінен тыс (%1 – %2)</translation>
    </message>
</context>
<context>
    <name>MeasureGroupModel</name>
    <message>
        <source>When</source>
        <extracomment>Role of a group&apos;s key (what the view uses to remember expanded groups). Text of the &quot;When&quot; column per item, computed on demand (None: the column is empty).</extracomment>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Р/с №</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Іс-шараның атауы</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты орындаушылар</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (мерзімі өткен)</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>Overdue: the timing has passed and it is not done</source>
        <extracomment>Field shown in each column (its header comes from :mod:`coopdesk.domain.fields`). Columns hidden until the user shows them. Above this many changed rows a full refilter is cheaper than row-by-row updates. The plan&apos;s period: timings reaching outside it are marked. Each sector&apos;s own count of rows passing the filter but its sector part (None: not worked out since the rows or the filter last changed).</extracomment>
        <translation>Мерзімі өткен: орындау мерзімі өтті, бірақ іс-шара орындалмаған</translation>
    </message>
    <message>
        <source>Outside the plan&apos;s period (%1 – %2)</source>
        <translation>Жоспар кезеңінен тыс (%1 – %2)</translation>
    </message>
    <message>
        <source>Number typed by hand: kept when measures are renumbered</source>
        <translation>Нөмір қолмен енгізілген: іс-шаралар қайта нөмірленгенде сақталады</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (мерзімі өткен)</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>+%1 more</source>
        <translation>тағы %1</translation>
    </message>
    <message>
        <source>Wk</source>
        <translation>Апта</translation>
    </message>
    <message>
        <source>1 measure</source>
        <translation>1 іс-шара</translation>
    </message>
    <message>
        <source>%1 measures</source>
        <translation>%1 іс-шара</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>Previous year (Page Up)</source>
        <translation>Алдыңғы жыл (Page Up)</translation>
    </message>
    <message>
        <source>Next year (Page Down)</source>
        <translation>Келесі жыл (Page Down)</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Previous quarter</source>
        <extracomment>Groups larger than this start collapsed in the &quot;In this period&quot; list. The plan&apos;s period: the month picker marks its months.</extracomment>
        <translation>Алдыңғы тоқсан</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Go to the current month (Home)</source>
        <translation>Ағымдағы айға өту (Home)</translation>
    </message>
    <message>
        <source>Previous month (Page Up); previous year: Ctrl+Page Up</source>
        <translation>Алдыңғы ай (Page Up); алдыңғы жыл: Ctrl+Page Up</translation>
    </message>
    <message>
        <source>Next month (Page Down); next year: Ctrl+Page Down</source>
        <translation>Келесі ай (Page Down); келесі жыл: Ctrl+Page Down</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Келесі тоқсан</translation>
    </message>
    <message>
        <source>Choose a month and year. Previous / next year: Ctrl+Page Up / Ctrl+Page Down</source>
        <translation>Ай мен жылды таңдау. Алдыңғы / келесі жыл: Ctrl+Page Up / Ctrl+Page Down</translation>
    </message>
    <message>
        <source>Measures known only by their month, quarter, half-year, year or period</source>
        <translation>Тек айы, тоқсаны, жартыжылдығы, жылы не кезеңі белгілі іс-шаралар</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2 ж. %1-тоқсан</translation>
    </message>
    <message>
        <source>In this period: %1</source>
        <translation>Осы кезеңде: %1</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Мерекелер:</translation>
    </message>
    <message>
        <source>No dates: by agreement or not set</source>
        <translation>Күндері жоқ: тараптардың келісімі бойынша немесе мерзімі көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>MultiChoiceCombo</name>
    <message>
        <source>%1 chosen</source>
        <extracomment>The summary of several values, &quot;%n chosen&quot; style (&quot;%1&quot; is the count).</extracomment>
        <translation>таңдалды: %1</translation>
    </message>
</context>
<context>
    <name>NewMeasureDialog</name>
    <message>
        <source>New measure</source>
        <extracomment>Narrower than this, the labels go above their fields (a 1024-pixel window). The version shown: a move from the Sector field asks first if it moved on.</extracomment>
        <translation>Жаңа іс-шара</translation>
    </message>
    <message>
        <source>Add a sector to the plan first.</source>
        <extracomment>Set by the caller: takes (sector_id, values) and returns an error or None.</extracomment>
        <translation>Алдымен жоспарға бөлім қосыңыз.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Жаңа жоспар</translation>
    </message>
    <message>
        <source>Plan properties</source>
        <translation>Жоспар қасиеттері</translation>
    </message>
    <message>
        <source>a short unique name, e.g. KZ-RU-2025</source>
        <translation>қысқа бірегей белгі, мысалы, KZ-RU-2025</translation>
    </message>
    <message>
        <source>Not set (the window&apos;s language)</source>
        <translation>Берілмеген (терезе тілі)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Коды:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>А&amp;тауы:</translation>
    </message>
    <message>
        <source>Party &amp;A:</source>
        <translation>&amp;А тарап:</translation>
    </message>
    <message>
        <source>Party &amp;B:</source>
        <translation>&amp;Б тарап:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Кезең (&amp;қашаннан):</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Кезең (қа&amp;шанға дейін):</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>Қол қойылған кү&amp;ні:</translation>
    </message>
    <message>
        <source>Signed &amp;in:</source>
        <translation>Қол қойылған &amp;орны:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Жай-күйі:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Құжаттар &amp;тілі:</translation>
    </message>
    <message>
        <source>Give the plan a code (a short name such as KZ-RU-2025).</source>
        <extracomment>Set by the caller: takes the values and returns an error message or None.</extracomment>
        <translation>Жоспардың кодын көрсетіңіз (мысалы, KZ-RU-2025 сияқты қысқа белгі).</translation>
    </message>
    <message>
        <source>Give the plan a title.</source>
        <translation>Жоспардың атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
</context>
<context>
    <name>PlanState</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталған</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <source>Any time</source>
        <translation>Кез келген уақыт</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ағымдағы тоқсан</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Келесі тоқсан</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ағымдағы жыл</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Келесі жыл</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Күндер…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>р/с №</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты орындаушылар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Search all plans</source>
        <translation>Барлық жоспарлардан іздеу</translation>
    </message>
    <message>
        <source>Words to find in titles, descriptions, agencies, notes, places…</source>
        <translation>Атауларда, сипаттамаларда, орындаушыларда, ескертпелерде, орындарда іздейтін сөздер…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Табу:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Қашан:</translation>
    </message>
    <message>
        <source>Double-click a measure to open it in its plan.</source>
        <translation>Іс-шараны өз жоспарында ашу үшін екі рет басыңыз.</translation>
    </message>
    <message>
        <source>Type words to find, or choose a period.</source>
        <translation>Іздейтін сөздерді енгізіңіз немесе кезеңді таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 measures found; the first %2 are listed</source>
        <translation>Табылған іс-шаралар: %1; алғашқы %2 көрсетілген</translation>
    </message>
    <message>
        <source>%1 measures found in %2 plans</source>
        <translation>Табылған іс-шаралар: %1, жоспарлар: %2</translation>
    </message>
</context>
<context>
    <name>Precision</name>
    <message>
        <source>No timing</source>
        <extracomment>How precise a timing is, in words (the core has codes only).</extracomment>
        <translation>Мерзімі көрсетілмеген</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Нақты күн</translation>
    </message>
    <message>
        <source>Range of dates</source>
        <translation>Күндер аралығы</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Айлар</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Жартыжылдық</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Жылдар</translation>
    </message>
    <message>
        <source>During the plan period</source>
        <translation>Жоспардың қолданылу мерзімі ішінде</translation>
    </message>
    <message>
        <source>Annually</source>
        <translation>Жыл сайын</translation>
    </message>
    <message>
        <source>By agreement of the parties</source>
        <translation>Тараптардың келісімі бойынша</translation>
    </message>
    <message>
        <source>Kept as written</source>
        <translation>Жазылғандай</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Party A</source>
        <translation>А тарап</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Б тарап</translation>
    </message>
    <message>
        <source>Read only: your login may read this store but not record progress.</source>
        <translation>Тек оқу: сіздің тіркелгіңіз бұл қойманы оқи алады, бірақ іске асырылу барысы туралы ақпарат енгізе алмайды.</translation>
    </message>
    <message>
        <source>Reporting &amp;round…</source>
        <translation>Іске асы&amp;рылу барысы туралы ақпарат жинау…</translation>
    </message>
    <message>
        <source>Record one party&apos;s progress on each measure as of a reporting date</source>
        <translation>Бір тараптың әр іс-шараның іске асырылу барысы туралы ақпаратын есепті күнге енгізу</translation>
    </message>
    <message>
        <source>Pro&amp;gress report…</source>
        <translation>Іске асырылу барысы ту&amp;ралы ақпарат…</translation>
    </message>
    <message>
        <source>Information on the implementation of the plan as of a date, per party</source>
        <translation>Жоспардың күнге іске асырылу барысы туралы ақпарат, тараптар бойынша</translation>
    </message>
</context>
<context>
    <name>ProgressEntryDialog</name>
    <message>
        <source>Progress entry</source>
        <extracomment>Columns of the entry table: the reporting date, party and status as three lines of the first, what was done (with the event date and documents) in the second, so the list fits the editor&apos;s width.</extracomment>
        <translation>Іске асырылу барысы туралы ақпарат</translation>
    </message>
    <message>
        <source>New progress entry</source>
        <translation>Іске асырылу барысы туралы жаңа ақпарат</translation>
    </message>
    <message>
        <source>DD.MM.YYYY (if it took place)</source>
        <translation>КК.АА.ЖЖЖЖ (өткізілген болса)</translation>
    </message>
    <message>
        <source>A reference or a file link</source>
        <translation>Құжат деректемелері немесе файлға сілтеме</translation>
    </message>
    <message>
        <source>&amp;Reporting date:</source>
        <translation>&amp;Есепті күн:</translation>
    </message>
    <message>
        <source>P&amp;arty:</source>
        <translation>&amp;Тарап:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Күй&amp;і:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Не істелді:</translation>
    </message>
    <message>
        <source>&amp;Event date:</source>
        <translation>Өткізілген &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Құжаттар:</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as DD.MM.YYYY</source>
        <translation>«%1» күн емес: оны КК.АА.ЖЖЖЖ түрінде енгізіңіз</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <extracomment>The list was (re)loaded: the number of entries shown.</extracomment>
        <translation>Іске асырылу барысы</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Не істелді</translation>
    </message>
    <message>
        <source>Date, party, status</source>
        <extracomment>Whether the window may only read (a reader&apos;s login): no edit controls.</extracomment>
        <translation>Күні, тарап, күйі</translation>
    </message>
    <message>
        <source>No progress reported yet.</source>
        <translation>Іске асырылу барысы туралы ақпарат әлі түскен жоқ.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Status set by hand</source>
        <translation>Күйі қолмен қойылған</translation>
    </message>
    <message>
        <source>Ticked: the status stays as set by hand. Unticked: it follows both parties&apos; latest progress entries.</source>
        <translation>Белгіленсе: күйі қолмен қойылғандай қалады. Белгіленбесе: екі тараптың соңғы ақпаратына сәйкес болады.</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <translation>Өткізілген күні: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Құжаттар: %1</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>А тарап</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Б тарап</translation>
    </message>
    <message>
        <source>Add progress entry</source>
        <translation>Іске асырылу барысы туралы ақпарат қосу</translation>
    </message>
    <message>
        <source>Edit progress entry</source>
        <translation>Іске асырылу барысы туралы ақпаратты өзгерту</translation>
    </message>
    <message>
        <source>Delete progress entry</source>
        <translation>Іске асырылу барысы туралы ақпаратты жою</translation>
    </message>
    <message>
        <source>Delete this progress entry? Edit &gt; Undo brings it back.</source>
        <translation>Осы ақпаратты жою керек пе? «Түзету &gt; Болдырмау» оны қайтарады.</translation>
    </message>
    <message>
        <source>Keep status set by hand</source>
        <translation>Қолмен қойылған күйді қалдыру</translation>
    </message>
    <message>
        <source>Derive status from progress</source>
        <translation>Күйі іске асырылу барысы бойынша</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Progress report</source>
        <translation>Іске асырылу барысы туралы ақпарат</translation>
    </message>
    <message>
        <source>Both parties</source>
        <translation>Екі тарап</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>А тарап</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Б тарап</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Only the measures the window shows</source>
        <translation>Терезеде көрсетілген іс-шаралар ғана</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Жағдай бойынша:</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Тарап:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Алдын ала қарау…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>E&amp;xcel ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>&amp;Word ретінде сақтау…</translation>
    </message>
    <message>
        <source>The report cannot be made</source>
        <translation>Есепті жасау мүмкін емес</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word құжаты (*.docx)</translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Іске асырылу барысы туралы ақпаратты сақтау</translation>
    </message>
    <message>
        <source>The report cannot be saved</source>
        <translation>Есепті сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Орындалу үстінде</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Кейінге шегерілді</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Жаңа жоспарға ауыстырылды</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <extracomment>The days of the changes (the &quot;changes&quot; report only).</extracomment>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Plan of measures (official layout)</source>
        <translation>Іс-шаралар жоспары (ресми нысан)</translation>
    </message>
    <message>
        <source>Status report by sector</source>
        <translation>Бөлімдер бойынша орындалу барысы туралы есеп</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Алдағы іс-шаралар</translation>
    </message>
    <message>
        <source>Assignments per responsible agency</source>
        <translation>Жауапты орындаушылар бойынша тапсырмалар</translation>
    </message>
    <message>
        <source>Changes to the plan (who changed what)</source>
        <translation>Жоспардағы өзгерістер (кім не өзгертті)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Period of upcoming events</source>
        <translation>Алдағы іс-шаралар кезеңі</translation>
    </message>
    <message numerus="yes">
        <source>Next %n days</source>
        <translation>
            <numerusform>Алдағы %n күн</numerusform>
            <numerusform>Алдағы %n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>to</source>
        <translation>соңы</translation>
    </message>
    <message>
        <source>Only the measures the window shows</source>
        <translation>Терезеде көрсетілген іс-шаралар ғана</translation>
    </message>
    <message>
        <source>No filter is set: the report covers the whole plan</source>
        <translation>Сүзгі қойылмаған: есеп бүкіл жоспарды қамтиды</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Есеп:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Алдын ала қарау…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Period of the changes</source>
        <translation>Өзгерістер кезеңі</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Соңғы %n күн</numerusform>
            <numerusform>Соңғы %n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>The report cannot be made</source>
        <translation>Есепті жасау мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Print preview – %1</source>
        <translation>Басып шығаруды алдын ала қарау – %1</translation>
    </message>
</context>
<context>
    <name>ReportingRoundDialog</name>
    <message>
        <source>Reporting round</source>
        <extracomment>A measure&apos;s entry was saved: its measure id.</extracomment>
        <translation>Іске асырылу барысы туралы ақпарат жинау</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>А тарап</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Б тарап</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Барлық бөлімдер</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <source>Open (not done, not cancelled)</source>
        <translation>Ашық (орындалмаған, бас тартылмаған)</translation>
    </message>
    <message>
        <source>Reporting &amp;date:</source>
        <translation>&amp;Есепті күн:</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Тарап:</translation>
    </message>
    <message>
        <source>Secto&amp;r:</source>
        <translation>&amp;Бөлім:</translation>
    </message>
    <message>
        <source>Stat&amp;us of measures:</source>
        <translation>Іс-шаралардың &amp;күйі:</translation>
    </message>
    <message>
        <source>What was done (Enter: save and next; Shift+Enter: a new line)</source>
        <translation>Не істелді (Enter: сақтау және келесі; Shift+Enter: жаңа жол)</translation>
    </message>
    <message>
        <source>DD.MM.YYYY (if it took place)</source>
        <translation>КК.АА.ЖЖЖЖ (өткізілген болса)</translation>
    </message>
    <message>
        <source>A reference or a file link</source>
        <translation>Құжат деректемелері немесе файлға сілтеме</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Не істелді:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Күй&amp;і:</translation>
    </message>
    <message>
        <source>&amp;Event date:</source>
        <translation>Өткізілген к&amp;үні:</translation>
    </message>
    <message>
        <source>D&amp;ocuments:</source>
        <translation>&amp;Құжаттар:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Алдыңғы</translation>
    </message>
    <message>
        <source>Page Up: the previous measure, without saving</source>
        <translation>Page Up: алдыңғы іс-шара, сақтамай</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Өткізіп жіберу ▶</translation>
    </message>
    <message>
        <source>Page Down: the next measure, without saving</source>
        <translation>Page Down: келесі іс-шара, сақтамай</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>&amp;Сақтау және келесі</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter</source>
        <translation>Enter немесе Ctrl+Enter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Saved in this round: %1</source>
        <translation>Осы жинауда сақталды: %1</translation>
    </message>
    <message>
        <source>No measures match these filters.</source>
        <translation>Осы шарттарға сай іс-шаралар жоқ.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation>Орындау мерзімі: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Жауапты орындаушылар: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Күйі: %1</translation>
    </message>
    <message>
        <source>Previous report (%1): %2 — %3</source>
        <translation>Алдыңғы ақпарат (%1): %2 — %3</translation>
    </message>
    <message>
        <source>No earlier report of this party.</source>
        <translation>Бұл тараптың бұрынғы ақпараты жоқ.</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as DD.MM.YYYY</source>
        <translation>«%1» күн емес: оны КК.АА.ЖЖЖЖ түрінде енгізіңіз</translation>
    </message>
    <message>
        <source>Record progress of %1</source>
        <translation>%1 іске асырылу барысы туралы ақпарат</translation>
    </message>
    <message>
        <source>The entry was not saved.</source>
        <translation>Ақпарат сақталмады.</translation>
    </message>
    <message>
        <source>%1 of %2 — the last measure of this round</source>
        <translation>%2 ішінен %1 — осы жинаудың соңғы іс-шарасы</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The report cannot be made</source>
        <translation>Есепті жасау мүмкін болмады</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Басып шығару: %1</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Есепті PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF сақталмады</translation>
    </message>
</context>
<context>
    <name>SectorTreeModel</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Roles shared by both models. True when the measure&apos;s timing reaches outside the plan&apos;s period. Drag and drop of measures (from the table onto a sector of the tree). A quiet amber behind a timing that leaves the plan&apos;s period (tooltip says why). Where position and number sit in a row: renumbering patches thousands of rows at once, and rebuilding them from a list is C-level where ``_replace`` is not. Called with (measure ids, sector id) when measures are dropped on a sector. Totals of the measures that pass the filters; None while no filter is on.</extracomment>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Барлық бөлімдер</translation>
    </message>
    <message>
        <source>%1 of the %2 measures here pass the filters</source>
        <translation>Бөлімнің %2 іс-шарасының %1-і сүзгілерге сәйкес</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Іс-шаралар</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>Әрекетті немесе пернені табу…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Дайындалуда</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Орындалу үстінде</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Кейінге шегерілді</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Жаңа жоспарға ауыстырылды</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Sector / measure</source>
        <extracomment>Pixels per day of each zoom step. Fit the whole range to the width on every resize, until the user zooms.</extracomment>
        <translation>Бөлім / іс-шара</translation>
    </message>
    <message>
        <source>no timing</source>
        <translation>мерзімі көрсетілмеген</translation>
    </message>
    <message>
        <source>%1 — no dates</source>
        <translation>%1 — күндері жоқ</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Кішірейту (Ctrl+тінтуір дөңгелегі)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Үлкейту (Ctrl+тінтуір дөңгелегі)</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Бүкіл жоспар</translation>
    </message>
    <message>
        <source>Fit the plan&apos;s period to the width</source>
        <translation>Жоспар кезеңін ені бойынша сыйғызу</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Scroll to today</source>
        <translation>Бүгінгі күнге өту</translation>
    </message>
    <message>
        <source>day</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>exact dates</source>
        <translation>нақты күндер</translation>
    </message>
    <message>
        <source>quarter, half-year, year</source>
        <translation>тоқсан, жартыжылдық, жыл</translation>
    </message>
    <message>
        <source>plan period, annually</source>
        <translation>жоспар кезеңі, жыл сайын</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>тоқсандар</translation>
    </message>
    <message>
        <source>months</source>
        <translation>айлар</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>апталар</translation>
    </message>
    <message>
        <source>days</source>
        <translation>күндер</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Бағандар: %1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>CoopDesk user guide</source>
        <translation>CoopDesk пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Пайдаланушы нұсқаулығы орнатылмаған.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>New plan</source>
        <extracomment>A change was refused or failed; the argument is a message for the user. An edit collided with someone else&apos;s: (measure id, values wanted, ConflictError).</extracomment>
        <translation>Жаңа жоспар</translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>Жоспар қасиеттерін өзгерту</translation>
    </message>
    <message>
        <source>Read timings again</source>
        <translation>Мерзімдерді қайта оқу</translation>
    </message>
    <message>
        <source>Delete plan %1</source>
        <translation>%1 жоспарын өшіру</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Бөлім қосу</translation>
    </message>
    <message>
        <source>Rename sector</source>
        <translation>Бөлімнің атын өзгерту</translation>
    </message>
    <message>
        <source>Delete sector</source>
        <translation>Бөлімді жою</translation>
    </message>
    <message>
        <source>Move sector up</source>
        <translation>Бөлімді жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move sector down</source>
        <translation>Бөлімді төмен жылжыту</translation>
    </message>
    <message>
        <source>Indent sector</source>
        <translation>Бөлім деңгейін төмендету</translation>
    </message>
    <message>
        <source>Outdent sector</source>
        <translation>Бөлім деңгейін көтеру</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Іс-шара қосу</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Өзгерту: %1</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Іс-шараны өзгерту</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>«%1» күйін белгілеу</translation>
    </message>
    <message>
        <source>Move measure</source>
        <translation>Іс-шараны жылжыту</translation>
    </message>
    <message>
        <source>Move %1 measures</source>
        <translation>%1 іс-шараны жылжыту</translation>
    </message>
    <message>
        <source>Move measure up</source>
        <translation>Іс-шараны жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move measure down</source>
        <translation>Іс-шараны төмен жылжыту</translation>
    </message>
    <message>
        <source>Duplicate %1 measures</source>
        <translation>%1 іс-шараның көшірмесін жасау</translation>
    </message>
    <message>
        <source>Duplicate measure</source>
        <translation>Іс-шараның көшірмесін жасау</translation>
    </message>
    <message>
        <source>number</source>
        <translation>нөмірі</translation>
    </message>
    <message>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>level</source>
        <translation>деңгейі</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>форматы</translation>
    </message>
    <message>
        <source>responsible (party A)</source>
        <translation>жауапты орындаушылар (А тарап)</translation>
    </message>
    <message>
        <source>responsible (party B)</source>
        <translation>жауапты орындаушылар (Б тарап)</translation>
    </message>
    <message>
        <source>form of completion</source>
        <translation>аяқтау нысаны</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>орындау мерзімі</translation>
    </message>
    <message>
        <source>location</source>
        <translation>өткізілетін орны</translation>
    </message>
    <message>
        <source>status</source>
        <translation>күйі</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>басымдығы</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Іс-шараны жою</translation>
    </message>
    <message>
        <source>Delete %1 measures</source>
        <translation>%1 іс-шараны жою</translation>
    </message>
</context>
<context>
    <name>_TimelineHeader</name>
    <message>
        <source>Q%1</source>
        <translation>%1-тоқсан</translation>
    </message>
    <message>
        <source>Wk %1</source>
        <translation>%1-апта</translation>
    </message>
</context>
<context>
    <name>_TimelineLabels</name>
    <message>
        <source>Other measures</source>
        <translation>Басқа іс-шаралар</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>А тарап</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Б тарап</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Қол қойылған орны</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>Бөлім коды</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Responsible (party A)</source>
        <translation>Жауапты орындаушылар (А тарап)</translation>
    </message>
    <message>
        <source>Responsible (party B)</source>
        <translation>Жауапты орындаушылар (Б тарап)</translation>
    </message>
    <message>
        <source>Form of completion</source>
        <translation>Аяқтау нысаны</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Өткізілетін орны</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Кезеңнің басы</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Кезеңнің соңы</translation>
    </message>
    <message>
        <source>Signed date</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдығы</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos;: {problem}</source>
        <translation>«{field}» өрісі: {problem}</translation>
    </message>
    <message>
        <source>expected text, got {type}</source>
        <translation>мәтін күтілген, бірақ {type} берілді</translation>
    </message>
    <message>
        <source>contains a NUL character (at position {position}); remove it</source>
        <translation>NUL таңбасы бар ({position}-позицияда); оны өшіріңіз</translation>
    </message>
    <message>
        <source>contains a broken character (a lone UTF-16 surrogate, U+{code}, at position {position}); retype or paste the text again</source>
        <translation>бүлінген таңба бар (жалғыз UTF-16 суррогаты, U+{code}, {position}-позицияда); мәтінді қайта теріңіз немесе қайта қойыңыз</translation>
    </message>
    <message>
        <source>is {length:,} characters long; at most {limit:,} fit, shorten it</source>
        <translation>ұзындығы {length} таңба, ал ең көбі {limit} сыяды; мәтінді қысқартыңыз</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>бос болмауы керек</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>күні көрсетілуі керек</translation>
    </message>
    <message>
        <source>expected a date, got {type}</source>
        <translation>күн күтілген, бірақ {type} берілді</translation>
    </message>
    <message>
        <source>{date} is outside the years {first}-{last} CoopDesk plans in</source>
        <translation>{date} — CoopDesk жоспарлайтын {first}–{last} жылдардан тыс</translation>
    </message>
    <message>
        <source>Fields &apos;{start_field}&apos; and &apos;{end_field}&apos;: the period ends ({end}) before it starts ({start})</source>
        <translation>«{start_field}» және «{end_field}» өрістері: кезең басталғанға дейін ({start}) аяқталады ({end})</translation>
    </message>
    <message>
        <source>The copy {file} failed its integrity check: {reason}</source>
        <translation>{file} көшірмесі тұтастық тексерісінен өтпеді: {reason}</translation>
    </message>
    <message>
        <source>The copy {file} has {count} rows pointing at missing rows (first in table {table})</source>
        <translation>{file} көшірмесінде жоқ жолдарға сілтейтін жолдар бар: {count} (біріншісі {table} кестесінде)</translation>
    </message>
    <message>
        <source>Could not back up the store {store}: {reason}</source>
        <translation>{store} қоймасының сақтық көшірмесін жасау мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>The copy {file} is at schema {found}, not {revision}</source>
        <translation>{file} көшірмесінің сұлбасы {revision} емес, {found}</translation>
    </message>
    <message>
        <source>There is no saved connection &apos;{name}&apos;</source>
        <translation>«{name}» сақталған қосылымы жоқ</translation>
    </message>
    <message>
        <source>&apos;…{url}&apos; is not a database URL (expected e.g. postgresql+psycopg://user@host/dbname)</source>
        <translation>«…{url}» дерекқор мекенжайы емес (мысалы, postgresql+psycopg://user@host/dbname күтіледі)</translation>
    </message>
    <message>
        <source>A saved connection needs a name</source>
        <translation>Сақталған қосылымның атауы болуы керек</translation>
    </message>
    <message>
        <source>The saved connections in {path} cannot be read ({reason}); remove the file to start afresh</source>
        <translation>{path} ішіндегі сақталған қосылымдар оқылмайды ({reason}); басынан бастау үшін файлды жойыңыз</translation>
    </message>
    <message>
        <source>The store {store} failed: {reason}</source>
        <translation>{store} қоймасында қате: {reason}</translation>
    </message>
    <message>
        <source>The store {store} is not a CoopDesk database or is damaged ({reason})</source>
        <translation>{store} қоймасы CoopDesk дерекқоры емес немесе бүлінген ({reason})</translation>
    </message>
    <message>
        <source>The store {store} is busy with other officers&apos; changes (they crossed this one); try again in a moment</source>
        <translation>{store} қоймасы басқа қызметкерлердің өзгерістерімен бос емес (олар осы өзгеріспен қиылысты); сәлден соң қайталаңыз</translation>
    </message>
    <message>
        <source>The store {store} stayed locked while another CoopDesk window (or another program) saved a large change; try again in a moment</source>
        <translation>Басқа CoopDesk терезесі (немесе басқа бағдарлама) үлкен өзгерісті сақтап жатқанда {store} қоймасы құлыптаулы болды; сәлден соң қайталаңыз</translation>
    </message>
    <message>
        <source>The disk of the store {store} is full; free some space and try again</source>
        <translation>{store} қоймасының дискісі толы; орын босатып, қайталаңыз</translation>
    </message>
    <message>
        <source>Cannot open the store {store}: the file cannot be created or read</source>
        <translation>{store} қоймасын ашу мүмкін емес: файлды жасауға немесе оқуға болмайды</translation>
    </message>
    <message>
        <source>The store {store} is read-only; CoopDesk needs to write to it</source>
        <translation>{store} қоймасы тек оқуға арналған, ал CoopDesk оған жазуы керек</translation>
    </message>
    <message>
        <source>Cannot connect to the store {store}: {reason}</source>
        <translation>{store} қоймасына қосылу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>The store {store} stayed locked for {seconds:.1f} s while another CoopDesk window (or another program) saved a large change; try again in a moment</source>
        <translation>Басқа CoopDesk терезесі (немесе басқа бағдарлама) үлкен өзгерісті сақтап жатқанда {store} қоймасы {seconds:.1f} с құлыптаулы болды; сәлден соң қайталаңыз</translation>
    </message>
    <message>
        <source>Cannot open the store {store}: the folder {folder} does not exist</source>
        <translation>{store} қоймасын ашу мүмкін емес: {folder} қалтасы жоқ</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL (expected e.g. sqlite:///plans.db or postgresql+psycopg://user@host/dbname)</source>
        <translation>«{url}» дерекқор мекенжайы емес (мысалы, sqlite:///plans.db немесе postgresql+psycopg://user@host/dbname күтіледі)</translation>
    </message>
    <message>
        <source>The store {store} is busy: another CoopDesk window kept saving a large change while this one waited; try again in a moment</source>
        <translation>{store} қоймасы бос емес: бұл терезе күтіп тұрғанда басқа CoopDesk терезесі үлкен өзгерісті сақтады; сәлден соң қайталаңыз</translation>
    </message>
    <message>
        <source>The store {store} was written by a newer CoopDesk (schema {revision}); update CoopDesk to open it</source>
        <translation>{store} қоймасын CoopDesk-тің жаңарақ нұсқасы жазған ({revision} сұлба); оны ашу үшін CoopDesk-ті жаңартыңыз</translation>
    </message>
    <message>
        <source>The store {store} holds other tables: it is not a CoopDesk database</source>
        <translation>{store} қоймасында басқа кестелер бар: бұл CoopDesk дерекқоры емес</translation>
    </message>
    <message>
        <source>The file {store} is empty (0 bytes): it is not a CoopDesk store. CoopDesk makes a new store in a file only when asked to create one; delete the file or choose another name</source>
        <translation>{store} файлы бос (0 байт): бұл CoopDesk қоймасы емес. CoopDesk файлда жаңа қойманы тек сұралғанда жасайды; файлды жойыңыз немесе басқа атау таңдаңыз</translation>
    </message>
    <message>
        <source>The file {store} is a database with no tables: it is not a CoopDesk store. CoopDesk makes a new store in a file only when asked to create one; delete the file or choose another name</source>
        <translation>{store} файлы — кестесіз дерекқор: бұл CoopDesk қоймасы емес. CoopDesk файлда жаңа қойманы тек сұралғанда жасайды; файлды жойыңыз немесе басқа атау таңдаңыз</translation>
    </message>
    <message>
        <source>Could not create the store {store}; it was left as it was. {reason}</source>
        <translation>{store} қоймасын жасау мүмкін болмады; ол бұрынғы күйінде қалдырылды. {reason}</translation>
    </message>
    <message>
        <source>Could not upgrade the store {store}; it was left as it was. {reason}</source>
        <translation>{store} қоймасын жаңарту мүмкін болмады; ол бұрынғы күйінде қалдырылды. {reason}</translation>
    </message>
    <message>
        <source>The store {store} kept changing while CoopDesk opened it; try again</source>
        <translation>CoopDesk ашып жатқанда {store} қоймасы өзгере берді; қайталаңыз</translation>
    </message>
    <message>
        <source>There is no CoopDesk store at {store}</source>
        <translation>{store} мекенжайында CoopDesk қоймасы жоқ</translation>
    </message>
    <message>
        <source>There is no CoopDesk store in {store}</source>
        <translation>{store} ішінде CoopDesk қоймасы жоқ</translation>
    </message>
    <message>
        <source>The store {store} was left mid-way by an interrupted upgrade (table {table} is missing, its copy {copy} remains); restore the newest backup beside it ({backups})</source>
        <translation>{store} қоймасы үзілген жаңартудан кейін аралық күйде қалды ({table} кестесі жоқ, оның {copy} көшірмесі қалды); қасындағы ең жаңа сақтық көшірмені қалпына келтіріңіз ({backups})</translation>
    </message>
    <message>
        <source>The file {store} is in use by another program</source>
        <translation>{store} файлын басқа бағдарлама пайдаланып жатыр</translation>
    </message>
    <message>
        <source>The store {store} is in use by another program</source>
        <translation>{store} қоймасын басқа бағдарлама пайдаланып жатыр</translation>
    </message>
    <message>
        <source>The store {store} must be upgraded for this CoopDesk, and another CoopDesk window has it open; close that window, then open the store again</source>
        <translation>{store} қоймасын CoopDesk-тің осы нұсқасы үшін жаңарту керек, ал ол басқа CoopDesk терезесінде ашық; сол терезені жауып, қойманы қайта ашыңыз</translation>
    </message>
    <message>
        <source>The work file {file} kept its write-ahead log</source>
        <translation>{file} жұмыс файлында алдын ала жазу журналы қалып қойды</translation>
    </message>
    <message>
        <source>Cannot read the store {store}: {reason}</source>
        <translation>{store} қоймасын оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>its header is not an SQLite database&apos;s</source>
        <translation>оның тақырыбы SQLite дерекқорының тақырыбы емес</translation>
    </message>
    <message>
        <source>{login} may only read the store {store} (a member of {group}); nothing was written. An administrator can make you an editor with: coopdesk admin grant URL {login} editor</source>
        <translation>{login} {store} қоймасын тек оқи алады ({group} мүшесі); ештеңе жазылмады. Әкімші сізге түзету құқығын мына пәрменмен бере алады: coopdesk admin grant URL {login} editor</translation>
    </message>
    <message>
        <source>The store {store} is read-only for you; nothing was written</source>
        <translation>{store} қоймасы сіз үшін тек оқуға арналған; ештеңе жазылмады</translation>
    </message>
    <message>
        <source>The store {store} is a {backend} file, which has no roles: who may change it is set by the file&apos;s permissions; roles need a PostgreSQL server (postgresql+psycopg://...)</source>
        <translation>{store} қоймасы — {backend} файлы, оның рөлдері жоқ: оны кім өзгерте алатынын файлға қол жеткізу құқықтары анықтайды; рөлдер тек PostgreSQL серверінде болады (postgresql+psycopg://...)</translation>
    </message>
    <message>
        <source>&apos;{access}&apos; is not an access level: use editor or reader</source>
        <translation>«{access}» — қол жеткізу деңгейі емес: editor (түзету) немесе reader (оқу) деп көрсетіңіз</translation>
    </message>
    <message>
        <source>The server of {store} has no role {roles}: run `coopdesk admin init-server URL` first</source>
        <translation>{store} қоймасының серверінде {roles} рөлі жоқ: алдымен `coopdesk admin init-server URL` пәрменін орындаңыз</translation>
    </message>
    <message>
        <source>There is no role &apos;{login}&apos; on the server of {store}; create it first (CREATE ROLE {login} LOGIN PASSWORD &apos;...&apos;)</source>
        <translation>{store} қоймасының серверінде «{login}» рөлі жоқ; алдымен оны жасаңыз (CREATE ROLE {login} LOGIN PASSWORD &apos;...&apos;)</translation>
    </message>
    <message>
        <source>&apos;{login}&apos; is not a login role (it cannot sign in)</source>
        <translation>«{login}» — кіруге арналған рөл емес (онымен серверге кіру мүмкін емес)</translation>
    </message>
    <message>
        <source>There is no plan with id {id}</source>
        <translation>{id} идентификаторлы жоспар жоқ</translation>
    </message>
    <message>
        <source>There is no sector with id {id}</source>
        <translation>{id} идентификаторлы бөлім жоқ</translation>
    </message>
    <message>
        <source>There is no measure with id {id}</source>
        <translation>{id} идентификаторлы іс-шара жоқ</translation>
    </message>
    <message>
        <source>There is no {what} with id {id} (someone may have deleted it)</source>
        <translation>{id} идентификаторлы «{what}» нысаны жоқ (оны біреу өшірген болуы мүмкін)</translation>
    </message>
    <message>
        <source>{count} measure(s) belong to no sector of the plan</source>
        <translation>Жоспардың ешбір бөліміне жатпайтын іс-шаралар: {count}</translation>
    </message>
    <message>
        <source>Only a field of a measure can be restored</source>
        <translation>Тек іс-шараның өрісін қалпына келтіруге болады</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; cannot be restored</source>
        <translation>«{field}» өрісін қалпына келтіруге болмайды</translation>
    </message>
    <message>
        <source>There is no recorded change {step}</source>
        <translation>Журналда {step} өзгерісі жоқ</translation>
    </message>
    <message>
        <source>Only a change itself can be undone</source>
        <translation>Тек өзгерістің өзін болдырмауға болады</translation>
    </message>
    <message>
        <source>“{step}” is undone already</source>
        <translation>«{step}» әлдеқашан болдырылмады</translation>
    </message>
    <message>
        <source>“{step}” is not undone</source>
        <translation>«{step}» болдырылмаған</translation>
    </message>
    <message>
        <source>The undo of “{step}” is not on record</source>
        <translation>«{step}» болдырмауы журналда жазылмаған</translation>
    </message>
    <message>
        <source>“{step}” was already undone elsewhere</source>
        <translation>«{step}» басқа терезеде әлдеқашан болдырылмады</translation>
    </message>
    <message>
        <source>“{step}” was already redone elsewhere</source>
        <translation>«{step}» басқа терезеде әлдеқашан қайталанды</translation>
    </message>
    <message>
        <source>&apos;{choice}&apos; is not a measure field, &apos;notes&apos; or &apos;ignore&apos;</source>
        <translation>«{choice}» іс-шара өрісі де, «notes» да, «ignore» да емес</translation>
    </message>
    <message>
        <source>The plan was changed while the preview was open: {count} new conflict(s) with the sheet must be decided first; nothing was written.</source>
        <translation>Алдын ала қарау ашық тұрғанда жоспар өзгерді: алдымен кестемен жаңа қайшылықтарды ({count}) шешу керек; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>Choose either a plan to merge into or a new plan, not both</source>
        <translation>Біріктіретін жоспарды немесе жаңа жоспарды таңдаңыз, екеуін бірдей емес</translation>
    </message>
    <message>
        <source>--prefer must be &apos;ours&apos; or &apos;theirs&apos;, not &apos;{value}&apos;</source>
        <translation>--prefer мәні «ours» немесе «theirs» болуы керек, «{value}» емес</translation>
    </message>
    <message>
        <source>The plan to merge into was deleted meanwhile; nothing written</source>
        <translation>Біріктірілетін жоспар осы уақытта жойылды; ештеңе жазылмады</translation>
    </message>
    <message>
        <source>Measure {number}: {problem}</source>
        <translation>{number} іс-шара: {problem}</translation>
    </message>
    <message>
        <source>Measure {number}: there is no sector &apos;{sector}&apos; in the plan</source>
        <translation>{number} іс-шара: жоспарда «{sector}» бөлімі жоқ</translation>
    </message>
    <message>
        <source>Row {row}: its section &apos;{sector}&apos; is not in the plan</source>
        <translation>{row}-жол: оның «{sector}» бөлімі жоспарда жоқ</translation>
    </message>
    <message>
        <source>Measure {number}, field &apos;{field}&apos;: {problem}</source>
        <translation>{number} іс-шара, «{field}» өрісі: {problem}</translation>
    </message>
    <message>
        <source>An agency needs a name (a short or full name in any language)</source>
        <translation>Орындаушының атауы болуы керек (кез келген тілде қысқа немесе толық)</translation>
    </message>
    <message>
        <source>An agency&apos;s parent must be an agency of the same party</source>
        <translation>Жоғары тұрған орындаушы сол тараптікі болуы керек</translation>
    </message>
    <message>
        <source>Choose at least one other agency to merge into this one</source>
        <translation>Осымен біріктіру үшін кемінде бір басқа орындаушыны таңдаңыз</translation>
    </message>
    <message>
        <source>An agency cannot sit under itself or under one below it</source>
        <translation>Орындаушы өзіне немесе өзінен төмен тұрғанға бағына алмайды</translation>
    </message>
    <message>
        <source>The agency “{name}” was changed since by {actor} (version {version}, you read {read}); read it again</source>
        <translation>«{name}» орындаушысын содан бері {actor} өзгертті (нұсқа {version}, сіз оқыған {read}); қайта ашыңыз</translation>
    </message>
    <message>
        <source>Measure {number}: its responsible agencies were changed since (now: {agencies}); look again</source>
        <translation>{number} іс-шара: оның жауапты орындаушылары содан бері өзгертілді (қазір: {agencies}); қайта тексеріңіз</translation>
    </message>
    <message>
        <source>An agency that measures name, or that sits in a hierarchy, cannot change party</source>
        <translation>Іс-шараларда аталған немесе иерархияға кіретін орындаушы тарапын өзгерте алмайды</translation>
    </message>
    <message>
        <source>Only agencies of the same party can be merged</source>
        <translation>Тек бір тараптың орындаушыларын біріктіруге болады</translation>
    </message>
    <message>
        <source>The new plan needs a code (a short name such as KZ-RU-2025)</source>
        <translation>Жаңа жоспарға код керек (қысқа атау, мысалы KZ-RU-2025)</translation>
    </message>
    <message>
        <source>The new plan needs a period (its first and last day)</source>
        <translation>Жаңа жоспарға кезең керек (бірінші және соңғы күні)</translation>
    </message>
    <message>
        <source>The event date {event} is after the reporting date {as_of}: an entry reports what took place by its date</source>
        <translation>Оқиға күні {event} есепті күннен {as_of} кейін: жазба сол күнге дейін болғанды хабарлайды</translation>
    </message>
    <message>
        <source>There is no progress entry with id {id} (someone may have deleted it)</source>
        <translation>{id} нөмірлі орындалу барысы туралы жазба жоқ (оны біреу өшірген болуы мүмкін)</translation>
    </message>
    <message>
        <source>Unknown agency field(s): {fields}</source>
        <translation>Орындаушының белгісіз өрістері: {fields}</translation>
    </message>
    <message>
        <source>Field &apos;party&apos;: &apos;{value}&apos; is not a or b</source>
        <translation>«Тарап» өрісі: «{value}» — a да, b да емес</translation>
    </message>
    <message>
        <source>No agency in the directory is called &apos;{name}&apos; (see: coopdesk agencies list)</source>
        <translation>Анықтамалықта «{name}» деген орындаушы жоқ (қараңыз: coopdesk agencies list)</translation>
    </message>
    <message>
        <source>Field &apos;parent_id&apos;: there is no agency with id {id}</source>
        <translation>«Жоғары тұрған орындаушы» өрісі: {id} идентификаторлы орындаушы жоқ</translation>
    </message>
    <message>
        <source>&apos;{party}&apos; is not a party (a or b)</source>
        <translation>«{party}» — тарап емес (a немесе b деп көрсетіңіз)</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos;: a short name is at most 200 characters</source>
        <translation>«{field}» өрісі: қысқа атауы 200 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>There is no agency with id {id}</source>
        <translation>{id} идентификаторлы орындаушы жоқ</translation>
    </message>
    <message>
        <source>Row {number}: {problem}</source>
        <translation>{number}-жол: {problem}</translation>
    </message>
    <message>
        <source>Field &apos;parent_id&apos;: &apos;{value}&apos; is not an id</source>
        <translation>«Жоғары тұрған орындаушы» өрісі: «{value}» — идентификатор емес</translation>
    </message>
    <message>
        <source>The parent &apos;{parent}&apos; of &apos;{name}&apos; is not in the directory (list it on a row above)</source>
        <translation>«{name}» үшін жоғары тұрған «{parent}» орындаушысы анықтамалықта жоқ (оны жоғарырақ жолда көрсетіңіз)</translation>
    </message>
    <message>
        <source>“{name}” is an agency of the other party</source>
        <translation>«{name}» — басқа тараптың орындаушысы</translation>
    </message>
    <message>
        <source>Measure id {id} is not in the plan &apos;{code}&apos;; pick measures of the plan being carried over</source>
        <translation>{id} идентификаторлы іс-шара «{code}» жоспарында жоқ; ауыстырылатын жоспардың іс-шараларын таңдаңыз</translation>
    </message>
    <message>
        <source>A progress entry has no field &apos;{field}&apos; (one of: {fields})</source>
        <translation>Орындалу барысы туралы жазбада «{field}» өрісі жоқ (бары: {fields})</translation>
    </message>
    <message>
        <source>The progress entry was changed by {actor} at {time} (version {version}, not {read}); nothing was written</source>
        <translation>Орындалу барысы туралы жазбаны {actor} {time} уақытта өзгертті (нұсқа {version}, {read} емес); ештеңе жазылмады</translation>
    </message>
    <message>
        <source>Progress status: &apos;{value}&apos; is not a known status (one of: {codes})</source>
        <translation>Орындалу күйі: «{value}» — белгісіз күй (рұқсат етілгендері: {codes})</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>PowerPoint презентациясы</translation>
    </message>
    <message>
        <source>an Excel workbook; import it as .xlsx</source>
        <translation>Excel кітабы; оны .xlsx ретінде импорттаңыз</translation>
    </message>
    <message>
        <source>contains XML document type declarations (entity expansion), which Word never writes, so it was not opened.</source>
        <translation>Word ешқашан жазбайтын XML құжат түрінің жариялауларын (нысандарды ашу) қамтиды, сондықтан ашылмады.</translation>
    </message>
    <message>
        <source>has {count} parts, more than any document CoopDesk reads.</source>
        <translation>{count} бөліктен тұрады — CoopDesk оқитын кез келген құжаттан көп.</translation>
    </message>
    <message>
        <source>is a macro-enabled Word document (.docm); CoopDesk does not open files with macros, so save it as a Word Document (.docx) without macros and import that.</source>
        <translation>— макростары бар Word құжаты (.docm); CoopDesk макростары бар файлдарды ашпайды: оны макроссыз Word құжаты (.docx) ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>is a password-protected zip archive; save the document again without a password.</source>
        <translation>— құпиясөзбен қорғалған zip мұрағаты; құжатты құпиясөзсіз қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>is a zip archive but not a Word document.</source>
        <translation>— zip мұрағаты, бірақ Word құжаты емес.</translation>
    </message>
    <message>
        <source>is an OpenDocument file (.odt); save it as a Word Document (.docx) and import that.</source>
        <translation>— OpenDocument файлы (.odt); оны Word құжаты (.docx) ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>is an RTF file; save it as a Word Document (.docx) and import that.</source>
        <translation>— RTF файлы; оны Word құжаты (.docx) ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>is an encrypted (password-protected) Word document; remove the password in Word (File &gt; Info &gt; Protect Document &gt; Encrypt with Password) and save it again.</source>
        <translation>— шифрланған (құпиясөзбен қорғалған) Word құжаты; Word-та құпиясөзді алып тастап (Файл &gt; Мәліметтер &gt; Құжатты қорғау &gt; Құпиясөзбен шифрлау), қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>is an old Word 97-2003 (.doc) file, not a .docx document; open it in Word or LibreOffice, save it as a Word Document (.docx) and import that.</source>
        <translation>— .docx құжаты емес, ескі Word 97-2003 (.doc) файлы; оны Word немесе LibreOffice-та ашып, Word құжаты (.docx) ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>is not a Word document: a .docx file is a zip archive and this one is not.</source>
        <translation>— Word құжаты емес: .docx файлы zip мұрағаты болады, ал бұл файл олай емес.</translation>
    </message>
    <message>
        <source>is too large: {what} unpacks to {size} MB, and CoopDesk reads at most {limit} MB; split the plan into smaller documents.</source>
        <translation>тым үлкен: {what} {size} МБ-қа ашылады, ал CoopDesk ең көбі {limit} МБ оқиды; жоспарды кішірек құжаттарға бөліңіз.</translation>
    </message>
    <message>
        <source>is {size} MB; CoopDesk imports documents up to 256 MB.</source>
        <translation>{size} МБ алады; CoopDesk 256 МБ-қа дейінгі құжаттарды импорттайды.</translation>
    </message>
    <message>
        <source>is {what}, not a Word document.</source>
        <translation>— {what}, Word құжаты емес.</translation>
    </message>
    <message>
        <source>its part &apos;{name}&apos;</source>
        <translation>оның «{name}» бөлігі</translation>
    </message>
    <message>
        <source>its text</source>
        <translation>оның мәтіні</translation>
    </message>
    <message>
        <source>uses a compression method Word does not write; save it again in Word.</source>
        <translation>Word жазбайтын сығу әдісін пайдаланады; оны Word-та қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>A copy cannot replace the store it is a copy of; choose another name.</source>
        <translation>Көшірме өзі көшірмесі болып табылатын қойманы алмастыра алмайды; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>A search period needs both its first and its last day</source>
        <translation>Іздеу кезеңіне бірінші және соңғы күні де керек</translation>
    </message>
    <message>
        <source>Backups are kept for at least one day, not {days}.</source>
        <translation>Сақтық көшірмелер кемінде бір күн сақталады, {days} емес.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: the folder {folder} does not exist</source>
        <translation>{path} ішіне экспорттау мүмкін емес: {folder} қалтасы жоқ</translation>
    </message>
    <message>
        <source>Cannot export to {path}: {reason}</source>
        <translation>{path} ішіне экспорттау мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Could not make the backup folder {folder}: {reason}</source>
        <translation>{folder} сақтық көшірмелер қалтасын жасау мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Could not save a copy of the store to {path}: {reason}</source>
        <translation>Қойманың көшірмесін {path} ішіне сақтау мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>The search period ends ({end}) before it starts ({start})</source>
        <translation>Іздеу кезеңі басталғанға ({start}) дейін аяқталады ({end})</translation>
    </message>
    <message>
        <source>{where} is {length:,} characters long; an Excel cell holds at most {limit:,}, so shorten it before exporting.</source>
        <translation>{where}: ұзындығы {length} таңба, ал Excel ұяшығы ең көбі {limit} таңба сыйғызады; экспорттау алдында мәтінді қысқартыңыз.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; cannot be compared: give a {kinds} file or a plan</source>
        <translation>«{file}» салыстыруға болмайды: {kinds} файлын немесе жоспарды көрсетіңіз</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is neither a plan of the store (id or code) nor a file to compare ({kinds})</source>
        <translation>«{spec}» қойманың жоспары да (нөмір немесе код), салыстыруға арналған файл да ({kinds}) емес</translation>
    </message>
    <message>
        <source>There is no file {path}</source>
        <translation>{path} файлы жоқ</translation>
    </message>
    <message>
        <source>There is no file {path} (nor a plan with that code)</source>
        <translation>{path} файлы жоқ (мұндай кодты жоспар да жоқ)</translation>
    </message>
    <message>
        <source>Unknown measure field(s): {fields}</source>
        <translation>Іс-шараның белгісіз өрістері: {fields}</translation>
    </message>
    <message>
        <source>A measure needs a title</source>
        <translation>Іс-шараның атауы болуы керек</translation>
    </message>
    <message>
        <source>A measure number is at most 32 characters</source>
        <translation>Іс-шара нөмірі 32 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; must be text, not {type}</source>
        <translation>«{field}» өрісі {type} емес, мәтін болуы керек</translation>
    </message>
    <message>
        <source>Measure {number}: its sector is not in this plan</source>
        <translation>{number} іс-шара: оның бөлімі бұл жоспарда жоқ</translation>
    </message>
    <message>
        <source>The sector belongs to another plan</source>
        <translation>Бөлім басқа жоспарға жатады</translation>
    </message>
    <message>
        <source>Measure {number} was changed by {actor} at {time} (version {version}, not {seen}); nothing was written</source>
        <translation>{number} іс-шараны {actor} {time} кезінде өзгертті ({seen} емес, {version} нұсқа); ештеңе жазылмады</translation>
    </message>
    <message>
        <source>Measure {number} was changed by {actor} at {time} (and {count} more) since you chose to move it</source>
        <translation>Сіз жылжытуды таңдағаннан кейін {number} іс-шараны {actor} {time} кезінде өзгертті (және тағы {count})</translation>
    </message>
    <message>
        <source>Measure {number} was changed by {actor} at {time} (and {count} more) since you chose to delete it</source>
        <translation>Сіз жоюды таңдағаннан кейін {number} іс-шараны {actor} {time} кезінде өзгертті (және тағы {count})</translation>
    </message>
    <message>
        <source>Measure {number} was changed by {actor} at {time} since you chose to move it</source>
        <translation>Сіз жылжытуды таңдағаннан кейін {number} іс-шараны {actor} {time} кезінде өзгертті</translation>
    </message>
    <message>
        <source>Measure {number} was changed by {actor} at {time} since you chose to delete it</source>
        <translation>Сіз жоюды таңдағаннан кейін {number} іс-шараны {actor} {time} кезінде өзгертті</translation>
    </message>
    <message>
        <source>Field &apos;timing&apos; must be text or a Timing</source>
        <translation>«Орындау мерзімі» өрісі мәтін немесе мерзім болуы керек</translation>
    </message>
    <message>
        <source>A measure can only move within its own plan</source>
        <translation>Іс-шараны тек өз жоспары ішінде жылжытуға болады</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>біреу</translation>
    </message>
    <message>
        <source>Unknown plan field(s): {fields}</source>
        <translation>Жоспардың белгісіз өрістері: {fields}</translation>
    </message>
    <message>
        <source>A plan needs a code (a short name such as KZ-RU-2023)</source>
        <translation>Жоспардың коды болуы керек (мысалы, KZ-RU-2023 сияқты қысқа атау)</translation>
    </message>
    <message>
        <source>A plan code is at most 64 characters</source>
        <translation>Жоспар коды 64 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>A plan needs a title</source>
        <translation>Жоспардың атауы болуы керек</translation>
    </message>
    <message>
        <source>The plan&apos;s period ends ({end}) before it starts ({start})</source>
        <translation>Жоспар кезеңі басталғанға дейін ({start}) аяқталады ({end})</translation>
    </message>
    <message>
        <source>Field &apos;language&apos;: &apos;{value}&apos; is not one of ru, kk, en</source>
        <translation>«Тіл» өрісі: «{value}» ru, kk, en мәндерінің бірі емес</translation>
    </message>
    <message>
        <source>A plan with the code &apos;{code}&apos; already exists</source>
        <translation>«{code}» коды бар жоспар бұрыннан бар</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; must be text</source>
        <translation>«{field}» өрісі мәтін болуы керек</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; must be a date</source>
        <translation>«{field}» өрісі күн болуы керек</translation>
    </message>
    <message>
        <source>Field &apos;state&apos;: {problem}</source>
        <translation>«Күйі» өрісі: {problem}</translation>
    </message>
    <message>
        <source>There is no plan with id or code &apos;{key}&apos;</source>
        <translation>«{key}» идентификаторы немесе коды бар жоспар жоқ</translation>
    </message>
    <message>
        <source>Sector code &apos;{code}&apos; appears twice</source>
        <translation>«{code}» бөлім коды екі рет кездеседі</translation>
    </message>
    <message>
        <source>Sector &apos;{code}&apos; names a parent &apos;{parent}&apos; that comes later or does not exist</source>
        <translation>«{code}» бөлімі кейінірек келетін немесе жоқ «{parent}» ата бөлімін атайды</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos;: &apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«{field}» өрісі: «{value}» күн емес (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>Measure &apos;{title}&apos; names an unknown sector &apos;{code}&apos;</source>
        <translation>«{title}» іс-шарасы белгісіз «{code}» бөлімін атайды</translation>
    </message>
    <message>
        <source>A sector needs a name</source>
        <translation>Бөлімнің атауы болуы керек</translation>
    </message>
    <message>
        <source>The first sector of its level cannot be indented</source>
        <translation>Өз деңгейіндегі бірінші бөлімді оңға жылжытуға болмайды</translation>
    </message>
    <message>
        <source>A top-level sector cannot be outdented</source>
        <translation>Жоғарғы деңгейдегі бөлімді солға жылжытуға болмайды</translation>
    </message>
    <message>
        <source>The parent sector belongs to another plan</source>
        <translation>Ата бөлім басқа жоспарға жатады</translation>
    </message>
    <message>
        <source>The new parent sector is not in this plan</source>
        <translation>Жаңа ата бөлім бұл жоспарда жоқ</translation>
    </message>
    <message>
        <source>A sector cannot move into itself or its sub-sectors</source>
        <translation>Бөлімді өзіне немесе өзінің ішкі бөлімдеріне жылжытуға болмайды</translation>
    </message>
    <message>
        <source>number</source>
        <translation>нөмірі</translation>
    </message>
    <message>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <source>responsible a</source>
        <translation>жауапты орындаушыларды (А тарап)</translation>
    </message>
    <message>
        <source>responsible b</source>
        <translation>жауапты орындаушыларды (Б тарап)</translation>
    </message>
    <message>
        <source>form</source>
        <translation>аяқтау нысанын</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>орындау мерзімін</translation>
    </message>
    <message>
        <source>timing text</source>
        <translation>орындау мерзімін</translation>
    </message>
    <message>
        <source>location</source>
        <translation>өткізілетін орнын</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ескертпені</translation>
    </message>
    <message>
        <source>A measure it touches was deleted or put back since</source>
        <translation>Ол қозғайтын іс-шара содан бері жойылды немесе қайтарылды</translation>
    </message>
    <message>
        <source>A sector it touches was deleted or put back since</source>
        <translation>Ол қозғайтын бөлім содан бері жойылды немесе қайтарылды</translation>
    </message>
    <message>
        <source>The plan it touches was deleted or put back since</source>
        <translation>Ол қозғайтын жоспар содан бері жойылды немесе қайтарылды</translation>
    </message>
    <message>
        <source>A measure was changed since</source>
        <translation>Іс-шара содан бері өзгертілді</translation>
    </message>
    <message>
        <source>A sector was changed since</source>
        <translation>Бөлім содан бері өзгертілді</translation>
    </message>
    <message>
        <source>The plan was changed since</source>
        <translation>Жоспар содан бері өзгертілді</translation>
    </message>
    <message>
        <source>A measure ({field}) was changed since</source>
        <translation>Іс-шара ({field}) содан бері өзгертілді</translation>
    </message>
    <message>
        <source>A sector ({field}) was changed since</source>
        <translation>Бөлім ({field}) содан бері өзгертілді</translation>
    </message>
    <message>
        <source>The plan ({field}) was changed since</source>
        <translation>Жоспар ({field}) содан бері өзгертілді</translation>
    </message>
    <message>
        <source>An agency it touches was deleted or put back since</source>
        <translation>Ол қозғайтын орындаушы содан бері жойылды немесе қайтарылды</translation>
    </message>
    <message>
        <source>A measure&apos;s agency it touches was deleted or put back since</source>
        <translation>Ол қозғайтын іс-шара орындаушысы содан бері жойылды немесе қайтарылды</translation>
    </message>
    <message>
        <source>An agency was changed since</source>
        <translation>Орындаушы содан бері өзгертілді</translation>
    </message>
    <message>
        <source>A measure&apos;s agency was changed since</source>
        <translation>Іс-шара орындаушысы содан бері өзгертілді</translation>
    </message>
    <message>
        <source>An agency ({field}) was changed since</source>
        <translation>Орындаушы ({field}) содан бері өзгертілді</translation>
    </message>
    <message>
        <source>A measure&apos;s agency ({field}) was changed since</source>
        <translation>Іс-шара орындаушысы ({field}) содан бері өзгертілді</translation>
    </message>
    <message>
        <source>A progress entry it touches was deleted or put back since</source>
        <translation>Ол қозғайтын орындалу барысы туралы жазба содан бері жойылды немесе қайтарылды</translation>
    </message>
    <message>
        <source>A progress entry was changed since</source>
        <translation>Орындалу барысы туралы жазба содан бері өзгертілді</translation>
    </message>
    <message>
        <source>A progress entry ({field}) was changed since</source>
        <translation>Орындалу барысы туралы жазба ({field}) содан бері өзгертілді</translation>
    </message>
    <message>
        <source>{what}; undoing it would overwrite that work.</source>
        <translation>{what}; болдырмау сол жұмысты өшіріп жібереді.</translation>
    </message>
    <message>
        <source>Measure {number}: {actor} changed the {field} to “{theirs}” after you read “{base}”</source>
        <translation>{number} іс-шара: сіз «{base}» мәнін оқығаннан кейін {actor} {field} «{theirs}» деп өзгертті</translation>
    </message>
    <message>
        <source>{what} (and {count} more)</source>
        <translation>{what} (және тағы {count})</translation>
    </message>
    <message>
        <source>Measure {number}: {actor} changed the {field} at {time} to “{theirs}” after you read “{base}”</source>
        <translation>{number} іс-шара: сіз «{base}» мәнін оқығаннан кейін {actor} {time} кезінде {field} «{theirs}» деп өзгертті</translation>
    </message>
    <message>
        <source>{what} by {actor} at {time}</source>
        <translation>{what} (өзгерткен: {actor}, {time})</translation>
    </message>
    <message>
        <source>{what} by {actor}</source>
        <translation>{what} (өзгерткен: {actor})</translation>
    </message>
    <message>
        <source>{what} at {time}</source>
        <translation>{what} ({time})</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>бос.</translation>
    </message>
    <message>
        <source>is not a text file, so it cannot be read as CSV.</source>
        <translation>мәтіндік файл емес, сондықтан оны CSV ретінде оқуға болмайды.</translation>
    </message>
    <message>
        <source>is {size} MB; CoopDesk imports CSV files up to 256 MB.</source>
        <translation>көлемі {size} МБ; CoopDesk 256 МБ-қа дейінгі CSV файлдарын импорттайды.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>жоқ.</translation>
    </message>
    <message>
        <source>is a folder, not a file.</source>
        <translation>— файл емес, қалта.</translation>
    </message>
    <message>
        <source>cannot be read: {reason}.</source>
        <translation>оқылмайды: {reason}.</translation>
    </message>
    <message>
        <source>is not valid CSV ({reason}).</source>
        <translation>дұрыс CSV емес ({reason}).</translation>
    </message>
    <message>
        <source>is a Word document, not an Excel workbook.</source>
        <translation>— Excel кітабы емес, Word құжаты.</translation>
    </message>
    <message>
        <source>is a PowerPoint presentation, not an Excel workbook.</source>
        <translation>— Excel кітабы емес, PowerPoint презентациясы.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; {reason}</source>
        <translation>«{file}» файлы {reason}</translation>
    </message>
    <message>
        <source>is a macro-enabled workbook; CoopDesk does not open files with macros, so save it as an Excel Workbook (.xlsx) without macros and import that.</source>
        <translation>— макростары бар кітап; CoopDesk макростары бар файлдарды ашпайды: оны макроссыз Excel кітабы (.xlsx) ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>unpacks to far more data than a plan of measures holds (a possible zip bomb), so it was not opened.</source>
        <translation>іс-шаралар жоспарында болатыннан әлдеқайда көп деректерге ашылады (zip-бомба болуы мүмкін), сондықтан ол ашылмады.</translation>
    </message>
    <message>
        <source>is damaged (a part of its zip archive cannot be unpacked); ask for it again.</source>
        <translation>бүлінген (оның zip мұрағатының бір бөлігі ашылмайды); оны қайта сұратыңыз.</translation>
    </message>
    <message>
        <source>contains XML document type declarations (entity expansion), which Excel never writes, so it was not opened.</source>
        <translation>Excel ешқашан жазбайтын XML құжат түрінің жариялауларын (мәндерді ашу) қамтиды, сондықтан ол ашылмады.</translation>
    </message>
    <message>
        <source>is {size} MB; CoopDesk imports workbooks up to 256 MB.</source>
        <translation>көлемі {size} МБ; CoopDesk 256 МБ-қа дейінгі кітаптарды импорттайды.</translation>
    </message>
    <message>
        <source>is an old Excel 97-2003 (.xls) file or another Office document, not an .xlsx workbook; save it as an Excel Workbook (.xlsx) and import that.</source>
        <translation>— .xlsx кітабы емес, ескі Excel 97-2003 (.xls) файлы немесе басқа Office құжаты; оны Excel кітабы (.xlsx) ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>is not an Excel workbook: an .xlsx file is a zip archive and this one is not.</source>
        <translation>Excel кітабы емес: .xlsx файлы zip мұрағаты болады, ал бұл файл олай емес.</translation>
    </message>
    <message>
        <source>is a zip archive but not an Excel workbook.</source>
        <translation>— zip мұрағаты, бірақ Excel кітабы емес.</translation>
    </message>
    <message>
        <source>has a damaged CoopDesk metadata sheet; export the plan again.</source>
        <translation>CoopDesk метадеректер парағы бүлінген; жоспарды қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>is too large: sheet &apos;{sheet}&apos; runs to row {row:,}, and CoopDesk imports sheets of up to {rows:,} rows.</source>
        <translation>тым үлкен: «{sheet}» парағы {row}-жолға дейін жетеді, ал CoopDesk {rows} жолға дейінгі парақтарды импорттайды.</translation>
    </message>
    <message>
        <source>has {count:,} parts, more than any workbook CoopDesk reads.</source>
        <translation>{count} бөліктен тұрады — бұл CoopDesk оқитын кез келген кітаптан көп.</translation>
    </message>
    <message>
        <source>is damaged: its workbook part is missing; ask for it again.</source>
        <translation>бүлінген: онда кітап бөлігі жоқ; оны қайта сұратыңыз.</translation>
    </message>
    <message>
        <source>is damaged: two of its parts have the same name; ask for it again.</source>
        <translation>бүлінген: оның екі бөлігінің атауы бірдей; оны қайта сұратыңыз.</translation>
    </message>
    <message>
        <source>has no worksheet (only chart sheets or none at all).</source>
        <translation>жұмыс парағы жоқ (тек диаграмма парақтары бар немесе мүлде ештеңе жоқ).</translation>
    </message>
    <message>
        <source>is an encrypted (password-protected) workbook; remove the password in Excel (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>— шифрланған (құпиясөзбен қорғалған) кітап; Excel-де құпиясөзді алып тастап (Файл &gt; Мәліметтер &gt; Кітапты қорғау), оны қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>is damaged or incomplete (its zip archive is cut short); ask for it again.</source>
        <translation>бүлінген немесе толық емес (оның zip мұрағаты үзіліп қалған); оны қайта сұратыңыз.</translation>
    </message>
    <message>
        <source>is an OpenDocument spreadsheet (.ods); save it as an Excel Workbook (.xlsx) and import that.</source>
        <translation>— OpenDocument кестесі (.ods); оны Excel кітабы (.xlsx) ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>is a password-protected zip archive; save the workbook again without a password.</source>
        <translation>— құпиясөзбен қорғалған zip мұрағаты; кітапты құпиясөзсіз қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>uses a compression method Excel does not write; save it again in Excel.</source>
        <translation>Excel жазбайтын сығу әдісін пайдаланады; оны Excel-де қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>is damaged: its part &apos;{part}&apos; is not well-formed XML; ask for it again.</source>
        <translation>бүлінген: оның «{part}» бөлігі дұрыс XML емес; оны қайта сұратыңыз.</translation>
    </message>
    <message>
        <source>has no visible worksheet (every worksheet in it is hidden).</source>
        <translation>көрінетін парағы жоқ (барлық жұмыс парақтары жасырылған).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Тоқтатылды; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>Unknown export language &apos;{lang}&apos; (one of: {langs})</source>
        <translation>Экспорттаудың белгісіз тілі: «{lang}» (рұқсат етілгендері: {langs})</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist</source>
        <translation>{path} жазылмайды: {folder} қалтасы жоқ</translation>
    </message>
    <message>
        <source>Unknown document language &apos;{lang}&apos; (one of: {langs})</source>
        <translation>Құжаттың белгісіз тілі: «{lang}» (рұқсат етілгендері: {langs})</translation>
    </message>
    <message>
        <source>The reporting party is a, b or both, not &apos;{party}&apos;</source>
        <translation>Есеп беретін тарап — a, b немесе both (екеуі де), «{party}» емес</translation>
    </message>
    <message>
        <source>{path}: a report file ends in .pdf, .xlsx or .docx; give it one of these</source>
        <translation>{path}: есеп файлының кеңейтімі .pdf, .xlsx немесе .docx болуы керек; солардың бірін көрсетіңіз</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>Cannot write the PDF file {path}</source>
        <translation>{path} PDF файлын жазу мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason} (is it open in another program?)</source>
        <translation>{path} жазылмайды: {reason} (ол басқа бағдарламада ашық емес пе?)</translation>
    </message>
    <message>
        <source>level</source>
        <translation>деңгейі</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>форматы</translation>
    </message>
    <message>
        <source>status</source>
        <translation>күйі</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>басымдығы</translation>
    </message>
    <message>
        <source>the cell holds {length:,} characters, more than Excel&apos;s limit of {limit:,}; shorten it and import again.</source>
        <translation>ұяшықта {length} таңба бар — бұл Excel шегінен ({limit}) көп; мәтінді қысқартып, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; has no table of measures in sheet &apos;{sheet}&apos;: none of its first {rows} rows has headers such as &apos;No.&apos;, &apos;Measure&apos; and &apos;Timing&apos;.</source>
        <translation>«{file}» файлының «{sheet}» парағында іс-шаралар кестесі жоқ: алғашқы {rows} жолдың ешқайсысында «Р/с №», «Іс-шара» және «Орындау мерзімі» сияқты тақырыптар жоқ.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {field} (one of: {choices}).</source>
        <translation>«{value}» — «{field}» өрісінің белгісіз мәні (рұқсат етілгендері: {choices}).</translation>
    </message>
    <message>
        <source>the measure has no title; fill it in or delete the row.</source>
        <translation>іс-шараның атауы жоқ; оны толтырыңыз немесе жолды жойыңыз.</translation>
    </message>
    <message>
        <source>the row has a value in this column only, so it was left out.</source>
        <translation>жолда тек осы баған толтырылған, сондықтан ол өткізіліп жіберілді.</translation>
    </message>
    <message>
        <source>the number {number} is also on row {row}; both rows are imported as separate measures.</source>
        <translation>{number} нөмірі {row}-жолда да бар; екі жол да бөлек іс-шаралар ретінде импортталады.</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula ({formula}) with no saved value; open the file in Excel, save it, and import it again.</source>
        <translation>{cell} ұяшығында сақталған мәні жоқ формула ({formula}) бар; файлды Excel-де ашып, сақтаңыз да, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>this ID appears on an earlier row too (a copied row); this row is taken as a new measure.</source>
        <translation>бұл идентификатор жоғарыдағы жолдардың бірінде де бар (көшірілген жол); бұл жол жаңа іс-шара ретінде қабылданды.</translation>
    </message>
    <message>
        <source>The workbook&apos;s CoopDesk metadata sheet is damaged, so its edits cannot be merged; export the plan again, or delete that sheet to import the workbook as a plain sheet.</source>
        <translation>Кітаптағы CoopDesk метадеректер парағы бүлінген, сондықтан оның түзетулерін біріктіру мүмкін емес; жоспарды қайта экспорттаңыз немесе кітапты қарапайым кесте ретінде импорттау үшін сол парақты жойыңыз.</translation>
    </message>
    <message>
        <source>The workbook was exported by a newer CoopDesk (format {version}); update CoopDesk to import it.</source>
        <translation>Кітапты CoopDesk-тің жаңарақ нұсқасы экспорттаған ({version} формат); оны импорттау үшін CoopDesk-ті жаңартыңыз.</translation>
    </message>
    <message>
        <source>cannot be read: its worksheet is written in a way CoopDesk does not understand; open it in Excel or LibreOffice, save it as an Excel Workbook (.xlsx) and import that.</source>
        <translation>оқылмайды: оның парағы CoopDesk түсінбейтін түрде жазылған; оны Excel-де немесе LibreOffice-те ашып, Excel кітабы (.xlsx) ретінде сақтаңыз да, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>There is no report &apos;{kind}&apos; (one of: {kinds})</source>
        <translation>«{kind}» есебі жоқ (бары: {kinds})</translation>
    </message>
    <message>
        <source>The period starts on {start} after it ends on {end}</source>
        <translation>Кезең {start} басталады, бұл оның аяқталуынан ({end}) кейін</translation>
    </message>
    <message>
        <source>There is no agency report &apos;{kind}&apos; (one of: {kinds})</source>
        <translation>Орындаушылар бойынша «{kind}» есебі жоқ (бары: {kinds})</translation>
    </message>
    <message>
        <source>Reports are written in {langs} or {last}, not &apos;{lang}&apos;; {pairs} print two languages side by side</source>
        <translation>Есептер {langs} немесе {last} тілдерінде жасалады, «{lang}» емес; {pairs} — екі тіл қатар</translation>
    </message>
    <message>
        <source>No file name given for the report</source>
        <translation>Есеп файлының атауы көрсетілмеген</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name such as report.pdf</source>
        <translation>{path} — қалта: файл атауын көрсетіңіз, мысалы, report.pdf</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} — қалта емес, файл</translation>
    </message>
    <message>
        <source>The folder {path} does not exist</source>
        <translation>{path} қалтасы жоқ</translation>
    </message>
    <message>
        <source>CoopDesk may not write in the folder {path}</source>
        <translation>CoopDesk {path} қалтасына жаза алмайды</translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation>{path} тек оқуға арналған</translation>
    </message>
    <message>
        <source>The period starts on {start} after it ends on {end}: give the earlier date first</source>
        <translation>Кезең {start} басталады, бұл оның аяқталуынан ({end}) кейін: алдымен ертерек күнді көрсетіңіз</translation>
    </message>
    <message>
        <source>A period of {days} days is empty: give at least 1 day</source>
        <translation>{days} күндік кезең бос: кемінде 1 күн көрсетіңіз</translation>
    </message>
    <message>
        <source>Cannot write &apos;{path}&apos;: the folder &apos;{folder}&apos; does not exist</source>
        <translation>«{path}» жазылмайды: «{folder}» қалтасы жоқ</translation>
    </message>
    <message>
        <source>Cannot write &apos;{path}&apos;: it is a folder</source>
        <translation>«{path}» жазылмайды: бұл қалта</translation>
    </message>
    <message>
        <source>Cannot write &apos;{path}&apos;: {reason}</source>
        <translation>«{path}» жазылмайды: {reason}</translation>
    </message>
</context>
</TS>
