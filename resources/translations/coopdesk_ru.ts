<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 events written to %2</source>
        <translation>Записано событий: %1, файл %2</translation>
    </message>
    <message>
        <source>(%1 measures without dates left out)</source>
        <translation>(мероприятия без дат не включены: %1)</translation>
    </message>
    <message>
        <source>%1 is a public holiday in %2.</source>
        <extracomment>Day shading of holidays: the first party&apos;s country, the second&apos;s, both. The same, a shade deeper: thin day columns on the timeline need it to be seen. Stronger colours for the country tags written on holidays.</extracomment>
        <translation>%1 — государственный праздник: %2.</translation>
    </message>
    <message>
        <source>No timing</source>
        <translation>Срок не указан</translation>
    </message>
    <message>
        <source>Plans (*.xlsx *.docx *.csv);;Excel workbooks (*.xlsx);;Word documents (*.docx);;CSV files (*.csv);;All files (*)</source>
        <translation>Планы (*.xlsx *.docx *.csv);;Книги Excel (*.xlsx);;Документы Word (*.docx);;Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение файла %1…</translation>
    </message>
    <message>
        <source>Placing the columns…</source>
        <translation>Сопоставление столбцов…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт файла %1…</translation>
    </message>
    <message>
        <source>The plan was changed while the import was open; %n new conflict(s) with the sheet must be decided. Nothing has been written yet.</source>
        <translation>План изменили, пока был открыт импорт: нужно решить новые конфликты с таблицей (%n). Пока ничего не записано.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в файл %1…</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Разрешение расхождений</translation>
    </message>
    <message>
        <source>These were changed both here and in the sheet since the export. Choose, for each, the value to keep; the other changes of the sheet apply as they are.</source>
        <translation>Эти значения изменены и здесь, и в таблице партнёра после экспорта. Выберите для каждого значение, которое следует сохранить; остальные изменения таблицы применяются как есть.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>%1 changed this while you were editing it (%2). Choose the value to keep.</source>
        <translation>%1 изменил(а) это, пока вы редактировали (%2). Выберите, какое значение сохранить.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Когда вы начали</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Их (сохранено)</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Оставить все мои</translation>
    </message>
    <message>
        <source>As exported</source>
        <translation>При экспорте</translation>
    </message>
    <message>
        <source>Ours (here)</source>
        <translation>Наше (здесь)</translation>
    </message>
    <message>
        <source>Theirs (sheet)</source>
        <translation>Их (таблица)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Оставить наше</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Принять их</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>(the whole measure)</source>
        <translation>(мероприятие целиком)</translation>
    </message>
    <message>
        <source>Keep all ours</source>
        <translation>Оставить всё наше</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Принять всё их</translation>
    </message>
    <message>
        <source>%1 left to decide</source>
        <translation>Осталось решить: %1</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№ п/п</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Responsible (party A)</source>
        <translation>Ответственные исполнители (сторона А)</translation>
    </message>
    <message>
        <source>Responsible (party B)</source>
        <translation>Ответственные исполнители (сторона Б)</translation>
    </message>
    <message>
        <source>Form of completion</source>
        <translation>Форма завершения</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Whole measure</source>
        <translation>Мероприятие целиком</translation>
    </message>
    <message>
        <source>edited here since the export</source>
        <translation>изменено здесь после экспорта</translation>
    </message>
    <message>
        <source>deleted here since the export</source>
        <translation>удалено здесь после экспорта</translation>
    </message>
    <message>
        <source>edited in the sheet</source>
        <translation>изменено в таблице партнёра</translation>
    </message>
    <message>
        <source>deleted from the sheet</source>
        <translation>удалено из таблицы партнёра</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Kind (from the title)</source>
        <translation>Вид (по наименованию)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>New sector</source>
        <translation>Новый раздел</translation>
    </message>
    <message>
        <source>Renamed sector</source>
        <translation>Переименованный раздел</translation>
    </message>
    <message>
        <source>Import preview</source>
        <extracomment>header key -&gt; choice (&quot;notes&quot;, &quot;ignore&quot; or a field) for every unplaced column.</extracomment>
        <translation>Предварительный просмотр импорта</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Наше</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Values (examples)</source>
        <translation>Значения (примеры)</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Читать как</translation>
    </message>
    <message>
        <source>These columns have headers CoopDesk does not know. Choose what each one holds; by default their values are kept in the notes.</source>
        <translation>Заголовки этих столбцов CoopDesk не знает. Укажите, что содержит каждый из них; по умолчанию их значения сохраняются в примечании.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>a new plan “%1”</source>
        <translation>новый план «%1»</translation>
    </message>
    <message>
        <source>the plan “%1”</source>
        <translation>план «%1»</translation>
    </message>
    <message>
        <source>%1, sheet “%2”: %3 measures in %4 sectors, into %5.</source>
        <translation>%1, лист «%2»: мероприятий — %3, разделов — %4; в %5.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 to remove, %4 conflicts.</source>
        <translation>Добавить: %1, изменить: %2, удалить: %3, расхождений: %4.</translation>
    </message>
    <message>
        <source>Compared field by field with the plan as it was exported.</source>
        <translation>Сравнено поле за полем с планом на момент экспорта.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Изменения (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Ошибки (%1)</translation>
    </message>
    <message>
        <source>Unknown columns (%1)</source>
        <translation>Неизвестные столбцы (%1)</translation>
    </message>
    <message>
        <source>Kinds from titles (%1)</source>
        <translation>Виды по наименованиям (%1)</translation>
    </message>
    <message>
        <source>files that do not name their author</source>
        <translation>файлов без указания автора</translation>
    </message>
    <message>
        <source>Remember these choices for sheets from %1</source>
        <translation>Запомнить этот выбор для таблиц от: %1</translation>
    </message>
    <message>
        <source>The file has %1 problem(s). Nothing will be written: correct the sheet and import it again.</source>
        <translation>В файле ошибок: %1. Ничего не будет записано: исправьте таблицу и импортируйте её снова.</translation>
    </message>
    <message>
        <source>%1 field(s) were changed both here and in the sheet; you choose next.</source>
        <translation>Полей, изменённых и здесь, и в таблице: %1; выбор за вами на следующем шаге.</translation>
    </message>
    <message>
        <source>Everything is ready; nothing is written until you apply.</source>
        <translation>Всё готово; ничего не записывается, пока вы не нажмёте «Применить».</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Разрешить расхождения…</translation>
    </message>
    <message>
        <source>Keep in the notes</source>
        <translation>Сохранить в примечании</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <extracomment>Progress reports closer together than this (seconds) are not shown.</extracomment>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>Чтение таблицы…</translation>
    </message>
    <message>
        <source>Comparing with the plan…</source>
        <translation>Сравнение с планом…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>Saving the workbook…</source>
        <translation>Сохранение книги…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>Отмена; ничего не будет записано…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Новый план…</translation>
    </message>
    <message>
        <source>Plan &amp;properties…</source>
        <translation>&amp;Свойства плана…</translation>
    </message>
    <message>
        <source>&amp;Delete plan…</source>
        <translation>&amp;Удалить план…</translation>
    </message>
    <message>
        <source>Read &amp;timings again</source>
        <translation>Заново про&amp;читать сроки</translation>
    </message>
    <message>
        <source>Give dates to the timings CoopDesk could not read when they were entered</source>
        <translation>Определить даты для сроков исполнения, которые CoopDesk не смог прочитать при вводе</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import a plan or a partner&apos;s edits from Excel, Word or CSV</source>
        <translation>Импортировать план или правки партнёра из Excel, Word или CSV</translation>
    </message>
    <message>
        <source>&amp;Export to Excel (English)…</source>
        <translation>&amp;Экспорт в Excel (английский)…</translation>
    </message>
    <message>
        <source>Export to Excel (&amp;Russian)…</source>
        <translation>Экспорт в Excel (&amp;русский)…</translation>
    </message>
    <message>
        <source>Export to Excel (&amp;Kazakh)…</source>
        <translation>Экспорт в Excel (ка&amp;захский)…</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>&amp;Печать плана…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Экспорт &amp;календаря (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>New &amp;measure…</source>
        <translation>Новое &amp;мероприятие…</translation>
    </message>
    <message>
        <source>Add a measure to the current sector</source>
        <translation>Добавить мероприятие в текущий раздел</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>&amp;Delete measures…</source>
        <translation>&amp;Удалить мероприятия…</translation>
    </message>
    <message>
        <source>Move measure u&amp;p</source>
        <translation>Переместить мероприятие в&amp;верх</translation>
    </message>
    <message>
        <source>Move measure do&amp;wn</source>
        <translation>Переместить мероприятие вн&amp;из</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Add sector…</source>
        <translation>&amp;Добавить раздел…</translation>
    </message>
    <message>
        <source>Add s&amp;ub-sector…</source>
        <translation>Добавить &amp;подраздел…</translation>
    </message>
    <message>
        <source>&amp;Rename sector…</source>
        <translation>Пере&amp;именовать раздел…</translation>
    </message>
    <message>
        <source>&amp;Delete sector…</source>
        <translation>&amp;Удалить раздел…</translation>
    </message>
    <message>
        <source>Move sector &amp;up</source>
        <translation>Переместить раздел в&amp;верх</translation>
    </message>
    <message>
        <source>Move sector do&amp;wn</source>
        <translation>Переместить раздел в&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Indent sector</source>
        <translation>П&amp;онизить уровень раздела</translation>
    </message>
    <message>
        <source>&amp;Outdent sector</source>
        <translation>Повы&amp;сить уровень раздела</translation>
    </message>
    <message>
        <source>&amp;Next measure</source>
        <translation>&amp;Следующее мероприятие</translation>
    </message>
    <message>
        <source>&amp;Previous measure</source>
        <translation>&amp;Предыдущее мероприятие</translation>
    </message>
    <message>
        <source>Sort in &amp;plan order</source>
        <translation>&amp;Упорядочить по плану</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;About CoopDesk</source>
        <translation>&amp;О программе CoopDesk</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>Открыть &amp;хранилище…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Установить &amp;статус</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Раздел</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>Стол&amp;бцы</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source> Plan: </source>
        <translation> План: </translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>Не удалось повторить «%1»: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>Не удалось отменить «%1»: %2</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>Изменение свойств плана</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Удаление плана</translation>
    </message>
    <message>
        <source>Read timings again</source>
        <translation>Прочитать сроки заново</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Добавление раздела</translation>
    </message>
    <message>
        <source>Rename sector</source>
        <translation>Переименование раздела</translation>
    </message>
    <message>
        <source>Delete sector</source>
        <translation>Удаление раздела</translation>
    </message>
    <message>
        <source>Move sector</source>
        <translation>Перемещение раздела</translation>
    </message>
    <message>
        <source>Move sector up</source>
        <translation>Перемещение раздела вверх</translation>
    </message>
    <message>
        <source>Move sector down</source>
        <translation>Перемещение раздела вниз</translation>
    </message>
    <message>
        <source>Indent sector</source>
        <translation>Понижение уровня раздела</translation>
    </message>
    <message>
        <source>Outdent sector</source>
        <translation>Повышение уровня раздела</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Добавление мероприятия</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Изменение мероприятия</translation>
    </message>
    <message>
        <source>Move measure</source>
        <translation>Перемещение мероприятия</translation>
    </message>
    <message>
        <source>Move measure up</source>
        <translation>Перемещение мероприятия вверх</translation>
    </message>
    <message>
        <source>Move measure down</source>
        <translation>Перемещение мероприятия вниз</translation>
    </message>
    <message>
        <source>Duplicate measure</source>
        <translation>Дублирование мероприятия</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Импорт плана</translation>
    </message>
    <message>
        <source>Import measures</source>
        <translation>Импорт мероприятий</translation>
    </message>
    <message>
        <source>Load sample plan</source>
        <translation>Загрузка образца плана</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Добавить исполнителя</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation>Изменить исполнителя</translation>
    </message>
    <message>
        <source>Delete agency</source>
        <translation>Удалить исполнителя</translation>
    </message>
    <message>
        <source>Merge agencies</source>
        <translation>Объединить исполнителей</translation>
    </message>
    <message>
        <source>Import agencies</source>
        <translation>Импорт исполнителей</translation>
    </message>
    <message>
        <source>Load agencies</source>
        <translation>Загрузка исполнителей</translation>
    </message>
    <message>
        <source>Link responsible agencies</source>
        <translation>Связать ответственных исполнителей</translation>
    </message>
    <message>
        <source>Add progress entry</source>
        <translation>Добавить запись о ходе исполнения</translation>
    </message>
    <message>
        <source>Edit progress entry</source>
        <translation>Изменить запись о ходе исполнения</translation>
    </message>
    <message>
        <source>Delete progress entry</source>
        <translation>Удалить запись о ходе исполнения</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Внести сведения о ходе исполнения</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>Move %1 measures</source>
        <translation>Перемещение мероприятий (%1)</translation>
    </message>
    <message>
        <source>Duplicate %1 measures</source>
        <translation>Дублирование мероприятий (%1)</translation>
    </message>
    <message>
        <source>Delete %1 measures</source>
        <translation>Удаление мероприятий (%1)</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Статус «%1»</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <source>Carry over into %1</source>
        <translation>Перенос в план %1</translation>
    </message>
    <message>
        <source>Password of {login} for “{name}” ({where}):</source>
        <translation>Пароль {login} для «{name}» ({where}):</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(без пользователя)</translation>
    </message>
    <message>
        <source>No system keyring is available, so CoopDesk does not keep passwords.</source>
        <translation>Системное хранилище паролей недоступно, поэтому CoopDesk не сохраняет пароли.</translation>
    </message>
    <message>
        <source>Open saved connection</source>
        <translation>Открыть сохранённое подключение</translation>
    </message>
    <message>
        <source>Saved connection</source>
        <translation>Сохранённое подключение</translation>
    </message>
    <message>
        <source>“{name}” is saved without its password: no system keyring is available, so CoopDesk will ask for the password each time you open it.</source>
        <translation>Подключение «{name}» сохранено без пароля: системное хранилище паролей недоступно, поэтому CoopDesk будет запрашивать пароль при каждом открытии.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <source>&amp;Recent stores and saved server connections:</source>
        <translation>&amp;Недавние хранилища и сохранённые подключения к серверу:</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Открыть &amp;файл…</translation>
    </message>
    <message>
        <source>&amp;New store file…</source>
        <translation>&amp;Новый файл хранилища…</translation>
    </message>
    <message>
        <source>New &amp;server connection…</source>
        <translation>Новое подключение к &amp;серверу…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Забыть</translation>
    </message>
    <message>
        <source>Open a CoopDesk store</source>
        <translation>Открыть хранилище CoopDesk</translation>
    </message>
    <message>
        <source>CoopDesk stores (*.db *.sqlite);;All files (*)</source>
        <translation>Хранилища CoopDesk (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New CoopDesk store</source>
        <translation>Новое хранилище CoopDesk</translation>
    </message>
    <message>
        <source>CoopDesk stores (*.db)</source>
        <translation>Хранилища CoopDesk (*.db)</translation>
    </message>
    <message>
        <source>New server connection</source>
        <translation>Новое подключение к серверу</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a settings file.</source>
        <translation>Пароль хранится в системном хранилище паролей и никогда не записывается в файл настроек.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;Адрес сервера (URL):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>A connection needs a name and a server URL.</source>
        <translation>Для подключения нужны название и адрес сервера.</translation>
    </message>
    <message>
        <source>Save a copy of the store</source>
        <translation>Сохранить копию хранилища</translation>
    </message>
    <message>
        <source>CoopDesk store (*.db)</source>
        <translation>Хранилище CoopDesk (*.db)</translation>
    </message>
    <message>
        <source>A copy of the store was saved to %1</source>
        <translation>Копия хранилища сохранена: %1</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Сохрани&amp;ть копию…</translation>
    </message>
    <message>
        <source>Save a checked copy of the open store (the window stays open)</source>
        <translation>Сохранить проверенную копию открытого хранилища (окно остаётся открытым)</translation>
    </message>
    <message>
        <source>Automatic &amp;backups…</source>
        <translation>&amp;Автоматические копии…</translation>
    </message>
    <message>
        <source>Where the daily backups are and how long they are kept</source>
        <translation>Где хранятся ежедневные копии и сколько дней</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Measure editor</source>
        <translation>Карточка мероприятия</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Save the field and go to the next one</source>
        <translation>Сохранить поле и перейти к следующему</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Line break in the title</source>
        <translation>Перенос строки в наименовании</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Save the description or the notes</source>
        <translation>Сохранить описание или примечание</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Go to a field</source>
        <translation>Перейти к полю</translation>
    </message>
    <message>
        <source>Alt+the underlined letter of its label</source>
        <translation>Alt + подчёркнутая буква подписи</translation>
    </message>
    <message>
        <source>Type a date straight through</source>
        <translation>Набрать дату подряд</translation>
    </message>
    <message>
        <source>day, month, year: 12042023</source>
        <translation>день, месяц, год: 12042023</translation>
    </message>
    <message>
        <source>Previous / next month</source>
        <translation>Предыдущий / следующий месяц</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Page Up / Page Down</translation>
    </message>
    <message>
        <source>Previous / next year</source>
        <translation>Предыдущий / следующий год</translation>
    </message>
    <message>
        <source>Ctrl+Page Up / Ctrl+Page Down</source>
        <translation>Ctrl+Page Up / Ctrl+Page Down</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Open the selected measure</source>
        <translation>Открыть выбранное мероприятие</translation>
    </message>
    <message>
        <source>This store was empty, so CoopDesk loaded a sample plan to look around in. Start your own with File &gt; New plan, or bring one in with File &gt; Import (an Excel or CSV sheet, or drop the file onto the window). Help &gt; User guide (F1) walks through a plan from draft to report.</source>
        <translation>Хранилище было пустым, поэтому CoopDesk загрузил образец плана для знакомства. Начните свой план: Файл &gt; Новый план, или загрузите готовый: Файл &gt; Импорт (таблица Excel или CSV; файл можно просто перетащить на окно). Справка &gt; Руководство пользователя (F1) проводит план от проекта до отчёта.</translation>
    </message>
    <message>
        <source>A sample plan was loaded into the empty store: see the note above the table.</source>
        <translation>В пустое хранилище загружен образец плана: см. пояснение над таблицей.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>Print lan&amp;guage</source>
        <extracomment>The languages a plan can be printed in, with their own names. Languages the user picked, by plan id.</extracomment>
        <translation>&amp;Язык печати</translation>
    </message>
    <message>
        <source>Print the plan in the official layout (language: File &gt; Print language)</source>
        <translation>Печать плана в официальной форме (язык: Файл &gt; Язык печати)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Экспорт в Word</translation>
    </message>
    <message>
        <source>Export the plan to Word</source>
        <translation>Экспортировать план в Word</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation>Экспорт в &amp;Word…</translation>
    </message>
    <message>
        <source>Write the plan as the official document (.docx) a partner can edit and return</source>
        <translation>Сохранить план как официальный документ (.docx), который партнёр может править и вернуть</translation>
    </message>
    <message>
        <source>A&amp;gencies…</source>
        <translation>Испо&amp;лнители…</translation>
    </message>
    <message>
        <source>Edit responsible agencies</source>
        <extracomment>The directory as last read: kept while no change set touches an agency, so moving from measure to measure reads only that measure&apos;s links.</extracomment>
        <translation>Изменение ответственных исполнителей</translation>
    </message>
    <message>
        <source>From the directory (A):</source>
        <translation>Из справочника (А):</translation>
    </message>
    <message>
        <source>From the directory (B):</source>
        <translation>Из справочника (Б):</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>то же наименование</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>сокращение</translation>
    </message>
    <message>
        <source>near match (%1%)</source>
        <translation>похожее (%1 %)</translation>
    </message>
    <message>
        <source>new: add to the directory</source>
        <translation>новый: добавить в справочник</translation>
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
        <translation>Учесть</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>В таблице партнёра</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>В справочнике</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>The agencies the sheet names, matched to the directory. Ticked: the measures are linked to the match, or the new name joins the directory. Unticked: the name stays text only. The text itself is kept as written.</source>
        <translation>Исполнители, названные в таблице, сопоставлены со справочником. Отмечено: мероприятия связываются с найденным исполнителем, а новое наименование добавляется в справочник. Не отмечено: наименование остаётся только текстом. Сам текст сохраняется как написан.</translation>
    </message>
    <message>
        <source>Agencies (%1, %2 new)</source>
        <translation>Исполнители (%1, новых: %2)</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <source>Agencies</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Both parties</source>
        <translation>Обе стороны</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>Сторона А</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Сторона Б</translation>
    </message>
    <message>
        <source>Search any name, any language…</source>
        <translation>Поиск по любому наименованию на любом языке…</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Подчинён</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <source>Short name (Russian):</source>
        <translation>Краткое наименование (рус.):</translation>
    </message>
    <message>
        <source>Full name (Russian):</source>
        <translation>Полное наименование (рус.):</translation>
    </message>
    <message>
        <source>Short name (Kazakh):</source>
        <translation>Краткое наименование (каз.):</translation>
    </message>
    <message>
        <source>Full name (Kazakh):</source>
        <translation>Полное наименование (каз.):</translation>
    </message>
    <message>
        <source>Short name (English):</source>
        <translation>Краткое наименование (англ.):</translation>
    </message>
    <message>
        <source>Full name (English):</source>
        <translation>Полное наименование (англ.):</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Подчинён:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Контакты:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>&amp;Добавить как новый</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Merge selected…</source>
        <translation>&amp;Объединить выбранные…</translation>
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
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <extracomment>The version the form was filled from: a save over a newer one is refused.</extracomment>
        <translation>Изменение исполнителя</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Добавление исполнителя</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <source>%1 measure(s) name it: they lose it from their agencies and keep their text.</source>
        <translation>Мероприятий, где он указан: %1. Он будет исключён из их исполнителей, текст сохранится.</translation>
    </message>
    <message>
        <source>Delete agency</source>
        <translation>Удаление исполнителя</translation>
    </message>
    <message>
        <source>Merge agencies</source>
        <translation>Объединение исполнителей</translation>
    </message>
    <message>
        <source>Keep this one; the others&apos; measures and sub-agencies move to it:</source>
        <translation>Оставить этого исполнителя; мероприятия и подведомственные органы остальных перейдут к нему:</translation>
    </message>
</context>
<context>
    <name>AgencyPicker</name>
    <message>
        <source>The first agency leads; the others co-execute.</source>
        <extracomment>The list the user made (agency ids, lead first).</extracomment>
        <translation>Первый исполнитель — головной, остальные — соисполнители.</translation>
    </message>
    <message>
        <source>Add from the directory…</source>
        <translation>Добавить из справочника…</translation>
    </message>
    <message>
        <source>Move up (the first leads)</source>
        <translation>Выше (первый — головной)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (головной)</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Show the next</source>
        <extracomment>Group key of the overdue measures. Ids of the window buttons that are not a number of days (QButtonGroup takes -1 to mean &quot;pick an id&quot;, so these are large positive numbers). Groups larger than this start collapsed (their title still counts them): a tree view lays out every row of an expanded group, which at 50,000 rows takes seconds. A span of dates (start, end) shown instead of the next ``days`` days. The plan&apos;s period: the whole-plan window, its quarters and months.</extracomment>
        <translation>Показать ближайшие</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Просрочено · %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>срок истёк %1</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Весь план</translation>
    </message>
    <message>
        <source>Every week of the plan&apos;s period</source>
        <translation>Все недели периода плана</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>One quarter of the plan</source>
        <translation>Один квартал плана</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>One month of the plan</source>
        <translation>Один месяц плана</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>The days between two dates you type</source>
        <translation>Дни между двумя заданными датами</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>The timing has passed and the measure is not done</source>
        <translation>Срок исполнения истёк, а мероприятие не исполнено</translation>
    </message>
    <message>
        <source>This week · %1</source>
        <translation>Эта неделя · %1</translation>
    </message>
    <message>
        <source>Next week · %1</source>
        <translation>Следующая неделя · %1</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Неделя %1 · %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>%1 coming</source>
        <translation>предстоит: %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>просрочено: %1</translation>
    </message>
    <message>
        <source>Nothing is due in %1.</source>
        <translation>На %1 ничего не запланировано.</translation>
    </message>
    <message>
        <source>Nothing is due in the next %1 days.</source>
        <translation>В ближайшие дни (%1) сроков исполнения нет.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматические копии</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Сохранить копию &amp;сейчас</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Хранить:</translation>
    </message>
    <message>
        <source>Backups of this store:</source>
        <translation>Копии этого хранилища:</translation>
    </message>
    <message>
        <source>Once a day, when CoopDesk opens a store file (and at midnight while it stays open), a checked copy of it is saved in the folder below. Copies older than the days kept are deleted. To restore one, open it with File &gt; Open store, or copy it over the store while CoopDesk is closed.</source>
        <translation>Раз в день, когда CoopDesk открывает файл хранилища (и в полночь, пока он открыт), его проверенная копия сохраняется в папке ниже. Копии старше заданного числа дней удаляются. Чтобы восстановить копию, откройте её через Файл &gt; Открыть хранилище или скопируйте поверх хранилища, когда CoopDesk закрыт.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is %1</source>
        <translation>Сегодняшняя копия: %1</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>The daily backup failed: %1</source>
        <extracomment>File name endings File &gt; Import takes (a dropped file must have one). From the copying thread: (what was done or None, the error or None).</extracomment>
        <translation>Ежедневная копия не сохранена: %1</translation>
    </message>
    <message>
        <source>Daily backup saved: %1</source>
        <translation>Ежедневная копия сохранена: %1</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Timing</source>
        <extracomment>The languages of the user interface: code and name in that language. QSettings key of the language chosen in View &gt; Language. Strings the code translates where lupdate cannot see them (``tr()`` inside an f-string in coopdesk/ui/calendar/style.py), filed here under their run-time context.</extracomment>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные исполнители</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Month</source>
        <extracomment>A plan was just shown: the month view opens once its rows are known.</extracomment>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Временная шкала</translation>
    </message>
    <message>
        <source>No country could be read from the party names %1; the public holidays of %2 are shown.</source>
        <translation>По наименованиям сторон %1 не удалось определить страну; показаны государственные праздники: %2.</translation>
    </message>
    <message>
        <source>The plan names no parties; the public holidays of %2 are shown.</source>
        <translation>В плане не указаны стороны; показаны государственные праздники: %2.</translation>
    </message>
</context>
<context>
    <name>CarryLinksLabel</name>
    <message>
        <source>Carried from %1</source>
        <translation>Перенесено из %1</translation>
    </message>
    <message>
        <source>Carried into %1</source>
        <translation>Перенесено в %1</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Not done yet</source>
        <translation>Не исполнено</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Повторяющееся</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Carried over already</source>
        <translation>Уже перенесено</translation>
    </message>
    <message>
        <source>New plan from &amp;this one…</source>
        <translation>Новый план на основ&amp;е этого…</translation>
    </message>
    <message>
        <source>Make the next plan from this plan&apos;s unfinished and recurring measures</source>
        <translation>Составить следующий план из неисполненных и повторяющихся мероприятий этого плана</translation>
    </message>
    <message>
        <source>New plan %1 from %2</source>
        <translation>Новый план %1 на основе %2</translation>
    </message>
    <message>
        <source>The plan was not made.</source>
        <translation>План не создан.</translation>
    </message>
    <message>
        <source>Searc&amp;h all plans…</source>
        <translation>Поиск по &amp;всем планам…</translation>
    </message>
    <message>
        <source>Find measures in every plan of the store, by words and period</source>
        <translation>Найти мероприятия во всех планах хранилища по словам и периоду</translation>
    </message>
    <message>
        <source>New plan from %1</source>
        <translation>Новый план на основе %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Tick the measures the new plan takes over. Ticked at first: those not done and not cancelled, and the recurring ones. Each keeps a link to its origin; the origins are marked “Carried over”.</source>
        <translation>Отметьте мероприятия, которые переходят в новый план. Сначала отмечены неисполненные и неотменённые, а также повторяющиеся. Каждое сохраняет связь с исходным; исходные получают статус «Перенесено в новый план».</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№ п/п</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Timing in the new plan</source>
        <translation>Срок в новом плане</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>По &amp;умолчанию</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Отметить &amp;все</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Снять все</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Создать план</translation>
    </message>
    <message>
        <source>(to set)</source>
        <translation>(указать)</translation>
    </message>
    <message>
        <source>%1 of %2 measures ticked; %3 timings to set in the new plan</source>
        <translation>Отмечено мероприятий: %1 из %2; сроков указать в новом плане: %3</translation>
    </message>
    <message>
        <source>Give the new plan a code (a short name such as KZ-RU-2025).</source>
        <translation>Укажите код нового плана (краткое обозначение, например KZ-RU-2025).</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare editions</source>
        <translation>Сравнение редакций</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Файл…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>Edition &amp;A (as it stood):</source>
        <translation>Редакция &amp;А (действующая):</translation>
    </message>
    <message>
        <source>Edition &amp;B (proposed):</source>
        <translation>Редакция &amp;Б (предлагаемая):</translation>
    </message>
    <message>
        <source>Choose two editions and press Compare.</source>
        <translation>Выберите две редакции и нажмите «Сравнить».</translation>
    </message>
    <message>
        <source>C&amp;hanged measures only</source>
        <translation>&amp;Только изменённые мероприятия</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>Со&amp;поставить</translation>
    </message>
    <message>
        <source>Pair the measure only in A with the measure only in B (select both rows)</source>
        <translation>Сопоставить мероприятие, которое есть только в А, с мероприятием, которое есть только в Б (выделите обе строки)</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>&amp;Разъединить</translation>
    </message>
    <message>
        <source>Show the selected pairs as a removed and an added measure</source>
        <translation>Показать выделенные пары как исключённое и добавленное мероприятия</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Language of the table:</source>
        <translation>&amp;Язык таблицы:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Со&amp;хранить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Choose an edition to compare</source>
        <translation>Выберите редакцию для сравнения</translation>
    </message>
    <message>
        <source>Plans (%1)</source>
        <translation>Планы (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a plan or a file for both editions.</source>
        <translation>Выберите план или файл для обеих редакций.</translation>
    </message>
    <message>
        <source>%1 (A, %2 measures) and %3 (B, %4 measures): %5 changed, %6 added, %7 removed, %8 unchanged; %9 moved, %10 renumbered.</source>
        <translation>%1 (А, мероприятий: %2) и %3 (Б, мероприятий: %4): изменено: %5, добавлено: %6, исключено: %7, без изменений: %8; перенесено в другой раздел: %9, перенумеровано: %10.</translation>
    </message>
    <message>
        <source>Save the comparison table</source>
        <translation>Сохранить сравнительную таблицу</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Co&amp;mpare editions…</source>
        <translation>Сравнение ре&amp;дакций…</translation>
    </message>
    <message>
        <source>Compare two editions of a plan and save the comparison table</source>
        <translation>Сравнить две редакции плана и сохранить сравнительную таблицу</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>No. (A)</source>
        <translation>№ п/п (А)</translation>
    </message>
    <message>
        <source>Text as it stood (A)</source>
        <translation>Действующая редакция (А)</translation>
    </message>
    <message>
        <source>No. (B)</source>
        <translation>№ п/п (Б)</translation>
    </message>
    <message>
        <source>Text proposed (B)</source>
        <translation>Предлагаемая редакция (Б)</translation>
    </message>
    <message>
        <source>Paired by</source>
        <translation>Сопоставлено по</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>title</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>form of completion</source>
        <translation>форма завершения</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>срок исполнения</translation>
    </message>
    <message>
        <source>responsible (party A)</source>
        <translation>ответственные исполнители (сторона А)</translation>
    </message>
    <message>
        <source>responsible (party B)</source>
        <translation>ответственные исполнители (сторона Б)</translation>
    </message>
    <message>
        <source>location</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>moved to another sector</source>
        <translation>перенесено в другой раздел</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>исключено</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>same id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>same number (%1%)</source>
        <translation>номер (%1%)</translation>
    </message>
    <message>
        <source>similar text (%1%)</source>
        <translation>сходство текста (%1%)</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>вручную</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>&apos;%1&apos; is not a date; the field keeps %2.</source>
        <extracomment>What the field shows; the order of the sections typed (day, month, year).</extracomment>
        <translation>«%1» — не дата; в поле осталось %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search title, description, agencies, notes…</source>
        <translation>Поиск по наименованию, описанию, исполнителям, примечанию…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation>статусов: %1</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>%1 kinds</source>
        <translation>видов: %1</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Любой уровень</translation>
    </message>
    <message>
        <source>%1 levels</source>
        <translation>уровней: %1</translation>
    </message>
    <message>
        <source>Any framework</source>
        <translation>Любой формат</translation>
    </message>
    <message>
        <source>%1 frameworks</source>
        <translation>форматов: %1</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Фильтр по виду</translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation>Фильтр по уровню</translation>
    </message>
    <message>
        <source>Framework filter</source>
        <translation>Фильтр по формату</translation>
    </message>
    <message>
        <source>Any agency</source>
        <extracomment>Called for the list of agencies when the agency choice opens.</extracomment>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Only measures whose timing overlaps these dates</source>
        <translation>Только мероприятия, срок исполнения которых приходится на эти даты</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Outside the plan period</source>
        <translation>Вне периода плана</translation>
    </message>
    <message>
        <source>Only measures whose timing reaches outside the plan&apos;s period</source>
        <translation>Только мероприятия, срок исполнения которых выходит за период плана</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Сбросить все фильтры</translation>
    </message>
</context>
<context>
    <name>FirstStartBanner</name>
    <message>
        <source>New plan…</source>
        <translation>Новый план…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Скрыть пояснение</translation>
    </message>
</context>
<context>
    <name>Framework</name>
    <message>
        <source>Bilateral</source>
        <translation>Двусторонний</translation>
    </message>
    <message>
        <source>CIS</source>
        <translation>СНГ</translation>
    </message>
    <message>
        <source>EAEU</source>
        <translation>ЕАЭС</translation>
    </message>
    <message>
        <source>CSTO</source>
        <translation>ОДКБ</translation>
    </message>
    <message>
        <source>SCO</source>
        <translation>ШОС</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>ООН</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иной формат</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Title</source>
        <extracomment>Raw field names as the panel shows them (translated through tr()).</extracomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Responsible (party A)</source>
        <translation>Ответственные исполнители (сторона А)</translation>
    </message>
    <message>
        <source>Responsible (party B)</source>
        <translation>Ответственные исполнители (сторона Б)</translation>
    </message>
    <message>
        <source>Form of completion</source>
        <translation>Форма завершения</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Parent sector</source>
        <translation>Вышестоящий раздел</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>Сторона А</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Сторона Б</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Место подписания</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Fields whose stored codes are shown by their names in the window&apos;s language.</extracomment>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>раздел</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>отменить</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>повторить</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&amp;Whole plan</source>
        <translation>&amp;Весь план</translation>
    </message>
    <message>
        <source>Every change of the plan, not only the selected measure</source>
        <translation>Все изменения плана, а не только выбранного мероприятия</translation>
    </message>
    <message>
        <source>Only changes made by this person</source>
        <translation>Только изменения, внесённые этим пользователем</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>за всё время</translation>
    </message>
    <message>
        <source>Only changes made on or after this day</source>
        <translation>Только изменения с этого дня</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;Restore old value</source>
        <translation>&amp;Вернуть прежнее значение</translation>
    </message>
    <message>
        <source>Put the selected change&apos;s old value back (a new change you can undo)</source>
        <translation>Вернуть прежнее значение выбранного изменения (новое изменение, которое можно отменить)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Select a measure to see its changes, or tick Whole plan.</source>
        <translation>Выберите мероприятие, чтобы увидеть его изменения, или отметьте «Весь план».</translation>
    </message>
    <message>
        <source>No changes on record here.</source>
        <translation>Изменений не записано.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Публичное мероприятие</translation>
    </message>
    <message>
        <source>Agreement or document</source>
        <translation>Соглашение или документ</translation>
    </message>
    <message>
        <source>Exchange programme</source>
        <translation>Программа обменов</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The window will be in %1 the next time CoopDesk starts.</source>
        <translation>Язык окна сменится на «%1» при следующем запуске CoopDesk.</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Head of state</source>
        <translation>Глава государства</translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation>Глава правительства</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Министр</translation>
    </message>
    <message>
        <source>Deputy minister</source>
        <translation>Заместитель министра</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Экспертный уровень</translation>
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
        <translation>План, показанный в окне</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>Shown when this login may only read the store.</extracomment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>Read only: your login may read this store but not change it. Ask the store&apos;s administrator to make you an editor.</source>
        <translation>Только чтение: ваша учётная запись может читать это хранилище, но не изменять его. Попросите администратора хранилища назначить вас редактором.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Responsible (party A)</source>
        <translation>Ответственные исполнители (сторона А)</translation>
    </message>
    <message>
        <source>Responsible (party B)</source>
        <translation>Ответственные исполнители (сторона Б)</translation>
    </message>
    <message>
        <source>Form of completion</source>
        <translation>Форма завершения</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Unsaved typing</source>
        <translation>Несохранённый текст</translation>
    </message>
    <message>
        <source>CoopDesk stopped while you were typing in measure %1 (%2):

“%3”

Put this text back into the field?</source>
        <translation>CoopDesk прекратил работу, пока вы вводили текст в мероприятии %1 (%2):

«%3»

Вернуть этот текст в поле?</translation>
    </message>
    <message>
        <source>Changes made elsewhere will not show until View &gt; Reload: %1</source>
        <translation>Изменения, внесённые в других окнах, не появятся до команды Вид &gt; Обновить: %1</translation>
    </message>
    <message>
        <source>No plans in this store yet: File &gt; New plan makes one.</source>
        <translation>В хранилище пока нет планов: создайте план командой «Файл &gt; Новый план».</translation>
    </message>
    <message>
        <source>Read timings without dates: %1</source>
        <translation>Прочитать сроки без дат: %1</translation>
    </message>
    <message>
        <source>Timings without dates that CoopDesk can read now: %1. File &gt; Read timings again gives them their dates.</source>
        <translation>Сроков без дат, которые CoopDesk теперь может прочитать: %1. Файл &gt; Заново прочитать сроки даст им даты.</translation>
    </message>
    <message>
        <source>%1 — %2 — CoopDesk</source>
        <translation>%1 — %2 — CoopDesk</translation>
    </message>
    <message>
        <source>The measure you were editing was deleted by %1.</source>
        <translation>Мероприятие, которое вы редактировали, удалил(а) %1.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>Restore old value</source>
        <translation>Возврат прежнего значения</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>%1 (by %2, in another window)</source>
        <translation>%1 (%2, в другом окне)</translation>
    </message>
    <message>
        <source>That measure is hidden by the filters.</source>
        <translation>Это мероприятие скрыто фильтрами.</translation>
    </message>
    <message>
        <source>Measures given dates from their timing words: %1. Undo puts them back.</source>
        <translation>Мероприятий, получивших даты по формулировке срока: %1. Отмена вернёт прежнее.</translation>
    </message>
    <message>
        <source>Read timings again</source>
        <translation>Прочитать сроки заново</translation>
    </message>
    <message>
        <source>Every timing in this plan that CoopDesk can read already has its dates; nothing was changed.</source>
        <translation>У всех сроков исполнения этого плана, которые CoopDesk может прочитать, даты уже есть; ничего не изменено.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Удаление плана</translation>
    </message>
    <message>
        <source>Delete the plan “%1” with its %2 measures? You can undo this.</source>
        <translation>Удалить план «%1» вместе с мероприятиями (%2)? Это действие можно отменить.</translation>
    </message>
    <message>
        <source>Add sub-sector</source>
        <translation>Добавление подраздела</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Добавление раздела</translation>
    </message>
    <message>
        <source>Name of the new sector:</source>
        <translation>Наименование нового раздела:</translation>
    </message>
    <message>
        <source>Rename sector</source>
        <translation>Переименование раздела</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <source>Delete sector</source>
        <translation>Удаление раздела</translation>
    </message>
    <message>
        <source>Delete the sector “%1”, its sub-sectors and their %2 measures? You can undo this.</source>
        <translation>Удалить раздел «%1», его подразделы и их мероприятия (%2)? Это действие можно отменить.</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Add a sector to the plan first.</source>
        <translation>Сначала добавьте в план раздел.</translation>
    </message>
    <message>
        <source>The new measure is hidden by the filters.</source>
        <translation>Новое мероприятие скрыто фильтрами.</translation>
    </message>
    <message>
        <source>Move anyway?</source>
        <translation>Всё равно перенести?</translation>
    </message>
    <message>
        <source>%1.

Move anyway?</source>
        <translation>%1.

Всё равно переместить?</translation>
    </message>
    <message>
        <source>%1 changed these measures since you chose them (%2).

%3</source>
        <translation>%1 изменил(а) эти мероприятия после того, как вы их выбрали (%2).

%3</translation>
    </message>
    <message>
        <source>Delete the measure %1 “%2”? You can undo this.</source>
        <translation>Удалить мероприятие %1 «%2»? Это действие можно отменить.</translation>
    </message>
    <message>
        <source>Delete %1 measures? You can undo this.</source>
        <translation>Удалить выбранные мероприятия (%1)? Это действие можно отменить.</translation>
    </message>
    <message>
        <source>Delete measures</source>
        <translation>Удаление мероприятий</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>%1.

Delete anyway?</source>
        <translation>%1.

Всё равно удалить?</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Импорт плана</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Экспорт плана</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Move to sector</source>
        <translation>Переместить в раздел</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>%1 measures · %2 done · %3 overdue</source>
        <translation>Мероприятий: %1 · исполнено: %2 · просрочено: %3</translation>
    </message>
    <message>
        <source>About CoopDesk</source>
        <translation>О программе CoopDesk</translation>
    </message>
    <message>
        <source>CoopDesk %1
A planner for bilateral plans of measures.</source>
        <translation>CoopDesk %1
Планировщик двусторонних планов мероприятий.</translation>
    </message>
    <message>
        <source>Waiting for another window&apos;s save… (%1 s)</source>
        <extracomment>Set to a value to print start-up milestones and quit once the plan is loaded.</extracomment>
        <translation>Ожидание сохранения в другом окне… (%1 с)</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Select a measure to edit it.</source>
        <extracomment>The measure now shown (its id, or None for none). Unsaved typing: (measure id, field, text, base value). A field was saved or left as it was: its draft is no longer needed.</extracomment>
        <translation>Выберите мероприятие, чтобы изменить его.</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>No timing</source>
        <translation>Срок не указан</translation>
    </message>
    <message>
        <source>kept as written, no dates</source>
        <translation>сохранено как написано, без дат</translation>
    </message>
    <message>
        <source>automatic</source>
        <extracomment>The user typed in a text field (name, text, the value it was loaded with): not saved yet, kept as a draft. A field was left as it was loaded (nothing to save, no draft to keep). The value the last committed field was edited from (the base of its change).</extracomment>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>Leave empty for an automatic number that follows the sector. A number typed here is kept when measures are renumbered.</source>
        <translation>Оставьте пустым, чтобы номер присваивался автоматически по разделу. Номер, введённый здесь, сохраняется при перенумерации мероприятий.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. 12 April 2023, Q2 2023, II квартал 2023 г.</source>
        <translation>напр. 12 апреля 2023 г., II квартал 2023 г., по согласованию сторон</translation>
    </message>
    <message>
        <source>Nu&amp;mber:</source>
        <extracomment>Warns when a visit, meeting or consultations falls on a public holiday. The parties&apos; public holidays (set by the window from the calendar).</extracomment>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Secto&amp;r:</source>
        <translation>Ра&amp;здел:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>На&amp;именование:</translation>
    </message>
    <message>
        <source>Timin&amp;g:</source>
        <translation>Срок испо&amp;лнения:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>Frame&amp;work:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <source>Form of com&amp;pletion:</source>
        <translation>Форма завер&amp;шения:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>При&amp;оритет:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Описани&amp;е:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ви&amp;д:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Уровен&amp;ь:</translation>
    </message>
    <message>
        <source>Responsible (party &amp;A):</source>
        <translation>Исполнители (сторона &amp;А):</translation>
    </message>
    <message>
        <source>Responsible (party &amp;B):</source>
        <translation>Исполнители (сторона &amp;Б):</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>Место проведени&amp;я:</translation>
    </message>
    <message>
        <source>created %1</source>
        <extracomment>The fields in the order Tab (and Enter in a one-line field) visits them: the order they are shown in.</extracomment>
        <translation>создано %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>изменено %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <source>A measure needs a title.</source>
        <translation>У мероприятия должно быть наименование.</translation>
    </message>
    <message>
        <source>Outside the plan&apos;s period (%1 – %2)</source>
        <translation>Вне периода плана (%1 – %2)</translation>
    </message>
</context>
<context>
    <name>MeasureGroupModel</name>
    <message>
        <source>When</source>
        <extracomment>Role of a group&apos;s key (what the view uses to remember expanded groups). Text of the &quot;When&quot; column per item, computed on demand (None: the column is empty).</extracomment>
        <translation>Когда</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№ п/п</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Наименование мероприятия</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные исполнители</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>Overdue: the timing has passed and it is not done</source>
        <extracomment>Field shown in each column (its header comes from :mod:`coopdesk.domain.fields`). Columns hidden until the user shows them. Above this many changed rows a full refilter is cheaper than row-by-row updates. The plan&apos;s period: timings reaching outside it are marked. Each sector&apos;s own count of rows passing the filter but its sector part (None: not worked out since the rows or the filter last changed).</extracomment>
        <translation>Просрочено: срок исполнения истёк, а мероприятие не исполнено</translation>
    </message>
    <message>
        <source>Outside the plan&apos;s period (%1 – %2)</source>
        <translation>Вне периода плана (%1 – %2)</translation>
    </message>
    <message>
        <source>Number typed by hand: kept when measures are renumbered</source>
        <translation>Номер введён вручную: сохраняется при перенумерации мероприятий</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>+%1 more</source>
        <translation>ещё %1</translation>
    </message>
    <message>
        <source>Wk</source>
        <translation>Нед.</translation>
    </message>
    <message>
        <source>1 measure</source>
        <translation>1 мероприятие</translation>
    </message>
    <message>
        <source>%1 measures</source>
        <translation>Мероприятий: %1</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>Previous year (Page Up)</source>
        <translation>Предыдущий год (Page Up)</translation>
    </message>
    <message>
        <source>Next year (Page Down)</source>
        <translation>Следующий год (Page Down)</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Previous quarter</source>
        <extracomment>Groups larger than this start collapsed in the &quot;In this period&quot; list. The plan&apos;s period: the month picker marks its months.</extracomment>
        <translation>Предыдущий квартал</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Go to the current month (Home)</source>
        <translation>Перейти к текущему месяцу (Home)</translation>
    </message>
    <message>
        <source>Previous month (Page Up); previous year: Ctrl+Page Up</source>
        <translation>Предыдущий месяц (Page Up); предыдущий год: Ctrl+Page Up</translation>
    </message>
    <message>
        <source>Next month (Page Down); next year: Ctrl+Page Down</source>
        <translation>Следующий месяц (Page Down); следующий год: Ctrl+Page Down</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Следующий квартал</translation>
    </message>
    <message>
        <source>Choose a month and year. Previous / next year: Ctrl+Page Up / Ctrl+Page Down</source>
        <translation>Выбрать месяц и год. Предыдущий / следующий год: Ctrl+Page Up / Ctrl+Page Down</translation>
    </message>
    <message>
        <source>Measures known only by their month, quarter, half-year, year or period</source>
        <translation>Мероприятия, у которых известен только месяц, квартал, полугодие, год или период</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2 г.</translation>
    </message>
    <message>
        <source>In this period: %1</source>
        <translation>В этом периоде: %1</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Праздники:</translation>
    </message>
    <message>
        <source>No dates: by agreement or not set</source>
        <translation>Без дат: по согласованию сторон или срок не указан</translation>
    </message>
</context>
<context>
    <name>MultiChoiceCombo</name>
    <message>
        <source>%1 chosen</source>
        <extracomment>The summary of several values, &quot;%n chosen&quot; style (&quot;%1&quot; is the count).</extracomment>
        <translation>выбрано: %1</translation>
    </message>
</context>
<context>
    <name>NewMeasureDialog</name>
    <message>
        <source>New measure</source>
        <extracomment>Narrower than this, the labels go above their fields (a 1024-pixel window). The version shown: a move from the Sector field asks first if it moved on.</extracomment>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Add a sector to the plan first.</source>
        <extracomment>Set by the caller: takes (sector_id, values) and returns an error or None.</extracomment>
        <translation>Сначала добавьте в план раздел.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>Plan properties</source>
        <translation>Свойства плана</translation>
    </message>
    <message>
        <source>a short unique name, e.g. KZ-RU-2025</source>
        <translation>краткое уникальное обозначение, напр. KZ-RU-2025</translation>
    </message>
    <message>
        <source>Not set (the window&apos;s language)</source>
        <translation>Не задан (язык окна)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>Party &amp;A:</source>
        <translation>Сторона &amp;А:</translation>
    </message>
    <message>
        <source>Party &amp;B:</source>
        <translation>Сторона &amp;Б:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Период &amp;с:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Период &amp;по:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Дата подписания:</translation>
    </message>
    <message>
        <source>Signed &amp;in:</source>
        <translation>&amp;Место подписания:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>С&amp;остояние:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документов:</translation>
    </message>
    <message>
        <source>Give the plan a code (a short name such as KZ-RU-2025).</source>
        <extracomment>Set by the caller: takes the values and returns an error message or None.</extracomment>
        <translation>Укажите код плана (краткое обозначение, например KZ-RU-2025).</translation>
    </message>
    <message>
        <source>Give the plan a title.</source>
        <translation>Укажите наименование плана.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>PlanState</name>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <source>Any time</source>
        <translation>В любое время</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Текущий квартал</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Следующий квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Текущий год</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Следующий год</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№ п/п</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные исполнители</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Search all plans</source>
        <translation>Поиск по всем планам</translation>
    </message>
    <message>
        <source>Words to find in titles, descriptions, agencies, notes, places…</source>
        <translation>Слова для поиска в наименованиях, описаниях, исполнителях, примечаниях, местах…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>Double-click a measure to open it in its plan.</source>
        <translation>Дважды щёлкните мероприятие, чтобы открыть его в плане.</translation>
    </message>
    <message>
        <source>Type words to find, or choose a period.</source>
        <translation>Введите слова для поиска или выберите период.</translation>
    </message>
    <message>
        <source>%1 measures found; the first %2 are listed</source>
        <translation>Найдено мероприятий: %1; показаны первые %2</translation>
    </message>
    <message>
        <source>%1 measures found in %2 plans</source>
        <translation>Найдено мероприятий: %1, планов: %2</translation>
    </message>
</context>
<context>
    <name>Precision</name>
    <message>
        <source>No timing</source>
        <extracomment>How precise a timing is, in words (the core has codes only).</extracomment>
        <translation>Срок не указан</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Точная дата</translation>
    </message>
    <message>
        <source>Range of dates</source>
        <translation>Диапазон дат</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Полугодие</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>During the plan period</source>
        <translation>В течение срока действия плана</translation>
    </message>
    <message>
        <source>Annually</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>By agreement of the parties</source>
        <translation>По согласованию сторон</translation>
    </message>
    <message>
        <source>Kept as written</source>
        <translation>Как написано</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Party A</source>
        <translation>Сторона А</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Сторона Б</translation>
    </message>
    <message>
        <source>Read only: your login may read this store but not record progress.</source>
        <translation>Только чтение: ваша учётная запись может читать это хранилище, но не вносить информацию о ходе реализации.</translation>
    </message>
    <message>
        <source>Reporting &amp;round…</source>
        <translation>Сбор информации о &amp;ходе реализации…</translation>
    </message>
    <message>
        <source>Record one party&apos;s progress on each measure as of a reporting date</source>
        <translation>Внести информацию одной стороны о ходе реализации каждого мероприятия на отчётную дату</translation>
    </message>
    <message>
        <source>Pro&amp;gress report…</source>
        <translation>Ин&amp;формация о ходе реализации…</translation>
    </message>
    <message>
        <source>Information on the implementation of the plan as of a date, per party</source>
        <translation>Информация о ходе реализации плана на дату, по сторонам</translation>
    </message>
</context>
<context>
    <name>ProgressEntryDialog</name>
    <message>
        <source>Progress entry</source>
        <extracomment>Columns of the entry table: the reporting date, party and status as three lines of the first, what was done (with the event date and documents) in the second, so the list fits the editor&apos;s width.</extracomment>
        <translation>Информация о ходе реализации</translation>
    </message>
    <message>
        <source>New progress entry</source>
        <translation>Новая информация о ходе реализации</translation>
    </message>
    <message>
        <source>DD.MM.YYYY (if it took place)</source>
        <translation>ДД.ММ.ГГГГ (если состоялось)</translation>
    </message>
    <message>
        <source>A reference or a file link</source>
        <translation>Реквизиты документа или ссылка на файл</translation>
    </message>
    <message>
        <source>&amp;Reporting date:</source>
        <translation>&amp;Отчётная дата:</translation>
    </message>
    <message>
        <source>P&amp;arty:</source>
        <translation>С&amp;торона:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Что сделано:</translation>
    </message>
    <message>
        <source>&amp;Event date:</source>
        <translation>&amp;Дата проведения:</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>Д&amp;окументы:</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as DD.MM.YYYY</source>
        <translation>«%1» — не дата: введите её как ДД.ММ.ГГГГ</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <extracomment>The list was (re)loaded: the number of entries shown.</extracomment>
        <translation>Ход реализации</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>Date, party, status</source>
        <extracomment>Whether the window may only read (a reader&apos;s login): no edit controls.</extracomment>
        <translation>Дата, сторона, статус</translation>
    </message>
    <message>
        <source>No progress reported yet.</source>
        <translation>Информация о ходе реализации не поступала.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Status set by hand</source>
        <translation>Статус установлен вручную</translation>
    </message>
    <message>
        <source>Ticked: the status stays as set by hand. Unticked: it follows both parties&apos; latest progress entries.</source>
        <translation>Отмечено: статус остаётся установленным вручную. Не отмечено: статус следует последней информации обеих сторон.</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <translation>Дата проведения: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Документы: %1</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>Сторона А</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Сторона Б</translation>
    </message>
    <message>
        <source>Add progress entry</source>
        <translation>Добавить информацию о ходе реализации</translation>
    </message>
    <message>
        <source>Edit progress entry</source>
        <translation>Изменить информацию о ходе реализации</translation>
    </message>
    <message>
        <source>Delete progress entry</source>
        <translation>Удалить информацию о ходе реализации</translation>
    </message>
    <message>
        <source>Delete this progress entry? Edit &gt; Undo brings it back.</source>
        <translation>Удалить эту информацию о ходе реализации? «Правка &gt; Отменить» вернёт её.</translation>
    </message>
    <message>
        <source>Keep status set by hand</source>
        <translation>Оставить статус, установленный вручную</translation>
    </message>
    <message>
        <source>Derive status from progress</source>
        <translation>Статус по информации о ходе реализации</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Progress report</source>
        <translation>Информация о ходе реализации</translation>
    </message>
    <message>
        <source>Both parties</source>
        <translation>Обе стороны</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>Сторона А</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Сторона Б</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Only the measures the window shows</source>
        <translation>Только мероприятия, показанные в окне</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;По состоянию на:</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>П&amp;редпросмотр…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>Сохранить в E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Сохранить в &amp;Word…</translation>
    </message>
    <message>
        <source>The report cannot be made</source>
        <translation>Не удалось сформировать отчёт</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Сохранить информацию о ходе реализации</translation>
    </message>
    <message>
        <source>The report cannot be saved</source>
        <translation>Не удалось сохранить отчёт</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В процессе исполнения</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не исполнено</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Перенесено в новый план</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <extracomment>The days of the changes (the &quot;changes&quot; report only).</extracomment>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Plan of measures (official layout)</source>
        <translation>План мероприятий (официальная форма)</translation>
    </message>
    <message>
        <source>Status report by sector</source>
        <translation>Отчёт о ходе исполнения по разделам</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Предстоящие мероприятия</translation>
    </message>
    <message>
        <source>Assignments per responsible agency</source>
        <translation>Поручения по ответственным исполнителям</translation>
    </message>
    <message>
        <source>Changes to the plan (who changed what)</source>
        <translation>Изменения в плане (кто что изменил)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Period of upcoming events</source>
        <translation>Период предстоящих мероприятий</translation>
    </message>
    <message numerus="yes">
        <source>Next %n days</source>
        <translation>
            <numerusform>Ближайший %n день</numerusform>
            <numerusform>Ближайшие %n дня</numerusform>
            <numerusform>Ближайшие %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Only the measures the window shows</source>
        <translation>Только мероприятия, показанные в окне</translation>
    </message>
    <message>
        <source>No filter is set: the report covers the whole plan</source>
        <translation>Фильтры не заданы: отчёт охватывает весь план</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Предпросмотр…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Period of the changes</source>
        <translation>Период изменений</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Последний %n день</numerusform>
            <numerusform>Последние %n дня</numerusform>
            <numerusform>Последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>The report cannot be made</source>
        <translation>Не удалось сформировать отчёт</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Print preview – %1</source>
        <translation>Предварительный просмотр – %1</translation>
    </message>
</context>
<context>
    <name>ReportingRoundDialog</name>
    <message>
        <source>Reporting round</source>
        <extracomment>A measure&apos;s entry was saved: its measure id.</extracomment>
        <translation>Сбор информации о ходе реализации</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>Сторона А</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Сторона Б</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Все разделы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Open (not done, not cancelled)</source>
        <translation>Открытые (не исполнены, не отменены)</translation>
    </message>
    <message>
        <source>Reporting &amp;date:</source>
        <translation>&amp;Отчётная дата:</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>С&amp;торона:</translation>
    </message>
    <message>
        <source>Secto&amp;r:</source>
        <translation>&amp;Раздел:</translation>
    </message>
    <message>
        <source>Stat&amp;us of measures:</source>
        <translation>Статус &amp;мероприятий:</translation>
    </message>
    <message>
        <source>What was done (Enter: save and next; Shift+Enter: a new line)</source>
        <translation>Что сделано (Enter: сохранить и далее; Shift+Enter: новая строка)</translation>
    </message>
    <message>
        <source>DD.MM.YYYY (if it took place)</source>
        <translation>ДД.ММ.ГГГГ (если состоялось)</translation>
    </message>
    <message>
        <source>A reference or a file link</source>
        <translation>Реквизиты документа или ссылка на файл</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Что сделано:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Event date:</source>
        <translation>&amp;Дата проведения:</translation>
    </message>
    <message>
        <source>D&amp;ocuments:</source>
        <translation>Д&amp;окументы:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Предыдущее</translation>
    </message>
    <message>
        <source>Page Up: the previous measure, without saving</source>
        <translation>Page Up: предыдущее мероприятие, без сохранения</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Пропустить ▶</translation>
    </message>
    <message>
        <source>Page Down: the next measure, without saving</source>
        <translation>Page Down: следующее мероприятие, без сохранения</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>Сохранить и &amp;далее</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter</source>
        <translation>Enter или Ctrl+Enter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Saved in this round: %1</source>
        <translation>Сохранено за этот сбор: %1</translation>
    </message>
    <message>
        <source>No measures match these filters.</source>
        <translation>Нет мероприятий, отвечающих этим условиям.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation>Срок исполнения: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ответственные исполнители: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Previous report (%1): %2 — %3</source>
        <translation>Предыдущая информация (%1): %2 — %3</translation>
    </message>
    <message>
        <source>No earlier report of this party.</source>
        <translation>Ранее информация этой стороны не поступала.</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as DD.MM.YYYY</source>
        <translation>«%1» — не дата: введите её как ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Record progress of %1</source>
        <translation>Информация о ходе реализации %1</translation>
    </message>
    <message>
        <source>The entry was not saved.</source>
        <translation>Информация не сохранена.</translation>
    </message>
    <message>
        <source>%1 of %2 — the last measure of this round</source>
        <translation>%1 из %2 — последнее мероприятие этого сбора</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The report cannot be made</source>
        <translation>Не удалось сформировать отчёт</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF не сохранён</translation>
    </message>
</context>
<context>
    <name>SectorTreeModel</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Roles shared by both models. True when the measure&apos;s timing reaches outside the plan&apos;s period. Drag and drop of measures (from the table onto a sector of the tree). A quiet amber behind a timing that leaves the plan&apos;s period (tooltip says why). Where position and number sit in a row: renumbering patches thousands of rows at once, and rebuilding them from a list is C-level where ``_replace`` is not. Called with (measure ids, sector id) when measures are dropped on a sector. Totals of the measures that pass the filters; None while no filter is on.</extracomment>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Все разделы</translation>
    </message>
    <message>
        <source>%1 of the %2 measures here pass the filters</source>
        <translation>Фильтрам соответствуют %1 из %2 мероприятий раздела</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Мероприятий</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Find an action or a key…</source>
        <translation>Найти действие или клавишу…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>В стадии подготовки</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В процессе исполнения</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Перенесено в новый план</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Sector / measure</source>
        <extracomment>Pixels per day of each zoom step. Fit the whole range to the width on every resize, until the user zooms.</extracomment>
        <translation>Раздел / мероприятие</translation>
    </message>
    <message>
        <source>no timing</source>
        <translation>срок не указан</translation>
    </message>
    <message>
        <source>%1 — no dates</source>
        <translation>%1 — без дат</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Уменьшить (Ctrl+колесо мыши)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Увеличить (Ctrl+колесо мыши)</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Весь план</translation>
    </message>
    <message>
        <source>Fit the plan&apos;s period to the width</source>
        <translation>Вписать период плана по ширине</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Scroll to today</source>
        <translation>Перейти к сегодняшнему дню</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>exact dates</source>
        <translation>точные даты</translation>
    </message>
    <message>
        <source>quarter, half-year, year</source>
        <translation>квартал, полугодие, год</translation>
    </message>
    <message>
        <source>plan period, annually</source>
        <translation>срок действия плана, ежегодно</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>кварталы</translation>
    </message>
    <message>
        <source>months</source>
        <translation>месяцы</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>недели</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дни</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Столбцы: %1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>CoopDesk user guide</source>
        <translation>Руководство пользователя CoopDesk</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Руководство пользователя не установлено.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>New plan</source>
        <extracomment>A change was refused or failed; the argument is a message for the user. An edit collided with someone else&apos;s: (measure id, values wanted, ConflictError).</extracomment>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>Изменение свойств плана</translation>
    </message>
    <message>
        <source>Read timings again</source>
        <translation>Прочитать сроки заново</translation>
    </message>
    <message>
        <source>Delete plan %1</source>
        <translation>Удаление плана %1</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Добавление раздела</translation>
    </message>
    <message>
        <source>Rename sector</source>
        <translation>Переименование раздела</translation>
    </message>
    <message>
        <source>Delete sector</source>
        <translation>Удаление раздела</translation>
    </message>
    <message>
        <source>Move sector up</source>
        <translation>Перемещение раздела вверх</translation>
    </message>
    <message>
        <source>Move sector down</source>
        <translation>Перемещение раздела вниз</translation>
    </message>
    <message>
        <source>Indent sector</source>
        <translation>Понижение уровня раздела</translation>
    </message>
    <message>
        <source>Outdent sector</source>
        <translation>Повышение уровня раздела</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Добавление мероприятия</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation>Изменение мероприятия</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Статус «%1»</translation>
    </message>
    <message>
        <source>Move measure</source>
        <translation>Перемещение мероприятия</translation>
    </message>
    <message>
        <source>Move %1 measures</source>
        <translation>Перемещение мероприятий (%1)</translation>
    </message>
    <message>
        <source>Move measure up</source>
        <translation>Перемещение мероприятия вверх</translation>
    </message>
    <message>
        <source>Move measure down</source>
        <translation>Перемещение мероприятия вниз</translation>
    </message>
    <message>
        <source>Duplicate %1 measures</source>
        <translation>Дублирование мероприятий (%1)</translation>
    </message>
    <message>
        <source>Duplicate measure</source>
        <translation>Дублирование мероприятия</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>title</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>responsible (party A)</source>
        <translation>ответственные исполнители (сторона А)</translation>
    </message>
    <message>
        <source>responsible (party B)</source>
        <translation>ответственные исполнители (сторона Б)</translation>
    </message>
    <message>
        <source>form of completion</source>
        <translation>форма завершения</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>срок исполнения</translation>
    </message>
    <message>
        <source>location</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <source>Delete %1 measures</source>
        <translation>Удаление мероприятий (%1)</translation>
    </message>
</context>
<context>
    <name>_TimelineHeader</name>
    <message>
        <source>Q%1</source>
        <translation>%1 кв.</translation>
    </message>
    <message>
        <source>Wk %1</source>
        <translation>Нед. %1</translation>
    </message>
</context>
<context>
    <name>_TimelineLabels</name>
    <message>
        <source>Other measures</source>
        <translation>Прочие мероприятия</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>Сторона А</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>Сторона Б</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Место подписания</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>Код раздела</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Responsible (party A)</source>
        <translation>Ответственные исполнители (сторона А)</translation>
    </message>
    <message>
        <source>Responsible (party B)</source>
        <translation>Ответственные исполнители (сторона Б)</translation>
    </message>
    <message>
        <source>Form of completion</source>
        <translation>Форма завершения</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Signed date</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos;: {problem}</source>
        <translation>Поле «{field}»: {problem}</translation>
    </message>
    <message>
        <source>expected text, got {type}</source>
        <translation>ожидался текст, получено {type}</translation>
    </message>
    <message>
        <source>contains a NUL character (at position {position}); remove it</source>
        <translation>содержит символ NUL (в позиции {position}); удалите его</translation>
    </message>
    <message>
        <source>contains a broken character (a lone UTF-16 surrogate, U+{code}, at position {position}); retype or paste the text again</source>
        <translation>содержит испорченный символ (одиночный суррогат UTF-16, U+{code}, в позиции {position}); наберите или вставьте текст заново</translation>
    </message>
    <message>
        <source>is {length:,} characters long; at most {limit:,} fit, shorten it</source>
        <translation>длина {length} символов, а помещается не больше {limit}; сократите текст</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>нужна дата</translation>
    </message>
    <message>
        <source>expected a date, got {type}</source>
        <translation>ожидалась дата, получено {type}</translation>
    </message>
    <message>
        <source>{date} is outside the years {first}-{last} CoopDesk plans in</source>
        <translation>{date} — вне {first}–{last} годов, в которых планирует CoopDesk</translation>
    </message>
    <message>
        <source>Fields &apos;{start_field}&apos; and &apos;{end_field}&apos;: the period ends ({end}) before it starts ({start})</source>
        <translation>Поля «{start_field}» и «{end_field}»: период заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <source>The copy {file} failed its integrity check: {reason}</source>
        <translation>Копия {file} не прошла проверку целостности: {reason}</translation>
    </message>
    <message>
        <source>The copy {file} has {count} rows pointing at missing rows (first in table {table})</source>
        <translation>В копии {file} строк, ссылающихся на отсутствующие строки: {count} (первая — в таблице {table})</translation>
    </message>
    <message>
        <source>Could not back up the store {store}: {reason}</source>
        <translation>Не удалось сделать резервную копию хранилища {store}: {reason}</translation>
    </message>
    <message>
        <source>The copy {file} is at schema {found}, not {revision}</source>
        <translation>Копия {file} имеет схему {found}, а не {revision}</translation>
    </message>
    <message>
        <source>There is no saved connection &apos;{name}&apos;</source>
        <translation>Сохранённого подключения «{name}» нет</translation>
    </message>
    <message>
        <source>&apos;…{url}&apos; is not a database URL (expected e.g. postgresql+psycopg://user@host/dbname)</source>
        <translation>«…{url}» — не адрес базы данных (ожидается, например, postgresql+psycopg://user@host/dbname)</translation>
    </message>
    <message>
        <source>A saved connection needs a name</source>
        <translation>У сохранённого подключения должно быть название</translation>
    </message>
    <message>
        <source>The saved connections in {path} cannot be read ({reason}); remove the file to start afresh</source>
        <translation>Сохранённые подключения в {path} не читаются ({reason}); удалите файл, чтобы начать заново</translation>
    </message>
    <message>
        <source>The store {store} failed: {reason}</source>
        <translation>Ошибка хранилища {store}: {reason}</translation>
    </message>
    <message>
        <source>The store {store} is not a CoopDesk database or is damaged ({reason})</source>
        <translation>Хранилище {store} — не база данных CoopDesk или повреждено ({reason})</translation>
    </message>
    <message>
        <source>The store {store} is busy with other officers&apos; changes (they crossed this one); try again in a moment</source>
        <translation>Хранилище {store} занято изменениями других сотрудников (они пересеклись с этим); повторите через минуту</translation>
    </message>
    <message>
        <source>The store {store} stayed locked while another CoopDesk window (or another program) saved a large change; try again in a moment</source>
        <translation>Хранилище {store} было заблокировано, пока другое окно CoopDesk (или другая программа) сохраняло большое изменение; повторите через минуту</translation>
    </message>
    <message>
        <source>The disk of the store {store} is full; free some space and try again</source>
        <translation>Диск хранилища {store} заполнен; освободите место и повторите</translation>
    </message>
    <message>
        <source>Cannot open the store {store}: the file cannot be created or read</source>
        <translation>Не удаётся открыть хранилище {store}: файл нельзя создать или прочитать</translation>
    </message>
    <message>
        <source>The store {store} is read-only; CoopDesk needs to write to it</source>
        <translation>Хранилище {store} доступно только для чтения, а CoopDesk нужно записывать в него</translation>
    </message>
    <message>
        <source>Cannot connect to the store {store}: {reason}</source>
        <translation>Не удаётся подключиться к хранилищу {store}: {reason}</translation>
    </message>
    <message>
        <source>The store {store} stayed locked for {seconds:.1f} s while another CoopDesk window (or another program) saved a large change; try again in a moment</source>
        <translation>Хранилище {store} было заблокировано {seconds:.1f} с, пока другое окно CoopDesk (или другая программа) сохраняло большое изменение; повторите через минуту</translation>
    </message>
    <message>
        <source>Cannot open the store {store}: the folder {folder} does not exist</source>
        <translation>Не удаётся открыть хранилище {store}: папки {folder} не существует</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL (expected e.g. sqlite:///plans.db or postgresql+psycopg://user@host/dbname)</source>
        <translation>«{url}» — не адрес базы данных (ожидается, например, sqlite:///plans.db или postgresql+psycopg://user@host/dbname)</translation>
    </message>
    <message>
        <source>The store {store} is busy: another CoopDesk window kept saving a large change while this one waited; try again in a moment</source>
        <translation>Хранилище {store} занято: другое окно CoopDesk сохраняло большое изменение, пока это ждало; повторите через минуту</translation>
    </message>
    <message>
        <source>The store {store} was written by a newer CoopDesk (schema {revision}); update CoopDesk to open it</source>
        <translation>Хранилище {store} записано более новой версией CoopDesk (схема {revision}); обновите CoopDesk, чтобы открыть его</translation>
    </message>
    <message>
        <source>The store {store} holds other tables: it is not a CoopDesk database</source>
        <translation>В хранилище {store} другие таблицы: это не база данных CoopDesk</translation>
    </message>
    <message>
        <source>The file {store} is empty (0 bytes): it is not a CoopDesk store. CoopDesk makes a new store in a file only when asked to create one; delete the file or choose another name</source>
        <translation>Файл {store} пуст (0 байт): это не хранилище CoopDesk. CoopDesk создаёт новое хранилище в файле, только когда его об этом просят; удалите файл или выберите другое имя</translation>
    </message>
    <message>
        <source>The file {store} is a database with no tables: it is not a CoopDesk store. CoopDesk makes a new store in a file only when asked to create one; delete the file or choose another name</source>
        <translation>Файл {store} — база данных без таблиц: это не хранилище CoopDesk. CoopDesk создаёт новое хранилище в файле, только когда его об этом просят; удалите файл или выберите другое имя</translation>
    </message>
    <message>
        <source>Could not create the store {store}; it was left as it was. {reason}</source>
        <translation>Не удалось создать хранилище {store}; оно оставлено как было. {reason}</translation>
    </message>
    <message>
        <source>Could not upgrade the store {store}; it was left as it was. {reason}</source>
        <translation>Не удалось обновить хранилище {store}; оно оставлено как было. {reason}</translation>
    </message>
    <message>
        <source>The store {store} kept changing while CoopDesk opened it; try again</source>
        <translation>Хранилище {store} продолжало меняться, пока CoopDesk его открывал; повторите</translation>
    </message>
    <message>
        <source>There is no CoopDesk store at {store}</source>
        <translation>По адресу {store} нет хранилища CoopDesk</translation>
    </message>
    <message>
        <source>There is no CoopDesk store in {store}</source>
        <translation>В {store} нет хранилища CoopDesk</translation>
    </message>
    <message>
        <source>The store {store} was left mid-way by an interrupted upgrade (table {table} is missing, its copy {copy} remains); restore the newest backup beside it ({backups})</source>
        <translation>Хранилище {store} осталось в промежуточном состоянии после прерванного обновления (таблицы {table} нет, осталась её копия {copy}); восстановите самую новую резервную копию рядом с ним ({backups})</translation>
    </message>
    <message>
        <source>The file {store} is in use by another program</source>
        <translation>Файл {store} занят другой программой</translation>
    </message>
    <message>
        <source>The store {store} is in use by another program</source>
        <translation>Хранилище {store} занято другой программой</translation>
    </message>
    <message>
        <source>The store {store} must be upgraded for this CoopDesk, and another CoopDesk window has it open; close that window, then open the store again</source>
        <translation>Хранилище {store} нужно обновить для этой версии CoopDesk, а оно открыто в другом окне CoopDesk; закройте то окно и откройте хранилище снова</translation>
    </message>
    <message>
        <source>The work file {file} kept its write-ahead log</source>
        <translation>Рабочий файл {file} сохранил журнал упреждающей записи</translation>
    </message>
    <message>
        <source>Cannot read the store {store}: {reason}</source>
        <translation>Не удаётся прочитать хранилище {store}: {reason}</translation>
    </message>
    <message>
        <source>its header is not an SQLite database&apos;s</source>
        <translation>его заголовок — не заголовок базы данных SQLite</translation>
    </message>
    <message>
        <source>{login} may only read the store {store} (a member of {group}); nothing was written. An administrator can make you an editor with: coopdesk admin grant URL {login} editor</source>
        <translation>{login} может только читать хранилище {store} (входит в {group}); ничего не записано. Администратор может дать вам право правки командой: coopdesk admin grant URL {login} editor</translation>
    </message>
    <message>
        <source>The store {store} is read-only for you; nothing was written</source>
        <translation>Хранилище {store} доступно вам только для чтения; ничего не записано</translation>
    </message>
    <message>
        <source>The store {store} is a {backend} file, which has no roles: who may change it is set by the file&apos;s permissions; roles need a PostgreSQL server (postgresql+psycopg://...)</source>
        <translation>Хранилище {store} — файл {backend}, у него нет ролей: кто может его изменять, определяют права доступа к файлу; роли есть только на сервере PostgreSQL (postgresql+psycopg://...)</translation>
    </message>
    <message>
        <source>&apos;{access}&apos; is not an access level: use editor or reader</source>
        <translation>«{access}» — не уровень доступа: укажите editor (правка) или reader (чтение)</translation>
    </message>
    <message>
        <source>The server of {store} has no role {roles}: run `coopdesk admin init-server URL` first</source>
        <translation>На сервере хранилища {store} нет роли {roles}: сначала выполните `coopdesk admin init-server URL`</translation>
    </message>
    <message>
        <source>There is no role &apos;{login}&apos; on the server of {store}; create it first (CREATE ROLE {login} LOGIN PASSWORD &apos;...&apos;)</source>
        <translation>На сервере хранилища {store} нет роли «{login}»; сначала создайте её (CREATE ROLE {login} LOGIN PASSWORD &apos;...&apos;)</translation>
    </message>
    <message>
        <source>&apos;{login}&apos; is not a login role (it cannot sign in)</source>
        <translation>«{login}» — не роль для входа (с ней нельзя войти на сервер)</translation>
    </message>
    <message>
        <source>There is no plan with id {id}</source>
        <translation>Плана с идентификатором {id} нет</translation>
    </message>
    <message>
        <source>There is no sector with id {id}</source>
        <translation>Раздела с идентификатором {id} нет</translation>
    </message>
    <message>
        <source>There is no measure with id {id}</source>
        <translation>Мероприятия с идентификатором {id} нет</translation>
    </message>
    <message>
        <source>There is no {what} with id {id} (someone may have deleted it)</source>
        <translation>Объекта «{what}» с идентификатором {id} нет (возможно, его кто-то удалил)</translation>
    </message>
    <message>
        <source>{count} measure(s) belong to no sector of the plan</source>
        <translation>Мероприятий, не относящихся ни к одному разделу плана: {count}</translation>
    </message>
    <message>
        <source>Only a field of a measure can be restored</source>
        <translation>Восстановить можно только поле мероприятия</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; cannot be restored</source>
        <translation>Поле «{field}» восстановить нельзя</translation>
    </message>
    <message>
        <source>There is no recorded change {step}</source>
        <translation>Изменения {step} в журнале нет</translation>
    </message>
    <message>
        <source>Only a change itself can be undone</source>
        <translation>Отменить можно только само изменение</translation>
    </message>
    <message>
        <source>“{step}” is undone already</source>
        <translation>«{step}» уже отменено</translation>
    </message>
    <message>
        <source>“{step}” is not undone</source>
        <translation>«{step}» не отменено</translation>
    </message>
    <message>
        <source>The undo of “{step}” is not on record</source>
        <translation>Отмена «{step}» в журнале не записана</translation>
    </message>
    <message>
        <source>“{step}” was already undone elsewhere</source>
        <translation>«{step}» уже отменено в другом окне</translation>
    </message>
    <message>
        <source>“{step}” was already redone elsewhere</source>
        <translation>«{step}» уже повторено в другом окне</translation>
    </message>
    <message>
        <source>&apos;{choice}&apos; is not a measure field, &apos;notes&apos; or &apos;ignore&apos;</source>
        <translation>«{choice}» — не поле мероприятия, не «notes» и не «ignore»</translation>
    </message>
    <message>
        <source>The plan was changed while the preview was open: {count} new conflict(s) with the sheet must be decided first; nothing was written.</source>
        <translation>План изменился, пока был открыт предварительный просмотр: сначала нужно решить новые расхождения с таблицей ({count}); ничего не записано.</translation>
    </message>
    <message>
        <source>Choose either a plan to merge into or a new plan, not both</source>
        <translation>Выберите либо план для слияния, либо новый план, но не оба</translation>
    </message>
    <message>
        <source>--prefer must be &apos;ours&apos; or &apos;theirs&apos;, not &apos;{value}&apos;</source>
        <translation>--prefer должен быть «ours» или «theirs», а не «{value}»</translation>
    </message>
    <message>
        <source>The plan to merge into was deleted meanwhile; nothing written</source>
        <translation>План, в который шло слияние, тем временем удалён; ничего не записано</translation>
    </message>
    <message>
        <source>Measure {number}: {problem}</source>
        <translation>Мероприятие {number}: {problem}</translation>
    </message>
    <message>
        <source>Measure {number}: there is no sector &apos;{sector}&apos; in the plan</source>
        <translation>Мероприятие {number}: раздела «{sector}» в плане нет</translation>
    </message>
    <message>
        <source>Row {row}: its section &apos;{sector}&apos; is not in the plan</source>
        <translation>Строка {row}: её раздела «{sector}» в плане нет</translation>
    </message>
    <message>
        <source>Measure {number}, field &apos;{field}&apos;: {problem}</source>
        <translation>Мероприятие {number}, поле «{field}»: {problem}</translation>
    </message>
    <message>
        <source>An agency needs a name (a short or full name in any language)</source>
        <translation>У исполнителя должно быть название (краткое или полное, на любом языке)</translation>
    </message>
    <message>
        <source>An agency&apos;s parent must be an agency of the same party</source>
        <translation>Вышестоящий исполнитель должен относиться к той же стороне</translation>
    </message>
    <message>
        <source>Choose at least one other agency to merge into this one</source>
        <translation>Выберите хотя бы одного другого исполнителя для объединения с этим</translation>
    </message>
    <message>
        <source>An agency cannot sit under itself or under one below it</source>
        <translation>Исполнитель не может подчиняться самому себе или нижестоящему</translation>
    </message>
    <message>
        <source>The agency “{name}” was changed since by {actor} (version {version}, you read {read}); read it again</source>
        <translation>Исполнитель «{name}» с тех пор изменён пользователем {actor} (версия {version}, вы читали {read}); откройте его заново</translation>
    </message>
    <message>
        <source>Measure {number}: its responsible agencies were changed since (now: {agencies}); look again</source>
        <translation>Мероприятие {number}: его ответственные исполнители с тех пор изменены (сейчас: {agencies}); проверьте ещё раз</translation>
    </message>
    <message>
        <source>An agency that measures name, or that sits in a hierarchy, cannot change party</source>
        <translation>Исполнитель, указанный в мероприятиях или входящий в иерархию, не может сменить сторону</translation>
    </message>
    <message>
        <source>Only agencies of the same party can be merged</source>
        <translation>Объединять можно только исполнителей одной стороны</translation>
    </message>
    <message>
        <source>The new plan needs a code (a short name such as KZ-RU-2025)</source>
        <translation>Новому плану нужен код (краткое имя, например KZ-RU-2025)</translation>
    </message>
    <message>
        <source>The new plan needs a period (its first and last day)</source>
        <translation>Новому плану нужен период (первый и последний день)</translation>
    </message>
    <message>
        <source>The event date {event} is after the reporting date {as_of}: an entry reports what took place by its date</source>
        <translation>Дата события {event} позже отчётной даты {as_of}: запись сообщает о том, что состоялось к этой дате</translation>
    </message>
    <message>
        <source>There is no progress entry with id {id} (someone may have deleted it)</source>
        <translation>Записи о ходе исполнения с номером {id} нет (возможно, её кто-то удалил)</translation>
    </message>
    <message>
        <source>Unknown agency field(s): {fields}</source>
        <translation>Неизвестные поля исполнителя: {fields}</translation>
    </message>
    <message>
        <source>Field &apos;party&apos;: &apos;{value}&apos; is not a or b</source>
        <translation>Поле «сторона»: «{value}» — не a и не b</translation>
    </message>
    <message>
        <source>No agency in the directory is called &apos;{name}&apos; (see: coopdesk agencies list)</source>
        <translation>В справочнике нет исполнителя «{name}» (см.: coopdesk agencies list)</translation>
    </message>
    <message>
        <source>Field &apos;parent_id&apos;: there is no agency with id {id}</source>
        <translation>Поле «вышестоящий исполнитель»: исполнителя с идентификатором {id} нет</translation>
    </message>
    <message>
        <source>&apos;{party}&apos; is not a party (a or b)</source>
        <translation>«{party}» — не сторона (укажите a или b)</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos;: a short name is at most 200 characters</source>
        <translation>Поле «{field}»: краткое наименование — не более 200 символов</translation>
    </message>
    <message>
        <source>There is no agency with id {id}</source>
        <translation>Исполнителя с идентификатором {id} нет</translation>
    </message>
    <message>
        <source>Row {number}: {problem}</source>
        <translation>Строка {number}: {problem}</translation>
    </message>
    <message>
        <source>Field &apos;parent_id&apos;: &apos;{value}&apos; is not an id</source>
        <translation>Поле «вышестоящий исполнитель»: «{value}» — не идентификатор</translation>
    </message>
    <message>
        <source>The parent &apos;{parent}&apos; of &apos;{name}&apos; is not in the directory (list it on a row above)</source>
        <translation>Вышестоящего исполнителя «{parent}» для «{name}» нет в справочнике (укажите его строкой выше)</translation>
    </message>
    <message>
        <source>“{name}” is an agency of the other party</source>
        <translation>«{name}» — исполнитель другой стороны</translation>
    </message>
    <message>
        <source>Measure id {id} is not in the plan &apos;{code}&apos;; pick measures of the plan being carried over</source>
        <translation>Мероприятия с идентификатором {id} нет в плане «{code}»; выберите мероприятия переносимого плана</translation>
    </message>
    <message>
        <source>A progress entry has no field &apos;{field}&apos; (one of: {fields})</source>
        <translation>У записи о ходе исполнения нет поля «{field}» (есть: {fields})</translation>
    </message>
    <message>
        <source>The progress entry was changed by {actor} at {time} (version {version}, not {read}); nothing was written</source>
        <translation>Запись о ходе исполнения изменена пользователем {actor} в {time} (версия {version}, а не {read}); ничего не записано</translation>
    </message>
    <message>
        <source>Progress status: &apos;{value}&apos; is not a known status (one of: {codes})</source>
        <translation>Статус исполнения: «{value}» — неизвестный статус (допустимы: {codes})</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>презентация PowerPoint</translation>
    </message>
    <message>
        <source>an Excel workbook; import it as .xlsx</source>
        <translation>книга Excel; импортируйте её как .xlsx</translation>
    </message>
    <message>
        <source>contains XML document type declarations (entity expansion), which Word never writes, so it was not opened.</source>
        <translation>содержит объявления типа документа XML (раскрытие сущностей), которых Word никогда не пишет, поэтому он не открыт.</translation>
    </message>
    <message>
        <source>has {count} parts, more than any document CoopDesk reads.</source>
        <translation>состоит из {count} частей — больше, чем в любом документе, который читает CoopDesk.</translation>
    </message>
    <message>
        <source>is a macro-enabled Word document (.docm); CoopDesk does not open files with macros, so save it as a Word Document (.docx) without macros and import that.</source>
        <translation>— документ Word с макросами (.docm); CoopDesk не открывает файлы с макросами: сохраните его как документ Word (.docx) без макросов и импортируйте его.</translation>
    </message>
    <message>
        <source>is a password-protected zip archive; save the document again without a password.</source>
        <translation>— zip-архив, защищённый паролем; сохраните документ заново без пароля.</translation>
    </message>
    <message>
        <source>is a zip archive but not a Word document.</source>
        <translation>— zip-архив, но не документ Word.</translation>
    </message>
    <message>
        <source>is an OpenDocument file (.odt); save it as a Word Document (.docx) and import that.</source>
        <translation>— файл OpenDocument (.odt); сохраните его как документ Word (.docx) и импортируйте его.</translation>
    </message>
    <message>
        <source>is an RTF file; save it as a Word Document (.docx) and import that.</source>
        <translation>— файл RTF; сохраните его как документ Word (.docx) и импортируйте его.</translation>
    </message>
    <message>
        <source>is an encrypted (password-protected) Word document; remove the password in Word (File &gt; Info &gt; Protect Document &gt; Encrypt with Password) and save it again.</source>
        <translation>— зашифрованный (защищённый паролем) документ Word; снимите пароль в Word (Файл &gt; Сведения &gt; Защита документа &gt; Зашифровать с использованием пароля) и сохраните его заново.</translation>
    </message>
    <message>
        <source>is an old Word 97-2003 (.doc) file, not a .docx document; open it in Word or LibreOffice, save it as a Word Document (.docx) and import that.</source>
        <translation>— старый файл Word 97-2003 (.doc), а не документ .docx; откройте его в Word или LibreOffice, сохраните как документ Word (.docx) и импортируйте его.</translation>
    </message>
    <message>
        <source>is not a Word document: a .docx file is a zip archive and this one is not.</source>
        <translation>— не документ Word: файл .docx является zip-архивом, а этот файл — нет.</translation>
    </message>
    <message>
        <source>is too large: {what} unpacks to {size} MB, and CoopDesk reads at most {limit} MB; split the plan into smaller documents.</source>
        <translation>слишком велик: {what} распаковывается в {size} МБ, а CoopDesk читает не более {limit} МБ; разделите план на документы поменьше.</translation>
    </message>
    <message>
        <source>is {size} MB; CoopDesk imports documents up to 256 MB.</source>
        <translation>занимает {size} МБ; CoopDesk импортирует документы до 256 МБ.</translation>
    </message>
    <message>
        <source>is {what}, not a Word document.</source>
        <translation>— {what}, а не документ Word.</translation>
    </message>
    <message>
        <source>its part &apos;{name}&apos;</source>
        <translation>его часть «{name}»</translation>
    </message>
    <message>
        <source>its text</source>
        <translation>его текст</translation>
    </message>
    <message>
        <source>uses a compression method Word does not write; save it again in Word.</source>
        <translation>использует метод сжатия, которого Word не пишет; сохраните его заново в Word.</translation>
    </message>
    <message>
        <source>A copy cannot replace the store it is a copy of; choose another name.</source>
        <translation>Копия не может заменить хранилище, копией которого она является; выберите другое имя.</translation>
    </message>
    <message>
        <source>A search period needs both its first and its last day</source>
        <translation>Для периода поиска нужны и первый, и последний день</translation>
    </message>
    <message>
        <source>Backups are kept for at least one day, not {days}.</source>
        <translation>Резервные копии хранятся не менее одного дня, а не {days}.</translation>
    </message>
    <message>
        <source>Cannot export to {path}: the folder {folder} does not exist</source>
        <translation>Не удаётся экспортировать в {path}: папки {folder} не существует</translation>
    </message>
    <message>
        <source>Cannot export to {path}: {reason}</source>
        <translation>Не удаётся экспортировать в {path}: {reason}</translation>
    </message>
    <message>
        <source>Could not make the backup folder {folder}: {reason}</source>
        <translation>Не удалось создать папку резервных копий {folder}: {reason}</translation>
    </message>
    <message>
        <source>Could not save a copy of the store to {path}: {reason}</source>
        <translation>Не удалось сохранить копию хранилища в {path}: {reason}</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <source>The search period ends ({end}) before it starts ({start})</source>
        <translation>Период поиска заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <source>{where} is {length:,} characters long; an Excel cell holds at most {limit:,}, so shorten it before exporting.</source>
        <translation>{where}: длина {length} символов, а ячейка Excel вмещает не более {limit}; сократите текст перед экспортом.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; cannot be compared: give a {kinds} file or a plan</source>
        <translation>«{file}» нельзя сравнить: укажите файл {kinds} или план</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is neither a plan of the store (id or code) nor a file to compare ({kinds})</source>
        <translation>«{spec}» — это не план хранилища (номер или код) и не файл для сравнения ({kinds})</translation>
    </message>
    <message>
        <source>There is no file {path}</source>
        <translation>Файла {path} нет</translation>
    </message>
    <message>
        <source>There is no file {path} (nor a plan with that code)</source>
        <translation>Файла {path} нет (как и плана с таким кодом)</translation>
    </message>
    <message>
        <source>Unknown measure field(s): {fields}</source>
        <translation>Неизвестные поля мероприятия: {fields}</translation>
    </message>
    <message>
        <source>A measure needs a title</source>
        <translation>У мероприятия должно быть наименование</translation>
    </message>
    <message>
        <source>A measure number is at most 32 characters</source>
        <translation>Номер мероприятия — не длиннее 32 символов</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; must be text, not {type}</source>
        <translation>Поле «{field}» должно быть текстом, а не {type}</translation>
    </message>
    <message>
        <source>Measure {number}: its sector is not in this plan</source>
        <translation>Мероприятие {number}: его раздела нет в этом плане</translation>
    </message>
    <message>
        <source>The sector belongs to another plan</source>
        <translation>Раздел относится к другому плану</translation>
    </message>
    <message>
        <source>Measure {number} was changed by {actor} at {time} (version {version}, not {seen}); nothing was written</source>
        <translation>Мероприятие {number} изменено пользователем {actor} в {time} (версия {version}, а не {seen}); ничего не записано</translation>
    </message>
    <message>
        <source>Measure {number} was changed by {actor} at {time} (and {count} more) since you chose to move it</source>
        <translation>Мероприятие {number} изменено пользователем {actor} в {time} (и ещё {count}) после того, как вы решили его переместить</translation>
    </message>
    <message>
        <source>Measure {number} was changed by {actor} at {time} (and {count} more) since you chose to delete it</source>
        <translation>Мероприятие {number} изменено пользователем {actor} в {time} (и ещё {count}) после того, как вы решили его удалить</translation>
    </message>
    <message>
        <source>Measure {number} was changed by {actor} at {time} since you chose to move it</source>
        <translation>Мероприятие {number} изменено пользователем {actor} в {time} после того, как вы решили его переместить</translation>
    </message>
    <message>
        <source>Measure {number} was changed by {actor} at {time} since you chose to delete it</source>
        <translation>Мероприятие {number} изменено пользователем {actor} в {time} после того, как вы решили его удалить</translation>
    </message>
    <message>
        <source>Field &apos;timing&apos; must be text or a Timing</source>
        <translation>Поле «срок исполнения» должно быть текстом или сроком</translation>
    </message>
    <message>
        <source>A measure can only move within its own plan</source>
        <translation>Мероприятие можно перемещать только в пределах своего плана</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>Unknown plan field(s): {fields}</source>
        <translation>Неизвестные поля плана: {fields}</translation>
    </message>
    <message>
        <source>A plan needs a code (a short name such as KZ-RU-2023)</source>
        <translation>У плана должен быть код (краткое имя, например KZ-RU-2023)</translation>
    </message>
    <message>
        <source>A plan code is at most 64 characters</source>
        <translation>Код плана — не длиннее 64 символов</translation>
    </message>
    <message>
        <source>A plan needs a title</source>
        <translation>У плана должно быть наименование</translation>
    </message>
    <message>
        <source>The plan&apos;s period ends ({end}) before it starts ({start})</source>
        <translation>Период плана заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <source>Field &apos;language&apos;: &apos;{value}&apos; is not one of ru, kk, en</source>
        <translation>Поле «язык»: «{value}» — не ru, kk и не en</translation>
    </message>
    <message>
        <source>A plan with the code &apos;{code}&apos; already exists</source>
        <translation>План с кодом «{code}» уже есть</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; must be text</source>
        <translation>Поле «{field}» должно быть текстом</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; must be a date</source>
        <translation>Поле «{field}» должно быть датой</translation>
    </message>
    <message>
        <source>Field &apos;state&apos;: {problem}</source>
        <translation>Поле «состояние»: {problem}</translation>
    </message>
    <message>
        <source>There is no plan with id or code &apos;{key}&apos;</source>
        <translation>Плана с идентификатором или кодом «{key}» нет</translation>
    </message>
    <message>
        <source>Sector code &apos;{code}&apos; appears twice</source>
        <translation>Код раздела «{code}» встречается дважды</translation>
    </message>
    <message>
        <source>Sector &apos;{code}&apos; names a parent &apos;{parent}&apos; that comes later or does not exist</source>
        <translation>Раздел «{code}» ссылается на родительский раздел «{parent}», который идёт позже или не существует</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos;: &apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>Поле «{field}»: «{value}» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Measure &apos;{title}&apos; names an unknown sector &apos;{code}&apos;</source>
        <translation>Мероприятие «{title}» ссылается на неизвестный раздел «{code}»</translation>
    </message>
    <message>
        <source>A sector needs a name</source>
        <translation>У раздела должно быть название</translation>
    </message>
    <message>
        <source>The first sector of its level cannot be indented</source>
        <translation>Первый раздел своего уровня нельзя сдвинуть вправо</translation>
    </message>
    <message>
        <source>A top-level sector cannot be outdented</source>
        <translation>Раздел верхнего уровня нельзя сдвинуть влево</translation>
    </message>
    <message>
        <source>The parent sector belongs to another plan</source>
        <translation>Родительский раздел относится к другому плану</translation>
    </message>
    <message>
        <source>The new parent sector is not in this plan</source>
        <translation>Нового родительского раздела нет в этом плане</translation>
    </message>
    <message>
        <source>A sector cannot move into itself or its sub-sectors</source>
        <translation>Раздел нельзя переместить в самого себя или в свои подразделы</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>title</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>responsible a</source>
        <translation>ответственных исполнителей (сторона А)</translation>
    </message>
    <message>
        <source>responsible b</source>
        <translation>ответственных исполнителей (сторона Б)</translation>
    </message>
    <message>
        <source>form</source>
        <translation>форму завершения</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>срок исполнения</translation>
    </message>
    <message>
        <source>timing text</source>
        <translation>срок исполнения</translation>
    </message>
    <message>
        <source>location</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>A measure it touches was deleted or put back since</source>
        <translation>Затронутое им мероприятие с тех пор удалено или восстановлено</translation>
    </message>
    <message>
        <source>A sector it touches was deleted or put back since</source>
        <translation>Затронутый им раздел с тех пор удалён или восстановлен</translation>
    </message>
    <message>
        <source>The plan it touches was deleted or put back since</source>
        <translation>Затронутый им план с тех пор удалён или восстановлен</translation>
    </message>
    <message>
        <source>A measure was changed since</source>
        <translation>Мероприятие с тех пор изменено</translation>
    </message>
    <message>
        <source>A sector was changed since</source>
        <translation>Раздел с тех пор изменён</translation>
    </message>
    <message>
        <source>The plan was changed since</source>
        <translation>План с тех пор изменён</translation>
    </message>
    <message>
        <source>A measure ({field}) was changed since</source>
        <translation>Мероприятие ({field}) с тех пор изменено</translation>
    </message>
    <message>
        <source>A sector ({field}) was changed since</source>
        <translation>Раздел ({field}) с тех пор изменён</translation>
    </message>
    <message>
        <source>The plan ({field}) was changed since</source>
        <translation>План ({field}) с тех пор изменён</translation>
    </message>
    <message>
        <source>An agency it touches was deleted or put back since</source>
        <translation>Затронутый им исполнитель с тех пор удалён или восстановлен</translation>
    </message>
    <message>
        <source>A measure&apos;s agency it touches was deleted or put back since</source>
        <translation>Затронутый им исполнитель мероприятия с тех пор удалён или восстановлен</translation>
    </message>
    <message>
        <source>An agency was changed since</source>
        <translation>Исполнитель с тех пор изменён</translation>
    </message>
    <message>
        <source>A measure&apos;s agency was changed since</source>
        <translation>Исполнитель мероприятия с тех пор изменён</translation>
    </message>
    <message>
        <source>An agency ({field}) was changed since</source>
        <translation>Исполнитель ({field}) с тех пор изменён</translation>
    </message>
    <message>
        <source>A measure&apos;s agency ({field}) was changed since</source>
        <translation>Исполнитель мероприятия ({field}) с тех пор изменён</translation>
    </message>
    <message>
        <source>A progress entry it touches was deleted or put back since</source>
        <translation>Затронутая им запись о ходе исполнения с тех пор удалена или восстановлена</translation>
    </message>
    <message>
        <source>A progress entry was changed since</source>
        <translation>Запись о ходе исполнения с тех пор изменена</translation>
    </message>
    <message>
        <source>A progress entry ({field}) was changed since</source>
        <translation>Запись о ходе исполнения ({field}) с тех пор изменена</translation>
    </message>
    <message>
        <source>{what}; undoing it would overwrite that work.</source>
        <translation>{what}; отмена затёрла бы эту работу.</translation>
    </message>
    <message>
        <source>Measure {number}: {actor} changed the {field} to “{theirs}” after you read “{base}”</source>
        <translation>Мероприятие {number}: {actor} изменил(а) {field} на «{theirs}» после того, как вы прочли «{base}»</translation>
    </message>
    <message>
        <source>{what} (and {count} more)</source>
        <translation>{what} (и ещё {count})</translation>
    </message>
    <message>
        <source>Measure {number}: {actor} changed the {field} at {time} to “{theirs}” after you read “{base}”</source>
        <translation>Мероприятие {number}: {actor} в {time} изменил(а) {field} на «{theirs}» после того, как вы прочли «{base}»</translation>
    </message>
    <message>
        <source>{what} by {actor} at {time}</source>
        <translation>{what} (изменил {actor}, {time})</translation>
    </message>
    <message>
        <source>{what} by {actor}</source>
        <translation>{what} (изменил {actor})</translation>
    </message>
    <message>
        <source>{what} at {time}</source>
        <translation>{what} ({time})</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>пуст.</translation>
    </message>
    <message>
        <source>is not a text file, so it cannot be read as CSV.</source>
        <translation>не является текстовым, поэтому его нельзя прочитать как CSV.</translation>
    </message>
    <message>
        <source>is {size} MB; CoopDesk imports CSV files up to 256 MB.</source>
        <translation>занимает {size} МБ; CoopDesk импортирует файлы CSV до 256 МБ.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>не существует.</translation>
    </message>
    <message>
        <source>is a folder, not a file.</source>
        <translation>— это папка, а не файл.</translation>
    </message>
    <message>
        <source>cannot be read: {reason}.</source>
        <translation>не удаётся прочитать: {reason}.</translation>
    </message>
    <message>
        <source>is not valid CSV ({reason}).</source>
        <translation>не является правильным CSV ({reason}).</translation>
    </message>
    <message>
        <source>is a Word document, not an Excel workbook.</source>
        <translation>— документ Word, а не книга Excel.</translation>
    </message>
    <message>
        <source>is a PowerPoint presentation, not an Excel workbook.</source>
        <translation>— презентация PowerPoint, а не книга Excel.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; {reason}</source>
        <translation>Файл «{file}» {reason}</translation>
    </message>
    <message>
        <source>is a macro-enabled workbook; CoopDesk does not open files with macros, so save it as an Excel Workbook (.xlsx) without macros and import that.</source>
        <translation>— книга с макросами; CoopDesk не открывает файлы с макросами: сохраните её как книгу Excel (.xlsx) без макросов и импортируйте её.</translation>
    </message>
    <message>
        <source>unpacks to far more data than a plan of measures holds (a possible zip bomb), so it was not opened.</source>
        <translation>распаковывается в гораздо больший объём данных, чем бывает в плане мероприятий (возможно, zip-бомба), поэтому он не открыт.</translation>
    </message>
    <message>
        <source>is damaged (a part of its zip archive cannot be unpacked); ask for it again.</source>
        <translation>повреждён (часть его zip-архива не распаковывается); запросите его снова.</translation>
    </message>
    <message>
        <source>contains XML document type declarations (entity expansion), which Excel never writes, so it was not opened.</source>
        <translation>содержит объявления типа документа XML (раскрытие сущностей), которые Excel никогда не пишет, поэтому он не открыт.</translation>
    </message>
    <message>
        <source>is {size} MB; CoopDesk imports workbooks up to 256 MB.</source>
        <translation>занимает {size} МБ; CoopDesk импортирует книги до 256 МБ.</translation>
    </message>
    <message>
        <source>is an old Excel 97-2003 (.xls) file or another Office document, not an .xlsx workbook; save it as an Excel Workbook (.xlsx) and import that.</source>
        <translation>— старый файл Excel 97-2003 (.xls) или другой документ Office, а не книга .xlsx; сохраните его как книгу Excel (.xlsx) и импортируйте её.</translation>
    </message>
    <message>
        <source>is not an Excel workbook: an .xlsx file is a zip archive and this one is not.</source>
        <translation>не является книгой Excel: файл .xlsx — это zip-архив, а этот файл — нет.</translation>
    </message>
    <message>
        <source>is a zip archive but not an Excel workbook.</source>
        <translation>— zip-архив, но не книга Excel.</translation>
    </message>
    <message>
        <source>has a damaged CoopDesk metadata sheet; export the plan again.</source>
        <translation>содержит повреждённый лист метаданных CoopDesk; экспортируйте план заново.</translation>
    </message>
    <message>
        <source>is too large: sheet &apos;{sheet}&apos; runs to row {row:,}, and CoopDesk imports sheets of up to {rows:,} rows.</source>
        <translation>слишком велик: лист «{sheet}» доходит до строки {row}, а CoopDesk импортирует листы до {rows} строк.</translation>
    </message>
    <message>
        <source>has {count:,} parts, more than any workbook CoopDesk reads.</source>
        <translation>состоит из {count} частей — больше, чем в любой книге, которую читает CoopDesk.</translation>
    </message>
    <message>
        <source>is damaged: its workbook part is missing; ask for it again.</source>
        <translation>повреждён: в нём нет части с книгой; запросите его снова.</translation>
    </message>
    <message>
        <source>is damaged: two of its parts have the same name; ask for it again.</source>
        <translation>повреждён: две его части названы одинаково; запросите его снова.</translation>
    </message>
    <message>
        <source>has no worksheet (only chart sheets or none at all).</source>
        <translation>не содержит рабочих листов (только листы диаграмм или вообще ничего).</translation>
    </message>
    <message>
        <source>is an encrypted (password-protected) workbook; remove the password in Excel (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>— зашифрованная (защищённая паролем) книга; снимите пароль в Excel (Файл &gt; Сведения &gt; Защита книги) и сохраните её снова.</translation>
    </message>
    <message>
        <source>is damaged or incomplete (its zip archive is cut short); ask for it again.</source>
        <translation>повреждён или неполон (его zip-архив обрывается); запросите его снова.</translation>
    </message>
    <message>
        <source>is an OpenDocument spreadsheet (.ods); save it as an Excel Workbook (.xlsx) and import that.</source>
        <translation>— таблица OpenDocument (.ods); сохраните её как книгу Excel (.xlsx) и импортируйте её.</translation>
    </message>
    <message>
        <source>is a password-protected zip archive; save the workbook again without a password.</source>
        <translation>— zip-архив, защищённый паролем; сохраните книгу снова без пароля.</translation>
    </message>
    <message>
        <source>uses a compression method Excel does not write; save it again in Excel.</source>
        <translation>использует метод сжатия, которого Excel не пишет; сохраните его снова в Excel.</translation>
    </message>
    <message>
        <source>is damaged: its part &apos;{part}&apos; is not well-formed XML; ask for it again.</source>
        <translation>повреждён: его часть «{part}» — некорректный XML; запросите его снова.</translation>
    </message>
    <message>
        <source>has no visible worksheet (every worksheet in it is hidden).</source>
        <translation>не содержит видимых листов (все рабочие листы скрыты).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Unknown export language &apos;{lang}&apos; (one of: {langs})</source>
        <translation>Неизвестный язык экспорта «{lang}» (допустимы: {langs})</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist</source>
        <translation>Не удаётся записать {path}: папки {folder} не существует</translation>
    </message>
    <message>
        <source>Unknown document language &apos;{lang}&apos; (one of: {langs})</source>
        <translation>Неизвестный язык документа «{lang}» (допустимы: {langs})</translation>
    </message>
    <message>
        <source>The reporting party is a, b or both, not &apos;{party}&apos;</source>
        <translation>Отчитывающаяся сторона — a, b или both (обе), а не «{party}»</translation>
    </message>
    <message>
        <source>{path}: a report file ends in .pdf, .xlsx or .docx; give it one of these</source>
        <translation>{path}: у файла отчёта должно быть расширение .pdf, .xlsx или .docx; укажите одно из них</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>Cannot write the PDF file {path}</source>
        <translation>Не удаётся записать файл PDF {path}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason} (is it open in another program?)</source>
        <translation>Не удаётся записать {path}: {reason} (не открыт ли он в другой программе?)</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>the cell holds {length:,} characters, more than Excel&apos;s limit of {limit:,}; shorten it and import again.</source>
        <translation>в ячейке {length} символов — больше предела Excel в {limit}; сократите текст и импортируйте снова.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; has no table of measures in sheet &apos;{sheet}&apos;: none of its first {rows} rows has headers such as &apos;No.&apos;, &apos;Measure&apos; and &apos;Timing&apos;.</source>
        <translation>В файле «{file}» на листе «{sheet}» нет таблицы мероприятий: ни в одной из первых {rows} строк нет заголовков вроде «№ п/п», «Мероприятие» и «Срок исполнения».</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {field} (one of: {choices}).</source>
        <translation>«{value}» — неизвестное значение поля «{field}» (допустимы: {choices}).</translation>
    </message>
    <message>
        <source>the measure has no title; fill it in or delete the row.</source>
        <translation>у мероприятия нет наименования; заполните его или удалите строку.</translation>
    </message>
    <message>
        <source>the row has a value in this column only, so it was left out.</source>
        <translation>в строке заполнен только этот столбец, поэтому она пропущена.</translation>
    </message>
    <message>
        <source>the number {number} is also on row {row}; both rows are imported as separate measures.</source>
        <translation>номер {number} есть и в строке {row}; обе строки импортируются как отдельные мероприятия.</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula ({formula}) with no saved value; open the file in Excel, save it, and import it again.</source>
        <translation>в ячейке {cell} формула ({formula}) без сохранённого значения; откройте файл в Excel, сохраните его и импортируйте снова.</translation>
    </message>
    <message>
        <source>this ID appears on an earlier row too (a copied row); this row is taken as a new measure.</source>
        <translation>этот идентификатор есть и в одной из строк выше (скопированная строка); эта строка принята как новое мероприятие.</translation>
    </message>
    <message>
        <source>The workbook&apos;s CoopDesk metadata sheet is damaged, so its edits cannot be merged; export the plan again, or delete that sheet to import the workbook as a plain sheet.</source>
        <translation>Лист метаданных CoopDesk в книге повреждён, поэтому её правки нельзя слить; экспортируйте план заново или удалите этот лист, чтобы импортировать книгу как обычную таблицу.</translation>
    </message>
    <message>
        <source>The workbook was exported by a newer CoopDesk (format {version}); update CoopDesk to import it.</source>
        <translation>Книга экспортирована более новой версией CoopDesk (формат {version}); обновите CoopDesk, чтобы её импортировать.</translation>
    </message>
    <message>
        <source>cannot be read: its worksheet is written in a way CoopDesk does not understand; open it in Excel or LibreOffice, save it as an Excel Workbook (.xlsx) and import that.</source>
        <translation>не удаётся прочитать: его лист записан так, как CoopDesk не понимает; откройте его в Excel или LibreOffice, сохраните как книгу Excel (.xlsx) и импортируйте её.</translation>
    </message>
    <message>
        <source>There is no report &apos;{kind}&apos; (one of: {kinds})</source>
        <translation>Отчёта «{kind}» нет (есть: {kinds})</translation>
    </message>
    <message>
        <source>The period starts on {start} after it ends on {end}</source>
        <translation>Период начинается {start}, позже, чем заканчивается ({end})</translation>
    </message>
    <message>
        <source>There is no agency report &apos;{kind}&apos; (one of: {kinds})</source>
        <translation>Отчёта по исполнителям «{kind}» нет (есть: {kinds})</translation>
    </message>
    <message>
        <source>Reports are written in {langs} or {last}, not &apos;{lang}&apos;; {pairs} print two languages side by side</source>
        <translation>Отчёты составляются на языках {langs} или {last}, а не «{lang}»; {pairs} — два языка рядом</translation>
    </message>
    <message>
        <source>No file name given for the report</source>
        <translation>Не указано имя файла отчёта</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name such as report.pdf</source>
        <translation>{path} — это папка: укажите имя файла, например report.pdf</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} — это файл, а не папка</translation>
    </message>
    <message>
        <source>The folder {path} does not exist</source>
        <translation>Папки {path} не существует</translation>
    </message>
    <message>
        <source>CoopDesk may not write in the folder {path}</source>
        <translation>CoopDesk не может записывать в папку {path}</translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation>{path} доступен только для чтения</translation>
    </message>
    <message>
        <source>The period starts on {start} after it ends on {end}: give the earlier date first</source>
        <translation>Период начинается {start}, позже, чем заканчивается ({end}): укажите сначала более раннюю дату</translation>
    </message>
    <message>
        <source>A period of {days} days is empty: give at least 1 day</source>
        <translation>Период в {days} дн. пуст: укажите хотя бы 1 день</translation>
    </message>
    <message>
        <source>Cannot write &apos;{path}&apos;: the folder &apos;{folder}&apos; does not exist</source>
        <translation>Не удаётся записать «{path}»: папки «{folder}» не существует</translation>
    </message>
    <message>
        <source>Cannot write &apos;{path}&apos;: it is a folder</source>
        <translation>Не удаётся записать «{path}»: это папка</translation>
    </message>
    <message>
        <source>Cannot write &apos;{path}&apos;: {reason}</source>
        <translation>Не удаётся записать «{path}»: {reason}</translation>
    </message>
</context>
</TS>
