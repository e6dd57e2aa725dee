<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutSafetyDialog</name>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Wznów przerwy z ćwiczeniami…</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Wznów przerwy z ćwiczeniami</translation>
    </message>
</context>
<context>
    <name>AddCalendarDialog</name>
    <message>
        <source>Add a calendar</source>
        <extracomment>(source, password) -&gt; None; raises with a sentence when the keyring cannot keep it.</extracomment>
        <translation>Dodaj kalendarz</translation>
    </message>
    <message>
        <source>A file or folder of .ics files</source>
        <translation>Plik lub folder z plikami .ics</translation>
    </message>
    <message>
        <source>A web address (iCalendar subscription)</source>
        <translation>Adres internetowy (subskrypcja iCalendar)</translation>
    </message>
    <message>
        <source>A CalDAV account (read only)</source>
        <translation>Konto CalDAV (tylko odczyt)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Gdzie</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Użytkownik</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>The password is kept in your desktop keyring, never in a file.</source>
        <translation>Hasło jest przechowywane w pęku kluczy pulpitu, nigdy w pliku.</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>Wybierz plik kalendarza</translation>
    </message>
    <message>
        <source>Passwords cannot be kept here: no keyring is available.</source>
        <translation>Nie można tu przechowywać haseł: żaden pęk kluczy nie jest dostępny.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Take a break now</source>
        <translation>Zrób przerwę teraz</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minut</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 godzina</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Wznów przerwy z ćwiczeniami…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Ćwiczenia…</translation>
    </message>
    <message>
        <source>About &amp;&amp; safety…</source>
        <translation>O programie &amp;&amp; bezpieczeństwo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
</context>
<context>
    <name>BreakWhenIdle</name>
    <message>
        <source>Time for a break</source>
        <extracomment>How often idle time is read while the window waits. Without idle time, the window opens after this long if nobody picked &quot;Show now&quot;.</extracomment>
        <translation>Czas na przerwę</translation>
    </message>
    <message>
        <source>It opens as soon as you pause your typing.</source>
        <translation>Otworzy się, gdy tylko przestaniesz na chwilę pisać.</translation>
    </message>
    <message>
        <source>Show now</source>
        <translation>Pokaż teraz</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>postureapp — time for a break</source>
        <extracomment>The window takes the keyboard once the user has not typed for this long: longer than a pause to think, so words typed elsewhere always go where they were meant to. Keys pressed this soon after the window took the keyboard were meant for another window. How often (in ticks) idle time is read while the window waits to take the keyboard. How long the closing &quot;well done&quot; stays before the window goes.</extracomment>
        <translation>postureapp — czas na przerwę</translation>
    </message>
    <message>
        <source>Kind of break and progress</source>
        <translation>Rodzaj przerwy i postęp</translation>
    </message>
    <message>
        <source>Time left in this break</source>
        <translation>Czas do końca tej przerwy</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <source>Where you are in the break</source>
        <translation>Gdzie jesteś w przerwie</translation>
    </message>
    <message>
        <source>Picture of the step</source>
        <translation>Obraz kroku</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Czas do końca tego kroku</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Oddech</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <source>Caution for this exercise</source>
        <translation>Uwaga do tego ćwiczenia</translation>
    </message>
    <message>
        <source>All cautions</source>
        <translation>Wszystkie uwagi</translation>
    </message>
    <message>
        <source>Read every caution for this exercise</source>
        <translation>Przeczytaj wszystkie uwagi do tego ćwiczenia</translation>
    </message>
    <message>
        <source>Move gently and only as far as is comfortable. Stop at once if anything hurts.</source>
        <translation>Ruszaj się łagodnie i tylko tak daleko, jak jest wygodnie. Przestań od razu, jeśli coś boli.</translation>
    </message>
    <message>
        <source>This &amp;hurts — stop</source>
        <translation>To &amp;boli — stop</translation>
    </message>
    <message>
        <source>This hurts — stop</source>
        <translation>To boli — stop</translation>
    </message>
    <message>
        <source>End the break at once and see when to get help</source>
        <translation>Zakończ przerwę od razu i zobacz, kiedy szukać pomocy</translation>
    </message>
    <message>
        <source>S&amp;kip (Esc)</source>
        <translation>&amp;Pomiń (Esc)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Pomiń tę przerwę</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Odłóż</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <source>Put this break off for a few minutes</source>
        <translation>Odłóż tę przerwę o kilka minut</translation>
    </message>
    <message>
        <source>You have snoozed as often as allowed in a row.</source>
        <translation>Odłożono już tyle razy z rzędu, ile wolno.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gotowe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>End the break now; before its end it counts as ended early</source>
        <translation>Zakończ przerwę teraz; przed jej końcem liczy się jako zakończona wcześniej</translation>
    </message>
    <message>
        <source>Nearly done — well done.</source>
        <translation>Prawie koniec — dobra robota.</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lewa strona</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>prawa strona</translation>
    </message>
    <message>
        <source>step {0} of {1}</source>
        <translation>krok {0} z {1}</translation>
    </message>
    <message>
        <source>Next: {0} — {1}</source>
        <translation>Dalej: {0} — {1}</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Dalej: {0}</translation>
    </message>
    <message>
        <source>LONG BREAK · EXERCISE {0} OF {1}</source>
        <translation>DŁUGA PRZERWA · ĆWICZENIE {0} Z {1}</translation>
    </message>
    <message>
        <source>SHORT BREAK</source>
        <translation>KRÓTKA PRZERWA</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Wdech</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Wydech</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Oddychaj spokojnie</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>zostało {0}</translation>
    </message>
    <message>
        <source>Cautions: {0}</source>
        <translation>Uwagi: {0}</translation>
    </message>
    <message>
        <source>Well done. Back to it.</source>
        <translation>Dobra robota. Wracaj do pracy.</translation>
    </message>
</context>
<context>
    <name>CalendarKeeper</name>
    <message>
        <source>Breaks keep using its copy from {0}.</source>
        <translation>Przerwy nadal korzystają z jego kopii z {0}.</translation>
    </message>
    <message>
        <source>There is no earlier copy, so its events are not known.</source>
        <translation>Nie ma wcześniejszej kopii, więc jego wydarzenia nie są znane.</translation>
    </message>
    <message>
        <source>The calendar “{0}” could not be read: {1}. {2}</source>
        <translation>Nie udało się odczytać kalendarza „{0}”: {1}. {2}</translation>
    </message>
</context>
<context>
    <name>CalendarSourcesEditor</name>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}: plik {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}: adres internetowy {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}: CalDAV {1} jako {2}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}: CalDAV {1}</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Add a calendar</source>
        <translation>Dodaj kalendarz</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the chosen calendar</source>
        <translation>Usuń wybrany kalendarz</translation>
    </message>
    <message>
        <source>No calendars: breaks follow the clock alone.</source>
        <translation>Brak kalendarzy: przerwy kierują się tylko zegarem.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Breaks done</source>
        <translation>Zrobione przerwy</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Odsetek ukończonych</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Cel osiągnięty</translation>
    </message>
    <message>
        <source>Streak (days)</source>
        <translation>Seria (dni)</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Czas ćwiczeń</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Sztywność</translation>
    </message>
    <message>
        <source>Sitting upright</source>
        <translation>Prosta postawa</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} z {1}</translation>
    </message>
    <message>
        <source>{0} ended early, {1} skipped or snoozed</source>
        <translation>{0} zakończonych wcześniej, {1} pominiętych lub odłożonych</translation>
    </message>
    <message>
        <source>no reminders in this range</source>
        <translation>brak przypomnień w tym okresie</translation>
    </message>
    <message>
        <source>of reminders completed</source>
        <translation>przypomnień ukończonych</translation>
    </message>
    <message>
        <source>days with {0} or more breaks done</source>
        <translation>dni z co najmniej {0} przerwami</translation>
    </message>
    <message>
        <source>best {0} · goal {1} a day</source>
        <translation>najlepsza {0} · cel {1} dziennie</translation>
    </message>
    <message>
        <source>{0} a day on average</source>
        <translation>średnio {0} dziennie</translation>
    </message>
    <message>
        <source>0–10, first and last week rated</source>
        <translation>0–10, pierwszy i ostatni oceniony tydzień</translation>
    </message>
    <message>
        <source>0–10, one day rated</source>
        <translation>0–10, oceniony jeden dzień</translation>
    </message>
    <message>
        <source>no ratings in this range</source>
        <translation>brak ocen w tym okresie</translation>
    </message>
    <message>
        <source>a warning sign on 1 day</source>
        <translation>sygnał ostrzegawczy w 1 dniu</translation>
    </message>
    <message>
        <source>a warning sign on {0} days</source>
        <translation>sygnał ostrzegawczy w {0} dniach</translation>
    </message>
    <message>
        <source>of the time the camera saw you in this range</source>
        <translation>czasu, gdy kamera cię widziała w tym okresie</translation>
    </message>
</context>
<context>
    <name>CheckInPopup</name>
    <message>
        <source>postureapp — check-in</source>
        <translation>postureapp — jak się czujesz?</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Sygnały ostrzegawcze</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>Jak dziś czuje się górna część twoich pleców?</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Lepiej</translation>
    </message>
    <message>
        <source>Better than before</source>
        <translation>Lepiej niż wcześniej</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Tak samo</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Mniej więcej tak samo</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Gorzej</translation>
    </message>
    <message>
        <source>Worse than before</source>
        <translation>Gorzej niż wcześniej</translation>
    </message>
    <message>
        <source>How stiff, from 0 (not at all) to 10? Optional.</source>
        <translation>Jak sztywno, od 0 (wcale) do 10? Nieobowiązkowe.</translation>
    </message>
    <message>
        <source>Stiffness {0} of 10</source>
        <translation>Sztywność {0} na 10</translation>
    </message>
    <message>
        <source>0 is not stiff at all, 10 is very stiff</source>
        <translation>0 to wcale nie sztywno, 10 to bardzo sztywno</translation>
    </message>
    <message>
        <source>Something else is wrong</source>
        <translation>Coś innego jest nie tak</translation>
    </message>
    <message>
        <source>Something else is wrong: show the signs</source>
        <translation>Coś innego jest nie tak: pokaż sygnały</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Not now, close the check-in</source>
        <translation>Nie teraz, zamknij pytanie</translation>
    </message>
    <message>
        <source>Thank you for telling us. If any of these fit, please see a clinician; the emergency one needs care straight away.</source>
        <translation>Dziękujemy, że o tym mówisz. Jeśli któryś z tych sygnałów pasuje, idź do lekarza; sygnał nagły wymaga pomocy od razu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close the warning signs</source>
        <translation>Zamknij sygnały ostrzegawcze</translation>
    </message>
</context>
<context>
    <name>CheckInsModel</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <source>Stiffness (0–10)</source>
        <translation>Sztywność (0–10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>break-now: no exercise with the id {0}</source>
        <translation>break-now: nie ma ćwiczenia o id {0}</translation>
    </message>
    <message>
        <source>break-now: exercise breaks are paused for safety; resume them from About &amp; safety (postureapp open about) once a clinician has looked at it, or it has passed</source>
        <translation>break-now: przerwy z ćwiczeniami są wstrzymane dla twojego bezpieczeństwa; wznów je w „O programie &amp; bezpieczeństwo” (postureapp open about), gdy lekarz to obejrzy albo gdy minie</translation>
    </message>
    <message>
        <source>a break is already on screen</source>
        <translation>na ekranie jest już przerwa</translation>
    </message>
    <message>
        <source>no exercise fits your settings</source>
        <translation>żadne ćwiczenie nie pasuje do twoich ustawień</translation>
    </message>
    <message>
        <source>this exercise is switched off in your settings</source>
        <translation>to ćwiczenie jest wyłączone w twoich ustawieniach</translation>
    </message>
    <message>
        <source>pause: an argument is required</source>
        <translation>pause: potrzebny jest argument</translation>
    </message>
    <message>
        <source>no break is on screen</source>
        <translation>na ekranie nie ma przerwy</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>tryb ścisły jest włączony: przerw nie można pomijać</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No exercise fits your settings for a long break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <extracomment>A sleep this long in the middle of a break ends it (as far as it got) rather than resuming.</extracomment>
        <translation>Żadne ćwiczenie nie pasuje do twoich ustawień dla długiej przerwy. Sprawdź obszary ciała i pozycje w Ustawieniach albo własny folder ćwiczeń.</translation>
    </message>
    <message>
        <source>No exercise fits your settings for a short break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <translation>Żadne ćwiczenie nie pasuje do twoich ustawień dla krótkiej przerwy. Sprawdź obszary ciała i pozycje w Ustawieniach albo własny folder ćwiczeń.</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Completed</source>
        <extracomment>Every how many days the chart&apos;s day axis carries a date; today is always labelled. At most this many dates under the bars, whatever the grain. The stiffness trend&apos;s colour: the illustrations&apos; accent, readable on light and dark. Warning-sign days: a red that reads on light and dark.</extracomment>
        <translation>Ukończone</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Zakończone wcześniej</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Pominięte lub odłożone</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>Cel serii</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Sztywność</translation>
    </message>
    <message>
        <source>Warning sign reported</source>
        <translation>Zgłoszony sygnał ostrzegawczy</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>sztywność</translation>
    </message>
    <message>
        <source>Today {0}; most in a day {1}; the goal of {2} was reached on {3} of {4} days</source>
        <translation>Dziś {0}; najwięcej jednego dnia {1}; cel {2} osiągnięty w {3} z {4} dni</translation>
    </message>
    <message>
        <source>{0} bars; completed breaks in the last {1}, the most in one {2}</source>
        <translation>{0} słupków; ukończone przerwy w ostatnim: {1}, najwięcej w jednym: {2}</translation>
    </message>
    <message>
        <source>; a warning sign was reported in {0} of them</source>
        <translation>; sygnał ostrzegawczy zgłoszono w {0} z nich</translation>
    </message>
</context>
<context>
    <name>DesktopCheckIn</name>
    <message>
        <source>Better</source>
        <translation>Lepiej</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Tak samo</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Gorzej</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Więcej…</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>Jak dziś czuje się górna część twoich pleców?</translation>
    </message>
    <message>
        <source>Compared with before. “More…” rates the stiffness or reports a warning sign.</source>
        <translation>W porównaniu z wcześniej. „Więcej…” ocenia sztywność lub zgłasza sygnał ostrzegawczy.</translation>
    </message>
</context>
<context>
    <name>DesktopNotice</name>
    <message>
        <source>A long break</source>
        <translation>Długa przerwa</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Krótka przerwa</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} za {1} s</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Zacznij teraz</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>Za {0} min</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Dokończ myśl; przerwa zacznie się, gdy odliczanie dobiegnie końca.</translation>
    </message>
</context>
<context>
    <name>ExerciseChoices</name>
    <message>
        <source>&amp;Not this one again</source>
        <extracomment>What the user chose in this break, per exercise: (not again, more like this).</extracomment>
        <translation>&amp;Nie pokazuj więcej</translation>
    </message>
    <message>
        <source>Not this one again</source>
        <translation>Nie pokazuj więcej</translation>
    </message>
    <message>
        <source>Never offer this exercise again; undo it in Settings, Exercises</source>
        <translation>Nigdy więcej nie proponuj tego ćwiczenia; cofniesz to w Ustawieniach, Ćwiczenia</translation>
    </message>
    <message>
        <source>&amp;More like this</source>
        <translation>&amp;Więcej takich</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Więcej takich</translation>
    </message>
    <message>
        <source>Offer this exercise more often</source>
        <translation>Proponuj to ćwiczenie częściej</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>postureapp — New exercise</source>
        <extracomment>How soon after the last keystroke the whole exercise is checked again.</extracomment>
        <translation>postureapp — Nowe ćwiczenie</translation>
    </message>
    <message>
        <source>postureapp — Edit exercise</source>
        <translation>postureapp — Edytuj ćwiczenie</translation>
    </message>
    <message>
        <source>The exercise</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Usuń krok</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Przesuń wcześniej</translation>
    </message>
    <message>
        <source>Steps, in the order they are done</source>
        <translation>Kroki, w kolejności wykonywania</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Length of the preview break</source>
        <translation>Długość przerwy próbnej</translation>
    </message>
    <message>
        <source>+ A&amp;dd step</source>
        <translation>+ &amp;Dodaj krok</translation>
    </message>
    <message>
        <source>▶ Tr&amp;y it as a break</source>
        <translation>▶ Wypróbuj j&amp;ako przerwę</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Zapi&amp;sz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Długość przerwy</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>Krok {0}</translation>
    </message>
    <message>
        <source>✓ Ready: it can be saved and tried as a break.</source>
        <translation>✓ Gotowe: można je zapisać i wypróbować jako przerwę.</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>krok {0}</translation>
    </message>
    <message>
        <source>1 thing to fix or fill in before saving: {1}</source>
        <translation>Przed zapisaniem popraw lub uzupełnij 1 rzecz: {1}</translation>
    </message>
    <message>
        <source>{0} things to fix or fill in before saving: {1}</source>
        <translation>Przed zapisaniem popraw lub uzupełnij (liczba: {0}): {1}</translation>
    </message>
    <message>
        <source>As written it lasts {0} s; a break repeats or holds it to fit.</source>
        <translation>W tej postaci trwa {0} s; przerwa powtarza je lub wydłuża, by pasowało.</translation>
    </message>
    <message>
        <source>postureapp — preview of {0}</source>
        <translation>postureapp — podgląd: {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>The exercise could not be saved in {0}: {1}</source>
        <translation>Nie udało się zapisać ćwiczenia w {0}: {1}</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Wyjść bez zapisywania?</translation>
    </message>
    <message>
        <source>Your changes to this exercise are not saved. Leave anyway?</source>
        <translation>Zmiany w tym ćwiczeniu nie są zapisane. Wyjść mimo to?</translation>
    </message>
</context>
<context>
    <name>ExerciseKeeper</name>
    <message>
        <source>Exercise skipped: {0}</source>
        <extracomment>How long the folder must be quiet before it is read again.</extracomment>
        <translation>Pominięto ćwiczenie: {0}</translation>
    </message>
</context>
<context>
    <name>ExercisesPanel</name>
    <message>
        <source>By exercise</source>
        <translation>Według ćwiczeń</translation>
    </message>
    <message>
        <source>By body area</source>
        <translation>Według części ciała</translation>
    </message>
    <message>
        <source>Breaks per exercise: sort by any column</source>
        <translation>Przerwy według ćwiczeń: sortuj według dowolnej kolumny</translation>
    </message>
    <message>
        <source>Breaks per exercise, by how they ended</source>
        <translation>Przerwy według ćwiczeń i sposobu zakończenia</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Część ciała</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <source>Breaks that worked each area: completed, ended early (paler), skipped or snoozed (grey). An exercise counts for every area it works.</source>
        <translation>Przerwy, które ćwiczyły każdą część ciała: ukończone, zakończone wcześniej (jaśniej), pominięte lub odłożone (szaro). Ćwiczenie liczy się dla każdej części, którą ćwiczy.</translation>
    </message>
    <message>
        <source>Breaks with each exercise: completed, ended early (paler), skipped or snoozed (grey); the ten done most. Click a column to sort the table.</source>
        <translation>Przerwy z każdym ćwiczeniem: ukończone, zakończone wcześniej (jaśniej), pominięte lub odłożone (szaro); dziesięć najczęstszych. Kliknij kolumnę, aby posortować tabelę.</translation>
    </message>
</context>
<context>
    <name>ExercisesWindow</name>
    <message>
        <source>sitting</source>
        <translation>na siedząco</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>na stojąco</translation>
    </message>
    <message>
        <source>on the floor</source>
        <translation>na podłodze</translation>
    </message>
    <message>
        <source>postureapp — Your exercises</source>
        <translation>postureapp — Twoje ćwiczenia</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <source>Make your own, for example the routine your physiotherapist gave you, or copy a built-in one to change it. Yours are saved in {0} and come up in your breaks. Drop a pack file here to add the exercises in it.</source>
        <translation>Twórz własne, na przykład zestaw od fizjoterapeuty, albo skopiuj wbudowane, aby je zmienić. Twoje są zapisywane w {0} i pojawiają się w przerwach. Upuść tu plik pakietu, aby dodać jego ćwiczenia.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Exercises, your own first</source>
        <translation>Ćwiczenia, najpierw twoje</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;Nowe ćwiczenie…</translation>
    </message>
    <message>
        <source>&amp;Copy to a new one…</source>
        <translation>&amp;Kopiuj jako nowe…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Eks&amp;portuj…</translation>
    </message>
    <message>
        <source>Save the chosen exercises as one file to share</source>
        <translation>Zapisz wybrane ćwiczenia w jednym pliku do udostępnienia</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Add the exercises of a pack file</source>
        <translation>Dodaj ćwiczenia z pliku pakietu</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Twoje</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Wbudowane</translation>
    </message>
    <message>
        <source>Yours (none yet: press New exercise)</source>
        <translation>Twoje (jeszcze brak: naciśnij Nowe ćwiczenie)</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopia)</translation>
    </message>
    <message>
        <source>{0} (mine)</source>
        <translation>{0} (moje)</translation>
    </message>
    <message>
        <source>Delete exercises</source>
        <translation>Usuń ćwiczenia</translation>
    </message>
    <message>
        <source>Delete {0}? The file is kept aside as .deleted in {1}.</source>
        <translation>Usunąć {0}? Plik zostanie zachowany jako .deleted w {1}.</translation>
    </message>
    <message>
        <source>Export exercises</source>
        <translation>Eksportuj ćwiczenia</translation>
    </message>
    <message>
        <source>Exercise packs (*.zip)</source>
        <translation>Pakiety ćwiczeń (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nie wyeksportowano</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Wyeksportowano</translation>
    </message>
    <message>
        <source>{0} exercise(s) saved in {1}. Send that file to share them.</source>
        <translation>Zapisano ćwiczenia ({0}) w {1}. Wyślij ten plik, aby je udostępnić.</translation>
    </message>
    <message>
        <source>Import exercises</source>
        <translation>Importuj ćwiczenia</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>{0} h {1} min</source>
        <extracomment>Exercises named in each of the &quot;done most&quot; and &quot;done least&quot; lists.</extracomment>
        <translation>{0} godz. {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>postureapp — History</source>
        <extracomment>The breaks table shows only this many of the range, so it fills in milliseconds. The exercises the settings may offer; only these appear as &quot;done least&quot; (None: all).</extracomment>
        <translation>postureapp — Historia</translation>
    </message>
    <message>
        <source>Your breaks</source>
        <translation>Twoje przerwy</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Ćwiczenia…</translation>
    </message>
    <message>
        <source>Your exercises: make, change or share</source>
        <translation>Twoje ćwiczenia: twórz, zmieniaj lub udostępniaj</translation>
    </message>
    <message>
        <source>Result of the last import, export or report</source>
        <translation>Wynik ostatniego importu, eksportu lub raportu</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins from a CSV or JSON export</source>
        <translation>Importuj przerwy i pytania z eksportu CSV lub JSON</translation>
    </message>
    <message>
        <source>Export all breaks and check-ins as CSV or JSON</source>
        <translation>Eksportuj wszystkie przerwy i pytania jako CSV lub JSON</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Raport…</translation>
    </message>
    <message>
        <source>Save a one-page PDF report of the range shown</source>
        <translation>Zapisz jednostronicowy raport PDF z pokazanego okresu</translation>
    </message>
    <message>
        <source>Views of the range</source>
        <translation>Widoki okresu</translation>
    </message>
    <message>
        <source>&amp;Over time</source>
        <translation>W &amp;czasie</translation>
    </message>
    <message>
        <source>E&amp;xercises and areas</source>
        <translation>Ć&amp;wiczenia i obszary</translation>
    </message>
    <message>
        <source>Check-ins, newest first</source>
        <translation>Pytania, najnowsze najpierw</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>P&amp;ytania</translation>
    </message>
    <message>
        <source>Breaks in the range, newest first</source>
        <translation>Przerwy w okresie, najnowsze najpierw</translation>
    </message>
    <message>
        <source>Columns of the breaks</source>
        <translation>Kolumny przerw</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Przerwy</translation>
    </message>
    <message>
        <source>Breaks over the range, with stiffness</source>
        <translation>Przerwy w okresie, ze sztywnością</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Najczęściej robione ćwiczenia</translation>
    </message>
    <message>
        <source>Exercises done least</source>
        <translation>Najrzadziej robione ćwiczenia</translation>
    </message>
    <message>
        <source>Done most</source>
        <translation>Najczęściej</translation>
    </message>
    <message>
        <source>Done least</source>
        <translation>Najrzadziej</translation>
    </message>
    <message>
        <source>When you take your first break, this window shows how your days go: breaks per day, your streak, and the exercises you do most.

You can take one now from the tray menu: Take a break now. Or bring your history from another computer with Import….</source>
        <translation>Gdy zrobisz pierwszą przerwę, to okno pokaże, jak mijają twoje dni: przerwy dziennie, twoją serię i ćwiczenia, które robisz najczęściej.

Możesz zrobić ją teraz z menu w zasobniku: Zrób przerwę teraz. Albo przenieś historię z innego komputera przez Importuj….</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Przerwy dziennie</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Przerwy tygodniowo</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Przerwy miesięcznie</translation>
    </message>
    <message>
        <source>goal {0} a day (dashed); </source>
        <translation>cel {0} dziennie (przerywana); </translation>
    </message>
    <message>
        <source>: done, ended early (paler), put off (grey); </source>
        <translation>: zrobione, zakończone wcześniej (jaśniej), odłożone (szaro); </translation>
    </message>
    <message>
        <source>stiffness 0–10 (orange); ▲ a warning sign</source>
        <translation>sztywność 0–10 (pomarańczowa); ▲ sygnał ostrzegawczy</translation>
    </message>
    <message>
        <source>Export breaks and check-ins</source>
        <translation>Eksportuj przerwy i pytania</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json</source>
        <translation>nie można rozpoznać formatu z {0}: nadaj plikowi rozszerzenie .csv lub .json</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>zapisano {0} przerw i {1} pytań do {2}</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importowanie {0}…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins</source>
        <translation>Importuj przerwy i pytania</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Eksporty (*.csv *.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <translation>dodano {0}, już było {1}</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>pytania: dodano {0}, już było {1}</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>Zaimportowano {0}</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import zakończony</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nic nie zaimportowano</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import się nie udał</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Raportu nie zapisano</translation>
    </message>
    <message>
        <source>Report saved: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</source>
        <translation>Zapisano raport: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>Nie udało się zapisać {0}: {1}</translation>
    </message>
    <message>
        <source>No breaks yet</source>
        <translation>Jeszcze nie ma przerw</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Jeszcze nic</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport się nie udał</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <extracomment>As the command line: records per transaction, and the pause between two.</extracomment>
        <translation>dziennika przerw nie można teraz użyć: {0}</translation>
    </message>
</context>
<context>
    <name>HurtDialog</name>
    <message>
        <source>Pause exercise breaks</source>
        <translation>Wstrzymaj przerwy z ćwiczeniami</translation>
    </message>
    <message>
        <source>Pause exercise breaks until it is better</source>
        <translation>Wstrzymaj przerwy z ćwiczeniami, aż będzie lepiej</translation>
    </message>
    <message>
        <source>Keep them on</source>
        <translation>Zostaw włączone</translation>
    </message>
    <message>
        <source>Keep exercise breaks on</source>
        <translation>Zostaw przerwy z ćwiczeniami włączone</translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <source>It comes early: the camera has seen a slouch for a while ({0}). Its exercise answers that.</source>
        <translation>Przychodzi wcześniej: kamera przez jakiś czas widziała cię zgarbionego ({0}). Jej ćwiczenie temu przeciwdziała.</translation>
    </message>
    <message>
        <source>postureapp — break coming</source>
        <translation>postureapp — zbliża się przerwa</translation>
    </message>
    <message>
        <source>A long break</source>
        <translation>Długa przerwa</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Krótka przerwa</translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>Break coming</source>
        <translation>Zbliża się przerwa</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Dokończ myśl; przerwa zacznie się, gdy odliczanie dobiegnie końca.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Zacznij teraz</translation>
    </message>
    <message>
        <source>Start the break now</source>
        <translation>Zacznij przerwę teraz</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>Za {0} min</translation>
    </message>
    <message>
        <source>Postpone the break by {0} minutes</source>
        <translation>Odłóż przerwę o {0} min</translation>
    </message>
    <message>
        <source>It cannot be postponed again.</source>
        <translation>Nie można jej odłożyć ponownie.</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} za {1} s</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Figure to pose</source>
        <extracomment>How near (in pixels) a press must be to a handle to take it. How far (in cm of the figure) an arrow key moves the selected handle. The handles&apos; names as a person reads them.</extracomment>
        <translation>Postać do ustawienia</translation>
    </message>
    <message>
        <source>Drag a round handle to move that part; arrow keys move the chosen one</source>
        <translation>Przeciągnij okrągły uchwyt, aby poruszyć tę część; strzałki przesuwają wybrany</translation>
    </message>
</context>
<context>
    <name>PoseEditor</name>
    <message>
        <source>Start from</source>
        <extracomment>A new picture starts as this spec with the chosen posture.</extracomment>
        <translation>Zacznij od</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Zacznij od…</translation>
    </message>
    <message>
        <source>Begin with a posture, or a copy of a built-in picture</source>
        <translation>Zacznij od postawy albo kopii wbudowanego obrazka</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Widok</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Zbliżenie</translation>
    </message>
    <message>
        <source>Show the body from the hips up, for small movements</source>
        <translation>Pokaż ciało od bioder w górę, dla małych ruchów</translation>
    </message>
    <message>
        <source>Start pose</source>
        <translation>Poza początkowa</translation>
    </message>
    <message>
        <source>End pose</source>
        <translation>Poza końcowa</translation>
    </message>
    <message>
        <source>Pose the figure as the step begins</source>
        <translation>Ustaw postać tak, jak zaczyna się krok</translation>
    </message>
    <message>
        <source>Pose the figure as the movement ends</source>
        <translation>Ustaw postać tak, jak kończy się ruch</translation>
    </message>
    <message>
        <source>Copy the other pose</source>
        <translation>Skopiuj drugą pozę</translation>
    </message>
    <message>
        <source>Make this pose the same as the other one</source>
        <translation>Ustaw tę pozę tak samo jak drugą</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Odtwórz</translation>
    </message>
    <message>
        <source>Play the movement</source>
        <translation>Odtwórz ruch</translation>
    </message>
    <message>
        <source>The movement, as in a break</source>
        <translation>Ruch, jak w przerwie</translation>
    </message>
    <message>
        <source>Click to pose again</source>
        <translation>Kliknij, aby znów ustawiać</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postawa</translation>
    </message>
    <message>
        <source>Part of the body</source>
        <translation>Część ciała</translation>
    </message>
    <message>
        <source>Both sides alike</source>
        <translation>Obie strony tak samo</translation>
    </message>
    <message>
        <source>Set the same angles on the left and the right</source>
        <translation>Ustaw te same kąty po lewej i prawej</translation>
    </message>
    <message>
        <source>Reset this part</source>
        <translation>Przywróć tę część</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Część</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Strzałka</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>Bez strzałki</translation>
    </message>
    <message>
        <source>An arrow beside the path of this point</source>
        <translation>Strzałka obok toru tego punktu</translation>
    </message>
    <message>
        <source>Arrow along</source>
        <translation>Strzałka wzdłuż</translation>
    </message>
    <message>
        <source>Pick End pose and drag a round handle to where the movement ends (or choose a part and set its angles); Play shows the movement as a break will.</source>
        <translation>Wybierz Pozę końcową i przeciągnij okrągły uchwyt tam, gdzie kończy się ruch (albo wybierz część i ustaw jej kąty); Odtwórz pokazuje ruch tak jak w przerwie.</translation>
    </message>
</context>
<context>
    <name>PostureApp</name>
    <message>
        <source>The break log was damaged. It was kept as {0}, and a new one was started.</source>
        <extracomment>How long to wait at start-up for a tray host that starts after us; longer at login, where the panel often comes up a little after the autostart entries.</extracomment>
        <translation>Dziennik przerw był uszkodzony. Zachowano go jako {0} i zaczęto nowy.</translation>
    </message>
    <message>
        <source>Starting at login could not be switched on: {0}</source>
        <translation>Nie udało się włączyć uruchamiania po zalogowaniu: {0}</translation>
    </message>
    <message>
        <source>Starting at login could not be switched off: {0}</source>
        <translation>Nie udało się wyłączyć uruchamiania po zalogowaniu: {0}</translation>
    </message>
</context>
<context>
    <name>PosturePanel</name>
    <message>
        <source>When this is on, postureapp switches the camera on a few times a minute, for about a second, and reads from one picture where your ears and shoulders are. The picture is dropped at once; no picture is ever kept or sent, and nothing leaves this computer. What is kept are numbers: how you sit when upright, and each day&apos;s time upright and slouched. While the camera is on, the tray icon shows a red dot. The camera is not used while another program uses it or the microphone.</source>
        <translation>Gdy to jest włączone, postureapp kilka razy na minutę włącza kamerę na około sekundę i z jednego obrazu odczytuje, gdzie są twoje uszy i barki. Obraz jest od razu odrzucany; żaden obraz nie jest nigdy przechowywany ani wysyłany i nic nie opuszcza tego komputera. Przechowywane są liczby: jak siedzisz prosto oraz czas każdego dnia w postawie prostej i zgarbionej. Gdy kamera jest włączona, ikona w zasobniku pokazuje czerwoną kropkę. Kamera nie jest używana, gdy inny program używa kamery lub mikrofonu.</translation>
    </message>
    <message>
        <source>● The camera is on</source>
        <translation>● Kamera jest włączona</translation>
    </message>
    <message>
        <source>The camera is on</source>
        <translation>Kamera jest włączona</translation>
    </message>
    <message>
        <source>Calibrate: sit tall for a few seconds</source>
        <translation>Kalibruj: usiądź prosto na kilka sekund</translation>
    </message>
    <message>
        <source>Sit tall, facing the screen, shoulders relaxed, and keep still for a moment…</source>
        <translation>Usiądź prosto, przodem do ekranu, z rozluźnionymi barkami, i chwilę się nie ruszaj…</translation>
    </message>
    <message>
        <source>Recalibrate: sit tall for a few seconds</source>
        <translation>Kalibruj ponownie: usiądź prosto na kilka sekund</translation>
    </message>
    <message>
        <source>Switch posture sensing on below to calibrate.</source>
        <translation>Włącz poniżej wykrywanie postawy, aby skalibrować.</translation>
    </message>
    <message>
        <source>The camera could not be read: {0}</source>
        <translation>Nie udało się odczytać kamery: {0}</translation>
    </message>
    <message>
        <source>Calibrated. Recalibrate when you move the camera or chair.</source>
        <translation>Skalibrowano. Skalibruj ponownie, gdy przestawisz kamerę lub krzesło.</translation>
    </message>
    <message>
        <source>Not calibrated yet: sit tall and press Calibrate, so slouches can be told.</source>
        <translation>Jeszcze nie skalibrowano: usiądź prosto i naciśnij Kalibruj, aby dało się rozpoznać garbienie.</translation>
    </message>
    <message>
        <source>Calibrated: this is your upright posture now.</source>
        <translation>Skalibrowano: to jest teraz twoja prosta postawa.</translation>
    </message>
</context>
<context>
    <name>PostureWatch</name>
    <message>
        <source>Another program is using the camera or the microphone.</source>
        <extracomment>How many pictures a calibration takes (over about as many seconds). The day&apos;s figures are handed to the log at most this often (and at a new day, and at the end).</extracomment>
        <translation>Inny program używa kamery lub mikrofonu.</translation>
    </message>
</context>
<context>
    <name>ProfessionalSuggestion</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, close this note</source>
        <translation>OK, zamknij tę notatkę</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>Range shown</source>
        <translation>Pokazany okres</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Ostatnie 3 miesiące</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Cały okres</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Od–do</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Pierwszy pokazany dzień</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Ostatni pokazany dzień</translation>
    </message>
    <message>
        <source>Days in the range</source>
        <translation>Dni w okresie</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Po&amp;każ:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dzień</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} dni</translation>
    </message>
</context>
<context>
    <name>RecentBreaksModel</name>
    <message>
        <source>When</source>
        <extracomment>The role that gives the whole `BreakRow` of a table row, for views that need more than text.</extracomment>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Czas ćwiczeń</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Kto zaczął</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Krótka</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Długa</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ukończona</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięta</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Odłożona</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Zakończona wcześniej</translation>
    </message>
    <message>
        <source>Stopped: it hurt</source>
        <translation>Przerwana: bolało</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Przerwa naturalna</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Urwana</translation>
    </message>
    <message>
        <source>This break is on screen now.</source>
        <translation>Ta przerwa jest teraz na ekranie.</translation>
    </message>
    <message>
        <source>You did the whole break.</source>
        <translation>Zrobiłeś(-aś) całą przerwę.</translation>
    </message>
    <message>
        <source>You skipped this break.</source>
        <translation>Pominąłeś(-ęłaś) tę przerwę.</translation>
    </message>
    <message>
        <source>You put this break off for a few minutes.</source>
        <translation>Odłożyłeś(-aś) tę przerwę o kilka minut.</translation>
    </message>
    <message>
        <source>You ended it before the end; the minutes count, the break is not completed.</source>
        <translation>Zakończyłeś(-aś) ją przed końcem; minuty się liczą, ale przerwa nie jest ukończona.</translation>
    </message>
    <message>
        <source>You stopped because something hurt. If it keeps hurting, see a clinician.</source>
        <translation>Przerwałeś(-aś), bo coś bolało. Jeśli nadal boli, idź do lekarza.</translation>
    </message>
    <message>
        <source>You were away from the computer long enough to rest.</source>
        <translation>Byłeś(-aś) z dala od komputera wystarczająco długo, by odpocząć.</translation>
    </message>
    <message>
        <source>The app stopped while this break was on screen.</source>
        <translation>Aplikacja zatrzymała się, gdy ta przerwa była na ekranie.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Stała godzina</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Nieobecność</translation>
    </message>
    <message>
        <source>Your posture</source>
        <translation>Twoja postawa</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0} min {1} s</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>The break log {0} cannot be opened ({1}).</source>
        <extracomment>Seconds between two tries while the log refuses writes; the last one repeats. How long one write may wait for another writer&apos;s lock, on the GUI thread. Failed tries (about 8 s) before the user is told that outcomes are waiting. Errors that mean &quot;not now&quot;: retried. Anything else about a row is a bug, and it is dropped.</extracomment>
        <translation>Nie można otworzyć dziennika przerw {0} ({1}).</translation>
    </message>
    <message>
        <source>Breaks cannot be written to the log {0} ({1}).</source>
        <translation>Nie można zapisać przerw w dzienniku {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in {1} until the log takes it.</source>
        <translation>{0} Przerwy działają dalej, a to, co zapisują, jest przechowywane w {1}, aż dziennik to przyjmie.</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in memory until the log takes it (the journal {1} cannot be written either: {2}), so it is lost if postureapp stops first.</source>
        <translation>{0} Przerwy działają dalej, a to, co zapisują, zostaje w pamięci, aż dziennik to przyjmie (kroniki {1} też nie da się zapisać: {2}), więc przepadnie, jeśli postureapp wcześniej się zatrzyma.</translation>
    </message>
    <message>
        <source>The journal of breaks waiting to be logged could not be read, so what it held was not logged. It is kept as {0}.</source>
        <translation>Nie udało się odczytać kroniki przerw czekających na zapis do dziennika, więc jej zawartość nie została zapisana. Zachowano ją jako {0}.</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Breaks and check-ins: a report for your clinician</source>
        <extracomment>The charts are laid out as if the paper were a screen of this many dots per inch. Exercises listed under &quot;done most&quot;.</extracomment>
        <translation>Przerwy i pytania: raport dla lekarza lub terapeuty</translation>
    </message>
    <message>
        <source>{0} to {1} ({2} days)</source>
        <translation>Od {0} do {1} ({2} dni)</translation>
    </message>
    <message>
        <source>Made on {0} with postureapp {1}, from the breaks and check-ins it logged.</source>
        <translation>Utworzono {0} w postureapp {1} na podstawie zapisanych przerw i pytań.</translation>
    </message>
    <message>
        <source>This is a self-report: what the user did and felt, as they logged it. It is not a diagnosis and not medical advice.</source>
        <translation>To jest samoocena: co użytkownik robił i czuł, tak jak to zapisał. To nie jest diagnoza ani porada medyczna.</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Ukończone przerwy</translation>
    </message>
    <message>
        <source>of {0} reminders{1}</source>
        <translation>z {0} przypomnień{1}</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Zakończone wcześniej</translation>
    </message>
    <message>
        <source>{0} because it hurt</source>
        <translation>{0} z powodu bólu</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Pominięte lub odłożone</translation>
    </message>
    <message>
        <source>reminders put off</source>
        <translation>odłożone przypomnienia</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Czas ćwiczeń</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>{0} dziennie</translation>
    </message>
    <message>
        <source>Stiffness 0–10</source>
        <translation>Sztywność 0–10</translation>
    </message>
    <message>
        <source>first and last week rated</source>
        <translation>pierwszy i ostatni oceniony tydzień</translation>
    </message>
    <message>
        <source>too few ratings</source>
        <translation>za mało ocen</translation>
    </message>
    <message>
        <source>Days with a warning sign</source>
        <translation>Dni z sygnałem ostrzegawczym</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>nie zgłoszono</translation>
    </message>
    <message>
        <source>…, {0}</source>
        <translation>…, {0}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Przerwy dziennie</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Przerwy tygodniowo</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Przerwy miesięcznie</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ukończone</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>zakończone wcześniej</translation>
    </message>
    <message>
        <source>skipped or snoozed</source>
        <translation>pominięte lub odłożone</translation>
    </message>
    <message>
        <source>goal: {0} a day</source>
        <translation>cel: {0} dziennie</translation>
    </message>
    <message>
        <source>Stiffness from check-ins (0 none, 10 very stiff)</source>
        <translation>Sztywność z pytań (0 brak, 10 bardzo sztywno)</translation>
    </message>
    <message>
        <source>mean stiffness</source>
        <translation>średnia sztywność</translation>
    </message>
    <message>
        <source>warning sign reported</source>
        <translation>zgłoszony sygnał ostrzegawczy</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>Brak pytań w tym okresie.</translation>
    </message>
    <message>
        <source>Minutes by body area</source>
        <translation>Minuty według części ciała</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Najczęściej robione ćwiczenia</translation>
    </message>
    <message>
        <source>No exercise time in this period.</source>
        <translation>Brak czasu ćwiczeń w tym okresie.</translation>
    </message>
    <message>
        <source>An exercise counts for every area it works; a break&apos;s time is shared by its exercises.</source>
        <translation>Ćwiczenie liczy się dla każdej części, którą ćwiczy; czas przerwy dzieli się między jej ćwiczenia.</translation>
    </message>
    <message>
        <source>Self-reported with postureapp. Not a diagnosis. Page 1 of 1.</source>
        <translation>Samoocena w postureapp. To nie diagnoza. Strona 1 z 1.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Wcześniej</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>None done in this period.</source>
        <translation>Żadnego nie zrobiono w tym okresie.</translation>
    </message>
    <message>
        <source>Notes from check-ins (newest first)</source>
        <translation>Notatki z pytań (najnowsze najpierw)</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Brak notatek w tym okresie.</translation>
    </message>
    <message>
        <source>1 more note is in the app and its export.</source>
        <translation>Jeszcze 1 notatka jest w aplikacji i jej eksporcie.</translation>
    </message>
    <message>
        <source>{0} more notes are in the app and its export.</source>
        <translation>Kolejne notatki ({0}) są w aplikacji i jej eksporcie.</translation>
    </message>
    <message>
        <source>… ({0} more words in the app)</source>
        <translation>… (dalsze słowa w aplikacji: {0})</translation>
    </message>
</context>
<context>
    <name>Sensing</name>
    <message>
        <source>Switch posture sensing on first.</source>
        <translation>Najpierw włącz wykrywanie postawy.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Create or edit your own exercises…</source>
        <translation>Twórz lub edytuj własne ćwiczenia…</translation>
    </message>
    <message>
        <source>Create or edit your own exercises</source>
        <translation>Twórz lub edytuj własne ćwiczenia</translation>
    </message>
    <message>
        <source>postureapp — Settings</source>
        <translation>postureapp — Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>P&amp;rzywróć domyślne</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Przerwy</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Harmonogram</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>Ć&amp;wiczenia</translation>
    </message>
    <message>
        <source>Be&amp;haviour</source>
        <translation>&amp;Zachowanie</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Krótkie przerwy</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Długie przerwy</translation>
    </message>
    <message>
        <source>Notice and snooze</source>
        <translation>Zapowiedź i odkładanie</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <source>Breaks at fixed times</source>
        <translation>Przerwy o stałych godzinach</translation>
    </message>
    <message>
        <source>Hold a break while busy</source>
        <translation>Wstrzymaj przerwę, gdy jesteś zajęty(-a)</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalendarze</translation>
    </message>
    <message>
        <source>What exercises may ask for</source>
        <translation>Czego mogą wymagać ćwiczenia</translation>
    </message>
    <message>
        <source>Each exercise</source>
        <translation>Każde ćwiczenie</translation>
    </message>
    <message>
        <source>none — e.g. 09:00-12:30, 13:30-17:30</source>
        <translation>brak — np. 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>none — e.g. 11:00, 15:30</source>
        <translation>brak — np. 11:00, 15:30</translation>
    </message>
    <message>
        <source>the usual folder</source>
        <translation>zwykły folder</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation>Przeglądaj: {0}</translation>
    </message>
    <message>
        <source>Could not change this: {0}</source>
        <translation>Nie udało się tego zmienić: {0}</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <source>Put every setting back to its default value? Cancel will still bring back the settings you had before.</source>
        <translation>Przywrócić domyślną wartość każdego ustawienia? „Anuluj” i tak przywróci ustawienia, które miałeś(-aś) wcześniej.</translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Your settings could not be saved: {0}</source>
        <translation>Nie udało się zapisać twoich ustawień: {0}</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>POSTUREAPP</source>
        <translation>POSTUREAPP</translation>
    </message>
    <message>
        <source>● The camera is on</source>
        <translation>● Kamera jest włączona</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Następna przerwa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety; breaks only remind you to move.</source>
        <translation>Przerwy z ćwiczeniami są wstrzymane dla twojego bezpieczeństwa; przerwy tylko przypominają o ruchu.</translation>
    </message>
    <message>
        <source>Pause for</source>
        <translation>Wstrzymaj na</translation>
    </message>
    <message>
        <source>Closing it hides it; run postureapp again to bring it back.</source>
        <translation>Zamknięcie je ukrywa; uruchom postureapp ponownie, aby je przywrócić.</translation>
    </message>
    <message>
        <source>Closing it only minimises it; use Quit to stop the app.</source>
        <translation>Zamknięcie tylko je minimalizuje; użyj „Zakończ”, aby zatrzymać aplikację.</translation>
    </message>
    <message>
        <source>No system tray shows postureapp&apos;s icon, so it runs from this window.</source>
        <translation>Żaden zasobnik systemowy nie pokazuje ikony postureapp, więc działa ono z tego okna.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>No breathing cue</source>
        <translation>Bez wskazówki oddechu</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Wdech</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Wydech</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Oddychaj spokojnie</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>In a line or two, e.g. “Breathing out, turn your chest to the right. Hold.”</source>
        <translation>W jednej, dwóch linijkach, np. „Z wydechem obróć klatkę piersiową w prawo. Przytrzymaj.”</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long, in seconds</source>
        <translation>Jak długo, w sekundach</translation>
    </message>
    <message>
        <source>Breathing cue</source>
        <translation>Wskazówka oddechu</translation>
    </message>
    <message>
        <source>Posed figure</source>
        <translation>Ustawiona postać</translation>
    </message>
    <message>
        <source>My own picture</source>
        <translation>Mój własny obrazek</translation>
    </message>
    <message>
        <source>Mirror it for the left side</source>
        <translation>Odbij lustrzanie dla lewej strony</translation>
    </message>
    <message>
        <source>Untick for a picture with writing in it, which must not be mirrored</source>
        <translation>Odznacz dla obrazka z napisami, którego nie wolno odbijać</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Wybierz obrazek…</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>Nie wybrano jeszcze obrazka.</translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation>Twój obrazek</translation>
    </message>
    <message>
        <source>SVG, PNG, JPEG or GIF (a GIF may move), up to 5 MB. It is copied into your exercises folder.</source>
        <translation>SVG, PNG, JPEG lub GIF (GIF może być ruchomy), do 5 MB. Zostanie skopiowany do folderu ćwiczeń.</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;Co zrobić</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>&amp;Jak długo</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Obrazek</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Wybierz obrazek</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>Obrazki ({0})</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>{0}: details</source>
        <translation>{0}: szczegóły</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ukończone</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Zakończone wcześniej</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Pominięte lub odłożone</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Exercises no longer in the library</source>
        <extracomment>The role the table sorts by: numbers as numbers. The chart shows this many rows at most (the table has them all).</extracomment>
        <translation>Ćwiczenia, których nie ma już w bibliotece</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Wcześniej</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Bolało</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Odłożone</translation>
    </message>
    <message>
        <source>Minutes exercised (a break&apos;s time shared by its exercises)</source>
        <translation>Minuty ćwiczeń (czas przerwy podzielony między jej ćwiczenia)</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Ukończone przerwy</translation>
    </message>
    <message>
        <source>Breaks ended early with Done</source>
        <translation>Przerwy zakończone wcześniej przyciskiem Gotowe</translation>
    </message>
    <message>
        <source>Breaks stopped with &apos;This hurts — stop&apos;</source>
        <translation>Przerwy przerwane przyciskiem „To boli — stop”</translation>
    </message>
    <message>
        <source>Breaks skipped</source>
        <translation>Pominięte przerwy</translation>
    </message>
    <message>
        <source>Breaks snoozed</source>
        <translation>Odłożone przerwy</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>● The camera is on</source>
        <extracomment>Changes from the hosts come in bursts (a watcher, then its host); act once they settle. After making an icon, look again whether the host took it.</extracomment>
        <translation>● Kamera jest włączona</translation>
    </message>
</context>
<context>
    <name>WarningPauseDialog</name>
    <message>
        <source>I have checked this with a clinician, or it has passed</source>
        <translation>Skonsultowałem(-am) to z lekarzem albo to minęło</translation>
    </message>
    <message>
        <source>Confirm it is safe to resume</source>
        <translation>Potwierdź, że wznowienie jest bezpieczne</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Wznów przerwy z ćwiczeniami</translation>
    </message>
    <message>
        <source>Keep paused</source>
        <translation>Zostaw wstrzymane</translation>
    </message>
    <message>
        <source>Keep exercise breaks paused</source>
        <translation>Zostaw przerwy z ćwiczeniami wstrzymane</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>About postureapp and safety</source>
        <translation>O postureapp i bezpieczeństwie</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>O strzelaniu w stawach</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Rozumiem</translation>
    </message>
    <message>
        <source>Got it, close this window</source>
        <translation>Rozumiem, zamknij to okno</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Back to safety information</source>
        <translation>Wróć do informacji o bezpieczeństwie</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>Our own formats, when the system lacks the user&apos;s locale and we ship its language. argparse&apos;s own words (it looks them up through `argparse._`), marked here for lupdate.</extracomment>
        <translation>użycie: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>polecenia</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: błąd: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>te argumenty są wymagane: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>wymagany jest jeden z argumentów: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>nieznane argumenty: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nieprawidłowy wybór: %(value)r (wybierz z: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nieprawidłowa wartość %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>oczekiwano jednego argumentu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>oczekiwano najwyżej jednego argumentu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>oczekiwano co najmniej jednego argumentu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s pasuje do %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niedozwolone z argumentem %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>zignorowano jawny argument %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>nie można otworzyć &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>nie można odczytać {0}: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>nie można zapisać {0}: {1}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>nie można usunąć {0}: {1}</translation>
    </message>
    <message>
        <source>cannot read the desktop entry template {0}: {1}</source>
        <translation>nie można odczytać szablonu wpisu pulpitu {0}: {1}</translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <source>calendar support is not installed; install it with: pip install &apos;postureapp[calendars]&apos;</source>
        <extracomment>The busy times kept: from a day back (a meeting that began yesterday evening) to 8 days on, as far as the planner looks ahead. Said when the calendar libraries (the `calendars` extra) are not installed (translated where it is shown, in the &quot;calendars&quot; context).</extracomment>
        <translation>obsługa kalendarzy nie jest zainstalowana; zainstaluj ją poleceniem: pip install &apos;postureapp[calendars]&apos;</translation>
    </message>
    <message>
        <source>the name {0} must be 1 to 40 letters, digits, spaces, dots, - or _</source>
        <translation>nazwa {0} musi mieć od 1 do 40 liter, cyfr, spacji, kropek, - lub _</translation>
    </message>
    <message>
        <source>{0}: the kind must be one of {1}, got {2}</source>
        <translation>{0}: rodzaj musi być jednym z {1}, otrzymano {2}</translation>
    </message>
    <message>
        <source>{0}: needs a location (a path or an address)</source>
        <translation>{0}: potrzebne jest położenie (ścieżka lub adres)</translation>
    </message>
    <message>
        <source>{0}: the user must be text</source>
        <translation>{0}: użytkownik musi być tekstem</translation>
    </message>
    <message>
        <source>{0}: {1} is not an absolute path</source>
        <translation>{0}: {1} nie jest ścieżką bezwzględną</translation>
    </message>
    <message>
        <source>{0}: only a CalDAV account has a user</source>
        <translation>{0}: tylko konto CalDAV ma użytkownika</translation>
    </message>
    <message>
        <source>{0}: {1} is not an http(s) address</source>
        <translation>{0}: {1} nie jest adresem http(s)</translation>
    </message>
    <message>
        <source>{0}: the address holds a password; give the user with --user instead, and the password goes to the keyring</source>
        <translation>{0}: adres zawiera hasło; podaj zamiast tego użytkownika przez --user, a hasło trafi do pęku kluczy</translation>
    </message>
    <message>
        <source>two calendars are named {0} (or nearly)</source>
        <translation>dwa kalendarze nazywają się {0} (lub prawie tak)</translation>
    </message>
    <message>
        <source>it is larger than {0} MB</source>
        <translation>ma więcej niż {0} MB</translation>
    </message>
    <message>
        <source>part {0} is not iCalendar data</source>
        <translation>część {0} nie jest danymi iCalendar</translation>
    </message>
    <message>
        <source>it has more than {0} events in a week</source>
        <translation>ma więcej niż {0} wydarzeń w tygodniu</translation>
    </message>
    <message>
        <source>{0} refused the user name or password</source>
        <translation>{0} odrzucił nazwę użytkownika lub hasło</translation>
    </message>
    <message>
        <source>{0} did not answer as a CalDAV server</source>
        <translation>{0} nie odpowiedział jak serwer CalDAV</translation>
    </message>
    <message>
        <source>the server refused the connection (is it running?)</source>
        <extracomment>What the network libraries say, and what the user reads instead.</extracomment>
        <translation>serwer odrzucił połączenie (czy działa?)</translation>
    </message>
    <message>
        <source>the server name is not known</source>
        <translation>nazwa serwera jest nieznana</translation>
    </message>
    <message>
        <source>the server name could not be looked up (offline?)</source>
        <translation>nie udało się odnaleźć nazwy serwera (brak sieci?)</translation>
    </message>
    <message>
        <source>the network is unreachable (offline?)</source>
        <translation>sieć jest nieosiągalna (brak sieci?)</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>serwer nie odpowiedział na czas</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>nie udało się zweryfikować certyfikatu serwera</translation>
    </message>
    <message>
        <source>a network error ({0})</source>
        <translation>błąd sieci ({0})</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>nie udało się odczytać {0}: {1}</translation>
    </message>
    <message>
        <source>{0} holds more than {1} .ics files</source>
        <extracomment>A folder with more calendar files than this is probably not the folder meant.</extracomment>
        <translation>{0} zawiera więcej niż {1} plików .ics</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} nie istnieje</translation>
    </message>
    <message>
        <source>{0} holds more than {1} MB</source>
        <translation>{0} zawiera więcej niż {1} MB</translation>
    </message>
    <message>
        <source>no keyring is available to keep the password of {0} (install and unlock GNOME Keyring or KWallet), so this CalDAV account cannot be read; a calendar file or an iCalendar web address works without one</source>
        <translation>nie ma pęku kluczy, w którym można przechować hasło do {0} (zainstaluj i odblokuj GNOME Keyring lub KWallet), więc tego konta CalDAV nie da się odczytać; plik kalendarza lub adres internetowy iCalendar działa bez niego</translation>
    </message>
    <message>
        <source>the keyring could not give the password of {0} (is it locked?)</source>
        <translation>pęk kluczy nie mógł podać hasła do {0} (czy jest zablokowany?)</translation>
    </message>
    <message>
        <source>no password for {0} in the keyring; add it again with postureapp calendar add (or in Settings)</source>
        <translation>brak hasła do {0} w pęku kluczy; dodaj go ponownie przez postureapp calendar add (lub w Ustawieniach)</translation>
    </message>
    <message>
        <source>the keyring refused the password of {0}</source>
        <translation>pęk kluczy odrzucił hasło do {0}</translation>
    </message>
    <message>
        <source>{0} answered with the HTTP error {1}</source>
        <translation>{0} odpowiedział błędem HTTP {1}</translation>
    </message>
    <message>
        <source>{0} sent more than {1} MB</source>
        <translation>{0} wysłał więcej niż {1} MB</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>The posture model is not available for Python {0} (it needs 3.11 or 3.12), so posture sensing cannot be used with this installation.</source>
        <extracomment>The model ships inside these mediapipe releases only (later ones download it at run time). The newest Python those releases have wheels for.</extracomment>
        <translation>Model postawy nie jest dostępny dla Pythona {0} (wymaga 3.11 lub 3.12), więc wykrywania postawy nie można używać w tej instalacji.</translation>
    </message>
    <message>
        <source>The camera extra is not installed. Install it with: pip install &apos;postureapp[camera]&apos; (about 1 GB), then restart postureapp.</source>
        <translation>Dodatek kamery nie jest zainstalowany. Zainstaluj go poleceniem: pip install &apos;postureapp[camera]&apos; (około 1 GB), a potem uruchom ponownie postureapp.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <extracomment>A camera&apos;s first frames are dark or blurred while its exposure settles. Without a picture this long after switching on, the camera counts as not working.</extracomment>
        <translation>Nie znaleziono kamery.</translation>
    </message>
    <message>
        <source>No video at {0}.</source>
        <translation>Brak wideo w {0}.</translation>
    </message>
    <message>
        <source>The camera is busy.</source>
        <translation>Kamera jest zajęta.</translation>
    </message>
    <message>
        <source>The camera gave no picture.</source>
        <translation>Kamera nie dała obrazu.</translation>
    </message>
    <message>
        <source>The posture model failed: {0}</source>
        <extracomment>Seconds between the pictures of one read (a calibration takes several).</extracomment>
        <translation>Model postawy zawiódł: {0}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A system-tray reminder for short upper-back mobility breaks. Without a command it starts the app (or shows the one already running).</source>
        <translation>Przypominacz w zasobniku systemowym o krótkich przerwach na ruch dla górnej części pleców. Bez polecenia uruchamia aplikację (albo pokazuje tę, która już działa).</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 not done (not running, refused, or problems found); 2 cannot run as given (wrong arguments, a missing file, no display).</source>
        <translation>Kody wyjścia: 0 zrobione; 1 niezrobione (nie działa, odmowa albo znalezione problemy); 2 nie da się uruchomić w ten sposób (złe argumenty, brakujący plik, brak ekranu).</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>pokaż wersję i zakończ</translation>
    </message>
    <message>
        <source>started at login: wait longer for the system tray to appear</source>
        <translation>uruchomione po zalogowaniu: czekaj dłużej na zasobnik systemowy</translation>
    </message>
    <message>
        <source>postureapp: no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop session.</source>
        <translation>postureapp: nie znaleziono ekranu (DISPLAY i WAYLAND_DISPLAY nie są ustawione); uruchom go z sesji pulpitu.</translation>
    </message>
    <message>
        <source>postureapp is already running; its window was brought up.</source>
        <translation>postureapp już działa; jego okno zostało wysunięte na wierzch.</translation>
    </message>
    <message>
        <source>calendars whose events hold breaks</source>
        <translation>kalendarze, których wydarzenia wstrzymują przerwy</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Files and folders of .ics files, iCalendar web addresses, CalDAV accounts.</source>
        <translation>Kalendarze, których wydarzenia wstrzymują przerwy: żadnej przerwy w czasie zajętego wydarzenia ani tuż przed nim. Pliki i foldery z plikami .ics, adresy internetowe iCalendar, konta CalDAV.</translation>
    </message>
    <message>
        <source>add a calendar</source>
        <translation>dodaj kalendarz</translation>
    </message>
    <message>
        <source>Add a calendar.</source>
        <translation>Dodaj kalendarz.</translation>
    </message>
    <message>
        <source>a short name, e.g. work</source>
        <translation>krótka nazwa, np. praca</translation>
    </message>
    <message>
        <source>a .ics file or folder, an http(s) or webcal address</source>
        <translation>plik .ics lub folder, adres http(s) lub webcal</translation>
    </message>
    <message>
        <source>the address is a CalDAV account or calendar</source>
        <translation>adres jest kontem lub kalendarzem CalDAV</translation>
    </message>
    <message>
        <source>the CalDAV user name (asks for the password)</source>
        <translation>nazwa użytkownika CalDAV (pyta o hasło)</translation>
    </message>
    <message>
        <source>read the CalDAV password from standard input</source>
        <translation>odczytaj hasło CalDAV ze standardowego wejścia</translation>
    </message>
    <message>
        <source>list the calendars</source>
        <translation>wypisz kalendarze</translation>
    </message>
    <message>
        <source>remove a calendar (and its stored password)</source>
        <translation>usuń kalendarz (i jego zapisane hasło)</translation>
    </message>
    <message>
        <source>read the calendars now and say what they hold</source>
        <translation>odczytaj kalendarze teraz i powiedz, co zawierają</translation>
    </message>
    <message>
        <source>only this calendar</source>
        <translation>tylko ten kalendarz</translation>
    </message>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}: plik {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}: adres internetowy {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}: CalDAV {1} jako {2}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}: CalDAV {1}</translation>
    </message>
    <message>
        <source>Password for {0} (kept in your keyring): </source>
        <translation>Hasło dla {0} (przechowywane w pęku kluczy): </translation>
    </message>
    <message>
        <source>give the password with --password-stdin</source>
        <translation>podaj hasło przez --password-stdin</translation>
    </message>
    <message>
        <source>{0} (remove it first, or pick another name)</source>
        <translation>{0} (najpierw go usuń albo wybierz inną nazwę)</translation>
    </message>
    <message>
        <source>Added {0}. Check it with: postureapp calendar test {1}</source>
        <translation>Dodano {0}. Sprawdź poleceniem: postureapp calendar test {1}</translation>
    </message>
    <message>
        <source>Note: {0}.</source>
        <translation>Uwaga: {0}.</translation>
    </message>
    <message>
        <source>Note: {0} does not exist (yet); it holds nothing until it does.</source>
        <translation>Uwaga: {0} (jeszcze) nie istnieje; do tego czasu nic nie zawiera.</translation>
    </message>
    <message>
        <source>No calendars. Add one with: postureapp calendar add NAME FILE-OR-ADDRESS</source>
        <translation>Brak kalendarzy. Dodaj kalendarz poleceniem: postureapp calendar add NAZWA PLIK-LUB-ADRES</translation>
    </message>
    <message>
        <source>(last read {0})</source>
        <translation>(ostatni odczyt {0})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>no calendar is named {0} (there are: {1})</source>
        <translation>żaden kalendarz nie nazywa się {0} (są: {1})</translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation>Usunięto {0}.</translation>
    </message>
    <message>
        <source>no calendar named {0}</source>
        <translation>nie ma kalendarza o nazwie {0}</translation>
    </message>
    <message>
        <source>no calendar yet</source>
        <translation>jeszcze nie ma kalendarzy</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}; the copy from {2} is used</source>
        <translation>{0}: nie udało się odczytać: {1}; używana jest kopia z {2}</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}</source>
        <translation>{0}: nie udało się odczytać: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} busy event(s) in the next 8 days, read in {2} s</source>
        <translation>{0}: zajęte wydarzenia w najbliższych 8 dniach: {1}, odczyt w {2} s</translation>
    </message>
    <message>
        <source>; next: {0}</source>
        <translation>; następne: {0}</translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation>pokaż lub zmień ustawienia</translation>
    </message>
    <message>
        <source>Show or change the settings file; the running app picks changes up.</source>
        <translation>Pokaż lub zmień plik ustawień; działająca aplikacja przejmie zmiany.</translation>
    </message>
    <message>
        <source>print where the settings file is</source>
        <translation>pokaż, gdzie jest plik ustawień</translation>
    </message>
    <message>
        <source>list every setting, marking the ones changed from the default</source>
        <translation>wypisz wszystkie ustawienia, zaznaczając te zmienione względem domyślnych</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>pokaż wartość jednego ustawienia</translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation>zmień jedno ustawienie</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>np. {0}</translation>
    </message>
    <message>
        <source>put one setting, or all of them, back to the default</source>
        <translation>przywróć jedno ustawienie albo wszystkie do wartości domyślnej</translation>
    </message>
    <message>
        <source>the setting to reset; all of them when left out</source>
        <translation>ustawienie do przywrócenia; wszystkie, gdy go nie podasz</translation>
    </message>
    <message>
        <source>changed; default {0}</source>
        <translation>zmienione; domyślnie {0}</translation>
    </message>
    <message>
        <source>Every setting already has its default value.</source>
        <translation>Wszystkie ustawienia mają już wartości domyślne.</translation>
    </message>
    <message>
        <source>The old settings are kept in {0}</source>
        <translation>Stare ustawienia są zachowane w {0}</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nic do zmiany.</translation>
    </message>
    <message>
        <source>the setting is saved, but {0}</source>
        <translation>ustawienie jest zapisane, ale {0}</translation>
    </message>
    <message>
        <source>{0} is left unchanged (see above)</source>
        <translation>{0} pozostaje bez zmian (zob. wyżej)</translation>
    </message>
    <message>
        <source>add postureapp and its icon to the application menu (Linux)</source>
        <extracomment>The AppStream component id: the metainfo file&apos;s name and the Flatpak app id (packaging/).</extracomment>
        <translation>dodaj postureapp i jego ikonę do menu aplikacji (Linux)</translation>
    </message>
    <message>
        <source>take postureapp and its icon out of the application menu (Linux)</source>
        <translation>usuń postureapp i jego ikonę z menu aplikacji (Linux)</translation>
    </message>
    <message>
        <source>start postureapp when you log in: on, off or status</source>
        <translation>uruchamiaj postureapp po zalogowaniu: on, off lub status</translation>
    </message>
    <message>
        <source>switch it on or off, or say which it is</source>
        <translation>włącz lub wyłącz albo powiedz, jak jest</translation>
    </message>
    <message>
        <source>the entry is switched, but the setting is not: {0}</source>
        <translation>wpis jest przełączony, ale ustawienie nie: {0}</translation>
    </message>
    <message>
        <source>desktop entries are a Linux feature; this system is {0}. Use `postureapp autostart on` to start at login.</source>
        <translation>wpisy pulpitu to funkcja Linuksa; ten system to {0}. Użyj `postureapp autostart on`, aby uruchamiać po zalogowaniu.</translation>
    </message>
    <message>
        <source>cannot read the icon {0}: {1}</source>
        <translation>nie można odczytać ikony {0}: {1}</translation>
    </message>
    <message>
        <source>cannot read the metainfo {0}: {1}</source>
        <translation>nie można odczytać metadanych {0}: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>nie można zapisać {0}: {1}</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Zapisano: {0}</translation>
    </message>
    <message>
        <source>the icon ({0} files: scalable and fixed sizes) under {1}</source>
        <translation>ikona (pliki: {0}; skalowalna i stałe rozmiary) w {1}</translation>
    </message>
    <message>
        <source>Not there, nothing to remove: {0}</source>
        <translation>Nie ma, nic do usunięcia: {0}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>nie można usunąć {0}: {1}</translation>
    </message>
    <message>
        <source>Removed {0}</source>
        <translation>Usunięto: {0}</translation>
    </message>
    <message>
        <source>No icon there, nothing to remove: {0}</source>
        <translation>Nie ma ikony, nic do usunięcia: {0}</translation>
    </message>
    <message>
        <source>postureapp starts at login ({0}).</source>
        <translation>postureapp uruchamia się po zalogowaniu ({0}).</translation>
    </message>
    <message>
        <source>postureapp does not start at login.</source>
        <translation>postureapp nie uruchamia się po zalogowaniu.</translation>
    </message>
    <message>
        <source>list or validate exercise packs</source>
        <translation>wypisz lub sprawdź pakiety ćwiczeń</translation>
    </message>
    <message>
        <source>show every exercise the app will offer</source>
        <translation>pokaż każde ćwiczenie, które zaproponuje aplikacja</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>wypisz jeden dokument JSON</translation>
    </message>
    <message>
        <source>check an exercise file or a pack folder</source>
        <translation>sprawdź plik ćwiczenia albo folder pakietu</translation>
    </message>
    <message>
        <source>a .toml file or a folder</source>
        <translation>plik .toml albo folder</translation>
    </message>
    <message>
        <source>save exercises, with their pictures, as one pack file to share</source>
        <translation>zapisz ćwiczenia z obrazkami w jednym pliku pakietu do udostępnienia</translation>
    </message>
    <message>
        <source>the exercises (see `list`)</source>
        <translation>ćwiczenia (zobacz `list`)</translation>
    </message>
    <message>
        <source>add the exercises of a pack file to your own</source>
        <translation>dodaj ćwiczenia z pliku pakietu do własnych</translation>
    </message>
    <message>
        <source>Add a pack&apos;s exercises to your custom folder. One whose id you already have is added beside yours under a new id, unless you say otherwise.</source>
        <translation>Dodaje ćwiczenia z pakietu do twojego folderu. Ćwiczenie, którego identyfikator już masz, trafia obok twojego pod nowym identyfikatorem, chyba że wskażesz inaczej.</translation>
    </message>
    <message>
        <source>a pack file</source>
        <translation>plik pakietu</translation>
    </message>
    <message>
        <source>replace your exercises that have the same id</source>
        <translation>zastąp twoje ćwiczenia o tym samym identyfikatorze</translation>
    </message>
    <message>
        <source>leave out exercises whose id you have</source>
        <translation>pomiń ćwiczenia, których identyfikator już masz</translation>
    </message>
    <message>
        <source>built-in</source>
        <extracomment>Where an exercise came from, in words.</extracomment>
        <translation>wbudowane</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>własne</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TYTUŁ</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POZYCJA</translation>
    </message>
    <message>
        <source>SUITS</source>
        <translation>PASUJE DO</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>CZAS</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ŹRÓDŁO</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <source>No exercises found.</source>
        <translation>Nie znaleziono ćwiczeń.</translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation>uwaga: {0}</translation>
    </message>
    <message>
        <source>problem: {0}</source>
        <translation>problem: {0}</translation>
    </message>
    <message>
        <source>{0}: no such file or folder</source>
        <translation>{0}: nie ma takiego pliku ani folderu</translation>
    </message>
    <message>
        <source>{0} problem(s) in {1} file(s)</source>
        <translation>Problemy: {0}, w plikach: {1}</translation>
    </message>
    <message>
        <source>OK: {0} exercise</source>
        <translation>OK: {0} ćwiczenie</translation>
    </message>
    <message>
        <source>OK: {0} exercises</source>
        <translation>OK, liczba ćwiczeń: {0}</translation>
    </message>
    <message>
        <source>no exercise with the id {0} (see `postureapp exercises list`)</source>
        <translation>brak ćwiczenia o identyfikatorze {0} (zobacz `postureapp exercises list`)</translation>
    </message>
    <message>
        <source>{0}: cannot write the pack ({1})</source>
        <translation>{0}: nie można zapisać pakietu ({1})</translation>
    </message>
    <message>
        <source>Saved 1 exercise to {0}</source>
        <translation>Zapisano 1 ćwiczenie w {0}</translation>
    </message>
    <message>
        <source>Saved {0} exercises to {1}</source>
        <translation>Zapisano ćwiczenia ({0}) w {1}</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: nie ma takiego pliku</translation>
    </message>
    <message>
        <source>{0}: not imported; nothing was written</source>
        <translation>{0}: nie zaimportowano; nic nie zapisano</translation>
    </message>
    <message>
        <source>{0}: cannot write there ({1})</source>
        <translation>{0}: nie można tam zapisać ({1})</translation>
    </message>
    <message>
        <source>Your exercises are in {0}</source>
        <translation>Twoje ćwiczenia są w {0}</translation>
    </message>
    <message>
        <source>show break statistics</source>
        <translation>pokaż statystyki przerw</translation>
    </message>
    <message>
        <source>the days of a range ending today, as the history window&apos;s</source>
        <translation>dni okresu kończącego się dziś, jak w oknie historii</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>wypisz jeden obiekt JSON</translation>
    </message>
    <message>
        <source>completed breaks a streak day needs (default: the {0} setting)</source>
        <translation>ukończone przerwy potrzebne do dnia serii (domyślnie: ustawienie {0})</translation>
    </message>
    <message>
        <source>write the break log as CSV or JSON</source>
        <translation>zapisz dziennik przerw jako CSV lub JSON</translation>
    </message>
    <message>
        <source>default: the output file&apos;s extension (.csv or .json), else CSV</source>
        <translation>domyślnie: rozszerzenie pliku wyjściowego (.csv lub .json), w innym razie CSV</translation>
    </message>
    <message>
        <source>default: stdout</source>
        <translation>domyślnie: standardowe wyjście</translation>
    </message>
    <message>
        <source>merge a CSV or JSON export into the break log</source>
        <translation>scal eksport CSV lub JSON z dziennikiem przerw</translation>
    </message>
    <message>
        <source>first local day, YYYY-MM-DD</source>
        <translation>pierwszy dzień lokalny, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last local day, YYYY-MM-DD (included)</source>
        <translation>ostatni dzień lokalny, YYYY-MM-DD (włącznie)</translation>
    </message>
    <message>
        <source>{0}: expected a real date as YYYY-MM-DD, found {1}</source>
        <translation>{0}: oczekiwano prawdziwej daty w formacie YYYY-MM-DD, znaleziono {1}</translation>
    </message>
    <message>
        <source>--since ({0}) is after --until ({1})</source>
        <translation>--since ({0}) jest po --until ({1})</translation>
    </message>
    <message>
        <source>the break log was damaged; it was kept as {0} and a new one was started</source>
        <translation>dziennik przerw był uszkodzony; zachowano go jako {0} i zaczęto nowy</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <translation>dziennika przerw nie można teraz użyć: {0}</translation>
    </message>
    <message>
        <source>the break log {0} looks damaged ({1}); start postureapp to set it aside and begin a new one</source>
        <translation>dziennik przerw {0} wygląda na uszkodzony ({1}); uruchom postureapp, aby go odłożyć i zacząć nowy</translation>
    </message>
    <message>
        <source>--last cannot be combined with --since or --until</source>
        <translation>--last nie można łączyć z --since ani --until</translation>
    </message>
    <message>
        <source>--streak-min: expected 1 or more, found {0}</source>
        <translation>--streak-min: oczekiwano 1 lub więcej, znaleziono {0}</translation>
    </message>
    <message>
        <source>last {0} days</source>
        <translation>ostatnie {0} dni</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>od {0} do {1}</translation>
    </message>
    <message>
        <source>no breaks yet</source>
        <translation>jeszcze nie ma przerw</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>ten tydzień</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>ten miesiąc</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ukończone</translation>
    </message>
    <message>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>odsetek ukończonych</translation>
    </message>
    <message>
        <source>streak</source>
        <translation>seria</translation>
    </message>
    <message>
        <source>exercised</source>
        <translation>ćwiczenia</translation>
    </message>
    <message>
        <source>most done</source>
        <translation>najczęściej</translation>
    </message>
    <message>
        <source>least done</source>
        <translation>najrzadziej</translation>
    </message>
    <message>
        <source>Breaks as of {0}</source>
        <translation>Przerwy na dzień {0}</translation>
    </message>
    <message>
        <source>{0} (natural breaks not counted)</source>
        <translation>{0} (bez przerw naturalnych)</translation>
    </message>
    <message>
        <source>days now: {0}, best: {1} (a day counts with {2} or more completed breaks)</source>
        <translation>dni teraz: {0}, rekord: {1} (dzień liczy się od {2} ukończonych przerw)</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>completed per day, {0}:</source>
        <translation>ukończone dziennie, {0}:</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json, or give --format</source>
        <translation>nie można rozpoznać formatu z {0}: nadaj plikowi rozszerzenie .csv lub .json albo podaj --format</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>zapisano {0} przerw i {1} pytań do {2}</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>pytania: dodano {0}, już było {1}</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <extracomment>Breaks an import writes per transaction, and the pause between two: the running app&apos;s writes get the lock in between, so a long import never holds up a break&apos;s outcome.</extracomment>
        <translation>dodano {0}, już było {1}</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>postureapp is not running (start it with: postureapp)</source>
        <translation>postureapp nie działa (uruchom go poleceniem: postureapp)</translation>
    </message>
    <message>
        <source>{0} (in {1} min)</source>
        <translation>{0} (za {1} min)</translation>
    </message>
    <message>
        <source>{0} (now)</source>
        <translation>{0} (teraz)</translation>
    </message>
    <message>
        <source>interval</source>
        <extracomment>Why the next break comes when it does (`status`&apos;s reason), in words.</extracomment>
        <translation>interwał</translation>
    </message>
    <message>
        <source>long</source>
        <translation>interwał</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>odłożona</translation>
    </message>
    <message>
        <source>after-pause</source>
        <translation>po wstrzymaniu</translation>
    </message>
    <message>
        <source>fixed-time</source>
        <translation>stała godzina</translation>
    </message>
    <message>
        <source>working-hours-start</source>
        <translation>początek godzin pracy</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>postawa</translation>
    </message>
    <message>
        <source>postureapp: could not reach the running instance: {0}</source>
        <translation>postureapp: nie można połączyć się z działającą instancją: {0}</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>prośba została odrzucona</translation>
    </message>
    <message>
        <source>On a break now.</source>
        <translation>Trwa przerwa.</translation>
    </message>
    <message>
        <source>Paused until you resume (postureapp resume).</source>
        <translation>Wstrzymane, dopóki nie wznowisz (postureapp resume).</translation>
    </message>
    <message>
        <source>Paused until {0}.</source>
        <translation>Wstrzymane do {0}.</translation>
    </message>
    <message>
        <source>Next {0} at {1} ({2}).</source>
        <translation>Następna {0} o {1} ({2}).</translation>
    </message>
    <message>
        <source>Outside working hours; breaks resume at {0}.</source>
        <translation>Poza godzinami pracy; przerwy wracają o {0}.</translation>
    </message>
    <message>
        <source>A break is due and waits for you to come back.</source>
        <translation>Przerwa jest należna i czeka, aż wrócisz.</translation>
    </message>
    <message>
        <source>A break is due and waits for a full-screen window to close.</source>
        <translation>Przerwa jest należna i czeka, aż zamknie się okno pełnoekranowe.</translation>
    </message>
    <message>
        <source>A break is due and waits for do-not-disturb to end.</source>
        <translation>Przerwa jest należna i czeka, aż skończy się tryb Nie przeszkadzać.</translation>
    </message>
    <message>
        <source>A break is due and waits for your call to end.</source>
        <translation>Przerwa jest należna i czeka, aż skończy się twoja rozmowa.</translation>
    </message>
    <message>
        <source>A break is due and waits for an event in your calendar to end.</source>
        <translation>Przerwa jest należna i czeka, aż skończy się wydarzenie w twoim kalendarzu.</translation>
    </message>
    <message>
        <source>A break is due and waits ({0}).</source>
        <translation>Przerwa jest należna i czeka ({0}).</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for safety; breaks only remind you to move (resume them from About &amp; safety: postureapp open about).</source>
        <translation>Przerwy z ćwiczeniami są wstrzymane dla twojego bezpieczeństwa; przerwy tylko przypominają o ruchu (wznów je w „O programie &amp; bezpieczeństwo”: postureapp open about).</translation>
    </message>
    <message>
        <source>Calendar {0} could not be read: {1}</source>
        <translation>Nie udało się odczytać kalendarza {0}: {1}</translation>
    </message>
    <message>
        <source>Snoozes in a row: {0}</source>
        <translation>Odłożenia z rzędu: {0}</translation>
    </message>
    <message>
        <source>Idle time: {0} ({1} s idle now).</source>
        <translation>Czas bezczynności: {0} (teraz {1} s bezczynności).</translation>
    </message>
    <message>
        <source>Idle time cannot be read here, so there are no natural breaks.</source>
        <translation>Nie da się tu odczytać czasu bezczynności, więc nie ma przerw naturalnych.</translation>
    </message>
    <message>
        <source>“{0}” ({1})</source>
        <translation>„{0}” ({1})</translation>
    </message>
    <message>
        <source>an event ({0})</source>
        <translation>wydarzenie ({0})</translation>
    </message>
    <message>
        <source>It comes early, before {0}.</source>
        <translation>Przychodzi wcześniej, przed: {0}.</translation>
    </message>
    <message>
        <source>It waits for {0} to end.</source>
        <translation>Czeka, aż skończy się {0}.</translation>
    </message>
    <message>
        <source>Held during {0}.</source>
        <translation>Wstrzymana w trakcie: {0}.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Wznowiono.</translation>
    </message>
    <message>
        <source>Breaks were not paused.</source>
        <translation>Przerwy nie były wstrzymane.</translation>
    </message>
    <message>
        <source>Exercise breaks stay paused for your safety: About &amp; safety is open, where you can confirm it is safe to resume them.</source>
        <translation>Przerwy z ćwiczeniami pozostają wstrzymane dla twojego bezpieczeństwa: okno „O programie &amp; bezpieczeństwo” jest otwarte, tam możesz potwierdzić, że wznowienie jest bezpieczne.</translation>
    </message>
    <message>
        <source>Paused until you resume.</source>
        <translation>Wstrzymane, dopóki nie wznowisz.</translation>
    </message>
    <message>
        <source>Break started. (Note: {0}.)</source>
        <translation>Przerwa rozpoczęta. (Uwaga: {0}.)</translation>
    </message>
    <message>
        <source>Break started.</source>
        <translation>Przerwa rozpoczęta.</translation>
    </message>
    <message>
        <source>Break skipped.</source>
        <extracomment>What each command prints when it was carried out.</extracomment>
        <translation>Przerwa pominięta.</translation>
    </message>
    <message>
        <source>postureapp is quitting.</source>
        <translation>postureapp się zamyka.</translation>
    </message>
    <message>
        <source>when the next break is, and whether the app is paused</source>
        <extracomment>The windows `postureapp open WINDOW` can bring up in the running instance. Every command the running app understands, in the order `postureapp --help` lists them.</extracomment>
        <translation>kiedy jest następna przerwa i czy aplikacja jest wstrzymana</translation>
    </message>
    <message>
        <source>start a break now</source>
        <translation>zacznij przerwę teraz</translation>
    </message>
    <message>
        <source>do this exercise (see: exercises list)</source>
        <translation>zrób to ćwiczenie (zob.: exercises list)</translation>
    </message>
    <message>
        <source>pause breaks: 30m, 1h, until-tomorrow or indefinitely</source>
        <translation>wstrzymaj przerwy: 30m, 1h, until-tomorrow lub indefinitely</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>zakończ wstrzymanie</translation>
    </message>
    <message>
        <source>skip the break on screen (not in strict mode)</source>
        <translation>pomiń przerwę na ekranie (nie w trybie ścisłym)</translation>
    </message>
    <message>
        <source>bring up a window of the running app</source>
        <translation>pokaż okno działającej aplikacji</translation>
    </message>
    <message>
        <source>bring up the running app&apos;s status window</source>
        <translation>pokaż okno stanu działającej aplikacji</translation>
    </message>
    <message>
        <source>stop the running app</source>
        <translation>zatrzymaj działającą aplikację</translation>
    </message>
    <message>
        <source>pause: expected 30m, 1h, until-tomorrow or indefinitely (or N m / N h up to 24 h), got {0}</source>
        <extracomment>command -&gt; its argument: &quot;none&quot;, &quot;optional&quot; or &quot;required&quot; What `parse_pause` says of an argument it cannot read (the &quot;cli&quot; context translates it).</extracomment>
        <translation>pause: oczekiwano 30m, 1h, until-tomorrow lub indefinitely (albo N m / N h do 24 h), znaleziono {0}</translation>
    </message>
    <message>
        <source>postureapp could not do that ({0})</source>
        <extracomment>What the running app answers when carrying out a request went wrong; {0} says why.</extracomment>
        <translation>postureapp nie mógł tego zrobić ({0})</translation>
    </message>
    <message>
        <source>write a one-page PDF of your breaks and check-ins for a clinician</source>
        <translation>zapisz jednostronicowy PDF z przerwami i pytaniami dla lekarza lub terapeuty</translation>
    </message>
    <message>
        <source>Write a one-page PDF of a range of your breaks and check-ins: breaks per week, minutes by body area, the exercises done most, the stiffness trend with the days a warning sign was reported, and your notes. Without a range: the last 3 months.</source>
        <translation>Zapisuje jednostronicowy PDF z okresu twoich przerw i pytań: przerwy tygodniowo, minuty według części ciała, najczęściej robione ćwiczenia, przebieg sztywności z dniami, w których zgłoszono sygnał ostrzegawczy, oraz twoje notatki. Bez okresu: ostatnie 3 miesiące.</translation>
    </message>
    <message>
        <source>a range ending today (all: from the first logged day)</source>
        <translation>okres kończący się dziś (all: od pierwszego zapisanego dnia)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>plik PDF do zapisania</translation>
    </message>
    <message>
        <source>--since ({0}) is after the last day ({1})</source>
        <translation>--since ({0}) jest po ostatnim dniu ({1})</translation>
    </message>
    <message>
        <source>-o: the report is a PDF; name it .pdf, found {0}</source>
        <translation>-o: raport to PDF; nadaj nazwę .pdf, znaleziono {0}</translation>
    </message>
    <message>
        <source>no breaks logged yet; nothing to report</source>
        <translation>nie zapisano jeszcze przerw; nie ma czego raportować</translation>
    </message>
    <message>
        <source>wrote {0}: {1} to {2}, {3} breaks completed, {4} check-ins, {5} notes</source>
        <translation>zapisano {0}: od {1} do {2}, ukończone przerwy: {3}, pytania: {4}, notatki: {5}</translation>
    </message>
    <message>
        <source>your head forward and down</source>
        <translation>głową wysuniętą do przodu i w dół</translation>
    </message>
    <message>
        <source>your shoulders rounded</source>
        <translation>zaokrąglonymi barkami</translation>
    </message>
    <message>
        <source>your body leaning to one side</source>
        <translation>tułowiem przechylonym na bok</translation>
    </message>
    <message>
        <source>upright</source>
        <extracomment>What the last reading saw, besides a slouch (whose label is in the &apos;posture&apos; context).</extracomment>
        <translation>prosto</translation>
    </message>
    <message>
        <source>in view</source>
        <translation>w kadrze</translation>
    </message>
    <message>
        <source>nobody in view</source>
        <translation>nikogo w kadrze</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0} for {1} minutes; its exercise answers that.</source>
        <translation>Przychodzi wcześniej: od {1} minut siedzisz z {0}; jej ćwiczenie temu przeciwdziała.</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0}; its exercise answers that.</source>
        <translation>Przychodzi wcześniej: siedzisz z {0}; jej ćwiczenie temu przeciwdziała.</translation>
    </message>
    <message>
        <source>Its exercise answers this: {0}.</source>
        <translation>Jej ćwiczenie przeciwdziała temu: {0}.</translation>
    </message>
    <message>
        <source>Posture sensing is not running: {0}</source>
        <translation>Wykrywanie postawy nie działa: {0}</translation>
    </message>
    <message>
        <source>Posture sensing is on but not calibrated yet (Settings → Camera).</source>
        <translation>Wykrywanie postawy jest włączone, ale jeszcze nieskalibrowane (Ustawienia → Kamera).</translation>
    </message>
    <message>
        <source>Today you sat upright {0} of the time the camera saw you.</source>
        <translation>Dziś siedziałeś prosto przez {0} czasu, gdy kamera cię widziała.</translation>
    </message>
    <message>
        <source>Last camera reading {0}: {1}.</source>
        <translation>Ostatni odczyt kamery {0}: {1}.</translation>
    </message>
    <message>
        <source>cannot listen on {0}: {1}</source>
        <translation>nie można nasłuchiwać na {0}: {1}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>postureapp ran into a problem it did not expect ({0}: {1}). It keeps running; the details are in {2}.</source>
        <translation>postureapp natrafił na nieoczekiwany problem ({0}: {1}). Działa dalej; szczegóły są w {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}: {1}); fix or move it away and start postureapp again. The details are in {2}.</source>
        <translation>postureapp nie mógł się uruchomić ({0}: {1}); napraw to lub przenieś w inne miejsce i uruchom postureapp ponownie. Szczegóły są w {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}); please report it. The details are in {1}.</source>
        <translation>postureapp nie mógł się uruchomić ({0}); prosimy to zgłosić. Szczegóły są w {1}.</translation>
    </message>
    <message>
        <source>postureapp: the log file {0} cannot be written ({1}); logging to the terminal instead</source>
        <translation>postureapp: nie można zapisać pliku logu {0} ({1}); log trafia zamiast tego do terminala</translation>
    </message>
</context>
<context>
    <name>exercise editor</name>
    <message>
        <source>Upper back</source>
        <translation>Górna część pleców</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Szyja</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Barki</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Klatka piersiowa</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Dolna część pleców</translation>
    </message>
    <message>
        <source>Turning (rotation)</source>
        <translation>Skręt (rotacja)</translation>
    </message>
    <message>
        <source>Bending back (extension)</source>
        <translation>Odchylenie do tyłu (wyprost)</translation>
    </message>
    <message>
        <source>Bending forward (flexion)</source>
        <translation>Skłon do przodu (zgięcie)</translation>
    </message>
    <message>
        <source>Bending sideways</source>
        <translation>Skłon w bok</translation>
    </message>
    <message>
        <source>Shoulder blades</source>
        <translation>Łopatki</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Na siedząco</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Na stojąco</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Na podłodze</translation>
    </message>
    <message>
        <source>A wall</source>
        <translation>Ściana</translation>
    </message>
    <message>
        <source>A foam roller</source>
        <translation>Wałek piankowy</translation>
    </message>
    <message>
        <source>A towel</source>
        <translation>Ręcznik</translation>
    </message>
    <message>
        <source>e.g. Doorway chest stretch</source>
        <extracomment>The fields this form shows, in order (a problem about `id` is shown under the title).</extracomment>
        <translation>np. Rozciąganie klatki w drzwiach</translation>
    </message>
    <message>
        <source>One line: what it does, e.g. Opens the chest</source>
        <translation>Jedna linijka: co daje, np. Otwiera klatkę piersiową</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Long breaks mix movements; short ones take them in turn</source>
        <translation>Długie przerwy mieszają ruchy; krótkie biorą je po kolei</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Krótkie przerwy</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Długie przerwy</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Raz</translation>
    </message>
    <message>
        <source>On each side, first the</source>
        <translation>Na każdą stronę, najpierw</translation>
    </message>
    <message>
        <source>right</source>
        <translation>prawa</translation>
    </message>
    <message>
        <source>left</source>
        <translation>lewa</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Pierwsza strona</translation>
    </message>
    <message>
        <source>How many times the steps repeat; a break may add more</source>
        <translation>Ile razy powtarzają się kroki; przerwa może dodać więcej</translation>
    </message>
    <message>
        <source>One per line, at least one. e.g. Stop if you feel pain, numbness or dizziness.</source>
        <translation>Jedna w linijce, co najmniej jedna. np. Przerwij, jeśli czujesz ból, drętwienie lub zawroty głowy.</translation>
    </message>
    <message>
        <source>Optional, e.g. from my physiotherapist, May 2025</source>
        <translation>Opcjonalnie, np. od mojej fizjoterapeutki, maj 2025</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Podsumowanie</translation>
    </message>
    <message>
        <source>Body &amp;areas it works</source>
        <translation>&amp;Obszary ciała</translation>
    </message>
    <message>
        <source>&amp;Movement</source>
        <translation>&amp;Ruch</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>Po&amp;zycja</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Wymaga</translation>
    </message>
    <message>
        <source>Use in</source>
        <translation>Używaj w</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>Powtórze&amp;nia</translation>
    </message>
    <message>
        <source>&amp;Cautions</source>
        <translation>&amp;Uwagi</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>S&amp;kąd</translation>
    </message>
    <message>
        <source>nothing chosen</source>
        <extracomment>The labels of each field the editor shows as a choice, by the value a file holds.</extracomment>
        <translation>nic nie wybrano</translation>
    </message>
</context>
<context>
    <name>exercises</name>
    <message>
        <source>No exercise fits a {kind} with the body areas, positions and equipment you chose, so those breaks cannot start. Choose more areas or positions in Settings.</source>
        <extracomment>The translation context of the texts below.</extracomment>
        <translation>Żadne ćwiczenie nie pasuje do rodzaju „{kind}” przy wybranych obszarach ciała, pozycjach i sprzęcie, więc te przerwy nie mogą się zacząć. Wybierz w Ustawieniach więcej obszarów lub pozycji.</translation>
    </message>
    <message>
        <source>Only {count} exercises fit a long break with the body areas, positions and equipment you chose, so long breaks repeat them. Choose more in Settings for more variety.</source>
        <translation>Do długiej przerwy przy wybranych obszarach ciała, pozycjach i sprzęcie pasuje tylko tyle ćwiczeń: {count}, więc długie przerwy je powtarzają. Wybierz w Ustawieniach więcej, by było różnorodniej.</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>An exercise with this name is already there</source>
        <extracomment>Asks what to do with one exercise whose id is taken.</extracomment>
        <translation>Ćwiczenie o tej nazwie już istnieje</translation>
    </message>
    <message>
        <source>one of your own</source>
        <translation>jedno z twoich</translation>
    </message>
    <message>
        <source>a built-in exercise</source>
        <translation>ćwiczenie wbudowane</translation>
    </message>
    <message>
        <source>The pack&apos;s “{0}” has the same id as “{1}”, {2}. What should happen?</source>
        <translation>„{0}” z pakietu ma ten sam identyfikator co „{1}”, {2}. Co zrobić?</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Zachowaj oba</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Zastąp moje</translation>
    </message>
    <message>
        <source>Use the pack&apos;s instead</source>
        <translation>Użyj tego z pakietu</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… i jeszcze {0}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nie zaimportowano</translation>
    </message>
    <message>
        <source>{0} was not imported, and nothing was written:</source>
        <translation>Nie zaimportowano {0} i nic nie zapisano:</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}</source>
        <translation>Nie udało się zapisać w {0}: {1}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <source>{0}: added (&apos;{1}&apos;)</source>
        <extracomment>What happened to each exercise of a pack, in words (`describe`).</extracomment>
        <translation>{0}: dodano („{1}”)</translation>
    </message>
    <message>
        <source>{0}: replaced (&apos;{1}&apos;)</source>
        <translation>{0}: zastąpiono („{1}”)</translation>
    </message>
    <message>
        <source>{0}: you already have one with this id; added as &apos;{1}&apos; ({2})</source>
        <translation>{0}: masz już ćwiczenie o tym identyfikatorze; dodano jako „{1}” ({2})</translation>
    </message>
    <message>
        <source>{0}: already there, unchanged</source>
        <translation>{0}: już jest, bez zmian</translation>
    </message>
    <message>
        <source>{0}: skipped (you already have one with this id)</source>
        <translation>{0}: pominięto (masz już ćwiczenie o tym identyfikatorze)</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>every short folder for the socket ({0} and the next ones) belongs to someone else; set a shorter {1}, or set XDG_RUNTIME_DIR</source>
        <extracomment>Every folder the app keeps is its owner&apos;s alone (the log holds health data).</extracomment>
        <translation>każdy krótki folder na gniazdo ({0} i kolejne) należy do kogoś innego; ustaw krótszy {1} albo ustaw XDG_RUNTIME_DIR</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} nie istnieje</translation>
    </message>
    <message>
        <source>{0} cannot be checked ({1})</source>
        <translation>nie można sprawdzić {0} ({1})</translation>
    </message>
    <message>
        <source>{0} is a link made by user {1}, not by you</source>
        <translation>{0} to dowiązanie utworzone przez użytkownika {1}, nie przez ciebie</translation>
    </message>
    <message>
        <source>{0} cannot be followed ({1})</source>
        <translation>nie można podążyć za {0} ({1})</translation>
    </message>
    <message>
        <source>{0} is not a folder</source>
        <translation>{0} nie jest folderem</translation>
    </message>
    <message>
        <source>{0} belongs to user {1}, not to you</source>
        <translation>{0} należy do użytkownika {1}, nie do ciebie</translation>
    </message>
    <message>
        <source>{0}; move it away (or set {1} to use another folder)</source>
        <translation>{0}; przenieś go gdzie indziej (albo ustaw {1}, by użyć innego folderu)</translation>
    </message>
    <message>
        <source>cannot make {0} private: {1}</source>
        <translation>nie można uczynić {0} prywatnym: {1}</translation>
    </message>
    <message>
        <source>{0} cannot be created because {1} is a file, not a folder; move that file away (or set {2} to use another folder)</source>
        <translation>nie można utworzyć {0}, bo {1} jest plikiem, a nie folderem; przenieś ten plik gdzie indziej (albo ustaw {2}, by użyć innego folderu)</translation>
    </message>
    <message>
        <source>{0} cannot be created: {1}</source>
        <translation>nie można utworzyć {0}: {1}</translation>
    </message>
    <message>
        <source>{0}; commands are not sent through it. Remove it and start postureapp again</source>
        <translation>{0}; polecenia nie są przez niego wysyłane. Usuń go i uruchom postureapp ponownie</translation>
    </message>
</context>
<context>
    <name>pose</name>
    <message>
        <source>From the side</source>
        <translation>Z boku</translation>
    </message>
    <message>
        <source>From the front</source>
        <translation>Z przodu</translation>
    </message>
    <message>
        <source>Three-quarter</source>
        <translation>Trzy czwarte</translation>
    </message>
    <message>
        <source>From above</source>
        <translation>Z góry</translation>
    </message>
    <message>
        <source>Sitting on a chair</source>
        <translation>Na krześle</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Na stojąco</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>Siedząc na podłodze</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>W klęku podpartym</translation>
    </message>
    <message>
        <source>Lying on the back, knees bent</source>
        <translation>Leżąc na plecach, kolana zgięte</translation>
    </message>
    <message>
        <source>Lying on the back, legs long</source>
        <translation>Leżąc na plecach, nogi proste</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Leżąc na brzuchu</translation>
    </message>
    <message>
        <source>Pelvis</source>
        <translation>Miednica</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Dolna część pleców</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Górna część pleców</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Szyja</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Głowa</translation>
    </message>
    <message>
        <source>Right shoulder blade</source>
        <translation>Prawa łopatka</translation>
    </message>
    <message>
        <source>Left shoulder blade</source>
        <translation>Lewa łopatka</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Prawe ramię</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Lewe ramię</translation>
    </message>
    <message>
        <source>Right elbow</source>
        <translation>Prawy łokieć</translation>
    </message>
    <message>
        <source>Left elbow</source>
        <translation>Lewy łokieć</translation>
    </message>
    <message>
        <source>Right wrist</source>
        <translation>Prawy nadgarstek</translation>
    </message>
    <message>
        <source>Left wrist</source>
        <translation>Lewy nadgarstek</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Prawe biodro</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Lewe biodro</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Prawe kolano</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Lewe kolano</translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation>Prawa kostka</translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation>Lewa kostka</translation>
    </message>
    <message>
        <source>Bend forward</source>
        <translation>Pochyl do przodu</translation>
    </message>
    <message>
        <source>Bend</source>
        <translation>Zegnij</translation>
    </message>
    <message>
        <source>Turn to its right</source>
        <translation>Obróć w jej prawo</translation>
    </message>
    <message>
        <source>Shrug up (cm)</source>
        <translation>Unieś (cm)</translation>
    </message>
    <message>
        <source>Forward (cm)</source>
        <translation>Do przodu (cm)</translation>
    </message>
    <message>
        <source>Raise forward</source>
        <translation>Unieś do przodu</translation>
    </message>
    <message>
        <source>Out to the side</source>
        <translation>W bok</translation>
    </message>
    <message>
        <source>Turn outward</source>
        <translation>Obróć na zewnątrz</translation>
    </message>
    <message>
        <source>Point the toes</source>
        <translation>Wyprostuj palce stóp</translation>
    </message>
    <message>
        <source>Tilt forward</source>
        <translation>Przechyl do przodu</translation>
    </message>
    <message>
        <source>Up (cm)</source>
        <translation>W górę (cm)</translation>
    </message>
    <message>
        <source>Lean to its right</source>
        <extracomment>Where the words differ for one joint.</extracomment>
        <translation>Pochyl w jej prawo</translation>
    </message>
    <message>
        <source>Tilt to its right</source>
        <translation>Przechyl w jej prawo</translation>
    </message>
    <message>
        <source>Nod</source>
        <translation>Skiń głową</translation>
    </message>
    <message>
        <source>Lift the thigh</source>
        <translation>Unieś udo</translation>
    </message>
    <message>
        <source>Bend back</source>
        <translation>Odegnij do tyłu</translation>
    </message>
    <message>
        <source>Hitch to its right</source>
        <translation>Unieś w jej prawo</translation>
    </message>
    <message>
        <source>Chair</source>
        <extracomment>A prop&apos;s tick box.</extracomment>
        <translation>Krzesło</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Podłoga</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Mata</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Ściana</translation>
    </message>
    <message>
        <source>Towel roll</source>
        <translation>Zwinięty ręcznik</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Wałek piankowy</translation>
    </message>
    <message>
        <source>head</source>
        <extracomment>A point an arrow can follow.</extracomment>
        <translation>głowa</translation>
    </message>
    <message>
        <source>nose</source>
        <translation>nos</translation>
    </message>
    <message>
        <source>chin</source>
        <translation>broda</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>klatka piersiowa</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>górna część pleców</translation>
    </message>
    <message>
        <source>waist</source>
        <translation>talia</translation>
    </message>
    <message>
        <source>pelvis</source>
        <translation>miednica</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>barki</translation>
    </message>
    <message>
        <source>right shoulder</source>
        <translation>prawy bark</translation>
    </message>
    <message>
        <source>left shoulder</source>
        <translation>lewy bark</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>dłonie</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>prawa dłoń</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>lewa dłoń</translation>
    </message>
    <message>
        <source>elbows</source>
        <translation>łokcie</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>prawy łokieć</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>lewy łokieć</translation>
    </message>
    <message>
        <source>knees</source>
        <translation>kolana</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>prawe kolano</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>lewe kolano</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>stopy</translation>
    </message>
    <message>
        <source>right toe</source>
        <translation>palce prawej stopy</translation>
    </message>
    <message>
        <source>left toe</source>
        <translation>palce lewej stopy</translation>
    </message>
    <message>
        <source>right ankle</source>
        <translation>prawa kostka</translation>
    </message>
    <message>
        <source>left ankle</source>
        <translation>lewa kostka</translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>head forward and down</source>
        <extracomment>The fewest clear measurements a calibration needs (of the few taken over a few seconds). Measurements in one calibration may differ this much (head height, in shoulder widths) and still be one posture; the model&apos;s own noise on one picture is about 0.024. The shoulder line may lean this many degrees more than at calibration before it counts. The translation context of the texts below.</extracomment>
        <translation>głowa do przodu i w dół</translation>
    </message>
    <message>
        <source>rounded shoulders</source>
        <translation>zaokrąglone barki</translation>
    </message>
    <message>
        <source>leaning to one side</source>
        <translation>przechylenie na bok</translation>
    </message>
    <message>
        <source>Your head and both shoulders were not clearly in view. Sit facing the camera with your shoulders in the picture, in good light, and try again.</source>
        <translation>Głowa i oba barki nie były dobrze widoczne. Usiądź przodem do kamery z barkami w kadrze, przy dobrym świetle, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>You moved while it measured. Sit tall and still for a few seconds, then try again.</source>
        <translation>Poruszyłeś się podczas pomiaru. Usiądź prosto i nieruchomo na kilka sekund, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Your ears were not above your shoulders. Sit tall, facing the camera, and try again.</source>
        <translation>Uszy nie były nad barkami. Usiądź prosto, przodem do kamery, i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>a file</source>
        <extracomment>What a pack file is called, so the file dialogs and the desktop can tell one.</extracomment>
        <translation>plik</translation>
    </message>
    <message>
        <source>a pack of at most {0} bytes</source>
        <translation>pakiet o rozmiarze najwyżej {0} bajtów</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} bajtów</translation>
    </message>
    <message>
        <source>a pack (a zip file)</source>
        <translation>pakiet (plik zip)</translation>
    </message>
    <message>
        <source>at most {0} files</source>
        <translation>najwyżej {0} plików</translation>
    </message>
    <message>
        <source>{0} files</source>
        <translation>{0} plików</translation>
    </message>
    <message>
        <source>{0} or a plain file name inside {1}/</source>
        <translation>{0} lub zwykła nazwa pliku w {1}/</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>inna ścieżka</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>dowiązanie symboliczne</translation>
    </message>
    <message>
        <source>an encrypted file</source>
        <translation>zaszyfrowany plik</translation>
    </message>
    <message>
        <source>each name once</source>
        <translation>każda nazwa raz</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dwukrotnie</translation>
    </message>
    <message>
        <source>at most {0} bytes in all</source>
        <translation>łącznie najwyżej {0} bajtów</translation>
    </message>
    <message>
        <source>more</source>
        <translation>więcej</translation>
    </message>
    <message>
        <source>a manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>a TOML manifest</source>
        <translation>manifest TOML</translation>
    </message>
    <message>
        <source>another</source>
        <translation>inny</translation>
    </message>
    <message>
        <source>version {0} or older (this postureapp is too old for a newer one)</source>
        <translation>wersja {0} lub starsza (ten postureapp jest za stary na nowszą)</translation>
    </message>
    <message>
        <source>a list of 1 to {0} exercise ids</source>
        <translation>lista od 1 do {0} identyfikatorów ćwiczeń</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>an exercise the manifest names</source>
        <translation>ćwiczenie wymienione w manifeście</translation>
    </message>
    <message>
        <source>not</source>
        <translation>niewymienione</translation>
    </message>
    <message>
        <source>the name of a {0} file</source>
        <translation>nazwa pliku {0}</translation>
    </message>
    <message>
        <source>a file name relative to the illustration folder</source>
        <translation>nazwa pliku względem folderu ilustracji</translation>
    </message>
    <message>
        <source>a {0} file</source>
        <translation>plik {0}</translation>
    </message>
    <message>
        <source>a file inside {0}</source>
        <translation>plik wewnątrz {0}</translation>
    </message>
    <message>
        <source>a link to {0}</source>
        <translation>dowiązanie do {0}</translation>
    </message>
    <message>
        <source>a picture of at most {0} bytes</source>
        <translation>obraz o rozmiarze najwyżej {0} bajtów</translation>
    </message>
    <message>
        <source>an existing file in {0}</source>
        <translation>istniejący plik w {0}</translation>
    </message>
    <message>
        <source>no file named {0}</source>
        <translation>brak pliku o nazwie {0}</translation>
    </message>
    <message>
        <source>a [[steps]] table</source>
        <translation>tabela [[steps]]</translation>
    </message>
    <message>
        <source>an exercise file</source>
        <translation>plik ćwiczenia</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>brak takiego pliku</translation>
    </message>
    <message>
        <source>lowercase letters, digits and hyphens</source>
        <translation>małe litery, cyfry i łączniki</translation>
    </message>
    <message>
        <source>the file name without .toml (&apos;{0}&apos;)</source>
        <translation>nazwa pliku bez .toml (&apos;{0}&apos;)</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for a floor exercise</source>
        <translation>tylko &quot;long&quot; dla ćwiczenia na podłodze</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for an exercise that needs equipment</source>
        <translation>tylko &quot;long&quot; dla ćwiczenia wymagającego sprzętu</translation>
    </message>
    <message>
        <source>{0} to {1} [[steps]] tables</source>
        <translation>od {0} do {1} tabel [[steps]]</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} kroków</translation>
    </message>
    <message>
        <source>the folder of built-in exercises</source>
        <translation>folder wbudowanych ćwiczeń</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>brak takiego folderu</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings of at most {1} characters, in the order of the English</source>
        <extracomment>A language as catalogues name it: de, pt_BR, zh_TW.</extracomment>
        <translation>lista {0} niepustych tekstów o długości najwyżej {1} znaków, w kolejności angielskiej</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings, in the order of the English</source>
        <translation>lista {0} niepustych tekstów, w kolejności angielskiej</translation>
    </message>
    <message>
        <source>a table of languages like [translations.de]</source>
        <translation>tabela języków, np. [translations.de]</translation>
    </message>
    <message>
        <source>a language like de or pt_BR</source>
        <translation>język, np. de lub pt_BR</translation>
    </message>
    <message>
        <source>a table of title, summary, cautions and steps</source>
        <translation>tabela z title, summary, cautions i steps</translation>
    </message>
    <message>
        <source>a table such as {0}</source>
        <translation>tabela, np. {0}</translation>
    </message>
    <message>
        <source>a table of angles such as {0}</source>
        <translation>tabela kątów, np. {0}</translation>
    </message>
    <message>
        <source>a [steps.pose] table</source>
        <translation>tabela [steps.pose]</translation>
    </message>
    <message>
        <source>a known key (did you mean &apos;{0}&apos;?)</source>
        <extracomment>The translation context of every problem&apos;s words (core marks them, the view translates them). Words a problem is made of: English as it is, or a Phrase translated where it is shown.</extracomment>
        <translation>znany klucz (czy chodziło o &apos;{0}&apos;?)</translation>
    </message>
    <message>
        <source>one of the keys {0}</source>
        <translation>jeden z kluczy {0}</translation>
    </message>
    <message>
        <source>unknown key &apos;{0}&apos;</source>
        <translation>nieznany klucz &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>jedna z wartości {0}</translation>
    </message>
    <message>
        <source>a list of any of {0} (no repeats)</source>
        <translation>lista dowolnych z {0} (bez powtórzeń)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; twice</source>
        <translation>&apos;{0}&apos; dwukrotnie</translation>
    </message>
    <message>
        <source>{0} characters</source>
        <translation>{0} znaków</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} elementów</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <source>a number from {0} to {1}</source>
        <translation>liczba od {0} do {1}</translation>
    </message>
    <message>
        <source>a file of at most {0} bytes</source>
        <translation>plik o rozmiarze najwyżej {0} bajtów</translation>
    </message>
    <message>
        <source>a bigger file</source>
        <translation>większy plik</translation>
    </message>
    <message>
        <source>a readable file</source>
        <translation>plik, który da się odczytać</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>tekst UTF-8</translation>
    </message>
    <message>
        <source>byte {0} at offset {1}</source>
        <translation>bajt {0} na pozycji {1}</translation>
    </message>
    <message>
        <source>a syntax error ({0})</source>
        <translation>błąd składni ({0})</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} lub {1}</translation>
    </message>
    <message>
        <source>nothing (the field is missing)</source>
        <translation>nic (brak pola)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>tabela</translation>
    </message>
    <message>
        <source>expected {0}, found {1}</source>
        <translation>oczekiwano: {0}; znaleziono: {1}</translation>
    </message>
    <message>
        <source>text of 1 to {0} characters</source>
        <translation>tekst od 1 do {0} znaków</translation>
    </message>
    <message>
        <source>a list of at least one of {0} (no repeats)</source>
        <translation>lista co najmniej jednego z {0} (bez powtórzeń)</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>pusta lista</translation>
    </message>
    <message>
        <source>a list of {0} to {1} non-empty strings</source>
        <translation>lista od {0} do {1} niepustych tekstów</translation>
    </message>
    <message>
        <source>a list of any number of non-empty strings</source>
        <translation>lista dowolnej liczby niepustych tekstów</translation>
    </message>
    <message>
        <source>an integer from {0} to {1}</source>
        <translation>liczba całkowita od {0} do {1}</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00</source>
        <translation>czas w formacie ISO 8601 z przesunięciem UTC, np. 2024-05-10T09:30:00+02:00</translation>
    </message>
    <message>
        <source>tables and lists nested at most {0} deep</source>
        <extracomment>Files people write by hand are small; anything bigger is not one of ours. Tables and arrays nested deeper than this are not something a person wrote on purpose.</extracomment>
        <translation>tabele i listy zagnieżdżone najwyżej na {0} poziomów</translation>
    </message>
    <message>
        <source>deeper nesting</source>
        <extracomment>Reading stops after this many problems: the file is refused either way.</extracomment>
        <translation>głębsze zagnieżdżenie</translation>
    </message>
    <message>
        <source>valid TOML</source>
        <translation>poprawny TOML</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <extracomment>The app&apos;s own small JSON files (the schedule, the safety state).</extracomment>
        <translation>poprawny JSON</translation>
    </message>
    <message>
        <source>a list of exercise ids</source>
        <extracomment>What an export holds: breaks, check-ins and (JSON only) each day&apos;s posture figures. A CSV line longer than this is not an export (a row is a few hundred characters). One JSON record (a break) longer than this is not an export either. A CSV cell; the csv module&apos;s own default limit, named so that it is a decision.</extracomment>
        <translation>lista identyfikatorów ćwiczeń</translation>
    </message>
    <message>
        <source>exercise ids without spaces, separated by commas</source>
        <translation>identyfikatory ćwiczeń bez spacji, rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation>całkowita liczba sekund, 0 lub więcej</translation>
    </message>
    <message>
        <source>a longer line</source>
        <translation>dłuższy wiersz</translation>
    </message>
    <message>
        <source>a header line naming the columns</source>
        <translation>wiersz nagłówka z nazwami kolumn</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>pusty plik</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>klucz w cudzysłowie podwójnym</translation>
    </message>
    <message>
        <source>the end of the file after the object</source>
        <translation>koniec pliku po obiekcie</translation>
    </message>
    <message>
        <source>no &apos;breaks&apos; list</source>
        <translation>brak listy &apos;breaks&apos;</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>obiekt</translation>
    </message>
    <message>
        <source>JSON nested a few levels deep</source>
        <translation>JSON zagnieżdżony na kilka poziomów</translation>
    </message>
    <message>
        <source>deeper</source>
        <translation>głębszy</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <extracomment>How many problems the message lists; the rest are counted.</extracomment>
        <translation>… i jeszcze {0}</translation>
    </message>
    <message>
        <source>(reading stopped after {0} problems)</source>
        <translation>(czytanie przerwane po {0} problemach)</translation>
    </message>
    <message>
        <source>{0}: cannot import, nothing was added:</source>
        <translation>{0}: nie można zaimportować, nic nie dodano:</translation>
    </message>
    <message>
        <source>missing column {0}</source>
        <translation>brakująca kolumna {0}</translation>
    </message>
    <message>
        <source>unknown column {0}</source>
        <translation>nieznana kolumna {0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>{0} (expected {1}; id is optional)</source>
        <translation>{0} (oczekiwano: {1}; id jest opcjonalne)</translation>
    </message>
    <message>
        <source>a line of at most {0} characters</source>
        <translation>wiersz o długości najwyżej {0} znaków</translation>
    </message>
    <message>
        <source>a cell of at most {0} characters</source>
        <translation>komórka o długości najwyżej {0} znaków</translation>
    </message>
    <message>
        <source>a value of at most {0} characters</source>
        <translation>wartość o długości najwyżej {0} znaków</translation>
    </message>
    <message>
        <source>a longer one</source>
        <translation>dłuższy</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>koniec pliku</translation>
    </message>
    <message>
        <source>JSON nested no deeper than an export</source>
        <translation>JSON zagnieżdżony nie głębiej niż eksport</translation>
    </message>
    <message>
        <source>a JSON object with a &apos;breaks&apos; list, as export writes it</source>
        <translation>obiekt JSON z listą &apos;breaks&apos;, taki, jaki zapisuje eksport</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>lista {0}</translation>
    </message>
    <message>
        <source>&apos;:&apos; after a key</source>
        <translation>&apos;:&apos; po kluczu</translation>
    </message>
    <message>
        <source>{0} in the list of {1}</source>
        <translation>{0} w liście {1}</translation>
    </message>
    <message>
        <source>1 to {0} (a newer version needs a newer postureapp)</source>
        <translation>od 1 do {0} (nowsza wersja wymaga nowszego postureapp)</translation>
    </message>
    <message>
        <source>{0} cells</source>
        <translation>komórki: {0}</translation>
    </message>
    <message>
        <source>byte {0}</source>
        <translation>bajt {0}</translation>
    </message>
    <message>
        <source>a time not before {0} ({1})</source>
        <translation>czas nie wcześniejszy niż {0} ({1})</translation>
    </message>
    <message>
        <source>32 lowercase hex digits</source>
        <translation>32 cyfry szesnastkowe małymi literami</translation>
    </message>
    <message>
        <source>a JSON object with format {0}</source>
        <extracomment>A few months of breaks that could not be written; a bigger file is not ours.</extracomment>
        <translation>obiekt JSON z format {0}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <extracomment>The ordinary answers to &quot;how does your upper back feel&quot; (not a warning sign). This many check-in days in a row answered &apos;worse&apos; pause the exercises. Breaks count as regular when at least REGULAR_DAYS of the last REGULAR_WINDOW_DAYS had one. Check-ins looked at for the stiffness trend, and how far apart the first and last must be. How many rated check-ins are averaged at each end of the trend. An average below this counts as only a little stiffness: not a reason to send anyone anywhere. A professional is suggested at most once in this long.</extracomment>
        <translation>obiekt JSON</translation>
    </message>
    <message>
        <source>could not be moved aside ({0})</source>
        <translation>nie udało się go odłożyć na bok ({0})</translation>
    </message>
    <message>
        <source>kept as {0}; the good values are still in use</source>
        <translation>zachowany jako {0}; poprawne wartości nadal obowiązują</translation>
    </message>
    <message>
        <source>cannot be read ({0}); the defaults are in use</source>
        <translation>nie można go odczytać ({0}); obowiązują wartości domyślne</translation>
    </message>
    <message>
        <source>is not valid TOML ({0})</source>
        <translation>nie jest poprawnym TOML ({0})</translation>
    </message>
    <message>
        <source>is not UTF-8 text ({0})</source>
        <translation>nie jest tekstem UTF-8 ({0})</translation>
    </message>
    <message>
        <source>cannot be used as a settings file ({0})</source>
        <translation>nie może służyć jako plik ustawień ({0})</translation>
    </message>
    <message>
        <source>{0} and could not be moved aside ({1}); the defaults are in use and the file will not be changed</source>
        <translation>{0} i nie udało się go odłożyć na bok ({1}); obowiązują wartości domyślne, a plik nie zostanie zmieniony</translation>
    </message>
    <message>
        <source>{0}; it was moved to {1} and the defaults are in use</source>
        <translation>{0}; przeniesiono go do {1} i obowiązują wartości domyślne</translation>
    </message>
    <message>
        <source>must be a whole number (this version writes {0}), got {1}; the file is read as version {0}</source>
        <translation>musi być liczbą całkowitą (ta wersja zapisuje {0}), znaleziono: {1}; plik jest czytany jako wersja {0}</translation>
    </message>
    <message>
        <source>the file was written by a newer postureapp (schema {0}; this one knows {1}): it is read as far as understood and will not be changed</source>
        <translation>plik zapisał nowszy postureapp (schemat {0}; ten zna {1}): jest czytany w zakresie, w jakim jest zrozumiały, i nie zostanie zmieniony</translation>
    </message>
    <message>
        <source>{0}; the default {1} is used instead</source>
        <translation>{0}; zamiast tego obowiązuje wartość domyślna {1}</translation>
    </message>
    <message>
        <source>must be a section [{0}], got {1}; it is ignored</source>
        <translation>musi być sekcją [{0}], znaleziono: {1}; jest pomijane</translation>
    </message>
    <message>
        <source>text of at most {0} characters, or nothing</source>
        <extracomment>A note longer than this is not one a user typed into a check-in.</extracomment>
        <translation>tekst o długości najwyżej {0} znaków lub nic</translation>
    </message>
    <message>
        <source>a whole number from 0 to 10, or nothing</source>
        <translation>liczba całkowita od 0 do 10 lub nic</translation>
    </message>
    <message>
        <source>a line that is not key = value, a [table] or a comment</source>
        <extracomment>tomllib&apos;s messages (Python 3.11 to 3.13), each with what it means to the person who wrote the file; a group in the pattern fills the phrase&apos;s place.</extracomment>
        <translation>wiersz, który nie jest ani klucz = wartość, ani [tabelą], ani komentarzem</translation>
    </message>
    <message>
        <source>more after a value on the same line</source>
        <translation>coś jeszcze po wartości w tym samym wierszu</translation>
    </message>
    <message>
        <source>a key without &apos;=&apos; after it</source>
        <translation>klucz bez &apos;=&apos; po nim</translation>
    </message>
    <message>
        <source>a key that starts with a character keys cannot start with</source>
        <translation>klucz zaczynający się od znaku, od którego klucze nie mogą się zaczynać</translation>
    </message>
    <message>
        <source>a value of no known kind (text needs quotes)</source>
        <translation>wartość nieznanego rodzaju (tekst musi być w cudzysłowie)</translation>
    </message>
    <message>
        <source>text without its closing quote</source>
        <translation>tekst bez zamykającego cudzysłowu</translation>
    </message>
    <message>
        <source>a list without its closing &apos;]&apos;</source>
        <translation>lista bez zamykającego &apos;]&apos;</translation>
    </message>
    <message>
        <source>an inline table without its closing brace</source>
        <translation>tabela w wierszu bez zamykającego nawiasu klamrowego</translation>
    </message>
    <message>
        <source>a [table] name without its closing &apos;]&apos;</source>
        <translation>nazwa [tabeli] bez zamykającego &apos;]&apos;</translation>
    </message>
    <message>
        <source>a [[table]] name without its closing &apos;]]&apos;</source>
        <translation>nazwa [[tabeli]] bez zamykającego &apos;]]&apos;</translation>
    </message>
    <message>
        <source>a key given a value twice</source>
        <translation>klucz, któremu dwa razy nadano wartość</translation>
    </message>
    <message>
        <source>the table {0} declared twice</source>
        <translation>tabela {0} zadeklarowana dwa razy</translation>
    </message>
    <message>
        <source>{0} defined a second time</source>
        <translation>{0} zdefiniowane po raz drugi</translation>
    </message>
    <message>
        <source>the key {0} twice in an inline table</source>
        <translation>klucz {0} dwa razy w tabeli w wierszu</translation>
    </message>
    <message>
        <source>a &apos;\&apos; in text that starts no known escape</source>
        <translation>&apos;\&apos; w tekście, od którego nie zaczyna się żadna znana sekwencja ucieczki</translation>
    </message>
    <message>
        <source>an escape with wrong hexadecimal digits</source>
        <translation>sekwencja ucieczki z błędnymi cyframi szesnastkowymi</translation>
    </message>
    <message>
        <source>an escape that is no Unicode character</source>
        <translation>sekwencja ucieczki, która nie jest znakiem Unicode</translation>
    </message>
    <message>
        <source>the character {0}, which text cannot hold</source>
        <translation>znak {0}, którego tekst nie może zawierać</translation>
    </message>
    <message>
        <source>the character {0} where it does not belong</source>
        <translation>znak {0} w miejscu, w którym nie powinien być</translation>
    </message>
    <message>
        <source>a date or time that does not exist</source>
        <translation>data lub godzina, która nie istnieje</translation>
    </message>
    <message>
        <source>no {0} where one was needed</source>
        <translation>brak {0} tam, gdzie był potrzebny</translation>
    </message>
    <message>
        <source>no value where one was needed</source>
        <extracomment>The json module&apos;s messages.</extracomment>
        <translation>brak wartości tam, gdzie była potrzebna</translation>
    </message>
    <message>
        <source>a key not in double quotes</source>
        <translation>klucz bez cudzysłowu podwójnego</translation>
    </message>
    <message>
        <source>a key without &apos;:&apos; after it</source>
        <translation>klucz bez &apos;:&apos; po nim</translation>
    </message>
    <message>
        <source>a missing &apos;,&apos; between two values</source>
        <translation>brak &apos;,&apos; między dwiema wartościami</translation>
    </message>
    <message>
        <source>a control character (such as a line break) inside text</source>
        <translation>znak sterujący (np. koniec wiersza) wewnątrz tekstu</translation>
    </message>
    <message>
        <source>a &apos;,&apos; after the last value</source>
        <translation>&apos;,&apos; po ostatniej wartości</translation>
    </message>
    <message>
        <source>more after the end of the document</source>
        <translation>coś jeszcze po końcu dokumentu</translation>
    </message>
    <message>
        <source>not a zip file</source>
        <translation>to nie jest plik zip</translation>
    </message>
    <message>
        <source>a compression method this app cannot read</source>
        <translation>metoda kompresji, której ta aplikacja nie umie odczytać</translation>
    </message>
    <message>
        <source>a damaged zip file</source>
        <translation>uszkodzony plik zip</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>nie istnieje</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>to jest folder</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>część ścieżki nie jest folderem</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>już istnieje</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>limit miejsca na dysku został wyczerpany</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>nie udało się odczytać ani zapisać dysku</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>nazwa jest za długa</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>zbyt wiele dowiązań symbolicznych</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>otwartych jest zbyt wiele plików</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>jest w użyciu</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>folder nie jest pusty</translation>
    </message>
    <message>
        <source>the system refused ({0})</source>
        <translation>system odmówił ({0})</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>nie można odczytać: {0}</translation>
    </message>
    <message>
        <source>{0} (line {1}, column {2})</source>
        <translation>{0} (wiersz {1}, kolumna {2})</translation>
    </message>
    <message>
        <source>another program is using it; try again in a moment</source>
        <extracomment>SQLite&apos;s messages (the break log), and what they mean to the user.</extracomment>
        <translation>używa go inny program; spróbuj ponownie za chwilę</translation>
    </message>
    <message>
        <source>it can be read but not written</source>
        <translation>można go odczytać, ale nie zapisać</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>nie można go otworzyć</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>to nie jest baza danych</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>jest uszkodzony</translation>
    </message>
    <message>
        <source>a database error ({0})</source>
        <translation>błąd bazy danych ({0})</translation>
    </message>
    <message>
        <source>{0}: the log has schema version {1}, newer than this version of the app understands ({2}); please update the app</source>
        <extracomment>Why the log cannot be opened by this app (the &quot;problems&quot; context translates them).</extracomment>
        <translation>{0}: dziennik przerw ma wersję schematu {1}, nowszą niż rozumie ta wersja aplikacji ({2}); zaktualizuj aplikację</translation>
    </message>
    <message>
        <source>{0}: upgrading the log to version {1} failed ({2}); nothing was changed</source>
        <translation>{0}: aktualizacja dziennika przerw do wersji {1} nie powiodła się ({2}); nic nie zostało zmienione</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Stand up and move</source>
        <translation>Wstań i rusz się</translation>
    </message>
    <message>
        <source>Emergency: stop and get emergency care now (call your local emergency number or go to an emergency department) if you have:</source>
        <extracomment>Each urgency&apos;s heading: what to do, then the signs it covers.</extracomment>
        <translation>Nagły wypadek: przerwij i natychmiast szukaj pomocy w nagłych wypadkach (zadzwoń pod lokalny numer alarmowy albo jedź na szpitalny oddział ratunkowy), jeśli masz:</translation>
    </message>
    <message>
        <source>Stop the exercises and see a doctor without delay if you have:</source>
        <translation>Przerwij ćwiczenia i bez zwłoki idź do lekarza, jeśli masz:</translation>
    </message>
    <message>
        <source>Stop the exercises and have a doctor or physical therapist check it if you have:</source>
        <translation>Przerwij ćwiczenia i daj to sprawdzić lekarzowi lub fizjoterapeucie, jeśli masz:</translation>
    </message>
    <message>
        <source>A sudden, severe headache, dizziness or a spinning feeling, or trouble seeing, after moving your neck or after a fall or another injury.</source>
        <extracomment>The emergency line&apos;s heading (the words every list of signs shows first).</extracomment>
        <translation>Nagły, silny ból głowy, zawroty głowy lub uczucie wirowania albo kłopoty ze wzrokiem po ruchu szyją albo po upadku lub innym urazie.</translation>
    </message>
    <message>
        <source>Pain that spreads from your neck or upper back into an arm or a hand.</source>
        <translation>Ból, który promieniuje z szyi lub górnej części pleców do ręki lub dłoni.</translation>
    </message>
    <message>
        <source>New numbness, pins and needles that do not go away, or weakness in your arms or hands.</source>
        <translation>Nowe drętwienie, mrowienie, które nie mija, albo osłabienie rąk lub dłoni.</translation>
    </message>
    <message>
        <source>Neck or back pain together with a fever, chills, or weight loss you cannot explain.</source>
        <translation>Ból szyi lub pleców razem z gorączką, dreszczami albo spadkiem wagi, którego nie umiesz wyjaśnić.</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness that runs down your legs.</source>
        <translation>Drętwienie, mrowienie lub osłabienie, które schodzi w dół nóg.</translation>
    </message>
    <message>
        <source>Any new trouble controlling your bowel or bladder.</source>
        <translation>Każdy nowy kłopot z kontrolowaniem jelit lub pęcherza.</translation>
    </message>
    <message>
        <source>Sharp or shooting pain, or pain that keeps getting worse, for example when you move or after sitting for a long time.</source>
        <translation>Ostry lub przeszywający ból albo ból, który ciągle się nasila, na przykład przy ruchu lub po długim siedzeniu.</translation>
    </message>
    <message>
        <source>Check with a doctor or physical therapist before you start if you have:</source>
        <translation>Zanim zaczniesz, porozmawiaj z lekarzem lub fizjoterapeutą, jeśli masz:</translation>
    </message>
    <message>
        <source>Osteoporosis or another condition of the bones.</source>
        <translation>Osteoporozę lub inną chorobę kości.</translation>
    </message>
    <message>
        <source>A herniated (slipped) disc or another problem with your spine.</source>
        <translation>Przepuklinę krążka międzykręgowego (dyskopatię) lub inny problem z kręgosłupem.</translation>
    </message>
    <message>
        <source>Arthritis.</source>
        <translation>Zapalenie stawów lub chorobę zwyrodnieniową stawów.</translation>
    </message>
    <message>
        <source>Welcome to postureapp</source>
        <extracomment>The translation context of every text in this module.</extracomment>
        <translation>Witaj w postureapp</translation>
    </message>
    <message>
        <source>About postureapp and your safety</source>
        <translation>O postureapp i twoim bezpieczeństwie</translation>
    </message>
    <message>
        <source>postureapp reminds you to take a short break at the intervals you choose and guides you through gentle movements for the upper back, neck and shoulders. Every break is logged, so you can look back and see how you are getting on.</source>
        <translation>postureapp przypomina ci o krótkiej przerwie w wybranych przez ciebie odstępach i prowadzi cię przez łagodne ruchy dla górnej części pleców, szyi i barków. Każda przerwa jest zapisywana, więc możesz spojrzeć wstecz i zobaczyć, jak ci idzie.</translation>
    </message>
    <message>
        <source>postureapp is not medical advice. It cannot tell what is behind your stiffness or pain, and it does not replace a doctor or a physical therapist.</source>
        <translation>postureapp nie jest poradą medyczną. Nie potrafi ocenić, co stoi za twoją sztywnością lub bólem, i nie zastępuje lekarza ani fizjoterapeuty.</translation>
    </message>
    <message>
        <source>Move slowly and stay within what feels comfortable. If a movement hurts, stop it; you can always skip the rest of a break.</source>
        <translation>Ruszaj się powoli i zostań w zakresie, który jest wygodny. Jeśli ruch boli, przerwij go; zawsze możesz pominąć resztę przerwy.</translation>
    </message>
    <message>
        <source>If your stiffness has not eased after two to six weeks of gentle, regular movement, show it to a physical therapist.</source>
        <translation>Jeśli twoja sztywność nie zmniejszyła się po dwóch do sześciu tygodniach łagodnego, regularnego ruchu, pokaż ją fizjoterapeucie.</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>O strzelaniu w stawach</translation>
    </message>
    <message>
        <source>The pop you sometimes hear from your back or neck is gas leaving the fluid that bathes the joint, much like cracking your knuckles. Nothing slips back into place when it happens.</source>
        <translation>Strzelanie, które czasem słyszysz w plecach lub szyi, to gaz uchodzący z płynu wypełniającego staw, podobnie jak przy strzelaniu palcami. Nic przy tym nie wskakuje na swoje miejsce.</translation>
    </message>
    <message>
        <source>So a pop is not a fix. Any relief it brings tends to fade, and the joint needs a while, often around twenty minutes, before it can pop again.</source>
        <translation>Strzyknięcie to więc nie naprawa. Ulga, którą daje, zwykle mija, a staw potrzebuje chwili, często około dwudziestu minut, zanim znów może strzelić.</translation>
    </message>
    <message>
        <source>Forcing a crack, by twisting hard, jerking, or levering against a towel or a wall, can strain muscles and ligaments or irritate a nerve. The neck is the riskiest place to try: the arteries that feed the brain run through it, and a rough twist can, rarely, damage one.</source>
        <translation>Wymuszanie strzelania, przez mocne skręcanie, szarpanie albo podważanie o ręcznik lub ścianę, może nadwyrężyć mięśnie i więzadła albo podrażnić nerw. Najbardziej ryzykowna jest szyja: biegną przez nią tętnice zaopatrujące mózg, a gwałtowny skręt może, rzadko, uszkodzić jedną z nich.</translation>
    </message>
    <message>
        <source>Gentle, regular movement is the better habit. It loosens stiff joints without force, and none of the exercises in postureapp ask you to aim for a pop.</source>
        <translation>Łagodny, regularny ruch to lepszy nawyk. Rozluźnia sztywne stawy bez użycia siły, a żadne z ćwiczeń w postureapp nie każe ci dążyć do strzyknięcia.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused</source>
        <translation>Przerwy z ćwiczeniami są wstrzymane</translation>
    </message>
    <message>
        <source>You told postureapp that something is wrong beyond ordinary stiffness.</source>
        <translation>Powiedziałeś(-aś) postureapp, że coś jest nie tak, poza zwykłą sztywnością.</translation>
    </message>
    <message>
        <source>Your upper back has felt worse on three check-in days in a row.</source>
        <translation>Górna część twoich pleców czuła się gorzej przez trzy kolejne dni z pytaniem.</translation>
    </message>
    <message>
        <source>This can be a sign that something other than ordinary stiffness is going on. Only a clinician can tell, so please have a doctor or a physical therapist look at it.</source>
        <translation>To może być znak, że dzieje się coś innego niż zwykła sztywność. Ocenić to może tylko specjalista, więc pokaż to lekarzowi lub fizjoterapeucie.</translation>
    </message>
    <message>
        <source>Until then the exercise breaks are paused. postureapp can still remind you now and then to stand up and walk about.</source>
        <translation>Do tego czasu przerwy z ćwiczeniami są wstrzymane. postureapp może nadal co jakiś czas przypominać ci, żeby wstać i się przejść.</translation>
    </message>
    <message>
        <source>Time to stand up, walk about and rest your eyes until the countdown ends.</source>
        <translation>Czas wstać, przejść się i dać odpocząć oczom, aż odliczanie się skończy.</translation>
    </message>
    <message>
        <source>Worth a visit to a physical therapist</source>
        <translation>Warto pójść do fizjoterapeuty</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and your stiffness ratings have not come down.</source>
        <translation>Robiłeś(-aś) przerwy przez większość dni przez dwa tygodnie lub dłużej, a twoje oceny sztywności nie spadły.</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and none of your check-ins in that time said &apos;better&apos;.</source>
        <translation>Robiłeś(-aś) przerwy przez większość dni przez dwa tygodnie lub dłużej, a żadna twoja odpowiedź w tym czasie nie brzmiała „lepiej”.</translation>
    </message>
    <message>
        <source>Stiffness that stays despite weeks of gentle, regular movement is worth showing to a physical therapist, who can find out what is behind it and what would help. You can keep using postureapp in the meantime.</source>
        <translation>Sztywność, która zostaje mimo tygodni łagodnego, regularnego ruchu, warto pokazać fizjoterapeucie, który może ustalić, co za nią stoi i co by pomogło. W międzyczasie możesz dalej korzystać z postureapp.</translation>
    </message>
    <message>
        <source>You stopped because it hurt</source>
        <translation>Przerwałeś(-aś), bo bolało</translation>
    </message>
    <message>
        <source>Stopping was the right thing to do. Rest now, and leave out the movement that hurt.</source>
        <translation>Przerwanie było słuszne. Odpocznij teraz i pomiń ruch, który bolał.</translation>
    </message>
    <message>
        <source>If the pain stays or gets worse, have a physical therapist or a doctor look at it.</source>
        <translation>Jeśli ból nie mija albo się nasila, daj to obejrzeć fizjoterapeucie lub lekarzowi.</translation>
    </message>
    <message>
        <source>You can pause the exercise breaks until then. postureapp will only remind you now and then to stand up and walk about.</source>
        <translation>Możesz do tego czasu wstrzymać przerwy z ćwiczeniami. postureapp będzie wtedy tylko co jakiś czas przypominać ci, żeby wstać i się przejść.</translation>
    </message>
    <message>
        <source>You stopped a break because a movement hurt.</source>
        <translation>Przerwałeś(-aś) przerwę, bo ruch bolał.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety. Breaks only remind you to stand up and move.</source>
        <translation>Przerwy z ćwiczeniami są wstrzymane dla twojego bezpieczeństwa. Przerwy tylko przypominają, żeby wstać i się ruszyć.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>a list of calendars like {0} (kind file, url or caldav; user for caldav)</source>
        <translation>lista kalendarzy jak {0} (kind file, url lub caldav; user dla caldav)</translation>
    </message>
    <message>
        <source>must be {0}</source>
        <translation>musi być {0}</translation>
    </message>
    <message>
        <source>unknown setting (did you mean {0}?)</source>
        <translation>nieznane ustawienie (czy chodziło o {0}?)</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>nieznane ustawienie</translation>
    </message>
    <message>
        <source>Work between breaks</source>
        <translation>Praca między przerwami</translation>
    </message>
    <message>
        <source>Minutes of work between one break and the next.</source>
        <translation>Minuty pracy między jedną przerwą a następną.</translation>
    </message>
    <message>
        <source>Short break length</source>
        <translation>Długość krótkiej przerwy</translation>
    </message>
    <message>
        <source>How long a short break lasts. Its exercise is repeated or held longer to fit, and every step leaves time to read it; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Jak długo trwa krótka przerwa. Jej ćwiczenie jest powtarzane lub dłużej utrzymywane, by wypełnić czas, a każdy krok zostawia czas na przeczytanie; przerwa mieści się w 10 % (lub 5 s) tej długości.</translation>
    </message>
    <message>
        <source>Long break every</source>
        <translation>Długa przerwa co</translation>
    </message>
    <message>
        <source>Every Nth break is a long one; 0 means never.</source>
        <translation>Co N-ta przerwa jest długa; 0 oznacza nigdy.</translation>
    </message>
    <message>
        <source>Long break length</source>
        <translation>Długość długiej przerwy</translation>
    </message>
    <message>
        <source>How long a long break lasts. Its exercises are repeated or held longer to fit; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Jak długo trwa długa przerwa. Jej ćwiczenia są powtarzane lub dłużej utrzymywane, by wypełnić czas; przerwa mieści się w 10 % (lub 5 s) tej długości.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>Zapowiedź przed przerwą</translation>
    </message>
    <message>
        <source>How early a quiet notice announces a break; 0 means no notice.</source>
        <translation>Jak wcześnie cicha zapowiedź ogłasza przerwę; 0 oznacza brak zapowiedzi.</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Długość odłożenia</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Na jak długo „Odłóż” przesuwa przerwę.</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Odłożenia na przerwę</translation>
    </message>
    <message>
        <source>How often in a row one break may be snoozed; 0 turns Snooze off.</source>
        <translation>Ile razy z rzędu można odłożyć jedną przerwę; 0 wyłącza „Odłóż”.</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Tryb ścisły</translation>
    </message>
    <message>
        <source>A break that has started cannot be skipped or snoozed.</source>
        <translation>Rozpoczętej przerwy nie można pominąć ani odłożyć.</translation>
    </message>
    <message>
        <source>Only in working hours</source>
        <translation>Tylko w godzinach pracy</translation>
    </message>
    <message>
        <source>Plan breaks only inside the working hours set for each day.</source>
        <translation>Planuj przerwy tylko w godzinach pracy ustawionych dla każdego dnia.</translation>
    </message>
    <message>
        <source>Working hours on this day, as HH:MM-HH:MM ranges; empty for a day off.</source>
        <translation>Godziny pracy w tym dniu jako zakresy HH:MM-HH:MM; puste dla dnia wolnego.</translation>
    </message>
    <message>
        <source>Fixed break times</source>
        <translation>Stałe godziny przerw</translation>
    </message>
    <message>
        <source>Times of day when a break comes whatever the interval says.</source>
        <translation>Pory dnia, o których przerwa przychodzi bez względu na interwał.</translation>
    </message>
    <message>
        <source>Days for fixed times</source>
        <translation>Dni stałych godzin</translation>
    </message>
    <message>
        <source>The days on which the fixed break times apply.</source>
        <translation>Dni, w które obowiązują stałe godziny przerw.</translation>
    </message>
    <message>
        <source>Wait during full screen</source>
        <translation>Czekaj przy pełnym ekranie</translation>
    </message>
    <message>
        <source>Hold a due break while a full-screen window is in front.</source>
        <translation>Wstrzymaj należną przerwę, gdy na wierzchu jest okno pełnoekranowe.</translation>
    </message>
    <message>
        <source>Wait during Do Not Disturb</source>
        <translation>Czekaj przy Nie przeszkadzać</translation>
    </message>
    <message>
        <source>Hold a due break while Do Not Disturb is on.</source>
        <translation>Wstrzymaj należną przerwę, gdy włączone jest Nie przeszkadzać.</translation>
    </message>
    <message>
        <source>Wait during calls</source>
        <translation>Czekaj podczas rozmów</translation>
    </message>
    <message>
        <source>Hold a due break while a call seems to be in progress.</source>
        <translation>Wstrzymaj należną przerwę, gdy wygląda na to, że trwa rozmowa.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Najdłuższe czekanie</translation>
    </message>
    <message>
        <source>How long a held break waits before it is shown anyway; 0 means no limit.</source>
        <translation>Jak długo wstrzymana przerwa czeka, zanim i tak się pokaże; 0 oznacza bez limitu.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalendarze</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Local .ics files or folders, web addresses and CalDAV accounts (read only).</source>
        <translation>Kalendarze, których wydarzenia wstrzymują przerwy: żadnej przerwy w czasie zajętego wydarzenia ani tuż przed nim. Lokalne pliki lub foldery .ics, adresy internetowe i konta CalDAV (tylko odczyt).</translation>
    </message>
    <message>
        <source>Clear before events</source>
        <translation>Wolne przed wydarzeniami</translation>
    </message>
    <message>
        <source>No break falls due this long before an event; it comes early or right after instead.</source>
        <translation>Tak krótko przed wydarzeniem żadna przerwa nie wypada; przychodzi wcześniej albo zaraz po nim.</translation>
    </message>
    <message>
        <source>Read calendars every</source>
        <translation>Odczytuj kalendarze co</translation>
    </message>
    <message>
        <source>How often calendars are read again (also on waking up).</source>
        <translation>Jak często kalendarze są odczytywane ponownie (także po wybudzeniu).</translation>
    </message>
    <message>
        <source>Show event titles</source>
        <translation>Pokazuj tytuły wydarzeń</translation>
    </message>
    <message>
        <source>Name the event a break waits for (postureapp status); off keeps the titles private.</source>
        <translation>Podawaj nazwę wydarzenia, na które czeka przerwa (postureapp status); wyłączone zachowuje tytuły w tajemnicy.</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Obszary ciała</translation>
    </message>
    <message>
        <source>The parts of the body the offered exercises may work on.</source>
        <translation>Części ciała, nad którymi mogą pracować proponowane ćwiczenia.</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>The positions an offered exercise may ask you to take.</source>
        <translation>Pozycje, których może wymagać proponowane ćwiczenie.</translation>
    </message>
    <message>
        <source>Equipment at hand</source>
        <translation>Sprzęt pod ręką</translation>
    </message>
    <message>
        <source>Equipment you have nearby; exercises needing other things are left out.</source>
        <translation>Sprzęt, który masz w pobliżu; ćwiczenia wymagające czegoś innego są pomijane.</translation>
    </message>
    <message>
        <source>Your exercises folder</source>
        <translation>Twój folder ćwiczeń</translation>
    </message>
    <message>
        <source>A folder of your own exercise files; empty means the usual one.</source>
        <translation>Folder z twoimi własnymi plikami ćwiczeń; puste oznacza zwykły folder.</translation>
    </message>
    <message>
        <source>How often each exercise comes</source>
        <translation>Jak często pojawia się każde ćwiczenie</translation>
    </message>
    <message>
        <source>Whether each exercise is offered, and how often: never (0, unticked), as usual (1), more often (2) or most often (3). Exercises not listed come as usual.</source>
        <translation>Czy każde ćwiczenie jest proponowane i jak często: nigdy (0, odznaczone), jak zwykle (1), częściej (2) lub najczęściej (3). Ćwiczenia spoza listy pojawiają się jak zwykle.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Dźwięk</translation>
    </message>
    <message>
        <source>Play a soft sound when a break starts and ends.</source>
        <translation>Odtwarzaj cichy dźwięk, gdy przerwa się zaczyna i kończy.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop.</source>
        <translation>Jasne lub ciemne okna; System podąża za pulpitem.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Uruchamiaj po zalogowaniu</translation>
    </message>
    <message>
        <source>Start postureapp when you log in.</source>
        <translation>Uruchamiaj postureapp, gdy się logujesz.</translation>
    </message>
    <message>
        <source>Away counts as a break</source>
        <translation>Nieobecność liczy się jako przerwa</translation>
    </message>
    <message>
        <source>Away from the computer this long and a break counts as taken.</source>
        <translation>Tyle czasu z dala od komputera i przerwa liczy się jako zrobiona.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <source>Now and then ask after a break how your back and neck feel.</source>
        <translation>Co jakiś czas po przerwie pytaj, jak czują się plecy i szyja.</translation>
    </message>
    <message>
        <source>Moving pictures</source>
        <translation>Ruchome obrazy</translation>
    </message>
    <message>
        <source>Whether the figure in the break window moves: auto follows the desktop&apos;s animation setting; reduced shows the end pose over a faint start pose.</source>
        <translation>Czy postać w oknie przerwy się rusza: Automatycznie podąża za ustawieniem animacji pulpitu; Ograniczone pokazuje pozycję końcową na tle bladej pozycji początkowej.</translation>
    </message>
    <message>
        <source>Breaks for a streak day</source>
        <translation>Przerwy na dzień serii</translation>
    </message>
    <message>
        <source>How many breaks make a day count towards a streak.</source>
        <translation>Ile przerw sprawia, że dzień liczy się do serii.</translation>
    </message>
    <message>
        <source>Watch my posture with the camera</source>
        <translation>Obserwuj moją postawę kamerą</translation>
    </message>
    <message>
        <source>A few times a minute the camera takes one picture, the position of your head and shoulders is read from it on this computer, and the picture is dropped at once: no picture is kept or sent anywhere. A slouch held for a while brings the next break forward.</source>
        <translation>Kilka razy na minutę kamera robi jeden obraz, na tym komputerze odczytuje się z niego położenie głowy i barków, a obraz jest od razu odrzucany: żaden obraz nie jest przechowywany ani nigdzie wysyłany. Garbienie utrzymane przez jakiś czas przyspiesza następną przerwę.</translation>
    </message>
    <message>
        <source>Camera readings per minute</source>
        <translation>Odczyty kamery na minutę</translation>
    </message>
    <message>
        <source>How often the camera is switched on for one picture; it is off in between.</source>
        <translation>Jak często kamera włącza się na jeden obraz; pomiędzy jest wyłączona.</translation>
    </message>
    <message>
        <source>Slouch threshold</source>
        <translation>Próg garbienia</translation>
    </message>
    <message>
        <source>How far your head may sink, or your shoulders round, from the upright posture you calibrated before it counts as a slouch.</source>
        <translation>O ile głowa może opaść lub barki się zaokrąglić względem skalibrowanej prostej postawy, zanim liczy się to jako garbienie.</translation>
    </message>
    <message>
        <source>Slouch held for</source>
        <translation>Garbienie utrzymane przez</translation>
    </message>
    <message>
        <source>A slouch held this long brings the next break forward, with an exercise that answers it (never sooner than the notice allows, and never during a call, a full-screen window, do-not-disturb or a meeting).</source>
        <translation>Garbienie utrzymane tak długo przyspiesza następną przerwę, z ćwiczeniem, które mu przeciwdziała (nigdy wcześniej, niż pozwala zapowiedź, i nigdy podczas rozmowy, okna pełnoekranowego, trybu nie przeszkadzać ani spotkania).</translation>
    </message>
    <message>
        <source>minutes</source>
        <extracomment>The units and choices the dialog shows (choices that are `terms` are translated there).</extracomment>
        <translation>min</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>s</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>przerw(y)</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>raz(y)</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>odczyty</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Ograniczone</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Pełne</translation>
    </message>
    <message>
        <source>{0} is not a TOML list like {1}</source>
        <translation>{0} nie jest listą TOML jak {1}</translation>
    </message>
    <message>
        <source>{0} is not a list</source>
        <translation>{0} nie jest listą</translation>
    </message>
    <message>
        <source>must be {0}, got {1}</source>
        <extracomment>The Python type of the checked values (the Settings dataclass declares the same).</extracomment>
        <translation>musi być {0}, znaleziono {1}</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1} ({2})</source>
        <translation>liczba całkowita od {0} do {1} ({2})</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1}</source>
        <translation>liczba całkowita od {0} do {1}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>jedno z: {0}</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>lista z: {0}</translation>
    </message>
    <message>
        <source>a list of at least one of {0}</source>
        <translation>lista z co najmniej jednym z: {0}</translation>
    </message>
    <message>
        <source>{0} is not one of {1}</source>
        <translation>{0} nie jest jednym z: {1}</translation>
    </message>
    <message>
        <source>{0} are not any of {1}</source>
        <translation>{0} nie należą do: {1}</translation>
    </message>
    <message>
        <source>{0} is not a time of day as HH:MM (00:00 to 23:59)</source>
        <translation>{0} nie jest godziną w formacie HH:MM (00:00 do 23:59)</translation>
    </message>
    <message>
        <source>time ranges like {0} (&quot;&quot; for none)</source>
        <translation>zakresy godzin jak {0} (&quot;&quot; dla żadnego)</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must start before it ends</source>
        <translation>„{0}” musi się zacząć, zanim się skończy</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; and &quot;{1}&quot; overlap</source>
        <translation>„{0}” i „{1}” nakładają się</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a range like &quot;09:00-12:30&quot; (HH:MM-HH:MM)</source>
        <translation>„{0}” nie jest zakresem jak „09:00-12:30” (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>a list of times like {0}</source>
        <translation>lista godzin jak {0}</translation>
    </message>
    <message>
        <source>lists {0} twice</source>
        <translation>zawiera {0} dwa razy</translation>
    </message>
    <message>
        <source>an absolute folder path (&quot;&quot; for the default folder)</source>
        <translation>bezwzględna ścieżka folderu (&quot;&quot; dla folderu domyślnego)</translation>
    </message>
    <message>
        <source>a table of exercise ids and whole numbers from {0} (never) to {1} (most often), like {2} (&quot;&quot; for none)</source>
        <extracomment>How often each exercise is offered, by its id: (id, weight) pairs sorted by id, without the exercises that come as usual (weight 1).</extracomment>
        <translation>tabela identyfikatorów ćwiczeń i liczb całkowitych od {0} (nigdy) do {1} (najczęściej), np. {2} (&quot;&quot; gdy brak)</translation>
    </message>
    <message>
        <source>{0} is not an exercise id (lowercase letters, digits, -)</source>
        <translation>{0} nie jest identyfikatorem ćwiczenia (małe litery, cyfry, -)</translation>
    </message>
    <message>
        <source>the weight of {0} must be a whole number from {1} to {2}, got {3}</source>
        <translation>waga {0} musi być liczbą całkowitą od {1} do {2}, a jest {3}</translation>
    </message>
    <message>
        <source>{0} is not a TOML table like {1}</source>
        <translation>{0} nie jest tabelą TOML jak {1}</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not like &quot;chin-tuck=2&quot;</source>
        <translation>„{0}” nie ma postaci „chin-tuck=2”</translation>
    </message>
    <message>
        <source>Allowed: {0}</source>
        <extracomment>Choices that are words of the domain, and the days: translated with `terms` (one place).</extracomment>
        <translation>Dozwolone: {0}</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>Problem z: {0}</translation>
    </message>
    <message>
        <source>As usual</source>
        <extracomment>The rows&apos; choices when an exercise is on: (weight, words).</extracomment>
        <translation>Jak zwykle</translation>
    </message>
    <message>
        <source>More often</source>
        <translation>Częściej</translation>
    </message>
    <message>
        <source>Most often</source>
        <translation>Najczęściej</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Proponuj</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <source>Find an exercise</source>
        <translation>Znajdź ćwiczenie</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (nie znaleziono)</translation>
    </message>
    <message>
        <source>Offer {0}</source>
        <translation>Proponuj {0}</translation>
    </message>
    <message>
        <source>How often {0} comes</source>
        <translation>Jak często pojawia się {0}</translation>
    </message>
    <message>
        <source>{0} was written by a newer postureapp (schema {1}); this version will not change it</source>
        <translation>{0} zapisał nowszy postureapp (schemat {1}); ta wersja go nie zmieni</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>postureapp — starting</source>
        <translation>postureapp — uruchamianie</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Trwa przerwa</translation>
    </message>
    <message>
        <source>Paused — resume from the menu</source>
        <translation>Wstrzymane — wznów z menu</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>Wstrzymane do {0}</translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation>Brak zaplanowanej przerwy</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>długa przerwa</translation>
    </message>
    <message>
        <source>short break</source>
        <translation>krótka przerwa</translation>
    </message>
    <message>
        <source>Next {0} at {1}</source>
        <translation>Następna {0} o {1}</translation>
    </message>
    <message>
        <source>(after a meeting)</source>
        <translation>(po spotkaniu)</translation>
    </message>
    <message>
        <source>(before a meeting)</source>
        <translation>(przed spotkaniem)</translation>
    </message>
    <message>
        <source>(early: you have slouched a while)</source>
        <translation>(wcześniej: garbisz się już od jakiegoś czasu)</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>short break</source>
        <extracomment>The translation context of every label below. (member, label). A list, not a dict: members of different sets may share a value (&quot;neck&quot;, &quot;natural&quot;), and StrEnum members with equal values are equal dict keys.</extracomment>
        <translation>krótka przerwa</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>długa przerwa</translation>
    </message>
    <message>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ukończone</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>zakończona wcześniej</translation>
    </message>
    <message>
        <source>stopped (it hurt)</source>
        <translation>przerwana (bolało)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięta</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>odłożona</translation>
    </message>
    <message>
        <source>away (natural break)</source>
        <translation>nieobecność (przerwa naturalna)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>urwana</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>harmonogram</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>ręcznie</translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation>stała godzina</translation>
    </message>
    <message>
        <source>away</source>
        <translation>nieobecność</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>postawa</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Górna część pleców</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Szyja</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Barki</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Klatka piersiowa</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Dolna część pleców</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Na siedząco</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Na stojąco</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Na podłodze</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Ściana</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Wałek piankowy</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Ręcznik</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotacja</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>wyprost</translation>
    </message>
    <message>
        <source>flexion</source>
        <translation>zgięcie</translation>
    </message>
    <message>
        <source>side bend</source>
        <translation>skłon w bok</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>szyja</translation>
    </message>
    <message>
        <source>shoulder blades</source>
        <translation>łopatki</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Wdech</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Wydech</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Oddychaj spokojnie</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Prawa strona</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lewa strona</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>jedna strona</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>obie strony</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Lepiej</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Tak samo</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Gorzej</translation>
    </message>
    <message>
        <source>A warning sign</source>
        <translation>Sygnał ostrzegawczy</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Pon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Wt</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Śr</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Czw</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Pt</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sob</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Nd</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Poniedziałek</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Wtorek</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Środa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Czwartek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Piątek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Niedziela</translation>
    </message>
</context>
</TS>
